l = [1, [2, [3, []]], "s", None, 1.5, (1,), {}]
print(l, str(l), repr(l))
r = [1]
r.append(r)
print(r)
d = {"k": []}
d["k"].append(d)
print(d)
