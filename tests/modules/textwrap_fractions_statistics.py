import textwrap
s = "The quick brown fox jumps over the lazy dog. " * 4 + "Supercalifragilisticexpialidocious-word and well-known hyphen-separated things."
for w in (20, 33, 50):
    print(textwrap.fill(s, w))
    print("--")
print(textwrap.wrap("short", 10), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.shorten("Hello  world, this is a long sentence", width=20))
print(textwrap.shorten("Hello world", width=11))
print(repr(textwrap.dedent("""
    def f():
        return 1

    x = 2
""")))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.fill("a b c d e f g h", 5, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("x" * 25, 10), textwrap.wrap("x" * 25, 10, break_long_words=False))
print(textwrap.fill("one two three four five six seven", 15, max_lines=2))
from fractions import Fraction as F
import math
a = F(3, 4); b = F("1/3"); c = F(0.5); d = F("1.25"); e = F("-2e-2")
print(a, b, c, d, e, repr(a), F(6, -8), F(), F(5))
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(F(-1, 2)), a ** 2, a ** -2, 2 ** F(2))
print(a + 1, 1 + a, a * 2.0, a == 0.75, a < b, a > 0.5, F(1, 2) == F(2, 4), hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3))
print(float(a), int(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(a, 1), math.floor(F(-7, 2)), math.ceil(F(7, 2)))
print(F(math.pi).limit_denominator(1000), F(1, 3).limit_denominator(2), a.as_integer_ratio(), a.numerator, a.denominator)
print(sum([F(1, n) for n in range(1, 6)]), sorted([F(1, 2), F(1, 3), F(3, 4)]), max(F(1, 2), 0.6), str(F(10, 5)))
try:
    F(1, 0)
except ZeroDivisionError as ex:
    print(ex)
try:
    F("abc")
except ValueError as ex:
    print(ex)
import statistics as st
from fractions import Fraction
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.mean([1, 2, 3]), st.mean([1.5, 2.5]), st.mean([Fraction(1, 2), Fraction(1, 3)]), st.fmean(data))
print(st.median(data), st.median([1, 3, 5]), st.median_low(data), st.median_high(data), st.mode(data), st.multimode("aabbc"))
print(st.pstdev(data), st.stdev(data), st.variance(data), st.pvariance(data), st.variance([1.5, 2.5, 3.5]))
print(st.geometric_mean([1, 10, 100]), st.harmonic_mean([40, 60]), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4))
print(st.stdev([1.1, 2.2, 3.3, 4.4]), st.mean([0.1, 0.2, 0.3]), st.pstdev([1, 2, 3, 4, 5]))
try:
    st.mean([])
except st.StatisticsError as e:
    print(e)
print(st.median([1, 2]), st.median([1.0, 2.0, 3.0, 4.0]), st.quantiles([1, 2, 3, 4], n=3, method="inclusive"))
