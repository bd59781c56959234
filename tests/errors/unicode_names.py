# Non-ASCII identifiers: letters, marks and digits after the first character, and CPython's errors otherwise.
café = 1
naïve_ñ = 2
π = 3.14
变量 = "x"
Ωmega2 = 5
x·y = 7
ǅungla = 8
print(café, naïve_ñ, π, 变量, Ωmega2, x·y, ǅungla)
for src in ["a€ = 1", "€ = 1", "x² = 1", "a\u00a0= 1", "\u0301x = 1", "x = 1 \u3000+ 2", "ab\u200b = 1", "ab\U0001F600 = 1"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled", ascii(src))
    except SyntaxError as e:
        print(ascii(src), e.msg, e.offset)
