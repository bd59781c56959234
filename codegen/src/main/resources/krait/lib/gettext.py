"""Krait's gettext: message catalogs in GNU .mo files, the class-based API (translation(),
NullTranslations, GNUTranslations) and the GNU-style functions (gettext, ngettext, pgettext, ...).

Plural-Forms expressions of catalogs are translated to Python as CPython translates them and
compiled with exec, so they need the compiler: `krait run` has it, a jar from `krait compile`
does not.
"""

import os
import re
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext',
           'dnpgettext']

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')


# ---- Plural-Forms: a C expression in n -------------------------------------------------------------

_token_pattern = re.compile(r"""
        (?P<WHITESPACES>[ \t]+)                    | # spaces and horizontal tabs
        (?P<NUMBER>[0-9]+\b)                       | # decimal integer
        (?P<NAME>n\b)                              | # only n is allowed
        (?P<PARENTHESIS>[()])                      |
        (?P<OPERATOR>[-*/%+?:]|[><!]=?|==|&&|\|\|) | # !, *, /, %, +, -, <, >,
        (?P<INVALID>\w+|.)                           # invalid token
    """, re.VERBOSE | re.DOTALL)


def _tokenize(plural):
    for mo in _token_pattern.finditer(plural):
        kind = mo.lastgroup
        if kind == 'WHITESPACES':
            continue
        value = mo.group(kind)
        if kind == 'INVALID':
            raise ValueError('invalid token in plural form: %s' % value)
        yield value
    yield ''


def _error(value):
    if value:
        return ValueError('unexpected token in plural form: %s' % value)
    return ValueError('unexpected end of plural form')


# binding strength of C's binary operators, weakest first, and their Python spellings
_binary_ops = {'||': 1, '&&': 2, '==': 3, '!=': 3, '<': 4, '>': 4, '<=': 4, '>=': 4,
               '+': 5, '-': 5, '*': 6, '/': 6, '%': 6}
_c2py_ops = {'||': 'or', '&&': 'and', '/': '//'}


def _parse(tokens, priority=-1):
    # Returns (Python source of the expression, the token after it).
    result = ''
    tok = next(tokens)
    while tok == '!':
        result += 'not '
        tok = next(tokens)
    if tok == '(':
        sub, tok = _parse(tokens)
        result = '%s(%s)' % (result, sub)
        if tok != ')':
            raise ValueError('unbalanced parenthesis in plural form')
    elif tok == 'n':
        result += tok
    else:
        try:
            value = int(tok, 10)
        except ValueError:
            raise _error(tok) from None
        result = '%s%d' % (result, value)
    tok = next(tokens)
    last = 100
    while tok in _binary_ops:
        level = _binary_ops[tok]
        if level < priority:
            break
        # C compares left to right where Python would chain: parenthesise
        if level in (3, 4) and last in (3, 4):
            result = '(%s)' % result
        right, nexttok = _parse(tokens, level + 1)
        result = '%s %s %s' % (result, _c2py_ops.get(tok, tok), right)
        tok = nexttok
        last = level
    if last == priority == 4:
        result = '(%s)' % result
    if tok == '?' and priority <= 0:
        if_true, tok = _parse(tokens, 0)
        if tok != ':':
            raise _error(tok)
        if_false, tok = _parse(tokens)
        result = '%s if %s else %s' % (if_true, result, if_false)
        if priority == 0:
            result = '(%s)' % result
    return result, tok


def _as_int(n):
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s' % (n.__class__.__name__,)) from None
    import warnings
    frame = sys._getframe(1)
    stacklevel = 2
    while frame.f_back is not None and frame.f_globals.get('__name__') == __name__:
        stacklevel += 1
        frame = frame.f_back
    warnings.warn('Plural value must be an integer, got %s' % (n.__class__.__name__,),
                  DeprecationWarning, stacklevel)
    return n


def c2py(plural):
    """Gets a C expression as used in PO files for plural forms and returns a Python function
    that implements an equivalent expression."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    try:
        result, tok = _parse(_tokenize(plural))
        if tok:
            raise _error(tok)
        depth = 0
        for c in result:
            if c == '(':
                depth += 1
                if depth > 20:
                    raise ValueError('plural form expression is too complex')
            elif c == ')':
                depth -= 1
        ns = {'_as_int': _as_int, '__name__': __name__}
        exec('def func(n):\n'
             '    if not isinstance(n, int):\n'
             '        n = _as_int(n)\n'
             '    return int(%s)\n' % result, ns)
        return ns['func']
    except RecursionError:
        raise ValueError('plural form expression is too complex')


def _expand_lang(loc):
    # 'll_CC.codeset@modifier' -> the names made of the language and a subset of the other parts,
    # most specific first
    import locale
    loc = locale.normalize(loc)
    parts = {}
    for sep, bit in (('@', 4), ('.', 1), ('_', 2)):
        pos = loc.find(sep)
        parts[bit] = loc[pos:] if pos >= 0 else ''
        if pos >= 0:
            loc = loc[:pos]
    mask = sum(bit for bit, part in parts.items() if part)
    names = []
    for i in range(mask, -1, -1):
        if not i & ~mask:
            names.append(loc + ''.join(parts[bit] for bit in (2, 1, 4) if i & bit))
    return names


class NullTranslations:
    """Translations that translate nothing (apart from what a fallback translates)."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """Make _ (and the named methods among gettext, ngettext, pgettext, npgettext) builtins."""
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            for name in {'gettext', 'ngettext', 'npgettext', 'pgettext'} & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """Translations read from a GNU .mo file."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = "%s\x04%s"    # msgctxt EOT msgid, as GNU gettext stores a message with a context
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        """Returns a tuple of major version, minor version"""
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        from struct import unpack
        filename = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)     # English rules until the header says otherwise
        buf = fp.read()
        buflen = len(buf)
        magic = unpack('<I', buf[:4])[0]
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', filename)
        version, msgcount, masteridx, transidx = unpack(order + '4I', buf[4:20])
        major_version, minor_version = self._get_versions(version)
        if major_version not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major_version), filename)
        pair = order + 'II'
        for _ in range(msgcount):
            mlen, moff = unpack(pair, buf[masteridx:masteridx + 8])
            tlen, toff = unpack(pair, buf[transidx:transidx + 8])
            mend, tend = moff + mlen, toff + tlen
            if not (mend < buflen and tend < buflen):
                raise OSError(0, 'File is corrupt', filename)
            msg = buf[moff:mend]
            tmsg = buf[toff:tend]
            if mlen == 0:
                self._read_header(tmsg)
            charset = self._charset or 'ascii'
            if b'\x00' in msg:
                # a message with plural forms: one translation per form
                msgid1, msgid2 = msg.split(b'\x00')
                msgid1 = str(msgid1, charset)
                for i, x in enumerate(tmsg.split(b'\x00')):
                    catalog[(msgid1, i)] = str(x, charset)
            else:
                catalog[str(msg, charset)] = str(tmsg, charset)
            masteridx += 8
            transidx += 8

    def _read_header(self, tmsg):
        lastk = None
        for b_item in tmsg.split(b'\n'):
            item = b_item.decode().strip()
            if not item:
                continue
            if item.startswith('#-#-#-#-#') and item.endswith('#-#-#-#-#'):
                continue    # msgcat's separators between merged headers
            k = v = None
            if ':' in item:
                k, v = item.split(':', 1)
                k = k.strip().lower()
                v = v.strip()
                self._info[k] = v
                lastk = k
            elif lastk:
                self._info[lastk] += '\n' + item
            if k == 'content-type':
                self._charset = v.split('charset=')[1]
            elif k == 'plural-forms':
                plural = v.split(';')[1].split('plural=')[1]
                self.plural = c2py(plural)

    def gettext(self, message):
        missing = object()
        tmsg = self._catalog.get(message, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((message, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        ctxt_msg_id = self.CONTEXT % (context, message)
        missing = object()
        tmsg = self._catalog.get(ctxt_msg_id, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((ctxt_msg_id, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        ctxt_msg_id = self.CONTEXT % (context, msgid1)
        try:
            return self._catalog[ctxt_msg_id, self.plural(n)]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2


def find(domain, localedir=None, languages=None, all=False):
    """The .mo file(s) of the domain for the languages (from the environment by default)."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for envar in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            val = os.environ.get(envar)
            if val:
                languages = val.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    candidates = []
    for lang in languages:
        for name in _expand_lang(lang):
            if name not in candidates:
                candidates.append(name)
    result = [] if all else None
    for lang in candidates:
        if lang == 'C':
            break       # the C locale means untranslated: later languages are not looked at
        mofile = os.path.join(localedir, lang, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(mofile):
            if not all:
                return mofile
            result.append(mofile)
    return result


_translations = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The translations of the domain: the first catalog found, the others as its fallbacks."""
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)
    import copy
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        t = _translations.get(key)
        if t is None:
            with open(mofile, 'rb') as fp:
                t = _translations.setdefault(key, class_(fp))
        # a copy, so that fallbacks added to it do not change the cached catalog
        t = copy.copy(t)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_translation(domain):
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return None


def dgettext(domain, message):
    t = _domain_translation(domain)
    return message if t is None else t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    t = _domain_translation(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    t = _domain_translation(domain)
    return message if t is None else t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    t = _domain_translation(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
