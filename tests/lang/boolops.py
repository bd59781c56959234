print(0 or 5, 3 or 5, 0 and 5, 3 and 5, None or [], [] or {})
print(not 0, not 1, not "", not "a", not [], not None)
x = [] or [1] and [2]
print(x)
def t(v):
    print("eval", v)
    return v
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(0) or t(3))
print(bool(0.0), bool(-0.0), bool(0j), bool(" "), bool(()), bool((0,)))
