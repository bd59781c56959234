# list methods and in-place operators over random lists and arguments (indices out of range, missing values, keys)
import random
r = random.Random(91)
out = []
for i in range(600):
    l = [r.randint(-3, 5) for _ in range(r.randint(0, 7))]
    ops = []
    for _ in range(4):
        m = r.choice(["append", "insert", "pop", "remove", "index", "count", "extend", "reverse", "sort", "clear", "copy", "iadd", "imul", "del", "setitem"])
        try:
            if m == "append": res = l.append(r.randint(0, 3))
            elif m == "insert": res = l.insert(r.randint(-10, 10), 9)
            elif m == "pop": res = l.pop(*([r.randint(-8, 8)] if r.random() < 0.6 else []))
            elif m == "remove": res = l.remove(r.randint(-3, 5))
            elif m == "index": res = l.index(r.randint(-3, 5), *[r.randint(-8, 8) for _ in range(r.randint(0, 2))])
            elif m == "count": res = l.count(r.randint(-3, 5))
            elif m == "extend": res = l.extend(range(r.randint(0, 3)))
            elif m == "reverse": res = l.reverse()
            elif m == "sort": res = l.sort(key=r.choice([None, abs, lambda v: -v]), reverse=r.random() < 0.5)
            elif m == "clear": res = l.clear()
            elif m == "copy": res = l.copy()
            elif m == "iadd": l += [7]; res = None
            elif m == "imul": l *= r.randint(-1, 2); res = None
            elif m == "del": j = r.randint(-8, 8); del l[j]; res = None
            else: j = r.randint(-8, 8); l[j] = 0; res = None
            ops.append("%s=%r" % (m, res))
        except Exception as e:
            ops.append("%s:%s:%s" % (m, type(e).__name__, e))
    out.append("%s -> %r" % (" ".join(ops), l))
print("\n".join(out))
