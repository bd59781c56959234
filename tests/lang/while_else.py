i = 0
while i < 3:
    i += 1
else:
    print("completed", i)
while True:
    i -= 1
    if i == 1:
        break
else:
    print("never")
print("broke at", i)
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    print(n, end=" ")
print()
