# white space: str (Unicode) vs bytes (ASCII) split/strip/splitlines, and in int()/float()/complex() parsing
ws = "".join(chr(c) for c in range(0x3000 + 1) if chr(c).isspace())
print([hex(ord(c)) for c in ws])
s = ws + "a" + ws + "b" + ws
print(s.split(), s.strip(), len(s.lstrip()), len(s.rstrip()), s.rsplit(None, 1)[-1], "a\x1cb".split(), "a\u200bb".split())
print(b" \t\n\r\x0b\x0c\x1c a".split(), b"\x1c a ".strip(), bytearray(b"\x85a").split())
print("a\x1cb\x1dc\x1ed\x85e\u2028f".splitlines(), b"a\x1cb\x85c\rd".splitlines())
for s in ["\x1c42", "42\x1f", "\x8542", "\u200342", "\xa042", "\u3000-7\u2028", "\u0664\u0662", "\uff14\uff12", "4\u00b2", "0x\uff11"]:
    for f in (int, float, complex):
        try:
            print(repr(s), f.__name__, f(s))
        except Exception as e:
            print(repr(s), f.__name__, type(e).__name__, e)
print(int("\uff11\uff10", 16), int("\u0661\u0660", 2))
