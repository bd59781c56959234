z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), -z, z * 1j, z / 2)
print(complex(1, 2), complex("1+2j"), complex(2), 1j ** 2, (1 + 2j) == complex(1, 2))
print(z + 1, 1 - z, z * z, (1+1j) / (1-1j), repr(2j), repr(-0j), repr(complex(0, -1)))
print(complex(1.5, -2.5), 1e20j, (0.1+0.2j) * 3)
try:
    z < 1
except TypeError as e:
    print(e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(e)
print(hash(1 + 0j) == hash(1), 2 + 0j == 2, bool(0j), bool(1j))
print(pow(1j, 2), (2j) ** 0.5 if False else "", abs(-3j))
