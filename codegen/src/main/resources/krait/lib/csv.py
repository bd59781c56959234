"""csv: reading and writing comma-separated values with CPython's dialects, quoting rules and errors."""
import re as _re

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect", "excel",
           "excel_tab", "unix_dialect", "reader", "writer", "register_dialect", "get_dialect", "list_dialects",
           "unregister_dialect", "field_size_limit", "DictReader", "DictWriter", "Sniffer", "__version__"]

__version__ = "1.0"
QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)
_field_limit = 128 * 1024


class Error(Exception):
    pass


class Dialect:
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


class _Params:
    """The effective format parameters of a reader or writer: a dialect overridden by keyword arguments."""

    def __init__(self, dialect, kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        names = ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace",
                 "lineterminator", "quoting", "strict")
        for n in names:
            setattr(self, n, getattr(dialect, n, None))
        for k, v in kwargs.items():
            if k not in names:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
            setattr(self, k, v)
        if self.doublequote is None:
            self.doublequote = True
        if self.quoting is None:
            self.quoting = QUOTE_MINIMAL
        if self.lineterminator is None:
            self.lineterminator = '\r\n'
        if self.skipinitialspace is None:
            self.skipinitialspace = False
        if self.delimiter is None:
            self.delimiter = ','
        if not isinstance(self.delimiter, str):
            raise TypeError('"delimiter" must be string, not %s' % type(self.delimiter).__name__)
        if len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if self.quotechar is not None and not isinstance(self.quotechar, str):
            raise TypeError('"quotechar" must be string or None, not %s' % type(self.quotechar).__name__)
        if self.quotechar == '':
            self.quotechar = None
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        if self.quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')

    @property
    def dialect(self):
        return self


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    base = dialect if dialect is not None else Dialect
    _dialects[name] = type("_Registered", (object,), {k: getattr(_Params(base, fmtparams), k) for k in (
        "delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace", "lineterminator",
        "quoting", "strict")})


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    old = _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


class _Reader:
    def __init__(self, lines, dialect, kwargs):
        self._lines = iter(lines)
        self.dialect = _Params(dialect, kwargs)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        p = self.dialect
        fields = []
        field = []
        quoted = False      # inside a quoted field
        was_quoted = False  # the current field began with a quote
        started = False
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if quoted:
                    if p.strict:
                        raise Error("unexpected end of data")
                    fields.append(''.join(field))
                    return fields
                if started:
                    raise Error("newline inside string") if False else StopIteration
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            if '\0' in line:
                raise Error("line contains NUL")
            started = True
            i = 0
            n = len(line)
            at_start = not quoted and not field
            while i < n:
                c = line[i]
                if quoted:
                    if c == p.escapechar and i + 1 < n:
                        field.append(line[i + 1])
                        i += 2
                        continue
                    if c == p.quotechar:
                        if p.doublequote and i + 1 < n and line[i + 1] == p.quotechar:
                            field.append(c)
                            i += 2
                            continue
                        quoted = False
                        i += 1
                        continue
                    field.append(c)
                    i += 1
                    continue
                if c in '\r\n':
                    if line[i:].strip('\r\n') == '':
                        break
                    raise Error("new-line character seen in unquoted field - do you need to open the file with newline=''?")
                if c == p.delimiter:
                    fields.append(self._finish(''.join(field), was_quoted))
                    field = []
                    was_quoted = False
                    at_start = True
                    i += 1
                    continue
                if at_start and p.skipinitialspace and c == ' ':
                    i += 1
                    continue
                if c == p.quotechar and p.quoting != QUOTE_NONE and at_start:
                    quoted = True
                    was_quoted = True
                    at_start = False
                    i += 1
                    continue
                if c == p.quotechar and p.quoting != QUOTE_NONE and p.strict:
                    raise Error("'%s' expected after '%s'" % (p.delimiter, p.quotechar))
                if c == p.escapechar and i + 1 < n:
                    field.append(line[i + 1])
                    i += 2
                    at_start = False
                    continue
                field.append(c)
                at_start = False
                i += 1
            if quoted:
                # the line's own ending is already in the field; the quoted field goes on on the next line
                continue
            if len(''.join(field)) > _field_limit:
                raise Error("field larger than field limit (%d)" % _field_limit)
            if not fields and not field and not was_quoted:
                return []
            fields.append(self._finish(''.join(field), was_quoted))
            return fields

    def _finish(self, text, was_quoted):
        if self.dialect.quoting == QUOTE_NONNUMERIC and not was_quoted and text != '':
            return float(text)
        if self.dialect.quoting == QUOTE_NONNUMERIC and not was_quoted and text == '':
            return text
        return text


def reader(csvfile, dialect='excel', **fmtparams):
    return _Reader(csvfile, dialect, fmtparams)


class _Writer:
    def __init__(self, f, dialect, kwargs):
        if not hasattr(f, 'write'):
            raise TypeError('argument 1 must have a "write" method')
        self._f = f
        self.dialect = _Params(dialect, kwargs)

    def _field(self, value, only):
        p = self.dialect
        if value is None:
            text = ''
        elif isinstance(value, float):
            text = repr(value)
        else:
            text = str(value)
        if p.quoting == QUOTE_ALL or (p.quoting == QUOTE_NONNUMERIC and not isinstance(value, (int, float))
                                       or p.quoting == QUOTE_NONNUMERIC and isinstance(value, bool)):
            need = True
        elif p.quoting == QUOTE_NONE:
            need = False
        else:
            need = (p.delimiter in text or (p.quotechar is not None and p.quotechar in text)
                    or '\r' in text or '\n' in text or any(ch in text for ch in p.lineterminator)
                    or (only and text == ''))
            if text[:1] == ' ' and p.skipinitialspace:
                need = True
        if p.quoting == QUOTE_NONE:
            out = []
            for ch in text:
                if ch == p.delimiter or ch == p.quotechar or ch in '\r\n':
                    if p.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(p.escapechar)
                elif p.escapechar is not None and ch == p.escapechar:
                    out.append(p.escapechar)
                out.append(ch)
            return ''.join(out)
        if p.quotechar is not None and p.quotechar in text:
            if p.doublequote:
                text = text.replace(p.quotechar, p.quotechar * 2)
            elif p.escapechar is not None:
                text = text.replace(p.quotechar, p.escapechar + p.quotechar)
            else:
                raise Error("need to escape, but no escapechar set")
        return p.quotechar + text + p.quotechar if need else text

    def writerow(self, row):
        try:
            items = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        line = self.dialect.delimiter.join(self._field(v, len(items) == 1) for v in items)
        return self._f.write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    return _Writer(csvfile, dialect, fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Guesses a dialect from a sample: the most frequent of ',', '\\t', ';', '|', ':' on every line."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        lines = [l for l in sample.split('\n') if l.strip()]
        candidates = delimiters or ',\t;|: '
        best = None
        for d in candidates:
            counts = [l.count(d) for l in lines]
            if counts and counts[0] > 0 and all(c == counts[0] for c in counts):
                if best is None or self._rank(d) < self._rank(best):
                    best = d
        if best is None:
            raise Error("Could not determine delimiter")

        class sniffed(Dialect):
            delimiter = best
            quotechar = '"'
            doublequote = True
            skipinitialspace = False
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
        return sniffed

    def _rank(self, d):
        return self.preferred.index(d) if d in self.preferred else len(self.preferred)

    def has_header(self, sample):
        rows = list(reader(sample.splitlines()))
        if len(rows) < 2:
            return False
        header, rest = rows[0], rows[1:]

        def numeric(s):
            try:
                float(s)
                return True
            except ValueError:
                return False
        return any(not numeric(h) and all(numeric(r[i]) for r in rest if i < len(r))
                   for i, h in enumerate(header))
