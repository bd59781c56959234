import sys
print()
print("a", "b", sep="")
print("a", "b", sep=None, end=None)
print(1, 2, 3, sep=" | ", end=" END\n")
print("no newline", end="")
print()
print(*[1, 2, 3], sep="-")
print("to stderr", file=sys.stderr)
print(None, True, 1.0, [None])
sys.stdout.write("written\n")
print(sys.stdout.write("abc"))
print("flush", flush=True)
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
try:
    print("x", end=5)
except TypeError as e:
    print(e)
