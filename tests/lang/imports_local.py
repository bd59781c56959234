import _mods.helper as h
from _mods.helper import greet, VALUE
from _mods import pkg
from _mods.pkg import sub
from _mods.pkg.sub import deep
print(h.VALUE, greet("x"), VALUE)
print(pkg.NAME, sub.where(), deep())
import _mods.helper
print(_mods.helper is h)
import sys
print("_mods.helper" in sys.modules, h.__name__)
try:
    import _mods.nothere
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from _mods.helper import nothing
except ImportError as e:
    print(str(e).split(" (")[0])
