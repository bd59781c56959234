"""Krait's codecs: lookup and CodecInfo, encode/decode (the text encodings str.encode knows, plus the utf-8-sig
codec and the hex, base64, zlib and rot13 transforms), incremental encoders and decoders, stream readers and
writers, open, the byte order marks, and the error handler registry (str.encode and bytes.decode use only the
built-in handlers)."""
import sys as _sys

__all__ = ['register', 'lookup', 'open', 'EncodedFile', 'BOM', 'BOM_BE', 'BOM_LE', 'BOM32_BE', 'BOM32_LE',
           'BOM64_BE', 'BOM64_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_LE', 'BOM_UTF16_BE', 'BOM_UTF32',
           'BOM_UTF32_LE', 'BOM_UTF32_BE', 'CodecInfo', 'Codec', 'IncrementalEncoder', 'IncrementalDecoder',
           'StreamReader', 'StreamWriter', 'StreamReaderWriter', 'getencoder', 'getdecoder',
           'getincrementalencoder', 'getincrementaldecoder', 'getreader', 'getwriter', 'encode', 'decode',
           'iterencode', 'iterdecode', 'strict_errors', 'ignore_errors', 'replace_errors',
           'xmlcharrefreplace_errors', 'backslashreplace_errors', 'namereplace_errors', 'register_error',
           'lookup_error']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE if _sys.byteorder == 'little' else BOM_UTF16_BE
BOM_UTF32 = BOM_UTF32_LE if _sys.byteorder == 'little' else BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """A codec's functions and classes (a 4-tuple of encode, decode, reader, writer, with names)."""
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return '<%s.%s object for encoding %s at %#x>' % (self.__class__.__module__, self.__class__.__qualname__,
                                                          self.name, id(self))


class Codec:
    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b'', 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Keeps the bytes of an incomplete character for the next call."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b''

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + bytes(input)
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        self.buffer = b''

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# ---------------------------------------------------------------------------------------------- text encodings

_ALIASES = {
    'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8', 'utf_8': 'utf-8',
    'latin1': 'iso8859-1', 'latin': 'iso8859-1', 'l1': 'iso8859-1', 'iso8859_1': 'iso8859-1', 'iso_8859_1': 'iso8859-1',
    'iso88591': 'iso8859-1', '8859': 'iso8859-1', 'cp819': 'iso8859-1', 'latin_1': 'iso8859-1',
    'ascii': 'ascii', 'us_ascii': 'ascii', 'us': 'ascii', 'ansi_x3.4_1968': 'ascii', '646': 'ascii',
    'utf16': 'utf-16', 'utf_16': 'utf-16', 'utf_16_le': 'utf-16-le', 'utf_16le': 'utf-16-le', 'utf_16_be': 'utf-16-be',
    'utf_16be': 'utf-16-be', 'utf32': 'utf-32', 'utf_32': 'utf-32', 'utf_32_le': 'utf-32-le', 'utf_32le': 'utf-32-le',
    'utf_32_be': 'utf-32-be', 'utf_32be': 'utf-32-be', 'utf_8_sig': 'utf-8-sig', 'utf8_sig': 'utf-8-sig',
}


def _normalize(encoding):
    return '_'.join(encoding.lower().replace('-', ' ').split())


def _utf8_cut(data, final):
    """How many bytes of data hold complete UTF-8 characters (all of them when final)."""
    n = len(data)
    if final:
        return n
    for i in range(n - 1, max(-1, n - 4), -1):
        b = data[i]
        if b & 0xC0 == 0x80:
            continue
        if b >= 0xC0:
            need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
            if n - i < need:
                return i
        break
    return n


def _unit_cut(data, final, unit, big):
    """How many bytes of UTF-16 or UTF-32 data hold complete characters."""
    n = len(data)
    if final:
        return n
    n -= n % unit
    if unit == 2 and n >= 2:
        hi = data[n - 2] if big else data[n - 1]
        if 0xD8 <= hi <= 0xDB:
            n -= 2
    return n


_CODEC_NAMES = {'iso8859-1': 'latin-1'}


def _text_codec(display):
    """CodecInfo for an encoding the built-in str.encode and bytes.decode know."""
    name = _CODEC_NAMES.get(display, display)

    def encode(input, errors='strict'):
        return input.encode(name, errors), len(input)

    if name == 'utf-8':
        def cut(data, final):
            return _utf8_cut(data, final)
    elif name.startswith('utf-16') or name.startswith('utf-32'):
        unit = 2 if name.startswith('utf-16') else 4
        big = name.endswith('be')

        def cut(data, final):
            return _unit_cut(data, final, unit, big)
    else:
        def cut(data, final):
            return len(data)

    def decode(input, errors='strict', final=True):
        data = bytes(input)
        n = cut(data, final)
        return data[:n].decode(name, errors), n

    class Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return input.encode(name, self.errors)

    class Decoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return decode(input, errors, final)

    if name in ('utf-16', 'utf-32'):
        # The byte order mark comes once, at the start: later chunks use the order it gave.
        bom_le, bom_be = (BOM_UTF16_LE, BOM_UTF16_BE) if name == 'utf-16' else (BOM_UTF32_LE, BOM_UTF32_BE)

        class Encoder(IncrementalEncoder):  # noqa: F811
            def __init__(self, errors='strict'):
                IncrementalEncoder.__init__(self, errors)
                self.first = True

            def encode(self, input, final=False):
                if self.first:
                    self.first = False
                    return input.encode(name, self.errors)
                return input.encode(name + '-le', self.errors)

            def reset(self):
                self.first = True

        class Decoder(BufferedIncrementalDecoder):  # noqa: F811
            def __init__(self, errors='strict'):
                BufferedIncrementalDecoder.__init__(self, errors)
                self.order = None

            def _buffer_decode(self, input, errors, final):
                skip = 0
                if self.order is None:
                    if len(input) < len(bom_le) and not final:
                        return '', 0
                    if input.startswith(bom_le):
                        self.order, skip = '-le', len(bom_le)
                    elif input.startswith(bom_be):
                        self.order, skip = '-be', len(bom_be)
                    else:
                        self.order = '-le'
                text, n = _text_codec(name + self.order).decode(input[skip:], errors, final)
                return text, n + skip

            def getstate(self):
                return (self.buffer, 0 if self.order is None else 2)

            def reset(self):
                BufferedIncrementalDecoder.reset(self)
                self.order = None

    return _make_info(display, encode, decode, Encoder, Decoder)


def _make_info(name, encode, decode, encoder, decoder, text=True):
    class Reader(StreamReader):
        pass

    class Writer(StreamWriter):
        pass

    Reader.decode = staticmethod(decode)
    Writer.encode = staticmethod(encode)
    return CodecInfo(encode, decode, Reader, Writer, encoder, decoder, name=name, _is_text_encoding=text)


def _utf8_sig():
    def encode(input, errors='strict'):
        return BOM_UTF8 + input.encode('utf-8', errors), len(input)

    def decode(input, errors='strict', final=True):
        data = bytes(input)
        prefix = 3 if data.startswith(BOM_UTF8) else 0
        n = _utf8_cut(data, final)
        return data[prefix:n].decode('utf-8', errors), max(n, prefix)

    class Encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.first = True

        def encode(self, input, final=False):
            if self.first:
                self.first = False
                return BOM_UTF8 + input.encode('utf-8', self.errors)
            return input.encode('utf-8', self.errors)

        def reset(self):
            self.first = True

    class Decoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.first = True

        def _buffer_decode(self, input, errors, final):
            if self.first:
                if len(input) < 3 and BOM_UTF8.startswith(input) and not final:
                    return '', 0
                self.first = False
                if input.startswith(BOM_UTF8):
                    text, n = decode(input[3:], errors, final)
                    return text, n + 3
            data = bytes(input)
            n = _utf8_cut(data, final)
            return data[:n].decode('utf-8', errors), n

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.first = True

    return _make_info('utf-8-sig', encode, decode, Encoder, Decoder)


# ---------------------------------------------------------------------------------------------- transforms

def _transform(name, enc, dec, text=False):
    def encode(input, errors='strict'):
        if errors != 'strict':
            raise ValueError('Unsupported error handling mode: %r' % (errors,))
        return enc(input), len(input)

    def decode(input, errors='strict', final=True):
        if errors != 'strict':
            raise ValueError('Unsupported error handling mode: %r' % (errors,))
        return dec(input), len(input)

    class Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return enc(input)

    class Decoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return dec(input)

    return _make_info(name, encode, decode, Encoder, Decoder, text=text)


def _hex():
    import binascii
    return _transform('hex', lambda b: binascii.b2a_hex(bytes(b)), lambda b: binascii.a2b_hex(b))


def _base64():
    import binascii

    def enc(b):
        b = bytes(b)
        return b''.join(binascii.b2a_base64(b[i:i + 57]) for i in range(0, len(b), 57)) if b else b''
    return _transform('base64', enc, lambda b: binascii.a2b_base64(b))


def _zlib():
    import zlib
    return _transform('zlib', lambda b: zlib.compress(bytes(b)), lambda b: zlib.decompress(bytes(b)))


def _rot13():
    table = {}
    for base in (ord('a'), ord('A')):
        for i in range(26):
            table[base + i] = base + (i + 13) % 26

    def rot(s):
        return s.translate(table)
    return _transform('rot-13', rot, rot, text=False)


_TRANSFORMS = {'hex': _hex, 'hex_codec': _hex, 'base64': _base64, 'base_64': _base64, 'base64_codec': _base64,
               'zlib': _zlib, 'zip': _zlib, 'zlib_codec': _zlib, 'rot13': _rot13, 'rot_13': _rot13}

_search_functions = []
_cache = {}


def register(search_function):
    """Adds a function mapping a normalized encoding name to a CodecInfo (or None)."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def lookup(encoding):
    """The CodecInfo of an encoding; LookupError when none is known."""
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s' % type(encoding).__name__)
    key = _normalize(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    for search in _search_functions:
        info = search(key)
        if info is not None:
            break
    else:
        name = _ALIASES.get(key, key.replace('_', '-'))
        if name == 'utf-8-sig':
            info = _utf8_sig()
        elif key in _TRANSFORMS:
            info = _TRANSFORMS[key]()
        else:
            try:
                ''.encode(_CODEC_NAMES.get(name, name))
            except LookupError:
                raise LookupError('unknown encoding: %s' % encoding) from None
            info = _text_codec(name)
    _cache[key] = info
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj with the codec for encoding."""
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj with the codec for encoding."""
    return lookup(encoding).decode(obj, errors)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode('', True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b'', True)
    if output:
        yield output


# ---------------------------------------------------------------------------------------------- streams

class StreamWriter(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b''
        self.charbuffer = ''

    def read(self, size=-1, chars=-1, firstline=False):
        data = self.stream.read() if size is None or size < 0 else self.stream.read(size)
        data = self.bytebuffer + (data or b'')
        final = size is None or size < 0 or not data
        try:
            text, consumed = self.decode(data, self.errors, final)
        except TypeError:
            text, consumed = self.decode(data, self.errors)
        self.bytebuffer = data[consumed:]
        text = self.charbuffer + text
        if chars is not None and chars >= 0:
            self.charbuffer = text[chars:]
            return text[:chars]
        self.charbuffer = ''
        return text

    def readline(self, size=None, keepends=True):
        while True:
            i = self.charbuffer.find('\n')
            if i >= 0:
                line, self.charbuffer = self.charbuffer[:i + 1], self.charbuffer[i + 1:]
                return line if keepends else line[:-1]
            more = self.read(72)
            if not more:
                line, self.charbuffer = self.charbuffer, ''
                return line
            self.charbuffer = more if not self.charbuffer else self.charbuffer + more
            if '\n' not in more:
                continue

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b''
        self.charbuffer = ''

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Opens a file whose text is encoded with encoding: no newline translation, as CPython's codecs.open."""
    import builtins
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except BaseException:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """A stream reading and writing data_encoding over a file in file_encoding (text passes through as is here)."""
    if file_encoding is None:
        file_encoding = data_encoding
    info = lookup(file_encoding)
    return StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)


# ---------------------------------------------------------------------------------------------- error handlers

def strict_errors(exception):
    if isinstance(exception, Exception):
        raise exception
    raise TypeError("don't know how to handle %s in error callback" % type(exception).__name__)


def ignore_errors(exception):
    return ('', exception.end)


def replace_errors(exception):
    if isinstance(exception, UnicodeEncodeError):
        return ('?' * (exception.end - exception.start), exception.end)
    return ('\ufffd', exception.end)


def xmlcharrefreplace_errors(exception):
    s = exception.object[exception.start:exception.end]
    return (''.join('&#%d;' % ord(c) for c in s), exception.end)


def backslashreplace_errors(exception):
    if isinstance(exception, UnicodeDecodeError):
        b = exception.object[exception.start:exception.end]
        return (''.join('\\x%02x' % c for c in b), exception.end)
    out = []
    for c in exception.object[exception.start:exception.end]:
        o = ord(c)
        out.append('\\x%02x' % o if o < 0x100 else '\\u%04x' % o if o < 0x10000 else '\\U%08x' % o)
    return (''.join(out), exception.end)


def namereplace_errors(exception):
    return backslashreplace_errors(exception)


_error_handlers = {'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
                   'xmlcharrefreplace': xmlcharrefreplace_errors, 'backslashreplace': backslashreplace_errors,
                   'namereplace': namereplace_errors}


def register_error(name, error_handler):
    """Registers a handler by name (str.encode and bytes.decode apply only the built-in ones)."""
    if not callable(error_handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = error_handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError('unknown error handler name %r' % (name,)) from None


# ---------------------------------------------------------------------------------------------- codec functions

def _codec_functions(prefix, name):
    def enc(str, errors=None):
        return lookup(name).encode(str, errors or 'strict')

    def dec(data, errors=None, final=False):
        return lookup(name).decode(data, errors or 'strict', final)
    enc.__name__ = prefix + '_encode'
    dec.__name__ = prefix + '_decode'
    return enc, dec


utf_8_encode, utf_8_decode = _codec_functions('utf_8', 'utf-8')
utf_16_encode, utf_16_decode = _codec_functions('utf_16', 'utf-16')
utf_16_le_encode, utf_16_le_decode = _codec_functions('utf_16_le', 'utf-16-le')
utf_16_be_encode, utf_16_be_decode = _codec_functions('utf_16_be', 'utf-16-be')
utf_32_encode, utf_32_decode = _codec_functions('utf_32', 'utf-32')
utf_32_le_encode, utf_32_le_decode = _codec_functions('utf_32_le', 'utf-32-le')
utf_32_be_encode, utf_32_be_decode = _codec_functions('utf_32_be', 'utf-32-be')


def latin_1_encode(str, errors=None):
    return str.encode('latin-1', errors or 'strict'), len(str)


def latin_1_decode(data, errors=None):
    return bytes(data).decode('latin-1', errors or 'strict'), len(data)


def ascii_encode(str, errors=None):
    return str.encode('ascii', errors or 'strict'), len(str)


def ascii_decode(data, errors=None):
    return bytes(data).decode('ascii', errors or 'strict'), len(data)
