"""Krait's importlib.machinery: ModuleSpec, SourceFileLoader and the file suffixes."""

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """What a module was found as: its name, loader and origin."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self.origin is not None

    def __repr__(self):
        args = ['name=%r' % (self.name,), 'loader=%r' % (self.loader,)]
        if self.origin is not None:
            args.append('origin=%r' % (self.origin,))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations=%r' % (self.submodule_search_locations,))
        return 'ModuleSpec(%s)' % ', '.join(args)

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name, self.loader, self.origin) == (other.name, other.loader, other.origin)


class SourceFileLoader:
    """Loads a module from a .py file by compiling its source (the compiler must be present: `krait run`)."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, name=None):
        return self.get_data(self.path).decode('utf-8')

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = compile(self.get_source(), self.path, 'exec')
        exec(code, module.__dict__)

    def load_module(self, name=None):
        import sys
        from importlib.util import module_from_spec, spec_from_file_location
        module = module_from_spec(spec_from_file_location(name or self.name, self.path, loader=self))
        sys.modules[module.__name__] = module
        self.exec_module(module)
        return module

    def __repr__(self):
        return '<%s object at 0x%x>' % (type(self).__name__, id(self))
