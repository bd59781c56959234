# the int/str conversion digit limit (4300) in str(), format(), %-formatting and int()
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
big = 10 ** 5000
t(1, lambda: len(format(big, "d")))
t(2, lambda: len(format(big, ",")))
t(3, lambda: len(format(big, "x")))
t(4, lambda: len(f"{big}"))
t(5, lambda: len("%d" % big))
t(6, lambda: len("%x" % big))
t(7, lambda: len(repr(big)))
t(8, lambda: len(str(-big)))
t(9, lambda: len("{}".format(big)))
t(10, lambda: len(format(big, "e")))
t(11, lambda: int("1" * 4300) > 0)
t(12, lambda: int("1" * 4301))
t(13, lambda: int("f" * 5000, 16) > 0)
import sys
t(14, lambda: sys.get_int_max_str_digits())
t(16, lambda: sys.set_int_max_str_digits(100))
