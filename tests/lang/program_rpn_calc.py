class CalcError(Exception):
    pass


OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "//": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "**": lambda a, b: a ** b,
}


def tokenize(text):
    tokens = []
    for raw in text.split():
        if raw in OPS or raw in ("dup", "swap", "neg"):
            tokens.append(raw)
        else:
            try:
                tokens.append(int(raw))
            except ValueError:
                try:
                    tokens.append(float(raw))
                except ValueError:
                    raise CalcError(f"bad token {raw!r}") from None
    return tokens


def evaluate(text):
    stack = []
    for tok in tokenize(text):
        if isinstance(tok, (int, float)):
            stack.append(tok)
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif tok == "neg":
            stack.append(-stack.pop())
        else:
            if len(stack) < 2:
                raise CalcError(f"stack underflow at {tok}")
            b = stack.pop()
            a = stack.pop()
            try:
                stack.append(OPS[tok](a, b))
            except ZeroDivisionError as e:
                raise CalcError(f"math error: {e}") from e
    if len(stack) != 1:
        raise CalcError(f"expected one result, stack is {stack}")
    return stack[0]


for expr in ["3 4 +", "2 3 4 * +", "10 3 //", "-7 2 %", "2 0.5 **", "1 2 swap -", "5 dup *", "7 neg 2 /",
             "2 100 **", "1 0 /", "1 +", "1 2", "3 x +", "1.5 2.5 *"]:
    try:
        print(f"{expr:12} = {evaluate(expr)}")
    except CalcError as e:
        print(f"{expr:12} ! {e} (cause: {type(e.__cause__).__name__})")
