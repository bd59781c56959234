print(eval("1 + 2"), eval("x * 2", {"x": 5}), eval("[i for i in range(3)]"))
ns = {}
exec("a = 5\nb = a * 2", ns)
print(ns["a"], ns["b"])
x = 10
print(eval("x + 1"))
exec("y = x * 3")
print(y)
code = compile("z = 7", "<string>", "exec")
exec(code)
print(z)
def f():
    q = 3
    return eval("q + 1")
print(f())
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print(e)
