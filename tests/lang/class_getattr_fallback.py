class Dyn:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.real, d.xyz, getattr(d, "xa", None), hasattr(d, "nope"))
try:
    d.nope
except AttributeError as e:
    print(e)
