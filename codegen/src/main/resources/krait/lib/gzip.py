"""Krait's gzip: gzip files and one-shot compression on Krait's zlib.

The headers are written as CPython writes them (the file name, mtime, the XFL byte for levels 1 and 9, OS 255), so
with the same mtime the bytes are the same. Reading accepts every header field and any number of members, checks
each member's CRC and length, and raises CPython's errors.
"""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None, newline=None):
    """Opens a gzip file in binary mode (a GzipFile) or text mode (a TextIOWrapper over one)."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        for name, value in (('encoding', encoding), ('errors', errors), ('newline', newline)):
            if value is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % name)
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


def write32u(output, value):
    output.write(struct.pack("<L", value))


def _header(compresslevel, mtime, fname=b''):
    if mtime is None:
        mtime = time.time()
    xfl = {_COMPRESS_LEVEL_BEST: 2, _COMPRESS_LEVEL_FAST: 4}.get(compresslevel, 0)
    head = struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, FNAME if fname else 0, int(mtime), xfl, 255)
    return head + fname + b'\0' if fname else head


class _Source:
    """The compressed stream, with data read too far pushed back in front."""

    def __init__(self, fp):
        self.fp = fp
        self.pushed = b''

    def read(self, n):
        if self.pushed:
            data, self.pushed = self.pushed[:n], self.pushed[n:]
            return data
        return self.fp.read(n)

    def read_exact(self, n):
        data = self.read(n)
        while len(data) < n:
            more = self.read(n - len(data))
            if not more:
                raise EOFError(_TRUNCATED)
            data += more
        return data

    def push(self, data):
        self.pushed = data + self.pushed


def _skip_to_nul(src):
    while True:
        c = src.read(1)
        if not c or c == b'\0':
            return


def _read_gzip_header(src):
    """Reads a member's header; returns its mtime, or None at the end of the stream."""
    magic = src.read(2)
    if magic == b'':
        return None
    if magic != b'\037\213':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    method, flag, mtime = struct.unpack("<BBIxx", src.read_exact(8))
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    if flag & FEXTRA:
        src.read_exact(struct.unpack("<H", src.read_exact(2))[0])
    if flag & FNAME:
        _skip_to_nul(src)
    if flag & FCOMMENT:
        _skip_to_nul(src)
    if flag & FHCRC:
        src.read_exact(2)
    return mtime


class _Members:
    """Decompresses the members of a gzip stream one chunk at a time."""

    def __init__(self, fp):
        self.src = _Source(fp)
        self.last_mtime = None
        self.dec = None
        self.done = False

    def chunk(self, size=io.DEFAULT_BUFFER_SIZE):
        """The next decompressed bytes (not empty), or b'' at the end of the stream."""
        while not self.done:
            if self.dec is None:
                mtime = _read_gzip_header(self.src)
                if mtime is None:
                    self.done = True
                    return b''
                self.last_mtime = mtime
                self.dec = zlib.decompressobj(-zlib.MAX_WBITS)
                self.crc = zlib.crc32(b'')
                self.size = 0
            buf = self.src.read(io.DEFAULT_BUFFER_SIZE)
            data = self.dec.decompress(buf, size)
            if self.dec.unconsumed_tail:
                self.src.push(self.dec.unconsumed_tail)
            elif self.dec.unused_data:
                self.src.push(self.dec.unused_data)
            if data:
                self.crc = zlib.crc32(data, self.crc)
                self.size += len(data)
            if self.dec.eof:
                self._end_member()
            if data:
                return data
            if buf == b'' and self.dec is not None:
                raise EOFError(_TRUNCATED)
        return b''

    def _end_member(self):
        crc, isize = struct.unpack("<II", self.src.read_exact(8))
        if crc != self.crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(self.crc)))
        if isize != self.size & 0xffffffff:
            raise BadGzipFile("Incorrect length of data produced")
        # Zero bytes may pad the space between members.
        c = b'\0'
        while c == b'\0':
            c = self.src.read(1)
        if c:
            self.src.push(c)
        self.dec = None


class GzipFile(io.BufferedIOBase):
    """A gzip file read or written like an ordinary binary file."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self.name = filename
            self._members = _Members(fileobj)
            self._buf = b''
            self._pos = 0
            self.offset_read = 0
        elif mode.startswith(('w', 'a', 'x')):
            if origmode is None:
                import warnings
                warnings.warn("GzipFile was opened for writing, but this will change in future Python releases.  "
                              "Specify the mode argument for opening it for writing.", FutureWarning, 2)
            self.mode = WRITE
            self.name = filename
            self.crc = zlib.crc32(b"")
            self.size = 0
            self.offset = 0
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            fileobj.write(_header(compresslevel, mtime, self._header_name()))

    def _header_name(self):
        try:
            fname = os.path.basename(self.name)
            if not isinstance(fname, bytes):
                fname = fname.encode('latin-1')
            return fname[:-3] if fname.endswith(b'.gz') else fname
        except UnicodeEncodeError:
            return b''

    @property
    def filename(self):
        import warnings
        warnings.warn("use the name attribute", DeprecationWarning, 2)
        if self.mode == WRITE and self.name[-3:] != ".gz":
            return self.name + ".gz"
        return self.name

    @property
    def mtime(self):
        """The modification time in the last member header read, or None."""
        return self._members.last_mtime

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _check_mode(self, want, what):
        if self.mode != want:
            import errno
            raise OSError(errno.EBADF, "%s() on %s GzipFile object"
                          % (what, "read-only" if want == WRITE else "write-only"))

    def write(self, data):
        self._check_not_closed()
        self._check_mode(WRITE, "write")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self.compress.compress(data))
            self.size += length
            self.crc = zlib.crc32(data, self.crc)
            self.offset += length
        return length

    # Reading keeps the decompressed bytes not yet returned in _buf (from _pos on).
    def _fill(self, n):
        """Makes at least n bytes available (fewer at the end); n < 0 means all."""
        while n < 0 or len(self._buf) - self._pos < n:
            data = self._members.chunk()
            if not data:
                break
            self._buf = self._buf[self._pos:] + data
            self._pos = 0
        return len(self._buf) - self._pos

    def _take(self, n):
        data = self._buf[self._pos:self._pos + n]
        self._pos += len(data)
        self.offset_read += len(data)
        return data

    def read(self, size=-1):
        self._check_not_closed()
        self._check_mode(READ, "read")
        if size is None or size < 0:
            return self._take(self._fill(-1))
        return self._take(min(self._fill(size), size))

    def read1(self, size=-1):
        self._check_not_closed()
        self._check_mode(READ, "read1")
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        return self._take(min(self._fill(1), size))

    def peek(self, n):
        self._check_not_closed()
        self._check_mode(READ, "peek")
        avail = self._fill(max(n, 1))
        return self._buf[self._pos:self._pos + avail]

    def readline(self, size=-1):
        self._check_not_closed()
        self._check_mode(READ, "readline")
        while True:
            i = self._buf.find(b'\n', self._pos)
            avail = len(self._buf) - self._pos
            if i >= 0 or (size is not None and 0 <= size <= avail):
                end = avail if i < 0 else i + 1 - self._pos
                if size is not None and size >= 0:
                    end = min(end, size)
                return self._take(end)
            if self._fill(avail + 1) == avail:
                return self._take(avail)

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                write32u(fileobj, self.crc)
                write32u(fileobj, self.size & 0xffffffff)
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        """Returns to the start of the uncompressed data."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._members = _Members(self.fileobj)
        self._buf = b''
        self._pos = 0
        self.offset_read = 0

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        return self.offset if self.mode == WRITE else self.offset_read

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self.offset + offset
                else:
                    raise ValueError('Seek from end not supported')
            if offset < self.offset:
                raise OSError('Negative seek in write mode')
            count = offset - self.offset
            for i in range(count // 1024):
                self.write(b'\0' * 1024)
            self.write(b'\0' * (count % 1024))
            return self.offset
        self._check_not_closed()
        if whence == io.SEEK_CUR:
            offset = self.offset_read + offset
        elif whence == io.SEEK_END:
            self.read()
            offset = self.offset_read + offset
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid value for whence: {}".format(whence))
        if offset < self.offset_read:
            self.rewind()
        # Forward: decompress and drop the bytes in between.
        while self.offset_read < offset:
            if not self.read(min(io.DEFAULT_BUFFER_SIZE, offset - self.offset_read)):
                break
        return self.offset_read


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """The data compressed as one gzip member."""
    if mtime == 0:
        return zlib.compress(data, level=compresslevel, wbits=31)
    trailer = struct.pack("<LL", zlib.crc32(data), len(data) & 0xffffffff)
    return _header(compresslevel, mtime) + zlib.compress(data, level=compresslevel, wbits=-15) + trailer


def decompress(data):
    """The data of every member of a gzip stream, concatenated."""
    out = []
    while True:
        fp = io.BytesIO(data)
        if _read_gzip_header(_Source(fp)) is None:
            return b"".join(out)
        do = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        member = do.decompress(data[fp.tell():])
        if not do.eof or len(do.unused_data) < 8:
            raise EOFError(_TRUNCATED)
        crc, length = struct.unpack("<II", do.unused_data[:8])
        if crc != zlib.crc32(member):
            raise BadGzipFile("CRC check failed")
        if length != len(member) & 0xffffffff:
            raise BadGzipFile("Incorrect length of data produced")
        out.append(member)
        data = do.unused_data[8:].lstrip(b"\x00")
