# The sys module: what programs read from it and call on it (values that differ between interpreters by nature,
# such as the version string or the executable's path, are checked for shape, not printed).
import sys
import os


def show(label, f, *args):
    try:
        r = f(*args)
    except BaseException as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


print(type(sys.argv).__name__, len(sys.argv), os.path.basename(sys.argv[0]))
print(type(sys.path).__name__, os.path.basename(sys.path[0]), all(isinstance(p, str) for p in sys.path))
print(type(sys.modules).__name__, "sys" in sys.modules, "__main__" in sys.modules, sys.modules["sys"] is sys,
      sys.modules["__main__"].__name__, "os" in sys.modules)
import json
print("json" in sys.modules, sys.modules["json"] is json)

# version
print(sys.version.startswith("3.11."), sys.version_info[:2], sys.version_info.major, sys.version_info.minor,
      type(sys.version_info.micro).__name__, sys.version_info.releaselevel in ("alpha", "beta", "candidate", "final"),
      type(sys.version_info.serial).__name__, len(sys.version_info), sys.version_info >= (3, 8), sys.version_info < (4,),
      sys.version_info[0], sys.version_info[-5] == 3, isinstance(sys.version_info, tuple), type(sys.version_info).__name__)
major, minor, *rest = sys.version_info
print(major, minor, len(rest), sys.hexversion >> 16 == 0x30B, type(sys.hexversion).__name__)
show("version_info.major = 4", setattr, sys.version_info, "major", 4)
show("type(version_info)()", lambda: type(sys.version_info)())
print(sys.implementation.name in ("cpython", "krait"), type(sys.implementation.version).__name__,
      sys.implementation.version[:2] == (3, 11) or sys.implementation.name != "cpython", type(sys.implementation.cache_tag).__name__ in ("str", "NoneType"),
      type(sys.implementation).__name__, type(sys.implementation.hexversion).__name__)

# platform and limits
print(sys.platform, sys.byteorder, sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode, sys.getdefaultencoding(),
      sys.getfilesystemencoding(), sys.float_repr_style)
fi = sys.float_info
print(fi)
print(fi.max, fi.max_exp, fi.max_10_exp, fi.min, fi.min_exp, fi.min_10_exp, fi.dig, fi.mant_dig, fi.epsilon,
      fi.radix, fi.rounds, fi[0], len(fi), type(fi).__name__, fi.max == 1.7976931348623157e308, 1.0 + fi.epsilon > 1.0)
ii = sys.int_info
print(ii)
print(ii.bits_per_digit, ii.sizeof_digit, ii.default_max_str_digits, ii.str_digits_check_threshold, tuple(ii))
hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, hi.algorithm in ("siphash24", "siphash13", "fnv"), hi.hash_bits, hi.seed_bits, hi.cutoff)
print(sys.flags.optimize, sys.flags.debug, sys.flags.inspect, sys.flags.dont_write_bytecode, sys.flags.verbose,
      sys.flags.quiet, sys.flags.utf8_mode, type(sys.flags).__name__, sys.flags.int_max_str_digits)
print(sys.get_int_max_str_digits(), type(sys.builtin_module_names).__name__, "sys" in sys.builtin_module_names,
      "builtins" in sys.builtin_module_names, type(sys.stdlib_module_names).__name__, "json" in sys.stdlib_module_names,
      "os" in sys.stdlib_module_names, "numpy" in sys.stdlib_module_names)
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits())
show("set_int_max_str_digits(10)", sys.set_int_max_str_digits, 10)
sys.set_int_max_str_digits(4300)
show("str(10**5000)", lambda: len(str(10**5000)))

# recursion limit
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
show("setrecursionlimit(0)", sys.setrecursionlimit, 0)
show("setrecursionlimit(-5)", sys.setrecursionlimit, -5)
show("setrecursionlimit(1.5)", sys.setrecursionlimit, 1.5)
show("setrecursionlimit('x')", sys.setrecursionlimit, "x")
show("setrecursionlimit()", sys.setrecursionlimit)
sys.setrecursionlimit(1000)


def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)

# exc_info and exception
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), type(tb).__name__, sys.exception() is v, tb.tb_lineno > 0)
    try:
        raise ValueError("inner")
    except ValueError:
        print(sys.exc_info()[0], repr(sys.exception()))
    print(sys.exc_info()[0])
print(sys.exc_info(), sys.exception())


def gen():
    try:
        raise TypeError("g")
    except TypeError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]


print(list(gen()))

# getsizeof and intern
print(type(sys.getsizeof(1)).__name__, sys.getsizeof(1) > 0, sys.getsizeof([]) > 0, sys.getsizeof("abc") > 0,
      sys.getsizeof(object(), 5) > 0, sys.getsizeof([1, 2, 3]) > sys.getsizeof([]))


class Sized:
    def __sizeof__(self):
        return 1000


print(sys.getsizeof(Sized()) >= 1000)
show("getsizeof()", sys.getsizeof)
a = sys.intern("hello world" * 2)
b = sys.intern("hello world" * 2)
print(a is b, a == "hello world" * 2)
show("intern(1)", sys.intern, 1)
show("intern(b'x')", sys.intern, b"x")

# streams
print(sys.stdout.write("written\n"))
sys.stdout.flush()
print(sys.stdout.writable(), sys.stdin.readable(), sys.stderr.writable(), sys.stdout.encoding.lower().replace("-", ""),
      sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout is sys.__stdout__, sys.stdin.read() == "",
      hasattr(sys.stdout, "buffer"), sys.stdin.isatty() in (True, False))
print("to stdout", file=sys.stdout)
sys.stderr.write("to stderr\n")
import io
old = sys.stdout
sys.stdout = io.StringIO()
print("captured")
captured = sys.stdout.getvalue()
sys.stdout = old
print(repr(captured))
sys.stdout.buffer.write(b"bytes out\n")
sys.stdout.buffer.flush()

# exit
show("exit()", sys.exit)
show("exit(3)", sys.exit, 3)
show("exit('msg')", sys.exit, "msg")
show("exit(None)", sys.exit, None)
try:
    sys.exit(5)
except SystemExit as e:
    print("SystemExit", e.code, e.args, type(e.code).__name__)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(e)
print(isinstance(SystemExit(), BaseException), issubclass(SystemExit, Exception))
print(callable(sys.exit), sys.exit.__name__, repr(sys.exit)[:30])
sys.exit(3)
