import argparse, sys
sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog="tool", description="A tool that does things with files and other stuff, in a long description that wraps.", epilog="see docs", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument("input", help="input file")
p.add_argument("output", nargs="?", default="out.txt", help="output file")
p.add_argument("-n", "--num", type=int, default=3, help="how many")
p.add_argument("--point", nargs=2, metavar=("X", "Y"), type=float, help="a point")
p.add_argument("--level", choices=["lo", "hi"], default="lo", help="level")
g = p.add_argument_group("advanced", "advanced options")
g.add_argument("--debug", action="store_true", help="debug mode")
m = p.add_mutually_exclusive_group()
m.add_argument("-q", "--quiet", action="store_true")
m.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--version", action="version", version="%(prog)s 1.0")
p.print_help()
print(p.parse_args(["in", "--point", "1", "2", "-vv"]))
print(p.parse_args(["in", "-n5", "--level=hi"]))
try:
    p.parse_args(["--version"])
except SystemExit as e:
    print("exit", e.code)
try:
    p.parse_args(["in", "-q", "-v"])
except SystemExit as e:
    print("exit", e.code)
sp = argparse.ArgumentParser(prog="git")
subs = sp.add_subparsers(dest="cmd", help="sub-command help", required=True)
c = subs.add_parser("clone", help="clone a repo")
c.add_argument("url")
c.add_argument("--depth", type=int)
subs.add_parser("status", help="show status", aliases=["st"])
sp.print_help()
c.print_help()
print(sp.parse_args(["clone", "u", "--depth", "1"]), sp.parse_args(["st"]))
try:
    sp.parse_args([])
except SystemExit as e:
    print("exit", e.code)
ns = argparse.Namespace(a=1)
print(ns, "a" in ns, vars(ns), argparse.Namespace(a=1) == ns)
p2 = argparse.ArgumentParser(prog="p2", add_help=False)
p2.add_argument("--x", required=True)
p2.add_argument("rest", nargs=argparse.REMAINDER)
print(p2.parse_args(["--x", "1", "a", "--b", "c"]))
p2.print_usage()
try:
    p2.parse_args([])
except SystemExit as e:
    print("exit", e.code)
p3 = argparse.ArgumentParser(prog="p3", exit_on_error=False)
p3.add_argument("--n", type=int)
try:
    p3.parse_args(["--n", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
