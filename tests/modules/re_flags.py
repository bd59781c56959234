# re's flags (an enum.IntFlag) and their use: names, reprs, combinations, dir() and star-imports.
import re
import enum

p = re.compile("a.b", re.I | re.S)
print(p, p.flags, type(p.flags).__name__, p.match("A\nB") is not None)
print(re.compile("x", re.M), re.compile(b"x", re.I), re.compile("x", 0), re.compile("x", re.A).flags)
print(re.I, repr(re.I), int(re.M | re.X), re.IGNORECASE is re.I, int(re.I), re.I == 2, re.NOFLAG, re.U, re.T, re.DEBUG)
print(type(re.I).__name__, re.RegexFlag.__name__, re.RegexFlag.__qualname__, re.RegexFlag.__module__,
      isinstance(re.I, enum.IntFlag), issubclass(re.RegexFlag, int))
print(int(re.I | re.M), re.RegexFlag(10), re.RegexFlag(0), re.RegexFlag.MULTILINE.name, re.M.value)
print(re.search("B", "ab", flags=re.IGNORECASE).span(), re.findall("^x", "x\nx", re.MULTILINE), re.sub("A", "-", "aA", flags=re.I))
print(re.compile("a", 2).flags, re.compile("a", re.I) is re.compile("a", 2))
names = dir(re)
print([n for n in ("A", "I", "NOFLAG", "RegexFlag", "VERBOSE", "TEMPLATE", "compile", "Match") if n in names])
ns = {}
exec("from re import *", ns)
print(sorted(k for k in ns if k.isupper()), ns["RegexFlag"] is re.RegexFlag, ns["I"] is re.I)
try:
    re.NOT_A_FLAG
except AttributeError as e:
    print(e)
print(hasattr(re, "X"), getattr(re, "S"))
