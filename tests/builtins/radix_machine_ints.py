# hex/oct/bin of machine ints (a fast path without BigInteger), the 64-bit edges, big ints, bools, int subclasses and __index__.
class I(int):
    def __index__(self):
        return 5
class J:
    def __index__(self):
        return -300
for v in (0, 1, -1, 255, -255, 2**63 - 1, -2**63, -2**63 + 1, 2**64, -2**70, True, False, I(7), J()):
    print(hex(v), oct(v), bin(v))
