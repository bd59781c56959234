print(abs(-3), abs(2.5), abs(-0.0), abs(3 + 4j), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-2, -3))
print(pow(2, 10), pow(2.0, -1), pow(-2, 3), pow(4, 0.5), pow(7, 2, 5), pow(-7, 2, 5), pow(3, -1, 11))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print(e)
print(round(3.14159, 2), round(2.5), round(-0.5), round(5, -1), round(15, -1), round(25, -1), round(1.23456e10, -5))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([[1], [2]], []), sum(range(10), 100), sum([]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
print(bin(10), oct(10), hex(10), bin(-10), hex(-255), oct(0))
print(int("ff", 16), int("777", 8), int("1010", 2), float("1.5e3"), complex("2-3j"))
print(max(1, 2.5), min(-1, -1.0), max(True, 0), 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
