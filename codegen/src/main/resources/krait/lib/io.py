"""Krait's io: StringIO and BytesIO (in-memory streams), TextIOWrapper over a binary stream, open, the abstract
classes IOBase, RawIOBase, BufferedIOBase and TextIOBase (the built-in streams registered with them), and the
SEEK_* constants."""
from abc import ABCMeta as _ABCMeta

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192
open = open


class UnsupportedOperation(OSError, ValueError):
    pass


class _MemoryIO:
    # Writes at the end accumulate in _tail and are joined when anything else looks at the buffer, so a loop of
    # writes stays linear.
    def __init__(self, initial, empty):
        self._buf = initial if initial is not None else empty
        self._tail = []
        self._len = len(self._buf)
        self._pos = 0
        self._closed = False
        self._empty = empty

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        if self._tail:
            self._buf += self._empty.join(self._tail)
            self._tail = []

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def getvalue(self):
        self._check()
        return self._buf

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._len + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('negative size value %d' % size)
        self._buf = self._buf[:size]
        self._len = len(self._buf)
        return size

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            size = len(self._buf)
        data = self._buf[self._pos:self._pos + size]
        self._pos += len(data)
        return data

    def write(self, s):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        if not isinstance(s, type(self._empty)):
            raise TypeError(self._write_error(s))
        n = len(s)
        if self._pos == self._len:
            self._tail.append(s)
            self._pos += n
            self._len += n
            return n
        self._check()
        if self._pos > len(self._buf):
            self._buf += self._pad * (self._pos - len(self._buf))
        self._buf = self._buf[:self._pos] + s + self._buf[self._pos + n:]
        self._len = len(self._buf)
        self._pos += n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def readline(self, size=-1):
        self._check()
        end = self._buf.find(self._newline, self._pos)
        end = len(self._buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = self._buf[self._pos:end]
        self._pos = end
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


class StringIO(_MemoryIO):
    _newline = '\n'
    _pad = '\0'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        super().__init__(initial_value or '', '')

    def _write_error(self, s):
        return 'string argument expected, got %r' % type(s).__name__

    def __repr__(self):
        return '<_io.StringIO object>'


class BytesIO(_MemoryIO):
    _newline = b'\n'
    _pad = b'\0'

    def __init__(self, initial_bytes=b''):
        super().__init__(bytes(initial_bytes), b'')

    def write(self, b):
        if isinstance(b, bytearray):
            b = bytes(b)
        return super().write(b)

    def _write_error(self, s):
        return "a bytes-like object is required, not '%s'" % type(s).__name__

    def getbuffer(self):
        return bytearray(self._buf)

    def read1(self, size=-1):
        return self.read(size)


# ---------------------------------------------------------------------------------------------- abstract classes

class IOBase(metaclass=_ABCMeta):
    """The base of all streams: closing, context management, line iteration; operations unsupported by default."""

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def fileno(self):
        self._unsupported('fileno')

    def flush(self):
        self._checkClosed()

    __closed = False

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError('I/O operation on closed file.' if msg is None else msg)

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def readline(self, size=-1):
        res = bytearray()
        while size is None or size < 0 or len(res) < size:
            b = self.read(1)
            if not b:
                break
            res += b
            if res.endswith(b'\n'):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Unbuffered binary streams: read and readall from readinto."""

    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        return bytes(res)

    def readinto(self, b):
        self._unsupported('readinto')

    def write(self, b):
        self._unsupported('write')


class BufferedIOBase(IOBase):
    """Buffered binary streams."""

    def read(self, size=-1):
        self._unsupported('read')

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._unsupported('write')

    def detach(self):
        self._unsupported('detach')


class TextIOBase(IOBase):
    """Text streams."""

    def read(self, size=-1):
        self._unsupported('read')

    def write(self, s):
        self._unsupported('write')

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def readline(self, size=-1):
        self._unsupported('readline')

    def detach(self):
        self._unsupported('detach')

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


class TextIOWrapper(TextIOBase):
    """Text over a binary stream: decoding on read (universal newlines unless newline says otherwise), encoding
    and newline translation on write."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False):
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if encoding is None or encoding == 'locale':
            encoding = 'UTF-8'
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors or 'strict'
        self._newline = newline
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._pending = ''
        self._decoded_eof = False

    @property
    def buffer(self):
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def closed(self):
        return self._buffer.closed

    @property
    def name(self):
        return self._buffer.name

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def seekable(self):
        return self._buffer.seekable()

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return self._buffer.isatty()

    def flush(self):
        self._buffer.flush()

    def close(self):
        if not self._buffer.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        b = self._buffer
        self.flush()
        self._buffer = None
        return b

    def _translate(self, text):
        if self._newline is None:
            return text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def _fill(self):
        if not self._decoded_eof:
            data = self._buffer.read()
            self._decoded_eof = True
            if data:
                self._pending += self._translate(bytes(data).decode(self._encoding, self._errors))

    def read(self, size=-1):
        self._checkClosed()
        self._fill()
        if size is None or size < 0:
            text, self._pending = self._pending, ''
            return text
        text, self._pending = self._pending[:size], self._pending[size:]
        return text

    def readline(self, size=-1):
        self._checkClosed()
        self._fill()
        p = self._pending
        nl = self._newline
        if nl is None or nl == '\n':
            i = p.find('\n')
            end = len(p) if i < 0 else i + 1
        elif nl == '':
            end = len(p)
            for k, c in enumerate(p):
                if c == '\n':
                    end = k + 1
                    break
                if c == '\r':
                    end = k + 2 if p.startswith('\n', k + 1) else k + 1
                    break
        else:
            i = p.find(nl)
            end = len(p) if i < 0 else i + len(nl)
        if size is not None and size >= 0:
            end = min(end, size)
        line, self._pending = p[:end], p[end:]
        return line

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self._buffer.write(text.encode(self._encoding, self._errors))
        if self.line_buffering and ('\n' in s or '\r' in s):
            self.flush()
        return len(s)

    def __repr__(self):
        try:
            name = self.name
        except Exception:
            return "<_io.TextIOWrapper encoding='%s'>" % self._encoding
        return "<_io.TextIOWrapper name=%r encoding='%s'>" % (name, self._encoding)


def _register_builtin_streams():
    """Makes the built-in streams instances of the classes above, as CPython's are."""
    TextIOBase.register(StringIO)
    BufferedIOBase.register(BytesIO)
    import sys
    for stream in (sys.stdout, sys.stderr, sys.stdin):
        TextIOWrapper.register(type(stream))
        b = getattr(stream, 'buffer', None)
        if b is not None:
            BufferedIOBase.register(type(b))
    try:
        with open('/dev/null') as f:
            TextIOWrapper.register(type(f))
        with open('/dev/null', 'rb') as f:
            BufferedReader.register(type(f))
    except OSError:
        pass


class BufferedReader(BufferedIOBase):
    """A buffered stream over a raw one; the raw stream's own operations are used directly."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self.raw = raw

    def read(self, size=-1):
        return self.raw.read(size)

    def read1(self, size=-1):
        return self.raw.read(size)

    def readline(self, size=-1):
        return self.raw.readline(size)

    def peek(self, size=0):
        pos = self.raw.tell()
        data = self.raw.read(max(size, 1))
        self.raw.seek(pos)
        return data

    def write(self, b):
        return self.raw.write(b)

    def flush(self):
        if hasattr(self.raw, 'flush'):
            self.raw.flush()

    def seek(self, pos, whence=0):
        return self.raw.seek(pos, whence)

    def tell(self):
        return self.raw.tell()

    def truncate(self, pos=None):
        return self.raw.truncate(pos)

    def close(self):
        self.raw.close()

    @property
    def closed(self):
        return self.raw.closed

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def fileno(self):
        return self.raw.fileno()

    def detach(self):
        raw = self.raw
        self.raw = None
        return raw


class BufferedWriter(BufferedReader):
    pass


class BufferedRandom(BufferedReader):
    pass


_register_builtin_streams()
