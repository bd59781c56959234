print(chr(65), chr(0x263A), chr(128512), ord("a"), ord("€"), ord("😀"), ord(b"A"))
print(hex(255), hex(-1), oct(64), bin(10), bin(-10), hex(2 ** 70))
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    hex(1.5)
except TypeError as e:
    print(e)
