"""Krait's locale: the C and POSIX locales (and C.UTF-8) only.

The JVM gives no access to the C library's locales, so Krait knows the ones every POSIX system
has: 'C' (also spelt 'POSIX') and its UTF-8 variant ('C.UTF-8', 'C.utf8', ...). setlocale()
accepts those and raises locale.Error for any other name, as CPython does on a system where the
name is not installed. Categories start as CPython's do: LC_CTYPE from the environment (coerced
to C.UTF-8, PEP 538), the others 'C'. Number formatting is therefore the C locale's: '.' as the
decimal point, no grouping, no currency.
"""

import os as _os
import re as _re
import sys
from builtins import str as _builtin_str
from collections.abc import Mapping as _Mapping

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "LC_MESSAGES"]

# Linux's values
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127


class Error(Exception):
    pass


Error.__module__ = 'locale'

# The categories glibc lists in a composite LC_ALL name, in its order, with their numbers
# (LC_PAPER and the later ones exist in C but not in Python's constants).
_GLIBC_CATEGORIES = [('LC_CTYPE', 0), ('LC_NUMERIC', 1), ('LC_TIME', 2), ('LC_COLLATE', 3),
                     ('LC_MONETARY', 4), ('LC_MESSAGES', 5), ('LC_PAPER', 7), ('LC_NAME', 8),
                     ('LC_ADDRESS', 9), ('LC_TELEPHONE', 10), ('LC_MEASUREMENT', 11),
                     ('LC_IDENTIFICATION', 12)]
_ENV_NAMES = {number: name for name, number in _GLIBC_CATEGORIES}


def _check_name(name):
    # What glibc's setlocale answers for a locale name: its canonical spelling, or None.
    if name in ('C', 'POSIX'):
        return 'C'
    if name.startswith('C.') and ''.join(c for c in name[2:] if c.isalnum()).lower() == 'utf8':
        return name
    return None


_coerced = False


def _from_environment(number):
    # setlocale(category, ''): LC_ALL, then the category's own variable, then LANG, else C.
    for var in ('LC_ALL', _ENV_NAMES[number], 'LANG'):
        value = _os.environ.get(var)
        if value:
            return value
        if var == 'LC_ALL' and number == LC_CTYPE and _coerced:
            return 'C.UTF-8'
    return 'C'


def _startup_ctype():
    # CPython coerces a C or POSIX LC_CTYPE to C.UTF-8 (PEP 538) unless LC_ALL is set; Krait also
    # takes C.UTF-8 for a locale it does not know.
    found = _check_name(_from_environment(LC_CTYPE))
    if found == 'C' and _os.environ.get('LC_ALL'):
        return 'C', False
    if found and found != 'C':
        return found, False
    return 'C.UTF-8', found == 'C'


_current = {number: 'C' for _, number in _GLIBC_CATEGORIES}
_current[LC_CTYPE], _coerced = _startup_ctype()


def _query_all():
    names = [_current[number] for _, number in _GLIBC_CATEGORIES]
    if all(n == names[0] for n in names):
        return names[0]
    return ';'.join('%s=%s' % (env, _current[number]) for env, number in _GLIBC_CATEGORIES)


def _set_all(locale):
    if ';' in locale:
        # a composite name, as the query returns it
        parts = dict(item.split('=', 1) for item in locale.split(';') if '=' in item)
        if set(parts) != {env for env, _ in _GLIBC_CATEGORIES}:
            raise Error('unsupported locale setting')
        names = {number: _check_name(parts[env]) for env, number in _GLIBC_CATEGORIES}
    elif locale == '':
        names = {number: _check_name(_from_environment(number)) for _, number in _GLIBC_CATEGORIES}
    else:
        name = _check_name(locale)
        names = {number: name for _, number in _GLIBC_CATEGORIES}
    if None in names.values():
        raise Error('unsupported locale setting')
    _current.update(names)
    return _query_all()


def _setlocale(category, locale=None):
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(category).__name__)
    if locale is not None and not isinstance(locale, _builtin_str):
        raise TypeError("setlocale() argument 2 must be str or None, not %s" % type(locale).__name__)
    if category == LC_ALL:
        return _query_all() if locale is None else _set_all(locale)
    if category not in _ENV_NAMES:
        raise Error('unsupported locale setting')
    if locale is None:
        return _current[category]
    name = _check_name(_from_environment(category) if locale == '' else locale)
    if name is None:
        raise Error('unsupported locale setting')
    _current[category] = name
    return name


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings -- '
                        'language code, encoding.') from None


def setlocale(category, locale=None):
    """Set the locale for the given category (a name, or a (language, encoding) pair); with no
    locale, return the current setting."""
    if locale and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    return _setlocale(category, locale)


def resetlocale(category=LC_ALL):
    """Sets the locale for category to the default setting (deprecated)."""
    import warnings
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead', DeprecationWarning, stacklevel=2)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', category=DeprecationWarning)
        loc = getdefaultlocale()
    _setlocale(category, _build_localename(loc))


# The aliases of the C locale in CPython's alias table; normalize() knows no others.
_C_ALIASES = {'c': 'C', 'c.ascii': 'C', 'c.en': 'C', 'c.iso88591': 'en_US.ISO8859-1',
              'c.utf8': 'en_US.UTF-8', 'c_c': 'C', 'c_c.c': 'C', 'posix': 'C', 'posix-utf2': 'C'}


def normalize(localename):
    """The canonical name of a locale (the C and POSIX aliases only; other names come back as
    given)."""
    code = localename.lower().replace(':', '.')
    if '@' in code:
        code = code.split('@', 1)[0]
    lang, _, encoding = code.partition('.')
    key = lang + ('.' + encoding.split('.')[0].replace('-', '').replace('_', '') if encoding else '')
    if key in _C_ALIASES:
        return _C_ALIASES[key]
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    elif code == 'C':
        return None, None
    elif code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def getlocale(category=LC_CTYPE):
    """The (language code, encoding) of the category's current setting."""
    localename = _setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """(language code, encoding) from the environment (deprecated)."""
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in Python 3.15. "
                  "Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    for variable in envvars:
        localename = _os.environ.get(variable, None)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def _codeset(name):
    return 'ANSI_X3.4-1968' if name == 'C' else 'UTF-8'


def getencoding():
    """The current LC_CTYPE's encoding."""
    return _codeset(_current[LC_CTYPE])


def getpreferredencoding(do_setlocale=True):
    """The encoding of text files: the environment's LC_CTYPE's (the current one's if
    do_setlocale is false)."""
    if sys.flags.utf8_mode:
        return 'utf-8'
    if not do_setlocale:
        return getencoding()
    return _codeset(_check_name(_from_environment(LC_CTYPE)) or 'C')


def localeconv():
    """The C locale's numeric and monetary conventions."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX, 'n_cs_precedes': CHAR_MAX,
            'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    """Compares two strings according to the locale (code points, in the C locale)."""
    for i, s in enumerate((a, b)):
        if not isinstance(s, _builtin_str):
            raise TypeError('strcoll() argument %d must be str, not %s' % (i + 1, type(s).__name__))
    return (a > b) - (a < b)


def strxfrm(s):
    """A string whose comparisons agree with strcoll's: the string itself in the C locale."""
    if not isinstance(s, _builtin_str):
        raise TypeError('strxfrm() argument must be str, not %s' % type(s).__name__)
    return s


# nl_langinfo: Linux's item numbers and the C locale's answers
_LANGINFO = {}


def _langinfo(name, number, value):
    globals()[name] = number
    _LANGINFO[number] = value


for _i, _d in enumerate(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']):
    _langinfo('DAY_%d' % (_i + 1), 131079 + _i, _d)
    _langinfo('ABDAY_%d' % (_i + 1), 131072 + _i, _d[:3])
for _i, _m in enumerate(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                         'September', 'October', 'November', 'December']):
    _langinfo('MON_%d' % (_i + 1), 131098 + _i, _m)
    _langinfo('ABMON_%d' % (_i + 1), 131086 + _i, _m[:3])
for _name, _number, _value in [('RADIXCHAR', 65536, '.'), ('THOUSEP', 65537, ''),
                               ('AM_STR', 131110, 'AM'), ('PM_STR', 131111, 'PM'),
                               ('D_T_FMT', 131112, '%a %b %e %H:%M:%S %Y'), ('D_FMT', 131113, '%m/%d/%y'),
                               ('T_FMT', 131114, '%H:%M:%S'), ('T_FMT_AMPM', 131115, '%I:%M:%S %p'),
                               ('ERA', 131116, ''), ('ERA_D_FMT', 131118, ''), ('ALT_DIGITS', 131119, ''),
                               ('ERA_D_T_FMT', 131120, ''), ('ERA_T_FMT', 131121, ''),
                               ('CRNCYSTR', 262159, '-'), ('YESEXPR', 327680, '^[yY]'),
                               ('NOEXPR', 327681, '^[nN]')]:
    _langinfo(_name, _number, _value)
CODESET = 14
del _i, _d, _m, _name, _number, _value


def nl_langinfo(key):
    """Return the value of a locale item (the C locale's)."""
    if key == CODESET:
        return getencoding()
    try:
        return _LANGINFO[key]
    except (KeyError, TypeError):
        if not isinstance(key, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(key).__name__)
        raise ValueError('unsupported langinfo constant') from None


# Message catalogs of the C library: none are installed, so messages come back unchanged.
def gettext(msg):
    return msg


def dgettext(domain, msg):
    return msg


def dcgettext(domain, msg, category):
    return msg


_domain = ['messages']


def textdomain(domain):
    if domain is not None:
        _domain[0] = domain
    return _domain[0]


def bindtextdomain(domain, dir):
    return _os.path.abspath('/usr/share/locale') if dir is None else _os.path.abspath(dir)


def bind_textdomain_codeset(domain, codeset):
    return codeset


# ---- number formatting (the C locale has no grouping, so `grouping` changes nothing) -------------

_percent_re = _re.compile(r'%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def _localize(formatted, grouping=False, monetary=False):
    if '.' in formatted:
        point = localeconv()['mon_decimal_point' if monetary else 'decimal_point']
        formatted = point.join(formatted.split('.'))
    return formatted


def _format(percent, value, grouping=False, monetary=False, *additional):
    formatted = percent % ((value,) + additional) if additional else percent % value
    if percent[-1] in 'eEfFgGdiu':
        formatted = _localize(formatted, grouping, monetary)
    return formatted


def format_string(f, val, grouping=False, monetary=False):
    """Formats a string in the same way that the % formatting would use, taking the locale into
    account."""
    percents = list(_percent_re.finditer(f))
    new_f = _percent_re.sub('%s', f)
    pieces = []
    if isinstance(val, _Mapping):
        for perc in percents:
            pieces.append('%' if perc.group()[-1] == '%' else _format(perc.group(), val, grouping, monetary))
    else:
        if not isinstance(val, tuple):
            val = (val,)
        i = 0
        for perc in percents:
            if perc.group()[-1] == '%':
                pieces.append('%')
                continue
            stars = perc.group('modifiers').count('*')
            pieces.append(_format(perc.group(), val[i], grouping, monetary, *val[i + 1:i + 1 + stars]))
            i += 1 + stars
    return new_f % tuple(pieces)


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated, use format_string instead."""
    import warnings
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.", DeprecationWarning, stacklevel=2)
    match = _percent_re.match(percent)
    if not match or len(match.group()) != len(percent):
        raise ValueError("format() must be given exactly one %%char format specifier, %s not valid"
                         % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    """Formats val according to the currency settings: impossible in the C locale."""
    digits = localeconv()['int_frac_digits' if international else 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    """Convert float to string, taking the locale into account."""
    return _format("%.12g", val)


def delocalize(string):
    """Parses a string as a normalized number according to the locale settings."""
    conv = localeconv()
    if conv['thousands_sep']:
        string = string.replace(conv['thousands_sep'], '')
    if conv['decimal_point']:
        string = string.replace(conv['decimal_point'], '.')
    return string


def localize(string, grouping=False, monetary=False):
    """Parses a string as locale number according to the locale settings."""
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    """Parses a string as a float according to the locale settings."""
    return func(delocalize(string))


def atoi(string):
    """Converts a string to an integer according to the locale settings."""
    return int(delocalize(string))
