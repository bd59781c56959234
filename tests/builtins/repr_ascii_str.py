print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\n\t\\"), repr("\x00\x7f\x80\u200b"))
print(ascii("café ü €"), ascii(["é"]), repr("é"), str("é"), repr("\U0001F600"), ascii("\U0001F600"))
print(repr([1, "a", (2,), {"k": None}]), str([1, "a"]), repr({1, 2}), repr(frozenset()))
class R:
    def __repr__(self):
        return "R()"
print(repr(R()), str(R()), [R()], f"{R()}", f"{R()!r}")
class S:
    def __str__(self):
        return "S-str"
print(str(S()), [S()][0].__str__(), "%s" % S())
print(repr(1.0), repr(-1), repr(True), repr(None), repr(b"x"), repr(bytearray(b"y")), repr(...), repr(NotImplemented))
print(repr(int), repr(len), repr(str.upper) .startswith("<method"), repr(type))
