import contextlib, io, functools, typing, sys
from typing import TypeVar, Generic, NewType, Annotated, get_args, get_origin, cast, overload, Union, Optional, List, Dict, Tuple
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
    print("another")
print(repr(buf.getvalue()))
with contextlib.nullcontext(5) as v: print("null", v)
class Res:
    def close(self): print("closed")
with contextlib.closing(Res()): print("using")
class timed(contextlib.ContextDecorator):
    def __enter__(self): print("start"); return self
    def __exit__(self, *exc): print("stop"); return False
@timed()
def work(): print("working")
work()
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>"); yield name.upper(); print(f"</{name}>")
with tag("b") as t, tag("i"): print("body", t)
class Acc:
    def __init__(self): self.items = []
    def _add(self, kind, x): self.items.append((kind, x))
    add_a = functools.partialmethod(_add, "a")
    @functools.singledispatchmethod
    def feed(self, x): self._add("obj", x)
    @feed.register
    def _(self, x: int): self._add("int", x)
a = Acc(); a.add_a(1); a.feed(2); a.feed("s"); print(a.items)
@functools.cache
def sq(n): print("compute", n); return n * n
print(sq(3), sq(3), sq.cache_info().hits)
T = TypeVar("T"); K = TypeVar("K", bound=int)
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(T, K, Box[int], Box[int](3).v, get_args(Dict[str, List[int]]), get_origin(List[int]), get_origin(Union[int, str]))
UserId = NewType("UserId", int); print(UserId(5), type(UserId(5)).__name__)
print(get_args(Annotated[int, "meta"]), cast(str, 5), Optional[List[int]], Tuple[int, ...], typing.Any, List, Dict[str, int])
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(1), f("s"), typing.TYPE_CHECKING)
def ann(a: "Box[int]", b: list[str] | None = None) -> dict[str, int]: return {}
print(ann.__annotations__, typing.get_type_hints(ann) if False else "")
print(int | str, list[int] | None, isinstance(3, int | str))
out = io.StringIO(); print("x", 1, file=out, end=";"); print(out.getvalue())
sio = io.StringIO("l1\nl2\nl3\n"); print(sio.readline(), sio.readlines(), [ln for ln in io.StringIO("a\nb")])
sys.stdout.write("direct\n"); print(sys.argv[1:], type(sys.maxsize).__name__, sys.version_info[:2] >= (3, 8), sys.getrecursionlimit())
stack = contextlib.ExitStack()
with stack:
    stack.callback(print, "callback ran")
    print("in stack")
with contextlib.suppress(KeyError, IndexError): [][1]
print("end")
