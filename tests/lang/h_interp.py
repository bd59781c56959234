import re, operator
from typing import NamedTuple
class Tok(NamedTuple):
    kind: str
    val: str
    pos: int
SPEC = [("NUM", r"\d+(?:\.\d*)?"), ("ID", r"[A-Za-z_]\w*"), ("OP", r"\*\*|[-+*/%()=<>!]=?|,"), ("WS", r"\s+"), ("BAD", r".")]
RX = re.compile("|".join(f"(?P<{n}>{p})" for n, p in SPEC))
def lex(src):
    for m in RX.finditer(src):
        k = m.lastgroup
        if k == "WS": continue
        if k == "BAD": raise SyntaxError(f"unexpected {m.group()!r} at {m.start()}")
        yield Tok(k, m.group(), m.start())
    yield Tok("EOF", "", len(src))
class Parser:
    BIN = {"+": (1, operator.add), "-": (1, operator.sub), "*": (2, operator.mul), "/": (2, operator.truediv),
           "%": (2, operator.mod), "**": (3, operator.pow), "<": (0, operator.lt), ">": (0, operator.gt), "==": (0, operator.eq)}
    def __init__(self, src): self.toks = list(lex(src)); self.i = 0
    def peek(self): return self.toks[self.i]
    def take(self, val=None):
        t = self.toks[self.i]
        if val is not None and t.val != val: raise SyntaxError(f"expected {val!r}, got {t.val!r} at {t.pos}")
        self.i += 1; return t
    def expr(self, minp=0):
        left = self.atom()
        while (t := self.peek()).val in self.BIN and self.BIN[t.val][0] >= minp:
            p, fn = self.BIN[t.val]; self.take()
            right = self.expr(p if t.val == "**" else p + 1)
            left = ("bin", fn, left, right)
        return left
    def atom(self):
        t = self.take()
        if t.kind == "NUM": return ("num", float(t.val) if "." in t.val else int(t.val))
        if t.kind == "ID":
            if self.peek().val == "(":
                self.take("("); args = []
                while self.peek().val != ")":
                    args.append(self.expr())
                    if self.peek().val == ",": self.take()
                self.take(")"); return ("call", t.val, args)
            return ("var", t.val)
        if t.val == "(": e = self.expr(); self.take(")"); return e
        if t.val == "-": return ("neg", self.atom())
        raise SyntaxError(f"unexpected {t.val!r} at {t.pos}")
FUNCS = {"max": max, "min": min, "abs": abs, "round": round}
def ev(n, env):
    match n:
        case ("num", v): return v
        case ("var", name):
            if name not in env: raise NameError(f"undefined: {name}")
            return env[name]
        case ("neg", x): return -ev(x, env)
        case ("bin", fn, a, b): return fn(ev(a, env), ev(b, env))
        case ("call", f, args): return FUNCS[f](*(ev(a, env) for a in args))
env = {"x": 3, "pi": 3.14159}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-x + 10 / 4", "max(1, x, 2) % 2", "round(pi * x ** 2, 3)", "7 // 2",
            "y + 1", "1 +", "3 $ 4", "10 / (5 - 5)", "x > 2", "abs(-2.5) == 2.5", "min()"]:
    try:
        print(f"{src!r:26} => {ev(Parser(src).expr(), env)!r}")
    except (SyntaxError, NameError, ZeroDivisionError, ValueError, TypeError) as e:
        print(f"{src!r:26} !! {type(e).__name__}: {e}")
print(list(lex("a=1"))[:2], Tok("X", "y", 0)._replace(pos=5), Tok._fields)
