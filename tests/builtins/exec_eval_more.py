ns = {}
exec("x = 5\ndef f(y):\n    return x + y", ns)
print(ns["x"], ns["f"](2))
print(eval("x * 2", ns), eval("1 + 2"), eval("[i * i for i in range(4)]"))
g = {"a": 1}
l = {"b": 2}
print(eval("a + b", g, l))
exec("c = a + b", g, l)
print(l["c"], "c" in g)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print(e)
code = compile("3 * 7", "<expr>", "eval")
print(eval(code))
exec(compile("print('compiled exec')", "<s>", "exec"))
def scope():
    v = 10
    return eval("v + 1")
print(scope())
