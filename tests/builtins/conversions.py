print(str(1), str(1.5), str([1]), str(None), str(b"x"), repr("x"), repr(1.0), repr([1, "a"]))
print(int("7"), float("7"), list("ab"), tuple([1]), set([1, 1]), dict([(1, 2)]), frozenset("aa"), bool("x"))
print(list({"a": 1}), list((1, 2).__iter__()), tuple(range(3)), list(), tuple(), dict(), set(), str())
print(float(True), int(False), str(True), complex(1), bytes(2), bytearray(b"a"))
