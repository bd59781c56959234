s = "héllo wörld"
print(s[0], s[-1], s[1:5], s[::-1], s[::2], s[100:], s[-3:], len(s))
e = "a😀b"
print(len(e), e[1], e[2], e[::-1], e[-2:], e.upper(), list(e))
try:
    s[50]
except IndexError as ex:
    print(ex)
try:
    s[0] = "x"
except TypeError as ex:
    print(ex)
print("abc" * 3, 2 * "xy", "" * 5, "ab" + "cd", "a" in "cat", "at" in "cat", "" in "x")
print("b" > "a", "abc" < "abd", "Z" < "a", "é" > "z", "a😀" > "a€")
