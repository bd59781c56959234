# Searches whose patterns start with plain literals (Krait skips to the possible first characters): alternations,
# groups, word boundaries, quantifiers that allow zero, windows (pos/endpos) and look-behind across the window start.
import re

text = "error 1 warning 22 err\nwarn erroneous -error- e w ew we\u00e9 x.y a+b (a) [b] \\ end"
patterns = [r"(error|warning) (\d+)", r"err(or)?", r"(?:e|w)\w*", r"(?P<x>e)(?P<y>r+)", r"\berror\b", r"\Berr",
            r"e", r"ew|we", r"(e|w)+", r"(e|w)*x", r"e?w", r"(?:ab|a)*", r"x\.y", r"a\+b", r"\(a\)", r"\[b\]", r"\\",
            r"end$", r"^warn", r"(w)(a)(r)(n)", r"e{2}", r"(err){1,2}", r"(e|)r", r"(?=e)er", r"(?<= )e",
            r"e(?!r)", r"we\u00e9", r"\u00e9", r" e", r"(error|warning|err)", r"e|\d", r"(?i)ERROR", r"ERROR"]
for p in patterns:
    c = re.compile(p, re.M)
    print(repr(p), c.findall(text), [m.span() for m in c.finditer(text, 3, 60)], getattr(c.search(text, 10), "regs", None),
          c.subn("#", text)[1], len(c.split(text)))
print(re.compile("error", re.I).findall("ERROR error Error"), re.findall("(?<=-)error", text))
print(re.compile("(?<=r)r").search("err", 2), re.compile("(?<=r)r").search("err", 1).span())
print(re.compile(r"\be").findall("e ee xe", 1), re.compile(r"\be").search("xe", 1))
print(re.findall(b"(ab|cd)+", b"xxabcdab cd"), re.sub(b"ab", b"-", b"aabbab"))
print(re.findall("ab+c", "abc abbc ac abx"), re.findall("x\\.y\\+z*", "x.y+ x.y+zz xy"), re.findall("abc?", "ab abc"))
print(re.findall("caf\u00e9!", "caf\u00e9 caf\u00e9! cafe!"), re.sub("\u00e9+", "E", "\u00e9\u00e9 \U0001F600\u00e9"))
print([m.span() for m in re.finditer("ab|abc|c", "abcabc", 1)], re.compile("ana").findall("banana"))
print(re.compile("(error|err)or").findall("errorerror error"), re.compile("lo").search("hello", 0, 4))
