# configparser: parsing, typed getters, fallbacks, the DEFAULT section, mapping access, write, files.
import configparser
import io
import os
import tempfile

text = """
# a comment
; another comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[bitbucket.org]
User = hg

[topsecret.server.com]
Port = 50022
ForwardX11 = no
ratio: 0.75
multi = first line
    second line

    after blank
key with spaces = value with spaces
empty =
colon:in=value
"""
cfg = configparser.ConfigParser()
cfg.read_string(text)
print(cfg.sections(), cfg.default_section, len(cfg), list(cfg))
print(cfg.defaults())
print(cfg.options('topsecret.server.com'))
print(cfg.items('bitbucket.org'))
print(cfg.get('bitbucket.org', 'user'), cfg.get('bitbucket.org', 'USER'), cfg.get('bitbucket.org', 'compression'))
print(repr(cfg.get('topsecret.server.com', 'multi')), repr(cfg['topsecret.server.com']['empty']))
print(cfg['topsecret.server.com']['key with spaces'], cfg['topsecret.server.com']['colon'])
print(cfg.getint('topsecret.server.com', 'port'), cfg.getfloat('topsecret.server.com', 'ratio'),
      cfg.getboolean('topsecret.server.com', 'forwardx11'), cfg.getboolean('bitbucket.org', 'ForwardX11'))
print(cfg.getint('bitbucket.org', 'nope', fallback=7), cfg.get('nosection', 'x', fallback='fb'),
      cfg.getboolean('nosection', 'x', fallback=None))
print(cfg.get('bitbucket.org', 'user', vars={'user': 'override'}), cfg.get('bitbucket.org', 'x', vars={'X': 3}))
print(cfg.has_section('bitbucket.org'), cfg.has_section('DEFAULT'), cfg.has_option('bitbucket.org', 'compression'),
      cfg.has_option('missing', 'user'), cfg.has_option(None, 'compression'), cfg.has_option('', 'nope'))
for v in ['1', 'yes', 'TRUE', 'On', '0', 'no', 'False', 'off', 'maybe']:
    cfg.set('bitbucket.org', 'flag', v)
    try:
        print(v, cfg.getboolean('bitbucket.org', 'flag'))
    except ValueError as e:
        print(v, "ValueError:", e)
try:
    cfg.getint('bitbucket.org', 'user')
except ValueError as e:
    print("ValueError:", e)

# mapping protocol
top = cfg['topsecret.server.com']
print(top, top.name, top.parser is cfg, 'port' in top, 'PORT' in top, 'zzz' in top, len(top))
print(list(top)[:3], top.get('port'), top.get('zzz'), top.get('zzz', 'dflt'), top.getint('port'),
      top.getboolean('compression'), top.getfloat('zzz', 1.5))
print(dict(cfg['bitbucket.org']))
print('DEFAULT' in cfg, 'bitbucket.org' in cfg, 'x' in cfg, cfg['DEFAULT']['compressionlevel'])
print(list(cfg['DEFAULT']), [name for name, section in cfg.items()])
top['port'] = '22'
del top['ratio']
print(cfg.get('topsecret.server.com', 'port'), cfg.has_option('topsecret.server.com', 'ratio'))
for bad in [lambda: cfg['nope'], lambda: top['nope'], lambda: top.__delitem__('nope'),
            lambda: cfg.__delitem__('nope'), lambda: cfg.__delitem__('DEFAULT')]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
cfg['new'] = {'a': 1, 'B': 'two'}
print(cfg.items('new', raw=True))
cfg['new'] = {'z': 'only'}
print(cfg.items('new'))
cfg['DEFAULT'] = {'shared': 'yes'}
print(cfg.defaults())
print(cfg.remove_option('new', 'z'), cfg.remove_option('new', 'z'), cfg.remove_section('new'), cfg.remove_section('new'))
print(cfg.popitem()[0], cfg.sections())

# write
cfg = configparser.ConfigParser()
cfg['DEFAULT'] = {'ServerAliveInterval': '45', 'Compression': 'yes'}
cfg['forge.example'] = {'User': 'hg'}
cfg['topsecret'] = {}
cfg['topsecret']['Port'] = '50022'
cfg.set('topsecret', 'multi', 'a\nb')
cfg.add_section('empty')
out = io.StringIO()
cfg.write(out)
print(out.getvalue(), end='')
out = io.StringIO()
cfg.write(out, space_around_delimiters=False)
print(out.getvalue(), end='')
print(repr(cfg['DEFAULT']), cfg.sections())

# read_dict, files, read_file
cfg = configparser.ConfigParser()
cfg.read_dict({'s1': {'k': 'v', 'n': 3}, 2: {'x': 1.5}})
print(cfg.sections(), cfg.items('2'), cfg.get('s1', 'n'))
with tempfile.TemporaryDirectory() as d:
    p1 = os.path.join(d, 'one.ini')
    with open(p1, 'w') as f:
        f.write('[a]\nx = 1\n[b]\ny = 2\n')
    p2 = os.path.join(d, 'two.ini')
    with open(p2, 'w') as f:
        f.write('[a]\nx = overridden\nz = 3\n')
    got = cfg.read([p1, os.path.join(d, 'missing.ini'), p2])
    print([os.path.basename(g) for g in got], cfg.items('a'), cfg.get('b', 'y'))
    got = cfg.read(p1, encoding='utf-8')
    print([os.path.basename(g) for g in got], cfg.get('a', 'x'))
    with open(p1) as f:
        c2 = configparser.ConfigParser()
        c2.read_file(f)
        print(c2.sections())
c3 = configparser.ConfigParser()
c3.read_file(['[s]\n', 'k = v\n'], source='lines')
c3.read_file(iter(['[t]\n', 'k = w\n']))
print(c3.sections(), c3['t']['k'])

# options
c = configparser.ConfigParser(allow_no_value=True)
c.read_string('[mysqld]\nuser = mysql\nskip-external-locking\nskip-bdb\n')
print(c.items('mysqld'), c.get('mysqld', 'skip-bdb'))
out = io.StringIO(); c.write(out); print(out.getvalue(), end='')
c = configparser.ConfigParser(delimiters=('->',), comment_prefixes=('//',), inline_comment_prefixes=('#',))
c.read_string('[s]\nkey -> value # comment\nurl -> http://x/#frag\n// full comment\nk2 -> a=b\n')
print(c.items('s'))
c = configparser.RawConfigParser(defaults={'Base': 1}, strict=False, empty_lines_in_values=False)
c.read_string('[s]\nk = 1\nk = 2\n[s]\nm = a\n\n  k3 = x\n')
print(c.items('s'), c.defaults())
c = configparser.ConfigParser(default_section='general')
c.read_string('[general]\nx = 1\n[other]\n')
print(c.sections(), c.get('other', 'x'), list(c))
class CaseKeep(configparser.ConfigParser):
    def optionxform(self, s):
        return s
c = CaseKeep()
c.read_string('[S]\nCamelCase = 1\n')
print(c.options('S'))
c = configparser.ConfigParser(converters={'list': lambda v: v.split(',')})
c.read_string('[s]\nitems = a,b,c\n')
print(c.getlist('s', 'items'), c['s'].getlist('items'), sorted(c.converters), c.converters['list'] is not None)
c.converters['upper'] = str.upper
print(c.getupper('s', 'items'), c['s'].getupper('items'))
del c.converters['upper']
print(hasattr(c, 'getupper'), hasattr(c['s'], 'getupper'))
