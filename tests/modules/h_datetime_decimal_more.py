from datetime import date, datetime, timedelta, time, timezone
from decimal import Decimal, localcontext, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Context
from fractions import Fraction
import calendar
d = datetime(2024, 3, 10, 14, 5, 9)
print(f"{d:%Y/%m/%d %H.%M}", f"{d.date():%d %b}", format(d, "%I:%M %p"), f"{d:%c}", f"{d:%x %X}", d.strftime("%e|%-d") if False else "")
print(timedelta(days=-1, seconds=5), timedelta(seconds=-5), -timedelta(hours=25), timedelta(microseconds=1500), str(timedelta(days=400, hours=3)))
print(timedelta(hours=1) * 3 / 2, timedelta(minutes=1) // 7, timedelta(days=1) % timedelta(hours=5), divmod(timedelta(hours=7), timedelta(hours=2)))
print((date(2024, 12, 25) - date.today()).days > -10000, date(2023, 1, 31) + timedelta(days=30), date.min, date.max, datetime.min)
print(d.replace(hour=0) - timedelta(seconds=1), d.isoformat(sep=" "), d.isoformat(timespec="minutes"), d.ctime(), d.timetuple()[:6])
print(date(2024, 1, 1).strftime("%A %j %U %W"), date.fromordinal(738000), date(2020, 2, 29).isocalendar().week, date(2021, 1, 3).isoweekday())
utc = timezone.utc; est = timezone(timedelta(hours=-5), "EST")
x = datetime(2024, 6, 1, 12, tzinfo=utc)
print(x.astimezone(est), x.astimezone(est).strftime("%H:%M %Z %z"), est, repr(est), x == x.astimezone(est), x.timestamp())
print(datetime.fromtimestamp(0, utc), datetime.utcfromtimestamp(86400 * 365), datetime.fromisoformat("2024-05-06T07:08:09+02:00"))
print(datetime(2024, 1, 1) < datetime(2024, 1, 1, 0, 0, 1), sorted([date(2020, 5, 1), date(2019, 1, 1)]), hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)))
print(time(23, 59, 59, 999999), time(12).replace(minute=30), time(6, 7) < time(6, 8), time.fromisoformat("10:11:12"), repr(time(1, 2, 3)))
print(repr(d), repr(date(2020, 1, 2)), repr(timedelta(days=1, seconds=3)), repr(timedelta(0)), repr(timezone(timedelta(hours=3))))
print(calendar.weekday(2024, 3, 10), calendar.monthcalendar(2024, 2)[0], list(calendar.day_abbr), calendar.leapdays(2000, 2025))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 7))
D = Decimal
print(D("1.2345").quantize(D("0.01"), ROUND_CEILING), D("-1.2345").quantize(D("0.01"), ROUND_FLOOR), D("2.5").quantize(D("1"), ROUND_HALF_EVEN), round(D("2.675"), 2))
with localcontext() as ctx:
    ctx.prec = 5; print(D(1) / D(3), D("123456789") * 1, +D("1.234567"))
print(D("1e-7"), D("0.0000001"), D("1E+2"), D("100").normalize(), D("0.00"), D("-1.50") * 2, D("3") / D("8"), D(10) ** 20, D("1.1") ** 2)
print(D("12.345").to_integral_value(), D("5.5").max(D("3")), D("0.1").compare(D("0.2")), D(-3).copy_abs(), D("7.25").adjusted(), D("1.0") == D("1.00"))
print(sorted([D("1.1"), D("0.9"), D("1.05")]), D("1.5") + 1, 2 * D("0.5"), D(3).is_zero(), D("inf"), D("nan").is_nan(), -D("0"))
print(Context(prec=3).divide(D(2), D(3)), D("2").ln().quantize(D("1.0000")), D("100").log10(), D("2").exp().quantize(D("0.001")))
F = Fraction
print(F(1, 3) + F(1, 6), F(3, 4) ** -2, F(-7, 3) // 2, F(7, 3) % 1, divmod(F(7, 2), 2), abs(F(-1, 2)), F(5, 10).as_integer_ratio(), F(2.5), F(1, 3) == 1 / 3)
print(f"{F(1, 3)}", str(F(4, 2)), sum(F(1, n) for n in range(1, 6)), max(F(1, 2), F(2, 3)), F("  3/7 "), F(1.1).limit_denominator(100), float(F(22, 7)))
