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
    return _format_chain(value, set())


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


def format_stack(f=None, limit=None):
    return []


def print_stack(f=None, limit=None, file=None):
    pass
