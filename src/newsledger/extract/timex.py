"""Time expressions in news sentences, resolved against the publication date.

Why not dateparser alone: `dateparser.search` turns bare numbers and durations into dates
("12,000", "in two months") and does not know the vague calendar words reports lean on
("last fall", "mid-January", "the first week of February", "since early December").
So candidate spans are found by our own patterns, which only accept shapes that really are
times, and each span is resolved to a calendar interval by our own rules: the vague words,
the year of year-less dates (the latest occurrence not after the publication date plus a
few days, or the next one when the clause looks ahead), and the exact shapes whose parts the
pattern already holds (explicit dates, "two weeks ago", "yesterday"). Those once went through
dateparser; its first call compiles every timezone and locale pattern (about a quarter
second per process) to return what date arithmetic gives, and tests/test_timex.py checks
that the two still agree.

Values follow the gold convention: "YYYY-MM-DD", "YYYY-MM", or "YYYY-MM-DD/YYYY-MM-DD".
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

from newsledger.model import TimeRef

Interval = tuple[date, date]

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "few": 3, "several": 3,
}
# Meteorological seasons, northern hemisphere: (first month, last month); winter spans the new year.
SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2)}
# Thirds of a month (days) and of a year (months) for early/mid/late.
PART_DAYS = {"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20), "middle": (11, 20),
             "late": (21, 31), "end": (21, 31)}
PART_MONTHS = {"early": (1, 4), "beginning": (1, 4), "start": (1, 4), "mid": (5, 8), "middle": (5, 8),
               "late": (9, 12), "end": (9, 12)}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1,
            "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
FEW_DAYS = 7  # a year-less date may lie this far after publication ("on Feb. 28" in a Feb. 27 report)

_MON_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MON_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
MON = rf"(?:{_MON_FULL}|(?:{_MON_ABBR})\.?)(?![a-z])"
MON_BARE = rf"(?:{_MON_FULL}|(?:{_MON_ABBR})\.)(?![a-z])"  # a month standing alone: no "Mar" without its period
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d%]|,\d{3})"
YEAR = r"(?P<year>(?:1[89]|20)\d{2})(?![\d%]|s\b|,\d{3}|\.\d|\s+block\b)"  # ("the 1800 block of Cornelia St.": an address)
OPT_YEAR = rf"(?:,?\s+{YEAR})?"
NUM = r"(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
NUM_FEW = NUM[:-1] + "|few|several)"  # spans ahead only: "the next few weeks" (not "a few years ago": vague)
WD = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

# The last word of an event's name ("the 2019 Rowan Fire", "the 2020 Census"): its year dates
# it; a document's ("the 2014 American Community Survey") names a source instead.
_EVENT_NAMES = (r"(?:Fires?|Floods?|Earthquake|Quake|Storm|Hurricane|Typhoon|Cyclone|Games|Olympics|Cup|Elections?|"
                r"Census|Crisis|Strike|Riots?|Protests?|Outbreak|Pandemic|Summit|Marathon|Festival|Championships?|Drought|"
                r"[Ff]inals?|Series|[Pp]layoffs|Open|Referendum|Tour)")

# ... and "the 1989 Hillsborough stadium disaster": a named calamity, in lower case after its name
_DISASTERS = (r"(?:disaster|tragedy|massacre|bombings?|attacks?|crash|collapse|blast|explosion|shooting|uprising|coup|invasion|"
              r"referendum|blaze|fire|wildfire|flood|storm|earthquake|quake)")

# Clause-local cues that a year-less date or weekday lies ahead ("will meet on Feb. 28").
FUTURE_CUE = re.compile(
    r"\b(?:will|shall|'ll|would|could(?!\s+(?:not|have|n't))|might(?!\s+have)|should(?!\s+(?:not\s+)?have)|is due to|are due to|due to start|"
    r"scheduled|is set to|are set to|plans?\s+(?:to|an?)|planned|upcoming|expected|expects?|forecasts?|forecast|"
    r"predicts?|(?-i:projects?)|projected|until|till|chance\s+(?:of|for)|likelihood\s+of|odds\s+of|"
    r"hop(?:es|ing)\s+to|aim(?:s|ing)?\s+to|seek(?:s|ing)?\s+to|next\s+(?:on|in))\b",  # "debate next on Oct. 16"
    re.I,
)
# "by" a date, in a clause with a modal before it: the date is ahead ("could reach 5 million by July 24")
_BY_AHEAD = re.compile(r"(?i)\b(?:will|would|could|may|might|shall|'ll)\b(?:[^.;:!?]|\.(?=\d))*\bby\s+$")
# "with a target of 165,215 points by December 25": a target's date is ahead of the report
_TARGET_BY = re.compile(r"(?i)\b(?:targets?|goals?|deadline)\b(?:[^.;:!?]|\.(?=\d)){0,60}\bby\s+$")
_TARGET_MET = re.compile(r"(?i)\b(?:met|reached|hit|achieved|missed|exceeded|surpassed|beat|was|were|had)\b")
_BY_OPENS = re.compile(r"(?i)by\s+")  # a time span that takes its "by" in ("by July 24")
_BY_ENDS = re.compile(r"(?i)\bby\s+$")  # …or one right after it: the only times _BY_AHEAD is tried
_OUTLOOK_REPORTED = re.compile(r"(?i)\b(?:said|told|reported|announced|predicted|estimated|forecast)\b")
# A modal right after the time's phrase: "a strike in November could strand ..." looks ahead.
_MODAL_AFTER = re.compile(r"\s+(?:(?:\w+\s+){0,1}?(?:could|would|will|might|may|(?:is|are)\s+(?:expected|likely|due|set|forecast|"
                          r"predicted|projected)\s+to)|(?:we|they|I|you|he|she|it)['’]ll)\b(?!\s+(?:not\s+)?have\b)", re.I)
# A past reporting verb right before the time: "said Friday", "announced on Monday".
SAID_ON = re.compile(r"\b(?:said|told\s+\w+|reported|announced|stated|added|confirmed|disclosed)\s+(?:on\s+|late\s+|early\s+)?$", re.I)
PAST_REPORT = re.compile(r"\b(?:said|says|told|reported|announced|stated|added|wrote|confirmed)\b", re.I)


# ---- calendar helpers ----------------------------------------------------------------


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _month(year: int, month: int) -> Interval:
    return date(year, month, 1), _month_end(year, month)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, min(d.day, calendar.monthrange(d.year + y, m + 1)[1]))


def _year_of_month(month: int, pub: date, future: bool, strict: bool = False) -> int:
    """Year of a year-less month: the latest one not after publication (the next one ahead when `future`)."""
    if future:
        return pub.year if (month > pub.month or (month == pub.month and not strict)) else pub.year + 1
    return pub.year if (month < pub.month or (month == pub.month and not strict)) else pub.year - 1


def format_value(iv: Interval) -> str:
    """The gold string for an interval: a day, a whole calendar month, or 'start/end'."""
    a, b = iv
    if a == b:
        return a.isoformat()
    if a.day == 1 and (a.year, a.month) == (b.year, b.month) and b == _month_end(a.year, a.month):
        return f"{a.year:04d}-{a.month:02d}"
    return f"{a.isoformat()}/{b.isoformat()}"


def value_bounds(value: str | None) -> Interval | None:
    """First and last day of a time value ('YYYY', 'YYYY-MM', 'YYYY-MM-DD' or 'a/b'); None on junk."""
    if not value or not isinstance(value, str):
        return None
    if "/" in value:
        left, _, right = value.partition("/")
        a, b = value_bounds(left), value_bounds(right)
        if a is None or b is None or b[1] < a[0]:
            return None
        return a[0], b[1]
    parts = value.strip().split("-")
    try:
        nums = [int(p) for p in parts]
    except ValueError:
        return None
    try:
        if len(nums) == 1:
            return date(nums[0], 1, 1), date(nums[0], 12, 31)
        if len(nums) == 2:
            return _month(nums[0], nums[1])
        if len(nums) == 3:
            d = date(*nums)
            return d, d
    except ValueError:
        return None
    return None


def _pub_date(published: str | None) -> date | None:
    iv = value_bounds(published[:10]) if isinstance(published, str) else None
    return iv[0] if iv else None


# ---- resolvers: one per pattern; each returns an interval or None -----------------------

Handler = Callable[[re.Match[str], date | None, bool], Interval | None]


def _mon(m: re.Match[str], group: str = "month") -> int:
    return MONTHS[m.group(group).rstrip(".").lower()]


def _explicit_year(m: re.Match[str], group: str = "year") -> int | None:
    try:
        y = m.group(group)
    except IndexError:
        return None
    return int(y) if y else None


# A day and month with no year is the nearest such day: the one just past, unless that is most of a
# year gone and the next is only weeks ahead (a report speaks of the coming weeks, not of last year's).
SOON_DAYS = 92
STALE_DAYS = 240


_CONDITIONAL = re.compile(r"(?i)\b(?:if|would|will|could|might|should|unless|scheduled|planned|set\s+to)\b")
_TOLD_AS_PAST = re.compile(r"(?i)\b(?:was|were|had|did|went|came|took|began|fell|rose|saw|left|said|told|[a-z]{3,}ed)\b")


def _not_told_as_past(m: re.Match[str]) -> bool:
    """Whether the words around a year-less day leave it free to be ahead: a condition or a modal
    near it, or no verb in the past tense."""
    near = m.string[max(0, m.start() - 60) : m.end() + 40]
    return bool(_CONDITIONAL.search(near)) or not _TOLD_AS_PAST.search(near)


def _day_date(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    month, day, year = _mon(m), int(m.group("day")), _explicit_year(m)
    if year is not None:
        d = _safe_date(year, month, day)
        return (d, d) if d else None
    if pub is None:
        return None
    options = [d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := _safe_date(y, month, day))]
    if future:
        ahead = [d for d in options if d >= pub - timedelta(days=1)]
        return (ahead[0], ahead[0]) if ahead else None
    past = [d for d in options if d <= pub + timedelta(days=FEW_DAYS)]
    soon = [d for d in options if pub < d <= pub + timedelta(days=SOON_DAYS)]
    if soon and (not past or past[-1] < pub - timedelta(days=STALE_DAYS)) and _not_told_as_past(m):
        # "if the season opens on June 1", in mid-April: the coming June 1, not one ten months gone
        # (but "the flight went missing on March 8", in January: that day is well known and past)
        return (soon[0], soon[0])
    return (past[-1], past[-1]) if past else None


def _day_range(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    first = _day_date(m, pub, future)
    if first is None:
        return None
    end = _safe_date(first[0].year, first[0].month, int(m.group("day2")))
    return (first[0], end) if end and end > first[0] else None


def _iso(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    d = _safe_date(int(m.group("year")), int(m.group("mnum")), int(m.group("day")))
    return (d, d) if d else None


def _month_year(m: re.Match[str], pub: date | None, future: bool, strict: bool = False) -> tuple[int, int] | None:
    month, year = _mon(m), _explicit_year(m)
    if year is None:
        if pub is None:
            return None
        year = _year_of_month(month, pub, future, strict)
    return year, month


def _whole_month(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    prep = (m.groupdict().get("prep") or "").lower()
    ym = None
    if prep in ("last", "past"):  # "last May", "this past May"
        ym = _month_year(m, pub, False, strict=True)
    elif prep == "next":
        ym = _month_year(m, pub, True, strict=True)
    elif prep == "this" and pub is not None:
        ym = (pub.year, _mon(m))
    else:
        ym = _month_year(m, pub, future)
    return _month(*ym) if ym else None


_MONTH_READINGS = (r"(?i:figures?|numbers?|data|report|reading|sales|totals?|jobs|rate|decline|rise|increase|drop|fall|"
                   r"gain|print|inflation|unemployment|tally|count|traffic|output|exports|imports|results|performance|"
                   r"revenues?)\b")


def _month_to_month(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'July-January' in a February report: July to the January just gone, the first month in the
    year before when it comes later in the calendar."""
    end = _month_year(m, pub, future)
    if end is None:
        return None
    first = _mon(m, "m1")
    return date(end[0] if first <= end[1] else end[0] - 1, first, 1), _month_end(*end)


def _month_reported(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'August's sales', 'May's 80.2%': a month's figures are reported once it is under way or over,
    so the last such month up to the report's, whatever tense the sentence looks ahead in."""
    return _whole_month(m, pub, False)


def _month_of_relative_year(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    if pub is None:
        return None
    year = pub.year + {"last": -1, "this": 0, "next": 1}[m.group("rel").lower()]
    return _month(year, _mon(m))


def _century_end(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    if pub is None:
        return None
    year = (pub.year // 100 + 1) * 100
    return date(year, 1, 1), date(year, 12, 31)


def _week_of_month(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    ym = _month_year(m, pub, future)
    if ym is None:
        return None
    start, end = _month(*ym)
    n = ORDINALS[m.group("ord").lower()]
    if n == -1:
        return end - timedelta(days=6), end
    first = start + timedelta(days=7 * (n - 1))
    return first, min(first + timedelta(days=6), end)


def _part_of_month(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    ym = _month_year(m, pub, future)
    if ym is None:
        return None
    part = (m.group("part") or m.group("part2")).lower()
    start, end = _month(*ym)
    if m.group("part2") and part == "end":  # "the end of June" is its last day; "late June" its last third
        return end, end
    if m.group("part2") and part in ("start", "beginning"):  # "cash at the start of March": its first day
        return start, start
    lo, hi = PART_DAYS[part]
    return start.replace(day=lo), min(end, start.replace(day=min(hi, end.day)))


def _part_of_year(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    year = _explicit_year(m)
    if year is None:
        if pub is None:
            return None
        rel = (m.groupdict().get("rel") or "this").lower()
        year = pub.year + {"last": -1, "next": 1}.get(rel, 0)
    part = (m.group("part") or m.group("part2")).lower()
    lo, hi = PART_MONTHS[part]
    if m.groupdict().get("part2") and part == "end":  # "the end of 2024": its December
        lo = hi
    return date(year, lo, 1), _month_end(year, hi)


def _part_of_this_month(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    if pub is None:
        return None
    base = _add_months(pub.replace(day=1), {"last": -1, "next": 1}.get((m.group("rel") or "this").lower(), 0))
    lo, hi = PART_DAYS[m.group("part").lower()]
    end = _month_end(base.year, base.month)
    return base.replace(day=lo), base.replace(day=min(hi, end.day))


def _quarter(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'the second quarter of 2024'; without a year, the latest such quarter begun by
    publication ('sales in the second quarter' in a July report), or the next when ahead."""
    n, unit = ORDINALS[m.group("ord").lower()], m.group("unit").lower()
    size = 3 if unit == "quarter" else 6
    count = 12 // size
    n = count if n == -1 else n
    if n > count:
        return None
    year = _explicit_year(m)
    if year is None:
        if pub is None:
            return None
        rel = (m.groupdict().get("rel") or m.groupdict().get("rel2") or "").lower()  # ("the first quarter of last year")
        year = pub.year + {"last": -1, "next": 1}.get(rel, 0)
        first = date(year, (n - 1) * size + 1, 1)
        if not rel and not future and first > pub:
            year -= 1
        elif not rel and future and _month_end(year, n * size) < pub:
            year += 1
    return date(year, (n - 1) * size + 1, 1), _month_end(year, n * size)


def _half_code(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'H1 2024', '2H23': a calendar half-year written the analysts' way, with its year."""
    n = int(m.group("hn") or m.group("hn_") or m.group("hn2"))
    yy = m.group("yy") or m.group("yy2")
    year = int(m.group("year")) if m.group("year") else 2000 + int(yy)
    return date(year, 1 if n == 1 else 7, 1), _month_end(year, 6 if n == 1 else 12)


def _quarter_code(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'Q3', 'Q3 2019', '3Q19', "Q3'19": a results quarter written the analysts' way; without a
    year, the latest third quarter begun by publication, as for 'the third quarter'."""
    n = int(m.group("qn") or m.group("qn2"))
    yy = m.group("yy") or m.group("yy2")
    year = int(m.group("year")) if m.group("year") else 2000 + int(yy) if yy else None
    if year is None:
        if pub is None:
            return None
        year = pub.year
        first = date(year, (n - 1) * 3 + 1, 1)
        if not future and first > pub:
            year -= 1
        elif future and _month_end(year, n * 3) < pub:
            year += 1
    return date(year, (n - 1) * 3 + 1, 1), _month_end(year, n * 3)


def _year_to_date(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'year to date', 'YTD': from 1 January of the publication year to publication."""
    return (date(pub.year, 1, 1), pub) if pub else None


def _months_to(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'in the nine months to September': the N months that end with that month; 'the 12 months
    to 23 July', 'the four weeks to 23 July': the span that ends on that day."""
    n, unit = _count(m), m.group("unit").lower()
    ym = _month_year(m, pub, future)  # a forecast's "six months to October" is ahead
    if ym is None:
        return None
    day = m.group("day") or m.group("dday")
    if day:
        end_day = _safe_date(ym[0], ym[1], int(day))
        if end_day is None:
            return None
        if unit == "week":
            return end_day - timedelta(days=7 * n - 1), end_day
        if end_day != _month_end(*ym):  # (the six months ended Sept. 30 are whole months)
            return _add_months(end_day, -n * (12 if unit == "year" else 1)) + timedelta(days=1), end_day
    elif unit == "week":
        return None  # ("the two weeks to July": no day to count back from)
    end_day = _month_end(*ym)
    months = n * (12 if unit == "year" else 1)
    start = _add_months(end_day.replace(day=1), -(months - 1))
    return start, end_day


def _years_to_year(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'over the 14 years to 2019': the N whole years that end with that year."""
    n, year = _count(m), int(m.group("year"))
    if not 1 <= n <= 200:
        return None
    return date(year - n + 1, 1, 1), date(year, 12, 31)


def _year_to(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'in the year to October 31', 'the financial year ending March 31, 2005': the twelve months
    (a fiscal year is `_fiscal_year_bounded`'s)
    that close on that day (or month). Without a year, 'ended' is the last such day before the
    report; 'to' and 'ending' the one nearest it, since results look back to a year just closed
    and forecasts ahead to one about to close."""
    month = _mon(m)
    year = _explicit_year(m)
    given = m.group("day") or m.group("dfirst")  # "the year to 31 December 2025" writes the day first
    day = int(given) if given else None
    if day is None and m.group("verb").lower() == "to" and not m.group("kind") and year is None:
        # "prices rose 7.2 percent in the year to April": the annual rate as of that month (an account's
        # "revenue of £26m in the year to May 2025" names its year, and covers the twelve months)
        ym = _month_year(m, pub, False)
        return (date(ym[0], ym[1], 1), _month_end(*ym)) if ym else None

    end = _closing_edge(month, day, year, pub, _closed(m, future))
    if end is None:
        return None
    return _add_months(end, -12) + timedelta(days=1), end


# A past report of results before the span: "In May, Ted Baker reported a loss of £38.4m in the year to 30 January".
_RESULTS_REPORTED = re.compile(r"(?i)\b(?:reported|posted|recorded|booked|announced|made|lost|earned)\b(?:[^.;]|\.(?=\d))*$")


def _closed(m: re.Match[str], future: bool) -> bool:
    """Is the span one already closed: 'ended', or results reported in the past tense before it?"""
    return m.group("verb").lower() == "ended" or (not future and _RESULTS_REPORTED.search(m.string, 0, m.start()) is not None)


def _closed_in_clause(m: re.Match[str], future: bool) -> bool:
    """'It reported that sales fell 7.7% for the fiscal year ending February 1': results reported in the
    span's own clause (not "lost two clients in March and now sees $5 billion for the year ending June 30")."""
    before = m.string[: m.start()]
    cut = max(before.rfind(" and "), before.rfind(";"), before.rfind(", "))
    clause = before[cut + 1 :] if cut >= 0 else before
    return not future and _RESULTS_REPORTED.search(clause) is not None and not FORECAST_WORDS.search(clause)


FORECAST_WORDS = re.compile(r"(?i)\b(?:sees?|expects?|forecasts?|projects?|guides?|targets?|predicts?|estimates?)\b")


def _closing_edge(month: int, day: int | None, year: int | None, pub: date | None, ended: bool) -> date | None:
    """The day a span closes on ('to October 31', 'ended June'): in the year given; else for 'ended'
    the last such day before the report, and otherwise the one nearest it."""
    def edge(y: int) -> date | None:
        return _safe_date(y, month, day) if day else _month_end(y, month)

    if year is not None:
        return edge(year)
    if pub is None:
        return None
    edges = [d for y in range(pub.year - 1, pub.year + 2) if (d := edge(y)) is not None]
    before = [d for d in edges if d <= pub]
    if ended and before:
        return before[-1]
    return min(edges, key=lambda d: abs((d - pub).days)) if edges else None


SPAN_MONTHS = {"quarter": 3, "half": 6, "half year": 6, "half-year": 6}  # ("the six months to" is `_months_to`'s)


def _span_to(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'in the quarter to the end of June': the months of that span closing with that month (or day);
    without a year the closing nearest the report, or for 'ended' the last one before it."""
    months = SPAN_MONTHS.get(" ".join(m.group("span").lower().split()))
    if months is None:
        return None
    month, year = _mon(m), _explicit_year(m)
    given = m.group("day") or m.group("dfirst")
    day = int(given) if given else None

    end = _closing_edge(month, day, year, pub, _closed(m, future))
    if end is None:
        return None
    return _add_months(end.replace(day=1), -(months - 1)), _month_end(end.year, end.month)


def _overnight(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'overnight' in a report: the night before publication, so the two days around it."""
    return (pub - timedelta(days=1), pub) if pub else None


def _full_year(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'full-year revenue', 'the full-year forecast': the publication's calendar year."""
    return (date(pub.year, 1, 1), date(pub.year, 12, 31)) if pub else None


def _season_of(name: str, year: int) -> Interval:
    first, last = SEASONS[name]
    if first > last:  # winter: December of `year` to February of the next
        return date(year, first, 1), _month_end(year + 1, last)
    return date(year, first, 1), _month_end(year, last)


def _season_of_relative_year(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    if pub is None:
        return None
    return _season_of(m.group("season").lower(), pub.year + {"last": -1, "this": 0, "next": 1}[m.group("yrel").lower()])


def _season(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    name = m.group("season").lower()
    year = _explicit_year(m)
    if year is not None:
        return _season_of(name, year)
    if pub is None:
        return None
    rel = m.group("rel").lower()
    if rel in ("last", "past"):  # the latest such season already over
        year = pub.year
        while _season_of(name, year)[1] >= pub:
            year -= 1
        return _season_of(name, year)
    if rel == "next":
        year = pub.year - 1
        while _season_of(name, year)[0] <= pub:
            year += 1
        return _season_of(name, year)
    if name == "winter" and pub.month <= SEASONS["winter"][1]:
        return _season_of(name, pub.year - 1)
    this = _season_of(name, pub.year)
    if not future and not FUTURE_CUE.search(m.string) and this[0] > pub and (pub - _season_of(name, pub.year - 1)[1]).days <= 120:
        return _season_of(name, pub.year - 1)  # "this winter, they built four", said in May: the one just past
    return this


def _year(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    if (m.groupdict().get("prep") or "").lower() == "before":
        return None  # "Before 2019, lawyers could charge a 100% uplift": any time up to then, not 2019
    year = int(m.group("year"))
    return date(year, 1, 1), date(year, 12, 31)


def _year_span(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'2020-21', '2019–2022': from the first year's start to the second's end, when the second follows."""
    y1, tail = int(m.group("y1")), m.group("y2")
    y2 = int(tail) if len(tail) == 4 else y1 // 100 * 100 + int(tail)
    if not 0 < y2 - y1 <= 10:
        return None  # "2020-12" is a month, "1999-01" too; a long stretch is rarely a span
    return date(y1, 1, 1), date(y2, 12, 31)


def _decade(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'the 1990s': those ten years; 'the 1300s': that century (a round hundred names one)."""
    start = int(m.group("dec"))
    span = 100 if start % 100 == 0 else 10
    part = (m.groupdict().get("part") or "").lower()
    if part:  # "the early 1990s": 1990-1993; "mid-": 1994-1996; "late": 1997-1999 ("the early 2000s" too)
        lo, hi = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}[part]
        first, last = date(start + lo, 1, 1), date(start + hi, 12, 31)
    else:
        first, last = date(start, 1, 1), date(start + span - 1, 12, 31)
    if m.group(0).lower().startswith("since") and pub is not None and pub > first:
        return first, pub  # "61% of extinctions since the 1500s": from then until now
    return first, last


def _week_start(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'to begin the week', 'at the start of the week': the Monday of the report's week."""
    if pub is None:
        return None
    monday = pub - timedelta(days=pub.weekday())
    return monday, monday


def _fiscal_year(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    year = m.group("year") or m.group("yy")
    y = int(year) if len(year) == 4 else 2000 + int(year)
    return date(y, 1, 1), date(y, 12, 31)


def _fiscal_year_bounded(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'this fiscal year, which ends Sept. 30', 'last fiscal year, which began July 1': the
    twelve months the text bounds, the year in progress (or the one before or after) at publication."""
    if pub is None:
        return None
    month, day = _mon(m), int(m.group("day"))
    rel = (m.group("rel") or "this").lower()
    verb = m.group("verb").lower()
    ends = verb.startswith("end") or verb in ("to", "through")
    year = _explicit_year(m)
    if year is not None:  # "the fiscal year ended August 31, 1986": bounded by that very day
        edge = _safe_date(year, month, day)
        if edge is None:
            return None
        return (_add_months(edge, -12) + timedelta(days=1), edge) if ends else (edge, _add_months(edge, 12) - timedelta(days=1))
    edges = [d for y in range(pub.year - 2, pub.year + 3) if (d := _safe_date(y, month, day)) is not None]
    if ends and not m.group("rel") and (verb == "ended" or verb == "ending" and _closed_in_clause(m, future)):
        # "the fiscal year ended June 30", "reported … for the fiscal year ending February 1": the one just closed
        end = [d for d in edges if d <= pub][-1]
        return _add_months(end, -12) + timedelta(days=1), end
    if ends:  # the year in progress ends on the first such day from publication on
        current = next(d for d in edges if d >= pub)
        end = {"last": _add_months(current, -12), "next": _add_months(current, 12)}.get(rel, current)
        return _add_months(end, -12) + timedelta(days=1), end
    current = [d for d in edges if d <= pub][-1]  # ... or began on the last one before it
    start = {"last": _add_months(current, -12), "next": _add_months(current, 12)}.get(rel, current)
    return start, _add_months(start, 12) - timedelta(days=1)


def _relative_day(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    if pub is None:
        return None
    word = re.sub(r"\s+", " ", m.group(0).lower())
    if word == "last night":
        d = pub - timedelta(days=1)
    elif word.startswith("the day before"):
        d = pub - timedelta(days=2)
    elif word in ("today", "tonight"):
        d = pub
    elif word == "tomorrow":
        d = pub + timedelta(days=1)
    elif word == "yesterday":
        d = pub - timedelta(days=1)
    else:  # this morning / afternoon / evening; "by nightfall" (today's)
        d = pub
    return (d, d) if d else None


def _relative_period(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """this/last/next/past week, month, year; 'earlier this month'; 'so far this year'."""
    if pub is None:
        return None
    mod = (m.group("mod") or "").lower()
    rel, unit = m.group("rel").lower(), m.group("unit").lower()
    fiscal = bool(m.group("fiscal"))  # "the next fiscal year" is the coming one, "the last fiscal year" the one closed
    if rel == "next" and m.group("the") and not future and not fiscal:
        return None  # "The next year, the group released two videos": the year after the story's, not ours
    rolling = not fiscal and (rel == "past" or (rel == "last" and m.group("the")))
    if rolling:
        delta = {"week": timedelta(days=7), "month": timedelta(days=30), "year": timedelta(days=365)}[unit]
        return pub - delta, pub
    return _calendar_period(pub, {"last": -1, "past": -1, "next": 1}.get(rel, 0), unit, mod)


def _the_period_so_far(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'earlier in the week', 'later in the month', 'on the year so far', 'a $316 rise on the day so
    far': the report's own week, month, year or day, up to (or from) the day of the report."""
    if pub is None:
        return None
    unit = (m.group("unit") or m.group("unit2")).lower()
    if unit == "day":
        return pub, pub
    return _calendar_period(pub, 0, unit, (m.group("mod") or "so").lower())


def _calendar_period(pub: date, shift: int, unit: str, mod: str) -> Interval:
    """The calendar week, month or year `shift` away from the report's, cut at the report's day
    when `mod` looks back ('so far', 'earlier') or forward ('later')."""
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=shift)
        start, end = monday, monday + timedelta(days=6)
    elif unit == "month":
        start = _add_months(pub.replace(day=1), shift)
        end = _month_end(start.year, start.month)
    else:
        start, end = date(pub.year + shift, 1, 1), date(pub.year + shift, 12, 31)
    if mod.startswith("so") or mod == "earlier":
        return start, max(start, min(end, pub))
    if mod == "later":
        return max(start, min(end, pub)), end
    return start, end


def _ago(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    if pub is None:
        return None
    unit, n = m.group("unit").lower(), _count(m)
    if unit == "decade" or unit.startswith("centur"):
        unit, n = "year", (10 if unit == "decade" else 100) * n
    try:
        if unit in ("day", "week"):
            d = pub - timedelta(days=n * (7 if unit == "week" else 1))
        else:  # a calendar month or year back, the day clamped to the month's end (Mar 31 -> Feb 29)
            d = _add_months(pub, -n * (12 if unit == "year" else 1))
    except (ValueError, OverflowError):  # before the year 1
        return None
    if unit == "month" or (unit == "year" and n == 1 and m.group("approx")):
        return _month(d.year, d.month)  # "nearly a year ago": about that month
    if unit == "year" and n != 1:  # "four years ago" is that year; "a year ago" compares to the day
        return date(d.year, 1, 1), date(d.year, 12, 31)
    return d, d


def _this_time_last_year(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'jumps from this time last year', 'the same time a year ago': the report's day, a year back."""
    if pub is None:
        return None
    d = _add_months(pub, -12)
    return d, d


def _count(m: re.Match[str]) -> int:
    n = m.group("n").lower()
    return int(n) if n.isdigit() else NUMBER_WORDS[n]


def _past_n(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'in the past 24 hours' is the publication day; 'over the past three weeks' ends on it."""
    if pub is None:
        return None
    # ("over the past few days": a stretch that ends on the report, a few taken as three; "the past
    # few months" or "years" is too loose to date)
    unit = m.group("unit").lower()
    vague = m.group("n").lower() in ("few", "several")
    if vague and unit not in ("day", "hour"):
        return None
    n = 3 if vague else _count(m)
    if unit == "hour":
        return (pub, pub) if n <= 48 else (pub - timedelta(hours=n), pub)
    if unit == "month":
        return _add_months(pub, -n), pub
    if unit in ("year", "decade"):
        return _add_months(pub, -12 * n * (10 if unit == "decade" else 1)), pub
    days = n * (7 if unit == "week" else 1)
    return pub - timedelta(days=days), pub


def _past_fortnight(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'prices dropped $2 last fortnight': the two weeks up to the report (fuel prices in South Asia
    are set fortnightly, and their stories count so)."""
    return (pub - timedelta(days=14), pub) if pub is not None else None


def _years_ahead(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'in a decade' said of the future (a modal or 'will' near it) is the year that far on; never
    'the first time in a decade', looking back. 'within two years' gives no time: blind golds leave a
    target's horizon undated."""
    if pub is None:
        return None
    n = 1 if m.group(0).split()[1].lower() in ("a", "one") else _count(m)
    years = n * (10 if m.group("unit").lower() == "decade" else 1)
    if m.group("prep").lower() == "within":
        return None  # "back above 68% within two years": a horizon for a target, as 'by 2030' is
    if _LOOKING_BACK.search(m.string, 0, m.start()):
        return None  # "the highest in a decade", "for the first time in 10 years"
    if not future and not _WILL_AFTER.match(m.string, m.end(), m.end() + 80):
        return None  # ("In a decade, interest will eat up 13 percent": the sentence's 'will' after it)
    return date(pub.year + years, 1, 1), date(pub.year + years, 12, 31)


_LOOKING_BACK = re.compile(r"(?:\b\w{2,}est|\bfirst|\btime|\bmost|\bleast|\bonce)(?:\s+[\w-]+){0,3}\s+$", re.I)
_WILL_AFTER = re.compile(r",[^.;!?]*?\b(?:will|would|is (?:expected|projected|set) to|are (?:expected|projected|set) to)\b", re.I)


def _span_around(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'over the next decade' runs from publication forward, 'in the past decade' back to it;
    'the next five years' counts whole years from the day of the report."""
    if pub is None:
        return None
    n = _count(m) if m.group("n") else 1
    unit = m.group("unit").lower()
    months = {"month": n, "year": 12 * n, "decade": 120 * n}.get(unit)
    ahead = m.group("rel").lower() in ("next", "coming")
    if months is None:
        delta = timedelta(days=n * (7 if unit == "week" else 1))
        return (pub, pub + delta) if ahead else (pub - delta, pub)
    try:
        return (pub, _add_months(pub, months)) if ahead else (_add_months(pub, -months), pub)
    except (ValueError, OverflowError):
        return None


def _weekday(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    if pub is None:
        return None
    target = WEEKDAYS[m.group("wd").lower()]
    rel = (m.group("rel") or "").lower()
    back = (pub.weekday() - target) % 7
    ahead = (target - pub.weekday()) % 7
    if rel in ("last", "past"):
        d = pub - timedelta(days=back or 7)
    elif rel == "next":
        d = pub + timedelta(days=ahead or 7)
    elif rel == "this":
        d = pub - timedelta(days=pub.weekday()) + timedelta(days=target)
    elif future:
        d = pub + timedelta(days=ahead)
    else:
        d = pub - timedelta(days=back)
    return d, d


def _weekend(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    if pub is None:
        return None
    rel = (m.group("rel") or "").lower()
    saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)  # latest Saturday on or before pub
    if rel == "next" or (rel == "this" and pub.weekday() < 5) or (not rel and future and pub.weekday() < 5):
        saturday += timedelta(days=7)
    elif rel in ("last", "past") and saturday + timedelta(days=1) >= pub:
        saturday -= timedelta(days=7)
    return saturday, saturday + timedelta(days=1)


def _now(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    return (pub, pub) if pub else None


_CENTURY_WORDS = {w: i + 1 for i, w in enumerate(
    """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth
    fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth""".split())} | {
    "twenty-first": 21, "twenty-second": 22}


def _century(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'the 14th century', 'the fourteenth century': its hundred years, 1301 to 1400."""
    word = m.group("cent").lower()
    n = int(word[:-2]) if word[:1].isdigit() else _CENTURY_WORDS.get(word)
    if n is None or not 1 <= n <= 22:
        return None
    first = (n - 1) * 100 + 1
    part = re.sub(r"\s+", " ", (m.group("part") or m.group("part2") or "").lower())
    years = _CENTURY_PARTS.get(part.split(" ")[0] if part.startswith(("first", "second", "latter")) else part, (0, 99))
    return date(first + years[0], 1, 1), date(first + years[1], 12, 31)


# Which years of a century a part of it names, counted from its first year (1801 for the 19th)
_CENTURY_PARTS = {"end": (90, 99), "turn": (90, 99), "close": (90, 99), "start": (0, 9), "beginning": (0, 9),
                  "dawn": (0, 9), "early part": (0, 32), "early": (0, 32), "mid": (33, 65), "middle": (33, 65),
                  "late": (66, 99), "first": (0, 49), "second": (50, 99), "latter": (50, 99)}


# "down 2.7% on the day": a market wire's move of the day it reports
_MOVED_BEFORE = re.compile(r"(?i)\b(?:up|down|higher|lower|rose|fell|gained|lost|added|shed|slipped|jumped|dropped|"
                           r"climbed|eased|advanced|declined)\b(?:[^.;:!?]|\.(?=\d)){0,40}$")


def _the_day(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    return (pub, pub) if pub and _MOVED_BEFORE.search(m.string, 0, m.start()) else None


def _start_of_period(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'the start of the year', 'the end of last month'."""
    if pub is None:
        return None
    part, unit = m.group("part").lower(), m.group("unit").lower()
    shift = {"last": -1, "next": 1}.get((m.group("rel") or "").lower(), 0)
    if unit == "year":
        lo, hi = PART_MONTHS[part]
        if part == "end":  # "by the end of the year": December
            lo = hi
        return date(pub.year + shift, lo, 1), _month_end(pub.year + shift, hi)
    base = _add_months(pub.replace(day=1), shift)
    end = _month_end(base.year, base.month)
    if part == "end":
        return end, end
    lo, hi = PART_DAYS[part]
    return base.replace(day=lo), base.replace(day=min(hi, end.day))


def _months_of_year(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'the first three months of the year', 'the last four months of 2025'."""
    n = _count(m)
    year = _explicit_year(m)
    if year is None:
        if pub is None:
            return None
        year = pub.year + {"last": -1, "next": 1}.get((m.group("rel") or "").lower(), 0)
    if not 1 <= n <= 12:
        return None
    if m.group("ord").lower() == "first" and m.group(0).rstrip().lower().endswith("months") and pub is not None \
            and not _explicit_year(m) and n >= pub.month:
        year -= 1  # "in the first 10 months" said in March: last year's
    if m.group("ord").lower() == "first":
        return date(year, 1, 1), _month_end(year, n)
    return date(year, 13 - n, 1), _month_end(year, 12)


def _relative_quarter(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'raised $23 million in the last quarter': the calendar quarter before the report's;
    'this quarter' the one under way, 'next quarter' the one after."""
    if pub is None:
        return None
    start = date(pub.year, 3 * ((pub.month - 1) // 3) + 1, 1)
    rel = m.group("rel").lower()
    start = _add_months(start, {"last": -3, "past": -3, "previous": -3, "next": 3}.get(rel, 0))
    last = _add_months(start, 2)
    return start, _month_end(last.year, last.month)


def _month_end_day(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    ym = _month_year(m, pub, future)
    if ym is None:
        return None
    end = _month(*ym)[1]
    return end, end


def _year_end(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'a bigger cash balance at year's end' said in January: the last day of the year just over."""
    if pub is None:
        return None
    year = pub.year - 1 if not future and pub.month <= 3 else pub.year
    return date(year, 12, 31), date(year, 12, 31)


def _the_quarter(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'in the quarter' with no ordinal: the quarter a results report is about, which is the
    last one ended by publication (the current one when the clause looks ahead)."""
    if pub is None:
        return None
    start = date(pub.year, 3 * ((pub.month - 1) // 3) + 1, 1)
    if not future:
        start = _add_months(start, -3)
    last = _add_months(start, 2)
    return start, _month_end(last.year, last.month)


def _the_season(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'over the winter': the season under way at publication, else the next one when the
    clause looks ahead, else the last one over."""
    if pub is None:
        return None
    name = m.group("season").lower()
    seasons = [_season_of(name, y) for y in range(pub.year - 2, pub.year + 2)]
    now = [iv for iv in seasons if iv[0] <= pub <= iv[1]]
    if now:
        return now[0]
    return next(iv for iv in seasons if iv[0] > pub) if future else [iv for iv in seasons if iv[1] < pub][-1]


SPORT_SEASON = (8, 5)  # a sports season (European football's): 1 August to 31 May


def _sport_season(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'last season', 'this season': a bare "season" in a report is a sports season; from June
    the next one counts as current, so "last season" in July is the one just ended."""
    if pub is None:
        return None
    first, last = SPORT_SEASON
    start = (pub.year if pub.month >= last + 1 else pub.year - 1) - (m.group("rel").lower() == "last")
    return date(start, first, 1), _month_end(start + 1, last)


# ---- patterns ---------------------------------------------------------------------------

def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday of a month (n = -1: the last)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = _month_end(year, month)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> date:
    from dateutil.easter import easter  # dateparser's own dependency

    return easter(year)


# Days that reports name instead of dating ("on Thanksgiving", "over Christmas", "since Easter").
# Written here rather than taken from the `holidays` package: that one lists each country's
# public holidays, while news names eves and observances too (Christmas Eve, Halloween,
# Valentine's Day), and most of the table is a fixed day or an n-th weekday. Each entry gives
# the day and, for "<name> weekend", the stretch around it. US days where the name is the US's
# (Thanksgiving, Memorial Day); "Independence Day" is left out (India's is 15 August).
_HOLIDAYS: dict[str, Callable[[int], tuple[date, int, int]]] = {
    # name -> year -> (day, weekend days before, weekend days after)
    "thanksgiving": lambda y: (_nth_weekday(y, 11, 3, 4), 0, 3),
    "black friday": lambda y: (_nth_weekday(y, 11, 3, 4) + timedelta(days=1), 1, 2),
    "cyber monday": lambda y: (_nth_weekday(y, 11, 3, 4) + timedelta(days=4), 0, 0),
    "christmas": lambda y: (date(y, 12, 25), 0, 0),
    "christmas day": lambda y: (date(y, 12, 25), 0, 0),
    "christmas eve": lambda y: (date(y, 12, 24), 0, 0),
    "boxing day": lambda y: (date(y, 12, 26), 0, 0),
    "new year's eve": lambda y: (date(y, 12, 31), 0, 0),
    "new year's day": lambda y: (date(y, 1, 1), 0, 0),
    "halloween": lambda y: (date(y, 10, 31), 0, 0),
    "valentine's day": lambda y: (date(y, 2, 14), 0, 0),
    "july fourth": lambda y: (date(y, 7, 4), 0, 0),
    "fourth of july": lambda y: (date(y, 7, 4), 0, 0),
    "juneteenth": lambda y: (date(y, 6, 19), 0, 0),
    "memorial day": lambda y: (_nth_weekday(y, 5, 0, -1), 2, 0),
    "labor day": lambda y: (_nth_weekday(y, 9, 0, 1), 2, 0),
    "martin luther king day": lambda y: (_nth_weekday(y, 1, 0, 3), 2, 0),
    "presidents day": lambda y: (_nth_weekday(y, 2, 0, 3), 2, 0),
    "good friday": lambda y: (_easter(y) - timedelta(days=2), 0, 3),
    "easter": lambda y: (_easter(y), 2, 1),
    "easter sunday": lambda y: (_easter(y), 2, 1),
    "easter monday": lambda y: (_easter(y) + timedelta(days=1), 3, 0),
    "anzac day": lambda y: (date(y, 4, 25), 0, 0),
    "remembrance day": lambda y: (date(y, 11, 11), 0, 0),
    "veterans day": lambda y: (date(y, 11, 11), 0, 0),
}
_HOLIDAY_NAMES = "|".join(sorted((re.escape(k).replace("'", "['’]?").replace(r"\ ", r"\s+") for k in _HOLIDAYS),
                                 key=len, reverse=True))


def _holiday_key(name: str) -> str:
    """'New Year’s  Eve', 'Valentines Day' -> 'new years eve', 'valentines day': case, spacing and
    apostrophes aside, as the pattern accepts them."""
    return re.sub(r"['’]", "", " ".join(name.lower().split()))


_HOLIDAY_RULES = {_holiday_key(name): rule for name, rule in _HOLIDAYS.items()}


def _holiday(m: re.Match[str], pub: date | None, future: bool) -> Interval | None:
    """'on Thanksgiving', 'over the Thanksgiving holiday weekend', 'Christmas 2019', 'Easter last
    year': the day (or its weekend) in the year the phrase names; without one, the latest
    occurrence by publication (a few days' grace), or the next one when the clause looks ahead
    or the phrase is a deadline ('by Christmas', 'ahead of Thanksgiving')."""
    rule = _HOLIDAY_RULES.get(_holiday_key(m.group("name")))
    if rule is None:
        return None
    year = _explicit_year(m)
    rel = (m.group("rel") or "").lower()
    if year is None and m.group("rel2") and pub is not None:  # "Easter last year"
        year = pub.year + {"last": -1, "next": 1}.get(m.group("rel2").lower(), 0)
    if year is None:
        if pub is None:
            return None
        options = [(rule(y)[0], y) for y in (pub.year - 1, pub.year, pub.year + 1)]
        if rel == "last":
            year = max(y for d, y in options if d < pub)
        elif rel == "next" or (future and not rel) or re.match(r"(?i)(?:by|until|till|ahead)\b", m.group("hprep") or ""):
            year = min(y for d, y in options if d >= pub - timedelta(days=1))
        elif rel == "this":
            year = pub.year
        else:
            year = max(y for d, y in options if d <= pub + timedelta(days=FEW_DAYS))
    day, before, after = rule(year)
    if m.group("weekend"):
        return day - timedelta(days=before), day + timedelta(days=after)
    return day, day


I = re.I  # noqa: E741 - flag alias keeps the table readable
_PATTERNS: list[tuple[re.Pattern[str], Handler, str]] = [
    # (pattern, resolver, which group starts the span: "" for the whole match)
    (re.compile(rf"\b(?P<month>{MON})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|through)\s*(?P<day2>[0-3]?\d)(?!\d){OPT_YEAR}"), _day_range, ""),
    (re.compile(rf"\b(?P<month>{MON})\s+{DAY}{OPT_YEAR}"), _day_date, ""),
    (re.compile(rf"\b{DAY}\s+(?:of\s+)?(?P<month>{MON}){OPT_YEAR}"), _day_date, ""),
    (re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"), _iso, ""),
    (re.compile(rf"\b(?:(?i:the)\s+)?(?P<ord>(?i:first|second|third|fourth|last|final))\s+(?i:week)\s+(?i:of|in)\s+(?P<month>{MON}){OPT_YEAR}"), _week_of_month, ""),
    (re.compile(rf"\b(?:(?P<part>(?i:early|mid|late))[\s-]+|(?:(?i:the)\s+)?(?P<part2>(?i:beginning|start|middle|end))(?:\s+(?i:of)\s+|-(?=[A-Z])))(?P<month>{MON}){OPT_YEAR}"), _part_of_month, ""),
    (re.compile(rf"\b(?P<month>{MON})(?:\s+of)?,?\s+{YEAR}"), _whole_month, ""),
    # "since July of last year": the month in the year the phrase names
    (re.compile(rf"\b(?P<month>{MON})\s+(?i:of)\s+(?P<rel>(?i:last|this|next))\s+(?i:year)\b"), _month_of_relative_year, ""),
    (re.compile(rf"\b(?P<prep>(?i:in|since|by|until|till|through|throughout|during|from|before|after|last|this|next|past|of|and|to|or|between|for))\s+(?P<month>{MON_BARE})"), _whole_month, "month"),
    # "in July-Jan", "the Jan-Mar quarter": two months joined by a dash, with no year, are one stretch
    (re.compile(rf"\b(?P<m1>{MON})[-–](?P<month>{MON})(?![-–]?\s*(?:19|20)?\d)"), _month_to_month, ""),
    # "May's 80.2%", "March's 4.1% rise", "April's figures": a month owning a figure or a reading (not
    # "May's government": Theresa May)
    # ("August's passenger numbers", "August's console and handheld software sales": a word or two between)
    (re.compile(rf"\b(?P<month>{_MON_FULL})(?=['’]s\s+(?:[$£€]?\d|{_MONTH_READINGS}|(?<!May['’]s\s)(?:[a-z][a-z/-]+\s+){{1,4}}{_MONTH_READINGS}))"),
     _month_reported, ""),
    (re.compile(r"\b(?P<rel>(?i:last|this|next|past))\s+(?P<season>(?i:fall|autumn|spring|summer|winter))\b"), _season, ""),
    (re.compile(rf"\b(?:(?i:the)\s+)?(?P<season>(?i:fall|autumn|spring|summer|winter))\s+(?:of\s+)?{YEAR}"), _season, ""),
    # "in autumn last year", "the summer of next year": the season in the year named relative to the report's
    (re.compile(r"\b(?:(?i:the)\s+)?(?P<season>(?i:fall|autumn|spring|summer|winter))\s+(?:(?i:of)\s+)?(?P<yrel>(?i:last|this|next))\s+(?i:year)\b"),
     _season_of_relative_year, ""),
    (re.compile(rf"\b(?:(?P<part>(?i:early|mid|late))[\s-]+|(?:(?i:the)\s+)?(?P<part2>(?i:beginning|start|middle|end))(?:\s+(?i:of)\s+|-(?=\d))){YEAR}"), _part_of_year, ""),
    (re.compile(r"\b(?P<part>early|mid|late)[\s-]+(?P<rel>last|this|next)\s+year\b", I), _part_of_year, ""),
    (re.compile(r"\b(?P<part>early|mid|late)[\s-]+(?P<rel>last|this|next)\s+month\b", I), _part_of_this_month, ""),
    (re.compile(r"\b(?:the\s+)?(?P<part>beginning|start|middle|end)\s+of\s+(?:the\s+|(?P<rel>this|last|next)\s+)(?P<unit>year|month)\b", I), _start_of_period, ""),
    (re.compile(rf"\b(?:(?i:the)\s+)?(?P<ord>(?i:first|second|third|fourth|last|final))\s+(?P<unit>(?i:quarter|half))\s+(?i:of)\s+{YEAR}"), _quarter, ""),
    (re.compile(r"\b(?:(?P<the>the)\s+|(?P<rel>last|this|next)\s+year'?s\s+)(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?P<unit>quarter|half)(?:\s+of\s+(?:the|this)\s+year|\s+of\s+(?P<rel2>last|next)\s+year)?\b", I), _quarter, ""),
    # "grew 1.1% in 1st quarter": a headline's quarter without "the"
    (re.compile(r"(?<=\bin\s)(?P<ord>1st|2nd|3rd|4th|first|second|third|fourth)[\s-]+(?P<unit>quarter)\b(?!\s+of\s+(?:the\s+)?(?:game|match|season))", I), _quarter, ""),
    # "third-quarter revenue", "first-half sales": the period as a modifier, without "the"
    # ("fourth-quarter profit", and unhyphenated before a result: "reported fourth quarter net income")
    (re.compile(r"(?<![\w-])(?P<ord>first|second|third|fourth)(?:-|\s+(?=(?:quarter|half)\s+(?:net|profit|profits|"
                r"earnings|revenue|revenues|sales|loss|losses|results|income|EPS|GDP|growth|output|operating|adjusted)\b))"
                r"(?P<unit>quarter|half)(?=\s+[a-zA-Z])", I), _quarter, ""),
    # "Q3", "Q3 2019", "3Q19", "Q3'19": a quarter in analysts' shorthand
    (re.compile(r"(?<![\w-])(?:Q(?P<qn>[1-4])(?:\s+(?P<year>(?:19|20)\d{2})|['’](?P<yy>\d{2}))?|(?P<qn2>[1-4])Q(?P<yy2>\d{2})?)(?![\w-])"),
     _quarter_code, ""),
    # "from 23.4 million in H1 2024", "2H23 revenue": a half-year with its year (a bare "H1" may be a bird flu strain)
    (re.compile(r"(?<![\w-])(?:H(?P<hn>[12])\s+(?P<year>(?:19|20)\d{2})|H(?P<hn_>[12])['’](?P<yy>\d{2})|(?P<hn2>[12])H(?P<yy2>\d{2}))(?![\w-])"),
     _half_code, ""),
    (re.compile(r"\b(?:year[\s-]to[\s-]date|YTD)\b", I), _year_to_date, ""),
    (re.compile(r"\b(?:(?:at|to)\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+week|to\s+(?:begin|start|open)\s+the\s+week)\b", I),
     _week_start, ""),
    # "this fiscal year, which ends Sept. 30", "the fiscal year that began July 1": bounded by the text
    (re.compile(rf"\b(?:(?P<rel>(?i:this|last|next))|(?i:the)(?:\s+(?i:current|previous|past))?)\s+(?i:fiscal|budget|financial)\s+(?i:year),?\s+"
                rf"(?:(?i:which|that)\s+)?(?P<verb>(?i:ends|ended|ending|will\s+end|to|through|begins|began|beginning|starts|started|starting))"
                rf"\s+(?:(?i:on)\s+)?(?P<month>{MON})\s+{DAY}{OPT_YEAR}"), _fiscal_year_bounded, ""),
    # "fiscal year 2019", "fiscal 2020", "FY2019", "FY19": the company's year, read as the calendar one
    (re.compile(r"\b(?:(?i:fiscal)(?:\s+(?i:year))?\s+(?P<year>(?:19|20)\d{2})(?![-–/]\d)|FY\s?['\u2019]?(?P<yy>\d{2}(?:\d{2})?))\b"),
     _fiscal_year, ""),
    (re.compile(rf"\b(?i:the)\s+{NUM}\s+(?P<unit>(?i:month|year|week))s?\s+(?i:to|through|ending|ended)\s+(?:(?:(?P<dday>[0-3]?\d)(?:st|nd|rd|th)?\s+)?(?P<month>{MON})(?:\s+{DAY})?{OPT_YEAR})"), _months_to, ""),
    (re.compile(rf"\b(?i:the)\s+(?:(?P<kind>(?i:financial|business|company's|group's))\s+)?(?i:year)\s+"
                rf"(?:(?i:that|which)\s+)?(?P<verb>(?i:to|ending|ended|through))\s+(?:(?i:on)\s+)?"
                rf"(?:(?P<dfirst>[0-3]?\d)(?:st|nd|rd|th)?\s+)?(?P<month>{MON})(?:\s+{DAY})?{OPT_YEAR}"), _year_to, ""),
    (re.compile(r"\bovernight\b", I), _overnight, ""),
    # (not "In 1999, the first full year of the system": an ordinal makes it a year named before)
    (re.compile(r"(?<!first )(?<!second )(?<!third )(?<!last )(?<!only )\bfull[\s-]year\b", I), _full_year, ""),
    # "in 2020-21", "the 2023/24 financial year", "during 2019–2022": the calendar years the span
    # names (a fiscal year's months vary by country; the span holds them)
    (re.compile(r"\b(?P<prep>(?i:in|since|during|by|until|through|throughout|from|over|for|of|the|its|this|that|last|next|"
                r"year|fiscal))"  # ("financial year 2009-10", "fiscal 2019-20")
                r"\s+(?:(?i:the)\s+)?(?P<y1>(?:19|20)\d{2})\s?[-–/]\s?(?P<y2>(?:19|20)?\d{2})(?![\d%])(?!\s*(?:percent|per\s+cent))"),
     _year_span, "y1"),
    (re.compile(rf"\b(?P<prep>(?i:in|since|during|by|until|through|throughout|from|before|after|between|and|to|for|of))\s+(?:(?i:(?:the\s+)?year|at\s+least|as\s+early\s+as)\s+)?{YEAR}(?![-–]|\s*[-–—]\s*\d|\s*percent)"), _year, "year"),
    # "in the next financial year – 2023–24 –": two years joined by an en dash need no preposition (a
    # hyphen would be an ISO month)
    (re.compile(r"(?<![\w/–-])(?P<prep>)(?P<y1>(?:19|20)\d{2})[–—](?P<y2>(?:19|20)?\d{2})(?![\d%–-])"), _year_span, "y1"),
    # "Cases in Bihar (2023): 20": a year set in brackets after what it dates
    # "by 2100", "by the year 2200": a far year in a forecast (only after a preposition of time, and
    # with nothing counted after it: "by 2150 people" is no year)
    (re.compile(r"\b(?P<prep>(?i:in|by|until|till|before|after|beyond|through))\s+(?:(?i:the\s+)?year\s+)?"
                r"(?P<year>2[12]\d{2})(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|when|if|as|unless|compared|relative)\b)"), _year, "year"),
    (re.compile(rf"(?<=\()(?P<prep>){YEAR}(?=\))"), _year, "year"),
    # "set in presidential election year 2016", "in fiscal year 2024": a year named as one
    (re.compile(rf"(?<=\byear\s)(?P<prep>){YEAR}(?![-–/]\d)"), _year, "year"),
    # "Skoda Auto 2019 deliveries dip": a year in front of a company's yearly measure
    # ("…, 2014 taxes were $589.12": also after a comma or opening the sentence)
    (re.compile(rf"(?:(?<=[A-Za-z] )|(?<=, )|^)(?P<prep>){YEAR}(?=\s+(?:sales|deliveries|revenues?|profits?|earnings|results|output|"
                rf"exports|imports|shipments|turnover|production|losses|taxes|premiums|spending)\b)"), _year, "year"),
    # "the 2022 race", "its 2025 budget request": a year in front of a common noun dates it
    (re.compile(rf"\b(?P<prep>(?i:the|its|his|her|their|our|this|that))\s+{YEAR}(?=\s+[a-z])"), _year, "year"),
    # "the WHO's 2008 figures", "according to 2019 data": the year a body's figures are of
    (re.compile(rf"(?:(?<=[A-Za-z]['’]s\s)|(?<=\bto\s)|(?<=\bon\s))(?P<prep>){YEAR}(?=\s+(?:official\s+|census\s+|government\s+)?"
                r"(?:figures|data|statistics|numbers|estimates|tallies|counts)\b)"), _year, "year"),
    # ... and after "a" only a document's or a calamity's: "a 2025 report found", "shot in a 2017 attack" (not "a 2026 budget of 84 billion")
    (re.compile(rf"\b(?P<prep>(?i:a|an))\s+{YEAR}(?=\s+(?:[a-z-]+\s+)?(?:report|study|survey|poll|audit|review|census|analysis|assessment|{_DISASTERS})\b)"),
     _year, "year"),
    # ... and in an event's name: "the 2019 Rowan Fire burned" (not "the 2014 American Community Survey")
    (re.compile(rf"\b(?P<prep>(?i:the))\s+{YEAR}(?=\s+(?:[A-Z][\w'-]*\s+){{0,3}}(?:{_EVENT_NAMES}|(?:[a-z]+\s+)?{_DISASTERS})\b)"), _year, "year"),
    # "during the entire 2012 election cycle", "Holcomb's 2016 election campaign": the year of a vote
    (re.compile(rf"\b(?i:the|its|his|her|their|[A-Z][\w.-]*['’]s)\s+(?:(?i:entire|whole|full)\s+)?{YEAR}\s+"
                r"(?:(?:presidential|general|midterm|primary|mayoral|local)\s+)?(?:election|campaign|cycle|race)s?\b"), _year, "year"),
    (re.compile(r"\b(?:(?i:in|during|since|by|from|until|through|of)\s+)?(?i:the)\s+(?:(?P<part>(?i:early|mid|late))[\s-]*)?(?P<dec>(?:1[0-9]|20)[0-9]0)s\b"), _decade, ""),
    (re.compile(r"\b(?:the\s+day\s+before\s+yesterday|yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)|by\s+nightfall|in\s+(?:early|morning|midday|afternoon|late|opening|thin|light|heavy|active)\s+(?:trading|trade|dealings|deals))\b", I), _relative_day, ""),
    # ("in morning trading", "in early trading": a market report's session is the day it reports)
    # ("the current year", "next fiscal year", "the last financial year": a fiscal year read as the
    # calendar one, as "fiscal 2020" is, since its months vary by country and company)
    (re.compile(r"\b(?:(?P<mod>so\s+far|earlier|later)\s+)?(?:(?P<the>the)\s+)?(?P<rel>this|last|next|past|current)\s+(?:(?P<fiscal>fiscal|financial)\s+(?=year))?(?P<unit>week|month|year)\b"
                r"(?(fiscal)(?!\s*[,(–—-]*\s*(?:19|20)\d\d|\s+to\s+date))", I), _relative_period, ""),
    # (its years, when given, say which; "the 11 weeks of its current financial year to date" are the weeks)
    (re.compile(r"\b(?:(?P<mod>earlier|later)\s+in\s+the\s+(?P<unit>day|week|month|year)|(?:on|for)\s+the\s+(?P<unit2>day|week|month|year)\s+so\s+far)\b", I),
     _the_period_so_far, ""),
    (re.compile(rf"\b(?:(?P<approx>nearly|almost|about|around|roughly|some)\s+)?{NUM}\s+(?P<unit>day|week|month|year|decade|centur(?:y|ie))s?\s+ago\b", I), _ago, ""),
    # "The exchange comes a day after nearly 80 people were killed": today's event, N days after theirs
    (re.compile(rf"\b(?:comes|coming)\s+(?:just\s+|only\s+)?{NUM}\s+(?P<unit>day|week)s?\s+after\b", I), _ago, ""),
    (re.compile(rf"\b(?:(?:in|over|during|within|for)\s+)?(?:the\s+|(?<=over\s)|(?<=in\s))(?:past|last|previous)\s+{NUM_FEW}\s+(?P<unit>hour|day|week|month|year|decade)s?\b", I), _past_n, ""),
    (re.compile(r"\b(?:(?:in|over|during|within|for)\s+)?(?:the\s+)?(?:past|last)\s+fortnight\b", I), _past_fortnight, ""),
    (re.compile(rf"\b(?:(?:in|over|during|within|for)\s+(?:the\s+)?|the\s+)(?P<rel>next|coming)\s+{NUM_FEW}\s+(?P<unit>day|week|month|year|decade)s?\b", I), _span_around, ""),
    (re.compile(r"\b(?:(?:in|over|during|within|for)\s+)?the\s+(?P<rel>past|last|previous|next|coming)\s+(?P<n>)?(?P<unit>decade)\b", I), _span_around, ""),
    # "over the next week": from the report forward, not the calendar week after it
    (re.compile(r"\b(?:over|during|within|in|for)\s+the\s+(?P<rel>next|coming)\s+(?P<n>)?(?P<unit>week|month|year)\b", I), _span_around, ""),
    # "in five years' time", "in a decade, interest will eat up 13 percent": ahead of the report
    (re.compile(rf"\b(?P<prep>within|in)\s+(?:a|one|{NUM_FEW})\s+(?P<unit>year|decade)s?(?:['’]\s+time)?\b(?!\s+(?:ago|earlier|before))", I),
     _years_ahead, ""),
    # (not "Super Tuesday", "Black Friday", "Cyber Monday", "Good Friday": named days)
    (re.compile(rf"(?<!Super )(?<!Black )(?<!Cyber )(?<!Good )(?<!Easter )\b(?:(?P<rel>(?i:last|this|next|past))\s+)?(?P<wd>{WD})(?:\s+(?i:morning|afternoon|evening|night))?\b(?!\s+(?i:circulation|edition|editions|paper|papers|newspaper|supplement|magazine|school|service|services|schedule|brunch|lunch|roast|show|programme|program|prayers?|mass)\b)"), _weekday, ""),  # not "a Sunday circulation of 6,200"
    (re.compile(r"\b(?:(?P<rel>this|last|past|next)|(?:over|during|at)\s+the)\s+weekend\b", I), _weekend, ""),
    (re.compile(r"\b(?:currently|presently|nowadays|these\s+days|at\s+present|at\s+(?:the|this)\s+moment|right\s+now|"
                r"at\s+this\s+time(?!\s+(?:last|next|of|a\s+year|in|on))|at\s+this\s+point|at\s+(?:the\s+time\s+of\s+(?:this\s+)?(?:writing|publication|going\s+to\s+press)|press\s+time)|as\s+of\s+(?:this\s+)?(?:writing|publication)|as\s+of\s+now|as\s+of\s+today|as\s+(?:it|things)\s+stands?|until\s+now|up\s+to\s+now|to\s+date|till\s+date|so\s+far|thus\s+far|(?<!\bbefore\s)(?<!\bfrom\s)(?<!\bthan\s)(?<!\bago\s)now)\b", I), _now, ""),
    # ("14 months before now", "a year from now": a distance from today, not today)
    # ("its first 12 months", "the iMac's first 12 months": its own, not the calendar's)
    (re.compile(rf"(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!['’]s\s)\b(?:the\s+)?(?P<ord>first|last|final)\s+{NUM}\s+months(?:\s+of\s+(?:(?:the|this)\s+year\b|(?P<rel>last|next)\s+year\b|{YEAR})|(?!\s+(?:of|in|as|at|on|under|since|after|before)\b))", I), _months_of_year, ""),
    (re.compile(r"\bthe\s+(?:whole|entire|full)\s+(?:of\s+the\s+)?year\b", I), _full_year, ""),
    (re.compile(r"\b(?:the\s+)?(?P<rel>last|this|next|past|previous|current)\s+quarter\b(?!\s+of\b|[\s-]+century)", I), _relative_quarter, ""),
    # "he ended December with $28.4 million in cash": that month's last day
    (re.compile(rf"\b(?i:end(?:ed|s)?)\s+(?P<month>{MON_BARE})(?!\s+[0-3]?\d(?:st|nd|rd|th)?\b){OPT_YEAR}\b"), _month_end_day, ""),
    (re.compile(r"\b(?:at\s+|by\s+)?(?:the\s+)?(?:year['’]s\s+end|year-end)\b", I), _year_end, ""),
    # "by the end of the century", "by the century's end": the year the century closes on
    (re.compile(r"\b(?:by\s+)?(?:the\s+end\s+of\s+(?:the|this)\s+century|the\s+century['’]s\s+end)\b", I), _century_end, ""),
    (re.compile(r"\b(?:in|during|for|over|of|through|throughout)\s+(?P<q>the\s+quarter)(?![\w-])(?!\s+(?:end|ending|ended|to|through|of)\b)", I), _the_quarter, "q"),
    (re.compile(r"\b(?:over|during|through|throughout|in|for)\s+(?P<s>the\s+(?P<season>winter|summer|spring|autumn|fall))\b(?!\s+of\b)", I), _the_season, "s"),
    (re.compile(r"\b(?P<rel>last|this)\s+season\b", I), _sport_season, ""),  # "before next season": a deadline
    (re.compile(r"\b(?:at|in|during)\s+(?:the|their|its|his|her|our|this)\s+(?:morning|afternoon|evening)(?:'s)?\s+"
                r"(?:briefing|update|bulletin|press\s+conference|news\s+conference|statement|meeting|session)\b", I), _now, ""),
    # ("the end of the 19th century", "the latter half of the 19th century", "the mid-19th century": that part of it;
    # "by the end of the 21st century" is a deadline, its century's)
    (re.compile(r"\b(?:(?<!\bby\s)(?<!\bby\sthe\s)(?:the\s+)?(?P<part>end|turn|close|start|beginning|dawn|middle|(?:first|second|latter)\s+(?:half|part)|"
                r"early\s+part)\s+of\s+|(?P<part2>early|mid|late)[\s-]+)?"
                r"(?:the\s+)?(?P<cent>\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+(?:(?-i:century)|(?-i:Century)(?!\s+[A-Z]))\b", I), _century, ""),
    (re.compile(r"\bon\s+the\s+day\b(?!\s+(?:of|before|after|that|when|it|he|she|they|we|following|prior)\b)", I),
     _the_day, ""),
    # "June jobs report: …", "April retail sales rose", "August output dropped": a month opening the
    # sentence before a release's name or a measure
    (re.compile(rf"^(?P<month>(?!May\b)(?:{_MON_FULL}))(?=\s+(?:jobs|sales|retail|payrolls?|employment|unemployment|inflation|"
                r"housing|home|trade|factory|manufacturing|consumer|producer|industrial|car|auto|passenger|traffic|"
                r"output|production|exports?|imports?|shipments|deliveries|arrivals|earnings|revenues?|prices|figures|data)\b)"),
     _month_reported, ""),
    # "the January storms": a month used as a noun modifier ("May" left out: a name as often as a month)
    # ("the preliminary, unadjusted February index", "the seasonally adjusted March figure": up to two such words)
    # ("last week's April jobs report": after a possessive too)
    (re.compile(rf"(?:\b(?i:the)|(?<=\w)['\u2019]s)\s+(?:(?i:preliminary|final|revised|latest|first|second|third|provisional|flash|"
                rf"(?:seasonally\s+)?(?:un)?adjusted),?\s+){{0,2}}(?P<month>(?!May\b)(?:{_MON_FULL}))(?=\s+[a-z])"),
     _whole_month, "month"),
    # "on Thanksgiving", "over the Christmas holiday weekend", "Easter 2019", "Halloween last year"
    # (not "a Christmas tree", "the Easter Bunny": the name must stand as a time, after a preposition;
    # not after "before" or "after", which make it the edge of a stretch: "the day after Easter")
    (re.compile(rf"\b(?:(?P<rel>(?i:last|this|next))|(?P<hprep>(?i:on|over|at|by|since|until|till|through|during|for|around|ahead\s+of|of)))\s+(?:(?i:the)\s+)?(?P<name>(?i:{_HOLIDAY_NAMES}))(?!['’]s)\b"
                rf"(?:\s+(?i:holiday|holidays))?(?P<weekend>\s+(?i:weekend))?"
                rf"(?:,?\s+{YEAR}|\s+(?i:of\s+)?(?P<rel2>(?i:last|this|next))\s+(?i:year))?"
                rf"(?!\s+(?i:tree|trees|lights|cards?|markets?|decorations?|jumpers?|sweaters?|songs?|carols?|movies?|films?|"
                rf"presents?|gifts?|bunny|eggs?|costumes?|parade|sales|shopping|season|period|spirit|number|specials?)\b)"),
     _holiday, "name"),
    # "as of 16:08 UTC", "trading 0.8 percent lower by 14:01 GMT": a clock time with its zone and no date
    # is the day of the report (not "at 9:00 am", which may be a launch on another day)
    (re.compile(r"\b(?i:as\s+of|by)\s+[0-2]?\d[:.][0-5]\d\s*(?i:am|pm|a\.m\.|p\.m\.)?\s*"
                r"(?:ET|EST|EDT|GMT|BST|UTC|CET|CEST|IST|PT|PST|PDT)\b"), _now, ""),
    # "fell to minus 0.015 percent at 3:15 p.m. London time": a market report's reading, taken that day
    (re.compile(r"\b(?i:at)\s+[0-2]?\d(?:[:.][0-5]\d)?\s*(?i:am|pm|a\.m\.|p\.m\.)\s*(?:London|New\s+York|Tokyo|Hong\s+Kong|"
                r"Frankfurt|Singapore|Sydney|Paris|Berlin|Zurich|Washington|Mumbai|Shanghai|Seoul|Toronto|local)\s+time\b"),
     _now, ""),
    # "in the quarter to the end of June", "the six months ended Sept. 30": the stretch that closes then
    (re.compile(rf"\b(?i:the)\s+(?P<span>(?i:quarter|half(?:[\s-]year)?))\s+"
                rf"(?:(?i:that|which)\s+)?(?P<verb>(?i:to|ending|ended|through))\s+(?:(?i:the\s+end\s+of)\s+)?"
                rf"(?:(?i:on)\s+)?(?:(?P<dfirst>[0-3]?\d)(?:st|nd|rd|th)?\s+)?(?P<month>{MON})(?:\s+{DAY})?{OPT_YEAR}"),
     _span_to, ""),
    # "18 percent jumps from this time last year": one time, the day a year back (not "last year" alone)
    (re.compile(r"\b(?:this|the\s+same)\s+time\s+(?:last\s+year|a\s+year\s+(?:ago|earlier|before))\b", I), _this_time_last_year, ""),
    # "over the 14 years to 2019": whole years up to a year (not "the 12 months to June", above)
    (re.compile(rf"\b(?i:the)\s+{NUM}\s+(?i:years?)\s+(?i:to|through|ending\s+in|ended\s+in|up\s+to)\s+(?P<year>(?:19|20)\d\d)\b(?![-/]\d)"), _years_to_year, ""),
    # "push July inflation to 4.1pc", "September exports rose": a month naming the reading, as "July's" does
    # (not May, which may be a name)
    (re.compile(rf"(?<!\bof\s)\b(?P<month>{_MON_FULL.replace('May|', '')})(?=\s+{_MONTH_READINGS})"), _whole_month, ""),
]
# Words one of which every match of the pattern beside it contains (lower case): a sentence
# holding none of them skips that pattern's scan, which is most of find_times' cost.
_MONTH_KEYS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_SEASON_KEYS = ("fall", "autumn", "spring", "summer", "winter")
_YEAR_KEYS = ("18", "19", "20")
_MONTHS_BUT_MAY = tuple(m for m in _MON_FULL.lower().split("|") if m != "may")
_NEEDS: list[tuple[str, ...]] = [
    _MONTH_KEYS, _MONTH_KEYS, _MONTH_KEYS, ("-",), ("week",), _MONTH_KEYS, _MONTH_KEYS, ("year",), _MONTH_KEYS, _MONTH_KEYS,
    ("'s", "’s"), _SEASON_KEYS, _SEASON_KEYS, _SEASON_KEYS, _YEAR_KEYS, ("year",), ("month",), ("year", "month"), ("quarter", "half"),
    ("quarter", "half"), ("quarter",), ("quarter", "half"), ("q",), ("h1", "h2", "1h", "2h"), ("date", "ytd"), ("week",), ("fiscal", "budget", "financial"), ("fiscal", "fy"), _MONTH_KEYS, ("year",), ("overnight",), ("full",), _YEAR_KEYS, _YEAR_KEYS, _YEAR_KEYS, ("21", "22"), _YEAR_KEYS, _YEAR_KEYS, _YEAR_KEYS, _YEAR_KEYS, _YEAR_KEYS, _YEAR_KEYS, _YEAR_KEYS,
    _YEAR_KEYS,
    ("0s",),
    ("yesterday", "today", "tonight", "tomorrow", "night", "morning", "afternoon", "evening", "trad", "dealings"),  # "nightfall" holds "night"
    ("week", "month", "year"), ("so far", " in the "), ("ago",), ("after",), ("past", "last", "previous"), ("fortnight",), ("next", "coming"), ("decade",), ("next", "coming"),
    ("within", "in "), ("day",), ("weekend",),
    ("currently", "present", "moment", "now", "date", "far", "today", "days", "this time", "this point", "writing",
     "press time", "publication", " stand"),
    ("months",), ("whole", "entire", "full"), ("quarter",), _MONTH_KEYS, ("year",), ("century",), ("quarter",), _SEASON_KEYS,
    ("season",),
    ("morning", "afternoon", "evening"), ("century",), ("day",),
    _MONTHS_BUT_MAY, _MONTHS_BUT_MAY,
    ("thanksgiving", "christmas", "new year", "halloween", "valentine", "fourth", "juneteenth", "memorial", "labor day",
     "king day", "presidents", "friday", "easter", "monday", "anzac", "remembrance", "veterans", "boxing"),
    ("as of", "by "),
    (" time",),
    ("quarter", "half", "months"),
    ("time",),
    ("year",),
    _MONTHS_BUT_MAY,
]
_KEYED_PATTERNS = list(zip(_PATTERNS, _NEEDS, strict=True))
# The letters outside ASCII that re.IGNORECASE matches to ASCII ones: folded before the key test.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
# Joins two times into one interval: "between January and February", "from Jan. 30 to Feb. 4", "Jan. 30-Feb. 4".
# a time of day in front of a day: "from midday Tuesday to 9am Friday"
_CLOCK = r"(?:(?:midday|noon|midnight|dawn|dusk|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?)\s+(?:on\s+)?)?"
_RANGE_OPEN = re.compile(rf"(?i)\b(between|from)\s+(?:at\s+least\s+|as\s+early\s+as\s+)?{_CLOCK}$")
_RANGE_JOIN = re.compile(rf"(?i)^(?:,\s*(?:to|through(?:\s+to)?|until)|\s*(?:-|–|—|to|through(?:\s+to)?|until|and))\s*{_CLOCK}$")
# ("through to mid-August";
# "from September 1, 2024, to March 21, 2025": the comma that closes the year)
_DASH_JOIN = re.compile(r"^\s*[-–—]\s*$")
_BARE_JOIN = re.compile(r"(?i)^\s+(?:to|through)\s+$")  # "for June to August"
_AND_JOIN = re.compile(r"(?i)^\s+and\s+(?:in\s+|during\s+)?$")
_SINCE = re.compile(r"(?i)\b(?:ever\s+)?since\s+(?:(?:on|in|at\s+least)\s+)?$")
# "since the strike began on Feb. 2", "since it emerged in March": an event clause dates the start.
_SINCE_CLAUSE = re.compile(r"(?i)\b(?:ever\s+)?since\s+(?:the|its|his|her|their|it|they|he|she|we|a|an|this|that)\s+"
                           r"[^,;:.!?\"“”()]{0,90}?\s(?:on|in|at|late|early)?\s*$")
# ("since the outbreak was confirmed in January" is an event: a passive "confirmed" reports nothing)
_REPORT_WORD = re.compile(r"(?i)\b(?:said|says|told|reported|announced|stated|added|because|"
                          r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)confirmed)\b")
_TO_NOW = re.compile(r"(?i)\s+(?:to|through|until|till)\s+(?:the\s+present(?:\s+day)?|now|today|date)\b")
_UNTIL = re.compile(r"(?i)\b(?:until|till|through)\s+(?:at\s+least\s+)?$")
_HORIZON_DAYS = 366  # "through November 2028" from 2019: a running total as of that month, as "by 2028" is
_SO_FAR_AFTER = re.compile(r"(?i)^\s+(?:so|thus)\s+far\b")
_AS_OF = re.compile(r"(?i)\bas\s+of\s+$")
_SCHEDULE_WINDOW = 110  # characters before a time in which "is scheduled to" still sets it ahead
SCHEDULED_CUE = re.compile(r"(?i)\b(?:(?:is|are)\s+(?:scheduled|due|set|expected)\s+to|expects|plans\s+to|aims\s+to)\b")
_FUTURE_WINDOW = 60  # characters of the clause before a time in which a future cue counts
# Verbs in -ed that still look ahead ("planned for March", "scheduled in May").
_AHEAD_PARTICIPLES = frozenset("planned scheduled expected projected forecasted predicted timed slated".split())


def _past_event_after(cue: re.Match[str], window: str) -> bool:
    """Does the text between the last future cue and a time make the time a past event's? The cue
    in the past tense right before it ("the foundation projected in May"), or a past participle of
    another verb after it that is no passive of the future ("whether a tariff imposed in September
    would remain" against "will be imposed in September")."""
    after = window[cue.end():]
    if cue.group(0).lower() in ("projected", "forecast", "predicted", "expected", "planned") \
            and re.fullmatch(r"\s*(?:in|on)?\s*", after):
        # ("the 80% rise expected in October": a participle on the change it expects looks ahead, unless
        # the clause is told in the past: "had priced in the rate cut expected in March")
        before = window[:cue.start()]
        return not _CHANGE_BEFORE.search(before) or bool(re.search(r"(?i)\b(?:had|was|were)\b", before)) \
            or _past_participle_in(before)
    return _past_participle_in(after)


# The change or event an "expected in October" describes, right before it: a reduced relative clause.
_CHANGE_BEFORE = re.compile(r"(?i)\b(?:rise|rises|increase|increases|hike|hikes|cut|cuts|fall|drop|decline|growth|"
                            r"reduction|election|vote|ruling|decision|launch|release|opening|payment|payments|rate)\s+$")


def _past_participle_in(stretch: str) -> bool:
    """A verb in -ed among these words that is no passive of the future ('be imposed')."""
    words = re.findall(r"[A-Za-z']+", stretch.lower())
    return any(w.endswith("ed") and len(w) > 4 and w not in _AHEAD_PARTICIPLES
               and (k == 0 or words[k - 1] not in ("be", "been", "being")) for k, w in enumerate(words))


_LONG_FUTURE_WINDOW = 170  # characters of a clause before a time over which a plain "will" still governs it
_WILL = re.compile(r"\b(?:will|shall)\b|'ll\b")  # lower case: "Will Jenkins, the coach, …" is a name
_PAST_WORD = re.compile(r"(?i)\b(?:was|were|had|did|ago|last|earlier|yesterday|already|since|fell|rose|grew|saw|took|made|"
                        r"hit|came|went|gave|found|said|told|left|lost|won|began|ran|sold|paid|spent|bought|struck|drew|"
                        r"held|led|kept|met|brought|built|caught|fought|sent|stood|wrote|broke|chose|flew|knew|spoke|threw|"
                        r"(?<!will\s)(?<!'ll\s)(?:has|have))\b")


_DASH = re.compile(r"[—–]|\s-\s")


def _after_dash(clause: str, before: str) -> str:
    """What follows a lone dash ("Hopes a recovery will come are fading — sales for April fell"): a
    clause of its own; a pair of dashes only sets off an aside ("will rise in January – above some
    forecasts – before reaching £5,816 in April"), and the clause goes on across it. `before` is all
    the text before the time, where the dashes are counted."""
    sentence = re.split(r"[;!?]|\.(?=\s|$)", before)[-1]
    dashes = [m.end() for m in _DASH.finditer(clause)]
    return clause[dashes[-1]:] if dashes and len(_DASH.findall(sentence)) % 2 == 1 else clause


def _will_governs(text: str, start: int) -> bool:
    """"Melbourne will stay cold for the rest of the week, with tops of only 13C and 14C on Wednesday
    and Thursday": a forecast's main verb can stand far before its days. Only a plain "will" counts,
    and only when nothing past (a report, an -ed verb, "was", "ago") comes between it and the time."""
    clause = _after_dash(re.split(r"[;:!?]|\.(?=\s|$)", text[max(0, start - _LONG_FUTURE_WINDOW):start])[-1],
                         text[:start])
    modals = list(_WILL.finditer(clause))
    if not modals:
        return False
    after = re.sub(r"^\s*(?:not\s+|also\s+|still\s+)*\w+", "", clause[modals[-1].end():])  # ("will last", "will hit": the verb)
    return not PAST_REPORT.search(after) and not _PAST_WORD.search(after) and not _past_participle_in(after)


def _looks_ahead(text: str, start: int, end: int | None = None) -> bool:
    """True when the clause just before a time is about the future and not a past report of
    it, or when a modal follows the phrase the time closes ("a strike in November could ...")."""
    window = text[max(0, start - _FUTURE_WINDOW):start]
    by = _BY_OPENS.match(text, start, end or start)
    cut = by.end() if by else start
    ahead = _BY_AHEAD.search(text, 0, cut) if by or _BY_ENDS.search(text, max(0, start - 4), start) else None
    target = _TARGET_BY.search(text, max(0, cut - 90), cut) if by or _BY_ENDS.search(text, max(0, start - 4), start) else None
    if target and not _TARGET_MET.search(text, max(0, target.start() - 40), cut):
        return True  # (not "the bank met its target of 2 percent by March 3": a deadline passed)
    if ahead and not _OUTLOOK_REPORTED.search(text, 0, ahead.start()):
        # (not "officials said in March the state could have 40,000 cases by April 1": a past outlook)
        return True  # "could cause cases to tick as high as 5.4 million by July 24": a deadline ahead
    window = _after_dash(re.split(r"[;:!?]|\.(?=\s|$)|\bthat\b", window)[-1], text[:start])  # "7.8 meters": no end
    clause = re.split(r"[;:!?]|\.(?=\s|$)", text[max(0, start - _SCHEDULE_WINDOW):start])[-1]
    scheduled = SCHEDULED_CUE.search(clause)
    if scheduled and not PAST_REPORT.search(clause, scheduled.end()):
        return True  # "are scheduled to formally recognise an independent state on Monday": a long clause, still ahead
    cues = list(FUTURE_CUE.finditer(window))
    if cues and not PAST_REPORT.search(window[cues[-1].end():]) and not _past_event_after(cues[-1], window):
        return True
    if _will_governs(text, start):
        return True
    # "a tariff imposed on goods in September would remain": the modal is the tariff's, the month its past
    near = " ".join(re.findall(r"[A-Za-z']+", window)[-5:])
    if SAID_ON.search(window):
        return False  # "Taft said Friday it would negotiate": the day it was said, whatever it said of the future
    return end is not None and bool(_MODAL_AFTER.match(text, end)) and not _past_participle_in(near)


def _candidates(text: str, pub: date | None) -> list[tuple[int, int, int, Interval]]:
    """(match start, span start, span end, interval) of every pattern hit that resolves."""
    hits = []
    low = text.translate(_FOLD).lower()
    for (pattern, handler, group), needs in _KEYED_PATTERNS:
        if not any(k in low for k in needs):
            continue
        for m in pattern.finditer(text):
            try:
                iv = handler(m, pub, _looks_ahead(text, m.start(), m.end()))
            except (ValueError, KeyError, OverflowError):
                iv = None
            if iv is None:
                continue
            start = m.start(group) if group else m.start()
            if (m.groupdict().get("prep") or "").lower() in ("last", "this", "next", "past"):
                start = m.start()  # "last August" differs from "August"
            hits.append((m.start(), start, m.end(), iv))
    return hits


def _choose(hits: list[tuple[int, int, int, Interval]]) -> list[tuple[int, int, Interval]]:
    """Longest non-overlapping expressions (a leading preposition does not count), left to right."""
    hits.sort(key=lambda h: (-(h[2] - h[1]), h[0]))
    taken: list[tuple[int, int, int, Interval]] = []
    for h in hits:
        if all(h[2] <= t[0] or h[0] >= t[2] for t in taken):
            taken.append(h)
    taken.sort(key=lambda h: h[0])
    return [(s, e, iv) for _, s, e, iv in taken]


def _join_ranges(text: str, spans: list[tuple[int, int, Interval]],
                 pub: date | None = None) -> list[tuple[int, int, Interval]]:
    out: list[tuple[int, int, Interval]] = []
    i = 0
    while i < len(spans):
        s, e, iv = spans[i]
        if i + 1 < len(spans):
            s2, e2, iv2 = spans[i + 1]
            between = text[e:s2]
            opener = _RANGE_OPEN.search(text[:s])
            contiguous = _AND_JOIN.match(between) and iv2[0] == iv[1] + timedelta(days=1) and iv[0] < iv[1]
            contiguous = contiguous or _year_run(between, iv, iv2)
            if (opener and _RANGE_JOIN.match(between)) or _DASH_JOIN.match(between) or _BARE_JOIN.match(between) \
                    or contiguous:  # "in 2014 and the first three months of 2015": one stretch
                first = iv[0]
                if not _HAS_YEAR.search(text[s:e]) and _HAS_YEAR.search(text[s2:e2]) and iv[0].year != iv2[1].year:
                    # "in July-August 2022": the first month is in the year the second names
                    first = _safe_date(iv2[1].year, first.month, min(first.day, 28)) or first
                last = iv2[1]
                if first > last and pub is not None and first <= pub and not _HAS_YEAR.search(text[s:e2]) \
                        and (later := _month_end(last.year + 1, last.month) if last == _month_end(last.year, last.month)
                             else _safe_date(last.year + 1, last.month, last.day)) is not None and later >= pub:
                    # "must poll 10% between Jan. 15 and Feb. 18", said on Jan. 17: the stretch the report
                    # stands in, the end still ahead
                    last = later
                if first > last:  # "between December and February": the first lies in the year before
                    first = _safe_date(first.year - 1, first.month, min(first.day, 28)) or first
                iv2 = (iv2[0], last)
                if first <= iv2[1]:
                    out.append((opener.start() if opener else s, e2, (first, iv2[1])))
                    i += 2
                    continue
        out.append((s, e, iv))
        i += 1
    return out


_HAS_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")
_YEAR_LIST = re.compile(r"^(?:,\s*(?:19|20)\d{2})+,?\s+and\s+$")


def _year_run(between: str, iv: Interval, iv2: Interval) -> bool:
    """'in 2010, 2011 and 2012': whole years listed one after another make one stretch."""
    if not _YEAR_LIST.match(between) or (iv[0].month, iv[0].day, iv[1].month, iv[1].day) != (1, 1, 12, 31) \
            or (iv2[0].month, iv2[0].day, iv2[1].month, iv2[1].day) != (1, 1, 12, 31):
        return False
    years = [iv[0].year, *(int(y) for y in _HAS_YEAR.findall(between)), iv2[0].year]
    return all(b == a + 1 for a, b in zip(years, years[1:], strict=False))


# "between 11 and 15 May", "11-15 May": a bare day before a day-first date opens its range.
_DAY_FIRST_OPEN = re.compile(r"(?i)(?:\b(?:between|from)\s+(?P<a>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:and|to)|"
                             r"\b(?P<b>[0-3]?\d)(?:st|nd|rd|th)?\s*[-–])\s*$")


def _day_first_range(text: str, s: int, iv: Interval) -> tuple[int, Interval]:
    """Widen a single day-first date to the range a bare day before it opens (checked on date
    hits only, so no sentence pays a scan for it)."""
    m = _DAY_FIRST_OPEN.search(text[:s]) if iv[0] == iv[1] and text[s:s + 1].isdigit() else None
    first = _safe_date(iv[0].year, iv[0].month, int(m.group("a") or m.group("b"))) if m else None
    return (m.start(), (first, iv[1])) if m and first and first < iv[0] else (s, iv)


def _with_prefix(text: str, s: int, e: int, iv: Interval, pub: date | None) -> tuple[int, Interval] | None:
    """'since X' runs from X to publication; 'as of X' is X. Returns the new start and interval."""
    since = _SINCE.search(text[:s])
    if since is None:
        since = _SINCE_CLAUSE.search(text[:s])
        if since is not None and _REPORT_WORD.search(text[since.start():s]):
            since = None
    if since:
        if pub is None or iv[0] > pub:
            return None
        return since.start(), (iv[0], max(iv[0], pub))
    until = _UNTIL.search(text[:s])
    if until and pub is not None and iv[1] >= pub:  # "until at least Sunday": from now to then
        if until.group(0).lower().startswith("through") and (iv[0] - pub).days > _HORIZON_DAYS:
            return until.start(), iv
        return until.start(), (pub, iv[1])
    as_of = _AS_OF.search(text[:s])
    if as_of:
        return as_of.start(), iv
    return s, iv


def find_times(text: str, published: str | None) -> list[TimeRef]:
    """Every time expression in a sentence, resolved against the ISO publication date.

    Expressions that need the publication date (no year, weekdays, "yesterday") are left
    out when it is unknown. Never raises: junk input gives an empty list.
    """
    if not isinstance(text, str) or not text.strip():
        return []
    pub = _pub_date(published)
    refs: list[TimeRef] = []
    spans = _join_ranges(text, _choose(_candidates(text, pub)), pub)
    skip = -1
    for k, (s, e, iv) in enumerate(spans):
        if k == skip:
            continue
        s, iv = _day_first_range(text, s, iv)
        fixed = _with_prefix(text, s, e, iv, pub)
        if fixed is None:
            continue
        s, iv = fixed
        to_now = _TO_NOW.match(text[e:])
        if to_now and pub is not None and iv[0] <= pub and _RANGE_OPEN.search(text[:s]):
            # "from 2008 to the present": the stretch up to publication
            e, iv = e + to_now.end(), (iv[0], pub)
        so_far = _SO_FAR_AFTER.match(text[e:])
        if so_far and pub is not None and iv[0] <= pub and k + 1 < len(spans) and spans[k + 1][0] == e + so_far.start() + 1:
            # "for June to August so far": the period up to publication
            e, iv, skip = spans[k + 1][1], (iv[0], max(iv[0], min(iv[1], pub))), k + 1
        if _CONTRACT_MONTH.search(text[:s]):
            continue  # "crude futures for April ended lower": the contract's name, not a time
        refs.append(TimeRef(value=format_value(iv), start=s, end=e, text=text[s:e]))
    refs = _week_to(text, _without_game_periods(text, _months_of_fiscal_year(text, refs, pub)))
    refs = _year_so_far(text, _months_given_their_year(text, _so_far_in(text, refs, pub)), pub)
    refs = _event_days(text, _quarter_of_that_year(text, refs), pub)
    return _same_period(text, _before_that(text, _in_the_year_named(text, _of_that_year(text, refs), pub), pub))


_SO_FAR = re.compile(r"(?i)^(?:so\s+far|thus\s+far|to\s+date|till\s+date)$")
_IN_BETWEEN = re.compile(r"(?i)^\s+(?:in|during|for)\s+$")


def _so_far_in(text: str, refs: list[TimeRef], pub: date | None) -> list[TimeRef]:
    """'bought so far in March', 'so far in 2023': the named month or year up to publication, one
    stretch (not the day of the report and the whole month apart)."""
    if pub is None or len(refs) < 2:
        return refs
    out: list[TimeRef] = []
    skip = False
    for a, b in zip(refs, [*refs[1:], None], strict=True):
        if skip:
            skip = False
            continue
        span = value_bounds(b.value) if b is not None else None
        if b is not None and _SO_FAR.match(a.text.strip()) and _IN_BETWEEN.match(text[a.end:b.start]) \
                and span is not None and span[0] <= pub <= span[1]:
            out.append(TimeRef(value=format_value((span[0], pub)), start=a.start, end=b.end, text=text[a.start:b.end]))
            skip = True
        else:
            out.append(a)
    return out


def _year_so_far(text: str, refs: list[TimeRef], pub: date | None) -> list[TimeRef]:
    """'In 2020, so far the force has seen 24 resignations': this year up to publication, not
    the day alone (a year before the publication year leaves 'so far' as it is)."""
    if pub is None or not any(_SO_FAR.match(r.text.strip()) for r in refs):
        return refs
    this_year = f"{pub.year}-01-01/{pub.year}-12-31"
    if not any(r.value == this_year and text[r.end:r.end + 2] not in ("'s", "’s") for r in refs):
        return refs  # ("41 per cent of this year's crop so far": the year names the crop)
    return [TimeRef(value=f"{pub.year}-01-01/{pub.isoformat()}", start=r.start, end=r.end, text=r.text)
            if _SO_FAR.match(r.text.strip()) else r for r in refs]


_CONTRACT_MONTH = re.compile(r"(?i)\b(?:futures|contracts?|options)\s+for\s+$")
_SAME_PERIOD = re.compile(r"(?i)\bthe\s+same\s+(?:period|quarter|month|week|time|stretch|months|weeks)\s+(?:of\s+|in\s+)?$")


def _same_period(text: str, refs: list[TimeRef]) -> list[TimeRef]:
    """'17,456 cuts so far in 2023, against 761 in the same period last year': the period named
    before, moved into the year the phrase names, not that whole year."""
    out: list[TimeRef] = []
    for k, ref in enumerate(refs):
        year = value_bounds(ref.value)
        # the latest period before it that is less than a whole year ("so far" beside "in 2023")
        spans = [b for b in (value_bounds(r.value) for r in refs[:k]) if b is not None]
        parts = [b for b in spans if not _whole_year(b)]
        earlier = parts[-1] if parts else spans[-1] if spans else None
        if year is not None and earlier is not None and _whole_year(year) and _SAME_PERIOD.search(text[: ref.start]) \
                and earlier[0].year == earlier[1].year != year[0].year:
            start, end = (_in_year(d, year[0].year) for d in earlier)
            ref = TimeRef(value=format_value((start, end)), start=ref.start, end=ref.end, text=ref.text)
        out.append(ref)
    return out


def _whole_year(iv: Interval) -> bool:
    return iv[0] == date(iv[0].year, 1, 1) and iv[1] == date(iv[0].year, 12, 31)


def _in_year(d: date, year: int) -> date:
    """The same day of another year (28 February for a 29th in a common year)."""
    return d.replace(year=year, day=min(d.day, _month_end(year, d.month).day))


_RELATIVE_YEAR = re.compile(r"(?i)^(?:this|last|next|the\s+previous|the\s+following)\s+year$")


def _months_given_their_year(text: str, refs: list[TimeRef]) -> list[TimeRef]:
    """'in January this year', 'March last year': that month of the year the phrase after it
    names, one time, not the month before publication beside a whole year."""
    out: list[TimeRef] = []
    skip = -1
    for k, ref in enumerate(refs):
        if k == skip:
            continue
        nxt = refs[k + 1] if k + 1 < len(refs) else None
        when = _MONTH_OR_DAY.match(ref.value)
        if when and nxt is not None and _RELATIVE_YEAR.match(nxt.text.strip()) and not text[ref.end:nxt.start].strip() \
                and _safe_date(int(nxt.value[:4]), int(when["m"]), int(when["d"] or 1)):
            ref = TimeRef(value=nxt.value[:4] + ref.value[4:], start=ref.start, end=nxt.end, text=text[ref.start:nxt.end])
            skip = k + 1
        elif nxt is not None and _RELATIVE_YEAR.match(nxt.text.strip()) and not text[ref.end:nxt.start].strip() \
                and (span := _MONTHS_IN_A_YEAR.match(ref.value)) and span["y1"] == span["y2"]:
            # "from April to June this year": those months of the year named after them
            year = nxt.value[:4]
            if _safe_date(int(year), int(span["m2"]), int(span["d2"])):  # (29 February)
                ref = TimeRef(value=f"{year}-{span['m1']}-01/{year}-{span['m2']}-{span['d2']}", start=ref.start,
                              end=nxt.end, text=text[ref.start:nxt.end])
                skip = k + 1
        out.append(ref)
    return out


_MONTHS_IN_A_YEAR = re.compile(r"^(?P<y1>\d{4})-(?P<m1>\d\d)-01/(?P<y2>\d{4})-(?P<m2>\d\d)-(?P<d2>\d\d)$")


_WEEK_TO = re.compile(r"\b(?:week|seven\s+days|7\s+days)\s+(?:up\s+)?(?:to|ending|ended|through)\s+(?:on\s+)?(?:(?:Sunday|Monday|Tuesday|"
                      r"Wednesday|Thursday|Friday|Saturday),?\s+)?$", re.I)


def _week_to(text: str, refs: list[TimeRef]) -> list[TimeRef]:
    """'in the week to 28th September', 'the seven days ending Sunday': the seven days up to that day."""
    out = []
    for ref in refs:
        bounds = value_bounds(ref.value)
        if bounds is not None and bounds[0] == bounds[1] and _WEEK_TO.search(text[:ref.start]):
            ref = TimeRef(value=format_value((bounds[1] - timedelta(days=6), bounds[1])), start=ref.start,
                          end=ref.end, text=ref.text)
        out.append(ref)
    return out


_GAME_PERIOD = re.compile(r"^(?:the\s+)?(?:first|second|third|fourth|final)\s+(?:quarter|half|period)$", re.I)
_GAME_WORDS = re.compile(r"\b(?:scor(?:ed|ing|es)|rebounds?|assists?|touchdowns?|innings?|baskets?|field\s+goals?|"
                         r"three-pointers?|3-pointers?|triples?|free\s+throws?|turnovers?|halftime|half-time|buzzer|"
                         r"(?:beyond|from)\s+the\s+arc|(?<!basis\s)(?<!percentage\s)points\s+in\s+the|"
                         r"touchbacks?|yards?|goals?\s+in\s+the)\b", re.I)


_FISCAL_LABEL = re.compile(r"(?i)^(?:FY\s?['\u2019]?\d{2}(?:\d{2})?|fiscal(?:\s+year)?\s+(?:19|20)\d{2})$")


def _months_of_fiscal_year(text: str, refs: list[TimeRef], pub: date | None = None) -> list[TimeRef]:
    """'during July-January FY25', 'in July FY26': the months are the stretch meant; the fiscal year
    after them only says which, and read as a calendar year it would take over."""
    out: list[TimeRef] = []
    for ref in refs:
        prev = out[-1] if out else None
        if prev is not None and _FISCAL_LABEL.match(ref.text.strip()) and not text[prev.end:ref.start].strip() \
                and re.search(MON, prev.text):
            if "/" not in prev.value and re.fullmatch(r"\d{4}-\d{2}", prev.value) and not YEAR_WRITTEN.search(prev.text):
                out[-1] = _month_in_fiscal_year(prev, ref, pub)
            continue
        out.append(ref)
    return out


def _month_in_fiscal_year(month: TimeRef, label: TimeRef, pub: date | None) -> TimeRef:
    """'July FY26': the July inside the year that ends in 2026. January to March are in 2026 and October
    to December in 2025 wherever the year starts (April, July or October); April to September are in
    either, as the country's year starts: the later of the two not after publication."""
    m = re.search(r"(\d{2}(?:\d{2})?)\s*$", label.text)
    if m is None:
        return month
    end_year = int(m.group(1)) if len(m.group(1)) == 4 else 2000 + int(m.group(1))
    mon = int(month.value[5:7])
    if mon <= 3:
        year = end_year  # every fiscal year that starts in April, July or October ends after March
    elif mon >= 10:
        year = end_year - 1
    else:
        choices = [y for y in (end_year, end_year - 1) if pub is None or date(y, mon, 1) <= pub]
        year = choices[0] if choices else end_year - 1
    return TimeRef(value=f"{year:04d}-{mon:02d}", start=month.start, end=month.end, text=month.text)


def _without_game_periods(text: str, refs: list[TimeRef]) -> list[TimeRef]:
    """'a dozen points in the second quarter': a period of a game, not of the calendar year
    (a quarter with a year or fiscal word stays one: 'the second quarter of 2023')."""
    if not _GAME_WORDS.search(text):
        return refs
    return [r for r in refs if not _GAME_PERIOD.match(r.text.strip())]


_AHEAD_DAYS = 120  # how far past publication a year-less date may move when the line names next year


def _in_the_year_named(text: str, refs: list[TimeRef], pub: date | None) -> list[TimeRef]:
    """'Jan. 15-18: the 2015 Boat Show', in a late-December listing: a year-less date the reader
    places in the coming year because the same sentence names that year, not in the January past."""
    if pub is None or str(pub.year + 1) not in text:
        return refs
    listing = re.match(rf"\s*{MON}\s+[0-3]?\d(?:\s*[-–]\s*[0-3]?\d)?\s*:", text) is not None
    if not listing and not FUTURE_CUE.search(text):
        return refs  # "In January, sales beat the 2015 target": a past January
    out: list[TimeRef] = []
    for ref in refs:
        bounds = value_bounds(ref.value)
        if bounds is not None and bounds[1] < pub and not YEAR_WRITTEN.search(ref.text) and \
                re.search(MON, ref.text) and bounds[0].year == pub.year:
            a = _safe_date(pub.year + 1, bounds[0].month, bounds[0].day)
            b = _safe_date(pub.year + 1, bounds[1].month, bounds[1].day)
            if a is not None and b is not None and (a - pub).days <= _AHEAD_DAYS:
                iv = (a, b) if bounds[0] != bounds[1] or a == b else (a, a)
                ref = TimeRef(value=format_value(iv), start=ref.start, end=ref.end, text=ref.text)
        out.append(ref)
    return out


_THAT_YEAR = re.compile(r"\s+(?:of\s+that\s+(?:same\s+)?year|that\s+(?:same\s+)?year)\b", re.I)
_MONTH_OR_DAY = re.compile(r"^\d{4}-(?P<m>\d{2})(?:-(?P<d>\d{2}))?$")
YEAR_WRITTEN = re.compile(r"\b(?:1[89]|20)\d{2}\b")  # a year written out in a time's text


# "799 the day before", "33.8 a week earlier", "the previous month": a step back from the time the
# sentence gave just before (not from publication, which the sentence's own date may be far from).
_STEP_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10}
_STEP_N = "|".join(_STEP_WORDS) + r"|\d{1,2}"


def _step_count(n: str) -> int:
    """'five' -> 5, '12' -> 12: how many units a step back or on spans."""
    return _STEP_WORDS.get(n.lower()) or int(n)


_STEP_BACK = re.compile(
    rf"\b(?:(?P<n>{_STEP_N})\s+(?P<unit>day|week|month|year)s?\s+(?:before|earlier|prior)"
    r"|the\s+(?:previous|prior|preceding)\s+(?P<unit2>day|week|month|year)"
    r"|the\s+(?P<unit3>day|week|month|year)\s+before)\b(?=\s*(?:[,.;:)—–-]|$)|\s+(?:and|when|while|but|or)\b)", re.I)
# "the previous Monday", "the prior Friday": that weekday before the day the sentence named just before
_WEEKDAY_BEFORE = re.compile(r"(?i)\bthe\s+(?:previous|prior|preceding)\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|"
                             r"saturday|sunday)\b")
# ("peaked on Thursday … the following day": the day after; not "over the next year", a stretch ahead)
_STEP_ON = re.compile(rf"(?i)\b(?:(?P<n>{_STEP_N})\s+(?P<unit>day|week|month|year)s?\s+later"
                      r"|(?<!over )(?<!within )(?<!during )(?<!for )(?<!in )(?<!of )"
                      r"the\s+(?:following|next)\s+(?P<unit2>day|week|month|year))\b(?!\s+(?:of|after|or)\b)")


def _before_that(text: str, refs: list[TimeRef], pub: date | None = None) -> list[TimeRef]:
    """`refs` plus each step back ("a week earlier") resolved from the time named just before it;
    "a day earlier" with no time before it is the day before the report's, as "yesterday" is."""
    if not (refs or pub) or not any(w in text.lower() for w in ("before", "earlier", "prior", "previous", "preceding", "later",
                                                                "following", "next")):
        return refs
    out = list(refs)  # (a step is read against `refs`, what the sentence named before it)
    for m in _STEP_ON.finditer(text):  # "started June 15, and two weeks later …": a step forward
        prior = [r for r in refs if r.end <= m.start()]
        if prior and not any(r.start <= m.start() < r.end for r in refs):
            value = _stepped_back(prior[-1].value, (m["unit"] or m["unit2"]).lower(), -_step_count(m["n"] or "1"))
            if value is not None:
                out.append(TimeRef(value=value, start=m.start(), end=m.end(), text=m.group(0)))
    for m in _WEEKDAY_BEFORE.finditer(text):  # "60 on Monday, compared with 82 the previous Monday"
        prior = [r for r in refs if r.end <= m.start() and re.fullmatch(r"\d{4}-\d{2}-\d{2}", r.value)]
        if not prior:
            continue
        day = date.fromisoformat(prior[-1].value)
        back = (day.weekday() - WEEKDAYS[m["wd"].lower()]) % 7 or 7
        out = [r for r in out if not (m.start() <= r.start and r.end <= m.end())]
        out.append(TimeRef(value=(day - timedelta(days=back)).isoformat(), start=m.start(), end=m.end(), text=m.group(0)))
    for m in _STEP_BACK.finditer(text):
        if any(r.start <= m.start() < r.end for r in refs):
            continue
        prior = [r.value for r in refs if r.end <= m.start()]
        unit = (m["unit"] or m["unit2"] or m["unit3"]).lower()
        if not prior and pub is not None and unit == "day" and m["n"] and _step_count(m["n"]) == 1 \
                and not any(r.start > m.end() for r in refs):
            prior = [pub.isoformat()]  # "test results received a day earlier": the day before the report's
        if not prior:
            continue
        value = _stepped_back(prior[-1], unit, _step_count(m["n"] or "1"))
        if value is not None:
            out.append(TimeRef(value=value, start=m.start(), end=m.end(), text=m.group(0)))
    return sorted(out, key=lambda r: r.start)


def _stepped_back(value: str, unit: str, steps: int) -> str | None:
    """A day, month or year value moved back by whole units of its own grain, forward for negative
    steps (None for other shapes)."""
    day = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
    month = re.fullmatch(r"(\d{4})-(\d{2})", value)
    year = re.fullmatch(r"(\d{4})-01-01/(\d{4})-12-31", value)
    if day and unit in ("day", "week"):
        d = _safe_date(int(day[1]), int(day[2]), int(day[3]))
        return (d - timedelta(days=steps * (7 if unit == "week" else 1))).isoformat() if d else None
    if month and unit == "month":
        k = int(month[1]) * 12 + int(month[2]) - 1 - steps
        return f"{k // 12:04d}-{k % 12 + 1:02d}"
    if year and unit == "year" and year[1] == year[2]:
        y = int(year[1]) - steps
        return f"{y:04d}-01-01/{y:04d}-12-31"
    if month and unit == "year":  # "$448m in July 2025, up from $129m a year earlier": July of the year before
        return f"{int(month[1]) - steps:04d}-{month[2]}"
    if day and unit == "year":
        d = _safe_date(int(day[1]), int(day[2]), int(day[3]))
        return _in_year(d, d.year - steps).isoformat() if d else None
    return None


def _of_that_year(text: str, refs: list[TimeRef]) -> list[TimeRef]:
    """'took office in January 2009 and peaked in October of that year': the month in the year the
    sentence named before it, not the one before publication."""
    if "that" not in text.lower():
        return refs
    out: list[TimeRef] = []
    for k, ref in enumerate(refs):
        m = _THAT_YEAR.match(text, ref.end)
        when = _MONTH_OR_DAY.match(ref.value) if m else None
        year = next((y for r in reversed(refs[:k]) for y in YEAR_WRITTEN.findall(r.text)), None) if when else None
        # ("February 29 of that year" in a year without one stays as it was)
        if year and _safe_date(int(year), int(when["m"]), int(when["d"] or 1)):
            ref = TimeRef(value=year + ref.value[4:], start=ref.start, end=m.end(), text=text[ref.start:m.end()])
        out.append(ref)
    return out


# "the Nov. 8 election", "the March 3 Super Tuesday primaries": a day named in front of an event
_EVENT_AFTER = re.compile(r"^\s+(?:[A-Za-z-]+\s+){0,3}?(?:elections?|votes?|runoffs?|referendums?|referenda|primary|primaries|"
                          r"caucus(?:es)?|ballots?|hearings?|summit|meetings?|deadline|launch|debates?|trial|sentencing|"
                          r"inauguration|ceremony|match|final|game|race|polls?)\b")


def _event_days(text: str, refs: list[TimeRef], pub: date | None) -> list[TimeRef]:
    """A year-less day that names an event ('the Nov. 8 election' in an October report) is the
    occurrence nearest to publication, ahead as readily as behind: a campaign story looks forward
    to its election day. Only with 'the' before the day, which makes it the event's name."""
    if pub is None:
        return refs
    out = []
    for ref in refs:
        day = _MONTH_OR_DAY.match(ref.value)
        if day and day["d"] and not _HAS_YEAR.search(ref.text) and _EVENT_AFTER.match(text[ref.end:]) \
                and re.search(r"(?i)\bthe\s+$", text[:ref.start]):
            options = [d for y in (pub.year - 1, pub.year, pub.year + 1)
                       if (d := _safe_date(y, int(day["m"]), int(day["d"]))) is not None]
            nearest = min(options, key=lambda d: abs((d - pub).days))
            ref = TimeRef(value=nearest.isoformat(), start=ref.start, end=ref.end, text=ref.text)
        out.append(ref)
    return out


_DATED_QUARTER = re.compile(r"(?i)\b(?:quarter|half)\s+of\s+(?P<y>(?:19|20)\d{2})\b")
_BARE_QUARTER = re.compile(r"(?i)\b(?:the\s+)?(?P<ord>first|second|third|fourth|final|last)[\s-]+(?P<unit>quarter|half)\b"
                           r"(?!\s+of\b|[\s-]+century)")


def _quarter_of_that_year(text: str, refs: list[TimeRef]) -> list[TimeRef]:
    """'In the final quarter of 2004 spending rose 18%, up from 17.5% in the third quarter': a
    quarter without a year shares the year of the quarter the sentence dated, not the one the
    publication date gives (or none, when the date is unknown)."""
    if "quarter" not in text.lower() and "half" not in text.lower():
        return refs
    dated = next((m for m in _DATED_QUARTER.finditer(text)), None)
    if dated is None:
        return refs
    year = int(dated["y"])
    out = list(refs)
    for m in _BARE_QUARTER.finditer(text):
        if any(r.start <= m.start() < r.end and _HAS_YEAR.search(r.text) for r in refs):
            continue
        n = ORDINALS[m["ord"].lower()]
        size = 3 if m["unit"].lower() == "quarter" else 6
        n = 12 // size if n == -1 else n
        if n > 12 // size:
            continue
        value = format_value((date(year, (n - 1) * size + 1, 1), _month_end(year, n * size)))
        out = [r for r in out if not (r.start <= m.start() < r.end or m.start() <= r.start < m.end())]
        out.append(TimeRef(value=value, start=m.start(), end=m.end(), text=text[m.start():m.end()]))
    return sorted(out, key=lambda r: r.start)


# A time named only by pointing back: "Back then", "at the time", "That year", "since then". Their
# value is the last dated time the story gave before them (this sentence or the ones just before).
THEN_ANAPHOR = re.compile(
    r"(?i)\b(?:(?P<as_is>back\s+then|at\s+(?:the|that)\s+time(?!\s+(?:of|when|we|I)\b)|by\s+then)"
    r"|(?P<since>(?:ever\s+)?since\s+then)"
    r"|(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+(?:same\s+)?(?P<unit>year|month|day)"
    rf"|(?P<n>{_STEP_N})\s+(?P<step>day|week|month|year)s?\s+later"
    r"|(?:later\s+)?that\s+(?P<part>night|evening|morning|afternoon))"
    r"\b(?!\s*'s)"
)


NOW_REF = re.compile(r"(?i)\b(?:now|currently|presently|today|tonight|so\s+far|to\s+date|at\s+present|this\s+(?:week|month|year))\b")


def pointable(refs: list[TimeRef]) -> list[TimeRef]:
    """The times an anaphor may point back to ("It has millions now. At the time, it had 900": the
    present it is set against is passed over)."""
    return [ref for ref in refs if not NOW_REF.fullmatch(ref.text.strip())]


def dated_antecedent(refs: list[TimeRef], published: str | None, before: int | None = None) -> TimeRef | None:
    """The last time in `refs` (ending before `before`) when an anaphor can point back to it: a
    stretch wholly before publication, not one that runs up to now ("since March", "so far")."""
    pub = _pub_date(published)
    earlier = [ref for ref in pointable(refs) if before is None or ref.end <= before]
    if not earlier:
        return None
    ref = earlier[-1]
    bounds = value_bounds(ref.value)
    running = pub is not None and (bounds is None or bounds[1] > pub or bounds[1] == pub and bounds[0] < pub)
    if bounds is None or running or NOW_REF.search(ref.text) or ref.text.lower().startswith(("since", "ever since")):
        return None
    return ref


def anaphoric_times(text: str, refs: list[TimeRef], earlier: TimeRef | None, published: str | None) -> list[TimeRef]:
    """`refs` with each pointing-back expression of the sentence resolved ("That year" after "in
    2014" is 2014); one with nothing dated to point to is left out."""
    out = list(refs)
    for m in THEN_ANAPHOR.finditer(text):
        if any(r.start < m.end() and m.start() < r.end for r in refs):
            continue  # already part of an expression ("in October of that year")
        if m["unit"] and any(r.start >= m.end() and re.fullmatch(r"\s*(?:(?:of|in)\s+)?", text[m.end():r.start])
                             for r in refs):
            continue  # "in the same month last year", "of 2024": the year after it says which (`_same_period`)
        ante = dated_antecedent(refs, published, m.start()) or earlier
        bounds = value_bounds(ante.value) if ante is not None else None
        if bounds is None:
            continue
        a, b = bounds
        if m["part"]:  # "That night, 21 members demanded …": the day before it, or the month when no day
            if (b - a).days > 31:
                continue
            value = ante.value  # type: ignore[union-attr]
        elif m["step"]:  # "Five years later, that number was 2,895": stepped on from the time before
            value = _stepped_back(ante.value, m["step"].lower(), -_step_count(m["n"]))
            if value is None:
                continue
            pub = _pub_date(published)
            later = value_bounds(value)
            if pub is not None and later is not None and later[0] > pub:
                value = pub.isoformat()  # "in October 2001. Almost nine years later, 20,000 are still fighting": now
        elif m["since"]:
            pub = _pub_date(published)
            if pub is None:
                continue
            value = format_value((a, pub))
        elif m["unit"] == "year":
            if a.year != b.year:
                continue
            value = f"{a.year:04d}-01-01/{a.year:04d}-12-31"
        elif m["unit"] == "month":
            if (a.year, a.month) != (b.year, b.month):
                continue
            value = f"{a.year:04d}-{a.month:02d}"
        elif m["unit"] == "day":
            if a != b:
                continue
            value = a.isoformat()
        else:
            value = ante.value  # type: ignore[union-attr]
        out.append(TimeRef(value=value, start=m.start(), end=m.end(), text=m.group()))
    return sorted(out, key=lambda r: r.start)


def resolve_time(expr: str, published: str | None) -> str | None:
    """The value of a single time expression, or None when it is not one (or cannot be resolved)."""
    refs = find_times(expr, published)
    if not refs:
        return None
    best = max(refs, key=lambda r: r.end - r.start)
    return best.value


def onset(ref: TimeRef, published: str | None) -> str:
    """When something began: 'since mid-January' dates its start to mid-January."""
    if ref.text.lower().startswith(("since ", "ever since ")):
        inner = re.sub(r"(?i)^(?:ever\s+)?since\s+(?:(?:on|in)\s+)?", "", ref.text)
        value = resolve_time(f"in {inner}", published)  # "in" lets a bare month stand alone
        if value:
            return value
    return ref.value


# Reporting verbs and nouns that a statement's date attaches to.
_SAID_BEFORE = re.compile(
    r"(?i)\b(?:said|says|told|reported|reports|announced|stated|claimed|confirmed|wrote|estimated|added|noted|"
    r"warned|published|released|revealed|disclosed|declared|tweeted|posted|briefed)"
    r"(?:\s+(?:\w+\s+){0,3}?(?:on|in|at|late|early|last))?\s*$"
)
_NOUN_AFTER = re.compile(
    r"(?i)^\s*(?:'s\s+)?(?:estimate|report|statement|briefing|announcement|interview|assessment|survey|"
    r"press\s+conference|update|bulletin|tally|count|census|poll)\b"
)


def statement_time(sentence: str, published: str | None) -> str | None:
    """The date a statement was made when the sentence gives it: 'said on Feb. 14', 'a Jan. 13 estimate'."""
    for ref in find_times(sentence, published):
        if ref.text.lower().startswith(("since", "ever since")):
            continue
        before, after = sentence[:ref.start], sentence[ref.end:]
        if _SAID_BEFORE.search(before) or _NOUN_AFTER.match(after):
            return ref.value
    return None
