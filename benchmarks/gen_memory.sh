#!/usr/bin/env bash
# Heap bytes per suspended generator (issue 5's memory figure): runs gen_memory.py as a jar, takes a class
# histogram of the live heap while it holds a million suspended generators, and divides by their count.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
mkdir -p "$here/out"
"$root/krait" compile "$here/gen_memory.py" -o "$here/out/gen_memory.jar" > /dev/null
fifo="$(mktemp -u)"
mkfifo "$fifo"
out="$(mktemp)"
java -Xmx2g -jar "$here/out/gen_memory.jar" < "$fifo" > "$out" &
pid=$!
exec 3> "$fifo"
while ! grep -q 1000000 "$out" 2> /dev/null; do sleep 0.2; done
jcmd "$pid" GC.class_histogram > "$out.histo"
echo >&3
exec 3>&-
wait "$pid"
python3 - "$out.histo" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    parts = line.split()
    if len(parts) >= 4 and parts[0].endswith(':'):
        rows[parts[3]] = (int(parts[1]), int(parts[2]))
gen = [(k, v) for k, v in rows.items() if k.endswith('counter$gen')]
count = gen[0][1][0] if gen else 0
total = sum(b for k, (n, b) in rows.items() if k.endswith('counter$gen'))
arrays = rows.get('[Ljava.lang.Object;', (0, 0))
ints = rows.get('[I', (0, 0))
print('generators: %d, generator objects: %d bytes (%.0f each)' % (count, total, total / max(count, 1)))
print('all Object[] arrays: %d bytes, all int[] arrays: %d bytes' % (arrays[1], ints[1]))
print('upper bound per suspended generator (objects + all arrays): %.0f bytes'
      % ((total + arrays[1] + ints[1]) / max(count, 1)))
PY
rm -f "$fifo" "$out" "$out.histo"
