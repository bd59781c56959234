print("{} {} {}".format(1, "a", [2]))
print("{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Bo", age=3))
print("{0[0]} {0[1]} {1[k]}".format([5, 6], {"k": "v"}))
class P:
    x = 3
print("{0.x} {p.x}".format(P(), p=P()))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"))
print("{:08.3f} {:+,} {:_b} {:#o} {:.2%} {:e}".format(3.14159, 1234567, 255, 8, 0.256, 12345.6789))
print("{!r} {!s} {!a}".format("q", "q", "ü"))
w = 10
print("{:{w}.{p}f}".format(3.14159, w=w, p=2))
print("{{literal}} {}".format(1))
print("{:,}".format(10**12), "{:x}".format(-255), "{:c}".format(97))
print("{:g} {:g} {:g}".format(1e20, 0.0001, 123.0))
print(format(12.5, "0=+10.2f"), format(-0.0, "z.1f") if False else "", format("text", ".2"))
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
try:
    "{:d}".format("s")
except ValueError as e:
    print(e)
print("{0}{0}".format("ab"), "{:n}".format(1234))
