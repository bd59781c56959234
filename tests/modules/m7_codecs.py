# codecs: lookup and names, encode/decode with text encodings and transforms, incremental decoding across chunk
# boundaries, iterdecode, BOMs, error handlers, codecs.open.
import codecs
import io
import os


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


for name in ["utf-8", "UTF8", "u8", "utf_8", "latin-1", "latin1", "iso-8859-1", "ascii", "US-ASCII", "utf-16", "UTF-16-LE",
             "utf_32_be", "utf-8-sig", "hex", "base64", "rot13", "zlib"]:
    info = codecs.lookup(name)
    print(name, info.name, isinstance(info, tuple), len(info), info.encode is info[0], info._is_text_encoding)
show("lookup('nope')", codecs.lookup, "nope")
show("lookup(1)", codecs.lookup, 1)
print(codecs.encode("h\u00e9", "utf-8"), codecs.decode(b"h\xc3\xa9", "utf-8"), codecs.encode("h\u00e9", "latin-1"), codecs.encode("x"),
      codecs.decode(b"\xff\xfeh\x00", "utf-16"), codecs.encode("a", "utf-16-be"), codecs.encode("\u00e9", "utf-8-sig"),
      codecs.decode(b"\xef\xbb\xbfhi", "utf-8-sig"), codecs.decode(b"hi", "utf-8-sig"))
print(codecs.encode(b"\x01\xff", "hex"), codecs.decode(b"01ff", "hex"), codecs.encode(b"data" * 20, "base64"),
      codecs.decode(b"ZGF0YQ==\n", "base64"), codecs.encode("Hello", "rot13"), codecs.decode(codecs.encode(b"zz" * 50, "zlib"), "zlib"))
show("encode ascii error", codecs.encode, "\u00e9", "ascii")
show("encode ascii replace", codecs.encode, "a\u00e9", "ascii", "replace")
show("decode bad utf-8", codecs.decode, b"\xff", "utf-8")
show("decode ignore", codecs.decode, b"a\xffb", "utf-8", "ignore")
print(codecs.getencoder("utf-8")("abc"), codecs.getdecoder("latin-1")(b"\xe9"), codecs.utf_8_encode("x") if hasattr(codecs, "utf_8_encode") else "n/a")
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16_LE)

dec = codecs.getincrementaldecoder("utf-8")()
data = "h\u00e9\u20ac\U0001f600!".encode("utf-8")
print([dec.decode(data[i:i + 1]) for i in range(len(data))], dec.decode(b"", final=True))
dec = codecs.getincrementaldecoder("utf-8")()
print(dec.decode(b"\xe2\x82"), dec.getstate(), dec.decode(b"\xac"), dec.decode(b"\xe2"))
show("final incomplete", dec.decode, b"", True)
dec = codecs.getincrementaldecoder("utf-16")()
u16 = "ab\U0001f600".encode("utf-16")
print([dec.decode(u16[i:i + 1]) for i in range(len(u16))])
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"))
enc = codecs.getincrementalencoder("utf-8-sig")()
print(enc.encode("a"), enc.encode("b"))
dec = codecs.getincrementaldecoder("utf-8-sig")()
print(dec.decode(b"\xef"), dec.decode(b"\xbb\xbfx"), dec.decode(b"y"))
print(list(codecs.iterdecode([b"\xc3", b"\xa9t\xc3", b"\xa9"], "utf-8")), list(codecs.iterencode(["a", "\u00e9"], "utf-8")))

print(codecs.lookup_error("strict") is codecs.strict_errors, codecs.lookup_error("replace")(UnicodeEncodeError("ascii", "a\u00e9", 1, 2, "x")),
      codecs.lookup_error("backslashreplace")(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "x")),
      codecs.xmlcharrefreplace_errors(UnicodeEncodeError("ascii", "\u20ac", 0, 1, "x")))
codecs.register_error("mine", lambda e: ("?", e.end))
print(codecs.lookup_error("mine")(UnicodeEncodeError("ascii", "\u00e9", 0, 1, "x")))
show("lookup_error('nope')", codecs.lookup_error, "nope")


def search(name):
    if name == "my_codec":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (bytes(b).decode().lower(), len(b)), name="my-codec")


codecs.register(search)
print(codecs.encode("shout", "my_codec"), codecs.decode(b"QUIET", "my-codec"), codecs.lookup("My Codec").name)

path = "m7_codecs_tmp.txt"
with codecs.open(path, "w", encoding="utf-16") as f:
    f.write("line one \u00e9\r\nline two\n")
with open(path, "rb") as f:
    raw = f.read()
print(raw[:6], len(raw))
with codecs.open(path, "r", encoding="utf-16") as f:
    print(repr(f.read()))
with codecs.open(path, encoding="utf-16") as f:
    print([line for line in f])
os.remove(path)
w = codecs.getwriter("utf-8")(io.BytesIO())
w.write("\u00e9t\u00e9")
print(w.stream.getvalue())
r = codecs.getreader("latin-1")(io.BytesIO(b"caf\xe9\nbar"))
print(repr(r.readline()), repr(r.read()))
