d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d)
d["a"] = 100
print(d)
del d["z"]
d["z"] = -1
print(d, list(reversed(d)))
print({1: 1, 1.0: 2, True: 3})
e = {i: i * i for i in range(5)}
print(e, sum(e.values()))
