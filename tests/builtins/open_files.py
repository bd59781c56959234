name = "_tmp_open_files.txt"
with open(name, "w") as f:
    print(f.write("line1\n"), f.write("line2\nline3"))
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(name) as f:
    print([l.rstrip() for l in f])
with open(name, "a") as f:
    f.write("\nappended")
with open(name, "rb") as f:
    data = f.read()
print(data, len(data))
with open(name, "wb") as f:
    f.write(bytes([0, 255, 10]))
with open(name, "rb") as f:
    print(f.read())
import os
os.remove(name)
try:
    open("_does_not_exist.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e)
f = open(name, "w")
f.close()
try:
    f.write("x")
except ValueError as e:
    print(e)
os.remove(name)
