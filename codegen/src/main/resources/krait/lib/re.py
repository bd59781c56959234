"""Krait's re: Python's regular expressions on java.util.regex (through _kre, which translates the syntax).
Not supported: conditional groups (?(id)yes|no) and LOCALE."""
import _kre
import enum as _enum

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile', 'purge',
           'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE',
           'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']


class RegexFlag(_enum.IntFlag):
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


_CANONICAL = ('ASCII', 'IGNORECASE', 'LOCALE', 'UNICODE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'TEMPLATE', 'DEBUG')
NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        super().__init__(msg)
        self.msg = msg
        self.pattern = pattern
        self.pos = pos


PatternError = error


class Match:
    __slots__ = ('re', 'string', 'pos', 'endpos', '_spans')

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        raise IndexError('no such group')

    def group(self, *groups):
        if not groups:
            spans = self._spans
            return self.string[spans[0]:spans[1]]
        if len(groups) == 1:
            g = groups[0]
            if type(g) is int and 0 <= g <= self.re.groups:
                # The common case without the general lookup.
                spans = self._spans
                s = spans[2 * g]
                return None if s < 0 else self.string[s:spans[2 * g + 1]]
            return self._group(g)
        return tuple(self._group(g) for g in groups)

    def _group(self, g, default=None):
        i = self._index(g)
        s, e = self._spans[2 * i], self._spans[2 * i + 1]
        return default if s < 0 else self.string[s:e]

    def __getitem__(self, g):
        return self._group(g)

    def groups(self, default=None):
        return tuple(self._group(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return self._spans[2 * i], self._spans[2 * i + 1]

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        best = None
        best_end = -1
        for i in range(1, self.re.groups + 1):
            s, e = self._spans[2 * i], self._spans[2 * i + 1]
            if s >= 0 and e >= best_end:
                if best is None or e > best_end or True:
                    best, best_end = i, e
        return best

    @property
    def lastgroup(self):
        li = self.lastindex
        for name, i in self.re.groupindex.items():
            if i == li:
                return name
        return None

    def expand(self, template):
        return _expand(self.re, template, self)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class Pattern:
    def __init__(self, pattern, flags):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.pattern = pattern
        self._flags = flags
        self._c = _kre.compile(pattern, flags)
        self.groups = _kre.groups(self._c)
        self.groupindex = dict(_kre.groupindex(self._c))

    @property
    def flags(self):
        return self._flags | (32 if isinstance(self.pattern, str) and not self._flags & 256 else 0)

    def _check(self, string):
        if isinstance(self.pattern, str):
            if not isinstance(string, str):
                raise TypeError('cannot use a string pattern on a bytes-like object')
        elif isinstance(string, str):
            raise TypeError('cannot use a bytes pattern on a string-like object')

    def _run(self, string, pos, endpos, mode):
        self._check(string)
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        if pos < 0:
            pos = 0
        spans = _kre.match(self._c, string, pos, endpos, mode)
        return None if spans is None else Match(self, string, pos, endpos, spans)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def _all(self, string, pos=0, endpos=None, limit=0):
        self._check(string)
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        return [Match(self, string, pos, endpos, s) for s in _kre.all(self._c, string, max(pos, 0), endpos, limit)]

    def finditer(self, string, pos=0, endpos=None):
        return iter(self._all(string, pos, endpos))

    def findall(self, string, pos=0, endpos=None):
        self._check(string)
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        return _kre.findall(self._c, string, max(pos, 0), endpos)

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        for m in self._all(string, 0, None, maxsplit if maxsplit > 0 else 0):
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            fn = repl
        else:
            template = _compile_template(self, repl)
            if not template:
                template = [repl[:0]]
            if len(template) == 1 and isinstance(template[0], (str, bytes)):
                self._check(string)
                return _kre.sub_literal(self._c, string, template[0], count)
            else:
                fn = lambda m: _apply_template(template, m)
        parts = []
        last = 0
        n = 0
        self._check(string)
        end = len(string)
        for spans in _kre.all(self._c, string, 0, end, count if count > 0 else 0):
            m = Match(self, string, 0, end, spans)
            parts.append(string[last:spans[0]])
            r = fn(m)
            if r is not None:
                parts.append(r)
            last = spans[1]
            n += 1
        parts.append(string[last:])
        return string[:0].join(parts), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __repr__(self):
        flags = self._flags & ~32
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if flags:
            return 're.compile(%s, %r)' % (text, RegexFlag(flags))
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
        elif nxt.isdigit():
            j = i + 1
            while j < n and j < i + 3 and s[j].isdigit():
                j += 1
            if nxt == '0' or (j - i - 1 == 3 and all(ch in '01234567' for ch in s[i + 1:j])):
                k = i + 1
                while k < n and k < i + 4 and s[k] in '01234567':
                    k += 1
                literal.append(chr(int(s[i + 1:k], 8)))
                i = k
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
    return empty.join(x if not isinstance(x, int) else (m._group(x) or empty) for x in template)


def _expand(pattern, template, m):
    return _apply_template(_compile_template(pattern, template), m)


_cache = {}


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
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


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
    return bytes(escape(pattern.decode('latin-1')), 'latin-1')
