text = "the cat and the hat and the bat sat on the mat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
by_first = {}
for w in sorted(set(text.split())):
    by_first.setdefault(w[0], []).append(w)
print(by_first)
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, set()).add(k)
print({k: sorted(v) for k, v in sorted(inverted.items())})
nested = {"a": {"x": 1, "y": 2}, "b": {"x": 3}}
print({k: sum(v.values()) for k, v in nested.items()}, [k2 for v in nested.values() for k2 in v])
merged = {}
for d in [{"a": 1, "b": 2}, {"b": 3, "c": 4}, {"a": 5}]:
    for k, v in d.items():
        merged[k] = merged.get(k, 0) + v
print(merged, max(merged, key=merged.get), min(merged.values()))
students = [("ann", "math", 90), ("bob", "math", 70), ("ann", "art", 85), ("cid", "art", 60), ("bob", "art", 95)]
avg = {}
for name, subj, score in students:
    avg.setdefault(subj, []).append(score)
print({s: sum(v) / len(v) for s, v in avg.items()})
best = {}
for name, subj, score in students:
    if score > best.get(subj, ("", -1))[1]:
        best[subj] = (name, score)
print(best)
print(dict(sorted(counts.items())[:3]), list(counts)[:3], len(counts))
