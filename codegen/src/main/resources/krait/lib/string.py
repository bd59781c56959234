"""Krait's string module: the character-class constants and capwords (Template and Formatter not included)."""

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    words = s.split(sep)
    joiner = ' ' if sep is None else sep
    return joiner.join(w.capitalize() for w in words)


class Template:
    """$-substitutions: $name, ${name} and $$ for a literal dollar."""
    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _pattern(self):
        import re
        delim = re.escape(self.delimiter)
        ident = self.idpattern
        brace = self.braceidpattern or ident
        return re.compile(r'%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|(?P<invalid>))'
                          % (delim, delim, ident, brace), re.IGNORECASE if self.flags is None else self.flags)

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        values = dict(mapping or {}, **kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(values[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            self._invalid(mo)
        return self._pattern().sub(convert, self.template)

    def safe_substitute(self, mapping=None, /, **kws):
        values = dict(mapping or {}, **kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(values[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            return mo.group()
        return self._pattern().sub(convert, self.template)

    def get_identifiers(self):
        ids = []
        for mo in self._pattern().finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
        return ids

    def is_valid(self):
        return all(mo.group('invalid') is None for mo in self._pattern().finditer(self.template))
