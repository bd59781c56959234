import sys
from collections import namedtuple
from itertools import product, permutations
Point = namedtuple("Point", "x y")
grid = """
#########
#S..#...#
#.#.#.#.#
#.#...#E#
#########
""".strip().splitlines()
start = end = None
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        if ch == "S":
            start = Point(r, c)
        elif ch == "E":
            end = Point(r, c)
def neighbors(p):
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        q = Point(p.x + dr, p.y + dc)
        if grid[q.x][q.y] != "#":
            yield q
def bfs(s, e):
    from collections import deque
    dist = {s: 0}
    prev = {}
    q = deque([s])
    while q:
        p = q.popleft()
        if p == e:
            break
        for n in neighbors(p):
            if n not in dist:
                dist[n] = dist[p] + 1
                prev[n] = p
                q.append(n)
    path = [e]
    while path[-1] != s:
        path.append(prev[path[-1]])
    return dist[e], path[::-1]
d, path = bfs(start, end)
print(d, path[:4], len(path))
canvas = [list(row) for row in grid]
for p in path[1:-1]:
    canvas[p.x][p.y] = "*"
print("\n".join("".join(r) for r in canvas))
def solve_queens(n):
    sols = []
    def place(row, cols, d1, d2, acc):
        if row == n:
            sols.append(acc[:])
            return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2:
                continue
            acc.append(c)
            place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, acc)
            acc.pop()
    place(0, frozenset(), frozenset(), frozenset(), [])
    return sols
s8 = solve_queens(8)
print(len(s8), s8[0], len(solve_queens(6)))
best = max(permutations("abcd"), key=lambda p: sum(ord(ch) * i for i, ch in enumerate(p)))
print("".join(best), sum(1 for _ in product(range(3), repeat=4)))
print(sys.getrecursionlimit() >= 1000, f"{sum(range(10**6)):,}", f"{2**0.5:.10f}", f"{1e-7:.2e}", f"{123456789:_}")
