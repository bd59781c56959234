s = "tab\there\nnewline \\ backslash \"quote\" \x41 \u00e9 \U0001F40D \N{GREEK SMALL LETTER ALPHA}"
print(s)
print(len(s), len("🐍"), len("é"), len("e\u0301"), "🐍".encode("utf-8"), len("🐍".encode("utf-16-le")))
r = r"raw\n\t\d"
print(r, len(r))
print("\101\102\x43", "\0" == "\x00", ord("\n"), chr(0x1F600), chr(233))
u = "naïve café 日本語 🎉"
print(u.upper(), u[::-1], u[6:10], u.encode("utf-8")[:8], len(u))
print([c for c in "a🐍b"], "a🐍b".find("b"), "a🐍b"[1], "a🐍b".index("🐍"))
print("ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "Ω".lower(), "ǆ".title())
print("abc" < "abd", "Z" < "a", "é" > "z", sorted(["é", "e", "f", "E"]))
print(b"\xe6\x97\xa5".decode(), "日".encode(), bytes("€", "utf-8"), "x\u200by")
print(ascii("日本"), repr("\t"), "{:^7}".format("日本"), f"{'🐍':*>4}")
multi = """line one
  line two\
 continued"""
print(multi)
print("a" "b" 'c' """d""", ("implicit "
      "concat"))
