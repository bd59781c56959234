# dict methods and operators over random int-keyed dicts: insertion order through deletions, pops, updates and merges
import random
r = random.Random(101)
out = []
for i in range(600):
    d = {r.randint(-3, 9): r.randint(0, 5) for _ in range(r.randint(0, 6))}
    ops = []
    for _ in range(5):
        m = r.choice(["set", "del", "pop", "popitem", "get", "setdefault", "update", "ior", "or", "ror", "copy", "clear", "fromkeys", "keys", "items", "values", "reversed", "in", "eq"])
        k = r.randint(-3, 9)
        try:
            if m == "set": d[k] = r.randint(0, 5); res = None
            elif m == "del": del d[k]; res = None
            elif m == "pop": res = d.pop(k, *(["dflt"] if r.random() < 0.5 else []))
            elif m == "popitem": res = d.popitem()
            elif m == "get": res = d.get(k)
            elif m == "setdefault": res = d.setdefault(k, [k])
            elif m == "update": d.update({k: 1}, z=2); res = None
            elif m == "ior": d |= [(k, 3)]; res = None
            elif m == "or": res = d | {k: "or"}
            elif m == "ror": res = {k: "ror", 100: 1} | d
            elif m == "copy": res = d.copy()
            elif m == "clear": res = d.clear()
            elif m == "fromkeys": res = dict.fromkeys(d, k)
            elif m == "keys": res = list(d.keys())
            elif m == "items": res = list(d.items())
            elif m == "values": res = list(d.values())
            elif m == "reversed": res = list(reversed(d))
            elif m == "in": res = k in d
            else: res = d == dict(reversed(list(d.items())))
            ops.append("%s=%r" % (m, res))
        except Exception as e:
            ops.append("%s:%s:%s" % (m, type(e).__name__, e))
    out.append("%s -> %r" % (" ".join(ops), d))
print("\n".join(out))
