# SyntaxError messages and positions of code compiled at run time (CPython 3.11's wording).
sources = [
    "x = 1 if 2",
    "f(1 if 2)",
    'print("a" "b" 1)',
    "f(k=a b)",
    "f(a + b c + d)",
    "[x for x in y z]",
    "while x = 3: pass",
    "if x.y = 3: pass",
    "if f(x) = 3: pass",
    "if x[0] = 3: pass",
    "if x + 1 = 3: pass",
    "if x == 1 and y = 3: pass",
    "x = (a = 3)",
    "f(x.y = 3)",
    "x = 12abc",
    "x = 1_000_",
    "x = 1__0",
    "x = 0x",
    "x = 0x_",
    "x = 1e+",
    "x = 5j2",
    "x = 0b1a",
    'x = f"{x!z}"',
    'x = f"{x!}"',
    'x = f"{=}"',
    'x = f"{}"',
    'x = f"{a#}"',
    "f(a=1, xyz)",
    "f(**k, 2)",
    "f(**k, *abc)",
    "class C(a=1, b): pass",
    "global x, ",
    "def \n",
    "print 'hello'",
    "print x, y",
    "if True:\n    x = 1\n  y = 2\n",
    "if True:\n\tx = 1\n        y = 2\n",
    "  x = 1",
    "x = 0b12",
    "x = 0o19",
    "x = 0777",
    "x = )",
    "x = (1, 2]",
    "x = 'abc",
    'x = """abc',
    "x = a \\ b",
    "x = \u20ac",
    "del f()",
    "a, *b, *c = d",
    "def f(a, a): pass",
    "return 1",
]
for src in sources:
    try:
        compile(src + "\n", "<test>", "exec")
        print("compiled?", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
for s in ["x = (1,", "f(\n", "d = {1: 2"]:
    try: compile(s, "<s>", "exec")
    except SyntaxError as e: print(e.msg, e.lineno, e.offset, e.end_offset)
