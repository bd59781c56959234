# gettext: .mo catalogs written here (plural forms, contexts, charsets, fallbacks), translation(),
# install(), find(), the domain functions, NullTranslations, and the Plural-Forms parser's errors.
import builtins
import gettext
import os
import struct
import tempfile


def write_mo(path, messages, order='<'):
    # messages: {msgid: msgstr}, keys and values already joined with NUL for plurals
    keys = sorted(messages)
    ids = b''
    strs = b''
    offsets = []
    for k in keys:
        kb, vb = k.encode('utf-8'), messages[k].encode('utf-8')
        offsets.append((len(ids), len(kb), len(strs), len(vb)))
        ids += kb + b'\0'
        strs += vb + b'\0'
    n = len(keys)
    keystart = 7 * 4 + 16 * n
    valuestart = keystart + len(ids)
    koffsets, voffsets = [], []
    for o1, l1, o2, l2 in offsets:
        koffsets += [l1, o1 + keystart]
        voffsets += [l2, o2 + valuestart]
    magic = 0x950412de
    out = struct.pack(order + 'Iiiiiii', magic, 0, n, 7 * 4, 7 * 4 + n * 8, 0, 0)
    out += struct.pack(order + '%di' % len(koffsets), *koffsets)
    out += struct.pack(order + '%di' % len(voffsets), *voffsets)
    with open(path, 'wb') as f:
        f.write(out + ids + strs)


d = tempfile.mkdtemp()
for lang in ['fr', 'de_DE', 'pl']:
    os.makedirs(os.path.join(d, lang, 'LC_MESSAGES'))
header_fr = ('Project-Id-Version: demo\nContent-Type: text/plain; charset=UTF-8\n'
             'Plural-Forms: nplurals=2; plural=(n > 1);\nX-Multi: first\n second line\n')
write_mo(os.path.join(d, 'fr', 'LC_MESSAGES', 'app.mo'), {
    '': header_fr,
    'Hello': 'Bonjour',
    'only in fr': 'seulement en français',
    'apple\0apples': 'pomme\0pommes',
    'menu\x04Open': 'Ouvrir (menu)',
    'menu\x04file\0files': 'fichier (menu)\0fichiers (menu)',
})
write_mo(os.path.join(d, 'de_DE', 'LC_MESSAGES', 'app.mo'), {
    '': 'Content-Type: text/plain; charset=UTF-8\n',
    'Hello': 'Hallo',
    'Goodbye': 'Auf Wiedersehen',
}, order='>')
write_mo(os.path.join(d, 'pl', 'LC_MESSAGES', 'app.mo'), {
    '': 'Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=3; plural=(n==1 ? 0 : '
        'n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n',
    'file\0files': 'plik\0pliki\0plików',
})

t = gettext.translation('app', d, languages=['fr'])
print(type(t).__name__, t.gettext('Hello'), t.gettext('missing'), t.charset(), sorted(t.info().items()))
print([t.ngettext('apple', 'apples', n) for n in (0, 1, 2)], t.ngettext('x', 'xs', 1), t.ngettext('x', 'xs', 5))
print(t.pgettext('menu', 'Open'), t.pgettext('other', 'Open'), t.npgettext('menu', 'file', 'files', 1),
      t.npgettext('menu', 'file', 'files', 3), t.npgettext('x', 'file', 'files', 3), t.gettext('apple'))
pl = gettext.translation('app', d, languages=['pl'])
print([pl.ngettext('file', 'files', n) for n in (1, 2, 4, 5, 12, 22, 25, 101, 112)])
both = gettext.translation('app', d, languages=['de_DE', 'fr'])
print(both.gettext('Hello'), both.gettext('Goodbye'), both.gettext('only in fr'), both.ngettext('apple', 'apples', 2))

print(gettext.translation('app', d, languages=['de_DE.UTF-8@euro']).gettext('Hello'))
print(gettext.translation('app', d, languages=['C', 'fr'], fallback=True).gettext('Hello'))
try:
    gettext.translation('app', d, languages=['es'])
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror, e.filename)
nt = gettext.translation('app', d, languages=['es'], fallback=True)
print(type(nt).__name__, nt.gettext('Hello'), nt.ngettext('a', 'b', 1), nt.ngettext('a', 'b', 2), nt.info(), nt.charset())
nt.add_fallback(gettext.translation('app', d, languages=['fr']))
print(nt.gettext('Hello'), nt.pgettext('menu', 'Open'), nt.npgettext('c', 'a', 'b', 1))

print([os.path.relpath(p, d) for p in gettext.find('app', d, ['de_DE', 'fr', 'es'], all=True)])
print(os.path.relpath(gettext.find('app', d, ['pl']), d), gettext.find('app', d, ['es']), gettext.find('nope', d, ['fr'], all=True))
print(gettext._expand_lang('de_DE.UTF-8'), gettext._expand_lang('pt_BR.UTF-8@x'), gettext._expand_lang('C'))

t.install()
print(_('Hello'), builtins._ is not None)
t.install(names=['ngettext', 'pgettext', 'bogus'])
print(builtins.ngettext('apple', 'apples', 3), builtins.pgettext('menu', 'Open'), hasattr(builtins, 'bogus'))
del builtins.ngettext, builtins.pgettext
os.environ['LANGUAGE'] = 'es'     # the environment's language must not matter
gettext.install('app', d)
print(_('Hello'))

print(gettext.textdomain(), gettext.textdomain('app'), gettext.textdomain())
print(gettext.bindtextdomain('app', d) == d, gettext.bindtextdomain('app') == d)
os.environ['LANGUAGE'] = 'fr:de_DE'
print(gettext.gettext('Hello'), gettext.ngettext('apple', 'apples', 2), gettext.pgettext('menu', 'Open'),
      gettext.npgettext('menu', 'file', 'files', 2), gettext.dgettext('app', 'Goodbye'),
      gettext.dngettext('nodomain', 'a', 'b', 2), gettext.dpgettext('nodomain', 'c', 'm'),
      gettext.dnpgettext('app', 'menu', 'file', 'files', 1))
os.environ['LANGUAGE'] = 'C'
print(gettext.gettext('Hello'))
del os.environ['LANGUAGE']

with open(os.path.join(d, 'bad.mo'), 'wb') as f:
    f.write(b'\0' * 28)
try:
    with open(os.path.join(d, 'bad.mo'), 'rb') as f:
        gettext.GNUTranslations(f)
except OSError as e:
    print('OSError', e.errno, e.strerror, os.path.basename(e.filename))
with open(os.path.join(d, 'bad.mo'), 'wb') as f:
    f.write(struct.pack('<7I', 0x950412de, 5 << 16, 0, 28, 28, 0, 0))
try:
    with open(os.path.join(d, 'bad.mo'), 'rb') as f:
        gettext.GNUTranslations(f)
except OSError as e:
    print('OSError', e.errno, e.strerror)

for expr in ['n != 1', 'n > 1', 'n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2', '0', '(n)', 'n == 1 ? 0 : n == 2 ? 1 : 2',
             'n < 2 < 3', '!n', 'n/2', 'n % 3 - 1 > 0 || n == 7']:
    f = gettext.c2py(expr)
    print(repr(expr), [f(n) for n in (0, 1, 2, 3, 5, 7, 11, 21, 111)])
for expr in ['n +', 'x', '(n', 'n )', 'n ? 1', '1 2', '', 'n ** 2', '(' * 21 + 'n' + ')' * 21, 'n' + ' + n' * 600]:
    try:
        gettext.c2py(expr)
        print(repr(expr[:20]), 'ok')
    except ValueError as e:
        print(repr(expr[:20]), 'ValueError:', e)
f = gettext.c2py('n != 1')
try:
    f('3')
except TypeError as e:
    print('TypeError:', e)
print(gettext.Catalog is gettext.translation, sorted(gettext.__all__))

for root, dirs, files in os.walk(d, topdown=False):
    for name in files:
        os.remove(os.path.join(root, name))
    for name in dirs:
        os.rmdir(os.path.join(root, name))
os.rmdir(d)
