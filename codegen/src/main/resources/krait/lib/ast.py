"""ast: literal_eval (safe evaluation of Python literals). Krait compiles to JVM classes and exposes no syntax
trees: ast.parse and the node classes are not available."""
import re as _re

__all__ = ['literal_eval']

_TOKEN = _re.compile(r'''
    (?P<ws>[ \t\r\n\f]+|\\\n|\#[^\n]*)
  | (?P<str>(?:[rRbBuU]|[rR][bB]|[bB][rR])?(?:\'\'\'[\s\S]*?\'\'\'|"""[\s\S]*?"""|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"))
  | (?P<num>(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][+-]?\d[\d_]*)?\.?)[jJ]?)
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op>[()\[\]{},:+\-])
''', _re.VERBOSE)


def _tokens(source):
    pos = 0
    out = []
    while pos < len(source):
        m = _TOKEN.match(source, pos)
        if m is None:
            raise SyntaxError("invalid syntax")
        kind = m.lastgroup
        if kind != 'ws':
            out.append((kind, m.group()))
        pos = m.end()
    out.append(('end', ''))
    return out


class _Parser:
    def __init__(self, source):
        self.toks = _tokens(source)
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def take(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, op):
        t = self.take()
        if t != ('op', op):
            raise SyntaxError("invalid syntax")

    def malformed(self, what):
        raise ValueError('malformed node or string: %s' % what)

    def value(self):
        kind, text = self.peek()
        return self.binary(self.signed())

    def signed(self):
        kind, text = self.peek()
        if kind == 'op' and text in '+-':
            self.take()
            operand = self.signed()
            if type(operand) not in (int, float, complex):
                self.malformed(repr(operand))
            return -operand if text == '-' else +operand
        return self.atom()

    def binary(self, left):
        kind, text = self.peek()
        if kind == 'op' and text in '+-' and type(left) in (int, float):
            self.take()
            right = self.signed()
            if type(right) is not complex:
                self.malformed(repr(right))
            return left + right if text == '+' else left - right
        return left

    def atom(self):
        kind, text = self.take()
        if kind == 'str':
            value = _string_literal(text)
            while self.peek()[0] == 'str':
                more = _string_literal(self.take()[1])
                if type(more) is not type(value):
                    raise SyntaxError("cannot mix bytes and nonbytes literals")
                value = value + more
            return value
        if kind == 'num':
            t = text.replace('_', '')
            if t[-1] in 'jJ':
                return complex(0, float(t[:-1]))
            if t[:2].lower() in ('0x', '0o', '0b'):
                return int(t, 0)
            if any(c in t for c in '.eE'):
                return float(t)
            return int(t)
        if kind == 'name':
            if text in ('True', 'False', 'None'):
                return {'True': True, 'False': False, 'None': None}[text]
            if text == 'set' and self.peek() == ('op', '(') and self.toks[self.i + 1] == ('op', ')'):
                self.take()
                self.take()
                return set()
            self.malformed(text)
        if kind == 'op':
            if text == '(':
                if self.peek() == ('op', ')'):
                    self.take()
                    return ()
                first = self.value()
                if self.peek() == ('op', ')'):
                    self.take()
                    return first
                items = [first]
                while self.peek() == ('op', ','):
                    self.take()
                    if self.peek() == ('op', ')'):
                        break
                    items.append(self.value())
                self.expect(')')
                return tuple(items)
            if text == '[':
                return self.sequence(']')
            if text == '{':
                if self.peek() == ('op', '}'):
                    self.take()
                    return {}
                first = self.value()
                if self.peek() == ('op', ':'):
                    self.take()
                    d = {first: self.value()}
                    while self.peek() == ('op', ','):
                        self.take()
                        if self.peek() == ('op', '}'):
                            break
                        k = self.value()
                        self.expect(':')
                        d[k] = self.value()
                    self.expect('}')
                    return d
                items = {first}
                while self.peek() == ('op', ','):
                    self.take()
                    if self.peek() == ('op', '}'):
                        break
                    items.add(self.value())
                self.expect('}')
                return items
        raise SyntaxError("invalid syntax")

    def sequence(self, close):
        items = []
        while self.peek() != ('op', close):
            items.append(self.value())
            if self.peek() == ('op', ','):
                self.take()
            elif self.peek() != ('op', close):
                raise SyntaxError("invalid syntax")
        self.take()
        return items


_SIMPLE_ESCAPES = {'\n': '', '\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n',
                   'r': '\r', 't': '\t', 'v': '\v'}


def _string_literal(text):
    """The value of one string or bytes literal token (prefix, quotes and escapes), without eval."""
    i = 0
    prefix = ''
    while text[i] not in '\'"':
        prefix += text[i].lower()
        i += 1
    quote = text[i:i + 3] if text[i:i + 3] in ("'''", '"""') else text[i]
    body = text[i + len(quote):len(text) - len(quote)]
    raw = 'r' in prefix
    is_bytes = 'b' in prefix
    if raw:
        out = body
    else:
        chars = []
        j = 0
        n = len(body)
        while j < n:
            c = body[j]
            if c != '\\' or j + 1 >= n:
                chars.append(c)
                j += 1
                continue
            e = body[j + 1]
            if e in _SIMPLE_ESCAPES:
                chars.append(_SIMPLE_ESCAPES[e])
                j += 2
            elif e in '01234567':
                k = j + 1
                while k < min(n, j + 4) and body[k] in '01234567':
                    k += 1
                chars.append(chr(int(body[j + 1:k], 8)))
                j = k
            elif e == 'x':
                chars.append(chr(int(body[j + 2:j + 4], 16)))
                j += 4
            elif e == 'u' and not is_bytes:
                chars.append(chr(int(body[j + 2:j + 6], 16)))
                j += 6
            elif e == 'U' and not is_bytes:
                chars.append(chr(int(body[j + 2:j + 10], 16)))
                j += 10
            elif e == 'N' and not is_bytes:
                import unicodedata
                end = body.index('}', j)
                chars.append(unicodedata.lookup(body[j + 3:end]))
                j = end + 1
            else:
                chars.append('\\' + e)
                j += 2
        out = ''.join(chars)
    if is_bytes:
        return out.encode('latin-1')
    return out


def literal_eval(node_or_string):
    """The value of a string holding a Python literal: strings, bytes, numbers, tuples, lists, dicts, sets,
    booleans and None (and + or - between numbers for complex literals)."""
    if not isinstance(node_or_string, str):
        if isinstance(node_or_string, bytes):
            node_or_string = node_or_string.decode()
        else:
            raise ValueError('malformed node or string: %r' % (node_or_string,))
    p = _Parser(node_or_string.lstrip(' \t'))
    value = p.value()
    if p.peek()[0] != 'end':
        raise SyntaxError("invalid syntax")
    return value
