package dev.krait.runtime;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The calendar side of {@code time}: struct_time, gmtime/localtime/mktime, strftime, asctime/ctime and the time
 * zone attributes, on java.time with the JVM's default zone as the local one.
 */
final class TimeCalendar {
    private TimeCalendar() {}

    static final PyType STRUCT_TIME = VersionInfo.recordType("time", "struct_time");
    private static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
        "tm_yday", "tm_isdst"};
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
        "Dec"};

    static void install(ModuleDef d) {
        STRUCT_TIME.setConstructor((cls, a, k) -> {
            ArgParser p = new ArgParser("struct_time", a, k, 0, "sequence", "dict");
            PyObject seq = p.required(0, "sequence");
            java.util.List<PyObject> items = new java.util.ArrayList<>();
            PyObject it = seq.iter();
            for (PyObject x = it.next(); x != null; x = it.next()) items.add(x);
            if (items.size() < 9 || items.size() > 11) {
                throw Errors.typeError("time.struct_time() takes an at least 9-sequence (" + items.size() + "-sequence given)");
            }
            return record(items.subList(0, 9).toArray(new PyObject[0]),
                    items.size() > 9 ? items.get(9) : PyNone.NONE, items.size() > 10 ? items.get(10) : PyNone.NONE);
        });
        ZoneId zone = ZoneId.systemDefault();
        ZonedDateTime jan = ZonedDateTime.of(LocalDateTime.of(Year.now(), 1, 1, 0, 0), zone);
        ZonedDateTime jul = ZonedDateTime.of(LocalDateTime.of(Year.now(), 7, 1, 0, 0), zone);
        int stdOffset = Math.min(jan.getOffset().getTotalSeconds(), jul.getOffset().getTotalSeconds());
        int dstOffset = Math.max(jan.getOffset().getTotalSeconds(), jul.getOffset().getTotalSeconds());
        boolean hasDst = stdOffset != dstOffset;
        String stdName = zoneName(jan.getOffset().getTotalSeconds() == stdOffset ? jan : jul);
        String dstName = hasDst ? zoneName(jan.getOffset().getTotalSeconds() == dstOffset ? jan : jul) : stdName;
        d.set("struct_time", STRUCT_TIME)
                .set("timezone", PyInt.of(-stdOffset))
                .set("altzone", PyInt.of(-dstOffset))
                .set("daylight", PyInt.of(hasDst ? 1 : 0))
                .set("tzname", PyTuple.of(PyStr.of(stdName), PyStr.of(dstName)));
        d.fn("gmtime", () -> fromInstant(Instant.now(), ZoneOffset.UTC))
                .also("gmtime", (Fn.F1) s -> fromInstant(instant(s), ZoneOffset.UTC));
        d.fn("localtime", () -> fromInstant(Instant.now(), zone))
                .also("localtime", (Fn.F1) s -> fromInstant(instant(s), zone));
        d.fn("mktime", (Fn.F1) t -> {
            PyObject[] f = fields(t, "mktime");
            LocalDateTime ldt = LocalDateTime.of((int) num(f[0]), 1, 1, 0, 0).plusMonths(num(f[1]) - 1)
                    .plusDays(num(f[2]) - 1).plusHours(num(f[3])).plusMinutes(num(f[4])).plusSeconds(num(f[5]));
            return new PyFloat(ldt.atZone(zone).toEpochSecond());
        });
        d.fn("strftime", (Fn.F1) fmt -> PyStr.of(strftime(fmt.str(), fromInstant(Instant.now(), zone))))
                .also("strftime", (Fn.F2) (fmt, t) -> PyStr.of(strftime(fmt.str(), t)));
        d.fn("asctime", () -> PyStr.of(asctime(fromInstant(Instant.now(), zone))))
                .also("asctime", (Fn.F1) t -> PyStr.of(asctime(fields(t, "asctime"))));
        d.fn("ctime", () -> PyStr.of(asctime(fromInstant(Instant.now(), zone))))
                .also("ctime", (Fn.F1) s -> PyStr.of(asctime(fromInstant(instant(s), zone))));
    }

    private static final class Year {
        static int now() {
            return java.time.Year.now().getValue();
        }
    }

    private static String zoneName(ZonedDateTime t) {
        String n = t.getZone().getDisplayName(TextStyle.SHORT, Locale.ROOT);
        if (t.getZone() instanceof ZoneOffset || n.equals("Z") || n.equals("GMT") || n.equals("UTC")) {
            return t.getOffset().getTotalSeconds() == 0 ? "UTC" : n;
        }
        return java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ROOT).format(t);
    }

    private static Instant instant(PyObject secs) {
        if (secs == PyNone.NONE) return Instant.now();
        double s = FloatMethods.toDouble(secs);
        if (Double.isNaN(s)) throw Errors.valueError("Invalid value NaN (not a number)");
        if (Math.abs(s) > 1e17) throw Errors.make(ExceptionTypes.OVERFLOW_ERROR, "timestamp out of range for platform time_t");
        long whole = (long) Math.floor(s);
        return Instant.ofEpochSecond(whole);
    }

    private static PyObject record(PyObject[] nine, PyObject zone, PyObject gmtoff) {
        return VersionInfo.record(STRUCT_TIME, FIELDS, nine, new String[] {"tm_zone", "tm_gmtoff"},
                new PyObject[] {zone, gmtoff});
    }

    static PyObject fromInstant(Instant i, ZoneId zone) {
        ZonedDateTime t = i.atZone(zone);
        boolean dst = zone.getRules().isDaylightSavings(i);
        PyObject[] v = {PyInt.of(t.getYear()), PyInt.of(t.getMonthValue()), PyInt.of(t.getDayOfMonth()),
            PyInt.of(t.getHour()), PyInt.of(t.getMinute()), PyInt.of(t.getSecond()),
            PyInt.of(t.getDayOfWeek().getValue() - 1), PyInt.of(t.getDayOfYear()), PyInt.of(dst ? 1 : 0)};
        String name = zone == ZoneOffset.UTC ? "GMT" : zoneName(t);
        return record(v, PyStr.of(name), PyInt.of(t.getOffset().getTotalSeconds()));
    }

    private static PyObject[] fields(PyObject t, String fn) {
        PyObject[] f = new PyObject[9];
        if (t instanceof PyTuple tu && tu.items.length >= 9) {
            System.arraycopy(tu.items, 0, f, 0, 9);
            return f;
        }
        if (!(t instanceof PyTuple)) {
            throw Errors.typeError("Tuple or struct_time argument required");
        }
        throw Errors.typeError(fn + "(): illegal time tuple argument");
    }

    private static long num(PyObject o) {
        return Protocol.index(o);
    }

    static String asctime(PyObject t) {
        return asctime(fields(t, "asctime"));
    }

    static String asctime(PyObject[] f) {
        return String.format("%s %s %2d %02d:%02d:%02d %d", DAYS[(int) Math.floorMod(num(f[6]), 7)],
                MONTHS[(int) Math.max(0, Math.min(11, num(f[1]) - 1))], num(f[2]), num(f[3]), num(f[4]), num(f[5]), num(f[0]));
    }

    private static String strftime(String fmt, PyObject t) {
        return strftime(fmt, fields(t, "strftime"), t);
    }

    private static String strftime(String fmt, PyObject[] f, PyObject whole) {
        long year = num(f[0]);
        int mon = (int) num(f[1]);
        int mday = (int) num(f[2]);
        int hour = (int) num(f[3]);
        int min = (int) num(f[4]);
        int sec = (int) num(f[5]);
        int wday = (int) Math.floorMod(num(f[6]), 7);
        int yday = (int) num(f[7]);
        if (mon < 0 || mon > 12) throw Errors.valueError("month out of range");
        if (mday < 0 || mday > 31) throw Errors.valueError("day of month out of range");
        if (hour < 0 || hour > 23) throw Errors.valueError("hour out of range");
        if (min < 0 || min > 59) throw Errors.valueError("minute out of range");
        if (sec < 0 || sec > 61) throw Errors.valueError("seconds out of range");
        if (yday < 0 || yday > 366) throw Errors.valueError("day of year out of range");
        mon = Math.max(mon, 1);
        mday = Math.max(mday, 1);
        yday = Math.max(yday, 1);
        String[] longDays = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
        String[] longMonths = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) {
                out.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            switch (d) {
                case 'Y' -> out.append(year);
                case 'y' -> out.append(String.format("%02d", Math.floorMod(year, 100)));
                case 'C' -> out.append(String.format("%02d", Math.floorDiv(year, 100)));
                case 'm' -> out.append(String.format("%02d", mon));
                case 'd' -> out.append(String.format("%02d", mday));
                case 'e' -> out.append(String.format("%2d", mday));
                case 'H' -> out.append(String.format("%02d", hour));
                case 'I' -> out.append(String.format("%02d", hour % 12 == 0 ? 12 : hour % 12));
                case 'M' -> out.append(String.format("%02d", min));
                case 'S' -> out.append(String.format("%02d", sec));
                case 'p' -> out.append(hour < 12 ? "AM" : "PM");
                case 'j' -> out.append(String.format("%03d", yday));
                case 'a' -> out.append(DAYS[wday]);
                case 'A' -> out.append(longDays[wday]);
                case 'b', 'h' -> out.append(MONTHS[mon - 1]);
                case 'B' -> out.append(longMonths[mon - 1]);
                case 'w' -> out.append((wday + 1) % 7);
                case 'u' -> out.append(wday + 1);
                case 'U' -> out.append(String.format("%02d", (yday + 6 - (wday + 1) % 7) / 7));
                case 'W' -> out.append(String.format("%02d", (yday + 6 - wday) / 7));
                case 'c' -> out.append(String.format("%s %s %2d %02d:%02d:%02d %d", DAYS[wday], MONTHS[mon - 1], mday, hour, min, sec, year));
                case 'x' -> out.append(String.format("%02d/%02d/%02d", mon, mday, Math.floorMod(year, 100)));
                case 'X' -> out.append(String.format("%02d:%02d:%02d", hour, min, sec));
                case 'D' -> out.append(String.format("%02d/%02d/%02d", mon, mday, Math.floorMod(year, 100)));
                case 'F' -> out.append(String.format("%d-%02d-%02d", year, mon, mday));
                case 'T' -> out.append(String.format("%02d:%02d:%02d", hour, min, sec));
                case 'R' -> out.append(String.format("%02d:%02d", hour, min));
                case 'r' -> out.append(String.format("%02d:%02d:%02d %s", hour % 12 == 0 ? 12 : hour % 12, min, sec, hour < 12 ? "AM" : "PM"));
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'G' -> out.append(isoYear(year, mon, mday));
                case 'V' -> out.append(String.format("%02d", isoWeek(year, mon, mday)));
                case 'Z' -> out.append(extra(whole, "tm_zone", ""));
                case 'z' -> {
                    PyObject off = whole == null ? PyNone.NONE : whole.lookupAttr("tm_gmtoff");
                    if (off instanceof PyInt o) {
                        long s = o.v;
                        out.append(s < 0 ? '-' : '+');
                        s = Math.abs(s);
                        out.append(String.format("%02d%02d", s / 3600, (s / 60) % 60));
                    }
                }
                case '%' -> out.append('%');
                default -> out.append('%').append(d);
            }
        }
        return out.toString();
    }

    private static String extra(PyObject t, String name, String dflt) {
        if (t == null) return dflt;
        PyObject v = t.lookupAttr(name);
        return v == null || v == PyNone.NONE ? dflt : v.str();
    }

    private static int isoYear(long year, int mon, int mday) {
        return java.time.LocalDate.of((int) year, mon, mday).get(java.time.temporal.IsoFields.WEEK_BASED_YEAR);
    }

    private static int isoWeek(long year, int mon, int mday) {
        return java.time.LocalDate.of((int) year, mon, mday).get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
