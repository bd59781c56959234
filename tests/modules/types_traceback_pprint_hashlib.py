import types, traceback, warnings, pprint, sys
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]))
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance((x for x in []), types.GeneratorType), type(sys) is types.ModuleType)
def fail():
    return 1 / 0
try:
    fail()
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text.splitlines()[0], text.splitlines()[-1])
    print(traceback.format_exception_only(sys.exc_info()[1]))
data = {"name": "krait", "numbers": list(range(30)), "nested": {"a": [1, 2, {"b": "c" * 40}], "z": (1, 2)}, "short": [1]}
pprint.pprint(data)
pprint.pprint(list(range(40)), width=40, compact=True)
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat([1, (2,), {3: 4}]))
pprint.pprint({"x" * 30: ["y" * 30, "z" * 30]}, width=50)
import hashlib, base64
print(hashlib.md5(b"hello").hexdigest(), hashlib.sha1(b"hello").hexdigest())
h = hashlib.sha256()
h.update(b"hel"); h.update(b"lo")
print(h.hexdigest(), h.digest()[:4], h.name, h.digest_size, h.block_size, hashlib.new("sha512", b"x").hexdigest()[:16])
try:
    hashlib.md5("str")
except TypeError as e:
    print(e)
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40]]:
    enc = base64.b64encode(data)
    print(enc, base64.b64decode(enc) == data, base64.b32encode(data), base64.b16encode(data), base64.urlsafe_b64encode(b"\xfb\xff" + data))
print(base64.b64decode("aGVsbG8="), base64.b32decode(base64.b32encode(b"krait")), base64.b64decode(b"aGVs bG8=\n"))
try:
    base64.b64decode("abc")
except Exception as e:
    print(type(e).__name__, e)
