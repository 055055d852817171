"""Working-time calendar used to place scenario timestamps: Europe/Berlin, Mon-Fri 08:00-18:00,
public holidays of Berlin (BE). All instants are timezone-aware datetimes; arithmetic is done on
POSIX timestamps so that the DST switch (25.10.2026) cannot skew a difference."""

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")
UTC = timezone.utc
OPEN_HOUR, CLOSE_HOUR = 8, 18
DAY_SECONDS = (CLOSE_HOUR - OPEN_HOUR) * 3600
HOUR = 3600


def easter(year):
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def berlin_holidays(year):
    """Public holidays in the state of Berlin: the nationwide ones plus 8 March (since 2019).
    Reformation Day (31.10.) and Day of Repentance are NOT holidays in Berlin."""
    e = easter(year)
    days = {
        date(year, 1, 1): "Neujahr",
        date(year, 3, 8): "Internationaler Frauentag (BE)",
        e - timedelta(days=2): "Karfreitag",
        e + timedelta(days=1): "Ostermontag",
        date(year, 5, 1): "Tag der Arbeit",
        e + timedelta(days=39): "Christi Himmelfahrt",
        e + timedelta(days=50): "Pfingstmontag",
        date(year, 10, 3): "Tag der Deutschen Einheit",
        date(year, 12, 25): "1. Weihnachtstag",
        date(year, 12, 26): "2. Weihnachtstag",
    }
    return days


HOLIDAYS = {}
for _y in (2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027):
    HOLIDAYS.update(berlin_holidays(_y))


def is_working_day(d):
    return d.weekday() < 5 and d not in HOLIDAYS


def at(y, m, d, hh=0, mm=0, ss=0):
    """A Berlin wall-clock time as an aware UTC datetime."""
    return datetime(y, m, d, hh, mm, ss, tzinfo=BERLIN).astimezone(UTC)


def local(t):
    return t.astimezone(BERLIN)


def _bounds(d):
    o = datetime(d.year, d.month, d.day, OPEN_HOUR, tzinfo=BERLIN).timestamp()
    c = datetime(d.year, d.month, d.day, CLOSE_HOUR, tzinfo=BERLIN).timestamp()
    return o, c


def wt(a, b):
    """Working seconds in [a, b); 0 when b <= a."""
    if b <= a:
        return 0.0
    ta, tb = a.timestamp(), b.timestamp()
    d, end = local(a).date(), local(b).date()
    total = 0.0
    while d <= end:
        if is_working_day(d):
            o, c = _bounds(d)
            lo, hi = max(o, ta), min(c, tb)
            if hi > lo:
                total += hi - lo
        d += timedelta(days=1)
    return total


def addw(t, seconds):
    """The instant `seconds` of working time after t (t itself may lie outside opening hours)."""
    ts = t.timestamp()
    d = local(t).date()
    left = float(seconds)
    while True:
        if is_working_day(d):
            o, c = _bounds(d)
            start = max(o, ts)
            if start < c:
                avail = c - start
                if left <= avail:
                    return datetime.fromtimestamp(round(start + left), UTC)
                left -= avail
        d += timedelta(days=1)


def working_days_between(d1, d2):
    """Number of working days in (d1, d2] (date arithmetic for date-only precision)."""
    n, d = 0, d1
    while d < d2:
        d += timedelta(days=1)
        if is_working_day(d):
            n += 1
    return n


def working_days(start, end):
    """All working days from start to end inclusive."""
    out, d = [], start
    while d <= end:
        if is_working_day(d):
            out.append(d)
        d += timedelta(days=1)
    return out


# --- formats ---------------------------------------------------------------------------------

def fmt_sf(t):
    """Salesforce API datetime: 2026-10-05T07:14:00.000+0000 (UTC)."""
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000+0000")


def fmt_hs(t):
    """HubSpot export datetime, portal time zone (Europe/Berlin), minute precision."""
    return local(t).strftime("%Y-%m-%d %H:%M")


def fmt_de(t):
    return local(t).strftime("%d.%m.%Y %H:%M")


def fmt_iso(t):
    """ISO 8601 with the Berlin offset, as flags.csv writes timestamps."""
    return local(t).isoformat(timespec="seconds")


def floor_minute(t):
    return t.replace(second=0, microsecond=0)
