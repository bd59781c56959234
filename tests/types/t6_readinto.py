# binary files: write of bytes-like objects, readinto a bytearray or a (sliced) memoryview
import os
name = "t6_readinto.tmp"
with open(name, "wb") as f:
    print(f.write(bytes(range(10))), f.write(bytearray(b"xy")), f.write(memoryview(b"zw")))
with open(name, "rb") as f:
    buf = bytearray(4)
    print(f.readinto(buf), buf)
    mv = memoryview(buf)
    print(f.readinto(mv[1:3]), buf)
    big = bytearray(100)
    n = f.readinto(big)
    print(n, big[:n], len(big))
    print(f.readinto(bytearray(5)), f.read())
    try:
        f.readinto(b"ro")
    except TypeError as e:
        print("TypeError", e)
with open(name, "r") as f:
    print(repr(f.read(3)))
os.remove(name)
