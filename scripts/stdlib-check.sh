#!/usr/bin/env bash
# Compares Krait's front end with CPython's compile() on every .py file of the machine's CPython standard
# library (site-packages excluded). Prints "agree N, disagree M", the disagreements and lines/second.
# Usage: scripts/stdlib-check.sh [STDLIB_DIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
stdlib="${1:-$(python3 -c "import sysconfig; print(sysconfig.get_paths()['stdlib'])")}"
verdicts="$(mktemp)"
trap 'rm -f "$verdicts"' EXIT
python3 - "$stdlib" > "$verdicts" <<'PY'
import os, sys, warnings
warnings.simplefilter("ignore")
root = sys.argv[1]
for d, dirs, files in os.walk(root):
    dirs[:] = sorted(x for x in dirs if x != "site-packages" and x != "__pycache__")
    for f in sorted(files):
        if not f.endswith(".py"):
            continue
        p = os.path.join(d, f)
        try:
            with open(p, "rb") as fh:
                compile(fh.read(), p, "exec", dont_inherit=True)
            print("OK\t" + p)
        except (SyntaxError, ValueError, UnicodeDecodeError):
            print("ERR\t" + p)
PY
jar="$here/cli/target/krait.jar"
[ -f "$jar" ] || (cd "$here" && mvn -q -DskipTests package)
java -Xss64m -cp "$jar" dev.krait.frontend.tools.StdlibCheck "$verdicts"
