"""Krait's re: Python's regular expressions on java.util.regex (through _kre, which translates the syntax).
Not supported: conditional groups (?(id)yes|no) and LOCALE."""
import _kre

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile', 'purge',
           'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE',
           'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']

# The flags are an enum.IntFlag, made on first use of any of these names (module __getattr__): importing enum and
# building the class was two thirds of the cost of importing re, which most programs pay only for plain patterns.
_FLAG_NAMES = ('NOFLAG', 'A', 'ASCII', 'I', 'IGNORECASE', 'L', 'LOCALE', 'U', 'UNICODE', 'M', 'MULTILINE', 'S',
               'DOTALL', 'X', 'VERBOSE', 'T', 'TEMPLATE', 'DEBUG')
_CANONICAL = ('ASCII', 'IGNORECASE', 'LOCALE', 'UNICODE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'TEMPLATE', 'DEBUG')
_RegexFlag = None


def _make_flags():
    global _RegexFlag
    import enum

    class RegexFlag(enum.IntFlag):
        NOFLAG = 0
        ASCII = A = 256
        IGNORECASE = I = 2
        LOCALE = L = 4
        UNICODE = U = 32
        MULTILINE = M = 8
        DOTALL = S = 16
        VERBOSE = X = 64
        TEMPLATE = T = 1
        DEBUG = 128

        def __repr__(self):
            if self._name_ is not None and '|' not in self._name_:
                return 're.' + self._name_
            names = [('re.' + m._name_) for m in RegexFlag if m._value_ and m._value_ & self._value_ == m._value_
                     and m._name_ in _CANONICAL]
            return '|'.join(names) or '0'

        __str__ = __repr__

    RegexFlag.__qualname__ = 'RegexFlag'
    RegexFlag.__module__ = 're'
    g = globals()
    for name in _FLAG_NAMES:
        g[name] = RegexFlag[name]
    g['RegexFlag'] = _RegexFlag = RegexFlag
    return RegexFlag


def __getattr__(name):
    if name == 'RegexFlag' or name in _FLAG_NAMES:
        _make_flags()
        return globals()[name]
    raise AttributeError("module 're' has no attribute '%s'" % name)


def __dir__():
    names = set(globals())
    names.update(_FLAG_NAMES)
    names.add('RegexFlag')
    return sorted(names)


def _flag_value(flags):
    return flags.value if _RegexFlag is not None and isinstance(flags, _RegexFlag) else flags


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        super().__init__(msg)
        self.msg = msg
        self.pattern = pattern
        self.pos = pos


PatternError = error


# Match objects are built in Java (_kre), as the per-match work of search, finditer and sub.
Match = _kre.Match


class Pattern:
    def __init__(self, pattern, flags):
        flags = _flag_value(flags)
        self.pattern = pattern
        self._flags = flags
        self._c = _kre.compile(pattern, flags)
        self.groups = _kre.groups(self._c)
        self.groupindex = dict(_kre.groupindex(self._c))

    @property
    def flags(self):
        return self._flags | (32 if isinstance(self.pattern, str) and not self._flags & 256 else 0)

    # The subject's kind (str or bytes-like, as the pattern's) is checked by _kre.
    def search(self, string, pos=0, endpos=None):
        return _kre.match(self._c, self, string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        return _kre.match(self._c, self, string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return _kre.match(self._c, self, string, pos, endpos, 2)

    def _all(self, string, pos=0, endpos=None, limit=0):
        return _kre.all(self._c, self, string, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=None):
        return iter(self._all(string, pos, endpos))

    def findall(self, string, pos=0, endpos=None):
        return _kre.findall(self._c, string, pos, endpos)

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        # As CPython's loop: 0 splits everywhere, a negative maxsplit nowhere.
        for m in self._all(string, 0, None, maxsplit) if maxsplit >= 0 else ():
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            return _kre.subn(self._c, self, string, repl, None, count)
        return _kre.subn(self._c, self, string, None, _compile_template(self, repl), count)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __repr__(self):
        flags = self._flags & ~32
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if flags:
            return 're.compile(%s, %r)' % (text, (_RegexFlag or _make_flags())(flags))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self._flags == other._flags

    def __hash__(self):
        return hash((self.pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_ESC = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', 'b': '\b', '\\': '\\'}


def _compile_template(pattern, repl):
    is_bytes = isinstance(repl, (bytes, bytearray))
    s = repl.decode('latin-1') if is_bytes else repl
    items = []
    literal = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error('bad escape (end of pattern) at position %d' % i)
        nxt = s[i + 1]
        if nxt == 'g':
            end = s.find('>', i + 3)
            if i + 2 >= n or s[i + 2] != '<' or end < 0:
                raise error('missing <, unterminated name at position %d' % (i + 2))
            name = s[i + 3:end]
            if name.isdigit():
                g = int(name)
                if g > pattern.groups:
                    raise error('invalid group reference %d at position %d' % (g, i + 3))
            elif name in pattern.groupindex:
                g = pattern.groupindex[name]
            elif name.isidentifier():
                raise IndexError("unknown group name '%s'" % name)
            else:
                raise error("bad character in group name '%s' at position %d" % (name, i + 3))
            items.append(''.join(literal))
            literal = []
            items.append(g)
            i = end + 1
        elif nxt in '0123456789':
            if nxt == '0':
                k = i + 2
                while k < n and k < i + 4 and s[k] in '01234567':
                    k += 1
                literal.append(chr(int(s[i + 1:k], 8)))
                i = k
                continue
            j = i + 2
            if j < n and s[j] in '0123456789':
                j += 1
                # Three octal digits are a character, two digits a group number.
                if nxt in '01234567' and s[j - 1] in '01234567' and j < n and s[j] in '01234567':
                    v = int(s[i + 1:j + 1], 8)
                    if v > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377 at position %d'
                                    % (s[i + 1:j + 1], i))
                    literal.append(chr(v))
                    i = j + 1
                    continue
            g = int(s[i + 1:j])
            if g > pattern.groups:
                raise error('invalid group reference %d at position %d' % (g, i + 1))
            items.append(''.join(literal))
            literal = []
            items.append(g)
            i = j
        elif nxt in _ESC:
            literal.append(_ESC[nxt])
            i += 2
        elif nxt.isascii() and nxt.isalpha():
            raise error('bad escape \\%s at position %d' % (nxt, i))
        else:
            literal.append('\\' + nxt)
            i += 2
    items.append(''.join(literal))
    items = [x for x in items if x != '']
    if is_bytes:
        items = [x.encode('latin-1') if isinstance(x, str) else x for x in items]
    return items or [repl[:0]]


def _apply_template(template, m):
    empty = m.string[:0]
    return empty.join(x if not isinstance(x, int) else (m.group(x) or empty) for x in template)


def _expand(pattern, template, m):
    return _apply_template(_compile_template(pattern, template), m)


_cache = {}


def _compile(pattern, flags):
    flags = _flag_value(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= 512:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    _cache.clear()


# A string, not a frozenset: only single characters are looked up, and the set type costs start-up.
_SPECIAL = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
    return bytes(escape(pattern.decode('latin-1')), 'latin-1')
