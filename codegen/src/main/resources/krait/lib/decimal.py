"""decimal: decimal floating point with contexts, as the General Decimal Arithmetic specification and CPython's
decimal module define it. A value is a sign, an integer coefficient and an exponent (or a special value)."""
import math as _math
import numbers as _numbers
from collections import namedtuple as _namedtuple

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
           'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal',
           'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
           'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR',
           'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext', 'localcontext', 'MAX_PREC',
           'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR']

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN,
              ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


_SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow, InvalidOperation, Subnormal,
            FloatOperation]
# The signal a condition is reported under (conditions are subclasses of the signals).
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


class _SignalDict(dict):
    def __repr__(self):
        return '{' + ', '.join("<class 'decimal.%s'>:%s" % (k.__name__, v) for k, v in self.items()) + '}'


class Context:
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None,
                 traps=None):
        dc = DefaultContext if '_default_made' in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        self.flags = _SignalDict((s, 0) for s in _SIGNALS)
        self.traps = _SignalDict((s, 0) for s in _SIGNALS)
        if flags is not None:
            for s in (flags if not isinstance(flags, dict) else [k for k, v in flags.items() if v]):
                self.flags[s] = 1
        if traps is None:
            source = dc.traps if dc else {InvalidOperation: 1, DivisionByZero: 1, Overflow: 1}
            for s, v in source.items():
                self.traps[s] = v
        else:
            for s in (traps if not isinstance(traps, dict) else [k for k, v in traps.items() if v]):
                self.traps[s] = 1

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError("valid range for prec is [1, MAX_PREC]")
            if value < 1 or value > MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                                "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        elif name == 'Emin' and value > 0:
            raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        elif name == 'Emax' and value < 0:
            raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [s.__name__ for s in _SIGNALS if self.flags[s]]
        traps = [s.__name__ for s in _SIGNALS if self.traps[s]]
        order = ['InvalidOperation', 'Clamped', 'DivisionByZero', 'Inexact', 'FloatOperation', 'Overflow', 'Rounded',
                 'Subnormal', 'Underflow']
        flags.sort(key=order.index)
        traps.sort(key=order.index)
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp, ', '.join(flags),
                   ', '.join(traps)))

    def copy(self):
        c = Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp)
        c.flags = _SignalDict(self.flags)
        c.traps = _SignalDict(self.traps)
        return c

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = 0

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = 0

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, condition, result=None):
        signal = _CONDITION_SIGNAL.get(condition, condition)
        self.flags[signal] = 1
        if self.traps[signal]:
            raise signal([condition])
        return result

    def create_decimal(self, num='0'):
        d = Decimal(num)
        if d._is_special:
            return d
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def abs(self, a):
        return _dec(a).__abs__(context=self)

    def add(self, a, b):
        return _dec(a).__add__(b, context=self)

    def subtract(self, a, b):
        return _dec(a).__sub__(b, context=self)

    def multiply(self, a, b):
        return _dec(a).__mul__(b, context=self)

    def divide(self, a, b):
        return _dec(a).__truediv__(b, context=self)

    def divide_int(self, a, b):
        return _dec(a).__floordiv__(b, context=self)

    def remainder(self, a, b):
        return _dec(a).__mod__(b, context=self)

    def divmod(self, a, b):
        return _dec(a).__divmod__(b, context=self)

    def power(self, a, b, modulo=None):
        return _dec(a).__pow__(b, modulo, context=self)

    def sqrt(self, a):
        return _dec(a).sqrt(context=self)

    def plus(self, a):
        return _dec(a).__pos__(context=self)

    def minus(self, a):
        return _dec(a).__neg__(context=self)

    def quantize(self, a, b):
        return _dec(a).quantize(b, context=self)

    def compare(self, a, b):
        return _dec(a).compare(b, context=self)

    def max(self, a, b):
        return _dec(a).max(b, context=self)

    def min(self, a, b):
        return _dec(a).min(b, context=self)

    def normalize(self, a):
        return _dec(a).normalize(context=self)

    def to_integral_value(self, a):
        return _dec(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_sci_string(self, a):
        return str(_dec(a))

    def is_zero(self, a):
        return _dec(a).is_zero()

    def is_signed(self, a):
        return _dec(a).is_signed()


def _dec(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    raise TypeError("conversion from %s to Decimal is not supported" % type(x).__name__)


_current = None


def getcontext():
    global _current
    if _current is None:
        _current = DefaultContext.copy()
    return _current


def setcontext(context):
    global _current
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current = context


class _LocalContext:
    def __init__(self, ctx):
        self.new_context = ctx.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    manager = _LocalContext(ctx if ctx is not None else getcontext())
    for k, v in kwargs.items():
        if not hasattr(manager.new_context, k) or k in ('flags', 'traps') and not isinstance(v, dict):
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        setattr(manager.new_context, k, v)
    return manager


def _digits(n):
    return len(str(n)) if n else 1


def _round_digits(coeff, drop, rounding, sign):
    """coeff with its last `drop` digits removed under the rounding mode (the result may gain a digit)."""
    if drop <= 0:
        return coeff
    div = 10 ** drop
    q, r = divmod(coeff, div)
    if r == 0:
        return q
    half = div // 2 if div % 2 == 0 else None
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_HALF_UP:
        up = r * 2 >= div
    elif rounding == ROUND_HALF_DOWN:
        up = r * 2 > div
    elif rounding == ROUND_HALF_EVEN:
        up = r * 2 > div or (r * 2 == div and q % 2 == 1)
    else:  # ROUND_05UP
        up = q % 10 in (0, 5)
    return q + 1 if up else q


class Decimal:
    __slots__ = ('_sign', '_int', '_exp', '_is_special')

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        self._is_special = False
        if isinstance(value, str):
            return self._parse(value.strip().replace('_', '') if '_' in value and _underscores_ok(value.strip())
                               else value.strip(), context)
        if isinstance(value, bool):
            value = int(value)
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._is_special = value._sign, value._int, value._exp, value._is_special
            return self
        if isinstance(value, float):
            ctx = context if context is not None else getcontext()
            ctx._raise(FloatOperation)
            d = cls.from_float(value)
            self._sign, self._int, self._exp, self._is_special = d._sign, d._int, d._exp, d._is_special
            return self
        if isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            self._sign = sign
            if exp in ('F', 'n', 'N'):
                self._int = 0
                self._exp = exp
                self._is_special = True
                if exp != 'F':
                    self._int = int(''.join(map(str, digits)) or '0')
                return self
            if not isinstance(exp, int):
                raise ValueError("exponent must be an integer")
            for d in digits:
                if not isinstance(d, int) or not 0 <= d <= 9:
                    raise ValueError("coefficient must be a tuple of digits")
            self._int = int(''.join(map(str, digits)) or '0')
            self._exp = exp
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    def _parse(self, s, context):
        sign = 0
        body = s
        if body[:1] in '+-' and body:
            sign = 1 if body[0] == '-' else 0
            body = body[1:]
        low = body.lower()
        self._sign = sign
        if low in ('inf', 'infinity'):
            self._int, self._exp, self._is_special = 0, 'F', True
            return self
        if low.startswith('nan') or low.startswith('snan'):
            payload = low[4:] if low.startswith('snan') else low[3:]
            if payload == '' or payload.isdigit() and payload.isascii():
                self._int = int(payload or '0')
                self._exp = 'N' if low.startswith('snan') else 'n'
                self._is_special = True
                return self
        mant, e, exp = body, '', '0'
        for marker in ('e', 'E'):
            if marker in body:
                mant, exp = body.split(marker, 1)
                e = marker
                break
        intpart, dot, frac = mant.partition('.')
        ok = (intpart + frac) != '' and (intpart + frac).isdigit() and (intpart + frac).isascii() and \
            (not e or (exp.lstrip('+-').isdigit() and exp[:1] != '' and exp.lstrip('+-').isascii()
                       and exp.count('+') + exp.count('-') <= 1 and exp.lstrip('+-') == exp[1:] if exp[:1] in '+-'
                       else exp.isdigit() and exp.isascii()))
        if not ok:
            ctx = context if context is not None else getcontext()
            ctx._raise(ConversionSyntax)
            self._int, self._exp, self._is_special, self._sign = 0, 'n', True, 0
            return self
        self._int = int(intpart + frac)
        self._exp = int(exp) - len(frac)
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        if _math.isinf(f) or _math.isnan(f):
            return cls('-Infinity' if f < 0 else 'Infinity') if _math.isinf(f) else cls('NaN')
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        coeff = n * 5 ** k
        result = cls((sign, tuple(map(int, str(coeff))), -k))
        return cls(result)

    @classmethod
    def _new(cls, sign, coeff, exp, special=False):
        self = object.__new__(cls)
        self._sign = sign
        self._int = coeff
        self._exp = exp
        self._is_special = special
        return self

    # -- properties and predicates

    def _isnan(self):
        if self._is_special:
            return 2 if self._exp == 'N' else 1 if self._exp == 'n' else 0
        return 0

    def _isinf(self):
        return self._is_special and self._exp == 'F'

    def is_nan(self):
        return self._is_special and self._exp in ('n', 'N')

    def is_qnan(self):
        return self._is_special and self._exp == 'n'

    def is_snan(self):
        return self._is_special and self._exp == 'N'

    def is_infinite(self):
        return self._isinf()

    def is_finite(self):
        return not self._is_special

    def is_zero(self):
        return not self._is_special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        ctx = context or getcontext()
        return not self._is_special and self._int != 0 and self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        ctx = context or getcontext()
        return not self._is_special and self._int != 0 and self.adjusted() < ctx.Emin

    def is_canonical(self):
        return True

    def adjusted(self):
        if self._is_special:
            return 0
        return self._exp + _digits(self._int) - 1

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def as_tuple(self):
        digits = tuple(int(c) for c in str(self._int)) if not (self._isinf()) else (0,)
        if self.is_nan() and self._int == 0:
            digits = ()
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._int == 0:
            return 0, 1
        n = self._int
        if self._exp >= 0:
            n *= 10 ** self._exp
            d = 1
        else:
            d = 10 ** -self._exp
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    # -- conversions

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._is_special:
            if self._exp == 'F':
                return sign + 'Infinity'
            payload = str(self._int) if self._int else ''
            return sign + ('sNaN' if self._exp == 'N' else 'NaN') + payload
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            capitals = (context or getcontext()).capitals
            exp = ['e', 'E'][capitals] + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __bool__(self):
        return self._is_special or self._int != 0

    def __int__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._is_special:
            if self.is_snan():
                raise ValueError("cannot convert signaling NaN to float")
            if self.is_nan():
                return float('nan')
            return float('-inf') if self._sign else float('inf')
        return float(str(self))

    def __index__(self):
        raise TypeError("'decimal.Decimal' object cannot be interpreted as an integer")

    def __floor__(self):
        return int(self.to_integral_value(rounding=ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(rounding=ROUND_CEILING))

    def __round__(self, n=None):
        if n is None:
            if self._is_special:
                if self.is_nan():
                    raise ValueError("cannot round a NaN")
                raise OverflowError("cannot round an infinity")
            return int(self.to_integral_value(rounding=ROUND_HALF_EVEN))
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(Decimal((0, (1,), -n)))

    def __hash__(self):
        if self._is_special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value.')
            if self.is_nan():
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        n, d = self.as_integer_ratio()
        if d == 1:
            return hash(n)
        modulus = (1 << 61) - 1
        h = hash(hash(abs(n)) * pow(d, -1, modulus))
        h = -h if n < 0 else h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # -- context rounding

    def _fix(self, context):
        if self._is_special:
            if self._exp == 'N':
                return self._new(self._sign, self._int, 'n', True)
            return self
        prec = context.prec
        n = _digits(self._int)
        if n <= prec:
            return self._check_range(context)
        drop = n - prec
        coeff = _round_digits(self._int, drop, context.rounding, self._sign)
        exp = self._exp + drop
        if _digits(coeff) > prec:
            coeff //= 10
            exp += 1
        if coeff * 10 ** drop != self._int * 1 and True:
            pass
        result = self._new(self._sign, coeff, exp)
        if coeff * 10 ** (exp - self._exp) != self._int:
            context._raise(Inexact)
        context._raise(Rounded)
        return result._check_range(context)

    def _check_range(self, context):
        if self._int != 0 and self.adjusted() > context.Emax:
            context._raise(Inexact)
            context._raise(Rounded)
            result = context._raise(Overflow, None)
            return self._new(self._sign, 0, 'F', True) if result is None else result
        return self

    def _special_result(self, other, context):
        """NaN propagation for binary operations; None when neither operand is a NaN."""
        for x in (self, other):
            if x is not None and x.is_snan():
                context._raise(InvalidOperation)
                return self._new(x._sign, x._int, 'n', True)
        for x in (self, other):
            if x is not None and x.is_qnan():
                return x
        return None

    # -- arithmetic

    def __neg__(self, context=None):
        ctx = context or getcontext()
        if self.is_nan():
            return self._special_result(None, ctx)
        sign = 0 if (not self._is_special and self._int == 0 and ctx.rounding != ROUND_FLOOR) else 1 - self._sign
        return self._new(sign, self._int, self._exp, self._is_special)._fix(ctx)

    def __pos__(self, context=None):
        ctx = context or getcontext()
        if self.is_nan():
            return self._special_result(None, ctx)
        sign = 0 if (not self._is_special and self._int == 0 and ctx.rounding != ROUND_FLOOR) else self._sign
        return self._new(sign, self._int, self._exp, self._is_special)._fix(ctx)

    def __abs__(self, round=True, context=None):
        ctx = context or getcontext()
        if self.is_nan():
            return self._special_result(None, ctx)
        r = self._new(0, self._int, self._exp, self._is_special)
        return r._fix(ctx) if round else r

    def copy_abs(self):
        return self._new(0, self._int, self._exp, self._is_special)

    def copy_negate(self):
        return self._new(1 - self._sign, self._int, self._exp, self._is_special)

    def copy_sign(self, other, context=None):
        return self._new(_convert(other, True)._sign, self._int, self._exp, self._is_special)

    def __add__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        if self._is_special or other._is_special:
            nan = self._special_result(other, ctx)
            if nan is not None:
                return nan
            if self._isinf():
                if other._isinf() and self._sign != other._sign:
                    return ctx._raise(InvalidOperation, Decimal('NaN'))
                return self
            return other
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        total = a + b
        if total == 0:
            sign = 1 if (self._sign and other._sign) or (ctx.rounding == ROUND_FLOOR and self._sign != other._sign) \
                else 0
        else:
            sign = 1 if total < 0 else 0
        return self._new(sign, abs(total), exp)._fix(ctx)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate() if not other.is_nan() else other, context=context)

    def __rsub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            nan = self._special_result(other, ctx)
            if nan is not None:
                return nan
            if (self._isinf() and other.is_zero()) or (other._isinf() and self.is_zero()):
                return ctx._raise(InvalidOperation, Decimal('NaN'))
            return self._new(sign, 0, 'F', True)
        return self._new(sign, self._int * other._int, self._exp + other._exp)._fix(ctx)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            nan = self._special_result(other, ctx)
            if nan is not None:
                return nan
            if self._isinf() and other._isinf():
                return ctx._raise(InvalidOperation, Decimal('NaN'))
            if self._isinf():
                return self._new(sign, 0, 'F', True)
            ctx._raise(Clamped)
            return self._new(sign, 0, ctx.Etiny())
        if other._int == 0:
            if self._int == 0:
                return ctx._raise(DivisionUndefined, Decimal('NaN'))
            return ctx._raise(DivisionByZero, self._new(sign, 0, 'F', True))
        ideal = self._exp - other._exp
        if self._int == 0:
            return self._new(sign, 0, ideal)._fix(ctx)
        shift = _digits(other._int) - _digits(self._int) + ctx.prec + 1
        exp = self._exp - other._exp - shift
        if shift >= 0:
            coeff, rem = divmod(self._int * 10 ** shift, other._int)
        else:
            coeff, rem = divmod(self._int, other._int * 10 ** -shift)
        if rem:
            if coeff % 5 == 0:
                coeff += 1
        else:
            while exp < ideal and coeff % 10 == 0:
                coeff //= 10
                exp += 1
        return self._new(sign, coeff, exp)._fix(ctx)

    def __rtruediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def _divide_int(self, other, ctx):
        """(quotient truncated toward zero, remainder with the dividend's sign), or NaN results."""
        sign = self._sign ^ other._sign
        if other._int == 0:
            if self._int == 0:
                nan = ctx._raise(DivisionUndefined, Decimal('NaN'))
                return nan, nan
            return ctx._raise(DivisionByZero, self._new(sign, 0, 'F', True)), ctx._raise(InvalidOperation, Decimal('NaN'))
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _digits(q) > ctx.prec:
            nan = ctx._raise(DivisionImpossible, Decimal('NaN'))
            return nan, nan
        quotient = self._new(sign, q, 0)
        remainder = self._new(self._sign, r, exp)._fix(ctx)
        return quotient, remainder

    def __floordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        if self._is_special or other._is_special:
            nan = self._special_result(other, ctx)
            if nan is not None:
                return nan
            if self._isinf() and other._isinf():
                return ctx._raise(InvalidOperation, Decimal('NaN'))
            if self._isinf():
                return self._new(self._sign ^ other._sign, 0, 'F', True)
            return self._new(self._sign ^ other._sign, 0, 0)
        return self._divide_int(other, ctx)[0]

    def __rfloordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def __mod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        if self._is_special or other._is_special:
            nan = self._special_result(other, ctx)
            if nan is not None:
                return nan
            if self._isinf():
                return ctx._raise(InvalidOperation, Decimal('NaN'))
            return self._fix(ctx)
        if other._int == 0:
            if self._int == 0:
                return ctx._raise(DivisionUndefined, Decimal('NaN'))
            return ctx._raise(InvalidOperation, Decimal('NaN'))
        return self._divide_int(other, ctx)[1]

    def __rmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        if self._is_special or other._is_special or other._int == 0:
            return self.__floordiv__(other, context=ctx), self.__mod__(other, context=ctx)
        return self._divide_int(other, ctx)

    def __rdivmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def remainder_near(self, other, context=None):
        other = _convert(other, True)
        ctx = context or getcontext()
        q = (self / other).to_integral_value(rounding=ROUND_HALF_EVEN)
        return (self - other * q)._fix(ctx)

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        if modulo is not None:
            if not (self._is_integer() and other._is_integer() and _convert(modulo, True)._is_integer()):
                return ctx._raise(InvalidOperation, Decimal('NaN'))
            m = int(_convert(modulo, True))
            return Decimal(pow(int(self), int(other), m))
        if self._is_special or other._is_special:
            nan = self._special_result(other, ctx)
            if nan is not None:
                return nan
            return Decimal(float(self) ** float(other))
        if other._is_integer():
            n = int(other)
            if self._int == 0:
                if n == 0:
                    return ctx._raise(InvalidOperation, Decimal('NaN'))
                if n < 0:
                    return self._new(self._sign if n % 2 else 0, 0, 'F', True)
                return self._new(self._sign if n % 2 else 0, 0, 0)
            if n >= 0:
                result = self._new(self._sign if n % 2 else 0, self._int ** n, self._exp * n)
                return result._fix(ctx)
            with localcontext(ctx) as c:
                c.prec = ctx.prec + 3
                inverse = Decimal(1).__truediv__(self._new(self._sign, self._int ** -n, self._exp * -n), context=c)
            return inverse._fix(ctx)
        if self._sign:
            return ctx._raise(InvalidOperation, Decimal('NaN'))
        with localcontext(ctx) as c:
            c.prec = ctx.prec + 5
            r = (other * self.ln(context=c)).exp(context=c)
        return r._fix(ctx)

    def __rpow__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def _is_integer(self):
        if self._is_special:
            return False
        if self._exp >= 0:
            return True
        return self._int % 10 ** -self._exp == 0

    def sqrt(self, context=None):
        ctx = context or getcontext()
        if self._is_special:
            nan = self._special_result(None, ctx)
            if nan is not None:
                return nan
            if self._sign:
                return ctx._raise(InvalidOperation, Decimal('NaN'))
            return self
        if self._int == 0:
            return self._new(self._sign, 0, self._exp // 2)
        if self._sign:
            return ctx._raise(InvalidOperation, Decimal('NaN'))
        prec = ctx.prec + 1
        ideal = self._exp // 2
        c, e = self._int, self._exp
        if e % 2:
            c *= 10
            e -= 1
        shift = prec - (_digits(c) + 1) // 2
        if shift >= 0:
            c *= 100 ** shift
        else:
            c //= 100 ** -shift
        root = _math.isqrt(c)
        exact = root * root == c and shift >= 0
        exp = e // 2 - shift
        if not exact:
            if root % 5 == 0:
                root += 1
        else:
            while exp < ideal and root % 10 == 0:
                root //= 10
                exp += 1
        with localcontext(ctx) as c2:
            c2.rounding = ROUND_HALF_EVEN
            return self._new(0, root, exp)._fix(c2)

    def exp(self, context=None):
        ctx = context or getcontext()
        if self._is_special:
            if self.is_nan():
                return self._special_result(None, ctx)
            return Decimal(0) if self._sign else self
        if self._int == 0:
            return Decimal(1)
        with localcontext(ctx) as c:
            c.prec = ctx.prec + 10
            x = self
            k = 0
            while abs(x) > Decimal('0.5'):
                x = x / 2
                k += 1
            total, term, i = Decimal(1), Decimal(1), 1
            while True:
                term = term * x / i
                if term.is_zero() or abs(term) < Decimal((0, (1,), -(c.prec + 2))):
                    break
                total += term
                i += 1
            for _ in range(k):
                total = total * total
        return (+total)._fix(ctx) if False else total._fix(ctx)

    def ln(self, context=None):
        ctx = context or getcontext()
        if self._is_special:
            if self.is_nan():
                return self._special_result(None, ctx)
            if self._sign:
                return ctx._raise(InvalidOperation, Decimal('NaN'))
            return self
        if self._int == 0:
            return self._new(1, 0, 'F', True)
        if self._sign:
            return ctx._raise(InvalidOperation, Decimal('NaN'))
        if self == 1:
            return Decimal(0)
        with localcontext(ctx) as c:
            c.prec = ctx.prec + 10
            y = Decimal(repr(_math.log(float(self))) if _math.isfinite(_math.log(float(self))) else 0)
            for _ in range(60):
                e = y.exp()
                ny = y + 2 * (self - e) / (self + e)
                if ny == y:
                    break
                y = ny
        return y._fix(ctx)

    def log10(self, context=None):
        ctx = context or getcontext()
        if not self._is_special and self._int != 0 and self._sign == 0:
            s = str(self._int).rstrip('0')
            if s == '1':
                return Decimal(self._exp + len(str(self._int)) - 1)
        with localcontext(ctx) as c:
            c.prec = ctx.prec + 5
            r = self.ln() / Decimal(10).ln()
        return r._fix(ctx)

    def logb(self, context=None):
        return Decimal(self.adjusted())

    # -- comparisons

    def _cmp(self, other):
        """-1, 0 or 1; None when a NaN is involved."""
        if self.is_nan() or other.is_nan():
            return None
        if self._isinf() or other._isinf():
            a = 0 if not self._isinf() else (-1 if self._sign else 1)
            b = 0 if not other._isinf() else (-1 if other._sign else 1)
            if a != b:
                return (a > b) - (a < b)
            if a == 0:
                pass
            else:
                return 0
        if self._int == 0 and other._int == 0:
            return 0
        a_sign = -1 if self._sign else 1
        b_sign = -1 if other._sign else 1
        if self._int == 0:
            return -b_sign
        if other._int == 0:
            return a_sign
        if a_sign != b_sign:
            return a_sign
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        c = (a > b) - (a < b)
        return c * a_sign

    def _compare_other(self, other, op):
        if isinstance(other, float):
            getcontext()._raise(FloatOperation) if op not in ('==', '!=') else None
            other = Decimal.from_float(other)
        elif isinstance(other, _numbers.Rational) and not isinstance(other, int):
            n, d = other.numerator, other.denominator
            if self._is_special:
                return self, Decimal(n)
            return self * d, Decimal(n)
        else:
            other = _convert(other)
        return self, other

    def __eq__(self, other):
        a, b = self._compare_other(other, '==')
        if b is NotImplemented:
            return NotImplemented
        c = a._cmp(b)
        return c == 0 if c is not None else False

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other, op):
        a, b = self._compare_other(other, op)
        if b is NotImplemented:
            return NotImplemented
        c = a._cmp(b)
        if c is None:
            if a.is_snan() or b.is_snan() or True:
                getcontext()._raise(InvalidOperation)
            return False
        return c

    def __lt__(self, other):
        c = self._order(other, '<')
        return c if c is NotImplemented or c is False else c < 0

    def __le__(self, other):
        c = self._order(other, '<=')
        return c if c is NotImplemented or c is False else c <= 0

    def __gt__(self, other):
        c = self._order(other, '>')
        return c if c is NotImplemented or c is False else c > 0

    def __ge__(self, other):
        c = self._order(other, '>=')
        return c if c is NotImplemented or c is False else c >= 0

    def compare(self, other, context=None):
        other = _convert(other, True)
        if self.is_nan() or other.is_nan():
            return self._special_result(other, context or getcontext())
        return Decimal(self._cmp(other))

    def compare_total(self, other, context=None):
        other = _convert(other, True)
        c = self._cmp(other)
        if c == 0 or c is None:
            c = (self._exp < other._exp) - (self._exp > other._exp) if not self._is_special else 0
            c = -c if self._sign else c
        return Decimal(c)

    def max(self, other, context=None):
        other = _convert(other, True)
        ctx = context or getcontext()
        if self.is_nan() or other.is_nan():
            if self.is_qnan() and not other.is_nan():
                return other._fix(ctx)
            if other.is_qnan() and not self.is_nan():
                return self._fix(ctx)
            return self._special_result(other, ctx)
        c = self._cmp(other)
        if c == 0:
            c = self.compare_total(other)._int * (-1 if self.compare_total(other)._sign else 1)
        return (self if c >= 0 else other)._fix(ctx)

    def min(self, other, context=None):
        other = _convert(other, True)
        ctx = context or getcontext()
        if self.is_nan() or other.is_nan():
            if self.is_qnan() and not other.is_nan():
                return other._fix(ctx)
            if other.is_qnan() and not self.is_nan():
                return self._fix(ctx)
            return self._special_result(other, ctx)
        c = self._cmp(other)
        if c == 0:
            c = self.compare_total(other)._int * (-1 if self.compare_total(other)._sign else 1)
        return (self if c <= 0 else other)._fix(ctx)

    # -- exponent manipulation

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert(exp, True)
        ctx = context or getcontext()
        rounding = rounding or ctx.rounding
        if self._is_special or exp._is_special:
            nan = self._special_result(exp, ctx)
            if nan is not None:
                return nan
            if self._isinf() and exp._isinf():
                return self
            return ctx._raise(InvalidOperation, Decimal('NaN'))
        e = exp._exp
        if self._int == 0:
            return self._new(self._sign, 0, e)
        if self._exp >= e:
            coeff = self._int * 10 ** (self._exp - e)
        else:
            coeff = _round_digits(self._int, e - self._exp, rounding, self._sign)
            if coeff * 10 ** (e - self._exp) != self._int:
                ctx._raise(Inexact)
            ctx._raise(Rounded)
        if _digits(coeff) > ctx.prec:
            return ctx._raise(InvalidOperation, Decimal('NaN'))
        return self._new(self._sign, coeff, e)

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or (self._isinf() and other._isinf())
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        ctx = context or getcontext()
        if self._is_special:
            nan = self._special_result(None, ctx)
            return nan if nan is not None else self
        if self._exp >= 0:
            return self
        return self.quantize(Decimal(1), rounding=rounding or ctx.rounding, context=_quiet(ctx))

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = context or getcontext()
        if self._is_special or self._exp >= 0:
            return self.to_integral_value(rounding, ctx)
        return self.quantize(Decimal(1), rounding=rounding or ctx.rounding, context=ctx)

    def normalize(self, context=None):
        ctx = context or getcontext()
        if self._is_special:
            nan = self._special_result(None, ctx)
            return nan if nan is not None else self
        d = self._fix(ctx)
        if d._is_special:
            return d
        if d._int == 0:
            return self._new(d._sign, 0, 0)
        coeff, exp = d._int, d._exp
        while coeff % 10 == 0 and exp < ctx.Emax:
            coeff //= 10
            exp += 1
        return self._new(d._sign, coeff, exp)

    def scaleb(self, other, context=None):
        other = _convert(other, True)
        return self._new(self._sign, self._int, self._exp + int(other))._fix(context or getcontext())

    def shift(self, other, context=None):
        ctx = context or getcontext()
        n = int(_convert(other, True))
        s = str(self._int)
        s = (s + '0' * n)[-ctx.prec:] if n >= 0 else s[:n] or '0'
        return self._new(self._sign, int(s), self._exp)

    def fma(self, other, third, context=None):
        ctx = context or getcontext()
        product = self._new(self._sign ^ _convert(other, True)._sign, self._int * _convert(other, True)._int,
                            self._exp + _convert(other, True)._exp)
        return product.__add__(_convert(third, True), context=ctx)

    def canonical(self):
        return self

    def number_class(self, context=None):
        if self.is_snan():
            return 'sNaN'
        if self.is_qnan():
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._isinf():
            return sign + 'Infinity'
        if self.is_zero():
            return sign + 'Zero'
        if self.is_subnormal(context):
            return sign + 'Subnormal'
        return sign + 'Normal'

    def radix(self):
        return Decimal(10)

    # -- formatting

    def __format__(self, spec, _localeconv=None):
        import re
        m = re.fullmatch(r'(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?', spec)
        if m is None:
            raise ValueError("Invalid format specifier")
        fill, align, sign, z, alt, zero, width, group, prec, typ = m.groups()
        if zero and not align:
            fill, align = '0', '='
        fill = fill or ' '
        align = align or '>'
        sign = sign or '-'
        prec = int(prec) if prec is not None else None
        ctx = getcontext()
        d = self
        if d._is_special:
            body = str(d.copy_abs())
            neg = d._sign == 1
        else:
            if typ is None:
                if prec is not None:
                    d = d._round_sig(prec, ctx.rounding)
                body = str(d.copy_abs())
                if 'e' in body and not ctx.capitals:
                    pass
                body = body.replace('e', 'E') if ctx.capitals else body
            elif typ in 'fF%':
                if typ == '%':
                    d = d._new(d._sign, d._int, d._exp + 2)
                if prec is not None:
                    d = d.quantize(Decimal((0, (1,), -prec)), rounding=ctx.rounding)
                body = d.copy_abs()._plain()
                if typ == '%':
                    body += '%'
            elif typ in 'eE':
                if prec is not None:
                    d = d._round_sig(prec + 1, ctx.rounding)
                digits = str(d._int)
                if prec is None:
                    prec = len(digits) - 1
                adj = d.adjusted() if d._int else d._exp + len(digits) - 1
                mant = digits[0] + ('.' + digits[1:].ljust(prec, '0') if prec > 0 or alt else '')
                body = mant + typ + '%+d' % adj
            else:  # g, G, n
                p = prec if prec is not None else None
                if p == 0:
                    p = 1
                if p is not None:
                    d = d._round_sig(p, ctx.rounding)
                leftdigits = d._exp + _digits(d._int)
                if d._exp <= 0 and leftdigits > -6 or (p is not None and -4 <= leftdigits - 1 < p):
                    body = d.copy_abs()._plain()
                    if p is not None and not alt and '.' in body and False:
                        body = body.rstrip('0').rstrip('.')
                else:
                    digits = str(d._int)
                    mant = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
                    body = mant + ('E' if typ == 'G' or (typ != 'g' and ctx.capitals) else 'e') + '%+d' % (leftdigits - 1)
            neg = d._sign == 1 and not (z and d.is_zero())
        if group and not self._is_special:
            intpart, dot, rest = body.partition('.')
            if intpart.isdigit():
                chunks = []
                while len(intpart) > 3:
                    chunks.insert(0, intpart[-3:])
                    intpart = intpart[:-3]
                chunks.insert(0, intpart)
                body = group.join(chunks) + dot + rest
        signstr = '-' if neg else ('+' if sign == '+' else ' ' if sign == ' ' else '')
        width = int(width) if width else 0
        pad = width - len(signstr) - len(body)
        if pad <= 0:
            return signstr + body
        if align == '<':
            return signstr + body + fill * pad
        if align == '>':
            return fill * pad + signstr + body
        if align == '^':
            return fill * (pad // 2) + signstr + body + fill * (pad - pad // 2)
        return signstr + fill * pad + body

    def _round_sig(self, sig, rounding):
        if self._is_special or self._int == 0:
            return self
        n = _digits(self._int)
        if n <= sig:
            return self
        coeff = _round_digits(self._int, n - sig, rounding, self._sign)
        exp = self._exp + n - sig
        if _digits(coeff) > sig:
            coeff //= 10
            exp += 1
        return self._new(self._sign, coeff, exp)

    def _plain(self):
        digits = str(self._int)
        if self._exp >= 0:
            return digits + '0' * self._exp
        k = -self._exp
        digits = digits.rjust(k + 1, '0')
        return digits[:-k] + '.' + digits[-k:]


def _underscores_ok(s):
    return '__' not in s and not s.startswith('_') and not s.endswith('_')


def _quiet(ctx):
    c = ctx.copy()
    c.clear_traps()
    return c


def _convert(other, raise_error=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if raise_error:
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return NotImplemented


_numbers.Number.register(Decimal)

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                         traps=[DivisionByZero, Overflow, InvalidOperation])
_default_made = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation, Clamped,
                                                                Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])
