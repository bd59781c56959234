# os.popen reading and writing, close() statuses and argument errors.
import os
out = os.popen("echo hello; echo world")
print(repr(out.read()), out.close())
with os.popen("printf 'a\\nb\\n'") as f:
    print([line for line in f])
p = os.popen("exit 2")
print(p.read() == "", p.close())
w = os.popen("cat > /dev/null", "w")
print(w.write("data"), w.close())
try:
    os.popen(["ls"])
except TypeError as e:
    print(e)
try:
    os.popen("ls", "rb")
except ValueError as e:
    print(e)
