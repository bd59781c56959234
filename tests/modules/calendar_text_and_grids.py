# calendar: month and year text layouts, grids, weekdays, leap years, errors.
import calendar
print(calendar.month(2024, 2))
print(calendar.TextCalendar(6).formatmonth(2023, 12, w=3, l=2))
print(calendar.calendar(2024))
print(calendar.TextCalendar(calendar.SUNDAY).formatyear(2023, 2, 1, 4, 4))
print(calendar.monthrange(2024, 2), calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2024), calendar.weekday(2024, 1, 1), calendar.monthcalendar(2024, 2))
for bad in (lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(9)):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
print(list(calendar.month_name), list(calendar.day_abbr), calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
print(calendar.TextCalendar().formatweekheader(2), calendar.firstweekday(), calendar.weekheader(3), calendar.TextCalendar().formatweekheader(9))
cal = calendar.Calendar(firstweekday=calendar.SUNDAY)
print(list(cal.iterweekdays()), cal.monthdayscalendar(2024, 3)[0], list(cal.itermonthdays2(2024, 3))[:8])
print([str(d) for d in cal.itermonthdates(2024, 2)][:3], len(cal.monthdatescalendar(2024, 2)), list(cal.itermonthdays3(2024, 1))[:2])
print(calendar.Calendar().yeardayscalendar(2024, 4)[0][0][0])
