"""urllib.parse: splitting, joining, quoting and query strings of URLs (RFC 3986), as CPython does."""
from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes", "unquote", "unquote_plus", "unquote_to_bytes",
           "ParseResult", "SplitResult", "DefragResult"]

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https', 'shttp', 'mms', 'prospero',
                 'rtsp', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms', 'https', 'shttp', 'snews',
               'prospero', 'rtsp', 'rtspu', 'rsync', 'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtspu', 'sip', 'sips',
               'mms', 'sftp', 'tel']
_SCHEME_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.'


class _NetlocMixin:
    __slots__ = ()

    @property
    def username(self):
        userinfo = self.netloc.rpartition('@')
        if not userinfo[1]:
            return None
        return userinfo[0].partition(':')[0]

    @property
    def password(self):
        userinfo = self.netloc.rpartition('@')
        if not userinfo[1]:
            return None
        user, have, pw = userinfo[0].partition(':')
        return pw if have else None

    @property
    def _hostport(self):
        return self.netloc.rpartition('@')[2]

    @property
    def hostname(self):
        host = self._hostport
        if host.startswith('['):
            host = host[1:].partition(']')[0]
        else:
            host = host.partition(':')[0]
        if not host:
            return None
        return host.lower() if '%' not in host else host.partition('%')[0].lower() + '%' + host.partition('%')[2]

    @property
    def port(self):
        host = self._hostport
        if host.startswith('['):
            port = host.partition(']')[2].partition(':')[2] if ']:' in host else ''
        else:
            port = host.partition(':')[2]
        if not port:
            return None
        if not port.isdigit() or not port.isascii():
            raise ValueError("Port could not be cast to integer value as %r" % port)
        port = int(port)
        if not 0 <= port <= 65535:
            raise ValueError("Port out of range 0-65535")
        return port


class SplitResult(namedtuple('SplitResult', 'scheme netloc path query fragment'), _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(namedtuple('ParseResult', 'scheme netloc path params query fragment'), _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResult(namedtuple('DefragResult', 'url fragment')):
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url


def urlsplit(url, scheme='', allow_fragments=True):
    url = url.lstrip(''.join(chr(c) for c in range(33)))
    for ch in '\t\r\n':
        url = url.replace(ch, '')
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0].isascii() and url[0].isalpha() and all(c in _SCHEME_CHARS for c in url[:i]):
        scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        end = len(url)
        for c in '/?#':
            k = url.find(c, 2)
            if k >= 0:
                end = min(end, k)
        netloc, url = url[2:end], url[end:]
        if ('[' in netloc and ']' not in netloc) or (']' in netloc and '[' not in netloc):
            raise ValueError("Invalid IPv6 URL")
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def _splitparams(url):
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    if scheme in uses_params and ';' in url:
        url, params = _splitparams(url)
    else:
        params = ''
    return ParseResult(scheme, netloc, url, params, query, fragment)


def urlunsplit(components):
    scheme, netloc, url, query, fragment = components
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return url


def urlunparse(components):
    scheme, netloc, url, params, query, fragment = components
    if params:
        url = "%s;%s" % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))


def _remove_dot_segments(segments):
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    return out


def urljoin(base, url, allow_fragments=True):
    if not base:
        return url
    if not url:
        return base
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if not scheme:
        scheme = bscheme
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = bnetloc
    if not path and not params:
        path = bpath
        params = bparams
        if not query:
            query = bquery
        return urlunparse((scheme, netloc, path, params, query, fragment))
    base_parts = bpath.split('/')
    if base_parts[-1] != '':
        del base_parts[-1]
    if path[:1] == '/':
        segments = path.split('/')
    else:
        segments = base_parts + path.split('/')
        segments[1:-1] = filter(None, segments[1:-1])
    resolved = []
    for seg in segments:
        if seg == '..':
            try:
                resolved.pop()
            except IndexError:
                pass
        elif seg == '.':
            continue
        else:
            resolved.append(seg)
    if segments[-1] in ('.', '..'):
        resolved.append('')
    return urlunparse((scheme, netloc, '/'.join(resolved) or '/', params, query, fragment))


def urldefrag(url):
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    return DefragResult(defrag, frag)


_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')


def quote_from_bytes(bs, safe='/'):
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    allowed = _ALWAYS_SAFE | frozenset(safe)
    return ''.join(chr(b) if b in allowed else '%{:02X}'.format(b) for b in bs)


def quote(string, safe='/', encoding=None, errors=None):
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    if (isinstance(string, str) and ' ' not in string) or (isinstance(string, bytes) and b' ' not in string):
        return quote(string, safe, encoding, errors)
    if isinstance(safe, str):
        space = ' '
    else:
        space = b' '
    string = quote(string, safe + space, encoding, errors)
    return string.replace(' ', '+')


def unquote_to_bytes(string):
    if not string:
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    parts = string.split(b'%')
    out = bytearray(parts[0])
    for item in parts[1:]:
        try:
            out.append(int(item[:2], 16) if len(item) >= 2 and all(c in b'0123456789abcdefABCDEF' for c in item[:2])
                       else None)
            out.extend(item[2:])
        except TypeError:
            out.extend(b'%')
            out.extend(item)
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        return string
    out = []
    i = 0
    n = len(string)
    while i < n:
        j = string.find('%', i)
        if j < 0:
            out.append(string[i:])
            break
        out.append(string[i:j])
        raw = bytearray()
        while j + 2 < n + 0 and string[j] == '%' and j + 2 <= n - 1 + 1 and _hex2(string[j + 1:j + 3]):
            raw.append(int(string[j + 1:j + 3], 16))
            j += 3
            if j >= n:
                break
        if raw:
            out.append(raw.decode(encoding, errors))
            i = j
        else:
            out.append('%')
            i = j + 1
    return ''.join(out)


def _hex2(s):
    return len(s) == 2 and all(c in '0123456789abcdefABCDEF' for c in s)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    return unquote(string.replace('+', ' '), encoding, errors)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace',
              max_num_fields=None, separator='&'):
    if not qs:
        return []
    if isinstance(qs, bytes):
        qs = qs.decode('ascii')
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None and 1 + qs.count(separator) > max_num_fields:
        raise ValueError('Max number of fields exceeded')
    result = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name, has_eq, value = field.partition('=')
        if not has_eq:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            result.append((unquote(name.replace('+', ' '), encoding, errors),
                           unquote(value.replace('+', ' '), encoding, errors)))
    return result


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace',
             max_num_fields=None, separator='&'):
    parsed = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors, max_num_fields,
                                 separator):
        parsed.setdefault(name, []).append(value)
    return parsed


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError:
            raise TypeError("not a valid non-string sequence or mapping object") from None
    out = []

    def q(v):
        if isinstance(v, bytes):
            return quote_via(v, safe)
        return quote_via(str(v), safe, encoding, errors)

    for k, v in query:
        if not doseq or isinstance(v, (str, bytes)):
            out.append(q(k) + '=' + q(v))
        else:
            try:
                items = iter(v)
            except TypeError:
                out.append(q(k) + '=' + q(v))
            else:
                for elt in items:
                    out.append(q(k) + '=' + q(elt))
    return '&'.join(out)


# The legacy splitting helpers other standard modules (mimetypes, urllib.request) still call.

def unwrap(url):
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


def _splittype(url):
    scheme, sep, rest = url.partition(':')
    if sep and scheme and all(c in _SCHEME_CHARS for c in scheme) and scheme[0].isalpha():
        return scheme.lower(), rest
    return None, url


def _splithost(url):
    if url[:2] == '//':
        rest = url[2:]
        end = len(rest)
        for c in '/?#':
            k = rest.find(c)
            if k >= 0:
                end = min(end, k)
        host, path = rest[:end], rest[end:]
        if path and path[0] != '/':
            path = '/' + path
        return host, path
    return None, url


def _splituser(host):
    user, delim, host = host.rpartition('@')
    return (user if delim else None), host


def _splitpasswd(user):
    user, delim, passwd = user.partition(':')
    return user, (passwd if delim else None)


def _splitport(host):
    h, sep, port = host.rpartition(':')
    if sep and port.isdigit() and port.isascii() and ']' not in port:
        return h, port
    if sep and port == '':
        return h, None
    return host, None


def _splitnport(host, defport=-1):
    h, delim, port = host.rpartition(':')
    if not delim:
        h = host
    elif port:
        if port.isdigit() and port.isascii():
            return h, int(port)
        return h, None
    return h, defport


def _splitquery(url):
    path, delim, query = url.rpartition('?')
    if delim:
        return path, query
    return url, None


def _splittag(url):
    path, delim, tag = url.rpartition('#')
    if delim:
        return path, tag
    return url, None


def _splitattr(url):
    words = url.split(';')
    return words[0], words[1:]


def _splitvalue(attr):
    attr, delim, value = attr.partition('=')
    return attr, (value if delim else None)


def _to_bytes(url):
    return url
