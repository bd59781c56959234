from datetime import date, datetime, timedelta, time, timezone
from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation
from fractions import Fraction
import statistics as st
import calendar

d = date(2024, 2, 28)
print(d, d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.isocalendar())
print(d.strftime("%A %d %B %Y | %a %b %j %U %w %y %m/%d"), d.replace(year=2023).isoformat(), d.toordinal())
dt = datetime(2023, 12, 31, 23, 59, 30, 123456)
print(dt, repr(dt), dt + timedelta(seconds=45), dt.strftime("%H:%M:%S.%f %p %I"), dt.timestamp() if False else "")
print(datetime.strptime("2021-03-04 05:06:07", "%Y-%m-%d %H:%M:%S"), datetime.fromisoformat("2020-01-02T03:04:05"))
delta = datetime(2024, 3, 1) - datetime(2023, 1, 15, 12)
print(delta, delta.days, delta.seconds, delta.total_seconds(), repr(delta), timedelta(hours=-1), timedelta(days=1, microseconds=5))
print(timedelta(weeks=2) // timedelta(days=3), timedelta(days=7) / 2, abs(timedelta(-3)), timedelta(minutes=90) * 1.5)
print(date(2024, 1, 1) < date(2024, 1, 2), max(date(2020, 5, 5), date(2019, 1, 1)), date.fromisoformat("2022-11-30"))
tz = timezone(timedelta(hours=5, minutes=30))
a = datetime(2022, 6, 1, 12, 0, tzinfo=timezone.utc)
print(a, a.astimezone(tz), a.isoformat(), tz, timezone.utc, a.utcoffset(), a.tzname())
print(time(14, 30), time(9, 5, 3, 10).isoformat(), time(1, 2).strftime("%H-%M"), datetime.combine(d, time(8)))
print(calendar.isleap(2000), calendar.monthrange(2024, 2), calendar.day_name[0], calendar.month_abbr[12])
print(calendar.month(2024, 2))
getcontext().prec = 28
print(Decimal("0.1") + Decimal("0.2"), Decimal(1) / Decimal(7), Decimal("1.10") * 3, Decimal("10") ** -2)
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("2.675").quantize(Decimal("0.01")))
print(Decimal("123.456").quantize(Decimal("1."), rounding=ROUND_DOWN), Decimal(0.1), Decimal("1e3"), Decimal("-0"))
print(repr(Decimal("3.14")), Decimal("3.14").as_tuple(), Decimal("100").sqrt(), Decimal(2).sqrt(), Decimal("7") % 3, Decimal("-7") // 2)
print(f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.5'):%}", Decimal("1.500").normalize(), Decimal("5E+3").to_integral())
try: Decimal("abc")
except InvalidOperation as e: print("InvalidOperation", type(e).__name__)
print(sum([Decimal("0.1")] * 10), Decimal("1") == 1, Decimal("0.5") < 1, int(Decimal("7.9")), float(Decimal("2.5")))
f = Fraction(3, 4)
print(f + Fraction(1, 6), f * 2, f / 3, f ** 2, -f, Fraction("2/6"), Fraction(0.25), Fraction("1.1"), repr(f))
print(Fraction(1, 3) < 0.34, float(Fraction(1, 3)), Fraction(7, 2).limit_denominator(1), round(Fraction(7, 2)), Fraction(355, 113).limit_denominator(10))
print(f.numerator, f.denominator, Fraction(10, -4), int(Fraction(-7, 2)), Fraction(5) == 5, hash(Fraction(1, 2)) == hash(0.5))
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.stdev(data), st.variance(data))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.mean([1.5, 2.5]), st.fmean([1, 2, 4]), st.multimode("aabbc"))
print(st.harmonic_mean([40, 60]), st.geometric_mean([1, 10, 100]), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4))
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.median([Decimal("1.5"), Decimal("2.5")]))
