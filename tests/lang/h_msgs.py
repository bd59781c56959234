import math, json, collections
tests = [
    lambda: [1, 2][5], lambda: (1,)[3], lambda: "ab"[9], lambda: {"a": 1}["b"], lambda: {}[(1, 2)],
    lambda: int("3.5"), lambda: int(""), lambda: float("x1"), lambda: complex("zz"), lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0,
    lambda: 2 ** -1 // 0, lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: range(1, 2, 0),
    lambda: [].remove(3), lambda: {1}.remove(2), lambda: dict.fromkeys([1]).pop(2), lambda: collections.deque().popleft(),
    lambda: next(iter([])), lambda: "a" * "b", lambda: [] + (), lambda: None + 1, lambda: -"a", lambda: ~1.5, lambda: abs("x"),
    lambda: len(None), lambda: iter(5), lambda: hash([]), lambda: {[]: 1}, lambda: set([{}]), lambda: int(None), lambda: float([]),
    lambda: object().x, lambda: "abc".foo(), lambda: type("X", (), {})().bar, lambda: (1).real.nope, lambda: setattr(1, "x", 2),
    lambda: print(undefined_thing), lambda: chr(-1), lambda: ord("ab"), lambda: [1, 2, 3].index(9), lambda: "x".join([1, 2]),
    lambda: "{} {}".format(1), lambda: "{a}".format(b=1), lambda: "%d" % "s", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2),
    lambda: format(1.5, "d"), lambda: format("s", "d"), lambda: int("12", 1), lambda: round("x"), lambda: sum(["a", "b"]),
    lambda: max([]), lambda: min(1), lambda: sorted(5), lambda: list(1), lambda: tuple(None), lambda: dict([1, 2]), lambda: dict(a=1)[0],
    lambda: zip(1), lambda: map(None), lambda: divmod(1, 0), lambda: pow(2, 3, 0), lambda: pow(2.0, 0.5, 2), lambda: bytes("x"),
    lambda: b"a" + "b", lambda: "a" < 1, lambda: [1] < "a", lambda: None < None, lambda: {1: 2} < {3: 4}, lambda: 1j < 2j,
    lambda: json.loads("[1,"), lambda: json.loads(""), lambda: json.loads("{'a': 1}"), lambda: int.from_bytes("x", "big"),
    lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: super(int, "x"), lambda: getattr(1, 2), lambda: (lambda a: a)(),
    lambda: (lambda a: a)(1, 2), lambda: (lambda: 0)(x=1), lambda: [].sort(1), lambda: {}.get(), lambda: "x".split(1),
    lambda: "abc".center(), lambda: str(1, 2, 3, 4), lambda: list.append(1, 2), lambda: int.bit_length("x"), lambda: frozenset().add,
    lambda: memoryview(1), lambda: slice(1)(2), lambda: reversed(5), lambda: enumerate(1), lambda: [*1], lambda: {**[1]},
    lambda: f"{1:>>}", lambda: "abc"[1:2:0], lambda: [1, 2][::0], lambda: [1][1.5], lambda: "abc"["x"], lambda: {}.fromkeys(1),
    lambda: bytearray(-1), lambda: [0] * -1 + 1, lambda: math.comb(-1, 2), lambda: int("1" * 5000), lambda: 10 ** 5000 * 1.0,
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "no error", repr(r)[:40])
    except Exception as e:
        print(i, type(e).__name__, e)
