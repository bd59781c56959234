for x in []:
    print("no")
else:
    print("empty else")
for x in range(5):
    if x == 3:
        print("found", x)
        break
else:
    print("not found")
for x in range(5):
    if x == 10:
        break
else:
    print("loop done", x)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        print(i, j, end="; ")
print()
