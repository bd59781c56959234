"""html: escape text for HTML, and turn character references back into the characters they stand for."""
import re as _re
import sys as _sys

# Submodules Krait does not ship (html.parser) come from an html package further along sys.path, such as
# CPython's standard library on KRAITPATH.
for _entry in _sys.path:
    _dir = (_entry or '.').rstrip('/') + '/html'
    try:
        with open(_dir + '/__init__.py', 'rb'):
            pass
    except OSError:
        continue
    if _dir not in __path__:
        __path__.append(_dir)

from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replaces the characters &, < and > of s by HTML-safe sequences; with quote (the default) the quotes
    " and ' too, so that the result may stand in an attribute value."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s


# What the HTML standard's tokenizer makes of numeric references to code points it does not allow:
# NUL and the C1 controls (read as windows-1252) are replaced, carriage return kept.
_REPLACED = {0x00: '\ufffd', 0x0d: '\r'}
for _cp, _ch in zip(range(0x80, 0xa0),
                    '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f'
                    '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178'):
    _REPLACED[_cp] = _ch
del _cp, _ch


def _dropped(cp):
    """Whether a numeric reference to cp stands for nothing: other controls and the noncharacters."""
    return (0x01 <= cp <= 0x08 or cp == 0x0b or 0x0e <= cp <= 0x1f or 0x7f <= cp <= 0x9f
            or 0xfdd0 <= cp <= 0xfdef or (cp & 0xfffe) == 0xfffe)


def _numeric(digits, base):
    cp = int(digits, base)
    if cp in _REPLACED:
        return _REPLACED[cp]
    if 0xd800 <= cp <= 0xdfff or cp > 0x10ffff:
        return '\ufffd'
    if _dropped(cp):
        return ''
    return chr(cp)


def _replace(match):
    ref = match.group(1)
    if ref[0] == '#':
        if ref[1] in 'xX':
            return _numeric(ref[2:].rstrip(';'), 16)
        return _numeric(ref[1:].rstrip(';'), 10)
    if ref in _html5:
        return _html5[ref]
    # the longest name that starts the reference (some, like "&amp", may appear without their ';')
    for end in range(len(ref) - 1, 1, -1):
        name = ref[:end]
        if name in _html5:
            return _html5[name] + ref[end:]
    return '&' + ref


_REFERENCE = _re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """Replaces the named and numeric character references of s (&gt;, &#62;, &#x3e;) by their characters,
    as the HTML5 standard reads them (in text, not in attribute values)."""
    if '&' not in s:
        return s
    return _REFERENCE.sub(_replace, s)
