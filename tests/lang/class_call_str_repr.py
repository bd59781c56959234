class F:
    def __call__(self, x, y=1): return x * y
f = F()
print(f(3), f(3, y=4), callable(f), callable(F), callable(5))
class S:
    def __str__(self): return "str!"
    def __repr__(self): return "repr!"
s = S()
print(s, str(s), repr(s), [s], f"{s}", f"{s!r}", "%s %r" % (s, s))
class OnlyRepr:
    def __repr__(self): return "R"
print(OnlyRepr(), str(OnlyRepr()))
