# Match objects and sub/subn/findall/finditer/split on the paths implemented in Java: groups that did not
# participate, empty matches, unicode beyond the BMP, bytes subjects, templates, callables and their errors.
import re

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

m = re.search(r"(?P<word>\w+) (?P<num>\d+)?(x)?", "say hello 42 there")
print(m.group(), m.group(0), m.group(1), m.group("word"), m.group(2), m.group(3))
print(m.group(1, 2, 3, "num"), m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(3), m.end(3), m.span(3), m.span("num"), m[0], m["word"], m[3])
print(m.pos, m.endpos, m.string, m.re.pattern, m.lastindex, m.lastgroup, m.regs)
print(repr(m), bool(m), type(m).__name__, isinstance(m, re.Match))
show("bad group", lambda: m.group(4))
show("bad name", lambda: m.group("nope"))
show("bad type", lambda: m.group(1.5))
show("neg group", lambda: m.start(-1))
show("expand", lambda: m.expand(r"<\g<word>|\2|\g<1>>"))
m2 = re.compile(r"(a)(b)?").match("ac")
print(m2.lastindex, m2.lastgroup, m2.groups(), m2.span(2), m2.regs)
print(re.compile(r"x").search("abc"), re.match("b", "abc"), re.fullmatch("ab", "abc"), re.fullmatch("abc", "abc"))
p = re.compile(r"b+")
print(p.search("abbbcb", 2).span(), p.search("abbbcb", 2, 3).span(), p.search("abbbcb", -4).pos, p.search("abbbcb", 0, 99).endpos)
print(p.search("abc", 5), p.match("abbb", 1).span(), p.fullmatch("abbb", 1, 3).span())

# Unicode beyond the BMP: offsets count code points.
s = "a\U0001F600bc\U0001F600b"
mu = re.search(r"(b)(c)", s)
print(mu.span(), mu.span(1), mu.start(2), mu.group(), mu.regs)
print([mm.span() for mm in re.finditer("b", s)], re.findall(".b", s))
print(re.sub("b", lambda mm: "[%d]" % mm.start(), s), re.subn(r"\U0001F600", "!", s))
print(re.compile("c").search(s, 4), re.compile("c").search(s, 2).span())

# Empty matches.
print(re.sub("x*", "-", "abxd"), re.subn("", "|", "abc"), re.findall(r"\b", "ab cd"))
print([mm.span() for mm in re.finditer(r"x*", "axb")], re.split(r"\s*", "a b"), re.split(r"(,)", "a,b,,c"))
print(re.sub("^", ">", "a\nb", flags=re.M), re.sub("$", "<", "a\nb\n"))

# Templates.
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>=\g<k>", "a=1 b=2"))
print(re.sub(r"(\w)(\w)?", r"[\1\2]", "abc"), re.sub(r"(\w)", r"\g<0>\g<1>\n\t\\", "ab"))
print(re.sub("a", "\\\\x", "aa"), re.sub("(a)", r"\101", "a"))
print(re.subn("a", "b", "aaaa", 2), re.sub("a", "b", "aaa", count=-1), re.subn("a", "b", "aaa", 0))
show("bad template", lambda: re.sub("(a)", r"\2", "a"))
show("bad escape", lambda: re.sub("a", r"\q", "a"))
show("unknown name", lambda: re.sub("(a)", r"\g<zz>", "a"))
show("bad name", lambda: re.sub("(a)", r"\g<1a>", "a"))

# Callables.
print(re.sub(r"\d+", lambda mm: str(int(mm.group()) * 2), "a1b22c333"))
print(re.subn(r"\d", lambda mm: None, "a1b2"), re.sub("a", lambda mm: mm.string[:0] + "Z", "xax"))
class S(str):
    pass
print(repr(re.sub("a", lambda mm: S("s"), "xax")))
show("callable int", lambda: re.sub("a", lambda mm: 1, "xax"))
show("callable int at 0", lambda: re.sub("a", lambda mm: 1, "a"))
show("callable bytes", lambda: re.sub(b"a", lambda mm: "x", b"ba"))
show("callable raises", lambda: re.sub("a", lambda mm: 1 / 0, "a"))
seen = []
re.sub("(a)|(b)", lambda mm: seen.append((mm.lastindex, mm.span(), mm.groups())) or "", "ab")
print(seen)

# Bytes.
mb = re.search(rb"(\w+)=(\d+)?", b"key= val=12")
print(mb.group(), mb.groups(), mb.group(2), mb.span(1), repr(mb))
print(re.sub(rb"\d", b"#", b"a1b2"), re.sub(rb"(\d)", rb"<\1>", b"a1"), re.sub(b"a", lambda mm: bytearray(b"q"), b"aa"))
print(re.findall(rb"\w\w", b"abcde"), re.split(rb",", b"a,b"), re.subn(b"a", b"", bytearray(b"banana")))
print(re.match(b"a", bytearray(b"ab")).group())
show("str on bytes", lambda: re.search("a", b"a"))
show("bytes on str", lambda: re.sub(b"a", b"b", "a"))

# findall shapes and finditer.
print(re.findall(r"(\w)(\d)?", "a1b c2"), re.findall(r"\w(\d)?", "a1b"), re.findall("q", "abc"))
it = re.finditer(r"(\d)", "1a2")
print(type(it).__name__ in ("callable_iterator", "list_iterator"), [(mm.group(1), mm.pos, mm.endpos) for mm in it])
print([mm.group() for mm in re.compile(r"\w").finditer("abcd", 1, 3)])
print(re.compile("a").sub("b", "aaa", 2), re.compile("(a)").subn(r"\1\1", "aa"))
print(re.escape("a.b*c\t\n\v\f\r x-y#~&\u00e9\\\\"), re.escape(b"a.b[]"), re.escape(""))
big = 2 ** 40
print(re.compile("b").search("abc", 0, big).span(), re.compile("b").search("abc", -big), re.compile("b").findall("abcb", 1, big),
      re.subn("b", "x", "abcb", big), re.compile("b").split("abcb", big), [mm.span() for mm in re.compile("b").finditer("abb", 0, big)])
