# binascii (hex, base64, crc32, crc_hqx) and zlib (one-shot and incremental, zlib/raw/gzip formats, checksums).
import binascii
import zlib


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


data = b"hello world \x00\xff" * 3
print(binascii.hexlify(data), binascii.b2a_hex(b"\x01\xab"), binascii.hexlify(b"abcdef", "-"), binascii.hexlify(b"abcdef", b":", 2),
      binascii.hexlify(b"abcde", "-", -2), binascii.hexlify(b"abcde", " ", 2), binascii.hexlify(b""), binascii.hexlify(bytearray(b"xy")))
print(binascii.unhexlify(b"01ab"), binascii.a2b_hex("DEADbeef"), binascii.unhexlify(""), binascii.unhexlify(bytearray(b"00ff")))
show("unhexlify odd", binascii.unhexlify, b"abc")
show("unhexlify bad", binascii.unhexlify, b"zz")
show("unhexlify non-ascii", binascii.unhexlify, "\u00e9\u00e9")
show("hexlify str", binascii.hexlify, "abc")
show("hexlify sep len", binascii.hexlify, b"ab", "--")
print(binascii.b2a_base64(b"abc"), binascii.b2a_base64(b"ab"), binascii.b2a_base64(b"a", newline=False), binascii.b2a_base64(b""),
      binascii.b2a_base64(bytes(range(256)))[:40])
for s in [b"YWJj", b"YWI=", b"YQ==", b"YW Jj\n", "YWJj", b"YQ==YWI=", b"!!YWJj", b"Y", b"YQ", b"YQ=", b"YWJjZ", b"YQ===", b"=YQ=="]:
    show("a2b_base64(%r)" % (s,), binascii.a2b_base64, s)
    show("a2b_base64(%r, strict)" % (s,), binascii.a2b_base64, s, strict_mode=True)
print(binascii.crc32(b"hello"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b"hello world"), binascii.crc32(b""),
      binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"123456789", 0xffff))
print(issubclass(binascii.Error, ValueError), binascii.Error.__name__, binascii.Error.__module__, issubclass(binascii.Incomplete, Exception))

text = b"The quick brown fox jumps over the lazy dog. " * 20
for level in [-1, 0, 1, 6, 9]:
    c = zlib.compress(text, level)
    print(level, len(c), c[:12], zlib.decompress(c) == text, zlib.crc32(c), zlib.adler32(c))
print(zlib.compress(b""), zlib.compress(b"a"), zlib.decompress(zlib.compress(b"")), zlib.compress(text, wbits=-15)[:10],
      zlib.decompress(zlib.compress(text, wbits=-15), wbits=-15) == text)
gz = zlib.compress(text, wbits=31)
print(gz[:4], len(gz), zlib.decompress(gz, wbits=31) == text, zlib.decompress(gz, wbits=47) == text, zlib.decompress(zlib.compress(text), 47) == text)
print(zlib.crc32(b"hello"), zlib.crc32(b"world", zlib.crc32(b"hello ")), zlib.adler32(b"hello"), zlib.adler32(b"world", zlib.adler32(b"hello ")),
      zlib.adler32(b""), zlib.crc32(b"x" * 100000))
show("decompress garbage", zlib.decompress, b"garbage data here")
show("decompress truncated", zlib.decompress, zlib.compress(text)[:-10])
show("compress level 10", zlib.compress, b"x", 10)
show("compress str", zlib.compress, "text")
co = zlib.compressobj(9)
parts = [co.compress(text[:300]), co.compress(text[300:]), co.flush()]
joined = b"".join(parts)
print(len(joined), zlib.decompress(joined) == text, joined == zlib.compress(text, 9))
co = zlib.compressobj()
a = co.compress(b"abc" * 100) + co.flush(zlib.Z_SYNC_FLUSH)
print(a[-4:], len(a) > 0)
b = co.compress(b"def") + co.flush()
print(zlib.decompress(a + b))
do = zlib.decompressobj()
comp = zlib.compress(text) + b"TRAILING"
out = do.decompress(comp[:50]) + do.decompress(comp[50:])
print(out == text, do.eof, do.unused_data, do.unconsumed_tail, do.flush())
do = zlib.decompressobj()
first = do.decompress(zlib.compress(text), 100)
print(len(first), len(do.unconsumed_tail) > 0, do.eof)
rest = do.decompress(do.unconsumed_tail)
print(len(first + rest), (first + rest) == text, do.eof)
do = zlib.decompressobj(wbits=-15)
print(do.decompress(zlib.compress(b"raw data", wbits=-15)), do.eof)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH,
      zlib.DEF_BUF_SIZE, issubclass(zlib.error, Exception), zlib.error.__module__)
show("compressobj(10)", zlib.compressobj, 10)
show("compress wbits=5", zlib.compress, b"x", wbits=5)
show("decompress wbits=5", zlib.decompress, b"x", wbits=5)
show("decompressobj(wbits=5)", zlib.decompressobj, wbits=5)
