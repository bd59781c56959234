d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["d"] = 4
print(len(k), list(v), ("d", 4) in i)
print(k & {"a", "z"}, k | {"x"} == {"a", "b", "c", "d", "x"}, k - {"a"} == {"b", "c", "d"})
print(sorted(k ^ {"a", "q"}))
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as e:
    print(e)
