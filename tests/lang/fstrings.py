name, n, pi = "Ann", 42, 3.14159
print(f"{name} is {n}", f"{n:5}|{n:<5}|{n:^5}|{n:05}", f"{pi:.2f}", f"{pi:10.3f}|")
print(f"{name!r}", f"{name!s}", f"{'q'!a}", f"{{literal}}", f"{n * 2}", f"{[1, 2][0]}")
print(f"{n=}", f"{pi=:.1f}", f"{name = }")
w = 8
print(f"{pi:{w}.{2}f}|", f"{n:x} {n:o} {n:b} {n:#x} {n:,}", f"{1234567.891:,.2f}")
print(f"{'nested ' + f'{n}'}", f"{3.0}", f"{1e20}", f"{-0.0}")
print(f"""multi
line {n}""")
