# Modules CPython imports while starting (abc, io, codecs, stat...) are not hidden by files of the same name
# on sys.path; other names are found there first.
import os
import sys
import tempfile

d = tempfile.mkdtemp()
for name in ("abc", "stat", "codecs", "mymod"):
    with open(os.path.join(d, name + ".py"), "w") as f:
        f.write("WHO = 'user " + name + "'\n")
sys.path.insert(0, d)
import abc
import codecs
import stat
import mymod

print(hasattr(abc, "ABC"), getattr(abc, "WHO", "library"))
print(hasattr(stat, "S_ISDIR"), getattr(stat, "WHO", "library"))
print(hasattr(codecs, "lookup"), getattr(codecs, "WHO", "library"))
print(mymod.WHO)
sys.path.remove(d)
for name in os.listdir(d):
    p = os.path.join(d, name)
    if os.path.isdir(p):
        for sub in os.listdir(p):
            os.remove(os.path.join(p, sub))
        os.rmdir(p)
    else:
        os.remove(p)
os.rmdir(d)
