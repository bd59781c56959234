from datetime import date, datetime, timedelta, time, timezone
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 12, 25), d.weekday(), d.isoweekday(), d.isocalendar())
print(d.strftime("%Y/%m/%d %a %A %b %B %j %U %W %w %y"), d.toordinal(), date.fromordinal(738000), date.fromisoformat("2021-07-04"))
print(d.replace(day=1), d < date(2024, 3, 1), max(d, date(2020, 1, 1)), d.year, d.month, d.day, f"{d:%d.%m.%Y}", d.ctime())
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=500)
print(td, repr(td), td.total_seconds(), -td, abs(-td), td * 2, td / 2, td // timedelta(hours=1), timedelta(hours=-1), timedelta(0))
print(timedelta(weeks=1, milliseconds=1), timedelta(seconds=90061.5), repr(timedelta(minutes=1)), timedelta(days=2) > timedelta(hours=47))
dt = datetime(2024, 1, 15, 13, 45, 30)
print(dt, repr(dt), dt.isoformat(), dt.date(), dt.time(), dt + timedelta(hours=12), dt - datetime(2024, 1, 1), dt.strftime("%H:%M:%S %I %p %c"))
print(datetime(2024, 1, 15, 13, 45, 30, 123456).isoformat(), datetime(2024, 3, 1).isoformat(timespec="minutes"), datetime.fromisoformat("2024-05-06T07:08:09"))
print(datetime.strptime("2023-07-04 14:30", "%Y-%m-%d %H:%M"), datetime.strptime("04 Jul 2023", "%d %b %Y"), datetime.combine(date(2020, 1, 1), time(8, 30)))
t = time(9, 5)
print(t, repr(t), time(23, 59, 59, 1), t.isoformat(), t.strftime("%H-%M"), t < time(10))
u = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
print(u, repr(u), u.isoformat(), u.timestamp(), datetime.fromtimestamp(0, timezone.utc), timezone(timedelta(hours=-5)), u.astimezone(timezone(timedelta(hours=2))))
for bad in [(2023, 2, 29), (2024, 13, 1), (0, 1, 1)]:
    try:
        date(*bad)
    except ValueError as e:
        print(e)
print(sorted([date(2024, 1, 2), date(2023, 5, 5), date(2024, 1, 1)]), (date(2024, 12, 31) - date(2024, 1, 1)).days)
print(date(2021, 1, 3).isocalendar(), date(2020, 12, 31).isocalendar(), date(2026, 11, 24).strftime("%A"))
