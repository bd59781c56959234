import getopt
import os

os.environ.pop("POSIXLY_CORRECT", None)
print(getopt.__all__, getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))

print(getopt.getopt("-a -b -cfoo -d bar a1 a2".split(), "abc:d:"))
print(getopt.getopt(["--condition=foo", "--testing", "--output-file", "abc.def", "-x", "a1", "a2"], "x",
                    ["condition=", "output-file=", "testing"]))
print(getopt.getopt(["-a", "--", "-b", "c"], "ab"))
print(getopt.getopt(["-a", "-", "-b"], "ab"))
print(getopt.getopt(["-abc", "x"], "abc"))
print(getopt.getopt(["-ab", "x"], "ab:"))
print(getopt.getopt(["--al", "--beta=", "z"], "", ["alpha", "beta="]))
print(getopt.getopt(["--lo", "1"], "", "long="))
print(getopt.getopt([], "a"))
print(getopt.getopt(("x", "-a"), "a"))
print(getopt.getopt(["--a"], "", ["a", "abc"]))

print(getopt.gnu_getopt(["a1", "-a", "a2", "--beta", "v", "a3", "-b", "--", "-c"], "ab", ["beta="]))
print(getopt.gnu_getopt(["a1", "-a"], "+a"))
print(getopt.gnu_getopt(["-a", "-", "x"], "a"))
os.environ["POSIXLY_CORRECT"] = "1"
print(getopt.gnu_getopt(["-a", "x", "-a"], "a"))
del os.environ["POSIXLY_CORRECT"]

bad = [
    (["-x"], "ab", []), (["-b"], "ab:", []), (["--nope"], "", ["yes"]), (["--al"], "", ["alpha", "also"]),
    (["--alpha=3"], "", ["alpha"]), (["--beta"], "", ["beta="]), (["-:"], "a:", []), (["--"], "", []),
]
for args, short, long in bad:
    try:
        print(getopt.getopt(args, short, long))
    except getopt.GetoptError as e:
        print("GetoptError:", e, "|", e.msg, "|", e.opt, "|", e.args, "|", repr(e))
try:
    getopt.gnu_getopt(["x", "-q"], "a")
except getopt.error as err:
    print(str(err), err.opt)
e = getopt.GetoptError("just a message")
print(e.opt == "", e.args, str(e))
raise getopt.GetoptError("option -z not recognized", "z")
