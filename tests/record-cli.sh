#!/usr/bin/env bash
# Records what python3 prints for each command-line case under tests/cli (the options of issue 9).
#
# A case is tests/cli/NAME.cmd: the arguments after the interpreter's name, one per line ("\n" in a line stands
# for a newline, "\\" for a backslash); an optional NAME.stdin is fed to standard input (otherwise it is empty).
# Each runs from tests/cli/_files. NAME.exp receives stdout, a line "--- exit N", a line "--- stderr" and stderr,
# normalised so that Krait's output can match: the version banner removed, the interpreter's path in usage and
# error lines written "krait", and the absolute path of tests/cli/_files written {DIR}.
# CliTest runs the same cases through Krait and applies the same normalisation to its stderr.
#
# Usage: tests/record-cli.sh            # all cases
#        tests/record-cli.sh NAME...    # some of them
set -euo pipefail
cd "$(dirname "$0")/cli"
python3 - "$@" <<'PY'
import glob, os, re, subprocess, sys
assert sys.version_info[:2] == (3, 11), "record with CPython 3.11"
names = sys.argv[1:] or sorted(os.path.basename(p)[:-4] for p in glob.glob("*.cmd"))
files = os.path.abspath("_files")
env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
env["PYTHONHASHSEED"] = "0"
env["PYTHONDONTWRITEBYTECODE"] = "1"

def unescape(line):
    out, i = [], 0
    while i < len(line):
        if line[i] == "\\" and i + 1 < len(line):
            out.append("\n" if line[i + 1] == "n" else line[i + 1])
            i += 2
        else:
            out.append(line[i])
            i += 1
    return "".join(out)

def normalise(text):
    lines = []
    for line in text.split("\n"):
        if re.match(r"Python 3\.11\.\d+ ", line) or line.startswith('Type "help", "copyright"'):
            continue
        line = re.sub(r"^usage: \S+ ", "usage: krait ", line)
        line = line.replace("Try `python -h'", "Try `krait -h'")
        line = re.sub(r"^\S*python3(\.\d+)?: ", "krait: ", line)
        lines.append(line)
    return "\n".join(lines).replace(files, "{DIR}")

for name in names:
    with open(name + ".cmd") as f:
        args = [unescape(l.rstrip("\n")) for l in f]
    stdin = open(name + ".stdin", "rb").read() if os.path.exists(name + ".stdin") else b""
    p = subprocess.run([sys.executable] + args, input=stdin, capture_output=True, cwd=files, env=env, timeout=60)
    out = p.stdout.decode().replace(files, "{DIR}")
    if out and not out.endswith("\n"):
        out += "\n"
    with open(name + ".exp", "w") as f:
        f.write(out + "--- exit %d\n--- stderr\n" % p.returncode + normalise(p.stderr.decode()))
print("recorded %d case(s)" % len(names))
PY
