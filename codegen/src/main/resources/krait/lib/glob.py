"""glob: path names matching shell patterns, with '**' for recursive matches."""
import fnmatch
import os
import re

__all__ = ["glob", "iglob", "escape", "has_magic"]

_magic = re.compile('([*?[])')


def has_magic(s):
    return _magic.search(s) is not None


def escape(pathname):
    drive, path = os.path.splitdrive(pathname)
    return drive + _magic.sub(r'[\1]', path)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    root = root_dir if root_dir is not None else ''
    if os.path.isabs(pathname):
        parts = pathname.split('/')
        start = '/'
        parts = [p for p in parts[1:]]
    else:
        parts = pathname.split('/')
        start = ''
    if not pathname:
        return
    for p in _expand(root, start, parts, recursive, include_hidden):
        yield p


def _join(a, b):
    if not a:
        return b
    return a + b if a.endswith('/') else a + '/' + b


def _isdir(root, rel):
    return os.path.isdir(os.path.join(root, rel) if root else (rel or '.'))


def _exists(root, rel):
    return os.path.lexists(os.path.join(root, rel) if root else rel)


def _list(root, rel):
    try:
        return os.listdir(os.path.join(root, rel) if root else (rel or '.'))
    except OSError:
        return []


def _expand(root, base, parts, recursive, hidden):
    if not parts:
        yield base
        return
    head, rest = parts[0], parts[1:]
    if head == '':
        if not rest:
            if _isdir(root, base):
                yield base if base.endswith('/') else base + '/'
            return
        yield from _expand(root, base, rest, recursive, hidden)
        return
    if recursive and head == '**':
        for d in _subdirs(root, base, hidden):
            if not rest:
                if d != base:
                    yield d
                elif base:
                    yield _join(base, '')
            else:
                yield from _expand(root, d, rest, recursive, hidden)
        return
    if not has_magic(head):
        path = _join(base, head)
        if rest:
            if _isdir(root, path):
                yield from _expand(root, path, rest, recursive, hidden)
        elif _exists(root, path):
            yield path
        return
    for name in _list(root, base):
        if name.startswith('.') and not head.startswith('.') and not hidden:
            continue
        if fnmatch.fnmatchcase(name, head):
            path = _join(base, name)
            if rest:
                if _isdir(root, path):
                    yield from _expand(root, path, rest, recursive, hidden)
            else:
                yield path


def _subdirs(root, base, hidden):
    yield base
    for name in _list(root, base):
        if name.startswith('.') and not hidden:
            continue
        path = _join(base, name)
        if _isdir(root, path) and not os.path.islink(os.path.join(root, path) if root else path):
            yield from _subdirs(root, path, hidden)
        else:
            if not _isdir(root, path):
                yield path
