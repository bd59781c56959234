import os
import os.path
from os.path import join, splitext
print(os.path.join("a", "b", "c.txt"), join("/root", "x"), os.path.join("a/", "b"), os.path.join("a", ""), os.path.join("", "b"))
print(os.path.split("/usr/lib/x.py"), os.path.split("file"), os.path.split("/"), os.path.split("a/b/"))
print(os.path.basename("/a/b.txt"), os.path.dirname("/a/b.txt"), os.path.dirname("b.txt"))
print(splitext("archive.tar.gz"), splitext(".hidden"), splitext("noext"), splitext("a/b.c/d"), splitext("x."))
print(os.path.normpath("/a/./b/../c//d/"), os.path.normpath(""), os.path.normpath("../x/.."), os.path.normpath("//a"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.sep, os.curdir, os.pardir, os.linesep == "\n")
print(os.path.exists("modules_os_path_nonexistent_file"), os.path.isdir("."), os.path.isfile("."))
print(os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.path.expanduser("~") != "~")
name = "_tmp_os_test_dir"
os.makedirs(os.path.join(name, "sub"), exist_ok=True)
with open(os.path.join(name, "f.txt"), "w") as fh:
    fh.write("hello")
print(sorted(os.listdir(name)), os.path.getsize(os.path.join(name, "f.txt")))
os.rename(os.path.join(name, "f.txt"), os.path.join(name, "g.txt"))
print(sorted(os.listdir(name)))
os.remove(os.path.join(name, "g.txt"))
os.rmdir(os.path.join(name, "sub"))
os.rmdir(name)
print(os.path.exists(name))
try:
    os.remove(name)
except FileNotFoundError as e:
    print(e.errno, e.strerror)
print(type(os.environ).__name__ in ("_Environ", "dict"), os.getenv("KRAIT_SURELY_UNSET_VAR"), os.getenv("KRAIT_SURELY_UNSET_VAR", "dflt"))
