# Sorting str keys: code point order with and without surrogate pairs (astral characters), reverse, key functions,
# str subclasses, stability of equal keys.
import random
random.seed(3)
words = ["".join(random.choice("abcXYZé€😀\U0001f600zzZ") for _ in range(random.randint(0, 6))) for _ in range(3000)]
s1 = sorted(words); print(s1[:5], s1[-5:], len(s1))
ascii_words = [w.encode('ascii', 'ignore').decode() for w in words]
s2 = sorted(ascii_words, reverse=True); print(s2[:8], s2[-3:])
pairs = sorted(ascii_words, key=str.lower); print(pairs[:10])
print(sorted(["b", "a", "B", "", "ab", "\uffff", "\ud7ff", "\ue000"] * 20)[::20])
print(sorted(["\U0001f600", "\uffff", "a"] * 30)[::30])
class S(str): pass
print(sorted([S("b"), "a", S("c")] * 30)[::30])
print(sorted(ascii_words, key=len)[:12])
