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
    etype = type(value)
    name = etype.__qualname__
    mod = etype.__module__
    if mod not in ('__main__', 'builtins'):
        name = mod + '.' + name
    msg = str(value)
    line = '%s: %s\n' % (name, msg) if msg else '%s\n' % name
    out = [line]
    for note in getattr(value, '__notes__', ()) or ():
        out.append('%s\n' % note)
    return out


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

    def format(self):
        return format_list(self)


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
