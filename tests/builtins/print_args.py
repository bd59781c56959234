import sys
print("a", "b", 1, None, [1])
print("a", "b", sep="-")
print("no newline", end="")
print(" continued")
print(sep=",")
print("x", "y", sep="", end="!\n")
print(*range(5), sep=", ")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
try:
    print("x", bad=1)
except TypeError as e:
    print(e)
