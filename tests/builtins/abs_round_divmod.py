print(abs(-5), abs(5.5), abs(-0.0), abs(-2 ** 70), abs(True))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1234.5678, -2))
print(round(7), round(7, -1), round(15, -1), round(25, -1), round(-15, -1), round(3.14159, 3), round(1e20))
print(type(round(2.5)), type(round(2.5, 0)), round(0.5, 0), round(-0.4))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17, -5))
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
