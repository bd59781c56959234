"""Krait's importlib.util: find_spec, resolve_name, module_from_spec, spec_from_file_location, cache_from_source."""
import sys as _sys
from importlib import _resolve_name
from importlib.machinery import ModuleSpec, SourceFileLoader

MAGIC_NUMBER = b'\xa7\r\r\n'


def resolve_name(name, package):
    """The absolute name of a possibly relative module name."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError('no package specified for %r (required for relative module names)' % (name,))
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """The spec of a module, or None when nothing provides it. A module not yet imported is imported to find it
    (Krait finds compiled and source modules only by loading them)."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    module = _sys.modules.get(fullname)
    if module is None:
        parent = fullname.rpartition('.')[0]
        if parent:
            __import__(parent)
        try:
            __import__(fullname)
        except ModuleNotFoundError as e:
            if e.name == fullname:
                return None
            raise
        module = _sys.modules[fullname]
    spec = getattr(module, '__spec__', None)
    if spec is None:
        spec = ModuleSpec(fullname, None, origin=getattr(module, '__file__', None),
                          is_package=hasattr(module, '__path__'))
    return spec


def module_from_spec(spec):
    """A new, empty module for spec (its loader may create it)."""
    module = None
    if spec.loader is not None and hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    if module is None:
        module = type(_sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    if spec.origin is not None:
        module.__file__ = spec.origin
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    module.__package__ = spec.parent
    return module


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    """The spec of a module to be loaded from a source file."""
    if location is None:
        return None
    location = str(location)
    if loader is None:
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location, is_package=submodule_search_locations is not None)
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


def cache_from_source(path, debug_override=None, *, optimization=None):
    """Where CPython would cache the bytecode of a source file."""
    import os
    head, tail = os.path.split(path)
    base, _, _ = tail.rpartition('.')
    tag = 'cpython-311'
    opt = '' if not optimization else '.opt-%s' % optimization
    return os.path.join(head, '__pycache__', '%s.%s%s.pyc' % (base, tag, opt))


def source_from_cache(path):
    import os
    head, pycache_filename = os.path.split(path)
    head, pycache = os.path.split(head)
    if pycache != '__pycache__':
        raise ValueError('__pycache__ not bottom-level directory in %r' % (path,))
    return os.path.join(head, pycache_filename.split('.')[0] + '.py')
