def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "true!"
        case None:
            return "none"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case b"bytes":
            return "bytes"
        case int(n) if n > 100:
            return f"big {n}"
        case str() as s:
            return f"other string {s!r}"
        case _:
            return f"something else: {x!r}"

for v in [0, 2, "hello", True, None, -1, 1.5, b"bytes", 1000, 50, "bye", [1], False, 1.0]:
    print(repr(v), "->", describe(v))
match 42:
    case x:
        print("captured", x)
print(x)
