# errno, gc and keyword.
import errno
import gc
import keyword
import os

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EINVAL, errno.EAGAIN, errno.EWOULDBLOCK, errno.EPIPE, errno.ETIMEDOUT,
      errno.ECONNREFUSED, errno.EDEADLOCK, errno.ENOTSUP, errno.EOPNOTSUPP)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95], len(errno.errorcode))
print(sorted(n for n in dir(errno) if n.startswith("E"))[:10], sum(1 for n in dir(errno) if n.startswith("E")))
try:
    open("/nonexistent/file")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], type(e).__name__)
try:
    os.mkdir(".")
except OSError as e:
    print(e.errno == errno.EEXIST, type(e).__name__)

print(gc.collect(), gc.isenabled(), gc.get_threshold(), len(gc.get_count()), gc.garbage, gc.callbacks, gc.get_debug())
gc.disable()
print(gc.isenabled())
gc.enable()
gc.set_threshold(1000, 20)
print(gc.get_threshold(), gc.collect(0), gc.collect(generation=1), gc.DEBUG_LEAK, gc.DEBUG_STATS, gc.get_freeze_count())
gc.set_threshold(700, 10, 10)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), len(gc.get_stats()), sorted(gc.get_stats()[0]))

print(keyword.kwlist, keyword.softkwlist, len(keyword.kwlist))
print(keyword.iskeyword("if"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.issoftkeyword("_"),
      keyword.iskeyword("print"), keyword.iskeyword("None"), keyword.__all__)
