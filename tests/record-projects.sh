#!/usr/bin/env bash
# Records what python3 prints for each project tree under tests/projects (krait compile DIR --main MODULE).
#
# A project is tests/projects/NAME/ with a file MAIN naming the module to run; NAME.exp receives the output of
# `python3 -m MODULE` run inside the tree, in the conformance format of record.sh (stdout; for a non-zero
# status "--- exit N" and the last line of stderr). ProjectTest compiles each tree into a jar and runs it with
# java -jar from another directory, so modules and data files must come from the jar.
#
# Usage: tests/record-projects.sh [NAME...]
set -euo pipefail
cd "$(dirname "$0")/projects"
python3 -c 'import sys; assert sys.version_info[:2] == (3, 11), "record with CPython 3.11"'
if [ $# -gt 0 ]; then names=("$@"); else mapfile -t names < <(for m in */MAIN; do dirname "$m"; done); fi
for name in "${names[@]}"; do
  set +e
  out="$(cd "$name" && PYTHONDONTWRITEBYTECODE=1 PYTHONHASHSEED=0 python3 -m "$(cat MAIN)" < /dev/null 2> /tmp/krait-record-err; echo "~$?")"
  set -e
  status="${out##*~}"
  out="${out%~*}"
  if [ "$status" = "0" ]; then
    printf '%s' "$out" > "$name.exp"
  else
    if [ -n "$out" ] && [ "${out: -1}" != $'\n' ]; then out="$out"$'\n'; fi
    printf '%s--- exit %s\n%s\n' "$out" "$status" "$(tail -n 1 /tmp/krait-record-err)" > "$name.exp"
  fi
done
echo "recorded ${#names[@]} project(s)"
