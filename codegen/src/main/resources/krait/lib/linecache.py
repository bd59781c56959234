"""Krait's linecache: the lines of source files by name, cached, read as tracebacks read them (the file itself,
else the copy of it that `krait compile` embeds in a jar)."""
import os
import sys

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

# filename -> (size, mtime, lines, fullname); size and mtime are None for embedded copies.
cache = {}


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def clearcache():
    cache.clear()


def checkcache(filename=None):
    """Drops the entries whose file changed on disk (or disappeared) since it was read."""
    names = list(cache) if filename is None else [filename] if filename in cache else []
    for name in names:
        entry = cache[name]
        if len(entry) == 1 or entry[1] is None:
            continue
        size, mtime, _, fullname = entry
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def lazycache(filename, module_globals):
    """Nothing to defer in Krait: a module's source is read from its file when first asked for."""
    return False


def _split(text):
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def _embedded(filename):
    """The copy of a source file packed into the running jar by `krait compile`, or None."""
    try:
        import _kresources
    except ImportError:
        return None
    data = _kresources.read('krait-src/' + filename.lstrip('/'))
    return None if data is None else data.decode('utf-8', 'replace')


def updatecache(filename, module_globals=None):
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    try:
        st = os.stat(filename)
        with open(filename, encoding='utf-8', errors='replace') as f:
            text = f.read()
    except (OSError, ValueError):
        text = _embedded(filename)
        if text is None:
            return []
        lines = _split(text)
        cache[filename] = (None, None, lines, filename)
        return lines
    lines = _split(text)
    cache[filename] = (st.st_size, st.st_mtime, lines, filename)
    return lines
