# os.chmod, link, symlink, readlink, utime, truncate, removedirs, renames, system and the process ids.
import os, tempfile, stat, time
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with open(p, "w") as f:
    f.write("hello world")
os.chmod(p, 0o640)
print(oct(stat.S_IMODE(os.stat(p).st_mode)))
os.symlink(p, os.path.join(d, "ln"))
print(os.readlink(os.path.join(d, "ln")) == p, os.path.islink(os.path.join(d, "ln")))
os.link(p, os.path.join(d, "hard"))
print(os.stat(os.path.join(d, "hard")).st_size)
os.utime(p, (1000000000, 1200000000))
print(os.stat(p).st_mtime, int(os.stat(p).st_atime))
os.truncate(p, 5)
print(open(p).read())
try:
    os.readlink(p)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.chmod(os.path.join(d, "missing"), 0o600)
except OSError as e:
    print(type(e).__name__, e.errno)
os.makedirs(os.path.join(d, "a", "b", "c"))
os.removedirs(os.path.join(d, "a", "b", "c"))
print(os.path.exists(os.path.join(d, "a")))
os.renames(p, os.path.join(d, "x", "y", "f.txt"))
print(os.path.exists(os.path.join(d, "x", "y", "f.txt")))
print(os.system("exit 3") >> 8)
print(os.getppid() > 0, os.getuid() >= 0, os.getgid() >= 0, os.umask(0o022) >= 0, len(os.getloadavg()), os.get_exec_path()[:1] != [])
print(os.isatty(0) in (True, False))
for f in ["hard", "ln"]:
    os.remove(os.path.join(d, f))
os.remove(os.path.join(d, "x", "y", "f.txt")); os.removedirs(os.path.join(d, "x", "y"))
print(os.path.exists(d))
