# In-place edits of a 50 MB bytearray through slice assignment, a memoryview and bytearray methods.
def main():
    buf = bytearray(50_000_000)
    view = memoryview(buf)
    for i in range(0, len(buf), 4096):
        buf[i:i + 4] = b"\x01\x02\x03\x04"
    for i in range(2048, len(buf), 4096):
        view[i] = 0xff
    words = view.cast("I")
    for i in range(0, len(words), 8192):
        words[i] = words[i] + 1
    print(buf.count(b"\x01\x02\x03\x04"), buf.count(0xff), buf.find(b"\x02\x02\x03"), len(buf), sum(view[:8]))


main()
