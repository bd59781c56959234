#!/usr/bin/env bash
# Records the expected output of conformance programs with CPython 3.11.
#
# Every tests/<category>/<name>.py (outside directories whose name starts with "_") gets <name>.exp:
#   - the exact stdout of `python3 <name>.py`, run from the tests/ directory with an empty stdin;
#   - if the exit status is not 0: stdout (ending with a newline, one is added if missing), then a line
#     "--- exit N", then the last line of stderr (the exception line of the traceback), then a newline;
#   - for programs under tracebacks/, the whole of stderr instead of its last line, with the absolute path
#     of the tests directory in file names written as {TESTS}.
# The JUnit runner (ConformanceTest) compares Krait's output with these files; it never runs python3.
#
# Usage: tests/record.sh            # re-record everything
#        tests/record.sh FILE.py... # re-record the given programs
set -euo pipefail
cd "$(dirname "$0")"
python3 -c 'import sys; assert sys.version_info[:2] == (3, 11), "record with CPython 3.11"'
if [ $# -gt 0 ]; then
  files=("$@")
else
  mapfile -t files < <(find . -name '*.py' -not -path '*/_*' -path './*/*' -not -path './src/*' | sort)
fi
for f in "${files[@]}"; do
  f="${f#./}"
  f="${f#tests/}"
  exp="${f%.py}.exp"
  set +e
  out="$(PYTHONHASHSEED=0 python3 "$f" < /dev/null 2> /tmp/krait-record-err; echo "~$?")"
  set -e
  status="${out##*~}"
  out="${out%~*}"
  if [ "$status" = "0" ]; then
    printf '%s' "$out" > "$exp"
  else
    if [ "${f#tracebacks/}" != "$f" ]; then last="$(sed "s#$(pwd)/#{TESTS}/#g" /tmp/krait-record-err)"; else last="$(tail -n 1 /tmp/krait-record-err)"; fi
    if [ -n "$out" ] && [ "${out: -1}" != $'\n' ]; then out="$out"$'\n'; fi
    printf '%s--- exit %s\n%s\n' "$out" "$status" "$last" > "$exp"
  fi
done
echo "recorded ${#files[@]} program(s)"
