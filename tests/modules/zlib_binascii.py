# zlib (zlib, raw and gzip formats, checksums, errors) and binascii (hex, base64, crc).
import zlib, binascii
data = b"hello hello hello hello " * 20
for level in (-1, 0, 1, 9):
    c = zlib.compress(data, level)
    print(level, len(c), c[:12], zlib.decompress(c) == data)
print(zlib.compress(b"hello"), zlib.compress(b""), zlib.crc32(b"hello"), zlib.crc32(b"world", zlib.crc32(b"hello ")), zlib.crc32(b"hello world"), zlib.adler32(b"hello"), zlib.adler32(b"lo", zlib.adler32(b"hel")))
raw = zlib.compress(data, 6, -15); print(len(raw), zlib.decompress(raw, -15) == data)
gz = zlib.compress(data, 6, 31); print(gz[:3], zlib.decompress(gz, 31) == data, zlib.decompress(gz, 47) == data)
for bad in (lambda: zlib.decompress(b"garbage"), lambda: zlib.decompress(zlib.compress(data)[:10]), lambda: zlib.compress(b"x", 12)):
    try:
        bad()
    except zlib.error as e:
        print("zlib.error", e)
print(binascii.hexlify(b"\x01\xab\xff"), binascii.hexlify(b"\x01\xab\xff", "-"), binascii.b2a_hex(b"abc", b":", 2), binascii.unhexlify("01abff"), binascii.a2b_hex(b"6869"))
print(binascii.b2a_base64(b"hello"), binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64(b"aGVsbG8=\n"), binascii.a2b_base64("aGk"  + "="), binascii.crc32(b"abc"), binascii.crc_hqx(b"abc", 0))
for bad in (lambda: binascii.unhexlify("abc"), lambda: binascii.unhexlify("zz"), lambda: binascii.a2b_base64(b"aGVsbG8"), lambda: binascii.a2b_base64(b"a")):
    try:
        bad()
    except binascii.Error as e:
        print("binascii.Error", e, isinstance(e, ValueError))
