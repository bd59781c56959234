b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], list(b[:2]), b"a" + b"b", b"ab" * 2)
print(b.hex(), bytes.fromhex("48 65"), bytes(3), bytes([65, 66]), bytes("é", "utf-8"), b"x" in b"xyz", 104 in b)
print(b"abc".upper(), b" a ".strip(), b"a,b".split(b","), b"-".join([b"a", b"b"]), b"hello".replace(b"l", b"L"))
print(b"hello".decode(), "héllo".encode(), "héllo".encode("latin-1"), b"caf\xc3\xa9".decode("utf-8"))
print(repr(b"'"), repr(b'"'), repr(b"\t\n\\"), bytes(b"copy"), b"abc" < b"abd", b"a" == b"a")
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e)
try:
    "€".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba += b"!"
print(ba, len(ba), bytes(ba))
