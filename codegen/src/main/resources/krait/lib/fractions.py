"""Krait's fractions: Fraction, exact rational numbers in lowest terms."""
import math as _math
import re as _re

_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159
_RATIONAL = _re.compile(r'\A\s*(?P<sign>[-+]?)(?=\d|\.\d)(?P<num>\d*|\d+(_\d+)*)'
                        r'(?:(?:/(?P<denom>\d+(_\d+)*))?|(?:\.(?P<decimal>\d*|\d+(_\d+)*))?'
                        r'(?:E(?P<exp>[-+]?\d+(_\d+)*))?)\s*\Z', _re.IGNORECASE)


class Fraction:
    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator, self._denominator = n, d
                return self
            if isinstance(numerator, int):
                self._numerator, self._denominator = int(numerator), 1
                return self
            if isinstance(numerator, str):
                m = _RATIONAL.match(numerator)
                if m is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator = int(m.group('num') or '0')
                denom = m.group('denom')
                if denom:
                    denominator = int(denom)
                else:
                    denominator = 1
                    decimal = m.group('decimal')
                    if decimal:
                        decimal = decimal.replace('_', '')
                        scale = 10 ** len(decimal)
                        numerator = numerator * scale + int(decimal)
                        denominator *= scale
                    exp = m.group('exp')
                    if exp:
                        exp = int(exp)
                        if exp >= 0:
                            numerator *= 10 ** exp
                        else:
                            denominator *= 10 ** -exp
                if m.group('sign') == '-':
                    numerator = -numerator
            elif hasattr(numerator, 'as_integer_ratio'):
                numerator, denominator = numerator.as_integer_ratio()
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            a = Fraction(numerator)
            b = Fraction(denominator)
            numerator = a._numerator * b._denominator
            denominator = a._denominator * b._numerator
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = _math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return self._numerator, self._denominator

    def is_integer(self):
        return self._denominator == 1

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1)
        return Fraction(p0 + k * p1, q0 + k * q1)

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def _coerce(self, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def _op(self, other, fop, iop, reflected=False):
        o = self._coerce(other)
        if o is not None:
            return iop(o, self) if reflected else iop(self, o)
        if isinstance(other, float):
            return fop(other, float(self)) if reflected else fop(float(self), other)
        if isinstance(other, complex):
            return fop(other, complex(float(self))) if reflected else fop(complex(float(self)), other)
        return NotImplemented

    def __add__(a, b):
        return a._op(b, lambda x, y: x + y, lambda x, y: Fraction(x._numerator * y._denominator + y._numerator * x._denominator, x._denominator * y._denominator))

    def __radd__(a, b):
        return a._op(b, lambda x, y: x + y, lambda x, y: Fraction(x._numerator * y._denominator + y._numerator * x._denominator, x._denominator * y._denominator), True)

    def __sub__(a, b):
        return a._op(b, lambda x, y: x - y, lambda x, y: Fraction(x._numerator * y._denominator - y._numerator * x._denominator, x._denominator * y._denominator))

    def __rsub__(a, b):
        return a._op(b, lambda x, y: x - y, lambda x, y: Fraction(x._numerator * y._denominator - y._numerator * x._denominator, x._denominator * y._denominator), True)

    def __mul__(a, b):
        return a._op(b, lambda x, y: x * y, lambda x, y: Fraction(x._numerator * y._numerator, x._denominator * y._denominator))

    def __rmul__(a, b):
        return a._op(b, lambda x, y: x * y, lambda x, y: Fraction(x._numerator * y._numerator, x._denominator * y._denominator), True)

    def __truediv__(a, b):
        return a._op(b, lambda x, y: x / y, lambda x, y: Fraction(x._numerator * y._denominator, x._denominator * y._numerator))

    def __rtruediv__(a, b):
        return a._op(b, lambda x, y: x / y, lambda x, y: Fraction(x._numerator * y._denominator, x._denominator * y._numerator), True)

    def __floordiv__(a, b):
        return a._op(b, lambda x, y: x // y, lambda x, y: (x._numerator * y._denominator) // (x._denominator * y._numerator))

    def __rfloordiv__(a, b):
        return a._op(b, lambda x, y: x // y, lambda x, y: (x._numerator * y._denominator) // (x._denominator * y._numerator), True)

    def __mod__(a, b):
        return a._op(b, lambda x, y: x % y, lambda x, y: Fraction((x._numerator * y._denominator) % (y._numerator * x._denominator), x._denominator * y._denominator))

    def __rmod__(a, b):
        return a._op(b, lambda x, y: x % y, lambda x, y: Fraction((x._numerator * y._denominator) % (y._numerator * x._denominator), x._denominator * y._denominator), True)

    def __divmod__(a, b):
        return a // b, a % b

    def __pow__(a, b):
        if isinstance(b, int) or (isinstance(b, Fraction) and b._denominator == 1):
            power = b if isinstance(b, int) else b._numerator
            if power >= 0:
                return Fraction(a._numerator ** power, a._denominator ** power)
            if a._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -power))
            return Fraction(a._denominator ** -power, a._numerator ** -power)
        if isinstance(b, (float, Fraction)):
            return float(a) ** float(b)
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            hash_ = _HASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, int):
            return a._denominator == 1 and a._numerator == b
        if isinstance(b, float):
            if b != b or b in (float('inf'), float('-inf')):
                return False
            return a == Fraction(b)
        if isinstance(b, complex) and b.imag == 0:
            return a == b.real
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            o = Fraction(other)
            return op(self._numerator * o._denominator, self._denominator * o._numerator)
        if isinstance(other, float):
            if other != other or other in (float('inf'), float('-inf')):
                return op(0.0, other)
            return op(self, Fraction(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        return a._numerator != 0

    def __reduce__(self):
        return self.__class__, (str(self),)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self
