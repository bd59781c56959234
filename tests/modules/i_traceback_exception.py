import io
import re
import sys
import traceback

real_stdout = sys.stdout
sys.stdout = io.StringIO()


class ConfigError(Exception):
    pass


def parse(text):
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise ConfigError("bad config value %r" % text) from e


def handler():
    try:
        {}["missing"]
    except KeyError:
        1 / 0


try:
    load("abc")
except ConfigError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type, te.exc_type.__name__)
    print(str(te))
    print(type(te.stack).__name__, len(te.stack))
    for fs in te.stack:
        print(fs.name, fs.lineno, fs.line)
    print(te.__cause__ is not None, te.__cause__.exc_type)
    print(te.__context__ is not None, te.__suppress_context__)
    print(list(te.format_exception_only()))
    print("".join(te.format()), end="")
    print("-- no chain")
    print("".join(te.format(chain=False)), end="")
    print("-- stack")
    print("".join(te.stack.format()), end="")
    print("-- cause stack")
    print("".join(te.__cause__.stack.format()), end="")

try:
    handler()
except ZeroDivisionError as e:
    te = traceback.TracebackException(type(e), e, e.__traceback__)
    print(te.__context__.exc_type.__name__, te.__cause__)
    te.print(file=sys.stdout)
    lines = list(te.format())
    print(len(lines))

e = ValueError("no traceback")
te = traceback.TracebackException.from_exception(e)
print(list(te.format()))
print(len(te.stack), te.stack.format())

try:
    raise KeyError("k")
except KeyError as e:
    te = traceback.TracebackException.from_exception(e, limit=0)
    print("".join(te.format()), end="")
    err = e
print(traceback.TracebackException.from_exception(err) == traceback.TracebackException.from_exception(err))

try:
    compile("x = (1,", "<cfg>", "exec")
except SyntaxError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.filename, te.lineno, te.msg)
    print("".join(te.format_exception_only()), end="")

print("".join(traceback.format_exception_only(ValueError, ValueError("x"))), end="")
for frame, lineno in traceback.walk_tb(err.__traceback__):
    print(frame.f_code.co_name, lineno)
s = traceback.StackSummary.extract(traceback.walk_tb(err.__traceback__))
print([f.name for f in s])
s = traceback.StackSummary.from_list([("f.py", 3, "fn", "x = 1")])
print("".join(s.format()), end="")

sys.stdout, text = real_stdout, sys.stdout.getvalue()
print(re.sub(r'File "[^"]*?([^"/\\]+[.]py)"', r'File "\1"', text), end="")
