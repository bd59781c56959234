"""pickle: turns objects into bytes and back, in the pickle formats of CPython (protocols 0 to 5; the bytes
written are CPython's for the built-in types). Classes and functions are pickled by reference (module and
qualified name), other objects through __reduce_ex__/__reduce__, __getnewargs(_ex)__, __getstate__ and
__setstate__, or their __dict__ and slots, and copyreg's dispatch table."""
import copyreg
import io
import struct
import sys
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump", "dumps", "load",
           "loads", "PickleBuffer", "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8", "BINFLOAT",
           "BINGET", "BININT", "BININT1", "BININT2", "BINPERSID", "BINPUT", "BINSTRING", "BINUNICODE",
           "BINUNICODE8", "BUILD", "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP", "EMPTY_DICT", "EMPTY_LIST",
           "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2", "EXT4", "FALSE", "FLOAT", "FRAME", "FROZENSET", "GET",
           "GLOBAL", "HIGHEST_PROTOCOL", "INST", "INT", "LIST", "LONG", "LONG1", "LONG4", "LONG_BINGET",
           "LONG_BINPUT", "MARK", "MEMOIZE", "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER",
           "NONE", "OBJ", "PERSID", "POP", "POP_MARK", "PROTO", "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM",
           "SETITEMS", "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE", "STACK_GLOBAL", "STOP",
           "STRING", "TRUE", "TUPLE", "TUPLE1", "TUPLE2", "TUPLE3", "UNICODE"]

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

bytes_types = (bytes, bytearray)


class PickleError(Exception):
    """The base class of the pickling errors."""


class PicklingError(PickleError):
    """Raised when an object cannot be pickled."""


class UnpicklingError(PickleError):
    """Raised when the data cannot be unpickled (bad or truncated data, security problems)."""


for _cls in (PickleError, PicklingError, UnpicklingError):
    _cls.__module__ = '_pickle'


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    """A wrapper around a bytes-like object for out-of-band pickling (protocol 5)."""

    def __init__(self, buffer):
        self._buffer = buffer

    def raw(self):
        return memoryview(bytes(self._buffer))

    def release(self):
        pass


# The opcodes
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000

# Python 3 names that protocols 0-2 write under their Python 2 names, and back
_TO_PY2_MODULE = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue', 'pickle': 'cPickle',
                  'reprlib': 'repr', '_thread': 'thread'}
_FROM_PY2_MODULE = {v: k for k, v in _TO_PY2_MODULE.items()}
_FROM_PY2_MODULE.update({'exceptions': 'builtins', 'UserDict': 'collections', 'UserList': 'collections',
                         'StringIO': 'io', 'cStringIO': 'io'})
_FROM_PY2_NAME = {('__builtin__', 'xrange'): ('builtins', 'range'), ('__builtin__', 'unicode'): ('builtins', 'str'),
                  ('__builtin__', 'basestring'): ('builtins', 'str'), ('__builtin__', 'long'): ('builtins', 'int'),
                  ('__builtin__', 'reduce'): ('functools', 'reduce'), ('UserDict', 'UserDict'):
                  ('collections', 'UserDict'), ('UserList', 'UserList'): ('collections', 'UserList')}


def _pack_u64(n):
    return struct.pack('<Q', n)


def _pack_u32(n):
    return struct.pack('<I', n)


def _long_bytes(x):
    """x as little-endian two's complement bytes, as short as possible (b'' for 0)."""
    if x == 0:
        return b''
    data = x.to_bytes((x.bit_length() >> 3) + 1, 'little', signed=True)
    if x < 0 and len(data) > 1 and data[-1] == 0xff and (data[-2] & 0x80):
        data = data[:-1]
    return data


def _lookup(obj_module, qualname):
    """The object at the dotted qualname inside a module; AttributeError if there is none."""
    obj = obj_module
    parent = None
    for part in qualname.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(qualname, obj_module))
        parent = obj
        obj = getattr(obj, part)
    return obj, parent


def _raw_unicode_escape(text):
    out = []
    for ch in text:
        cp = ord(ch)
        if cp < 0x100:
            out.append(ch)
        elif cp < 0x10000:
            out.append('\\u%04x' % cp)
        else:
            out.append('\\U%08x' % cp)
    return ''.join(out).encode('latin-1')


def _raw_unicode_unescape(data):
    text = data.decode('latin-1')
    if '\\' not in text:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == '\\' and i + 1 < n and text[i + 1] in 'uU':
            # an odd run of backslashes before u/U starts an escape
            run = 1
            while i - run >= 0 and text[i - run] == '\\':
                run += 1
            width = 4 if text[i + 1] == 'u' else 8
            digits = text[i + 2:i + 2 + width]
            if run % 2 == 1 and len(digits) == width and all(c in '0123456789abcdefABCDEF' for c in digits):
                out.append(chr(int(digits, 16)))
                i += 2 + width
                continue
        out.append(ch)
        i += 1
    return ''.join(out)


def _escape_decode(data):
    """The bytes that a Python 2 string literal's body stands for (the STRING opcode's argument)."""
    out = bytearray()
    i = 0
    n = len(data)
    simple = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('a'): 7, ord('b'): 8, ord('f'): 12, ord('v'): 11,
              ord('\\'): 92, ord("'"): 39, ord('"'): 34}
    while i < n:
        c = data[i]
        i += 1
        if c != 92 or i >= n:
            out.append(c)
            continue
        c = data[i]
        i += 1
        if c in simple:
            out.append(simple[c])
        elif c == ord('\n'):
            pass
        elif c == ord('x') and i + 2 <= n:
            out.append(int(data[i:i + 2], 16))
            i += 2
        elif 48 <= c <= 55:
            j = i
            while j < n and j < i + 2 and 48 <= data[j] <= 55:
                j += 1
            out.append(int(data[i - 1:j], 8) & 0xff)
            i = j
        else:
            out.append(92)
            out.append(c)
    return bytes(out)


def whichmodule(obj, name):
    """The name of the module that holds obj under the (qualified) name."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            if _lookup(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


class _Found(Exception):
    pass


def _codecs_encode():
    import codecs
    return codecs.encode


class _Writer:
    """The output: bytes go into the current frame (protocol 4 and above) or straight to the file."""

    def __init__(self, file_write, framing):
        self.file_write = file_write
        self.framing = framing
        self.frame = io.BytesIO() if framing else None

    def write(self, data):
        if self.frame is not None:
            self.frame.write(data)
        else:
            self.file_write(data)

    def commit(self, force=False):
        if self.frame is None:
            return
        f = self.frame
        if f.tell() >= _FRAME_SIZE_TARGET or force:
            data = f.getvalue()
            if len(data) >= _FRAME_SIZE_MIN:
                self.file_write(FRAME + _pack_u64(len(data)))
            self.file_write(data)
            self.frame = io.BytesIO()

    def write_large(self, header, payload):
        """A big bytes or str payload is written outside the frames, without a copy into them."""
        if self.frame is not None:
            self.commit(force=True)
        self.file_write(header)
        self.file_write(payload)

    def end(self):
        if self.frame is not None:
            self.commit(force=True)
            self.frame = None


class _Pickler:
    """Pickler(file, protocol=None, *, fix_imports=True, buffer_callback=None): writes pickles of objects to
    file (anything with a write(bytes) method)."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fix_imports = fix_imports and protocol < 3
        self._buffer_callback = buffer_callback
        self.memo = {}
        self.fast = 0

    def clear_memo(self):
        """Forgets the objects already pickled (later pickles of them are written again in full)."""
        self.memo.clear()

    def dump(self, obj):
        """Writes a pickle of obj to the file."""
        if not hasattr(self, '_file_write'):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        if self.proto >= 2:
            self._file_write(PROTO + struct.pack("<B", self.proto))
        self._out = _Writer(self._file_write, self.proto >= 4)
        self.write = self._out.write
        self.save(obj)
        self.write(STOP)
        self._out.end()

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self._put(idx))
        self.memo[id(obj)] = idx, obj

    def _put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return BINPUT + struct.pack("<B", idx)
            return LONG_BINPUT + struct.pack("<I", idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def _get(self, idx):
        if self.bin:
            if idx < 256:
                return BINGET + struct.pack("<B", idx)
            return LONG_BINGET + struct.pack("<I", idx)
        return GET + repr(idx).encode("ascii") + b'\n'

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        self._out.commit()
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self.save_pers(pid)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self._get(x[0]))
            return
        t = type(obj)
        f = self._dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        reduce = getattr(self, 'reducer_override', None)
        rv = NotImplemented
        if reduce is not None:
            rv = reduce(obj)
        if rv is NotImplemented:
            table = getattr(self, 'dispatch_table', dispatch_table)
            reduce = table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                rv = _reduce_object(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None, *,
                    obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        write = self.write
        name = getattr(func, "__name__", "")
        if self.proto >= 2 and name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                self.save(cls)
                self.save(args)
                self.save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                self.save(functools.partial(cls.__new__, cls, *args, **kwargs))
                self.save(())
                write(REDUCE)
        elif self.proto >= 2 and name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                write(POP + self._get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # the built-in types

    def save_none(self, obj):
        self.write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if self.bin:
            if 0 <= obj <= 0xff:
                self.write(BININT1 + struct.pack("<B", obj))
                return
            if 0 <= obj <= 0xffff:
                self.write(BININT2 + struct.pack("<H", obj))
                return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + struct.pack("<i", obj))
                return
        if self.proto >= 2:
            data = _long_bytes(obj)
            if len(data) < 256:
                self.write(LONG1 + struct.pack("<B", len(data)) + data)
            else:
                self.write(LONG4 + struct.pack("<i", len(data)) + data)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + repr(obj).encode("ascii") + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + struct.pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode(), (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + struct.pack("<B", n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._out.write_large(BINBYTES8 + _pack_u64(n), obj)
        elif n >= _FRAME_SIZE_TARGET:
            self._out.write_large(BINBYTES + _pack_u32(n), obj)
        else:
            self.write(BINBYTES + _pack_u32(n) + obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            elif self.proto < 3:
                self.save_reduce(bytearray, (str(bytes(obj), 'latin-1'), 'latin-1'), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        n = len(obj)
        if n >= _FRAME_SIZE_TARGET:
            self._out.write_large(BYTEARRAY8 + _pack_u64(n), bytes(obj))
        else:
            self.write(BYTEARRAY8 + _pack_u64(n) + bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            data = obj.encode('utf-8', 'surrogatepass')
            n = len(data)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + struct.pack("<B", n) + data)
            elif n > 0xffffffff and self.proto >= 4:
                self._out.write_large(BINUNICODE8 + _pack_u64(n), data)
            elif n >= _FRAME_SIZE_TARGET:
                self._out.write_large(BINUNICODE + _pack_u32(n), data)
            else:
                self.write(BINUNICODE + _pack_u32(n) + data)
        else:
            text = (obj.replace("\\", "\\u005c").replace("\0", "\\u0000").replace("\n", "\\u000a")
                    .replace("\r", "\\u000d").replace("\x1a", "\\u001a"))
            self.write(UNICODE + _raw_unicode_escape(text) + b'\n')
        self.memoize(obj)

    def save_tuple(self, obj):
        write = self.write
        n = len(obj)
        if not n:
            write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        if n <= 3 and self.proto >= 2:
            for item in obj:
                self.save(item)
            if id(obj) in self.memo:           # the tuple contains itself (through a list or dict)
                write(POP * n + self._get(self.memo[id(obj)][0]))
            else:
                write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
                self.memoize(obj)
            return
        write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            get = self._get(self.memo[id(obj)][0])
            write(POP_MARK + get if self.bin else POP * (n + 1) + get)
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCHSIZE:
                    break
            if len(batch) > 1:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            elif batch:
                save(batch[0])
                write(APPEND)
            if len(batch) < _BATCHSIZE:
                return

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(iter(obj.items()))

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            batch = []
            for kv in it:
                batch.append(kv)
                if len(batch) == _BATCHSIZE:
                    break
            if len(batch) > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif batch:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)
            if len(batch) < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        for start in range(0, len(items), _BATCHSIZE):
            self.write(MARK)
            for item in items[start:start + _BATCHSIZE]:
                self.save(item)
            self.write(ADDITEMS)

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self._get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
        if name is None:
            name = obj.__name__
        if obj is _codecs_encode():
            name, module_name = 'encode', '_codecs'     # CPython's pickles of bytes name _codecs.encode
            found = parent = module = obj
        else:
            module_name = whichmodule(obj, name)
        try:
            if module_name == '_codecs':
                raise _Found
            __import__(module_name, level=0)
            module = sys.modules[module_name]
            found, parent = _lookup(module, name)
        except _Found:
            pass
        except (ImportError, KeyError, AttributeError):
            if '<locals>' in name.split('.'):
                raise AttributeError("Can't pickle local object %r" % name) from None
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed" %
                                (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + struct.pack("<B", code))
                elif code <= 0xffff:
                    write(EXT2 + struct.pack("<H", code))
                else:
                    write(EXT4 + struct.pack("<i", code))
                return
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        elif self.proto >= 3:
            write(GLOBAL + bytes(module_name, "utf-8") + b'\n' + bytes(name, "utf-8") + b'\n')
        else:
            if self.fix_imports:
                module_name = _TO_PY2_MODULE.get(module_name, module_name)
            try:
                write(GLOBAL + bytes(module_name, "ascii") + b'\n' + bytes(name, "ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %i" %
                                    (module, name, self.proto)) from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    _dispatch = {}


_Pickler._dispatch.update({type(None): _Pickler.save_none, bool: _Pickler.save_bool, int: _Pickler.save_long,
                           float: _Pickler.save_float, bytes: _Pickler.save_bytes,
                           bytearray: _Pickler.save_bytearray, str: _Pickler.save_str,
                           tuple: _Pickler.save_tuple, list: _Pickler.save_list, dict: _Pickler.save_dict,
                           set: _Pickler.save_set, frozenset: _Pickler.save_frozenset,
                           type(_Pickler.save): _Pickler.save_global, type(len): _Pickler.save_global,
                           type: _Pickler.save_type})


_NEWARGS_BASES = (int, float, complex, str, bytes, tuple)


def _reduce_object(obj, proto):
    """What obj.__reduce_ex__(proto) gives: the class's own __reduce_ex__ or __reduce__ when it has one,
    else the default reduction of an instance (object.__reduce_ex__'s)."""
    cls = type(obj)
    for klass in cls.__mro__:
        if klass is object:
            break
        d = klass.__dict__
        if '__reduce_ex__' in d:
            return obj.__reduce_ex__(proto)
        if '__reduce__' in d:
            return obj.__reduce__()
    return _default_reduce(obj, proto)


def _default_reduce(obj, proto):
    cls = type(obj)
    base = copyreg._builtin_base(cls)
    if isinstance(obj, BaseException) and copyreg._user_method(cls, '__getnewargs__') is None:
        d = getattr(obj, '__dict__', None)
        return (cls, obj.args, d) if d else (cls, obj.args)
    if base is range:
        return range, (obj.start, obj.stop, obj.step)
    if base is slice:
        return slice, (obj.start, obj.stop, obj.step)
    if base in (set, frozenset, bytearray, list, dict):
        if base is cls:
            if base is bytearray:
                return bytearray, (bytes(obj),)
            raise TypeError("cannot pickle %r object" % cls.__name__)
    elif base is not object and base not in _NEWARGS_BASES and not issubclass(cls, BaseException):
        raise TypeError("cannot pickle %r object" % cls.__name__)
    if proto < 2:
        return copyreg._reduce_ex(obj, proto)
    kwargs = None
    if copyreg._user_method(cls, '__getnewargs_ex__') is not None:
        args, kwargs = obj.__getnewargs_ex__()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple of length 2, not '%s'" %
                            type(args).__name__)
    elif copyreg._user_method(cls, '__getnewargs__') is not None:
        args = obj.__getnewargs__()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
    elif base in _NEWARGS_BASES:
        args = (base(obj),)
    elif base in (set, frozenset, bytearray):
        d = getattr(obj, '__dict__', None)
        data = bytes(obj) if base is bytearray else list(obj)
        return cls, (data,), (d or None)
    else:
        args = ()
    if copyreg._user_method(cls, '__getstate__') is not None:
        state = obj.__getstate__()
    else:
        d = getattr(obj, '__dict__', None)
        d = d if d else None
        slots = {}
        for name in copyreg._slotnames(cls):
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        state = (d, slots) if slots else d
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return copyreg.__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return copyreg.__newobj__, (cls,) + tuple(args), state, listitems, dictitems


class _Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()): reads pickles
    from file (anything with read(n) and readline())."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file_readline = file.readline
        self._file_read = file.read
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def read(self, n):
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        line = self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def load(self):
        """Reads one pickle from the file and returns the object it holds."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()" %
                                  (self.__class__.__name__,))
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        dispatch = self._dispatch
        read = self._file_read
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError("Ran out of input")
                f = dispatch.get(key[0])
                if f is None:
                    raise UnpicklingError("invalid load key, %s." % _key_text(key[0]))
                f(self)
        except _Stop as stop:
            return stop.value

    def pop_mark(self):
        items = self.stack
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, but no persistent_load "
                              "function was specified.")

    def find_class(self, module, name):
        """The object that a pickle names as module.name (protocols 0-2 may use Python 2 names)."""
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _FROM_PY2_NAME:
                module, name = _FROM_PY2_NAME[(module, name)]
            elif module in _FROM_PY2_MODULE:
                module = _FROM_PY2_MODULE[module]
        if module == '_codecs' and name == 'encode':
            return _codecs_encode()
        __import__(module, level=0)
        if self.proto >= 4:
            try:
                return _lookup(sys.modules[module], name)[0]
            except AttributeError:
                raise AttributeError("Can't get attribute %r on %r" % (name, sys.modules[module])) from None
        try:
            return getattr(sys.modules[module], name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, sys.modules[module])) from None

    # the opcodes

    def load_proto(self):
        proto = self.read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        struct.unpack('<Q', self.read(8))

    def load_persid(self):
        try:
            pid = self.readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        self.append(self.persistent_load(self._pop()))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self.readline()
        if data == b'00\n':
            value = False
        elif data == b'01\n':
            value = True
        else:
            value = int(data, 0)
        self.append(value)

    def load_binint(self):
        self.append(struct.unpack('<i', self.read(4))[0])

    def load_binint1(self):
        self.append(self.read(1)[0])

    def load_binint2(self):
        self.append(struct.unpack('<H', self.read(2))[0])

    def load_long(self):
        val = self.readline()[:-1]
        if val and val[-1] == b'L'[0]:
            val = val[:-1]
        self.append(int(val, 0))

    def load_long1(self):
        n = self.read(1)[0]
        self.append(int.from_bytes(self.read(n), 'little', signed=True))

    def load_long4(self):
        n, = struct.unpack('<i', self.read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(int.from_bytes(self.read(n), 'little', signed=True))

    def load_float(self):
        self.append(float(self.readline()[:-1]))

    def load_binfloat(self):
        self.append(struct.unpack('>d', self.read(8))[0])

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(data)))

    def load_binstring(self):
        n, = struct.unpack('<i', self.read(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self.read(n)))

    def load_short_binstring(self):
        n = self.read(1)[0]
        self.append(self._decode_string(self.read(n)))

    def load_binbytes(self):
        n, = struct.unpack('<I', self.read(4))
        self.append(self.read(n))

    def load_short_binbytes(self):
        n = self.read(1)[0]
        self.append(self.read(n))

    def load_binbytes8(self):
        n, = struct.unpack('<Q', self.read(8))
        self.append(self.read(n))

    def load_bytearray8(self):
        n, = struct.unpack('<Q', self.read(8))
        self.append(bytearray(self.read(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was "
                                  "given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)

    def load_readonly_buffer(self):
        pass

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self.readline()[:-1]))

    def load_binunicode(self):
        n, = struct.unpack('<I', self.read(4))
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n, = struct.unpack('<Q', self.read(8))
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        n = self.read(1)[0]
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))

    def load_tuple(self):
        self.append(tuple(self.pop_mark()))

    def load_empty_tuple(self):
        self.append(())

    def _load_small_tuple(self, n):
        if len(self.stack) < n:
            raise UnpicklingError("unpickling stack underflow")
        items = tuple(self.stack[len(self.stack) - n:])
        del self.stack[len(self.stack) - n:]
        self.append(items)

    def load_tuple1(self):
        self._load_small_tuple(1)

    def load_tuple2(self):
        self._load_small_tuple(2)

    def load_tuple3(self):
        self._load_small_tuple(3)

    def load_empty_list(self):
        self.append([])

    def load_empty_dict(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        self.append(frozenset(self.pop_mark()))

    def load_list(self):
        self.append(self.pop_mark())

    def load_dict(self):
        items = self.pop_mark()
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)), err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self.readline()[:-1].decode("ascii")
        name = self.readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self.readline()[:-1].decode("utf-8")
        name = self.readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def _load_ext(self, code):
        key = _inverted_registry.get(code)
        if not key:
            raise ValueError("unregistered extension code %d" % code)
        obj = _extension_cache.get(code, _MISSING)
        if obj is _MISSING:
            obj = self.find_class(*key)
            _extension_cache[code] = obj
        self.append(obj)

    def load_ext1(self):
        self._load_ext(self.read(1)[0])

    def load_ext2(self):
        self._load_ext(struct.unpack('<H', self.read(2))[0])

    def load_ext4(self):
        self._load_ext(struct.unpack('<i', self.read(4))[0])

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        self.append(func(*args))

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        else:
            self.pop_mark()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self._top())

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(int(self.readline()[:-1]))

    def load_binget(self):
        self._memo_get(self.read(1)[0])

    def load_long_binget(self):
        self._memo_get(struct.unpack('<I', self.read(4))[0])

    def load_put(self):
        i = int(self.readline()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self._top()

    def load_binput(self):
        self.memo[self.read(1)[0]] = self._top()

    def load_long_binput(self):
        i, = struct.unpack('<I', self.read(4))
        self.memo[i] = self._top()

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def load_append(self):
        value = self._pop()
        self._top().append(value)

    def load_appends(self):
        items = self.pop_mark()
        target = self._top()
        if isinstance(target, list):
            target.extend(items)
            return
        extend = getattr(target, 'extend', None)
        if extend is not None:
            extend(items)
        else:
            for item in items:
                target.append(item)

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def load_setitems(self):
        items = self.pop_mark()
        target = self._top()
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        target = self._top()
        if isinstance(target, (set, frozenset)):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[sys.intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        raise _Stop(self._pop())

    _dispatch = {}


_MISSING = object()


def _key_text(byte):
    if byte < 0x80:
        return repr(chr(byte))
    return "'\\x%02x'" % byte


for _name, _code in list(globals().items()):
    if _name.isupper() and isinstance(_code, bytes) and len(_code) == 1 and _name not in ('TRUE', 'FALSE'):
        _method = getattr(_Unpickler, 'load_' + _name.lower(), None)
        if _method is not None:
            _Unpickler._dispatch[_code[0]] = _method
_Unpickler._dispatch[NEWTRUE[0]] = _Unpickler.load_true
_Unpickler._dispatch[NEWFALSE[0]] = _Unpickler.load_false
del _name, _code, _method


class Pickler(_Pickler):
    pass


class Unpickler(_Unpickler):
    pass


Pickler.__module__ = Unpickler.__module__ = '_pickle'


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Writes a pickle of obj to the open binary file."""
    _Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj, as a bytes object."""
    f = io.BytesIO()
    _Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Reads a pickle from the open binary file and returns the object it holds."""
    return _Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """The object that the pickle data (a bytes-like object) holds."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return _Unpickler(io.BytesIO(data), fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                      errors=errors).load()
