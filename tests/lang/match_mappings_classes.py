def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={sorted(rest.items())}"
        case {"type": t}:
            return f"unhandled {t}"
        case {}:
            return "empty or untyped mapping"
        case _:
            return "not a mapping"

for e in [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "a", "mod": "ctrl", "n": 2},
          {"type": "key", "key": 5}, {"type": "scroll"}, {"x": 1}, {}, [("type", "click")], "str"]:
    print(handle(e))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Circle:
    def __init__(self, center, r):
        self.center = center
        self.r = r

def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case Circle(center=Point(0, 0), r=r):
            return f"circle at origin r={r}"
        case Circle(r=r):
            return f"circle r={r}"
        case int(i) | float(i):
            return f"number {i}"
        case [Point(x, y), *others]:
            return f"list starting at {x},{y} (+{len(others)})"
    return "no match"

for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(0, 0), 3), Circle(Point(1, 1), 4),
          7, 2.5, [Point(1, 1), Point(2, 2)], "x"]:
    print(where(o))
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(e)
