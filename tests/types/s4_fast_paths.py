# Edge cases of paths Krait takes in Java without the general machinery: %-formatting of 64-bit ints,
# the e format near powers of ten and ties, sorting of small ints, re.findall/re.sub with literals,
# itertools' Java iterators.
import re
import itertools

for v in [0, -1, 7, -255, 2**31, -2**31, 2**63 - 1, -2**63, 2**64, -2**70, True]:
    print("%d|%5d|%-6d|%+d|%x|%#X|%o|%#o|%05d|%.3d" % (v, v, v, v, v, v, v, v, v, v))
for v in [9.995, 9.9999999, 99.5, 0.5, 1.5, 2.5, 1e22, 1e23, 123456789012345678.0, 5e-324,
          1.7976931348623157e308, 0.1, 2.675, 999999.5, 1e-7, 0.000999999, 7.0]:
    print(f"{v:.0e} {v:.1e} {v:.2e} {v:.3E} {v:.6e} {v:.15e} {v:.16e}", "%.2e" % v, "%.0e" % -v)
print(sorted([5, -3, 2**31 - 1, -2**31, 0, 5, -3, 7]), sorted([3, 2**40, 1, -2**40]), sorted([2, 1, True, False, 0]))
print(sorted([10 - i % 4 for i in range(40)], reverse=True)[:6], sorted([3, 1.5, 2, -0.5]))
a = [300000 + i % 7 for i in range(50)]
b = sorted(a)
print(b[:8], all(x is y for x, y in zip(sorted(a), sorted(a))) or "identity may differ")
print(re.findall(r"(\w)(\d)?", "a1 b c3"), re.findall(rb"\d+", b"x12y345"), re.findall(r"x*", "axxb"))
print(re.sub(r"\s+", "-", "a  b\tc", count=1), re.subn(rb"o", b"0", b"foo boo"), re.sub("", "|", "abc"))
print(re.sub(r"(\d)", r"<\1>", "a1b2"), re.sub(r"b", "", "abcb"), re.compile(r"(a)(b)").findall("abab", 1))
try:
    re.sub("a", "b", b"abc")
except TypeError as e:
    print("TypeError:", e)
c = itertools.count(2**62, 2**62)
print([next(c) for _ in range(3)], repr(c), repr(itertools.count(1.5, 0.5)), repr(itertools.repeat("x", 2)))
print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.islice(range(10), 2, 9, 3)))
print(list(itertools.chain.from_iterable(["ab", "", "c"])), list(itertools.product("ab", repeat=0)))
print(list(itertools.permutations(range(3), 2)), list(itertools.combinations_with_replacement("ab", 2)))
for bad in [lambda: itertools.islice("a", -1), lambda: itertools.islice("a", 0, 1, 0), lambda: itertools.count("a"),
            lambda: itertools.repeat(1, "x"), lambda: itertools.permutations("a", "r"), lambda: itertools.product("a", repeat=-2)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
