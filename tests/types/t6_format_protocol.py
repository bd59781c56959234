# format()/str.format/f-strings over user classes, subclasses of built-ins, bool, None and __format__ errors
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == "bad":
            return 5
        return "$" + format(self.v, spec or ".2f")
class Plain:
    def __str__(self): return "plain!"
class MyInt(int): pass
class MyFloat(float):
    def __repr__(self): return "MyFloat(%s)" % float.__repr__(self)
class MyStr(str): pass
class Fmt(int):
    def __format__(self, spec): return "Fmt[" + spec + "]"
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
m = Money(3.14159)
t("money", lambda: (format(m), format(m, ".1f"), f"{m:>8.3f}", "{:,.0f}".format(Money(1234567.8))))
t("money-bad", lambda: format(m, "bad"))
t("plain", lambda: (format(Plain()), f"{Plain()}", "{}".format(Plain()), f"{Plain()!r:.5}"))
t("plain-spec", lambda: format(Plain(), "10"))
t("object-spec", lambda: format(object(), "x"))
t("myint", lambda: (format(MyInt(42), "05d"), f"{MyInt(255):#x}", str(MyInt(7)), repr(MyInt(7)), format(MyInt(3))))
t("myfloat", lambda: (format(MyFloat(2.5)), str(MyFloat(2.5)), f"{MyFloat(2.5)}", f"{MyFloat(2.5):.3f}", f"{MyFloat(1.5)!r}"))
t("mystr", lambda: (format(MyStr("ab"), ">4"), f"{MyStr('x')!r}", "%s|%r" % (MyStr("q"), MyStr("q"))))
t("fmt-int", lambda: (format(Fmt(5), "abc"), f"{Fmt(1):xyz}", "{0:{1}}".format(Fmt(2), "nested"), "%d" % Fmt(9)))
t("bool", lambda: (format(True), format(False, ""), format(True, "d"), format(True, "^7"), f"{True:>6}", f"{False:x}", "%s %d %r" % (True, True, False)))
t("none", lambda: (format(None), f"{None}", f"{None!r:>6}", "{:}".format(None)))
t("none-spec", lambda: format(None, "d"))
t("list-spec", lambda: format([1, 2], ">10"))
t("format-arg-type", lambda: format(1, 2))
t("format-noargs", lambda: format())
t("dunder", lambda: ((5).__format__("03"), (2.5).__format__(""), "x".__format__(">3"), object().__format__("")[:8]))
t("dunder-bad", lambda: (5).__format__(5))
t("nested-fstring", lambda: f"{'a' if 1 else 'b':>{2 + 1}}|{[x for x in range(3)]}|{ {1: 2}[1] }|{(lambda: 7)()}")
t("fstring-conv", lambda: f"{'é'!a} {'x'!s:>3} {3.0!r} {[1]!s}")
t("fstring-debug", lambda: (lambda val=5, name="n": f"{val=} {name=!s} {val * 2 = :>4}")())
width, prec, val = 10, 3, 12.34567
t("fstring-nested", lambda: f"{val:{width}.{prec}f}|{val:{'<'}{width}}|{'z':{'*'}^{width}}")
t("format-huge-width", lambda: len(format(1, "500")))
t("str-format-kw-spec", lambda: "{v:{w}}".format(v=1, w=5))
t("int-subclass-percent", lambda: ("%x" % MyInt(255), "%5.1f" % MyFloat(2.25), "%s" % MyFloat(1.0)))
