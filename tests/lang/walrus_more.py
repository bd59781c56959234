data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
while (chunk := data[:2]):
    print(chunk)
    data = data[2:]
def f():
    (z := 5)
    return z
print(f())
print([(a := i) + a for i in range(3)], a)
