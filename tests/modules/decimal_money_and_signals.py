# decimal: signals and their exception types, money rounding, Context methods, hashing, conversions.
from decimal import Decimal, InvalidOperation, getcontext, ROUND_HALF_UP, Context, localcontext
import decimal
for expr in ["Decimal(0)/0", "Decimal(1)/0", "Decimal('x')", "Decimal(-1).sqrt()", "Decimal('inf') - Decimal('inf')", "Decimal(5) % 0", "Decimal(1).quantize(Decimal('1e-30'))"]:
    try:
        print(expr, eval(expr))
    except ZeroDivisionError as e:
        print(expr, "ZeroDivisionError", type(e).__name__, e)
    except ArithmeticError as e:
        print(expr, "ArithmeticError", type(e).__name__, e)
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10")]
subtotal = sum(prices)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax, f"{subtotal + tax:>10}", f"{tax:.3f}", "%s" % tax)
print(Decimal("1.30") + Decimal("1.20"), Decimal("3") * Decimal("1.50"), Decimal("10.00") / 4, Decimal(10) / Decimal("0.1"))
print([str(Decimal(x).quantize(Decimal("0.1"))) for x in ("0.05", "0.15", "0.25", "0.35", "-0.05")])
ctx = Context(prec=4, rounding=ROUND_HALF_UP)
print(ctx.divide(Decimal(2), Decimal(3)), ctx.add(Decimal("1.2345"), 0), ctx.power(Decimal(2), 10), ctx.sqrt(Decimal(10)))
print(decimal.Decimal("7").compare(Decimal(8)), Decimal("-0.0") == 0, Decimal(2) ** Decimal(3), Decimal(3) ** 40, Decimal("1e5").adjusted(), Decimal("0.001234").adjusted())
print(Decimal(1).__hash__() == hash(1), {Decimal("1.0"): "a"}[Decimal(1)], Decimal(1) in {1, 2}, Decimal("0.5") + Decimal("0.5") == 1)
print(Decimal("123.456").as_integer_ratio(), Decimal(-3).copy_abs(), Decimal(3).copy_negate(), Decimal("1.23E+5").normalize(), Decimal("12.000").normalize())
print(repr(Decimal("-1.5E-10")), Decimal(2**70), Decimal("1.2e3") + 1, Decimal("1e-7") * 1, Decimal(".5"), Decimal("5."), Decimal("-.0"))
