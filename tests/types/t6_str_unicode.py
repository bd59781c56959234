# str methods over text with characters outside the BMP, combining marks and case special cases
s = "a😀b𝄞c😀"
print(len(s), s[1], s[-1], s[1:4], s[::-1], s[::2], s[-2::-2], list(s), s.find("b"), s.rfind("😀"), s.index("c"), s.count("😀"))
print(s.split("b"), s.partition("𝄞"), s.replace("😀", "-"), s.center(10, "😀"), s.ljust(8, "*"), s.rjust(8), s.zfill(8))
print(s.upper(), s.startswith("a😀"), s.endswith("😀"), s.find("😀", 2), s.find("😀", -1), s.rindex("😀", 0, 5), s[1:].find("b"))
print("😀".isprintable(), "😀".isalpha(), "𝟙".isdigit(), "𝟙".isdecimal(), "𝐀".isupper(), "𝐀".lower(), "𐐀".lower(), "𐐨".upper())
print("ǅungla".lower(), "ǅungla".upper(), "ǆ".title(), "ǈ".swapcase(), "ß".swapcase(), "ΣΑΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower(), "ﬀ".upper(), "ŉ".upper())
print("İstanbul".lower(), len("İ".lower()), "i̇".upper(), "ﬁ".casefold(), "ẞ".casefold(), "Σ".casefold(), "ᾳ".upper(), "ᾳ".title())
print("e\u0301".isalpha(), "\u0301".isalpha(), "\u0301".isprintable(), "\u00a0".isspace(), "\u200b".isspace(), "\u2028".isprintable(), "\x85".isspace())
print(repr("\x00\x7f\x80\xa0\xad\u0378\u200b\u2028\ue000\U0001f600\U000e0001\ud800"), ascii("é😀\u2028"))
print("x😀y".encode("utf-16-le").hex(), "😀".encode("utf-8"), len("😀".encode("utf-16")), "😀" < "\uffff", "😀" > "\ue000", sorted(["😀", "\uffff", "a"]))
print("%c|%5s|%-5s|" % (0x1F600, "😀", "😀"), f"{'😀':^5}|{'😀':*>3}", format("😀b", ".1"), "{:😀^7}".format("x"))
print(ord("😀"), chr(128512), hex(ord("𝄞")), "😀".join("ab"), "a😀b".split("😀"), "😀\n😀".splitlines(), "  😀  ".strip(), "😀a😀".strip("😀"))
print(str.maketrans("😀", "x"), "a😀".translate({0x1F600: "!"}), "😀" * 3, "😀" in "a😀", "😀".expandtabs(), "\t😀".expandtabs(4))
