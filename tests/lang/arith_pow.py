print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 2)
print(2 ** -1, 2 ** -2, (-2) ** -1, 10 ** -3)
print(4 ** 0.5, 8 ** (1/3), 2.0 ** 3, (-8.0) ** 2)
print(2 ** 100, (-3) ** 41)
print(pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3, 5))
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
print(type((-8) ** 0.5).__name__)
