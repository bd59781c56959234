print(format(5), format(5, "03"), format(3.14159, ".2f"), format("s", "^5"), format(1234567, ",d"))
print(format(0.000123, "e"), format(123.456, "E"), format(12.0, "g"), format(1e100, "g"), format(255, "o"))
class F:
    def __format__(self, spec): return "F(" + spec + ")"
print(format(F(), "xyz"), f"{F():abc}", "{:q}".format(F()))
try:
    format(object(), "x")
except TypeError as e:
    print(e)
