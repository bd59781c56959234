# Issue 4 (d): `try: d[k] except KeyError:` on misses.
d = {i: i for i in range(0, 1000, 2)}
found = missed = 0
for n in range(2_000):
    for k in range(1000):
        try:
            found += d[k]
        except KeyError:
            missed += 1
print(found, missed)
