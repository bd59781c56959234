import time
import sys
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.01)
print(time.time() >= t0, time.perf_counter() - p0 >= 0.009, time.monotonic() >= m0)
print(type(time.time_ns()).__name__, time.perf_counter_ns() > 0, isinstance(time.process_time(), float))
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
print(sys.version_info[:2] >= (3, 11), sys.version_info.major, type(sys.argv).__name__, sys.maxsize == 2**63 - 1)
print(sys.byteorder, sys.platform.startswith(("linux", "darwin", "win")), sys.getrecursionlimit(), "sys" in sys.modules)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit > 0)
print(sys.getsizeof(1) > 0, sys.intern("abc") == "abc", sys.exc_info(), type(sys.path).__name__)
try:
    raise KeyError("x")
except KeyError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, tb is not None)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
import math as m, os.path as osp
print(m.sqrt(4), osp.basename("/q/r"))
try:
    import nonexistent_module_xyz
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from sys import nothing_here
except ImportError as e:
    print(e)
