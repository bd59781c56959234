# datetime.strptime: directives accept only their field's range, leftover text and stray % are errors,
# composite %c/%x, %z with a colon; timetuple() gives a time.struct_time.
from datetime import datetime
tests = [("2023-13-01", "%Y-%m-%d"), ("2023-12-01 extra", "%Y-%m-%d"), ("2023-1-5", "%Y-%m-%d"), ("5 MARCH 2021", "%d %B %Y"),
         ("2021-03-05   10:30", "%Y-%m-%d %H:%M"), ("24:00", "%H:%M"), ("12:60", "%H:%M"), ("10:30 pm", "%I:%M %p"),
         ("2021-06-01T12:00:00+05:30", "%Y-%m-%dT%H:%M:%S%z"), ("Tue Mar  5 10:00:00 2024", "%c"), ("03/05/24", "%x"),
         ("2024 100", "%Y %j"), ("99", "%y"), ("68", "%y"), ("2024-02-30", "%Y-%m-%d"), ("x", "%Q"), ("1 %", "%d %%"), ("2024", "%Y%")]
for s, f in tests:
    try:
        print(repr(s), datetime.strptime(s, f))
    except ValueError as e:
        print(repr(s), "ValueError", e)
from datetime import date, timezone
d = datetime(2024, 3, 10, 8, 5, 3, tzinfo=timezone.utc)
print(d.timetuple(), d.timetuple().tm_yday, date(2024, 3, 10).timetuple().tm_wday, d.utctimetuple().tm_isdst, d.dst())
