# os.walk/os.stat, stat, pathlib, glob, shutil and tempfile over a tree built in a temporary directory.
import glob
import os
import shutil
import stat
import tempfile
from pathlib import Path, PurePath, PurePosixPath

p = PurePosixPath("/usr/local/lib/python3.11/site.tar.gz")
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, p.anchor, p.root, p.is_absolute())
print(list(p.parents)[:3], p.with_name("x.py"), p.with_suffix(".zip"), p.relative_to("/usr"), p.match("*.gz"))
print(Path("a/b") == PurePath("a/b"), Path("a") < Path("b"), Path("a//b/./c"), Path(), Path("/"), Path("/").name == "")
print(PurePath("a").joinpath("b", "c"), "x" / PurePath("y"), PurePath(".bashrc").suffix, PurePath("a.").suffixes)
for bad in (lambda: PurePath("/a/b").relative_to("/c"), lambda: Path("x").with_suffix("bad"), lambda: Path("").with_name("a")):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

with tempfile.TemporaryDirectory() as base:
    def rel(x):
        return os.path.relpath(str(x), base)

    root = Path(base) / "tree"
    (root / "a" / "b").mkdir(parents=True)
    (root / "c").mkdir()
    (root / "a" / "f1.txt").write_text("hi\n")
    (root / "a" / "b" / "f2.py").write_text("x = 1\n")
    (root / "top.txt").write_bytes(b"yy\n")
    for dirpath, dirs, files in os.walk(root):
        dirs.sort()
        print("walk", rel(dirpath), sorted(dirs), sorted(files))
    print(sorted((rel(r), sorted(f)) for r, d, f in os.walk(str(root), topdown=False)))
    for dirpath, dirs, files in os.walk(str(root)):
        if "a" in dirs:
            dirs.remove("a")
        print("pruned", rel(dirpath), sorted(dirs))
    st = os.stat(root / "top.txt")
    print(st.st_size, st[stat.ST_SIZE], stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(root).st_mode), isinstance(st.st_mtime, float))
    print(stat.filemode(0o100644), stat.filemode(0o40755), os.strerror(2), os.access(root / "top.txt", os.R_OK))
    try:
        os.stat(root / "missing")
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror)
    q = root / "a" / "f1.txt"
    print(rel(q), q.exists(), q.is_file(), q.read_text().strip(), q.stat().st_size, q.parent.is_dir())
    print(sorted(rel(x) for x in root.iterdir()))
    print(sorted(rel(x) for x in root.glob("*.txt")), sorted(rel(x) for x in root.rglob("*.py")))
    print(sorted(rel(x) for x in root.glob("**/*")))
    n = root / "new" / "sub"
    n.mkdir(parents=True, exist_ok=True)
    f = n / "out.txt"
    print(f.write_text("hello"), f.read_text(), f.read_bytes())
    f.unlink()
    n.rmdir()
    n.parent.rmdir()
    print(n.exists(), (root / "top.txt").resolve() == Path(os.path.realpath(str(root))) / "top.txt")
    g = str(root)
    print(sorted(rel(x) for x in glob.glob(g + "/*")), sorted(rel(x) for x in glob.glob(g + "/*/")))
    print(sorted(rel(x) for x in glob.glob(g + "/**", recursive=True)))
    print(sorted(rel(x) for x in glob.glob(g + "/**/*.py", recursive=True)), glob.glob(g + "/nope/*"))
    print(sorted(glob.glob("*", root_dir=g)), glob.has_magic("a*"), glob.escape("a*b?[c]"))
    dst = shutil.copytree(root, Path(base) / "copy", ignore=shutil.ignore_patterns("*.py"))
    print(rel(dst), sorted(rel(x) for x in Path(dst).rglob("*")))
    print(rel(shutil.copy(root / "top.txt", Path(base) / "c.txt")), (Path(base) / "c.txt").read_text().strip())
    shutil.move(str(Path(base) / "c.txt"), str(Path(base) / "moved.txt"))
    print(sorted(os.listdir(base)))
    shutil.rmtree(root)
    print(root.exists())
    try:
        shutil.copyfile(Path(base) / "moved.txt", Path(base) / "moved.txt")
    except shutil.SameFileError:
        print("SameFileError")
    with tempfile.NamedTemporaryFile("w", suffix=".txt", dir=base) as t:
        t.write("data")
        t.flush()
        name = t.name
        print(name.endswith(".txt"), os.path.exists(name))
    print(os.path.exists(name))
    made = tempfile.mkdtemp(prefix="kr", dir=base)
    print(os.path.basename(made).startswith("kr"), os.path.isdir(made))
    saved = base
print(os.path.exists(saved), shutil.which("definitely-not-a-program-krait"))
