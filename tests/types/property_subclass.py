# Subclasses of property: __init__ through super(), overridden __get__/__set__/__delete__ seen by attribute
# access, getter/setter/deleter keeping the subclass, __doc__ from the getter, __set_name__, and the recipes
# built on it (class properties, logged and cached properties, typed attributes).
import abc


class Logged(property):
    log = []

    def __init__(self, fget=None, fset=None, fdel=None, doc=None, *, label="?"):
        super().__init__(fget, fset, fdel, doc)
        self.label = label

    def __get__(self, obj, objtype=None):
        if obj is not None:
            Logged.log.append(("get", self.label))
        return super().__get__(obj, objtype)

    def __set__(self, obj, value):
        Logged.log.append(("set", self.label, value))
        super().__set__(obj, value)

    def __delete__(self, obj):
        Logged.log.append(("del", self.label))
        super().__delete__(obj)

    def setter(self, f):
        new = super().setter(f)
        new.label = self.label
        return new


class Point:
    def __init__(self):
        self._x = 0

    def _get(self):
        "the x coordinate"
        return self._x

    def _set(self, v):
        self._x = v

    def _del(self):
        self._x = None

    x = Logged(_get, _set, _del, label="x")


p = Point()
p.x = 5
print(p.x)
del p.x
print(p.x, Logged.log)
print(type(Point.__dict__["x"]).__name__, Point.x.label, Point.x.__doc__, Point.x.fget.__name__)
print(isinstance(Point.x, property), issubclass(Logged, property), Logged.__mro__)


class Temp:
    def __init__(self):
        self._c = 0

    @Logged
    def celsius(self):
        "degrees Celsius"
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v


t = Temp()
t.celsius = 20
print(t.celsius, type(Temp.celsius).__name__, Temp.celsius.__doc__, Temp.celsius.label)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    del t.celsius
except AttributeError as e:
    print("AttributeError:", e)


class classproperty(property):
    def __get__(self, obj, objtype=None):
        return self.fget(objtype if objtype is not None else type(obj))


class Config:
    _name = "cfg"

    @classproperty
    def name(cls):
        return cls._name.upper()


class SubConfig(Config):
    _name = "sub"


print(Config.name, SubConfig.name, Config().name, SubConfig().name)


class cached(property):
    """Computes once per instance, then serves the stored value."""

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        key = "_cache_" + self.fget.__name__
        if key not in obj.__dict__:
            obj.__dict__[key] = super().__get__(obj, objtype)
        return obj.__dict__[key]


class Data:
    calls = 0

    @cached
    def total(self):
        Data.calls += 1
        return sum(range(10))


d = Data()
print(d.total, d.total, Data.calls, isinstance(Data.total, cached), Data.total.__doc__)
try:
    d.total = 3
except AttributeError as e:
    print("AttributeError:", e)


class Typed(property):
    def __init__(self, kind):
        self.kind = kind
        super().__init__(self._get, self._set)

    def __set_name__(self, owner, name):
        super().__set_name__(owner, name)
        self.attr = "_" + name

    def _get(self, obj):
        return getattr(obj, self.attr)

    def _set(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.attr[1:], self.kind.__name__))
        setattr(obj, self.attr, value)


class Person:
    age = Typed(int)
    name = Typed(str)


pe = Person()
pe.age = 3
pe.name = "Ann"
print(pe.age, pe.name, Person.age.attr)
try:
    pe.age = "x"
except TypeError as e:
    print("TypeError:", e)


class Plain(property):
    pass


def getter(self):
    "getter doc"
    return 1


def other(self):
    "other doc"
    return 2


pl = Plain(getter)
print(pl.__doc__, pl.__dict__, Plain(getter, doc="explicit").__doc__, Plain().__doc__, Plain(None, doc="d").__doc__)
print(type(pl.getter(other)).__name__, pl.getter(other).__doc__, pl.setter(other).fset is other,
      type(pl.deleter(other)).__name__, pl.deleter(other).fdel is other)
print(property(getter, doc="expl").getter(other).__doc__, property(getter).getter(other).__doc__)


class Holder:
    a = Plain(getter)
    b = Plain()


h = Holder()
print(h.a)
for op in (lambda: h.b, lambda: setattr(h, "a", 1), lambda: delattr(h, "a")):
    try:
        op()
    except AttributeError as e:
        print("AttributeError:", e)
for bad in (lambda: Plain(1, 2, 3, 4, 5), lambda: Plain(foo=1), lambda: property(foo=1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class WithName(property):
    def getter(self, f):
        return "custom getter"


print(WithName(getter).getter(other), WithName(getter).setter(other).fset is other)


class Base(abc.ABC):
    @Plain
    @abc.abstractmethod
    def value(self):
        ...


class Impl(Base):
    @Plain
    def value(self):
        return 42


print(Base.value.__isabstractmethod__, Impl().value, Impl.value.__isabstractmethod__)
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
print(hasattr(property(), "__name__"), hasattr(Plain(), "__name__"))
