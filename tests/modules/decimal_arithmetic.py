# decimal: exact arithmetic, context precision and rounding, quantize, formatting, special values, errors.
from decimal import *
print(Decimal('1.10')+Decimal('2.20'), Decimal(1)/Decimal(3), Decimal('1E+2'), Decimal('0.000001'), Decimal('0.0000001'), Decimal('123E-10'), Decimal(0.1), Decimal('-0'), Decimal('1e100')*Decimal('1e-100'))
print(Decimal(10)/Decimal(4), Decimal(1)/Decimal(8), Decimal('1.5').quantize(Decimal('1')), Decimal('2.5').quantize(Decimal('1')), round(Decimal('2.675'), 2), Decimal(2).sqrt())
print(repr(Decimal('7.00') % 3), Decimal(-7) // 2, Decimal(-7) % 2, divmod(Decimal('7.5'), 2), Decimal('1.20') * 3, -Decimal('0'), +Decimal('1.234567890123456789012345678901'))
print(Decimal('12345678901234567890123456789.5') + 0, Decimal(3) ** 2, Decimal('1.1') ** 3, Decimal(2) ** -1, hash(Decimal('1.5')) == hash(1.5), hash(Decimal(5)) == hash(5))
print(format(Decimal('1234.5678'), ',.2f'), format(Decimal('0.000123'), '.2e'), format(Decimal('12.5'), '%'), format(Decimal('1.5'), '>10'))
try:
    Decimal(1)/0
except DivisionByZero as e: print(type(e).__name__, e)
try:
    Decimal('abc')
except InvalidOperation as e: print(type(e).__name__, e)
print(Decimal('1.00').normalize(), Decimal('100').normalize(), Decimal('-1.5').as_tuple(), Decimal('NaN'), Decimal('-Infinity'), Decimal('1.5') < 2, Decimal('1.5') == 1.5)
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal('123456789') + 1, getcontext())
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(2).sqrt())
print(Decimal(1) / Decimal(7))
getcontext().prec = 28
print(sum([Decimal('0.1')] * 10), Decimal('0.1') * 3 == Decimal('0.3'), sorted([Decimal('2.5'), Decimal('-1'), Decimal('10')]))
print(Decimal('3.14159').quantize(Decimal('0.01'), rounding=ROUND_DOWN), Decimal('2.5').quantize(Decimal('1'), rounding=ROUND_HALF_UP), Decimal('-2.5').to_integral_value(), int(Decimal('-2.9')), float(Decimal('1.25')))
print(Decimal(7).__round__(), round(Decimal('3.5')), round(Decimal('4.5')), Decimal(' 12 '), Decimal('1_000.5'), Decimal((1, (3, 1, 4), -2)), Decimal.from_float(0.5))
print(max(Decimal(1), Decimal(2)), Decimal('10') ** Decimal('0.5'), Decimal('100').log10(), Decimal(1).exp(), Decimal(10).ln())
print(format(Decimal('1234567.891'), ',f'), format(Decimal('-0.5'), '+.3f'), format(Decimal('1e-10'), 'f'), format(Decimal('123.456'), '.2g'), format(Decimal('42'), '08.1f'))
print(Decimal('0E-7'), Decimal('5E3') + Decimal(1), Decimal('1.0') * Decimal('1.00'), Decimal('2') - Decimal('2.00'), Decimal('9.99').quantize(Decimal('0.1')), str(Decimal('1E+5').to_eng_string()))
try:
    Decimal(1) + 1.5
except TypeError as e:
    print("TypeError", str(e).replace("decimal.Decimal", "Decimal"))
print(Decimal(0) == 0, Decimal('0.00') == 0, Decimal(1) != Decimal('1.0'), Decimal('NaN') == Decimal('NaN'), bool(Decimal('0.0')), Decimal(3).is_zero())
