"""Krait's json: dumps/dump and loads/load with CPython's options, output and error messages. The one-shot
encode and the decode run in the runtime's _kjson (as CPython's run in its C accelerator)."""
import _kjson

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        super().__init__('%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for ch in s:
        e = _ESCAPES.get(ch)
        if e is not None:
            out.append(e)
            continue
        n = ord(ch)
        if n < 0x20 or (ensure_ascii and n > 0x7e):
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable' % type(o).__name__)

    def encode(self, o):
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        return _kjson.encode(o, self.indent, self.item_separator, self.key_separator, self.sort_keys,
                             self.ensure_ascii, self.allow_nan, self.skipkeys, self.check_circular, self.default)

    def iterencode(self, o, _one_shot=False):
        chunks = []
        self._encode(o, chunks, 0, {} if self.check_circular else None)
        return chunks

    def _float(self, f):
        if f != f:
            text = 'NaN'
        elif f == float('inf'):
            text = 'Infinity'
        elif f == -float('inf'):
            text = '-Infinity'
        else:
            return float.__repr__(f)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def _encode(self, o, out, level, markers):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, level, markers)
        elif isinstance(o, dict):
            self._encode_dict(o, out, level, markers)
        else:
            if markers is not None:
                if id(o) in markers:
                    raise ValueError('Circular reference detected')
                markers[id(o)] = o
            self._encode(self.default(o), out, level, markers)
            if markers is not None:
                del markers[id(o)]

    def _newline(self, level):
        indent = self.indent
        if not isinstance(indent, str):
            indent = ' ' * indent
        return '\n' + indent * level

    def _encode_list(self, lst, out, level, markers):
        if not lst:
            out.append('[]')
            return
        if markers is not None:
            if id(lst) in markers:
                raise ValueError('Circular reference detected')
            markers[id(lst)] = lst
        # Chunks as CPython's iterencode yields them: a scalar item joined to the separator before it.
        prefix = '['
        if self.indent is not None:
            level += 1
            sep = self.item_separator + self._newline(level)
            prefix += self._newline(level)
        else:
            sep = self.item_separator
        first = True
        for value in lst:
            if not first:
                prefix = sep
            first = False
            if isinstance(value, str):
                out.append(prefix + _encode_str(value, self.ensure_ascii))
            elif value is None:
                out.append(prefix + 'null')
            elif value is True:
                out.append(prefix + 'true')
            elif value is False:
                out.append(prefix + 'false')
            elif isinstance(value, int):
                out.append(prefix + int.__repr__(value))
            elif isinstance(value, float):
                out.append(prefix + self._float(value))
            else:
                out.append(prefix)
                self._encode(value, out, level, markers)
        if self.indent is not None:
            level -= 1
            out.append(self._newline(level))
        out.append(']')
        if markers is not None:
            del markers[id(lst)]

    def _encode_dict(self, dct, out, level, markers):
        if not dct:
            out.append('{}')
            return
        if markers is not None:
            if id(dct) in markers:
                raise ValueError('Circular reference detected')
            markers[id(dct)] = dct
        out.append('{')
        if self.indent is not None:
            level += 1
            sep = self.item_separator + self._newline(level)
            out.append(self._newline(level))
        else:
            sep = self.item_separator
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self._float(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError('keys must be str, int, float, bool or None, not %s' % type(key).__name__)
            if not first:
                out.append(sep)
            first = False
            out.append(_encode_str(key, self.ensure_ascii))
            out.append(self.key_separator)
            self._encode(value, out, level, markers)
        if self.indent is not None:
            level -= 1
            out.append(self._newline(level))
        out.append('}')
        if markers is not None:
            del markers[id(dct)]


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None,
          separators=None, default=None, sort_keys=False, **kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and indent is None
            and separators is None and default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default, sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


_WS = ' \t\n\r'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self._default_constant = parse_constant is None
        self.parse_constant = parse_constant or {'-Infinity': float('-inf'), 'Infinity': float('inf'),
                                                 'NaN': float('nan')}.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        if type(self).raw_decode is JSONDecoder.raw_decode and type(self)._value is JSONDecoder._value:
            obj, end = _kjson.decode(s, self._skip(s, 0), self.object_hook, self.object_pairs_hook,
                                     None if self.parse_float is float else self.parse_float,
                                     None if self.parse_int is int else self.parse_int,
                                     None if self._default_constant else self.parse_constant,
                                     self.strict, JSONDecodeError)
        else:
            obj, end = self.raw_decode(s, self._skip(s, 0))
        end = self._skip(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return self._value(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None

    @staticmethod
    def _skip(s, i):
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def _value(self, s, i):
        if i >= len(s):
            raise StopIteration(i)
        ch = s[i]
        if ch == '"':
            return self._string(s, i + 1)
        if ch == '{':
            return self._object(s, i + 1)
        if ch == '[':
            return self._array(s, i + 1)
        if ch == 'n' and s.startswith('null', i):
            return None, i + 4
        if ch == 't' and s.startswith('true', i):
            return True, i + 4
        if ch == 'f' and s.startswith('false', i):
            return False, i + 5
        if ch == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if ch == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if ch == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        return self._number(s, i)

    def _number(self, s, i):
        n = len(s)
        j = i
        if j < n and s[j] == '-':
            j += 1
        if j < n and s[j] == '0':
            j += 1
        elif j < n and '1' <= s[j] <= '9':
            while j < n and s[j].isdigit() and s[j] in '0123456789':
                j += 1
        else:
            raise StopIteration(i)
        integer_end = j
        is_float = False
        if j + 1 < n and s[j] == '.' and s[j + 1] in '0123456789':
            j += 2
            while j < n and s[j] in '0123456789':
                j += 1
            is_float = True
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '+-':
                k += 1
            if k < n and s[k] in '0123456789':
                while k < n and s[k] in '0123456789':
                    k += 1
                j = k
                is_float = True
        text = s[i:j]
        if is_float:
            return self.parse_float(text), j
        return self.parse_int(text), integer_end if not is_float else j

    def _string(self, s, i):
        begin = i - 1
        chunks = []
        n = len(s)
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != '\\' and (ord(s[j]) >= 0x20 or not self.strict):
                j += 1
            chunks.append(s[i:j])
            if j >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            ch = s[j]
            if ch == '"':
                return ''.join(chunks), j + 1
            if ch != '\\':
                raise JSONDecodeError('Invalid control character at', s, j)
            if j + 1 >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            esc = s[j + 1]
            if esc != 'u':
                if esc not in _BACKSLASH:
                    raise JSONDecodeError('Invalid \\escape', s, j)
                chunks.append(_BACKSLASH[esc])
                i = j + 2
                continue
            code = self._hex4(s, j)
            i = j + 6
            if 0xd800 <= code <= 0xdbff and s.startswith('\\u', i):
                low = self._hex4(s, i)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                    i += 6
            chunks.append(chr(code))

    @staticmethod
    def _hex4(s, j):
        digits = s[j + 2:j + 6]
        if len(digits) == 4 and all(c in '0123456789abcdefABCDEF' for c in digits):
            return int(digits, 16)
        raise JSONDecodeError('Invalid \\uXXXX escape', s, j + 1)

    def _object(self, s, i):
        pairs = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == '}':
            return self._finish_object(pairs), i + 1
        while True:
            i = self._skip(s, i)
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
            key, i = self._string(s, i + 1)
            i = self._skip(s, i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self._skip(s, i + 1)
            try:
                value, i = self._value(s, i)
            except StopIteration as err:
                raise JSONDecodeError('Expecting value', s, err.value) from None
            pairs.append((key, value))
            i = self._skip(s, i)
            if i < len(s) and s[i] == ',':
                i = self._skip(s, i + 1)
                continue
            if i < len(s) and s[i] == '}':
                return self._finish_object(pairs), i + 1
            raise JSONDecodeError("Expecting ',' delimiter", s, i)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, i):
        values = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == ']':
            return values, i + 1
        while True:
            try:
                value, i = self._value(s, i)
            except StopIteration as err:
                raise JSONDecodeError('Expecting value', s, err.value) from None
            values.append(value)
            i = self._skip(s, i)
            if i < len(s) and s[i] == ',':
                i = self._skip(s, i + 1)
                continue
            if i < len(s) and s[i] == ']':
                return values, i + 1
            raise JSONDecodeError("Expecting ',' delimiter", s, i)


def _detect_encoding(b):
    """The encoding of JSON bytes, from a byte order mark or the pattern of zero bytes in the first four."""
    if b.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if b.startswith((b'\xfe\xff', b'\xff\xfe')):
        return 'utf-16'
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, (bytes, bytearray)):
        encoding = _detect_encoding(s)
        if encoding == 'utf-8-sig':
            s = bytes(s[3:]).decode('utf-8', 'surrogatepass')
        else:
            s = s.decode(encoding, 'surrogatepass')
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, not %s' % type(s).__name__)
    if (cls is None and object_hook is None and parse_int is None and parse_float is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int, parse_constant=parse_constant,
               object_pairs_hook=object_pairs_hook, **kw).decode(s)


# As CPython: calls with every option at its default share one encoder and one decoder.
_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def load(fp, **kw):
    return loads(fp.read(), **kw)
