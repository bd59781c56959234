x = 1
def f():
    y = 2
    loc = locals()
    return sorted(loc), "x" in globals(), globals()["x"]
print(f())
g = globals()
g["dynamic"] = 42
print(dynamic)
print(__name__, type(__builtins__).__name__ in ("module", "dict"))
def outer():
    a = 1
    def inner():
        return sorted(locals())
    return inner()
print(outer())
class K:
    z = 3
    print(sorted(k for k in locals() if not k.startswith("__")))
