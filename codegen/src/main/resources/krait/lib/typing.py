"""Krait's typing: the names programs annotate with. Subscripted forms are accepted and print like CPython's;
no type checking happens at run time (as in CPython)."""
import collections.abc as _abc
import sys as _sys
from abc import ABCMeta as _ABCMeta

TYPE_CHECKING = False


class _Special:
    """A special form or generic alias: callable-free, subscriptable, printing as typing.X[...]."""

    def __init__(self, name, origin=None, args=(), module='typing'):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args
        self._module = module

    @property
    def __parameters__(self):
        return _type_params(self.__args__)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(type(None) if p is None else p for p in params)
        if self.__args__ and self.__parameters__:
            _check_count(self, self.__parameters__, params)
            return _Special(self._name, self.__origin__, _substitute(self.__args__, dict(zip(self.__parameters__, params))),
                            self._module)
        if self._name == 'Optional':
            return _Special('Optional', Union, (params[0], type(None)))
        if self._name == 'Union':
            flat = []
            for p in params:
                for q in (p.__args__ if isinstance(p, _Special) and p._name in ('Union', 'Optional') else (p,)):
                    if q not in flat:
                        flat.append(q)
            if len(flat) == 1:
                return flat[0]
            if len(flat) == 2 and type(None) in flat:
                other = flat[0] if flat[1] is type(None) else flat[1]
                return _Special('Optional', Union, (other, type(None)))
            return _Special('Union', Union, tuple(flat))
        return _Special(self._name, self.__origin__ or self, params, self._module)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is not None and isinstance(self.__origin__, type):
            return self.__origin__(*args, **kwargs)
        raise TypeError('Cannot instantiate %r' % self)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, type):
            return (origin,)
        return (Generic,)

    def __eq__(self, other):
        return (isinstance(other, _Special) and self._name == other._name
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __repr__(self):
        if self._name == 'Optional' and self.__args__:
            return 'typing.Optional[%s]' % _repr(self.__args__[0])
        if not self.__args__:
            return '%s.%s' % (self._module, self._name)
        if self._name == 'Callable' and len(self.__args__) == 2 and isinstance(self.__args__[0], list):
            return 'typing.Callable[[%s], %s]' % (', '.join(_repr(a) for a in self.__args__[0]), _repr(self.__args__[1]))
        return '%s.%s[%s]' % (self._module, self._name, ', '.join(_repr(a) for a in self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        if isinstance(self.__origin__, type):
            return isinstance(obj, self.__origin__)
        raise TypeError('Subscripted generics cannot be used with class and instance checks')


def _repr(t):
    if isinstance(t, type):
        if t.__module__ == 'builtins':
            return t.__qualname__
        return '%s.%s' % (t.__module__, t.__qualname__)
    if t is ...:
        return '...'
    if t is type(None):
        return 'None'
    return repr(t)


Any = _Special('Any')
NoReturn = _Special('NoReturn')
Never = _Special('Never')
Self = _Special('Self')
LiteralString = _Special('LiteralString')
Union = _Special('Union')
Optional = _Special('Optional')
Literal = _Special('Literal')
ClassVar = _Special('ClassVar')
Final = _Special('Final')
Annotated = _Special('Annotated')
TypeAlias = _Special('TypeAlias')
Concatenate = _Special('Concatenate')
TypeGuard = _Special('TypeGuard')
Required = _Special('Required')
NotRequired = _Special('NotRequired')
Unpack = _Special('Unpack')

List = _Special('List', list)
Dict = _Special('Dict', dict)
Set = _Special('Set', set)
FrozenSet = _Special('FrozenSet', frozenset)
Tuple = _Special('Tuple', tuple)
Type = _Special('Type', type)
Callable = _Special('Callable', _abc.Callable)
Iterable = _Special('Iterable', _abc.Iterable)
Iterator = _Special('Iterator', _abc.Iterator)
Generator = _Special('Generator', _abc.Generator)
Sequence = _Special('Sequence', _abc.Sequence)
MutableSequence = _Special('MutableSequence', _abc.MutableSequence)
Mapping = _Special('Mapping', _abc.Mapping)
MutableMapping = _Special('MutableMapping', _abc.MutableMapping)
AbstractSet = _Special('AbstractSet', _abc.Set)
MutableSet = _Special('MutableSet', _abc.MutableSet)
Collection = _Special('Collection', _abc.Collection)
Container = _Special('Container', _abc.Container)
Hashable = _Special('Hashable', _abc.Hashable)
Sized = _Special('Sized', _abc.Sized)
Reversible = _Special('Reversible', _abc.Reversible)
Awaitable = _Special('Awaitable', _abc.Awaitable)
Coroutine = _Special('Coroutine', _abc.Coroutine)
AsyncIterable = _Special('AsyncIterable', _abc.AsyncIterable)
AsyncIterator = _Special('AsyncIterator', _abc.AsyncIterator)
KeysView = _Special('KeysView', _abc.KeysView)
ItemsView = _Special('ItemsView', _abc.ItemsView)
ValuesView = _Special('ValuesView', _abc.ValuesView)
MappingView = _Special('MappingView', _abc.MappingView)
AsyncGenerator = _Special('AsyncGenerator', _abc.AsyncGenerator)
ByteString = _Special('ByteString', _abc.ByteString)
Pattern = _Special('Pattern')
Match = _Special('Match')
Text = str
AnyStr = None


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpec(TypeVar):
    args = Any
    kwargs = Any


class TypeVarTuple(TypeVar):
    pass


def _type_params(args):
    """The type variables in args, in first-seen order, looking inside nested aliases and Callable's list."""
    out = []
    for a in args:
        found = (a,) if isinstance(a, TypeVar) else _type_params(a) if isinstance(a, list) \
            else () if isinstance(a, type) else getattr(a, '__parameters__', ())
        for t in found:
            if t not in out:
                out.append(t)
    return tuple(out)


def _substitute(args, mapping):
    out = []
    for a in args:
        if isinstance(a, TypeVar):
            a = mapping.get(a, a)
        elif isinstance(a, list):
            a = list(_substitute(a, mapping))
        elif not isinstance(a, type) and getattr(a, '__parameters__', ()):
            inner = tuple(mapping.get(t, t) for t in a.__parameters__)
            a = a[inner if len(inner) > 1 else inner[0]]
        out.append(a)
    return tuple(out)


class _GenericAlias(_Special):
    """A user generic class subscripted (Box[int]): calling it builds an instance of the class."""

    def __init__(self, origin, args):
        super().__init__(origin.__qualname__, origin, args, origin.__module__)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        _check_count(self, self.__parameters__, params)
        return _GenericAlias(self.__origin__, _substitute(self.__args__, dict(zip(self.__parameters__, params))))

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        if self.__origin__ is Generic or self.__origin__ is Protocol:
            # Generic[T] adds nothing when another base already brings Generic in.
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) or isinstance(b, type) and issubclass(b, Generic):
                    return ()
        return (self.__origin__,)

    def __eq__(self, other):
        return (isinstance(other, _GenericAlias) and self.__origin__ is other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __repr__(self):
        o = self.__origin__
        return '%s.%s[%s]' % (o.__module__, o.__qualname__, ', '.join(_repr(a) for a in self.__args__))

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')


def _check_count(alias, params, args):
    if len(args) != len(params):
        raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                        % ('many' if len(args) > len(params) else 'few', alias, len(args), len(params)))


class Generic:
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError('Parameter list to %s[...] cannot be empty' % cls.__qualname__)
            if not all(isinstance(p, TypeVar) for p in params):
                raise TypeError('Parameters to %s[...] must all be type variables or parameter specification '
                                'variables.' % cls.__qualname__)
            if len(set(params)) != len(params):
                raise TypeError('Parameters to %s[...] must all be unique' % cls.__qualname__)
            return _GenericAlias(cls, params)
        params = tuple(type(None) if p is None else p for p in params)
        _check_count(cls, cls.__dict__.get('__parameters__', ()), params)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig = cls.__dict__.get('__orig_bases__')
        if orig is None:
            cls.__parameters__ = ()
            return
        tvars = _type_params(orig)
        declared = None
        for b in orig:
            if isinstance(b, _GenericAlias) and b.__origin__ is Generic:
                if declared is not None:
                    raise TypeError('Cannot inherit from Generic[...] multiple times.')
                declared = b.__parameters__
        if declared is not None:
            missing = [t for t in tvars if t not in declared]
            if missing:
                raise TypeError('Some type variables (%s) are not listed in Generic[%s]'
                                % (', '.join(str(t) for t in missing), ', '.join(str(t) for t in declared)))
            tvars = declared
        cls.__parameters__ = tvars


# Names a protocol class has that are not members of the protocol.
_NOT_MEMBERS = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__', '__new__',
    '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__', '__qualname__', '__parameters__',
    '__orig_bases__', '__init_subclass__', '__match_args__', '__protocol_attrs__', '_is_protocol',
    '_is_runtime_protocol', '_abc_registry', '_abc_cache', '__firstlineno__', '__static_attributes__'})


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for name in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):
            if name not in _NOT_MEMBERS:
                attrs.add(name)
    return attrs


class _ProtocolMeta(_ABCMeta):
    """isinstance and issubclass against a @runtime_checkable protocol look for its members (structural)."""

    def __instancecheck__(cls, instance):
        if not cls.__dict__.get('_is_protocol', False):
            return super().__instancecheck__(instance)
        _require_runtime(cls)
        if type.__instancecheck__(cls, instance):
            return True
        for attr in _protocol_attrs(cls):
            value = getattr(instance, attr, _MISSING)
            if value is _MISSING or (value is None and callable(getattr(cls, attr, None))):
                return False
        return True

    def __subclasscheck__(cls, other):
        if not cls.__dict__.get('_is_protocol', False):
            return super().__subclasscheck__(other)
        _require_runtime(cls)
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        for attr in _protocol_attrs(cls):
            if not callable(getattr(cls, attr, None)):
                raise TypeError("Protocols with non-method members don't support issubclass()")
        if super().__subclasscheck__(other):
            return True
        for attr in _protocol_attrs(cls):
            if not any(attr in base.__dict__ for base in other.__mro__):
                return False
        return True


_MISSING = object()


def _require_runtime(cls):
    if not cls.__dict__.get('_is_runtime_protocol', False):
        raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')


class Protocol(Generic, metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # A class is a protocol when Protocol is among its direct bases; classes implementing one are not.
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init

    @classmethod
    def __subclasshook__(cls, other):
        return NotImplemented


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


def runtime_checkable(cls):
    if not (isinstance(cls, type) and cls.__dict__.get('_is_protocol', False)):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    # Annotations written as strings (or under "from __future__ import annotations") are evaluated in the
    # namespace they were written in: the module of each class in the MRO, or the function's globals.
    hints = {}
    if isinstance(obj, type):
        for klass in reversed(obj.__mro__):
            ann = klass.__dict__.get('__annotations__', {})
            if not ann:
                continue
            module = _sys.modules.get(klass.__module__)
            g = globalns if globalns is not None else getattr(module, '__dict__', {})
            l = dict(klass.__dict__) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, g, l)
        return hints
    g = globalns if globalns is not None else getattr(obj, '__globals__', None)
    if g is None:
        module = _sys.modules.get(getattr(obj, '__module__', None))
        g = getattr(module, '__dict__', {})
    for name, value in (getattr(obj, '__annotations__', None) or {}).items():
        hints[name] = _eval_hint(value, g, localns)
    return hints


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = eval(value, globalns, localns)
        if value is None:
            return type(None)
    return value


def get_origin(tp):
    if tp is Generic:
        return Generic
    return getattr(tp, '__origin__', None) if isinstance(tp, _Special) else None


def get_args(tp):
    return getattr(tp, '__args__', ()) if isinstance(tp, _Special) else ()


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def assert_never(arg):
    raise AssertionError('Expected code to be unreachable, but got: %r' % (arg,))


def reveal_type(obj):
    return obj


class _NamedTupleMeta(type):
    def __new__(mcls, name, bases, ns):
        if ns.get('_root'):
            return super().__new__(mcls, name, bases, ns)
        from collections import namedtuple
        annotations = ns.get('__annotations__', {})
        fields = list(annotations)
        defaults = [ns[f] for f in fields if f in ns]
        nt = namedtuple(name, fields, defaults=defaults or None, module=ns.get('__module__', '__main__'))
        for key, value in ns.items():
            if key not in fields and key not in ('__annotations__', '__module__', '__qualname__', '__doc__'):
                setattr(nt, key, value)
        nt.__annotations__ = annotations
        return nt


class NamedTuple(metaclass=_NamedTupleMeta):
    _root = True


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        annotations = {}
        for b in bases:
            annotations.update(getattr(b, '__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        cls = super().__new__(mcls, name, (dict,), dict(ns))
        cls.__annotations__ = annotations
        cls.__total__ = total
        return cls


class TypedDict(dict, metaclass=_TypedDictMeta):
    pass


def _collections_alias(name, attr):
    import collections
    return _Special(name, getattr(collections, attr))


DefaultDict = _collections_alias('DefaultDict', 'defaultdict')
OrderedDict = _collections_alias('OrderedDict', 'OrderedDict')
Counter = _collections_alias('Counter', 'Counter')
Deque = _collections_alias('Deque', 'deque')
ChainMap = _collections_alias('ChainMap', 'ChainMap')


class ContextManager(Generic):
    """typing.ContextManager: anything with __enter__ and __exit__."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is ContextManager:
            return hasattr(C, '__enter__') and hasattr(C, '__exit__') or NotImplemented
        return NotImplemented


class AsyncContextManager(Generic):
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None


class IO(Generic):
    """The generic file interface of typing (open() returns instances of its io counterparts)."""
    __slots__ = ()

    @property
    def mode(self):
        raise NotImplementedError

    @property
    def name(self):
        raise NotImplementedError

    def close(self):
        pass

    @property
    def closed(self):
        raise NotImplementedError

    def fileno(self):
        raise NotImplementedError

    def flush(self):
        pass

    def isatty(self):
        return False

    def read(self, n=-1):
        raise NotImplementedError

    def readable(self):
        return False

    def readline(self, limit=-1):
        raise NotImplementedError

    def readlines(self, hint=-1):
        raise NotImplementedError

    def seek(self, offset, whence=0):
        raise NotImplementedError

    def seekable(self):
        return False

    def tell(self):
        raise NotImplementedError

    def truncate(self, size=None):
        raise NotImplementedError

    def writable(self):
        return False

    def write(self, s):
        raise NotImplementedError

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()


class BinaryIO(IO):
    __slots__ = ()


class TextIO(IO):
    __slots__ = ()

    @property
    def buffer(self):
        raise NotImplementedError

    @property
    def encoding(self):
        raise NotImplementedError

    @property
    def errors(self):
        raise NotImplementedError

    @property
    def line_buffering(self):
        raise NotImplementedError

    @property
    def newlines(self):
        raise NotImplementedError


def _supports(name, method):
    def hook(cls, C):
        return any(method in B.__dict__ for B in C.__mro__) or NotImplemented
    return type(name, (Protocol,), {'__slots__': (), method: lambda self: None,
                                    '__subclasshook__': classmethod(hook), '__module__': 'typing'})


SupportsInt = _supports('SupportsInt', '__int__')
SupportsFloat = _supports('SupportsFloat', '__float__')
SupportsComplex = _supports('SupportsComplex', '__complex__')
SupportsBytes = _supports('SupportsBytes', '__bytes__')
SupportsIndex = _supports('SupportsIndex', '__index__')
SupportsAbs = _supports('SupportsAbs', '__abs__')
SupportsRound = _supports('SupportsRound', '__round__')

_overloads = {}


def get_overloads(func):
    return list(_overloads.get(getattr(func, '__qualname__', None), []))


def clear_overloads():
    _overloads.clear()


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False, field_specifiers=(),
                        **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {'eq_default': eq_default, 'order_default': order_default,
                                             'kw_only_default': kw_only_default,
                                             'field_specifiers': field_specifiers, 'kwargs': kwargs}
        return cls_or_fn
    return decorator


def assert_type(val, typ, /):
    return val


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


def no_type_check_decorator(decorator):
    return decorator


class ForwardRef:
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)
