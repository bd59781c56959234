"""importlib.resources: data files of packages, read from the file system or from the jar krait compile made."""
import io
import os
import sys
import _kresources

__all__ = ['files', 'as_file', 'read_text', 'read_binary', 'open_text', 'open_binary', 'is_resource', 'contents']


def _module(anchor):
    if isinstance(anchor, str):
        __import__(anchor)
        return sys.modules[anchor]
    return anchor


class _Resource:
    """A Traversable: a file or directory of a package, by its path and by its name inside a jar."""

    def __init__(self, path, key):
        self._path = path
        self._key = key
        self.name = key.rsplit('/', 1)[-1]

    def joinpath(self, *descendants):
        path, key = self._path, self._key
        for d in descendants:
            for part in str(d).replace('\\', '/').split('/'):
                if part:
                    path = os.path.join(path, part)
                    key = key + '/' + part if key else part
        return _Resource(path, key)

    __truediv__ = joinpath

    def _packed(self):
        return None if os.path.exists(self._path) else _kresources.read(self._key)

    def read_bytes(self):
        data = self._packed()
        if data is not None:
            return data
        with open(self._path, 'rb') as f:
            return f.read()

    def read_text(self, encoding='utf-8', errors='strict'):
        return self.read_bytes().decode(encoding, errors)

    def open(self, mode='r', *args, **kwargs):
        if mode in ('r', 'rt'):
            data = self._packed()
            if data is None:
                return open(self._path, mode, *args, **kwargs)
            return io.StringIO(data.decode(kwargs.get('encoding') or 'utf-8'))
        if mode == 'rb':
            data = self._packed()
            return open(self._path, 'rb') if data is None else io.BytesIO(data)
        raise ValueError('Invalid mode value {!r}, only read modes are supported'.format(mode))

    def is_file(self):
        return os.path.isfile(self._path) or self._packed() is not None

    def is_dir(self):
        return os.path.isdir(self._path)

    def exists(self):
        return self.is_file() or self.is_dir()

    def iterdir(self):
        if not os.path.isdir(self._path):
            return iter(())
        return iter([self.joinpath(n) for n in sorted(os.listdir(self._path))])

    def __str__(self):
        return self._path

    def __fspath__(self):
        return self._path

    def __repr__(self):
        return 'Resource({!r})'.format(self._path)


def files(anchor=None):
    """The package's directory as a Traversable."""
    if anchor is None:
        anchor = sys._getframe(1).f_globals['__name__'] if hasattr(sys, '_getframe') else '__main__'
    module = _module(anchor)
    name = module.__name__
    if not hasattr(module, '__path__'):
        name = module.__package__ or ''
    file = getattr(module, '__file__', None)
    if file is None:
        raise TypeError('{!r} is not a package'.format(name))
    return _Resource(os.path.dirname(file), name.replace('.', '/'))


class _AsFile:
    def __init__(self, resource):
        self._resource = resource
        self._tmp = None

    def __enter__(self):
        if os.path.exists(self._resource._path):
            return self._resource._path
        tmpdir = os.environ.get('TMPDIR') or '/tmp'
        self._tmp = os.path.join(tmpdir, 'krait-{}-{}'.format(id(self), self._resource.name))
        with open(self._tmp, 'wb') as f:
            f.write(self._resource.read_bytes())
        return self._tmp

    def __exit__(self, *exc):
        if self._tmp is not None:
            os.remove(self._tmp)
        return False


def as_file(path):
    """A context manager giving a real file system path for the resource."""
    return _AsFile(path)


def read_binary(package, resource):
    return files(package).joinpath(resource).read_bytes()


def read_text(package, resource, encoding='utf-8', errors='strict'):
    return files(package).joinpath(resource).read_text(encoding, errors)


def open_binary(package, resource):
    return files(package).joinpath(resource).open('rb')


def open_text(package, resource, encoding='utf-8', errors='strict'):
    return io.StringIO(read_text(package, resource, encoding, errors))


def is_resource(package, name):
    return files(package).joinpath(name).is_file()


def contents(package):
    return [r.name for r in files(package).iterdir()]
