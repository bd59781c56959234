name = "World"
width = 12
val = 3.14159
print(f"Hello, {name}!")
print(f"{name:>{width}}|{name!r}|{name.upper()=}")
print(f"{val:.2f} {val:10.3e} {val=:.1f}")
items = [1, 2, 3]
print(f"{len(items)} items: {', '.join(map(str, items))}")
print(f"{'nested ' + f'{1 + 1}'}")
print(f"{{braces}} {items[0]:03d} {{{items[1]}}}")
d = {"k": "v"}
print(f"{d['k']} {d!r}")
print(f"{3 if val > 3 else 0} {(lambda x: x * 2)(4)}")
print(f"{1_000_000:,} {255:#x} {0.5:%} {-7:+d}")
print(f"{'multi'}" f"{'part'}" "plain")
x = 5
print(f"{x = }", f"{x*2 = }")
print(f"{'é':^5}|{'tab':>6}")
