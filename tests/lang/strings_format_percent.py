print("%s is %d years and %.2f m" % ("Al", 30, 1.756))
print("%5s|%-5s|%05d|%+d|%x|%X|%o|%e|%g" % ("a", "b", 42, 5, 255, 255, 8, 12345.678, 0.00001234))
print("%(name)s=%(val)r" % {"name": "k", "val": "v"})
print("%c%c" % (72, "i"), "%%", "%.3s" % "abcdef")
print("%10.4f|%-10.2e|%#x|%#o" % (3.14159265, 1234.5, 255, 8))
print("%r %a" % ("é", "é"))
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print(e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(e)
print("%s" % [1, 2], "%s" % (1,), "%d%%" % 50)
print("%i %u" % (3, 4), "%.0f %.1f" % (2.5, 0.25))
