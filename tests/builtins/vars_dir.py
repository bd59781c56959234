class C:
    a = 1
    def m(self): pass
c = C()
c.z = 3
print(vars(c), sorted(n for n in dir(c) if not n.startswith("__")), "a" in dir(C))
print([n for n in dir([]) if not n.startswith("_")][:5])
try:
    vars(5)
except TypeError as e:
    print(e)
