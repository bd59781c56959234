"""Krait's enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique."""


class auto:
    _counter = 0

    def __init__(self):
        auto._counter += 1
        self._order = auto._counter
        self.value = None


class _EnumDict(dict):
    pass


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


class EnumMeta(type):
    @classmethod
    def __prepare__(mcls, cls, bases, **kwds):
        return {}

    def __new__(mcls, name, bases, ns, **kwds):
        member_names = []
        for key, value in list(ns.items()):
            if key.startswith('_') or _is_descriptor(value) or isinstance(value, (classmethod, staticmethod)):
                continue
            member_names.append(key)
        base_enum = None
        for b in bases:
            if isinstance(b, EnumMeta):
                base_enum = b
        if base_enum is not None and base_enum._member_names_:
            raise TypeError('%s: cannot extend enumeration %r' % (name, base_enum.__name__))
        values = {}
        for key in member_names:
            values[key] = ns.pop(key)
        cls = super().__new__(mcls, name, bases, ns, **kwds)
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        data_type = None
        for klass in cls.__mro__[1:]:
            if klass is not object and not isinstance(klass, EnumMeta):
                data_type = klass
                break
        cls._member_type_ = data_type
        if data_type is not None and '__repr__' not in ns:
            # The mixed-in type's repr would win in the MRO; members keep the enum's.
            type.__setattr__(cls, '__repr__', Enum.__repr__)
        last = None
        for index, key in enumerate(member_names):
            value = values[key]
            if isinstance(value, auto):
                value = cls._generate_next_value_(key, 1, index, [m._value_ for m in cls._member_map_.values()])
            if key in cls._member_map_:
                raise TypeError('%r already defined as %r' % (key, cls._member_map_[key]))
            existing = None
            for m in cls._member_map_.values():
                if m._value_ == value:
                    existing = m
                    break
            if existing is not None:
                cls._member_map_[key] = existing
                type.__setattr__(cls, key, existing)
                continue
            if data_type is not None:
                args = value if isinstance(value, tuple) else (value,)
                member = data_type.__new__(cls, *args)
            else:
                member = object.__new__(cls)
            member._name_ = key
            member._value_ = value
            member.__objclass__ = cls
            init = cls.__dict__.get('__init__') or next((k.__dict__['__init__'] for k in cls.__mro__[1:]
                                                          if '__init__' in k.__dict__ and isinstance(k, EnumMeta)
                                                          and k is not Enum), None)
            if init is not None:
                init(member, *(value if isinstance(value, tuple) else (value,)))
            cls._member_names_.append(key)
            cls._member_map_[key] = member
            try:
                cls._value2member_map_[value] = member
            except TypeError:
                pass
            type.__setattr__(cls, key, member)
        return cls

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is not None:
            return cls._create_(value, names, start)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))

    def _create_(cls, name, names, start):
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        ns = {}
        for i, item in enumerate(names):
            if isinstance(item, str):
                ns[item] = start + i
            else:
                ns[item[0]] = item[1]
        if isinstance(names, dict):
            ns = dict(names)
        return EnumMeta(name, (cls,), ns)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[n] for n in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[n] for n in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            return member in cls._value2member_map_
        return isinstance(member, cls) and member._name_ in cls._member_map_

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % name)
        super().__setattr__(name, value)

    def __bool__(cls):
        return True


EnumType = EnumMeta


class Enum(metaclass=EnumMeta):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            if isinstance(v, int):
                return v + 1
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        vr = (self._member_type_ or object).__repr__(self._value_) if self._member_type_ else repr(self._value_)
        return '<%s.%s: %s>' % (type(self).__name__, self._name_, vr)

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __dir__(self):
        return ['__class__', '__doc__', '__module__', 'name', 'value']


class ReprEnum(Enum):
    pass


class IntEnum(int, ReprEnum):
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return int.__format__(self, spec)


class StrEnum(str, ReprEnum):
    def __str__(self):
        return str.__str__(self)

    def __format__(self, spec):
        return str.__format__(self, spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        high = 0
        for v in last_values:
            if isinstance(v, int) and v > 0:
                high = max(high, v.bit_length())
        return 1 << high if last_values else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        pseudo = object.__new__(cls) if cls._member_type_ is None else cls._member_type_.__new__(cls, value)
        names = [m._name_ for m in cls if m._value_ and m._value_ & value == m._value_]
        pseudo._name_ = '|'.join(names) if names else None
        pseudo._value_ = value
        cls._value2member_map_[value] = pseudo
        return pseudo

    def __or__(self, other):
        return type(self)(self._value_ | type(self)(other)._value_)

    def __and__(self, other):
        return type(self)(self._value_ & type(self)(other)._value_)

    def __xor__(self, other):
        return type(self)(self._value_ ^ type(self)(other)._value_)

    def __invert__(self):
        mask = 0
        for m in type(self):
            mask |= m._value_
        return type(self)(mask & ~self._value_)

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __iter__(self):
        return (m for m in type(self) if m._value_ and m._value_ & self._value_ == m._value_)

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)


class IntFlag(int, ReprEnum, Flag):
    def __str__(self):
        return int.__repr__(self)


def unique(enumeration):
    seen = {}
    dups = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            dups.append((name, member.name))
    if dups:
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, ', '.join('%s -> %s' % pair for pair in dups)))
    return enumeration


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator turning a plain class's attributes into the members of an enum of type etype (the standard
    library's fast way to define enums)."""
    def convert_class(cls):
        ns = {k: v for k, v in cls.__dict__.items()
              if k not in ('__dict__', '__weakref__', '__module__', '__qualname__')}
        enum_class = EnumMeta(cls.__name__, (etype,), ns)
        enum_class.__module__ = cls.__module__
        enum_class.__qualname__ = cls.__qualname__
        return enum_class
    return convert_class


def _test_simple_enum(checked_enum, simple_enum):
    """Checks that an enum made by _simple_enum has the members of the one it imitates."""
    if [(m.name, m.value) for m in checked_enum] != [(m.name, m.value) for m in simple_enum]:
        raise TypeError('enum mismatch: %r != %r' % (checked_enum, simple_enum))
