# locale: the C and C.UTF-8 locales: setlocale and its errors, getlocale, encodings, localeconv,
# number formatting, nl_langinfo, strcoll.
import locale

L = locale
cats = [L.LC_CTYPE, L.LC_NUMERIC, L.LC_TIME, L.LC_COLLATE, L.LC_MONETARY, L.LC_MESSAGES, L.LC_ALL]
print(cats, L.CHAR_MAX, L.Error.__mro__[1:], L.Error.__module__)
print(L.setlocale(L.LC_NUMERIC), L.setlocale(L.LC_TIME), L.getlocale(L.LC_NUMERIC))
for name in ['C', 'POSIX', 'C.UTF-8', 'C.utf8', 'C.utf-8', 'C.UTF8', 'c.utf8', 'posix', 'en_US.UTF-8',
             'de_DE', 'C.ascii', 'xx', ('C', None), (None, None), ['C', None], ('C', 'UTF-8')]:
    try:
        print(repr(name), repr(L.setlocale(L.LC_ALL, name)), L.getlocale(), L.getlocale(L.LC_TIME),
              L.setlocale(L.LC_NUMERIC), L.getencoding())
    except L.Error as e:
        print(repr(name), 'Error:', e)
for bad in [('a', 'b', 'c'), 5, ('x',)]:
    try:
        L.setlocale(L.LC_ALL, bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    L.setlocale(99, 'C')
except L.Error as e:
    print('Error:', e)
try:
    L.setlocale('x')
except TypeError as e:
    print('TypeError:', e)
L.setlocale(L.LC_ALL, 'C')
print(L.setlocale(L.LC_TIME, 'C.UTF-8'), L.setlocale(L.LC_ALL))
try:
    L.getlocale(L.LC_ALL)
except TypeError as e:
    print('TypeError:', e)
print(L.getlocale(L.LC_TIME), L.getlocale(L.LC_NUMERIC))
composite = L.setlocale(L.LC_ALL)
L.setlocale(L.LC_ALL, 'C')
print(L.setlocale(L.LC_ALL, composite) == composite, L.setlocale(L.LC_TIME))
print(L.setlocale(L.LC_ALL, 'C'), L.getencoding())
print(L.setlocale(L.LC_MESSAGES, 'POSIX'))
for n in ['C', 'c', 'POSIX', 'posix', 'C.UTF-8', 'C.utf8', 'C.ascii', 'c.en', 'C.UTF8', 'C.utf-8', 'UTF-8', '']:
    print(repr(n), repr(L.normalize(n)))
print(L.localeconv())
print(L.format_string('%d', 1234567, grouping=True), L.format_string('%.2f and %s', (1234.5, 'x'), True),
      L.format_string('%(a)d|%(b).1f', {'a': 5, 'b': 2.25}), L.format_string('%*d|%-*.*f|%%', (5, 42, 8, 2, 3.14159)))
print(L.format_string('%.3e', 12345.678), L.format_string('%10.2f|', -3.14159, monetary=True),
      L.format_string('%x %o %c %r', (255, 8, 65, 'r')), L.format_string('%i%%', 50))
print(L.str(1234.5), L.str(1 / 3), L.str(1e20), L.atof('1234.5'), L.atof('7', int), L.atoi('42'),
      L.delocalize('1,234.5'), L.localize('1234.5', grouping=True), L.localize('1234.5', monetary=True))
for f in [lambda: L.currency(12.5), lambda: L.currency(-1, international=True), lambda: L.atoi('1,234'),
          lambda: L.atof('x')]:
    try:
        f()
    except ValueError as e:
        print('ValueError:', e)
print(L.nl_langinfo(L.CODESET), L.nl_langinfo(L.RADIXCHAR), repr(L.nl_langinfo(L.THOUSEP)),
      L.nl_langinfo(L.D_T_FMT), L.nl_langinfo(L.D_FMT), L.nl_langinfo(L.T_FMT), L.nl_langinfo(L.T_FMT_AMPM),
      L.nl_langinfo(L.YESEXPR), L.nl_langinfo(L.NOEXPR), L.nl_langinfo(L.CRNCYSTR), L.nl_langinfo(L.AM_STR))
print([L.nl_langinfo(getattr(L, 'DAY_%d' % i)) for i in range(1, 8)],
      [L.nl_langinfo(getattr(L, 'ABMON_%d' % i)) for i in range(1, 13)])
try:
    L.nl_langinfo(99999)
except ValueError as e:
    print('ValueError:', e)
print(L.strcoll('a', 'z'), L.strcoll('z', 'a'), L.strcoll('abc', 'abc'), L.strcoll('ab', 'abc'), L.strcoll('é', 'e'),
      L.strxfrm('abc'), sorted(['b', 'B', 'a', 'é', 'A'], key=L.strxfrm))
try:
    L.strcoll(1, 'a')
except TypeError as e:
    print('TypeError:', e)
print(L.gettext('msg'), L.dgettext('dom', 'msg2'), L.textdomain(None), L.textdomain('mine'), L.textdomain(None))
print(sorted(L.__all__))
