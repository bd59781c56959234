import json
from io import StringIO, BytesIO
data = {"name": "krait", "n": 3, "pi": 3.14, "ok": True, "none": None, "list": [1, 2.5, "x", [], {}], "nested": {"a": {"b": [1, {"c": None}]}}, "uni": "héllo ✓ 🐍"}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([1, 2], indent="\t"), json.dumps("a\"b\\c\n\u0001"), json.dumps({1: "int key", 2.5: "f", True: "b", None: "n"}))
print(json.dumps(float("inf")), json.dumps([float("nan")]), json.dumps((1, 2)), json.dumps(10**20), json.dumps(1e100))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
print(json.dumps({"s": {1, 2}}, default=sorted))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(e)
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print(e)
back = json.loads(json.dumps(data))
print(back == data, back["uni"], type(back["n"]).__name__, type(back["pi"]).__name__)
print(json.loads('{"a": [1, 2, {"b": null}], "c": "\\u00e9\\n", "d": -1.5e3, "e": true}'))
print(json.loads("  [1,2 , 3]  "), json.loads('"x"'), json.loads("12"), json.loads("NaN"), json.loads('"\\ud83d\\udc0d"'))
for bad in ["", "[1,]", "{\"a\" 1}", "{'a': 1}", "[1 2]", "\"abc", "tru", "[1] x", "{\"a\":1,}", "\"\\q\"", "01"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
print(json.loads('{"a": 1, "b": 2}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2]', parse_float=str), json.loads('{"x": 1, "x": 2}'))
s = StringIO()
json.dump({"k": [1, 2]}, s)
print(s.getvalue(), json.load(StringIO('{"z": 0}')))
buf = StringIO()
buf.write("line1\nline2\n")
print("third", file=buf)
buf.seek(0)
print(buf.readline(), buf.readlines(), buf.tell())
print(list(StringIO("a\nb\nc")), StringIO("abc").read(2), StringIO().getvalue() == "")
b = BytesIO(b"hello")
b.seek(0, 2)
b.write(b" world")
print(b.getvalue(), b.tell())
with StringIO("ctx") as f:
    print(f.read())
print(f.closed)
