# json: dumps/loads/dump/load with every common option, and CPython's JSONDecodeError messages and positions.
import json
import io
from collections import OrderedDict


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except json.JSONDecodeError as e:
        print(label, "-> JSONDecodeError:", e, "|", e.msg, e.pos, e.lineno, e.colno, repr(e.doc)[:30])
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


data = {"name": "Krait", "n": 3, "pi": 3.14159, "ok": True, "none": None, "list": [1, 2.5, "x", [], {}],
        "nested": {"b": 1, "a": [True, False]}, "uni": "h\u00e9llo \u2603 \U0001f600", "esc": "q\"b\\s/\n\t\x01"}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=2, separators=(", ", ": ")))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps([[], {}, [[]], {"a": {}}], indent=2))
print(json.dumps(1), json.dumps(1.0), json.dumps(-0.0), json.dumps(1e100), json.dumps(2**70), json.dumps("s"), json.dumps(None),
      json.dumps(True), json.dumps([1, (2, 3)]), json.dumps(1.5e-7), json.dumps(0.1 + 0.2), json.dumps(12345678901234567890.0))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", "s": "str"}))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True), json.dumps(OrderedDict([("z", 1), ("a", 2)])))
print(json.dumps(float("nan")), json.dumps(float("inf")), json.dumps([float("-inf")]))
show("dumps(nan, allow_nan=False)", json.dumps, float("nan"), allow_nan=False)
show("dumps(inf, allow_nan=False)", json.dumps, [float("inf")], allow_nan=False)
show("dumps(set())", json.dumps, {1, 2})
show("dumps(object)", json.dumps, object)
show("dumps(b'x')", json.dumps, b"x")
show("dumps({(1, 2): 3})", json.dumps, {(1, 2): 3})
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
show("dumps sort_keys mixed", json.dumps, {1: 1, "a": 2}, sort_keys=True)
print(json.dumps({1, 2}, default=sorted), json.dumps({"when": complex(1, 2)}, default=lambda o: [o.real, o.imag]))
show("default raising", json.dumps, {"x": {1}}, default=lambda o: o.nope)


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1}}, cls=Enc), Enc(indent=1).encode([1]), list(Enc().iterencode({"a": [1]})))
show("Enc default fallback", json.dumps, object(), cls=Enc)
circ = []
circ.append(circ)
show("dumps circular", json.dumps, circ)
d = {}
d["d"] = d
show("dumps circular dict", json.dumps, d)
show("dumps check_circular=False", lambda: json.dumps([[1]], check_circular=False))


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


print(json.dumps([MyInt(5), MyStr("s"), MyFloat(1.5), {MyStr("k"): MyInt(1)}]))
print(json.dumps("\u2028\ud800"), json.dumps("\x7f\x80"), json.dumps("\u00e9", ensure_ascii=False))

# loads
print(json.loads('{"a": [1, 2.5, "x", null, true, false], "b": {"c": -1e3}}'))
print(json.loads("1"), json.loads("-0"), json.loads("-0.0"), json.loads("1E2"), json.loads("1e-2"), json.loads('"\\u00e9\\ud83d\\ude00"'),
      json.loads('  [ ]  '), json.loads('{}'), json.loads("123456789012345678901234567890"), json.loads("NaN"), json.loads("-Infinity"))
print(json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"'), json.loads(b'[1, 2]'), json.loads(bytearray(b'{"k": "v"}')), json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict), json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2]', parse_float=lambda s: "F" + s), json.loads('[1, 2]', parse_int=lambda s: int(s) * 10),
      json.loads('[NaN, Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: {k.upper(): v for k, v in d.items()}))
print(json.loads('"\\ud800"') == "\ud800", json.loads('"abc\\u0041"'), json.loads(' \n\t"ws" \r\n'))
print(json.loads('"\x7f"'), json.loads('[1,2,3]', strict=False), json.loads('"a\tb"', strict=False))
bad = ["", " ", "[", "[1,", "[1,]", "[1 2]", "{", '{"a"', '{"a":', '{"a": 1,}', '{"a" 1}', "{1: 2}", '{"a": 1 "b": 2}',
       "tru", "nul", "1.", "-", "01", "1e", ".5", '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"', '"a\nb"', '"a\tb"', "[1]]",
       "1 2", "{} x", '"\\', "[\n1,\n2\n", "\n\n  {\n  \"k\": ?\n}", "'single'", "[nan]", "+1", "0x10", "[1, 2, ]",
       '"\\ud800\\u"', "Infinityx", "{\"a\":1}\n\n garbage", "\ufeff[1]"]
for text in bad:
    show("loads(%r)" % text, json.loads, text)
show("loads(1)", json.loads, 1)
show("loads(None)", json.loads, None)
show("loads(b'\\xff')", json.loads, b"\xff[]")
print(json.loads(b'\xef\xbb\xbf[1]'), json.loads('[1]'.encode("utf-16")), json.loads('{"a": "\u00e9"}'.encode("utf-16-le")))
err = json.JSONDecodeError("msg", "line1\nline2 here", 10)
print(err, err.msg, err.doc, err.pos, err.lineno, err.colno, isinstance(err, ValueError), err.args)

# dump / load with files
buf = io.StringIO()
json.dump(data, buf, indent=1, sort_keys=True)
print(buf.getvalue()[:60].replace("\n", "|"))
buf.seek(0)
print(json.load(buf) == data)
print(json.load(io.StringIO('{"k": [1, {"z": null}]}'), object_hook=dict), json.load(io.BytesIO(b"[3]")))
show("load(io.StringIO('x'))", json.load, io.StringIO("x"))

# round trips and decoder/encoder objects
for v in [0.1, 1e-300, 1.7976931348623157e308, 5e-324, -1.5, 123.0, 1e22, 1e16, 2**53 + 1]:
    s = json.dumps(v)
    print(s, json.loads(s) == v)
dec = json.JSONDecoder()
print(dec.decode('[1]'), dec.raw_decode('[1] tail'), dec.raw_decode('{"a": 2}xx'))
show("raw_decode(' [1]')", dec.raw_decode, " [1]")
enc = json.JSONEncoder(sort_keys=True, indent=None, separators=(",", ":"))
print(enc.encode({"b": [1, 2], "a": None}), json.JSONEncoder().encode("x"), json.JSONEncoder(ensure_ascii=False).encode("\u00e9"))
print(json.dumps("x" * 3, indent=4), json.dumps({"k": []}, indent=4), json.dumps([1, [2, [3]]], indent=1, separators=(",", "=")))
print(json.dumps({"a": 1}, indent=-1), json.dumps({"a": [1]}, indent=""), repr(json.dumps([], indent=2)), json.dumps({}, indent=2))
print(json.__all__[:5], hasattr(json, "JSONDecodeError"), issubclass(json.JSONDecodeError, ValueError))
