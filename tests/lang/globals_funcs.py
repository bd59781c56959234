g = 1
def read(): return g
def write():
    global g
    g = 2
print(read()); write(); print(read())
def make():
    global made
    def made(): return "made"
make()
print(made())
print(sorted(k for k in globals() if not k.startswith("__")))
