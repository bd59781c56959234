class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.log = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.log.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.log.append(("wd", amount))

    def __str__(self):
        return f"#{self.id} {self.owner}: {self._balance}"


class Savings(Account):
    rate = 0.02

    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest

    def __str__(self):
        return super().__str__() + f" (savings @ {self.rate:.0%})"


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print(f"transfer failed: {e} (short by {e.needed - e.available})")
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print(f"after transfer attempt: {src.balance} / {dst.balance}")


a = Account("ann", 100)
s = Savings("sam", 1000)
print(a, s, sep="\n")
print(transfer(a, s, 30), transfer(a, s, 500))
print(s.add_interest(), s)
try:
    a.deposit(-5)
except ValueError as e:
    print("error:", e)
print(a.log, s.log)
print(isinstance(s, Account), Savings.__mro__[1].__name__, Account._next_id)
