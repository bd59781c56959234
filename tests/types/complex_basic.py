z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), z * 1j, (1 + 2j) * (3 - 1j), 1j ** 2)
print(complex(1, 2), complex("3+4j"), complex(2), -z, z == complex(3, 4), type(z).__name__)
print((1 + 1j) / (1 - 1j), 2j, -2j, complex(0, -0.0), 1e300j * 10 if False else 0)
