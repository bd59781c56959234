import sys, bisect
from itertools import islice
def make_tree(d):
    return (make_tree(d - 1), make_tree(d - 1)) if d else (None, None)
def check(t):
    l, r = t
    return 1 if l is None else 1 + check(l) + check(r)
def binary_trees(n):
    maxd = max(6, n); stretch = maxd + 1
    print(f"stretch tree of depth {stretch}\t check: {check(make_tree(stretch))}")
    long_lived = make_tree(maxd)
    for d in range(4, maxd + 1, 2):
        it = 2 ** (maxd - d + 4)
        print(f"{it}\t trees of depth {d}\t check: {sum(check(make_tree(d)) for _ in range(it))}")
    print(f"long lived tree of depth {maxd}\t check: {check(long_lived)}")
binary_trees(8)
def pidigits(n):
    k, a, b, c, d, e = 0, 0, 1, 1, 0, 1
    out = []; i = 0
    n1, d1, acc = 4, 3, 0
    q, r, t = 1, 0, 1
    k = 1; digits = []
    while len(digits) < n:
        if 4 * q + r - t < t * (len(digits) + 1) * 0 + t * 10 ** 9 and False: pass
        q, r, t, k = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1), k + 1
        if q > r: continue
        d_ = (3 * q + r) // t
        if d_ == (4 * q + r) // t:
            digits.append(d_); q, r = 10 * q, 10 * (r - d_ * t)
    for i in range(0, n, 10):
        chunk = "".join(map(str, digits[i:i + 10]))
        print(f"{chunk:<10}\t:{min(i + 10, n)}")
pidigits(30)
IM, IA, IC = 139968, 3877, 29573
last = 42
def rand(maxv):
    global last
    last = (last * IA + IC) % IM
    return maxv * last / IM
alu = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGGGAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGACCAGCCTGGCCAACATGGTGAAACCCCGTCTCTAC"
iub = list(zip("acgtBDHKMNRSVWY", [0.27, 0.12, 0.12, 0.27] + [0.02] * 11))
def repeat_fasta(src, n, width=60):
    r = len(src); s = src + src + src[:n % r]
    for j in range(n // width):
        i = j * width % r; print(s[i:i + width])
    if n % width: print(s[-(n % width):])
def random_fasta(table, n, width=60):
    chars = [c for c, _ in table]; probs = []; acc = 0.0
    for _, p in table: acc += p; probs.append(acc)
    for j in range(0, n, width):
        line = "".join(chars[bisect.bisect(probs, rand(1.0))] for _ in range(min(width, n - j)))
        print(line)
print(">ONE Homo sapiens alu"); repeat_fasta(alu, 200)
print(">TWO IUB ambiguity codes"); random_fasta(iub, 150)
print(last, rand(100), f"{rand(1):.10f}")
