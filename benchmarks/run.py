#!/usr/bin/env python3
"""Runs each benchmark under Krait (compiled jar, `java -jar` with the JVM options of the ./krait launcher,
read from krait.jvm-options) and under python3, alternately, several times.

Checks that both print the same output, then prints the median wall time of each and the ratio
python3 / Krait (above 1 means Krait is faster), with the geometric mean of the ratios.

Usage: benchmarks/run.py [-n RUNS] [--launcher] [NAME ...]     (names without .py; default: every benchmark)

--launcher times `./krait NAME.py` instead of the jar: the way a user runs a script, with the launcher's
class-data-sharing archive and the compiled script taken from the user cache (a first, untimed run fills it).
"""
import argparse
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, "out")
# Benchmarks that measure start-up rather than speed: reported, but not in the geometric mean.
STARTUP = {"hello"}


def timed(cmd):
    """Wall time, stdout and peak RSS in MiB of one run (the child is reaped with wait4 to get its own rusage)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=HERE)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err.read().decode()}")
        return elapsed, out.read(), usage.ru_maxrss / 1024


def jvm_options():
    """The options the ./krait launcher gives the JVM (krait.jvm-options: one per line, # comments)."""
    with open(os.path.join(ROOT, "krait.jvm-options")) as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


# Programs here that are not timed against CPython: the runner itself and the other benchmark commands.
NOT_TIMED = {"run", "startup", "gen_memory"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", "--runs", type=int, default=5)
    ap.add_argument("--launcher", action="store_true", help="time ./krait NAME.py instead of java -jar NAME.jar")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    names = args.names or sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".py") and f[:-3] not in NOT_TIMED)
    os.makedirs(OUT, exist_ok=True)
    subprocess.run([os.path.join(ROOT, "krait"), "--version"], check=True, stdout=subprocess.DEVNULL)
    jvm = jvm_options()
    ratios = []
    print(f"{'benchmark':16} {'python3 s':>10} {'krait s':>10} {'ratio':>7} {'py MiB':>7} {'krait MiB':>9}")
    for name in names:
        src = os.path.join(HERE, name + ".py")
        jar = os.path.join(OUT, name + ".jar")
        if args.launcher:
            command = [os.path.join(ROOT, "krait"), src]
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=HERE)
        else:
            subprocess.run([os.path.join(ROOT, "krait"), "compile", src, "-o", jar], check=True)
            command = ["java", *jvm, "-jar", jar]
        py, kr = [], []
        for _ in range(args.runs):
            py.append(timed(["python3", src]))
            kr.append(timed(command))
            if py[-1][1] != kr[-1][1]:
                sys.exit(f"{name}: outputs differ\n--- python3\n{py[-1][1].decode()}--- krait\n{kr[-1][1].decode()}")
        p = statistics.median(r[0] for r in py)
        k = statistics.median(r[0] for r in kr)
        prss = max(r[2] for r in py)
        krss = max(r[2] for r in kr)
        if name not in STARTUP:
            ratios.append(p / k)
        print(f"{name:16} {p:10.3f} {k:10.3f} {p / k:7.2f} {prss:7.0f} {krss:9.0f}")
    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"{'geometric mean':16} {'':10} {'':10} {geo:7.2f}   (CPU benchmarks, start-up excluded)")
    if os.path.exists(os.path.join(OUT, "hello.jar")):
        print(f"hello.jar: {os.path.getsize(os.path.join(OUT, 'hello.jar')) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
