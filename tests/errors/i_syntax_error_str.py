for src in ["x = = 1", "1 +", "x = (1,", "foo(", "if x\n  pass", "  y = 1"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, "|", str(e), "|", e.msg, e.lineno, e.offset)
try:
    eval("1 +", {})
except SyntaxError as e:
    print(e)
try:
    compile("a b", "dir/sub/prog.py", "exec")
except SyntaxError as e:
    print(e, "|", e.filename)
print(str(SyntaxError("bad", ("f.py", 3, 4, "text", 3, 5))))
print(str(SyntaxError("m")), "|", str(SyntaxError("m", ("/a/b/f.py", 2, 1, "t"))))
print(str(SyntaxError("m", (None, 2, 1, "t"))), "|", str(SyntaxError("m", ("f", None, 1, "t"))))
print(str(IndentationError("unexpected indent", ("x.py", 1, 1, " a", 1, 2))))
print(str(SyntaxError()), "|", repr(SyntaxError("m", ("f", 1, 1, "t"))))
print(str(SyntaxError("m", ("f", True, 1, "t"))))
