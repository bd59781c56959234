# Strings and dicts: build a text, split it, count words, sort by frequency.
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
parts = []
x = 12345
for i in range(1000000):
    x = (x * 1103515245 + 12345) % 2147483648
    parts.append(words[x % 10] + ("" if x % 7 else str(x % 13)))
text = " ".join(parts)
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for w, c in top:
    print(f"{w:10s} {c}")
print(len(counts), sum(counts.values()))
