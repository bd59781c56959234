calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) == v(1) != v(2), calls)
print(1 < 2 > 0, 1 < 2 < 2, "a" < "b" <= "b", [1] < [2] < [2, 0])
x = 5
print(0 < x <= 5, 0 < x < 5, not 0 < x, (0 < x) == True)
print(1 in [1, 2] in [[1, 2]], None is None is not False)
print(2 == 2.0 == True is False)
a = [1, 2]
b = a
print(a is b is not None, a == [1, 2] is not a)
