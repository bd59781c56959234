x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 <= 5)
print(1 < 2 == 2 > 1, 3 > 2 > 1 > 0)
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(0) < f(2))
print(calls)
print("a" < "b" < "c", [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
print(None is None, 1 is not None, [] == [], [] is [])
