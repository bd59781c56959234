"""collections.abc: abstract base classes recognised by the methods a class defines."""
from abc import ABCMeta as _ABCMeta


def _has(cls, *methods):
    for m in methods:
        for base in cls.__mro__:
            if m in base.__dict__:
                if base.__dict__[m] is None:
                    return False
                break
        else:
            return False
    return True


class _Structural(_ABCMeta):
    _required = ()

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, sub):
        if super().__subclasscheck__(sub):
            return True
        if cls._builtins and issubclass(sub, cls._builtins):
            return True
        return bool(cls._required) and _has(sub, *cls._required)


def _abc(name, required, builtins=(), bases=()):
    return _Structural(name, bases, {'_required': required, '_builtins': builtins, '__module__': 'collections.abc'})


Hashable = _abc('Hashable', ('__hash__',))
Iterable = _abc('Iterable', ('__iter__',))
Iterator = _abc('Iterator', ('__iter__', '__next__'), (), (Iterable,))
Reversible = _abc('Reversible', ('__reversed__', '__iter__'), (), (Iterable,))
Generator = _abc('Generator', ('__iter__', '__next__', 'send', 'throw', 'close'), (), (Iterator,))
Sized = _abc('Sized', ('__len__',))
Container = _abc('Container', ('__contains__',))
Callable = _abc('Callable', ('__call__',))
Collection = _abc('Collection', ('__len__', '__iter__', '__contains__'), (), (Sized, Iterable, Container))
Sequence = _abc('Sequence', (), (list, tuple, str, range, bytes, bytearray), (Reversible, Collection))
MutableSequence = _abc('MutableSequence', (), (list, bytearray), (Sequence,))
Set = _abc('Set', (), (set, frozenset), (Collection,))
MutableSet = _abc('MutableSet', (), (set,), (Set,))
Mapping = _abc('Mapping', (), (dict,), (Collection,))
MutableMapping = _abc('MutableMapping', (), (dict,), (Mapping,))
MappingView = _abc('MappingView', ('__len__',), (), (Sized,))
KeysView = _abc('KeysView', (), (type({}.keys()),), (MappingView, Set))
ItemsView = _abc('ItemsView', (), (type({}.items()),), (MappingView, Set))
ValuesView = _abc('ValuesView', (), (type({}.values()),), (MappingView, Collection))
Awaitable = _abc('Awaitable', ('__await__',))
Coroutine = _abc('Coroutine', ('__await__', 'send', 'throw', 'close'), (), (Awaitable,))
AsyncIterable = _abc('AsyncIterable', ('__aiter__',))
AsyncIterator = _abc('AsyncIterator', ('__aiter__', '__anext__'), (), (AsyncIterable,))
