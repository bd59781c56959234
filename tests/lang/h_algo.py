import math, itertools, functools, collections, heapq
def nbody(steps):
    bodies = {"sun": [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 39.47841760435743],
              "jup": [4.84, -1.16, -0.10, 0.606, 2.81, -0.02, 0.037],
              "sat": [8.34, 4.12, -0.40, -1.01, 1.82, 0.008, 0.011]}
    pairs = list(itertools.combinations(bodies.values(), 2))
    def energy():
        e = 0.0
        for (x1, y1, z1, vx1, vy1, vz1, m1), (x2, y2, z2, vx2, vy2, vz2, m2) in pairs:
            e -= m1 * m2 / math.sqrt((x1 - x2) ** 2 + (y1 - y2) ** 2 + (z1 - z2) ** 2)
        for (x, y, z, vx, vy, vz, m) in bodies.values():
            e += m * (vx * vx + vy * vy + vz * vz) / 2.
        return e
    print("%.9f" % energy())
    for _ in range(steps):
        for b1, b2 in pairs:
            dx, dy, dz = b1[0] - b2[0], b1[1] - b2[1], b1[2] - b2[2]
            mag = 0.01 * ((dx * dx + dy * dy + dz * dz) ** -1.5)
            b1m, b2m = b1[6] * mag, b2[6] * mag
            b1[3] -= dx * b2m; b1[4] -= dy * b2m; b1[5] -= dz * b2m
            b2[3] += dx * b1m; b2[4] += dy * b1m; b2[5] += dz * b1m
        for b in bodies.values():
            b[0] += 0.01 * b[3]; b[1] += 0.01 * b[4]; b[2] += 0.01 * b[5]
    print("%.9f" % energy())
nbody(1000)
def fannkuch(n):
    perm1 = list(range(n)); count = [0] * n; maxflips = 0; checksum = 0; r = n; sign = 1
    while True:
        while r != 1:
            count[r - 1] = r; r -= 1
        perm = perm1[:]; flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]; flips += 1; k = perm[0]
        maxflips = max(maxflips, flips); checksum += flips * sign
        while True:
            if r == n: return checksum, maxflips
            p0 = perm1[0]; perm1[:r] = perm1[1:r + 1]; perm1[r] = p0
            count[r] -= 1
            if count[r] > 0: break
            r += 1
        sign = -sign
print(fannkuch(7))
def spectral(n):
    def A(i, j): return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)
    def mul_Av(v): return [sum(A(i, j) * v[j] for j in range(n)) for i in range(n)]
    def mul_Atv(v): return [sum(A(j, i) * v[j] for j in range(n)) for i in range(n)]
    u = [1.0] * n
    for _ in range(10):
        v = mul_Atv(mul_Av(u)); u = mul_Atv(mul_Av(v))
    vBv = sum(a * b for a, b in zip(u, v)); vv = sum(b * b for b in v)
    return "%0.9f" % math.sqrt(vBv / vv)
print(spectral(50))
def dijkstra(graph, src):
    dist = {src: 0}; pq = [(0, src)]; prev = {}
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, math.inf): continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, math.inf):
                dist[v] = nd; prev[v] = u; heapq.heappush(pq, (nd, v))
    return dist, prev
g = collections.defaultdict(list)
for a, b, w in [("A", "B", 4), ("A", "C", 2), ("C", "B", 1), ("B", "D", 5), ("C", "D", 8), ("D", "E", 3)]:
    g[a].append((b, w)); g[b].append((a, w))
dist, prev = dijkstra(g, "A")
print(sorted(dist.items()), prev)
def queens(n):
    def solve(row, cols, d1, d2):
        if row == n: return 1
        return sum(solve(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c})
                   for c in range(n) if c not in cols and row - c not in d1 and row + c not in d2)
    return solve(0, frozenset(), frozenset(), frozenset())
print([queens(i) for i in range(1, 8)])
@functools.lru_cache(None)
def lcs(a, b):
    if not a or not b: return ""
    if a[0] == b[0]: return a[0] + lcs(a[1:], b[1:])
    return max(lcs(a[1:], b), lcs(a, b[1:]), key=len)
print(lcs("AGGTABQXY", "GXTXAYBQY"))
def mandel(w, h):
    rows = []
    for y in range(h):
        row = ""
        for x in range(w):
            c = complex(-2 + 3 * x / w, -1 + 2 * y / h); z = 0j; i = 0
            while abs(z) < 2 and i < 30: z = z * z + c; i += 1
            row += " .:-=+*#%@"[i % 10]
        rows.append(row)
    return rows
print("\n".join(mandel(40, 10)))
print(sum(1 for p in itertools.permutations(range(6)) if all(abs(p[i] - p[i + 1]) != 1 for i in range(5))))
primes = [p for p in range(2, 200) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
print(len(primes), primes[-5:], sum(primes), math.prod(primes[:8]))
