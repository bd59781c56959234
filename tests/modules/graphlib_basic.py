from graphlib import TopologicalSorter, CycleError
import graphlib

print(graphlib.__all__, issubclass(CycleError, ValueError))
graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
graph = {k: sorted(v) for k, v in graph.items()}
print(list(TopologicalSorter(graph).static_order()))
print(tuple(TopologicalSorter({2: [1], 3: [2], 4: [1, 3], 5: []}).static_order()))

ts = TopologicalSorter()
ts.add("shirt")
ts.add("tie", "shirt")
ts.add("jacket", "tie", "belt")
ts.add("belt", "trousers", "shirt")
ts.add("shoes", "socks", "trousers")
ts.add("trousers", "underwear")
ts.prepare()
rounds = []
while ts.is_active():
    ready = ts.get_ready()
    rounds.append(ready)
    for node in ready:
        ts.done(node)
print(rounds, bool(ts))

ts = TopologicalSorter({"b": ["a"], "c": ["a"]})
try:
    ts.get_ready()
except ValueError as e:
    print("ValueError:", e)
for call in (ts.is_active, ts.done, bool):
    try:
        call(ts)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
ts.prepare()
try:
    ts.prepare()
except ValueError as e:
    print("ValueError:", e)
try:
    ts.add("d", "c")
except ValueError as e:
    print("ValueError:", e)
print(ts.get_ready(), ts.get_ready(), ts.is_active())
for bad in ("b", "zzz"):
    try:
        ts.done(bad)
    except ValueError as e:
        print("ValueError:", e)
ts.done("a")
try:
    ts.done("a")
except ValueError as e:
    print("ValueError:", e)
print(ts.get_ready(), ts.is_active())
ts.done("b", "c")
print(ts.is_active(), ts.get_ready())

for g in ({1: [2], 2: [1]}, {"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}, {1: [1]},
          {0: [1], 1: [2], 2: [3], 3: [1], 4: []}):
    try:
        list(TopologicalSorter(g).static_order())
    except CycleError as e:
        print("CycleError:", e, e.args)

it = TopologicalSorter({1: [2], 2: [1]}).static_order()
print(type(it).__name__)
print(list(TopologicalSorter().static_order()))
ts = TopologicalSorter()
ts.add(1, 2, 2)
print(list(ts.static_order()))
ts = TopologicalSorter()
ts.add((1, 2), "x")
ts.add(None)
print(list(ts.static_order()))
