#!/usr/bin/env bash
# Compile speed (issue 9): the 20 biggest pure-Python modules of CPython's standard library that Krait compiles,
# compiled in one JVM after warm-up; prints the median lines per second. python3 is used only to find the
# standard library's directory. Usage: benchmarks/compile_speed.sh [-n COUNT] [-w WARMUP] [-r ROUNDS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/krait" --version > /dev/null   # builds Krait when needed
stdlib="$(python3 -c 'import os; print(os.path.dirname(os.__file__))')"
java -Xss16m -cp "$root/cli/target/krait.jar" dev.krait.cli.CompileSpeed "$@" "$stdlib"/*.py
