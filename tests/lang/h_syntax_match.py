from dataclasses import dataclass
@dataclass
class Pt:
    x: int
    y: int
def classify(cmd):
    match cmd:
        case {"action": "move", "to": [x, y], **rest} if not rest:
            return f"move {x},{y}"
        case {"action": "move", **rest}:
            return f"move with extras {sorted(rest)}"
        case ["go", ("north" | "south") as d]:
            return f"go {d}"
        case ["drop", *items] if items:
            return f"drop {len(items)}: {', '.join(items)}"
        case Pt(x=0, y=0):
            return "origin"
        case Pt(x=0) | Pt(y=0):
            return "on axis"
        case Pt(x, y) if x == y:
            return "diagonal"
        case int(n) | float(n) if n < 0:
            return "negative"
        case str() as s if s.isdigit():
            return "digits"
        case (1, 2, *_):
            return "starts 1,2"
        case None:
            return "none"
        case _:
            return "other"
for c in [{"action": "move", "to": [1, 2]}, {"action": "move", "to": [1, 2], "speed": 3}, ["go", "south"], ["go", "east"],
          ["drop", "a", "b"], ["drop"], Pt(0, 0), Pt(0, 5), Pt(3, 3), Pt(1, 2), -5, -2.5, "123", (1, 2, 3), [1, 2], None, 7]:
    print(repr(c), "->", classify(c))
for i in range(3):
    if i == 5: break
else:
    print("no break")
n = 0
while n < 3:
    n += 1
else:
    print("while done", n)
def tf():
    for i in range(5):
        try:
            if i == 1: continue
            if i == 3: return f"ret {i}"
        finally:
            print("finally", i)
print(tf())
def te():
    try: x = 1
    except Exception: print("no")
    else: print("else", x)
    finally: print("fin")
te()
print(1 < 2 < 3, 1 < 3 < 2, (a := 5) > 3, a, [i for i in range(10) if i % 2 if i % 3], {(i, j) for i in range(2) for j in range(i)})
f = lambda x, y=2, *a, k=3, **kw: (x, y, a, k, kw)
print(f(1), f(1, 2, 3, k=4, z=5), (lambda: "noarg")(), (lambda *a: sum(a))(1, 2, 3))
print(*[1, 2], *"ab", sep="|")
print(dict(**{"a": 1}, b=2), {**{"x": 1}, **{"x": 2, "y": 3}}, [*range(3), *[9]], (*"xy",))
first, *middle, last = "abcdef"; print(first, middle, last)
[a, [b, c]] = [1, [2, 3]]; print(a, b, c)
x = y = z = []; x.append(1); print(y, z is x)
i, j = 0, 1; i, j = j, i; print(i, j)
lst = [1, 2, 3]; lst[0], lst[2] = lst[2], lst[0]; print(lst)
print("yes" if 0 else "no", 0 or [] or "last", 1 and 2 and 3, not [], None or 0)
print([x if x % 2 else -x for x in range(6)], [[r * c for c in range(3)] for r in range(3)])
def kwonly(*, a, b=1): return a + b
print(kwonly(a=1), kwonly(b=5, a=1))
g = (x for x in range(3)); print(next(g), list(g), next(g, "done"))
print(type(...).__name__, ... is Ellipsis, slice(1, 5, 2), "abcdef"[slice(1, 5, 2)])
class Cls:
    attr = [i * 2 for i in range(3)]
    total = sum(attr)
print(Cls.attr, Cls.total)
nums = [3, 1, 2]
print(sorted(nums), nums.sort() or nums, sorted("bCa", key=str.casefold), sorted([(1, 'b'), (1, 'a')], key=lambda t: t[0]))
if __name__ == "__main__":
    print("main", __name__)
print(f"{'a' if True else 'b'}", f"{[x*2 for x in range(3)]}", f"{ {'k': 1}['k'] }", f"{3:{'>'}{5}}", f"{'q'!r}", f"{1_000_000:,}")
print(0x1F, 0o17, 0b101, 1_000, 1e3, 1.5j, 10 ** -2, 7 // 2 * 2 + 7 % 2, -3 ** 2, (-3) ** 2, 2 ** 3 ** 2, ~5, 5 ^ 3, 6 & 3 | 8)
