import re
print(re.search(r"\d+", "abc 123 def 45"), re.match(r"\w+", "hello world").group(), re.fullmatch(r"[a-z]+", "abc"))
print(re.match(r"\d", "x"), re.fullmatch(r"a", "ab"), bool(re.search("z", "abc")))
m = re.search(r"(?P<user>\w+)@(?P<host>[\w.]+)", "mail: joe_b@example.com now")
print(m.group(), m.group(1), m.group("host"), m.groups(), m.groupdict(), m.span(), m.start(2), m.end("user"), m[0], m["user"])
print(m.lastindex, m.lastgroup, m.re.pattern, m.string[:5], m.pos, m.endpos)
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c3"), re.findall(r"(x)?y", "y xy"))
print([m.span() for m in re.finditer(r"o", "foo boo")])
print(re.sub(r"\s+", " ", "a   b \t\n c"), re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.sub("a", "b", "aaa", count=2))
print(re.sub(r"(?P<n>\d+)", r"<\g<n>>", "x12y3"), re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"))
print(re.subn(r"o", "0", "foo boo"), re.sub("x*", "-", "abxd"), re.sub(r"^", "> ", "l1\nl2", flags=re.M))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b,c"), re.split(r"\s+", " a b ", maxsplit=1), re.split("x*", "axbc"))
print(re.escape("a.b*c?"), re.escape("hello world"), re.compile(r"\d+", re.I), re.compile("abc"))
p = re.compile(r"(\d{3})-(\d{4})")
print(p.search("call 555-1234 now").groups(), p.groups, p.pattern, p.match("555-1234x").group(), p.findall("111-2222 333-4444"))
print(re.findall(r"(?i)hello", "Hello HELLO hello"), re.findall(r"^\w+", "one\ntwo\nthree", re.MULTILINE), re.findall(r"a.b", "a\nb", re.S))
verbose = re.compile(r"""
    (\d+)   # number
    \s*     # spaces
    ([a-z]+) # unit
""", re.VERBOSE)
print(verbose.findall("10 kg, 5m and 3  lbs"))
print(re.match(r"(a)(b)?", "ac").groups(), re.match(r"(a)(b)?", "ac").groups("-"), re.search(r"\bcat\b", "concat cat"))
print(re.findall(r"\w+", "naïve café"), re.findall(r"\d", "٣4"), re.findall(rb"\d+", b"a12b3"))
print(re.sub(r"(\w)\1", r"[\1\1]", "aabbcd"), re.search(r"(\w)\1", "abccd").group(), re.search(r"(?P<x>a)(?P=x)", "xaa").span())
print(re.findall(r"[^\W\d_]+", "ab1_cd"), re.findall(r"[\]a-]", "a]-b"), re.findall(r"x{2,3}", "xxxxx"), re.findall(r"a{,2}", "aaa"))
print(re.search(r"(?<=\$)\d+", "cost: $42").group(), re.search(r"\d+(?=%)", "50% off").group(), re.findall(r"(?:ab)+", "ababab ab"))
try:
    re.compile("(abc")
except re.error as e:
    print("error:", type(e).__name__)
try:
    re.sub("a", r"\q", "a")
except re.error as e:
    print(e)
print(re.search("$", "ab\n").span(), re.findall(r"\Aab|b\Z", "abab"), re.match(r"\s*$", "  \n") is not None)
s = "The year 1999 and 2024"
print([int(y) for y in re.findall(r"\b(\d{4})\b", s)], re.sub(r"\d{4}", "YYYY", s), m.expand(r"\g<user> at \2"))
