import argparse
import sys


def attempt(parser, argv, known=False, intermixed=False):
    try:
        if intermixed:
            ns = parser.parse_intermixed_args(argv)
        elif known:
            ns = parser.parse_known_args(argv)
        else:
            ns = parser.parse_args(argv)
        print(argv, '->', ns)
    except SystemExit as e:
        print(argv, '-> exit', e.code)


sys.stderr = sys.stdout

p = argparse.ArgumentParser(prog="tool")
p.add_argument("files", nargs="*")
p.add_argument("-v", action="store_true")
attempt(p, ["a", "-v", "b"])
attempt(p, ["a", "b", "-v"])
attempt(p, ["-v", "a", "b"])
attempt(p, ["a", "-v", "b"], known=True)
attempt(p, ["a", "-v", "b"], intermixed=True)
attempt(p, ["--", "-v", "x"])

q = argparse.ArgumentParser(prog="cp")
q.add_argument("src")
q.add_argument("dst", nargs="?", default="here")
q.add_argument("-n", "--count", type=int, default=1)
q.add_argument("--tag", action="append")
q.add_argument("-x", action="count", default=0)
attempt(q, ["s", "-n", "3", "d"])
attempt(q, ["-xx", "s", "--tag", "a", "--tag=b", "d", "extra"])
attempt(q, ["s", "-n3", "--cou", "4"], known=True)
attempt(q, ["s", "--unknown", "d"], known=True)
attempt(q, ["-n", "zz", "s"])
attempt(q, [])
attempt(q, ["s", "-n"])
attempt(q, ["-1"])

r = argparse.ArgumentParser(prog="pair")
r.add_argument("point", nargs=2, type=float)
r.add_argument("rest", nargs="+")
r.add_argument("--mode", choices=["a", "b"], default="a")
attempt(r, ["1", "2", "x", "--mode", "b", "y"])
attempt(r, ["1", "2", "x", "--mode", "b", "y"], intermixed=True)
attempt(r, ["1", "--mode", "c"])
attempt(r, ["1"])


class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())


s = argparse.ArgumentParser(prog="up")
s.add_argument("--name", action=Upper, default="none")
s.add_argument("--ext", action="extend", nargs="+")
g = s.add_mutually_exclusive_group(required=True)
g.add_argument("--on", action="store_true")
g.add_argument("--off", action="store_true")
attempt(s, ["--name", "bob", "--ext", "a", "b", "--ext", "c", "--on"])
attempt(s, ["--on", "--off"])
attempt(s, ["--name", "x"])

sub = argparse.ArgumentParser(prog="git")
sub.add_argument("--verbose", action="store_true")
sp = sub.add_subparsers(dest="cmd")
c = sp.add_parser("commit")
c.add_argument("-m")
attempt(sub, ["commit", "-m", "msg", "--verbose"])
attempt(sub, ["--verbose", "commit", "extra"], known=True)
attempt(sub, ["push"])
