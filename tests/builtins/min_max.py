print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("abc"), min((1, "b"), (1, "a")), max([1, 2], key=lambda x: -x))
print(min([], default="empty"), max([], default=None), min([3], default=0), max(1.5, 2), min(-0.0, 0.0))
print(max(["aa", "b", "ccc"], key=len), min({3: "x", 1: "y"}), max(range(10), key=lambda v: v % 4))
for call in [lambda: min([]), lambda: max(), lambda: min(1, 2, default=0), lambda: max(1)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
