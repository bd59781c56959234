data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
total = 0
vals = [(total := total + v) for v in range(5)]
print(vals, total)
while (chunk := data[:2]):
    print(chunk)
    data = data[2:]
def f():
    [(z := 1) for _ in range(1)]
    return z
print(f())
