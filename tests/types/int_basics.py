print(int("42"), int("-17"), int("  8  "), int("1_000"), int("0x1f", 16), int("0x1f", 0), int("0b101", 0), int("z", 36))
print(int(3.99), int(-3.99), int(True), int("0o17", 8), int("10", 2), int(" -0 "))
for bad in ["", "1.5", "abc", "1__0", "_1", "0x", "--1"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int(1.5, 10)
except TypeError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (7).bit_count(), (10).to_bytes(2, "big"))
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff", "big", signed=True), (1024).to_bytes(4, "little"))
