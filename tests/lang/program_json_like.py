def dump(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [f"{pad}  {dump(k)}: {dump(v, indent + 1)}" for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[" + ", ".join(dump(x, indent + 1) for x in obj) + "]"
    if isinstance(obj, str):
        return '"' + obj.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if obj is None:
        return "null"
    if isinstance(obj, bool):
        return "true" if obj else "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    raise TypeError(f"cannot dump {type(obj).__name__}")


def parse(text):
    pos = 0

    def ws():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t":
            pos += 1

    def value():
        nonlocal pos
        ws()
        ch = text[pos]
        if ch == "{":
            pos += 1
            out = {}
            ws()
            if text[pos] == "}":
                pos += 1
                return out
            while True:
                ws()
                k = value()
                ws()
                assert text[pos] == ":", f"expected ':' at {pos}"
                pos += 1
                out[k] = value()
                ws()
                if text[pos] == ",":
                    pos += 1
                    continue
                assert text[pos] == "}"
                pos += 1
                return out
        if ch == "[":
            pos += 1
            out = []
            ws()
            if text[pos] == "]":
                pos += 1
                return out
            while True:
                out.append(value())
                ws()
                if text[pos] == ",":
                    pos += 1
                    continue
                pos += 1
                return out
        if ch == '"':
            end = text.index('"', pos + 1)
            s = text[pos + 1:end]
            pos = end + 1
            return s
        for word, val in (("null", None), ("true", True), ("false", False)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "-+.eE0123456789":
            pos += 1
        num = text[start:pos]
        return float(num) if any(c in num for c in ".eE") else int(num)

    return value()


data = {"name": "krait", "tags": ["jvm", "python"], "version": [0, 1], "ok": True, "none": None,
        "nested": {"pi": 3.14, "neg": -2, "empty": {}, "list": []}}
text = dump(data)
print(text)
back = parse(text)
print(back == data, back["nested"]["pi"], type(back["version"][0]).__name__)
try:
    dump({"s": {1, 2}})
except TypeError as e:
    print(e)
