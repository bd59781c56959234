import re
from collections import Counter, defaultdict
import textwrap
import string

text = """The quick brown fox jumps over the lazy dog. The dog barks!
Then, the fox -- being quick -- runs away; the dog sleeps again.
Numbers: 3.14, 42, -7 and 1e10 appear here: 2023-01-15 and 1999-12-31."""

words = re.findall(r"[a-zA-Z']+", text.lower())
c = Counter(words)
print(c.most_common(5))
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
nums = re.findall(r"-?\d+(?:\.\d+)?(?:e\d+)?", text)
print(nums)
dates = re.findall(r"(\d{4})-(\d{2})-(\d{2})", text)
print(dates)
for m in re.finditer(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", text):
    print(m.group(0), m.start(), m.end(), m.groupdict(), m.span("m"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.split(r"[;,.!]\s*", "a, b; c. d!e"))
print(re.split(r"(\s)", "a b  c", maxsplit=2))
print(re.match(r"^(\w+)@(\w+)\.com$", "joe@example.com").groups())
print(re.search(r"x", "abc"))
print(re.fullmatch(r"[a-z]+", "abc") is not None)
pat = re.compile(r"\b(\w)(\w*)\b")
print(pat.sub(lambda m: m.group(1).upper() + m.group(2), "make each word title"))
print(re.escape("a.b*c"))
print(re.subn(r"o", "0", "foo boo"))
idx = defaultdict(list)
for i, w in enumerate(words):
    idx[w[0]].append(i)
print(dict(sorted(idx.items()))['t'])
para = " ".join(words * 2)
print(textwrap.fill(para, width=40))
print(textwrap.wrap("short", 10))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.dedent("""
    def f():
        return 1
    """))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25, placeholder="..."))
print(string.ascii_lowercase[:5], string.digits, string.punctuation[:10])
print(string.capwords("hello   wORLD foo"))
t = string.Template("$who likes ${what}s")
print(t.substitute(who="tim", what="kung pao"))
print(t.safe_substitute(who="tim"))
print("%-10s|%5d|%07.3f|%x|%o|%e|%r" % ("hi", 42, 3.14159, 255, 8, 12345.678, "q"))
print("{:^20}|{:<8}|{:>8}|{:*^9}".format("center", "left", "right", "mid"))
print("{0[1]} {1[key]} {2.real}".format([1, 2], {"key": "v"}, 3+4j))
print("{:,} {:_} {:.2%} {:+.3e} {:#x} {:#b} {:08.2f}".format(1234567, 1234567, 0.4567, 12345.6789, 255, 5, -3.14159))
w = 12; p = 3
print(f"{3.14159265:{w}.{p}f}|{'x'!r:>5}|{10:{'>'}{w}}")
print("a,b,,c".split(","), "  a  b  ".split(), "a b c".rsplit(" ", 1))
print("Hello".center(11, "*"), "abc".zfill(6), "-42".zfill(6), "ab".ljust(4, ".") + "|")
print("hello world".title(), "Hello World".swapcase(), "abc".partition("b"), "a.b.c".rpartition("."))
print("tab\there".expandtabs(4), repr("x\ty\n"), "ß".upper(), "İ".lower().__len__())
print(" x ".strip(), "xxhixx".strip("x"), "hello".startswith(("he", "x")), "a-b-c".replace("-", "+", 1))
print("line1\nline2\r\nline3".splitlines(), "line1\nline2\n".splitlines(True))
print(",".join(map(str, range(5))), "abc"[::-1], "abcdef"[1:5:2], "abc".find("z"), "abcabc".rfind("b"))
print("12".isdigit(), "a1".isalnum(), " ".isspace(), "Ab".istitle(), "abc".isidentifier(), "Ⅻ".isnumeric())
