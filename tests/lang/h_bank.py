import sys
from contextlib import contextmanager, suppress, ExitStack

class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class AccountLocked(RuntimeError):
    pass

class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
        self.locked = False
    def withdraw(self, amt):
        if self.locked:
            raise AccountLocked(f"account {self.id} locked")
        if amt > self.balance:
            raise InsufficientFunds(amt, self.balance)
        self.balance -= amt
        self.history.append(-amt)
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.history.append(amt)
    def __repr__(self):
        return f"Account(id={self.id}, owner={self.owner!r}, balance={self.balance})"

@contextmanager
def transaction(acct):
    saved = acct.balance, list(acct.history)
    print(f"begin tx on {acct.owner}")
    try:
        yield acct
    except Exception as e:
        acct.balance, acct.history = saved
        print(f"rollback: {type(e).__name__}: {e}")
        raise
    else:
        print("commit")
    finally:
        print("end tx")

a = Account("alice", 100)
b = Account("bob")
with transaction(a):
    a.withdraw(30)
    a.deposit(5)
try:
    with transaction(a):
        a.withdraw(50)
        a.withdraw(500)
except InsufficientFunds as e:
    print("caught", e, e.needed, e.available, e.args)
print(a)
with suppress(ValueError):
    b.deposit(-1)
print("after suppress")
class Log:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.n, et.__name__ if et else None)
        return self.n == 2
with ExitStack() as st:
    for i in range(3):
        st.enter_context(Log(i))
    print("inside")
with Log(2):
    raise KeyError("swallowed")
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("abc")
except ValueError as e:
    print(e, "| context:", repr(e.__context__))
for exc in [IndexError("i"), KeyError("k"), AttributeError("a"), StopIteration(3), OSError(2, "nf")]:
    print(type(exc).__name__, str(exc), repr(exc), exc.args)
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
errs = []
for v in ["1", "x", None, "3.5"]:
    try:
        errs.append(int(v))
    except (ValueError, TypeError) as e:
        errs.append(str(e))
print(errs)
print([].pop.__name__ if hasattr([].pop, "__name__") else "")
try: [].pop()
except IndexError as e: print(e)
try: (1, 2).index(5)
except ValueError as e: print(e)
try: "abc".index("z")
except ValueError as e: print(e)
try: None.foo
except AttributeError as e: print(e)
try: len(5)
except TypeError as e: print(e)
try: "a" + 1
except TypeError as e: print(e)
try: 1 + "a"
except TypeError as e: print(e)
try: [1] * "a"
except TypeError as e: print(e)
try: a.nonexistent
except AttributeError as e: print(e)
try: sorted([1, "a"])
except TypeError as e: print(e)
try: {}[[1]] = 2
except TypeError as e: print(e)
try: x, y = [1, 2, 3]
except ValueError as e: print(e)
try: x, y, z = [1, 2]
except ValueError as e: print(e)
try: undefined_name
except NameError as e: print(e)
try: int("12", base=40)
except ValueError as e: print(e)
try: float("abc")
except ValueError as e: print(e)
try: a.withdraw()
except TypeError as e: print(e)
try: Account()
except TypeError as e: print(e)
try: Account("x", 1, 2, 3)
except TypeError as e: print(e)
try: a.deposit(amount=3)
except TypeError as e: print(e)
print("done", file=sys.stderr)
a.locked = True
a.withdraw(1)
