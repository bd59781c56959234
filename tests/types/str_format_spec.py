print(format(3.14159, ".3f"), format(42, "08d"), format(255, "#x"), format(255, "X"), format(0.5, "%"))
print(format(1234567.891, ","), format(1234567, "_"), format(-42, "+"), format(42, " "), format(3, "^7"))
print(format("abc", ">6"), format("abc", "*<6"), format(1e-10, "g"), format(123456789.0, "g"), format(0.0001234, ".2e"))
print("{:10.4f}|{:<10}|{:>+8.2f}".format(2.5, "left", 3.14159))
print(format(True, "d"), format(12.0, ""), format(-0.0, ".1f"), format(1.5, "n"))
try:
    format("x", "d")
except ValueError as e:
    print(e)
try:
    format(3.5, "d")
except ValueError as e:
    print(e)
