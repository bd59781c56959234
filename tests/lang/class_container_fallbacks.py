class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
s = Seq()
print(list(s), 9 in s, 5 in s)
for x in s:
    print(x, end=" ")
print()
class Rev:
    def __init__(self, d):
        self.d = d
    def __len__(self):
        return len(self.d)
    def __getitem__(self, i):
        return self.d[i]
print(list(reversed(Rev("abc"))))
class CustomRev:
    def __reversed__(self):
        return iter([3, 2, 1])
print(list(reversed(CustomRev())))
class Truthy:
    def __len__(self):
        return 0
print(bool(Truthy()), not Truthy())
class B2:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(B2()))
class DictMissing(dict):
    def __missing__(self, key):
        return key * 2
d = DictMissing(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d)
