# io: the abstract stream classes, the built-in streams' places among them, TextIOWrapper over BytesIO, and
# StringIO/BytesIO writes (a long loop of appends, writes in the middle, seek past the end).
import io
import sys

print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.BufferedIOBase),
      isinstance(io.BytesIO(), io.TextIOBase), isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdout, io.IOBase),
      issubclass(io.TextIOWrapper, io.TextIOBase), issubclass(io.RawIOBase, io.IOBase))
with open(__file__) as f:
    print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f, io.BufferedIOBase))
with open(__file__, "rb") as f:
    print(isinstance(f, io.BufferedReader), isinstance(f, io.BufferedIOBase), isinstance(f, io.TextIOBase), isinstance(f, io.IOBase))


class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s.upper())
        return len(s)

    def writable(self):
        return True


u = Upper()
print("hello", "world", file=u)
u.writelines(["a", "b"])
print(u.parts, u.closed, u.readable(), u.writable(), u.seekable())
with u:
    pass
print(u.closed)
try:
    u.write("late") if False else u.fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e, isinstance(e, OSError), isinstance(e, ValueError))
try:
    u.__enter__()
except ValueError as e:
    print("ValueError:", e)


class Counter(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

    def readable(self):
        return True


r = Counter(b"line one\nline two\nend")
print(r.read(4), r.readline(), r.read(), r.read())
r = Counter(b"a\nb\n")
print(list(r), Counter(b"xyz").readall())

t = io.TextIOWrapper(io.BytesIO("h\u00e9llo\r\nw\u00f6rld\rlast".encode("utf-8")), encoding="utf-8")
print(repr(t.readline()), repr(t.readline()), repr(t.read()), t.encoding, t.readable())
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), encoding="ascii", newline="")
print([t.readline() for _ in range(5)])
buf = io.BytesIO()
w = io.TextIOWrapper(buf, encoding="utf-16-le", newline="\r\n")
print(w.write("x\ny"), w.buffer is buf)
w.flush()
print(buf.getvalue())
t = io.TextIOWrapper(io.BytesIO(b"one\ntwo\n"))
print(list(t), t.encoding)

s = io.StringIO()
for i in range(20000):
    s.write("%d," % i)
v = s.getvalue()
print(len(v), v[:20], v[-10:], s.tell())
s.seek(0)
s.write("X")
s.seek(0, 2)
s.write("END")
print(s.getvalue()[:5], s.getvalue()[-6:], s.read(), s.tell())
s = io.StringIO("abc")
s.write("Z")
print(s.getvalue(), s.tell())
s.seek(6)
s.write("!")
print(repr(s.getvalue()))
b = io.BytesIO()
for i in range(1000):
    b.write(b"ab")
b.write(bytearray(b"cd"))
print(len(b.getvalue()), b.getvalue()[-6:], b.tell())
b.seek(1)
b.write(b"ZZ")
print(b.getvalue()[:6], b.read(4))
