class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self.target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self.target, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self.target, name)
class T:
    a = 1
t = T()
p = Proxy(t)
print(p.a)
p.b = 2
print(t.b, p.b)
del p.b
print(hasattr(t, "b"))
print(p.log)
class Strict:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
s = Strict()
s.public = 1
print(s.public, s.secret_key, s.missing)
print(getattr(s, "nothing", "dflt"))
