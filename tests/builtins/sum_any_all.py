print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(()), sum(range(5), start=1))
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any(x > 2 for x in [1, 3]), all("abc"))
try:
    sum(["a", "b"])
except TypeError as e:
    print(e)
try:
    sum([1, 2], "")
except TypeError as e:
    print(e)
