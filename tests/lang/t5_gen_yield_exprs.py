# yield used as an expression in many positions: call arguments, operators, conditionals, subscripts,
# containers, f-strings, augmented assignment, return, lambda bodies, chained yields.


def drive(gen, sends):
    out = [next(gen)]
    try:
        for s in sends:
            out.append(gen.send(s))
    except StopIteration as e:
        out.append(("return", e.value))
    return out


def call_args():
    r = max((yield "a"), (yield "b"), key=abs)
    return r


print("call args:", drive(call_args(), [3, -7]))


def kwargs_call():
    return dict(x=(yield "x?"), y=(yield "y?"))


print("kwargs:", drive(kwargs_call(), [1, 2]))


def operators():
    a = (yield 1) + (yield 2) * (yield 3)
    b = -(yield "neg")
    c = (yield "l") < (yield "r")
    return a, b, c


print("operators:", drive(operators(), [1, 2, 3, 5, 10, 20]))


def conditional():
    x = (yield "cond?") if (yield "test?") else (yield "else?")
    return x


print("cond true:", drive(conditional(), [True, "T"]))
print("cond false:", drive(conditional(), [0, "F"]))


def boolean_ops():
    r1 = (yield "p") or (yield "q")
    r2 = (yield "s") and (yield "t")
    return r1, r2


print("or/and short:", drive(boolean_ops(), ["P", 0]))
print("or/and long:", drive(boolean_ops(), [None, "Q", 1, "T"]))


def subscripts():
    d = {"k": 10, "j": 20}
    v = d[(yield "key?")]
    d[(yield "store key?")] = (yield "store value?")
    return v, list(d.items())


print("subscripts:", drive(subscripts(), ["j", "VAL", "newkey"]))


def containers():
    t = ((yield 1), (yield 2))
    l = [(yield 3), *(yield 4)]
    d = {(yield 5): (yield 6)}
    s = {(yield 7)}
    return t, l, d, s


print("containers:", drive(containers(), ["a", "b", "c", "de", "k", "v", "s"]))


def fstrings():
    return f"<{(yield 'f1')}|{(yield 'f2')!r:>6}>"


print("fstring:", drive(fstrings(), ["A", "B"]))


def augmented():
    total = 100
    total -= yield "minus?"
    items = [1]
    items += yield "extend?"
    return total, items


print("augmented:", drive(augmented(), [30, [2, 3]]))


def bare_and_none():
    x = yield
    y = yield
    return x, y


print("bare:", drive(bare_and_none(), [None, "second"]))


def chained():
    # yield of a yield: the inner yield's sent value is yielded by the outer
    r = yield (yield "inner")
    return r


print("chained:", drive(chained(), ["sent-to-inner", "sent-to-outer"]))


def attribute_and_call():
    class Obj:
        def m(self, v):
            return "m(%s)" % v
    o = Obj()
    return getattr(o, (yield "attr?"))((yield "arg?"))


print("attr+call:", drive(attribute_and_call(), ["m", 42]))

gen_lambda = lambda: (yield "from lambda")
g = gen_lambda()
print("lambda:", type(g).__name__, drive(g, ["lambda got this"]))


def in_while_condition():
    n = 0
    while (yield n) != "stop":
        n += 1
    return n


print("while cond:", drive(in_while_condition(), ["go", "go", "stop"]))


def in_for_iterable():
    acc = []
    for ch in (yield "give iterable"):
        acc.append(ch * 2)
    return acc


print("for iter:", drive(in_for_iterable(), ["xyz"]))


def star_unpack():
    a, *b = yield "unpack?"
    return a, b


print("star unpack:", drive(star_unpack(), [(1, 2, 3)]))


def with_target():
    class C:
        def __enter__(self):
            return "entered"
        def __exit__(self, *a):
            return False
    with C() if (yield "pick") else None as v:
        return v


print("with expr:", drive(with_target(), [1]))


def evaluation_order():
    log = []
    def f(tag, v):
        log.append(tag)
        return v
    r = f("left", 1) + (yield "mid") + f("right", 3)
    return r, log


print("order:", drive(evaluation_order(), [10]))
