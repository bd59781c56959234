# SequenceMatcher: blocks, opcodes, ratios, junk and autojunk, on fixed and random inputs.
import difflib
import random
from difflib import SequenceMatcher

s = SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.find_longest_match(0, 5, 0, 4))
print(s.find_longest_match())
m = s.find_longest_match(2, 5, 0, 4)
print(m.a, m.b, m.size, m == (3, 2, 2), type(m).__name__)

s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
print(s.bjunk, sorted(s.b2j.items()))
s = SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))

s = SequenceMatcher(lambda x: x in " \t", "private Thread currentThread;",
                    "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for block in s.get_matching_blocks():
    print("a[%d] and b[%d] match for %d elements" % block)
for opcode in s.get_opcodes():
    print("%6s a[%d:%d] b[%d:%d]" % opcode)

a = "qabxcd"
b = "abycdf"
s = SequenceMatcher(None, a, b)
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(tag, i1, i2, j1, j2, a[i1:i2], b[j1:j2]))

# empty sequences
for x, y in [("", ""), ("", "abc"), ("abc", ""), ("a", "a")]:
    s = SequenceMatcher(None, x, y)
    print(repr(x), repr(y), s.get_matching_blocks(), s.get_opcodes(), s.ratio(),
          s.quick_ratio(), s.real_quick_ratio(), list(s.get_grouped_opcodes()))

# grouped opcodes
a = list(map(str, range(1, 40)))
b = a[:]
b[8:8] = ['i']
b[20] += 'x'
b[23:28] = []
b[30] += 'y'
s = SequenceMatcher(None, a, b)
for g in s.get_grouped_opcodes():
    print(g)
for g in s.get_grouped_opcodes(1):
    print(g)
# get_grouped_opcodes edits the cached opcodes, as CPython's does
print(s.get_opcodes()[0], s.get_opcodes()[-1])

# set_seq1 / set_seq2 / set_seqs reuse
s = SequenceMatcher()
s.set_seq2("abcdefg")
for w in ["abc", "xbcdy", "gfedcba", "abcdefg"]:
    s.set_seq1(w)
    print(w, s.ratio(), s.get_opcodes())
s.set_seqs("kitten", "sitting")
print(s.a, s.b, s.ratio())

# autojunk: in a sequence of 200+ items, items above 1% are popular
b = "a" * 150 + "b" * 50 + "xyz"
a = "xyz" + "a" * 10 + "b"
s = SequenceMatcher(None, a, b)
print(sorted(s.bpopular), s.get_matching_blocks(), round(s.ratio(), 6))
s = SequenceMatcher(None, a, b, autojunk=False)
print(sorted(s.bpopular), s.get_matching_blocks(), round(s.ratio(), 6))
s = SequenceMatcher(lambda c: c == "b", a, b)
print(sorted(s.bjunk), sorted(s.bpopular), s.get_matching_blocks())

# lists of lines, tuples, non-string items
s = SequenceMatcher(None, [1, 2, 3, 4, 5], (1, 3, 4, 6, 5))
print(s.get_opcodes(), s.ratio())
s = SequenceMatcher(None, ["one\n", "two\n", "three\n"], ["one\n", "three\n", "four\n"])
print(s.get_opcodes())

# random inputs with a small alphabet, including long ones past the autojunk threshold
rng = random.Random(12345)
total = []
for trial in range(60):
    la = rng.randrange(0, 40) if trial < 40 else rng.randrange(150, 400)
    lb = rng.randrange(0, 40) if trial < 40 else rng.randrange(150, 400)
    alpha = "abcde"[:rng.randrange(1, 6)] if trial % 3 else "abcdefghijklmnopqrstuvwxyz"
    x = "".join(rng.choice(alpha) for _ in range(la))
    y = "".join(rng.choice(alpha) for _ in range(lb))
    junk = (lambda c: c == "a") if trial % 4 == 1 else None
    s = SequenceMatcher(junk, x, y, autojunk=trial % 5 != 2)
    ops = s.get_opcodes()
    total.append((len(ops), s.get_matching_blocks()[:3], round(s.ratio(), 9), s.quick_ratio()))
    print(trial, len(ops), ops[:4], round(s.ratio(), 9), len(list(s.get_grouped_opcodes(2))))

print(SequenceMatcher[int])
try:
    SequenceMatcher(None, [[1]], [[1]])
except TypeError as e:
    print("TypeError", e)
import types
print(types.GenericAlias(SequenceMatcher, (str,)), SequenceMatcher[int].__origin__ is SequenceMatcher)
for args in [(int,), (int, int, int)]:
    try:
        types.GenericAlias(*args)
    except TypeError as e:
        print("TypeError", e)
