def build(edges):
    graph = {}
    for a, b in edges:
        graph.setdefault(a, []).append(b)
        graph.setdefault(b, []).append(a)
    for k in graph:
        graph[k].sort()
    return graph


def bfs(graph, start):
    seen = {start: 0}
    order = [start]
    queue = [start]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        for nxt in graph.get(node, []):
            if nxt not in seen:
                seen[nxt] = seen[node] + 1
                order.append(nxt)
                queue.append(nxt)
    return order, seen


def dfs(graph, start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for nxt in graph[start]:
        if nxt not in seen:
            dfs(graph, nxt, seen)
    return seen


def components(graph):
    left = set(graph)
    comps = []
    while left:
        start = min(left)
        order, _ = bfs(graph, start)
        comps.append(sorted(order))
        left -= set(order)
    return comps


def shortest_path(graph, a, b):
    prev = {a: None}
    queue = [a]
    for node in queue:
        if node == b:
            break
        for nxt in graph[node]:
            if nxt not in prev:
                prev[nxt] = node
                queue.append(nxt)
    if b not in prev:
        return None
    path = []
    while b is not None:
        path.append(b)
        b = prev[b]
    return path[::-1]


g = build([(1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (6, 7), (8, 8)])
print(g)
order, dist = bfs(g, 1)
print(order, dist)
print(dfs(g, 1))
print(components(g))
print(shortest_path(g, 1, 5), shortest_path(g, 1, 7), shortest_path(g, 6, 7))
