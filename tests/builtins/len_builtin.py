print(len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(b"xy"), len(""))
class L:
    def __len__(self): return 7
print(len(L()))
for bad in [5, None, 3.5]:
    try:
        len(bad)
    except TypeError as e:
        print(e)
class Neg:
    def __len__(self): return -1
try:
    len(Neg())
except ValueError as e:
    print(e)
