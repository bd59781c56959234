"""Krait's datetime: date, time, datetime, timedelta and fixed-offset timezones (proleptic Gregorian
calendar, CPython's validation, reprs and formatting; strftime/strptime cover the common directives)."""
import time as _time

MINYEAR = 1
MAXYEAR = 9999
_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim
_MONTHNAMES = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_FULLMONTHNAMES = [None, 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
                   'October', 'November', 'December']
_DAYNAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_FULLDAYNAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    return (_days_before_year(year) + _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year)) + day)


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    n -= preceding
    return year, month, n + 1


def _check_int(value, name):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if not isinstance(value, int):
        raise TypeError("an integer is required (got type %s)" % type(value).__name__)
    return value


def _check_date_fields(year, month, day):
    year = _check_int(year, 'year')
    month = _check_int(month, 'month')
    day = _check_int(day, 'day')
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold=0):
    for v, name, hi in ((hour, 'hour', 23), (minute, 'minute', 59), (second, 'second', 59),
                        (microsecond, 'microsecond', 999999)):
        _check_int(v, name)
        if not 0 <= v <= hi:
            raise ValueError('%s must be in 0..%d' % (name, hi))
    return hour, minute, second, microsecond


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


class timedelta:
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        from fractions import Fraction
        total = (Fraction(days) * 86400000000 + Fraction(weeks) * 7 * 86400000000 + Fraction(hours) * 3600000000
                 + Fraction(minutes) * 60000000 + Fraction(seconds) * 1000000 + Fraction(milliseconds) * 1000
                 + Fraction(microseconds))
        us = round(total)
        self = object.__new__(cls)
        d, rem = divmod(us, 86400000000)
        s, u = divmod(rem, 1000000)
        if abs(d) > 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
        self._days, self._seconds, self._microseconds = d, s, u
        self._hashcode = -1
        return self

    @classmethod
    def _from_us(cls, us):
        return cls(microseconds=us)

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return 'datetime.timedelta(%s)' % ', '.join(args)

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = ('%d day%s, ' % (self._days, 's' if abs(self._days) != 1 else '')) + s
        if self._microseconds:
            s = s + '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            from fractions import Fraction
            return timedelta._from_us(round(Fraction(self._to_us()) * Fraction(other)))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, (int, float)):
            from fractions import Fraction
            return timedelta._from_us(round(Fraction(self._to_us()) / Fraction(other)))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() < other._to_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() <= other._to_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() > other._to_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() >= other._to_us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


def _format(obj, fmt):
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != '%' or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        c = fmt[i + 1]
        i += 2
        y = getattr(obj, 'year', 1900)
        m = getattr(obj, 'month', 1)
        d = getattr(obj, 'day', 1)
        hh = getattr(obj, 'hour', 0)
        mm = getattr(obj, 'minute', 0)
        ss = getattr(obj, 'second', 0)
        us = getattr(obj, 'microsecond', 0)
        wd = _ymd2ord(y, m, d) % 7
        wd_mon = (wd + 6) % 7
        if c == 'Y':
            out.append('%d' % y if y >= 1000 else '%d' % y)
        elif c == 'y':
            out.append('%02d' % (y % 100))
        elif c == 'm':
            out.append('%02d' % m)
        elif c == 'd':
            out.append('%02d' % d)
        elif c == 'e':
            out.append('%2d' % d)
        elif c == 'H':
            out.append('%02d' % hh)
        elif c == 'I':
            out.append('%02d' % (hh % 12 or 12))
        elif c == 'M':
            out.append('%02d' % mm)
        elif c == 'S':
            out.append('%02d' % ss)
        elif c == 'f':
            out.append('%06d' % us)
        elif c == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif c == 'b' or c == 'h':
            out.append(_MONTHNAMES[m])
        elif c == 'B':
            out.append(_FULLMONTHNAMES[m])
        elif c == 'a':
            out.append(_DAYNAMES[wd_mon])
        elif c == 'A':
            out.append(_FULLDAYNAMES[wd_mon])
        elif c == 'w':
            out.append('%d' % wd)
        elif c == 'u':
            out.append('%d' % (wd_mon + 1))
        elif c == 'j':
            out.append('%03d' % (_DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d))
        elif c == 'U':
            yday = _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d - 1
            out.append('%02d' % ((yday + 7 - wd) // 7))
        elif c == 'W':
            yday = _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d - 1
            out.append('%02d' % ((yday + 7 - wd_mon) // 7))
        elif c == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            if off is None:
                out.append('')
            else:
                sign = '-' if off < timedelta(0) else '+'
                off = abs(off)
                h, rest = divmod(off, timedelta(hours=1))
                mi, rest = divmod(rest, timedelta(minutes=1))
                out.append('%s%02d%02d' % (sign, h, mi))
        elif c == 'Z':
            tz = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append(tz or '')
        elif c == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[wd_mon], _MONTHNAMES[m], d, hh, mm, ss, y))
        elif c == 'x':
            out.append('%02d/%02d/%02d' % (m, d, y % 100))
        elif c == 'X':
            out.append('%02d:%02d:%02d' % (hh, mm, ss))
        elif c == 'D':
            out.append('%02d/%02d/%02d' % (m, d, y % 100))
        elif c == 'F':
            out.append('%d-%02d-%02d' % (y, m, d))
        elif c == 'T':
            out.append('%02d:%02d:%02d' % (hh, mm, ss))
        elif c == '%':
            out.append('%')
        else:
            out.append('%' + c)
    return ''.join(out)


class date:
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    @classmethod
    def today(cls):
        t = _time.localtime() if hasattr(_time, 'localtime') else None
        if t is None:
            import time
            secs = time.time()
            return cls.fromordinal(int(secs // 86400) + _ymd2ord(1970, 1, 1))
        return cls(t[0], t[1], t[2])

    @classmethod
    def fromtimestamp(cls, t):
        return cls.fromordinal(int(t // 86400) + _ymd2ord(1970, 1, 1))

    @classmethod
    def fromordinal(cls, n):
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            if len(s) == 10 and s[4] == '-' and s[7] == '-':
                return cls(int(s[0:4]), int(s[5:7]), int(s[8:10]))
            if len(s) == 8 and s.isdigit():
                return cls(int(s[0:4]), int(s[4:6]), int(s[6:8]))
        except ValueError:
            pass
        raise ValueError('Invalid isoformat string: %r' % s)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        jan4 = _ymd2ord(year, 1, 4)
        first_monday = jan4 - (jan4 + 6) % 7
        return cls.fromordinal(first_monday + (week - 1) * 7 + day - 1)

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    def __repr__(self):
        return '%s.%s(%d, %d, %d)' % (self.__class__.__module__, self.__class__.__qualname__, self._year, self._month,
                                      self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def strftime(self, fmt):
        return _format(self, fmt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def ctime(self):
        return _format(self, '%a %b %e 00:00:00 %Y')

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        jan4 = _ymd2ord(year, 1, 4)
        week1 = jan4 - (jan4 + 6) % 7
        today = self.toordinal()
        if today < week1:
            year -= 1
            jan4 = _ymd2ord(year, 1, 4)
            week1 = jan4 - (jan4 + 6) % 7
        else:
            nxt = _ymd2ord(year + 1, 1, 4)
            nxt = nxt - (nxt + 6) % 7
            if today >= nxt:
                year += 1
                week1 = nxt
        week, day = divmod(today - week1, 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, -1))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _cmpkey(self):
        return self._year, self._month, self._day

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._cmpkey() == other._cmpkey()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() < other._cmpkey()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() <= other._cmpkey()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() > other._cmpkey()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() >= other._cmpkey()
        return NotImplemented

    def __hash__(self):
        return hash(self._cmpkey())

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= 3652059:
                return type(self).fromordinal(o)
            raise OverflowError('result out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self)


class tzinfo:
    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')


class timezone(tzinfo):
    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('offset must be a timedelta')
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).')
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        sign = '-' if self._offset < timedelta(0) else '+'
        off = abs(self._offset)
        h, rest = divmod(off, timedelta(hours=1))
        m = rest // timedelta(minutes=1)
        return 'UTC%s%02d:%02d' % (sign, h, m)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return 'datetime.timezone(%r)' % (self._offset,)
        return 'datetime.timezone(%r, %r)' % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        return isinstance(other, timezone) and self._offset == other._offset

    def __hash__(self):
        return hash(self._offset)


timezone.utc = timezone(timedelta(0))
UTC = timezone.utc


def _offset_str(off, sep=':'):
    if off is None:
        return ''
    sign = '-' if off < timedelta(0) else '+'
    off = abs(off)
    h, rest = divmod(off, timedelta(hours=1))
    m, rest = divmod(rest, timedelta(minutes=1))
    s = '%s%02d%s%02d' % (sign, h, sep, m)
    if rest:
        s += '%s%02d' % (sep, rest.seconds)
        if rest.microseconds:
            s += '.%06d' % rest.microseconds
    return s


class time:
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        _check_time_fields(hour, minute, second, microsecond)
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def isoformat(self, timespec='auto'):
        s = _time_iso(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _offset_str(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        return _format(self, fmt)

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def __repr__(self):
        if self._microsecond:
            s = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            s = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % self._tzinfo
        return 'datetime.time(%s)' % s

    def _key(self):
        return self._hour, self._minute, self._second, self._microsecond

    def __eq__(self, other):
        return isinstance(other, time) and self._key() == other._key()

    def __lt__(self, other):
        if isinstance(other, time):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True):
        return time(self._hour if hour is None else hour, self._minute if minute is None else minute,
                    self._second if second is None else second,
                    self._microsecond if microsecond is None else microsecond,
                    self._tzinfo if tzinfo is True else tzinfo)

    @classmethod
    def fromisoformat(cls, s):
        parts = s.split(':')
        try:
            h = int(parts[0])
            m = int(parts[1]) if len(parts) > 1 else 0
            sec = 0
            us = 0
            if len(parts) > 2:
                if '.' in parts[2]:
                    a, b = parts[2].split('.')
                    sec = int(a)
                    us = int((b + '000000')[:6])
                else:
                    sec = int(parts[2])
            return cls(h, m, sec, us)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % s) from None


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _time_iso(h, m, s, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % h
    if timespec == 'minutes':
        return '%02d:%02d' % (h, m)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (h, m, s)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (h, m, s, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (h, m, s, us)
    raise ValueError('Unknown timespec value')


class datetime(date):
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        _check_time_fields(hour, minute, second, microsecond)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        us = round(t * 1000000)
        days, rem = divmod(us, 86400000000)
        base = cls.combine(date.fromordinal(_ymd2ord(1970, 1, 1) + days), time()) + timedelta(microseconds=rem)
        if tz is not None:
            base = (base + tz.utcoffset(base)).replace(tzinfo=tz)
        return base

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls.fromtimestamp(t)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.fromtimestamp(_time.time())

    today = now

    @classmethod
    def combine(cls, d, t, tzinfo=True):
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond,
                   t.tzinfo if tzinfo is True else tzinfo)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            d = date.fromisoformat(s[:10])
            rest = s[11:]
            tz = None
            for sign in ('+', '-'):
                if sign in rest:
                    rest, off = rest.split(sign, 1)
                    hh, mm = off.split(':')[:2]
                    delta = timedelta(hours=int(hh), minutes=int(mm))
                    tz = timezone(delta if sign == '+' else -delta)
                    break
            if rest.endswith('Z'):
                rest = rest[:-1]
                tz = timezone.utc
            t = time.fromisoformat(rest) if rest else time()
            return cls.combine(d, t, tz)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % s) from None

    @classmethod
    def strptime(cls, string, fmt):
        return _strptime(cls, string, fmt)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def timestamp(self):
        off = self.utcoffset() or timedelta(0)
        delta = self - datetime(1970, 1, 1, tzinfo=self._tzinfo) if False else (
            self.replace(tzinfo=None) - datetime(1970, 1, 1)) - off
        return delta.total_seconds()

    def astimezone(self, tz=None):
        if tz is None:
            return self
        base = self.replace(tzinfo=None) - (self.utcoffset() or timedelta(0))
        return (base + tz.utcoffset(base)).replace(tzinfo=tz)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo)

    def isoformat(self, sep='T', timespec='auto'):
        s = '%04d-%02d-%02d%s%s' % (self._year, self._month, self._day, sep,
                                    _time_iso(self._hour, self._minute, self._second, self._microsecond, timespec))
        return s + _offset_str(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        while len(parts) > 5 and parts[-1] == 0:
            parts.pop()
        s = 'datetime.datetime(%s' % ', '.join(map(str, parts))
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % self._tzinfo
        return s + ')'

    def ctime(self):
        return _format(self, '%a %b %e %H:%M:%S %Y')

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else 1 if dst else 0
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, isdst))

    def utctimetuple(self):
        off = self.utcoffset()
        t = self - off if off else self
        return _time.struct_time((t._year, t._month, t._day, t._hour, t._minute, t._second, t.weekday(),
                                  t.toordinal() - _ymd2ord(t._year, 1, 1) + 1, 0))

    def _us(self):
        us = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
              + self._microsecond)
        off = self.utcoffset()
        if off is not None:
            us -= off._to_us()
        return us

    def _check_cmp(self, other):
        if (self._tzinfo is None) != (other._tzinfo is None):
            raise TypeError("can't compare offset-naive and offset-aware datetimes")

    def __eq__(self, other):
        if isinstance(other, datetime):
            if (self._tzinfo is None) != (other._tzinfo is None):
                return False
            return self._us() == other._us()
        return NotImplemented if not isinstance(other, date) else False

    def __lt__(self, other):
        if isinstance(other, datetime):
            self._check_cmp(other)
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            self._check_cmp(other)
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            self._check_cmp(other)
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            self._check_cmp(other)
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        return hash(self._us())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
              + self._microsecond + other._to_us())
        days, rem = divmod(us, 86400000000)
        if not 0 < days <= 3652059:
            raise OverflowError('date value out of range')
        secs, micro = divmod(rem, 1000000)
        hh, rest = divmod(secs, 3600)
        mm, ss = divmod(rest, 60)
        y, m, d = _ord2ymd(days)
        return type(self)(y, m, d, hh, mm, ss, micro, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            if (self._tzinfo is None) != (other._tzinfo is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            return timedelta(microseconds=self._us() - other._us())
        return NotImplemented


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


def _strptime(cls, string, fmt):
    import re
    # Each directive accepts only its field's range (so "13" is no month), case-insensitively; whitespace in
    # the format matches any run of whitespace; text left over is an error of its own.
    names = {'Y': r'(?P<Y>\d\d\d\d)', 'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
             'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])', 'H': r'(?P<H>2[0-3]|[01]\d|\d)',
             'M': r'(?P<M>[0-5]\d|\d)', 'S': r'(?P<S>6[01]|[0-5]\d|\d)', 'f': r'(?P<f>\d{1,6})',
             'y': r'(?P<y>\d\d)', 'b': r'(?P<b>[A-Za-z]{3})', 'B': r'(?P<B>[A-Za-z]+)', 'a': r'(?P<a>[A-Za-z]{3})',
             'A': r'(?P<A>[A-Za-z]+)', 'p': r'(?P<p>am|pm)', 'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
             'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
             'w': r'(?P<w>[0-6])', 'u': r'(?P<u>[1-7])', 'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
             'W': r'(?P<W>5[0-3]|[0-4]\d|\d)', 'Z': r'(?P<Z>utc|gmt)', '%': '%',
             'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))'}
    composite = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}
    pattern = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == '%' and i + 1 < len(fmt):
            d = fmt[i + 1]
            if d in composite:
                fmt = fmt[:i] + composite[d] + fmt[i + 2:]
                continue
            if d not in names:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
            pattern.append(names[d])
            i += 2
        elif c == '%':
            raise ValueError("stray %% in format '%s'" % fmt)
        elif c.isspace():
            pattern.append(r'\s+')
            while i < len(fmt) and fmt[i].isspace():
                i += 1
        else:
            pattern.append(re.escape(c))
            i += 1
    m = re.match(''.join(pattern), string, re.IGNORECASE)
    if m is None:
        raise ValueError("time data %r does not match format %r" % (string, fmt))
    if m.end() != len(string):
        raise ValueError("unconverted data remains: %s" % string[m.end():])
    g = m.groupdict()
    year = int(g['Y']) if g.get('Y') else (2000 + int(g['y']) if int(g['y']) < 69 else 1900 + int(g['y'])) if g.get('y') else 1900
    month = int(g['m']) if g.get('m') else 1
    if g.get('b'):
        month = [n.lower() if n else n for n in _MONTHNAMES].index(g['b'].lower())
    if g.get('B'):
        month = [n.lower() if n else n for n in _FULLMONTHNAMES].index(g['B'].lower())
    day = int(g['d']) if g.get('d') else 1
    hour = int(g['H']) if g.get('H') else 0
    if g.get('I'):
        hour = int(g['I']) % 12
        if g.get('p') and g['p'].upper() == 'PM':
            hour += 12
    minute = int(g['M']) if g.get('M') else 0
    second = int(g['S']) if g.get('S') else 0
    micro = int((g['f'] + '000000')[:6]) if g.get('f') else 0
    tz = None
    if g.get('z'):
        z = g['z']
        if z == 'Z':
            tz = timezone.utc
        else:
            digits = z[1:].replace(':', '')
            frac = digits[6:]
            delta = timedelta(hours=int(digits[0:2]), minutes=int(digits[2:4]), seconds=int(digits[4:6] or 0),
                              microseconds=int((frac[1:] + '000000')[:6]) if frac else 0)
            tz = timezone(-delta if z[0] == '-' else delta)
    result = cls(year, month, day, hour, minute, second, micro, tz)
    if g.get('j'):
        result = result.replace(month=1, day=1) + timedelta(days=int(g['j']) - 1)
    return result
