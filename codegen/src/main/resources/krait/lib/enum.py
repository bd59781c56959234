"""Krait's enum: Enum, IntEnum, StrEnum, Flag, IntFlag (with their boundaries), auto, member, nonmember, unique.

The metaclass takes the members out of the class body, creates the class, then makes each member with the class's
own __new__ (or the mixed-in type's), sets _value_, _name_ and calls __init__; equal values become aliases. Flag
classes keep the masks of their bits, build composite members on demand and check values against their boundary."""


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """A member value chosen by the class's _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Forces a value (a function, say) to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps a value from becoming a member."""

    def __init__(self, value):
        self.value = value


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name.lstrip('_')
    return name.startswith(prefix) and not name.endswith('__')


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def bin(num, max_bits=None):
    """Two's complement binary with the sign bit apart: bin(8, 4) is '0b0 1000', bin(-3) is '0b1 01'."""
    width = num.bit_length()
    if num >= 0:
        sign, digits = '0', format(num, 'b') if num else ''
        digits = digits.rjust(width, '0')
    else:
        sign, digits = '1', format(num & ((1 << width) - 1), 'b').rjust(width, '0')
    if not digits:
        digits = '0'
    if max_bits is not None and len(digits) < max_bits:
        digits = digits.rjust(max_bits, sign)
    return '0b%s %s' % (sign, digits)


_Enum = None       # Enum, Flag and ReprEnum once they exist: the metaclass builds them too
_Flag = None
_ReprEnum = None


class _EnumDict(dict):
    """The class body's namespace: auto() values are chosen as they are assigned, so later lines can use them."""

    def __init__(self, generate):
        super().__init__()
        self._generate = generate
        self._count = 0
        self._last_values = []

    def __setitem__(self, key, value):
        if key == '_generate_next_value_':
            self._generate = value.__func__ if isinstance(value, staticmethod) else value
        elif not (_is_dunder(key) or _is_sunder(key) or _is_descriptor(value)
                  or isinstance(value, (member, nonmember))):
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate(key, 1, self._count, self._last_values[:])
                value = value.value
            self._count += 1
            self._last_values.append(value)
        dict.__setitem__(self, key, value)


class EnumType(type):
    @classmethod
    def __prepare__(mcls, cls, bases, **kwds):
        first_enum = bases[-1] if bases and isinstance(bases[-1], EnumType) else None
        return _EnumDict(getattr(first_enum, '_generate_next_value_', None))

    def __new__(mcls, name, bases, ns, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(mcls, name, bases, ns, **kwds)
        ignore = ns.pop('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for key in ignore:
            ns.pop(key, None)
        order = ns.pop('_order_', None)
        member_type, first_enum = mcls._get_mixins_(name, bases)
        members = []
        for key, value in list(ns.items()):
            if isinstance(value, nonmember):
                ns[key] = value.value
            elif isinstance(value, member):
                members.append((key, value.value))
                del ns[key]
            elif not (_is_dunder(key) or _is_sunder(key) or _is_private(name, key) or _is_descriptor(value)):
                members.append((key, value))
                del ns[key]
        if {'mro', ''} & {key for key, _ in members}:
            raise ValueError('invalid enum member name(s) %s'
                             % ','.join(repr(k) for k, _ in members if k in ('mro', '')))
        new_member, save_new, use_args = mcls._find_new_(ns, member_type, first_enum)
        cls = super().__new__(mcls, name, bases, ns, **kwds)
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        cls._unhashable_values_ = []
        cls._member_type_ = member_type
        cls._value_repr_ = mcls._find_data_repr_(bases)
        is_flag = _Flag is not None and issubclass(cls, _Flag)
        if is_flag or boundary is not None:
            cls._boundary_ = boundary or getattr(first_enum, '_boundary_', None)
            cls._flag_mask_ = cls._singles_mask_ = cls._all_bits_ = 0
        last_values = []
        for index, (key, value) in enumerate(members):
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = cls._generate_next_value_(key, 1, index, last_values[:])
                value = value.value
            last_values.append(value)
            mcls._add_member_(cls, key, value, new_member, use_args, is_flag)
        defined = set(ns)
        if _ReprEnum is not None and _ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.)')
            if '__format__' not in defined:
                cls.__format__ = member_type.__format__
                defined.add('__format__')
            if '__str__' not in defined:
                cls.__str__ = member_type.__str__ if member_type.__str__ is not object.__str__ else member_type.__repr__
                defined.add('__str__')
        if first_enum is not None and member_type is not object:
            # a mixed-in type's repr, str and format would come first in the MRO; members keep the enum's own
            for attr in ('__repr__', '__str__', '__format__'):
                if attr not in defined and getattr(cls, attr) in (getattr(member_type, attr), getattr(object, attr)):
                    setattr(cls, attr, getattr(first_enum, attr))
        if is_flag and member_type is not object:
            for attr in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if attr not in ns:
                    setattr(cls, attr, getattr(_Flag, attr))
        if _Enum is not None:
            if save_new:
                cls.__new_member__ = staticmethod(new_member)
            type.__setattr__(cls, '__new__', _Enum.__dict__['__new__'])
        if is_flag:
            mcls._check_flag_aliases_(cls)
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            order = [o for o in order if o not in cls._member_map_ or o in cls._member_names_]
            if order != cls._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r' % (cls._member_names_, order))
        return cls

    @staticmethod
    def _get_mixins_(name, bases):
        if not bases:
            return object, _Enum
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as `EnumName([mixin_type, ...] [data_type,] enum_type)`')
        if first_enum._member_names_:
            raise TypeError('%s: cannot extend enumeration %r' % (name, first_enum.__name__))
        member_type = object
        for base in bases:
            for klass in base.__mro__:
                if klass is object:
                    continue
                if isinstance(klass, EnumType):
                    if klass._member_type_ is not object:
                        member_type = klass._member_type_
                        break
                elif '__new__' in klass.__dict__ or '__dataclass_fields__' in klass.__dict__ or \
                        klass in (int, str, float, complex, bytes, tuple, frozenset):
                    member_type = klass
                    break
            if member_type is not object:
                break
        return member_type, first_enum

    @staticmethod
    def _find_data_repr_(bases):
        for base in bases:
            for klass in base.__mro__:
                if klass is object:
                    continue
                if isinstance(klass, EnumType):
                    if klass.__dict__.get('_value_repr_') is not None:
                        return klass._value_repr_
                elif '__repr__' in klass.__dict__:
                    return klass.__dict__['__repr__']
        return None

    @staticmethod
    def _find_new_(ns, member_type, first_enum):
        new = ns.get('__new__')
        if isinstance(new, staticmethod):
            new = new.__func__
        if new is not None:
            return new, True, True
        skip = (None, object.__new__, _Enum.__new__ if _Enum is not None else None)
        for attr in ('__new_member__', '__new__'):
            for possible in (member_type, first_enum):
                target = getattr(possible, attr, None)
                if target not in skip:
                    return target, False, True
        return object.__new__, False, False

    @staticmethod
    def _add_member_(cls, key, value, new_member, use_args, is_flag):
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        m = new_member(cls, *args) if use_args else new_member(cls)
        if '_value_' not in getattr(m, '__dict__', ()):
            if cls._member_type_ is object:
                m._value_ = value
            else:
                try:
                    m._value_ = cls._member_type_(*args)
                except Exception as exc:
                    raise TypeError('_value_ not set in __new__, unable to create it') from exc
        value = m._value_
        m._name_ = key
        m.__objclass__ = cls
        for klass in cls.__mro__:
            if '__init__' in klass.__dict__:
                if klass is not _Enum and klass is not object:
                    m.__init__(*args)
                break
        m._sort_order_ = len(cls._member_names_)
        if is_flag and isinstance(value, int):
            cls._flag_mask_ |= value
            if _is_single_bit(value):
                cls._singles_mask_ |= value
            cls._all_bits_ = 2 ** cls._flag_mask_.bit_length() - 1
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for other in cls._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is not None:
            m = canonical
        elif not is_flag or (isinstance(value, int) and _is_single_bit(value)):
            cls._member_names_.append(key)
        type.__setattr__(cls, key, m)
        cls._member_map_[key] = m
        try:
            cls._value2member_map_.setdefault(value, m)
        except TypeError:
            cls._unhashable_values_.append(value)

    @staticmethod
    def _check_flag_aliases_(cls):
        multi = 0
        for m in cls._member_map_.values():
            if isinstance(m._value_, int) and not _is_single_bit(m._value_):
                multi |= m._value_
        if cls._boundary_ is not KEEP:
            missed = multi & ~cls._singles_mask_
            if missed:
                bits = [1 << i for i in range(missed.bit_length()) if missed >> i & 1]
                raise TypeError('invalid Flag %r -- missing values: %s' % (cls, ', '.join(str(b) for b in bits)))

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is not None:
            return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                                boundary=boundary)
        return cls._lookup_(value)

    def _lookup_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc, result = e, None
        if isinstance(result, cls):
            return result
        if _Flag is not None and issubclass(cls, _Flag) and cls._boundary_ is EJECT and isinstance(result, int):
            return result
        not_valid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if exc is None:
            if result is None:
                raise not_valid
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = not_valid
        raise exc

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        ns = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last_values = names, [], []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for key, value in (names.items() if hasattr(names, 'items') else names):
            ns[key] = value
        ns['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            ns['__qualname__'] = qualname
        return EnumType.__new__(EnumType, class_name, bases, ns, boundary=boundary)

    def __contains__(cls, value):
        if not isinstance(value, _Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(value).__qualname__, type(cls).__qualname__))
        return isinstance(value, cls) and value._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = ['__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__', '__iter__', '__len__',
                 '__members__', '__module__', '__name__', '__qualname__'] + cls._member_names_
        if '__new_member__' in cls.__dict__:
            names.append('__new__')
        return sorted(set(names))

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[n] for n in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[n] for n in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if _Flag is not None and issubclass(cls, _Flag):
            return '<flag %r>' % cls.__name__
        return '<enum %r>' % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % name)
        super().__setattr__(name, value)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    def __new__(cls, value):
        return type(cls)._lookup_(cls, value)

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

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
        v_repr = type(self)._value_repr_ or repr
        return '<%s.%s: %s>' % (type(self).__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        for klass in type(self).__mro__:
            if klass is _Enum or klass is object or klass is self._member_type_:
                break
            names.update(n for n in klass.__dict__ if not n.startswith('_'))
        names.update(n for n in getattr(self, '__dict__', {}) if not n.startswith('_'))
        return sorted(names)


_Enum = Enum


class ReprEnum(Enum):
    """Members keep the mixed-in type's str and format; only repr shows the enum."""


_ReprEnum = ReprEnum


class IntEnum(int, ReprEnum):
    pass


class StrEnum(str, ReprEnum):
    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        m = str.__new__(cls, value)
        m._value_ = value
        return m

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = last_values[-1]
        if not isinstance(last, int):
            raise TypeError('invalid flag value %r' % last) from None
        high = last.bit_length() - 1
        return 2 ** (high + 1)

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value == m._value_ and m._value_:
                yield m

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, bin(value, width), bin(flag_mask, width)))
            if boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP and value < 0:
                value += max(all_bits + 1, 2 ** value.bit_length())
        if value < 0:
            neg_value = value
            value += all_bits + 1
        unknown = value & ~flag_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]' % (cls.__name__, value, unknown, bin(unknown)))
        pseudo = object.__new__(cls) if cls._member_type_ is object else cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        singles = value & cls._singles_mask_
        multi = value & ~cls._singles_mask_
        if singles or multi:
            members = list(cls._iter_member_(singles))
            combined = 0
            for m in members:
                combined |= m._value_
            if multi:
                for m in cls._member_map_.values():
                    if m not in members and m._value_ and m._value_ & value == m._value_:
                        members.append(m)
                        combined |= m._value_
            rest = value ^ combined
            if not combined:
                pseudo._name_ = None
            elif rest and cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, rest))
            else:
                pseudo._name_ = '|'.join(m._name_ for m in members)
                if rest:
                    pseudo._name_ += '|%s' % cls._numeric_repr_(rest)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        v_repr = type(self)._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (type(self).__name__, v_repr(self._value_))
        return '<%s.%s: %s>' % (type(self).__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand_(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._operand_(other)
        if other is NotImplemented:
            return other
        return type(self)(self._value_ | other)

    def __and__(self, other):
        other = self._operand_(other)
        if other is NotImplemented:
            return other
        return type(self)(self._value_ & other)

    def __xor__(self, other):
        other = self._operand_(other)
        if other is NotImplemented:
            return other
        return type(self)(self._value_ ^ other)

    def __invert__(self):
        cls = type(self)
        if cls._boundary_ in (EJECT, KEEP):
            return cls(~self._value_)
        return cls(cls._singles_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


_Flag = Flag


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    pass


def unique(enumeration):
    dups = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
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
        enum_class = EnumType(cls.__name__, (etype,), ns, boundary=boundary)
        enum_class.__module__ = cls.__module__
        enum_class.__qualname__ = cls.__qualname__
        return enum_class
    return convert_class


def _test_simple_enum(checked_enum, simple_enum):
    """Checks that an enum made by _simple_enum has the members of the one it imitates."""
    if [(m.name, m.value) for m in checked_enum] != [(m.name, m.value) for m in simple_enum]:
        raise TypeError('enum mismatch: %r != %r' % (checked_enum, simple_enum))
