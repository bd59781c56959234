# Issue 4 (b): property and descriptor access (get and set) in a hot loop.
class Positive:
    def __set_name__(self, owner, name):
        self.name = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(self.name)
        setattr(obj, self.name, value)


class Account:
    balance = Positive()

    def __init__(self, balance):
        self.balance = balance
        self._fee = 1

    @property
    def fee(self):
        return self._fee

    @fee.setter
    def fee(self, v):
        self._fee = v

    @property
    def net(self):
        return self.balance - self.fee


accounts = [Account(i * 10) for i in range(50)]
total = 0
for n in range(100000):
    for a in accounts:
        a.balance = a.balance + 3
        a.fee = n % 5
        total += a.net
print(total)
