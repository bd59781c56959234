"""Krait's dataclasses: @dataclass (init, repr, eq, order, frozen, unsafe_hash, kw_only), field, fields,
asdict, astuple, replace, is_dataclass. Methods are closures over the field list (no code generation)."""
import copy as _copy


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


# The default inspect.signature shows for a field with a default_factory.
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()


class InitVar:
    """A pseudo-field passed to __init__ and on to __post_init__, never stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return 'dataclasses.InitVar[%s]' % name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare', 'metadata',
                 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = metadata if metadata is not None else {}
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,compare=%r,'
                'metadata=%r,kw_only=%r,_field_type=%s)' % (self.name, self.type, self.default, self.default_factory,
                                                           self.init, self.repr, self.hash, self.compare, self.metadata,
                                                           self.kw_only, self._field_type))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


def fields(class_or_instance):
    try:
        fs = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fs.values() if f._field_type == '_FIELD')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_classvar(tp):
    return (isinstance(tp, str) and tp.startswith(('ClassVar', 'typing.ClassVar'))) or \
        getattr(tp, '_name', None) == 'ClassVar'


def _is_initvar(tp):
    return tp is InitVar or isinstance(tp, InitVar) or \
        (isinstance(tp, str) and tp.startswith(('InitVar', 'dataclasses.InitVar')))


def _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    all_fields = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = base.__dict__.get(_FIELDS)
        if base_fields:
            for f in base_fields.values():
                all_fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    kw_only_from_here = False
    for name, tp in annotations.items():
        if tp is KW_ONLY or (isinstance(tp, str) and tp.endswith('KW_ONLY')):
            kw_only_from_here = True
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            if isinstance(default, (list, dict, set)):
                raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                                 % (type(default), name))
            f = field(default=default)
        f.name = name
        f.type = tp
        f._field_type = '_FIELD_CLASSVAR' if _is_classvar(tp) else '_FIELD_INITVAR' if _is_initvar(tp) else '_FIELD'
        if f.kw_only is MISSING:
            f.kw_only = kw_only or kw_only_from_here
        all_fields[name] = f
        if isinstance(default, Field):
            if f.default is MISSING:
                try:
                    delattr(cls, name)
                except AttributeError:
                    pass
            else:
                setattr(cls, name, f.default)
    setattr(cls, _FIELDS, all_fields)
    setattr(cls, _PARAMS, {'init': init, 'repr': repr, 'eq': eq, 'order': order, 'frozen': frozen})
    flds = [f for f in all_fields.values() if f._field_type == '_FIELD']
    initvars = [f for f in all_fields.values() if f._field_type == '_FIELD_INITVAR']
    init_fields = [f for f in all_fields.values() if f.init and f._field_type != '_FIELD_CLASSVAR']
    positional = [f for f in init_fields if not f.kw_only]
    keyword = [f for f in init_fields if f.kw_only]
    seen_default = False
    for f in positional:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError('non-default argument %r follows default argument' % f.name)
    qual = cls.__qualname__

    if init and '__init__' not in cls.__dict__:
        # The common shape (every field set positionally, defaults but no factories) binds without building dicts.
        # Fields are set as CPython's generated __init__ sets them: through the class's __setattr__, or
        # object.__setattr__ for a frozen class.
        set_field = object.__setattr__ if frozen else setattr
        fast_names = tuple(f.name for f in positional)
        fast_defaults = tuple(f.default for f in positional)
        fast_min = sum(1 for f in positional if f.default is MISSING)
        fast = (not keyword and not initvars and len(positional) == len(flds)
                and all(f.init and f.default_factory is MISSING for f in flds))
        has_post = hasattr(cls, '__post_init__')

        def __init__(self, *args, **kwargs):
            if fast and not kwargs:
                n = len(args)
                if fast_min <= n <= len(fast_names):
                    i = 0
                    for a in args:
                        set_field(self, fast_names[i], a)
                        i += 1
                    while i < len(fast_names):
                        set_field(self, fast_names[i], fast_defaults[i])
                        i += 1
                    if has_post:
                        self.__post_init__()
                    return
            if len(args) > len(positional):
                required = sum(1 for f in positional if f.default is MISSING and f.default_factory is MISSING)
                if required == len(positional):
                    takes = '%d positional argument%s' % (required + 1, 's' if required else '')
                else:
                    takes = 'from %d to %d positional arguments' % (required + 1, len(positional) + 1)
                raise TypeError('%s.__init__() takes %s but %d were given' % (qual, takes, len(args) + 1))
            values = {}
            for f, a in zip(positional, args):
                values[f.name] = a
            for k, v in kwargs.items():
                if k in values:
                    raise TypeError("%s.__init__() got multiple values for argument '%s'" % (qual, k))
                if k not in {f.name for f in init_fields}:
                    raise TypeError("%s.__init__() got an unexpected keyword argument '%s'" % (qual, k))
                values[k] = v
            missing = [f.name for f in init_fields if f.name not in values
                       and f.default is MISSING and f.default_factory is MISSING]
            if missing:
                kind = 'positional ' if all(not f.kw_only for f in init_fields if f.name in missing) else 'keyword-only '
                if len(missing) == 1:
                    raise TypeError("%s.__init__() missing 1 required %sargument: '%s'" % (qual, kind, missing[0]))
                names = ', '.join("'%s'" % m for m in missing[:-1]) + " and '%s'" % missing[-1]
                raise TypeError('%s.__init__() missing %d required %sarguments: %s' % (qual, len(missing), kind, names))
            for f in flds:
                if f.name in values:
                    v = values[f.name]
                elif f.default_factory is not MISSING:
                    v = f.default_factory()
                elif f.default is not MISSING:
                    v = f.default
                else:
                    continue
                set_field(self, f.name, v)
            if has_post:
                self.__post_init__(*[values[f.name] if f.name in values else f.default for f in initvars])
        __init__.__qualname__ = qual + '.__init__'
        __init__.__annotations__ = dict([(f.name, f.type) for f in positional + keyword] + [('return', None)])
        # This __init__ binds *args/**kwargs itself (no code generation); inspect.signature reads the parameters
        # CPython's generated __init__ would have from here: (name, keyword-only, default or MISSING).
        __init__.__krait_signature__ = tuple(
            (f.name, f.kw_only, _HAS_DEFAULT_FACTORY if f.default_factory is not MISSING else f.default)
            for f in positional + keyword)
        cls.__init__ = __init__

    if repr and '__repr__' not in cls.__dict__:
        def __repr__(self):
            return qual + '(' + ', '.join('%s=%r' % (f.name, getattr(self, f.name)) for f in flds if f.repr) + ')'
        __repr__._dataclass_generated = True  # pprint lays out only dataclasses with this repr
        cls.__repr__ = __repr__

    cmp_fields = [f for f in flds if f.compare]

    def astuple_cmp(self):
        return tuple(getattr(self, f.name) for f in cmp_fields)

    if eq and '__eq__' not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return astuple_cmp(self) == astuple_cmp(other)
            return NotImplemented
        cls.__eq__ = __eq__

    if order:
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if name in cls.__dict__:
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering'
                                % (name, cls.__name__))

            def make(op):
                def compare(self, other):
                    if other.__class__ is self.__class__:
                        return op(astuple_cmp(self), astuple_cmp(other))
                    return NotImplemented
                return compare
            setattr(cls, name, make(op))

    # slots=True replaces the class: the frozen hooks look the class up here, not in a captured variable
    owner = [cls]
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is owner[0] or name in all_fields:
                raise FrozenInstanceError("cannot assign to field '%s'" % name)
            super(owner[0], self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is owner[0] or name in all_fields:
                raise FrozenInstanceError("cannot delete field '%s'" % name)
            super(owner[0], self).__delattr__(name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__

    hash_fields = [f for f in flds if (f.compare if f.hash is None else f.hash)]
    has_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash or (eq and frozen):
        if not has_hash or unsafe_hash:
            cls.__hash__ = lambda self: hash(tuple(getattr(self, f.name) for f in hash_fields))
    elif eq and not has_hash:
        cls.__hash__ = None

    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in positional)
    if slots:
        cls = owner[0] = _add_slots(cls, flds)
    return cls


def _add_slots(cls, flds):
    if '__slots__' in cls.__dict__:
        raise TypeError('%s already specifies __slots__' % cls.__name__)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        base_slots = base.__dict__.get('__slots__', ())
        inherited.update([base_slots] if isinstance(base_slots, str) else base_slots)
    cls_dict = dict(cls.__dict__)
    cls_dict['__slots__'] = tuple(f.name for f in flds if f.name not in inherited)
    for f in flds:
        cls_dict.pop(f.name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = cls.__qualname__
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    cls.__qualname__ = qualname
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('astuple() should be called on dataclass instances')
    return tuple_factory([_astuple_inner(getattr(obj, f.name)) for f in fields(obj)])


def _astuple_inner(obj):
    if is_dataclass(obj) and not isinstance(obj, type):
        return tuple(_astuple_inner(getattr(obj, f.name)) for f in fields(obj))
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k), _astuple_inner(v)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
