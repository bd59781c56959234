b = b"Hello, bytes"
print(b[0], b[-1], b[1:5], b[::-1], len(b), b.upper(), b.lower())
print(b.split(b", "), b.find(b"by"), b.count(b"l"), b.replace(b"l", b"L"), b.startswith(b"He"))
print(b.hex(), bytes.fromhex("48 65 6c"), b.hex(":", 2), bytes(3), bytes([65, 66]), bytes("hi", "ascii"))
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xff".decode("latin-1"), b"\xff".decode("utf-8", "replace"))
print(b"a" + b"b", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"abc" < b"abd")
print(b" x ".strip(), b"a-b".partition(b"-"), b"-".join([b"a", b"b"]), b"abc".center(7, b"*"))
print(repr(b"\x00\n\t'\""), repr(b"'"), b"%d-%s" % (5, b"x"))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
ba += b"!"
print(ba, len(ba), ba.pop(), ba, bytes(ba))
del ba[0]
ba.insert(0, 122)
print(ba, ba.decode(), ba.reverse() or ba, bytearray(2))
print(list(b"hi"), sorted(b"cba"), b"abc".isalpha(), b"12".isdigit(), max(b"az"))
try:
    b[0] = 1
except TypeError as e:
    print(e)
try:
    bytes([256])
except ValueError as e:
    print(e)
