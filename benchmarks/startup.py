#!/usr/bin/env python3
"""Start-up times (issue 9): `./krait -c "print(1)"` (the launcher, with its class-data-sharing archive),
the same through `java -jar krait.jar` (no archive), a compiled hello world under `java -jar`, and
`python3 -c "print(1)"`, run alternately in one run; prints the median wall time of each.

Usage: benchmarks/startup.py [-n RUNS]
"""
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def main():
    runs = int(sys.argv[sys.argv.index('-n') + 1]) if '-n' in sys.argv else 11
    subprocess.run([os.path.join(ROOT, 'krait'), '--version'], check=True, stdout=subprocess.DEVNULL)
    os.makedirs(os.path.join(HERE, 'out'), exist_ok=True)
    jar = os.path.join(HERE, 'out', 'hello.jar')
    subprocess.run([os.path.join(ROOT, 'krait'), 'compile', os.path.join(HERE, 'hello.py'), '-o', jar], check=True)
    krait_jar = os.path.join(ROOT, 'cli', 'target', 'krait.jar')
    commands = {
        'python3 -c "print(1)"': ['python3', '-c', 'print(1)'],
        './krait -c "print(1)"': [os.path.join(ROOT, 'krait'), '-c', 'print(1)'],
        'java -jar krait.jar -c': ['java', '-jar', krait_jar, '-c', 'print(1)'],
        'java -jar hello.jar': ['java', '-jar', jar],
    }
    times = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            t0 = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            times[name].append(time.perf_counter() - t0)
    print('%d runs each, medians:' % runs)
    for name, ts in times.items():
        print('  %-24s %.3f s' % (name, statistics.median(ts)))


if __name__ == '__main__':
    main()
