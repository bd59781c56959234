# str.join over lists, tuples, strings and generators (one item, empty, non-str items, non-iterables) and split shapes.
print("-".join(["a"]), "-".join(("x", "y")), "".join([]), ",".join("abc"), "-".join(x for x in "pq"))
class S(str): pass
r = "-".join([S("solo")]); print(type(r).__name__, r)
try: "-".join(["a", 1])
except TypeError as e: print(e)
try: "-".join(5)
except TypeError as e: print(e)
print("a b  c".split(), "a,b,,c".split(","), "x".split(","), "".split(","), "a b c d e f g h i j k l m n o".split())
