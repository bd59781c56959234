TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""


def words(text):
    out = []
    for raw in text.lower().split():
        w = raw.strip(".,;:!?\"'")
        if w:
            out.append(w)
    return out


ws = words(TEXT)
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
print(len(ws), len(freq))
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, n in top[:6]:
    print(f"{w:>8} {n:2d} {'#' * n}")
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, sorted(by_len[n]))
lines = TEXT.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20])
print(TEXT.count("it was"), TEXT.find("wisdom"), TEXT.title()[:30])
caps = [w for w in TEXT.split() if w[0].isupper()]
print(caps)
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym, " ".join(reversed("one two three".split())))
