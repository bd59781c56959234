print("%d %s %r %.2f %5.1f|%-5d|%05d" % (1, "s", "r", 2.345, 3.14, 7, 42))
print("%x %X %o %e %g %g %%" % (255, 255, 8, 12345.678, 0.0001, 1e20))
print("%(a)s-%(b)d" % {"a": "x", "b": 5}, "%c%c" % (72, "i"), "%s" % [1, 2])
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{:>6}|{:<6}|{:^6}|{:*^6}".format("a", "b", "c", "d"), "{0[1]} {1.real}".format([5, 6], 7))
print("{:.3}".format(3.14159), "{:e}".format(1234.5), "{:%}".format(0.25), "{:+d}".format(5))
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print(e)
