# The array module: every typecode, construction, sequence operations, conversions and CPython's errors.
import array
import copy


def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


print(array.typecodes, array.array, array.ArrayType is array.array)
print([array.array(c).itemsize for c in array.typecodes])
print(type(array.array("i")).__name__, type(array.array("i")).__module__)

# construction
print(array.array("i", [1, 2, 3]), array.array("u", "hi"), array.array("d"), array.array("b", b"ab"), array.array("B", b"\xff\x00"))
print(array.array("i", array.array("h", [1, 2])), array.array("d", array.array("i", [1, 2])), array.array("b", range(3)),
      array.array("u", array.array("u", "ab")), array.array("h", (x * x for x in range(4))), array.array("f", [1.5, 2]),
      array.array("d", [1.0, float("nan"), float("inf"), -0.0]), array.array("q", [True, False]), array.array("i", b"\x01\x00\x00\x00"))
print(array.array("Q", [2**64 - 1]), array.array("q", [-2**63]), array.array("L", [2**64 - 1])[0], array.array("I", [2**32 - 1]),
      array.array("l", [-2**63]), array.array("f", [2**200]), array.array("d", [1]), array.array("f", [0.1]))
for code, v in [("b", 128), ("b", -129), ("B", -1), ("B", 256), ("h", 40000), ("h", -40000), ("H", -1), ("H", 65536),
                ("i", 2**31), ("i", -2**31 - 1), ("I", -1), ("I", 2**32), ("I", 2**64), ("l", 2**63), ("l", -2**63 - 1),
                ("L", -1), ("L", 2**64), ("q", 2**63), ("q", -2**63 - 1), ("Q", -1), ("Q", 2**64), ("i", 1.5), ("i", "1"),
                ("i", None), ("d", "x"), ("f", None), ("d", 2**2000), ("u", 1), ("u", "ab"), ("u", ""), ("b", True)]:
    show("array(%r, [%r])" % (code, v), array.array, code, [v])
for args in [(), ("z",), ("ii",), ("b", [1], 3), ("i", "abc"), ("u", [1]), ("i", array.array("u", "ab")), ("d", b"abc"),
             ("i", 5), (1,), ("b", array.array("d", [1.5]))]:
    show("array%r" % (args,), array.array, *args)
show("array('i', x=1)", lambda: array.array("i", x=1))

# indexing and slicing
a = array.array("i", [1, 2, 3, 4, 5])
print(a[0], a[-1], a[1:3], a[::-1], a[::2], a[10:], a[-100:2], type(a[1:3]).__name__)
for i in [5, -6, 2**70, "x", 1.0]:
    show("a[%r]" % (i,), lambda: a[i])
a[1:3] = array.array("i", [9, 9, 9])
print(a)
del a[::2]
print(a)
del a[0]
print(a)
a[0:0] = array.array("i", [0])
a[-1] = 10
print(a)
a[len(a):] = array.array("i", [20, 30])
a[::2] = array.array("i", [7, 7, 7])
print(a)
for label, f in [("a[0:2] = [1, 2]", lambda: a.__setitem__(slice(0, 2), [1, 2])),
                 ("a[::2] = 3 items", lambda: a.__setitem__(slice(0, 3, 2), array.array("i", [1, 2, 3]))),
                 ("a[0:1] = array('d')", lambda: a.__setitem__(slice(0, 1), array.array("d", [1.0]))),
                 ("a[0] = 'x'", lambda: a.__setitem__(0, "x")), ("a[0] = 2**40", lambda: a.__setitem__(0, 2**40)),
                 ("a[9] = 1", lambda: a.__setitem__(9, 1)), ("del a[9]", lambda: a.__delitem__(9)),
                 ("a['x']", lambda: a["x"]), ("a[0] = 1.5", lambda: a.__setitem__(0, 1.5))]:
    show(label, f)
a[1:] = a
print(a)
del a[:]
print(a, len(a))

# methods
a = array.array("i", [7, 9, 5, 9])
a.insert(-100, 1)
a.insert(100, 8)
a.insert(2, 4)
print(a, a.count(9), a.count(99), a.index(9), a.index(9, 3), a.index(9, -3))
show("index(9, 5)", a.index, 9, 5)
show("index(99)", a.index, 99)
show("index('x')", a.index, "x")
show("remove(99)", a.remove, 99)
print(a.pop(), a.pop(0), a.pop(-2), a)
show("pop(10)", a.pop, 10)
show("array('i').pop()", array.array("i").pop)
a.remove(9)
print(a)
a.reverse()
print(a)
a.append(3)
a.extend([1, 2])
a.extend(x for x in range(3))
a.extend(array.array("i", [100]))
a.fromlist([5, 6])
print(a, a.tolist(), type(a.tolist()).__name__)
show("extend(array('h'))", a.extend, array.array("h", [1]))
show("extend([1, 'x'])", a.extend, [1, "x"])
show("fromlist((1,))", a.fromlist, (1,))
show("fromlist([1, 'x'])", a.fromlist, [1, "x"])
print(a)
show("append()", a.append)
show("append('x')", a.append, "x")
show("insert(0)", a.insert, 0)
show("insert('a', 1)", a.insert, "a", 1)
b = array.array("h", [1, 256, -2])
b.byteswap()
print(b, b.tobytes())
for code in "bBhHiIlLqQfd":
    c = array.array(code, [1, 2])
    c.byteswap()
    print(code, c.tobytes(), c.itemsize, c.typecode)
u = array.array("u", "h\u00e9llo")
print(u, u.tounicode(), u[1], u.itemsize, u.tobytes()[:8], u.count("l"), u.index("o"))
u.fromunicode("!\U0001f600")
u.append("z")
print(u, len(u), u[-2])
show("array('i').tounicode()", array.array("i").tounicode)
show("fromunicode(3)", u.fromunicode, 3)
show("array('i').fromunicode('x')", array.array("i").fromunicode, "x")
show("u.append(1)", u.append, 1)
f = array.array("f", [0.1, 0.5])
print(f, f[0], f.tobytes(), f.tolist())
d = array.array("d")
d.frombytes(b"\x00" * 8 + b"\x00\x00\x00\x00\x00\x00\xf0?")
print(d, d.tobytes())
show("frombytes 5 bytes", d.frombytes, b"12345")
show("frombytes('x')", d.frombytes, "x")
d.frombytes(bytearray(8))
print(d)
q = array.array("Q")
q.frombytes(b"\xff" * 8)
print(q, q[0], array.array("q", q.tobytes()))
print(array.array("B", array.array("b", [-1]).tobytes()), array.array("h", b"\x01\x02\x03\x04"))

# operators
a = array.array("i", [1, 2, 3])
print(a + a, a * 2, 2 * a, a * 0, a * -1, len(a), 2 in a, 99 in a, 2.0 in a, "x" in a, list(reversed(a)), list(a))
print(a == array.array("i", a), a == array.array("d", [1, 2, 3]), array.array("i", [1, 2]) < array.array("i", [1, 3]),
      array.array("b", [1]) == array.array("B", [1]), a != a, a == [1, 2, 3], a <= a, a > array.array("i", [1, 2]),
      array.array("i", [1]) < array.array("d", [2.0]), array.array("u", "ab") < array.array("u", "b"))
show("a + array('d')", lambda: a + array.array("d"))
show("a + [1]", lambda: a + [1])

show("a * 'x'", lambda: a * "x")
show("a * 1.5", lambda: a * 1.5)

show("hash(a)", hash, a)
a += array.array("i", [4])
print(a)
a *= 2
print(a)
show("a += [1]", lambda: a.__iadd__([1]))
x = array.array("i", [3, 1, 2])
print(sorted(x), sum(x), max(x), list(enumerate(x)), x[-1], x[-3], bool(array.array("i")), bool(x), str(array.array("u")))
y = copy.copy(x)
y[0] = 99
print(x, y, copy.deepcopy(x), x.__copy__(), x.__deepcopy__({}))
it = iter(x)
print(next(it), list(it), type(iter(x)).__name__)
print(x.__len__(), x.__getitem__(0), x.__contains__(3), repr(x), str(x), x.buffer_info()[1])
print(array.array("d", [1e300]) * 3, array.array("b", [-128, 127]), array.array("H", [65535]))
print(isinstance(x, array.ArrayType), isinstance(x, array.array))


