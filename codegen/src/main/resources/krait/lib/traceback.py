"""Krait's traceback: printing and formatting exceptions and their tracebacks as the interpreter does."""
import sys


def _tb_entries(tb):
    out = []
    while tb is not None:
        frame = tb.tb_frame
        out.append((frame.f_code.co_filename, tb.tb_lineno, frame.f_code.co_name))
        tb = tb.tb_next
    return out


def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line.strip()
    except (OSError, UnicodeDecodeError, ValueError):
        pass
    return ''


def format_tb(tb, limit=None):
    if limit is not None:
        entries = []
        t = tb
        while t is not None:
            entries.append(t)
            t = t.tb_next
        if limit >= 0:
            entries = entries[:limit]
        else:
            entries = entries[limit:]
        if not entries:
            return []
    text = sys._format_tb(tb)
    out = []
    for line in text.splitlines(True):
        if line.startswith('  File ') or line.startswith('  [Previous') or not out:
            out.append(line)
        else:
            out[-1] += line
    if limit is not None:
        out = out[:limit] if limit >= 0 else out[limit:]
    return out


def extract_tb(tb, limit=None):
    return [(f, l, n, _source_line(f, l)) for f, l, n in _tb_entries(tb)][:limit]


def format_exception_only(exc, value=None):
    if value is None and isinstance(exc, BaseException):
        value = exc
    return list(TracebackException(type(value), value, None, compact=True).format_exception_only())


def _format_chain(value, seen):
    out = []
    seen.add(id(value))
    cause = value.__cause__
    context = value.__context__
    if cause is not None and id(cause) not in seen:
        out.extend(_format_chain(cause, seen))
        out.append('\nThe above exception was the direct cause of the following exception:\n\n')
    elif context is not None and not value.__suppress_context__ and id(context) not in seen:
        out.extend(_format_chain(context, seen))
        out.append('\nDuring handling of the above exception, another exception occurred:\n\n')
    if value.__traceback__ is not None:
        out.append('Traceback (most recent call last):\n')
        out.extend(format_tb(value.__traceback__))
    out.extend(format_exception_only(value))
    return out


def format_exception(exc, value=None, tb=None, limit=None, chain=True):
    if value is None and isinstance(exc, BaseException):
        value = exc
    if not chain:
        out = []
        if value.__traceback__ is not None:
            out.append('Traceback (most recent call last):\n')
            out.extend(format_tb(value.__traceback__, limit))
        return out + format_exception_only(value)
    if limit is None and (tb is None or tb is value.__traceback__):
        # The interpreter's own printer: exception groups, suggestions and notes exactly as uncaught.
        return _chunks(sys._format_exception(value))
    return _format_chain(value, set())


def _chunks(text):
    # One string per frame (its source and marker lines included) and per chaining message, as CPython's
    # list holds them.
    out = []
    for line in text.splitlines(True):
        if out and (line.startswith('    ') and out[-1].startswith('  File ')
                    or out[-1].startswith('\n') and not out[-1].endswith('\n\n')):
            out[-1] += line
        else:
            out.append(line)
    return out


def print_exception(exc, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    value = sys.exc_info()[1]
    if value is None:
        return 'NoneType: None\n'
    return ''.join(format_exception(value, limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    value = sys.exc_info()[1]
    if file is None:
        file = sys.stderr
    if value is None:
        print('NoneType: None', file=file)
        return
    print_exception(value, limit=limit, file=file, chain=chain)


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for line in format_tb(tb, limit):
        print(line, file=file, end='')


class FrameSummary:
    """One entry of a stack or traceback: file, line, function and the source line (stripped)."""

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            import linecache
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename, self.lineno, self.name, self.line) == (other.filename, other.lineno, other.name,
                                                                         other.line)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return '<FrameSummary file {}, line {} in {}>'.format(self.filename, self.lineno, self.name)


class StackSummary(list):
    """A list of FrameSummary, outermost first."""

    @classmethod
    def extract(cls, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        frames = list(frame_gen)
        if limit is not None:
            frames = frames[:limit] if limit >= 0 else frames[limit:]
        result = cls()
        for f, lineno in frames:
            code = f.f_code
            f_locals = {k: repr(v) for k, v in f.f_locals.items()} if capture_locals else None
            result.append(FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=lookup_lines,
                                       locals=f_locals))
        return result

    @classmethod
    def from_list(cls, a_list):
        result = cls()
        for entry in a_list:
            if isinstance(entry, FrameSummary):
                result.append(entry)
            else:
                filename, lineno, name, line = entry
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        # A traceback's stack keeps the interpreter's own text for it (column markers included).
        lines = self.__dict__.get('_lines')
        if lines is not None:
            return list(lines)
        return format_list(self)


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


_RECURSIVE_CUTOFF = 3


def _repeated(out, count):
    if count > _RECURSIVE_CUTOFF:
        n = count - _RECURSIVE_CUTOFF
        out.append('  [Previous line repeated {} more time{}]\n'.format(n, 's' if n > 1 else ''))


def format_list(extracted_list):
    """The printed form of each entry; a run of more than three identical entries (recursion) is cut short."""
    out = []
    last = None
    count = 0
    for entry in extracted_list:
        filename, lineno, name, line = entry
        if (filename, lineno, name) != last:
            _repeated(out, count)
            last = (filename, lineno, name)
            count = 0
        count += 1
        if count > _RECURSIVE_CUTOFF:
            continue
        text = '  File "{}", line {}, in {}\n'.format(filename, lineno, name)
        if line:
            text += '    {}\n'.format(line.strip())
        out.append(text)
    _repeated(out, count)
    return out


def walk_stack(f):
    """(frame, line) pairs from f outwards (f defaults to the caller's caller, as CPython's)."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    frames = []
    while f is not None:
        frames.append(f)
        f = f.f_back
    if limit is not None:
        # A positive limit keeps the innermost entries, a negative one the outermost.
        frames = frames[:limit] if limit >= 0 else frames[limit:]
    frames.reverse()
    return StackSummary(FrameSummary(fr.f_code.co_filename, fr.f_lineno, fr.f_code.co_name) for fr in frames)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    if file is None:
        file = sys.stderr
    for text in format_stack(f, limit):
        print(text, file=file, end='')


def _safe_str(value, what, func=str):
    try:
        return func(value)
    except Exception:
        return '<%s str() failed>' % what


_CAUSE = '\nThe above exception was the direct cause of the following exception:\n\n'
_CONTEXT = '\nDuring handling of the above exception, another exception occurred:\n\n'


class TracebackException:
    """An exception captured for later formatting: its type, message, stack, and chained causes/contexts."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True, capture_locals=False,
                 compact=False, max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._str = _safe_str(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit, lookup_lines=lookup_lines,
                                             capture_locals=capture_locals)
        if exc_traceback is not None and self.stack:
            self.stack._lines = format_tb(exc_traceback, limit)
        self._value = exc_value
        self.exceptions = None
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = None if exc_value.lineno is None else str(exc_value.lineno)
            self.end_lineno = None if exc_value.end_lineno is None else str(exc_value.end_lineno)
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = None
        self.__context__ = None
        if exc_value is None:
            return
        options = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals, compact=compact,
                       _seen=_seen)
        cause = exc_value.__cause__
        if cause is not None and id(cause) not in _seen:
            self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, **options)
        # compact: a context that would not be printed is not captured
        wanted = not compact or (self.__cause__ is None and not exc_value.__suppress_context__)
        context = exc_value.__context__
        if wanted and context is not None and id(context) not in _seen:
            self.__context__ = TracebackException(type(context), context, context.__traceback__, **options)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield _final_line(None, self._str)
            return
        name = self.exc_type.__qualname__
        module = self.exc_type.__module__
        if module not in ('__main__', 'builtins'):
            name = (module if isinstance(module, str) else '<unknown>') + '.' + name
        if issubclass(self.exc_type, SyntaxError):
            yield from self._syntax_error_lines(name)
        else:
            yield _final_line(name, self._str)
        notes = self.__notes__
        if isinstance(notes, (list, tuple)):
            for note in notes:
                for part in _safe_str(note, 'note').split('\n'):
                    yield part + '\n'
        elif notes is not None:
            yield _safe_str(notes, '__notes__', repr)

    def _syntax_error_lines(self, name):
        suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or '<string>', self.lineno)
        elif self.filename is not None:
            suffix = ' ({})'.format(self.filename)
        if self.text is not None:
            right = self.text.rstrip('\n')
            text = right.lstrip(' \n\f')
            indent = len(right) - len(text)
            yield '    {}\n'.format(text)
            if self.offset is not None:
                start = self.offset
                end = start if self.end_offset in (None, 0) else self.end_offset
                if end == start or end == -1:
                    end = start + 1
                start -= 1 + indent
                end -= 1 + indent
                if start >= 0:
                    pad = ''.join(c if c.isspace() else ' ' for c in text[:start])
                    yield '    {}{}\n'.format(pad, '^' * (end - start))
        yield '{}: {}{}\n'.format(name, self.msg or '<no detail available>', suffix)

    def format(self, *, chain=True):
        if isinstance(self._value, BaseExceptionGroup):
            yield from _chunks(sys._format_exception(self._value))
            return
        chained = []
        te = self
        while te is not None:
            if not chain:
                chained.append((None, te))
                break
            if te.__cause__ is not None:
                chained.append((_CAUSE, te))
                nxt = te.__cause__
            elif te.__context__ is not None and not te.__suppress_context__:
                chained.append((_CONTEXT, te))
                nxt = te.__context__
            else:
                chained.append((None, te))
                nxt = None
            te = nxt
        for message, te in reversed(chained):
            if message is not None:
                yield message
            if te.stack:
                yield 'Traceback (most recent call last):\n'
                yield from te.stack.format()
            yield from te.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end='')


def _final_line(name, text):
    return '%s\n' % name if not text else '%s: %s\n' % (name, text)
