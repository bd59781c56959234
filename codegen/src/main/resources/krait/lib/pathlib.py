"""pathlib: object-oriented POSIX paths (PurePath, PurePosixPath, Path, PosixPath) over os and os.path."""
import fnmatch
import os
import re

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


def _parse(args):
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            a = str(a)
        else:
            a = os.fspath(a)
            if isinstance(a, bytes):
                raise TypeError("argument should be a str or an os.PathLike object where __fspath__ returns a str, "
                                "not 'bytes'")
            if not isinstance(a, str):
                raise TypeError("argument should be a str or an os.PathLike object where __fspath__ returns a str, "
                                "not %r" % type(a).__name__)
        if a.startswith('/'):
            parts = []
            root = '//' if a.startswith('//') and not a.startswith('///') else '/'
            parts.append(root)
            a = a[len(root):]
        for p in a.split('/'):
            if p and p != '.':
                parts.append(p)
    return parts


class PurePath:
    __slots__ = ('_parts', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._parts = _parse(args)
        self._str = None
        self._hash = None
        return self

    @classmethod
    def _from_list(cls, parts):
        self = object.__new__(cls)
        self._parts = list(parts)
        self._str = None
        self._hash = None
        return self

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    def __str__(self):
        if self._str is None:
            if not self._parts:
                self._str = '.'
            elif self._parts[0] in ('/', '//'):
                self._str = self._parts[0] + '/'.join(self._parts[1:])
            else:
                self._str = '/'.join(self._parts)
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self)) if hasattr(os, 'fsencode') else str(self).encode()

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + ''.join(c if c.isalnum() or c in '/-_.~' else '%%%02X' % ord(c) for c in str(self))

    def _key(self):
        return self._parts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts == other._parts and type(self)._flavour == type(other)._flavour

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(tuple(self._parts))
        return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts < other._parts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts <= other._parts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts > other._parts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts >= other._parts

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._parts[0] if self._parts and self._parts[0] in ('/', '//') else ''

    @property
    def anchor(self):
        return self.drive + self.root

    @property
    def parts(self):
        return tuple(self._parts)

    @property
    def name(self):
        if not self._parts or (len(self._parts) == 1 and self.root):
            return ''
        return self._parts[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._from_list(self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._from_list(self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base = _parse(other)
        n = len(base)
        if self._parts[:n] != base or (not base and self.root):
            formatted = str(self._from_list(base))
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        return self._from_list(self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parent(self):
        if not self._parts or (len(self._parts) == 1 and self.root):
            return self
        return self._from_list(self._parts[:-1])

    @property
    def parents(self):
        result = []
        p = self
        while True:
            q = p.parent
            if q == p:
                break
            result.append(q)
            p = q
        return tuple(result)

    def is_absolute(self):
        return bool(self.root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        return self._from_parts((str(self),) + args)

    def __truediv__(self, key):
        try:
            return self._from_parts((str(self), key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts((key, str(self)))
        except TypeError:
            return NotImplemented

    def match(self, path_pattern):
        pat = _parse([path_pattern])
        if not pat:
            raise ValueError("empty pattern")
        if pat[0] in ('/', '//'):
            if len(pat) != len(self._parts):
                return False
        elif len(pat) > len(self._parts):
            return False
        for part, p in zip(reversed(self._parts), reversed(pat)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    __slots__ = ()
    _flavour = 'posix'


class PureWindowsPath(PurePath):
    __slots__ = ()
    _flavour = 'windows'

    def __new__(cls, *args):
        raise NotImplementedError("Windows paths are not supported by Krait")


class Path(PurePath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_parts((os.getcwd(), str(self)))

    def resolve(self, strict=False):
        if strict and not self.exists():
            raise FileNotFoundError(2, 'No such file or directory', str(self))
        return self._from_parts((os.path.realpath(str(self)),))

    def expanduser(self):
        return self._from_parts((os.path.expanduser(str(self)),))

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self), follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(str(self))

    def exists(self):
        return os.path.exists(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_symlink(self):
        return os.path.islink(str(self))

    def is_mount(self):
        return str(self) == '/'

    def samefile(self, other):
        return os.path.realpath(str(self)) == os.path.realpath(str(other))

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._from_list(self._parts + [name])

    def _walk(self):
        for root, dirs, files in os.walk(str(self)):
            yield root, dirs, files

    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        parts = _parse([pattern])
        if parts and parts[0] in ('/', '//'):
            raise NotImplementedError("Non-relative patterns are unsupported")
        yield from self._select(self, parts)

    def rglob(self, pattern):
        yield from self.glob('**/' + pattern)

    def _select(self, base, parts):
        if not parts:
            yield base
            return
        head, rest = parts[0], parts[1:]
        if head == '**':
            seen = set()
            for d in self._all_dirs(base):
                for p in self._select(d, rest):
                    if p not in seen:
                        seen.add(p)
                        yield p
            return
        if not base.is_dir():
            return
        if not any(c in head for c in '*?['):
            child = base / head
            if rest:
                if child.is_dir():
                    yield from self._select(child, rest)
            elif child.exists():
                yield child
            return
        try:
            names = os.listdir(str(base))
        except OSError:
            return
        for name in names:
            if fnmatch.fnmatchcase(name, head) and not (name.startswith('.') and not head.startswith('.')):
                child = base / name
                if rest:
                    if child.is_dir():
                        yield from self._select(child, rest)
                else:
                    yield child

    def _all_dirs(self, base):
        yield base
        try:
            names = os.listdir(str(base))
        except OSError:
            return
        for name in names:
            child = base / name
            if child.is_dir() and not child.is_symlink():
                yield from self._all_dirs(child)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        view = bytes(data)
        with self.open('wb') as f:
            return f.write(view)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        with self.open('a'):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            if parents:
                os.makedirs(str(self), exist_ok=exist_ok)
            else:
                os.mkdir(str(self))
        except FileExistsError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), str(target))
        return self.__class__(target)

    def replace(self, target):
        os.replace(str(self), str(target))
        return self.__class__(target)

    def chmod(self, mode, *, follow_symlinks=True):
        if hasattr(os, 'chmod'):
            os.chmod(str(self), mode)

    def owner(self):
        return os.getlogin()

    def group(self):
        return os.getlogin()


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
