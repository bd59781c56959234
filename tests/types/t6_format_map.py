# format_map with custom mappings, translate/maketrans argument forms and errors, field lookups that fail
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
class Map:
    def __getitem__(self, k):
        if k == "bad": raise KeyError(k)
        return k * 2
t(1, lambda: "{a}{b}".format_map(Map()))
t(2, lambda: "{bad}".format_map(Map()))
t(3, lambda: "{0}".format_map(Map()))
t(4, lambda: "{}".format_map({}))
t(5, lambda: "%(x)s-%(y)s" % Map())
t(6, lambda: "a\tb\r\tc\n\td".expandtabs(4))
t(7, lambda: "abc".translate({ord("a"): "xyz", ord("b"): ""}))
t(8, lambda: "abc".translate({ord("a"): 0x1F600}))
t(9, lambda: "abc".translate({ord("a"): 0x110000}))
t(10, lambda: "abc".translate({ord("a"): -1}))
t(11, lambda: "abc".translate(None))
t(12, lambda: "abc".translate(5))
t(13, lambda: str.maketrans("a", "bc"))
t(14, lambda: str.maketrans(1))
t(15, lambda: str.maketrans({"a": 1}, "b"))
t(16, lambda: str.maketrans("ab", "cd", 5))
t(17, lambda: sorted(str.maketrans({"a": "x", 98: None, "c": 100}).items()))
t(18, lambda: "x".format_map())
t(19, lambda: "{a.b}".format(a=1))
t(20, lambda: "{0:{1}}".format(1))
t(21, lambda: "{:>{}}".format(1))
t(22, lambda: "{!r}".format())
t(23, lambda: "{a[0]}".format(a={}))
t(24, lambda: "{a[x]}".format(a=[]))
