# str.encode / bytes.decode with the standard codecs and error handlers
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

text = "aé€𝄞"
for enc in ["utf-8", "UTF8", "utf_8", "ascii", "latin-1", "latin1", "iso-8859-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "U8"]:
    for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        t("%s/%s" % (enc, err), lambda: text.encode(enc, err))
for enc in ["utf-8", "utf-16", "utf-32", "utf-16-be", "utf-32-be"]:
    t("roundtrip-" + enc, lambda: text.encode(enc).decode(enc) == text)
bad = b"a\xff\xfeb\xc3"
for err in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    t("dec-utf8/" + err, lambda: bad.decode("utf-8", err))
    t("dec-ascii/" + err, lambda: bad.decode("ascii", err))
t("surrogateescape-roundtrip", lambda: bad.decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape") == bad)
t("surrogatepass", lambda: "\ud800".encode("utf-8", "surrogatepass"))
t("lone-surrogate", lambda: "a\ud800".encode("utf-8"))
t("unknown-codec", lambda: "a".encode("klingon"))
t("unknown-codec-dec", lambda: b"a".decode("klingon"))
t("bad-handler", lambda: b"\xff".decode("utf-8", "bogus"))
t("bad-handler-unused", lambda: b"ok".decode("utf-8", "bogus"))
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, type(e).__mro__[1].__name__)
try:
    "ab€".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
for b in [b"\xc0\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xe2\x82", b"\xe2\x28\xa1", b"\xf0\x9f\x98", b"\x80"]:
    t("utf8 %r" % b, lambda: b.decode("utf-8"))
    t("utf8-replace %r" % b, lambda: b.decode("utf-8", "replace"))
print(str(b"abc", "ascii"), str(bytearray(b"\xc3\xa9"), "utf-8"), bytes("é", "latin-1"), bytearray("x", "utf-16-le"))
print(len("€".encode()), "€".encode().hex(), "\x00".encode("utf-16-be"), "A".encode("utf-32-be"))
