for n in range(-2, 4):
    if n < 0:
        print(n, "neg")
    elif n == 0:
        print(n, "zero")
    elif n == 1:
        print(n, "one")
    else:
        print(n, "many")
print("yes" if 1 else "no", "yes" if [] else "no")
v = 3
print("a" if v > 5 else "b" if v > 2 else "c")
