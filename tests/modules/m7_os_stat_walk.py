# os.stat/lstat and stat_result, scandir and DirEntry, walk (top-down with pruning, bottom-up, onerror), access.
import os

base = "m7_walk_tmp"
if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)
os.makedirs(os.path.join(base, "a", "deep"))
os.makedirs(os.path.join(base, "b"))
os.makedirs(os.path.join(base, "skip", "inner"))
for path, text in [("top.txt", "top"), ("a/one.txt", "1"), ("a/deep/two.txt", "22"), ("b/three.txt", "333"),
                   ("skip/inner/x.txt", "x")]:
    with open(os.path.join(base, path), "w") as f:
        f.write(text)

st = os.stat(os.path.join(base, "b", "three.txt"))
print(type(st).__name__, st.st_size, st[6], len(st), isinstance(st, tuple), oct(st.st_mode & 0o170000), st.st_nlink,
      type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime_ns // 10**9 == st[8], abs(st.st_mtime - st.st_mtime_ns / 1e9) < 1e-6)
sd = os.stat(base)
print(oct(sd.st_mode & 0o170000), os.lstat(base).st_mode == sd.st_mode, repr(st).startswith("os.stat_result(st_mode="))
try:
    os.stat(os.path.join(base, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename)
try:
    st.st_size = 5
except AttributeError as e:
    print("AttributeError", e)

with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
print([(e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries])
print([e.path for e in entries], repr(entries[0]), os.fspath(entries[0]), entries[-1].stat().st_size, type(entries[0]).__name__)
print(sorted(e.name for e in os.scandir(os.path.join(base, "a"))))


def norm(walked):
    return [(root, sorted(dirs), sorted(files)) for root, dirs, files in walked]


print(sorted(norm(os.walk(base))))
pruned = []
for root, dirs, files in os.walk(base):
    dirs[:] = sorted(d for d in dirs if d != "skip")
    pruned.append((root, list(dirs), sorted(files)))
print(pruned)
order = [root for root, dirs, files in os.walk(base, topdown=False) if (dirs.sort() or True)]
print(order.index(base) == len(order) - 1, sorted(order))
errors = []
print(list(os.walk(os.path.join(base, "nope"), onerror=errors.append)), [type(e).__name__ for e in errors])
print(type(os.walk(base)).__name__)
print(os.access(base, os.F_OK), os.access(base, os.R_OK | os.W_OK), os.access(os.path.join(base, "nope"), os.F_OK),
      os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.SEEK_END, os.error is OSError, os.fsencode("p\u00e9"), os.fsdecode(b"p"))

for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(base)
print(os.path.exists(base))
