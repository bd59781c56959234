"""Krait's base64: standard and URL-safe base64, base32 and base16."""

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'


class Error(ValueError):
    pass


def _bytes(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not '%s'" % type(s).__name__)


def b64encode(s, altchars=None):
    data = bytes(s)
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b'\0' * (3 - len(chunk)), 'big')
        quad = [_B64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        if len(chunk) < 3:
            quad[len(chunk) + 1:] = '=' * (3 - len(chunk))
        out.extend(quad)
    encoded = ''.join(out).encode('ascii')
    if altchars is not None:
        encoded = encoded.replace(b'+', altchars[0:1]).replace(b'/', altchars[1:2])
    return encoded


def b64decode(s, altchars=None, validate=False):
    data = _bytes(s)
    if altchars is not None:
        altchars = _bytes(altchars)
        data = data.replace(altchars[0:1], b'+').replace(altchars[1:2], b'/')
    text = data.decode('ascii')
    if not validate:
        text = ''.join(c for c in text if c in _B64 or c == '=')
    elif any(c not in _B64 and c != '=' for c in text):
        raise Error('Only base64 data is allowed')
    body = text.rstrip('=')
    if len(body) % 4 == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4' % len(body))
    if len(text) % 4:
        raise Error('Incorrect padding')
    out = bytearray()
    bits = 0
    nbits = 0
    for c in body:
        bits = (bits << 6) | _B64.index(c)
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xff)
    return bytes(out)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b'-_')


def urlsafe_b64decode(s):
    return b64decode(s, b'-_')


def b32encode(s):
    data = bytes(s)
    out = []
    for i in range(0, len(data), 5):
        chunk = data[i:i + 5]
        n = int.from_bytes(chunk + b'\0' * (5 - len(chunk)), 'big')
        group = [_B32[(n >> (35 - 5 * k)) & 31] for k in range(8)]
        used = {0: 0, 1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[len(chunk)]
        group[used:] = '=' * (8 - used)
        out.extend(group)
    return ''.join(out).encode('ascii')


def b32decode(s, casefold=False):
    text = _bytes(s).decode('ascii')
    if casefold:
        text = text.upper()
    if len(text) % 8:
        raise Error('Incorrect padding')
    body = text.rstrip('=')
    out = bytearray()
    bits = 0
    nbits = 0
    for c in body:
        if c not in _B32:
            raise Error('Non-base32 digit found')
        bits = (bits << 5) | _B32.index(c)
        nbits += 5
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xff)
    return bytes(out)


def b16encode(s):
    return bytes(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    text = _bytes(s).decode('ascii')
    if casefold:
        text = text.upper()
    if any(c not in '0123456789ABCDEF' for c in text):
        raise Error('Non-base16 digit found')
    return bytes.fromhex(text)


def encodebytes(s):
    data = b64encode(s)
    return b''.join(data[i:i + 76] + b'\n' for i in range(0, len(data), 76))


def decodebytes(s):
    return b64decode(s)
