a = 2 ** 200
b = 3 ** 120
print(a, b)
print(a + b, a - b, a * b)
print(a // b, a % b, divmod(a, b), -a // b, -a % b)
print(a >> 150, a << 10, a & (2 ** 64 - 1), a | 1, a ^ b)
print(pow(a, 3, 10 ** 9 + 7), pow(b, -1, 1000003), abs(-a) == a, -(-a) == a)
print(a > b, a == 2 ** 200, hash(a) == hash(2 ** 200), a.bit_length(), b.bit_length())
print(int(str(a)) == a, len(str(b)), str(a)[:10], hex(a)[:12], bin(b)[-8:])
print(10 ** 18 + 1, 2 ** 63, -2 ** 63, 2 ** 63 - 1 + 1, (2 ** 63) * 2, 9223372036854775807 + 1)
print(sum(range(10 ** 6)), 12345678987654321 * 98765432123456789)
print((10 ** 20) / 3, 10 ** 20 / 10 ** 10, float(10 ** 20), 7 ** 50 % 13)
x = 1
for i in range(1, 30):
    x *= i
print(x, x // (10 ** 20), str(x).count("0"))
print(round(123456789123456789, -5), -7 // 2 ** 70, (-7) % 2 ** 70)
