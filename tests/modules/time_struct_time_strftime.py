# time: gmtime/localtime/mktime, struct_time, strftime directives, asctime/ctime, errors.
import time
t = time.gmtime(1700000000)
print(t, t.tm_year, t[0], len(t), tuple(t), t.tm_zone)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %w %u %U %W %%", t))
print(time.strftime("%c | %x | %X | %D | %F | %T | %e | %G-W%V", t), time.asctime(t), time.gmtime(0))
print(time.mktime(time.localtime(1700000000)) == 1700000000, time.localtime(1700000000).tm_year, time.ctime(0) == time.asctime(time.localtime(0)))
s = time.struct_time((2024, 2, 29, 13, 5, 9, 3, 60, 0)); print(s, time.strftime("%d/%m/%Y", s))
print(type(time.timezone).__name__, type(time.tzname).__name__, time.daylight in (0, 1), isinstance(time.time(), float))
for bad in (lambda: time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.struct_time((1, 2)), lambda: time.asctime("x")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
