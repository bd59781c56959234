s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
print(s.lower(), s.upper(), "hello world".title(), "hello".capitalize(), "HeLLo".swapcase())
print("a,b,,c".split(","), "a b  c".split(), " a b ".split(" "), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(str(i) for i in range(3)))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".index("e"), "hello".count("l"))
print("hello".startswith("he"), "hello".endswith(("x", "lo")), "hello".startswith("l", 2))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
