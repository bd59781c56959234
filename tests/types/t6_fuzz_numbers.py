# int() with bases, float() and complex() over random strings of digits, letters, signs, underscores, prefixes and spaces
import random
r = random.Random(51)
pieces = ["0", "1", "7", "9", "a", "f", "z", "x", "o", "b", "_", ".", "e", "E", "+", "-", " ", "j", "inf", "nan", "0x", "0o", "0b", "١", "\u2003", "\t"]
out = []
for i in range(1000):
    s = "".join(r.choice(pieces) for _ in range(r.randint(0, 5)))
    for conv, args in ((int, ()), (int, (0,)), (int, (16,)), (int, (2,)), (int, (36,)), (float, ()), (complex, ())):
        try:
            res = repr(conv(s, *args))
        except Exception as e:
            res = type(e).__name__ + ": " + str(e)
        out.append("%s%r %r %s" % (conv.__name__, args, s, res))
print("\n".join(out))
