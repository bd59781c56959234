import string, textwrap, re
from collections import OrderedDict
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.d = OrderedDict()
    def get(self, k):
        if k not in self.d:
            return -1
        self.d.move_to_end(k)
        return self.d[k]
    def put(self, k, v):
        self.d[k] = v
        self.d.move_to_end(k)
        if len(self.d) > self.cap:
            self.d.popitem(last=False)
c = LRU(2)
ops = [("put", 1, 1), ("put", 2, 2), ("get", 1), ("put", 3, 3), ("get", 2), ("put", 4, 4), ("get", 1), ("get", 3), ("get", 4)]
res = []
for op in ops:
    if op[0] == "put":
        c.put(op[1], op[2])
    else:
        res.append(c.get(op[1]))
print(res, list(c.d.items()))
def tokenize(expr):
    return re.findall(r"\d+\.?\d*|[-+*/()]", expr)
def parse(tokens):
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else None
    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def expr():
        v = term()
        while peek() in ("+", "-"):
            v = v + term() if take() == "+" else v - term()
        return v
    def term():
        v = factor()
        while peek() in ("*", "/"):
            v = v * factor() if take() == "*" else v / factor()
        return v
    def factor():
        t = take()
        if t == "(":
            v = expr()
            take()
            return v
        if t == "-":
            return -factor()
        return float(t) if "." in t else int(t)
    return expr()
for e in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-(3 - 5) * 2.5", "2 * (3 + (4 - 1)) / 3"]:
    print(f"{e:>25} = {parse(tokenize(e))}")
words = "the quick brown fox jumps over the lazy dog".split()
caesar = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[3:] + string.ascii_lowercase[:3])
print(" ".join(w.translate(caesar) for w in words))
print(textwrap.fill(" ".join(w.capitalize() for w in words * 3), 30))
matrix = [[(i * j) % 7 for j in range(5)] for i in range(5)]
transposed = list(map(list, zip(*matrix)))
print(transposed == [list(col) for col in zip(*matrix)], [sum(r) for r in matrix], max(map(max, matrix)))
print(sorted(words, key=lambda w: (-len(w), w))[:4], {len(w) for w in words}, "".join(sorted(set("".join(words))))[:10])
s = "A man, a plan, a canal: Panama"
clean = [ch.lower() for ch in s if ch.isalnum()]
print(clean == clean[::-1], s.swapcase(), s.count("a"), s.find("plan"), s.replace("a", "4", 3))
