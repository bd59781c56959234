# configparser: Basic/Extended interpolation and every exception class with its message and args.
import configparser
import io

def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, "|", e, "|", e.args, "|", repr(e) == str(e))

cfg = configparser.ConfigParser()
cfg.read_string("""
[Paths]
home_dir: /Users
my_dir: %(home_dir)s/lumberjack
my_pictures: %(my_dir)s/Pictures
percent: 100%%
[Escape]
gain: 80%%
bad: 80%
badref: %(nope)s
loop1: %(loop2)s
loop2: %(loop1)s
badsyntax: %(home
[DEFAULT]
base = /base
""")
print(cfg.get('Paths', 'my_pictures'), cfg.get('Paths', 'percent'), cfg.get('Paths', 'percent', raw=True))
print(cfg.get('Paths', 'my_dir', vars={'home_dir': '/vars'}), cfg.get('Escape', 'gain'))
print(cfg.items('Paths'))
print(cfg.items('Paths', raw=True)[:2], cfg.items('Paths', vars={'home_dir': '/v'})[1])
show(lambda: cfg.get('Escape', 'bad'))
show(lambda: cfg.get('Escape', 'badref'))
show(lambda: cfg.get('Escape', 'loop1'))
show(lambda: cfg.get('Escape', 'badsyntax'))
show(lambda: cfg['Escape']['bad'])
show(lambda: cfg.items('Escape'))
show(lambda: cfg.set('Escape', 'new', '50%'))
show(lambda: cfg.set('Escape', 'new', '%(ok)s and %%'))
show(lambda: cfg.set('Escape', 'new', 'x %(ok)s %y'))
show(lambda: cfg.set('Escape', 'num', 5))
show(lambda: cfg.set('Nope', 'a', 'b'))
show(lambda: cfg.add_section(3))
show(lambda: cfg.add_section('Paths'))
show(lambda: cfg.add_section('DEFAULT'))
show(lambda: cfg.get('Nope', 'a'))
show(lambda: cfg.get('Paths', 'Missing'))
show(lambda: cfg.options('Nope'))
show(lambda: cfg.items('Nope'))
show(lambda: cfg.remove_option('Nope', 'x'))
show(lambda: cfg.items('DEFAULT'))

raw = configparser.RawConfigParser()
raw.read_string("[s]\nv = %(x)s 100%\n")
raw.set('s', 'n', 5)
print(raw.get('s', 'v'), raw.get('s', 'n'), raw.items('s'))
show(lambda: raw.add_section(5))
print(raw.sections())
nointerp = configparser.ConfigParser(interpolation=None)
nointerp.read_string("[s]\nv = %(x)s 100%\n")
print(nointerp.get('s', 'v'))
show(lambda: configparser.ConfigParser(interpolation=object()))

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[common]
home_dir: /Users
library_dir: /Library
system_dir: /System
macports_dir: /opt/local
price: $$5

[Frameworks]
Python: 3.2
path: ${common:system_dir}/Library/Frameworks/

[Arthur]
nickname: Two Sheds
last_name: Jackson
my_dir: ${common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${Frameworks:path}/Python/Versions/${Frameworks:Python}
bad: ${a:b:c}
missing: ${nope}
missing2: ${nosect:x}
dollar: $x
unclosed: ${abc
""")
for opt in ['my_dir', 'my_pictures', 'python_dir']:
    print(ext.get('Arthur', opt))
print(ext.get('common', 'price'))
for opt in ['bad', 'missing', 'missing2', 'dollar', 'unclosed']:
    show(lambda: ext.get('Arthur', opt))
show(lambda: ext.set('Arthur', 'x', 'a $b'))
show(lambda: ext.set('Arthur', 'x', 'a $$b ${c}'))

# parsing errors
show(lambda: configparser.ConfigParser().read_string("key = value\n[s]\n"))
show(lambda: configparser.ConfigParser().read_string("[s]\nnovalue\n= x\nok = 1\nalso bad\n"))
show(lambda: configparser.ConfigParser().read_string("[s]\na = 1\n[t]\n[s]\n"))
show(lambda: configparser.ConfigParser().read_string("[s]\na = 1\nA = 2\n", source='file.ini'))
show(lambda: configparser.ConfigParser().read_dict({'s': {'a': 1, 'A': 2}}))
show(lambda: configparser.ConfigParser().read_file(io.StringIO("x\n")))
try:
    configparser.ConfigParser().read_string("[s]\nbad line\nworse line\n", source="cfg.ini")
except configparser.ParsingError as e:
    print(e.source, e.errors, isinstance(e, configparser.Error))
try:
    configparser.ConfigParser().read_string("oops\n")
except configparser.MissingSectionHeaderError as e:
    print(e.source, e.lineno, repr(e.line), isinstance(e, configparser.ParsingError))
e = configparser.DuplicateSectionError('s', 'src', 12)
print(e, e.section, e.source, e.lineno)
print(configparser.DuplicateOptionError('s', 'o'), configparser.DuplicateSectionError('s', 'src'))
print(configparser.Error('plain'), repr(configparser.Error('plain')), configparser.Error().args)
e = configparser.InterpolationMissingOptionError('o', 's', 'raw', 'ref')
print(e.option, e.section, e.reference, isinstance(e, configparser.InterpolationError))
show(lambda: configparser.ParsingError())
show(lambda: configparser.ParsingError('a', 'b'))
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
cfg = configparser.ConfigParser()
cfg.read_string("[s]\nv = %(x)s\n")
cfg.get('s', 'missing')
