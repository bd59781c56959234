"""fnmatch: Unix shell-style wildcards (*, ?, [seq], [!seq]) matched against names."""
import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def fnmatch(name, pat):
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _compiled(pat):
    r = _cache.get(pat)
    if r is None:
        if isinstance(pat, bytes):
            r = re.compile(translate(str(pat, 'ISO-8859-1')).encode('ISO-8859-1'))
        else:
            r = re.compile(translate(pat))
        _cache[pat] = r
    return r.match


def filter(names, pat):
    match = _compiled(os.path.normcase(pat))
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    return _compiled(pat)(name) is not None


def translate(pat):
    """A regular expression matching exactly the names the shell pattern matches."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] != '.*':
                out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
                continue
            body = pat[i:j]
            i = j + 1
            negate = body.startswith('!')
            if negate:
                body = body[1:]
            if not body:
                out.append('.' if negate else '(?!)')
                continue
            parts = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    lo, hi = body[k], body[k + 2]
                    if lo <= hi:
                        parts.append(re.escape(lo) + '-' + re.escape(hi))
                    k += 3
                else:
                    parts.append(re.escape(body[k]))
                    k += 1
            if not parts:
                out.append('.' if negate else '(?!)')
            else:
                out.append('[' + ('^' if negate else '') + ''.join(parts) + ']')
        else:
            out.append(re.escape(c))
    return r'(?s:%s)\Z' % ''.join(out)
