"""tempfile: temporary directories and files with unique names (TemporaryDirectory, NamedTemporaryFile,
TemporaryFile, SpooledTemporaryFile, mkdtemp, gettempdir)."""
import io as _io
import os as _os
import shutil as _shutil

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory", "mkdtemp",
           "gettempdir", "gettempprefix", "tempdir", "template", "TMP_MAX"]

TMP_MAX = 10000
template = "tmp"
tempdir = None


def gettempprefix():
    return template


def gettempdir():
    global tempdir
    if tempdir is None:
        for name in ('TMPDIR', 'TEMP', 'TMP'):
            d = _os.environ.get(name)
            if d and _os.path.isdir(d):
                tempdir = d
                break
        else:
            tempdir = '/tmp'
    return tempdir


def _name():
    return _os.urandom(6).hex()[:8]


def _candidates(suffix, prefix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        yield _os.path.join(_os.fspath(dir), prefix + _name() + suffix)
    raise FileExistsError(17, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    for path in _candidates(suffix, prefix, dir):
        try:
            _os.mkdir(path)
        except FileExistsError:
            continue
        return _os.path.abspath(path)


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore = ignore_cleanup_errors

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if _os.path.exists(self.name):
            _shutil.rmtree(self.name, ignore_errors=self._ignore)


class _TemporaryFileWrapper:
    """A file object with the file's name, removed when closed (delete=True)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def close(self):
        if not self._closed:
            self._closed = True
            self.file.close()
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __iter__(self):
        return iter(self.file)

    @property
    def closed(self):
        return self.file.closed


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                       delete=True, *, errors=None):
    for path in _candidates(suffix, prefix, dir):
        if _os.path.exists(path):
            continue
        f = open(path, mode.replace('w', 'x', 1) if 'w' in mode else mode, buffering, encoding, errors, newline)
        return _TemporaryFileWrapper(f, _os.path.abspath(path), delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None, *,
                  errors=None):
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, True, errors=errors)


class SpooledTemporaryFile(_io.IOBase if hasattr(_io, 'IOBase') else object):
    """Kept in memory (Krait never rolls it over to disk unless rollover() is called)."""

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                 dir=None, *, errors=None):
        self._file = _io.BytesIO() if 'b' in mode else _io.StringIO()
        self._rolled = False

    def __getattr__(self, name):
        return getattr(self.__dict__['_file'], name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def rollover(self):
        self._rolled = True
