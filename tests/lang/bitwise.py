print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 10, 1024 >> 3)
print(-5 & 3, -5 | 3, -5 ^ 3, -1 >> 5, -16 >> 2, -1 << 3)
print(2 ** 70 & (2 ** 70 - 1), (2 ** 70) | 1, (1 << 100) >> 98)
print(True & False, True | False, True ^ True)
try:
    1 << -1
except ValueError as e:
    print(e)
print(hex(255), oct(8), bin(5), hex(-255), bin(0))
