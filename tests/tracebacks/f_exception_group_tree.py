import traceback
def nest(k):
    if k == 0: return ValueError("leaf")
    return ExceptionGroup(f"g{k}", [nest(k - 1), KeyError(k)])
try:
    raise ExceptionGroup("wide", [ValueError(i) for i in range(17)] + [ExceptionGroup("x", [TypeError(1)])])
except ExceptionGroup as e:
    traceback.print_exception(e)
try:
    raise nest(12)
except ExceptionGroup as e:
    traceback.print_exception(e)
raise ExceptionGroup("top", [ExceptionGroup("a", [ValueError(1)]), ExceptionGroup("b", [ExceptionGroup("c", [TypeError(2)])])])
