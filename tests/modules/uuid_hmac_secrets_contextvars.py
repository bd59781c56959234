# uuid (parsing, fields, versions 3/4/5), hmac, secrets and contextvars.
import uuid, hmac, hashlib, secrets, contextvars
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.urn, u.fields, u.bytes[:4], u.bytes_le[:4], u.time_low, u.node)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com"), uuid.UUID(int=5), uuid.UUID(bytes=b"\x00" * 16))
r = uuid.uuid4(); print(r.version, r.variant, len(str(r)), uuid.UUID(str(r)) == r, uuid.uuid1().version)
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u, uuid.UUID("urn:uuid:12345678123456781234567812345678") == u, sorted([uuid.UUID(int=3), uuid.UUID(int=1)]))
for bad in (lambda: uuid.UUID("xyz"), lambda: uuid.UUID(int=-1), lambda: uuid.UUID()):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.int = 3
except TypeError as e:
    print(e)
h = hmac.new(b"key", b"The quick brown fox", hashlib.sha256)
print(h.hexdigest(), h.name, h.digest_size, hmac.new(b"k", digestmod="md5").hexdigest(), hmac.digest(b"k", b"m", "sha1").hex())
h2 = h.copy(); h2.update(b"!"); print(h.hexdigest() != h2.hexdigest(), hmac.compare_digest(b"a", b"a"), hmac.compare_digest("a", "b"))
print(len(secrets.token_bytes(8)), len(secrets.token_hex(8)), len(secrets.token_urlsafe(16)), 0 <= secrets.randbelow(10) < 10, secrets.choice("abc") in "abc", secrets.randbits(8) < 256)
v = contextvars.ContextVar("v", default=1)
print(v.get(), v.name)
t = v.set(2); print(v.get()); v.reset(t); print(v.get())
ctx = contextvars.copy_context()
def inside():
    v.set(99)
    return v.get()
print(ctx.run(inside), v.get(), ctx[v], v in ctx)
w = contextvars.ContextVar("w")
try:
    w.get()
except LookupError:
    print("LookupError")
print(w.get("dflt"))
