"""platform: the machine and interpreter Krait runs on."""
import os
import sys
from collections import namedtuple

uname_result = namedtuple('uname_result', 'system node release version machine')
_uname = None


def uname():
    global _uname
    if _uname is None:
        u = os.uname()
        _uname = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().machine


def architecture(executable=sys.executable, bits='', linkage=''):
    return ('64bit', 'ELF') if sys.maxsize > 2 ** 32 else ('32bit', 'ELF')


def python_implementation():
    return 'Krait'


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_compiler():
    return 'Krait'


def python_build():
    return ('main', '')


def python_branch():
    return ''


def python_revision():
    return ''


def platform(aliased=False, terse=False):
    u = uname()
    if terse:
        return '%s-%s' % (u.system, u.release)
    return '%s-%s-%s-with-krait' % (u.system, u.release, u.machine)


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return (lib, version)


def freedesktop_os_release():
    info = {}
    for path in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(path, encoding='utf-8') as f:
                for line in f:
                    line = line.strip()
                    if '=' in line and not line.startswith('#'):
                        k, v = line.split('=', 1)
                        info[k] = v.strip('"\'')
            return info
        except OSError:
            continue
    raise OSError("no os-release file found")
