import re
for pat, subj in [("a", b"a"), (b"a", "a"), ("a", 5), (b"a", 5), ("a", bytearray(b"a"))]:
    for op in ("match", "search", "fullmatch", "findall", "split", "sub"):
        try:
            p = re.compile(pat)
            r = p.sub("x", subj) if op == "sub" else getattr(p, op)(subj)
            print(op, type(r).__name__)
        except TypeError as e:
            print(op, "TypeError", e)
print(bool(re.match("a", "a")), re.match("a", "b"))
