"""Publication dates and event dates.

Event dates are resolved against an anchor (the publication date): "today", "on
Thursday", "last month", "in April 2020", "on March 18". Each resolved date carries its
precision: `day`, `month` or `year`. A relative expression with no anchor stays
unresolved; Accord never falls back to the machine's clock.

Relative words are handled by a fast path; explicit calendar dates go to dateparser.
The expressions are tried only where a date can start (prefilter.py).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .prefilter import Prefilter

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ORD = r"(?:st|nd|rd|th)?"

# A dateline: "MOSCOW (UrduPoint News / Sputnik - 02nd January, 2021)"
DATELINE = re.compile(
    rf"\b[A-Z][A-Z .'-]{{2,}}\s*\([^()\n]{{0,80}}?[-–—,]\s*(\d{{1,2}}){_ORD}\s+({_MONTH}),?\s+(\d{{4}})\s*\)"
)
# A byline: "Sat 02nd January 2021 | 11:00 AM"
BYLINE = re.compile(
    rf"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+(\d{{1,2}}){_ORD}\s+({_MONTH}),?\s+(\d{{4}})\s*\|"
)
# "Published 10:00 AM EDT, Thu July 25, 2024" or "Updated ... July 25, 2024"
PUBLISHED_LINE = re.compile(
    rf"\b(?:Published|Updated|Posted)\b[^\n]{{0,40}}?\b({_MONTH})\s+(\d{{1,2}}),\s+(\d{{4}})"
)
HEAD_CHARS = 800


@dataclass(frozen=True)
class DateValue:
    value: str  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    precision: str  # day | month | year


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: DateValue
    future: bool = False
    kind: str = ""  # the expression's kind: "weekday" ("on Wednesday"), "mdy", "month", "year" ...


def find_publication_date(text: str) -> str | None:
    """The date an article gives for itself in a dateline or byline, or None.

    Event dates in the body ("On May 21, 2021, ...") are not publication dates.
    """
    head = text[:HEAD_CHARS]
    for pattern in (DATELINE, BYLINE):
        m = pattern.search(head)
        if m:
            day, month, year = m.groups()
            return _iso(int(year), MONTHS[month.lower().rstrip(".")], int(day))
    m = PUBLISHED_LINE.search(head)
    if m:
        month, day, year = m.groups()
        return _iso(int(year), MONTHS[month.lower().rstrip(".")], int(day))
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


# Relative and explicit expressions, most specific first. Group names select the rule.
DATE_EXPRESSIONS = re.compile(
    rf"""
    (?P<mdy>\b(?:on\s+)?(?:{_WEEKDAY},?\s+)?{_MONTH}\s+\d{{1,2}}{_ORD}(?:,?\s+\d{{4}})?\b)
  | (?P<dmy>\b(?:on\s+)?(?:the\s+)?\d{{1,2}}{_ORD}\s+(?:of\s+)?{_MONTH},?(?:\s+\d{{4}})?\b)
  | (?P<my>\b(?:in\s+|since\s+|by\s+)?(?:early\s+|mid-|late\s+)?{_MONTH}(?:\s+of)?\s+\d{{4}}\b)
  | (?P<month>\b(?:in|since|during|last|this|next|early|late)\s+{_MONTH}\b)
  | (?P<year>\b(?:in|since|during|of)\s+(?:19|20)\d{{2}}\b)
  | (?P<today>\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b)
  | (?P<yesterday>\b(?:yesterday|last\s+night)\b)
  | (?P<tomorrow>\btomorrow\b)
  | (?P<weekday>\b(?:(?:on|last|this|next)\s+)?{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?\b)
  | (?P<lastweek>\b(?:last\s+week|earlier\s+this\s+week|this\s+week|the\s+past\s+week)\b)
  | (?P<nextweek>\b(?:next\s+week|later\s+this\s+week|the\s+coming\s+(?:days|weeks))\b)
  | (?P<lastmonth>\blast\s+month\b)
  | (?P<thismonth>\b(?:this|earlier\s+this)\s+month\b)
  | (?P<lastyear>\b(?:last\s+year|(?:over|during|in)\s+the\s+past\s+year)\b)
  | (?P<thisyear>\b(?:this|earlier\s+this)\s+year\b)
    """,
    re.VERBOSE | re.IGNORECASE,
)

_CAPITALISED_MONTH = re.compile(_MONTH)


@lru_cache(maxsize=1)
def _date_prefilter() -> Prefilter:
    return Prefilter([DATE_EXPRESSIONS])


def check_date(value: str) -> str | None:
    """Why `value` (YYYY-MM-DD, possibly followed by a time) is not a real calendar day
    from 0001-01-01 to 9999-12-31, or None when it is one: "2021-02-30" is not a day of
    February, "2021-13-01" has no month 13, "0000-01-01" has no year 0."""
    day = value[:10]
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        return f"{value!r} is not a date of the form YYYY-MM-DD"
    try:
        date.fromisoformat(day)
    except ValueError as exc:
        return f"{day!r} is not a real calendar day ({exc})"
    return None


def anchor_date(anchor: str | None) -> date | None:
    """The anchor as a date; None when there is none or it is no real day (dates are
    checked where they enter, so that is a caller's mistake, not worth a crash)."""
    if not anchor or check_date(anchor) is not None:
        return None
    return date.fromisoformat(anchor[:10])


def find_dates(sentence: str, anchor: str | None) -> list[DateMention]:
    """Date expressions in a sentence, resolved against the anchor date where needed.
    An expression that would fall outside years 1 to 9999 ("last week" in 0001-01-01)
    stays unresolved."""
    found: list[DateMention] = []
    base = anchor_date(anchor)
    for m in _date_prefilter().matches(sentence).get(0, []):  # DATE_EXPRESSIONS.finditer, tried only where a date can start
        kind = m.lastgroup or ""
        text = m.group(0)
        if kind in {"mdy", "dmy", "my", "month"} and not _CAPITALISED_MONTH.search(text):
            continue  # "may", "march" as ordinary words
        if kind == "month" and re.search(r"\bMay\b", text) and not re.search(r"\b(?:in|since|during|last|this|next|early|late)\s+May\b", text):
            continue
        try:
            resolved = _resolve(kind, text, base)
        except (OverflowError, ValueError):  # before 0001-01-01 or after 9999-12-31
            resolved = None
        if resolved is None:
            continue
        value, future = resolved
        found.append(DateMention(m.start(), m.end(), text, value, future, kind))
    return found


def resolve_date(expression: str, anchor: str | None) -> DateValue | None:
    """Resolve one date expression ("on Thursday", "in April 2020") against an anchor."""
    for mention in find_dates(expression, anchor):
        return mention.date
    return None


def _resolve(kind: str, text: str, base: date | None) -> tuple[DateValue, bool] | None:
    low = text.lower()
    if kind in {"mdy", "dmy"}:
        return _explicit_day(text, base)
    if kind == "my":
        month = _month_in(low)
        year = int(re.search(r"\d{4}", low).group(0))  # type: ignore[union-attr]
        if year == 0:
            return None
        return DateValue(f"{year:04d}-{month:02d}", "month"), False
    if kind == "year":
        return DateValue(re.search(r"\d{4}", low).group(0), "year"), False  # type: ignore[union-attr]
    if base is None:
        return None
    if kind == "month":
        month = _month_in(low)
        year = base.year
        if low.startswith("next"):
            year = base.year + (1 if month <= base.month else 0)
            if year > 9999:
                return None
            return DateValue(f"{year:04d}-{month:02d}", "month"), True
        if month > base.month:
            year -= 1
        if year < 1:
            return None
        return DateValue(f"{year:04d}-{month:02d}", "month"), False
    if kind == "today":
        return DateValue(base.isoformat(), "day"), False
    if kind == "yesterday":
        return DateValue((base - timedelta(days=1)).isoformat(), "day"), False
    if kind == "tomorrow":
        return DateValue((base + timedelta(days=1)).isoformat(), "day"), True
    if kind == "weekday":
        wanted = WEEKDAYS[next(w for w in WEEKDAYS if w in low)]
        if low.startswith("next"):
            delta = (wanted - base.weekday()) % 7 or 7
            return DateValue((base + timedelta(days=delta)).isoformat(), "day"), True
        delta = (base.weekday() - wanted) % 7
        if low.startswith("last") and delta == 0:
            delta = 7
        return DateValue((base - timedelta(days=delta)).isoformat(), "day"), False
    if kind == "lastweek":
        then = base - timedelta(days=7) if low.startswith("last") else base
        return DateValue(f"{then.year:04d}-{then.month:02d}", "month"), False
    if kind == "nextweek":
        then = base + timedelta(days=7)
        return DateValue(f"{then.year:04d}-{then.month:02d}", "month"), True
    if kind == "lastmonth":
        then = base.replace(day=1) - timedelta(days=1)
        return DateValue(f"{then.year:04d}-{then.month:02d}", "month"), False
    if kind == "thismonth":
        return DateValue(f"{base.year:04d}-{base.month:02d}", "month"), False
    if kind == "lastyear":
        if base.year == 1:
            return None
        return DateValue(str(base.year - 1), "year"), False
    if kind == "thisyear":
        return DateValue(str(base.year), "year"), False
    return None


def _month_in(low: str) -> int:
    for word in re.findall(r"[a-z]+", low):
        if word in MONTHS:
            return MONTHS[word]
    raise ValueError(f"no month in {low!r}")


UPCOMING_DAYS = 92  # a day without a year up to a quarter after the anchor is the coming one


def _explicit_day(text: str, base: date | None) -> tuple[DateValue, bool] | None:
    """A calendar day, parsed by dateparser; the year, when missing, is the anchor's when
    that puts the day no more than a quarter after it ("a July 9 deadline" in May: the
    coming one), else the most recent one that puts the day on or before the anchor."""
    has_year = re.search(r"\b\d{4}\b", text) is not None
    if not has_year and base is None:
        return None
    parsed = _dateparse(re.sub(r"^(?:on\s+)", "", text, flags=re.I), base.isoformat() if base else None)
    if parsed is None:
        return None
    upcoming = not has_year and base is not None and base < parsed <= base + timedelta(days=UPCOMING_DAYS) and parsed.year == base.year
    if not has_year and base is not None and not upcoming:
        # the latest year, up to the anchor's, in which that day exists (29 February)
        for year in range(base.year, base.year - 9, -1):
            try:
                candidate = parsed.replace(year=year)
            except ValueError:
                continue
            if candidate <= base + timedelta(days=1):
                parsed = candidate
                break
    return DateValue(parsed.isoformat(), "day"), bool(base and parsed > base)


_MONTH_NAME = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
CALENDAR_DAY = [
    re.compile(rf"^{_MONTH_NAME}\s+{_DAY}{_YEAR}$", re.IGNORECASE),  # May 21, 2021 / May 21
    re.compile(rf"^{_DAY}\s+(?:of\s+)?{_MONTH_NAME}{_YEAR}$", re.IGNORECASE),  # 21 May 2021 / 21st of May
    re.compile(r"^(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)$"),  # 2021-05-21
]


def calendar_day(text: str, base: str | None) -> date | None:
    """The fast path in front of dateparser: the common written forms of a calendar day,
    read directly (the year, when missing, is the anchor's; `_explicit_day` then moves
    it back if need be). None when the text is in another form or names no real day."""
    for pattern in CALENDAR_DAY:
        match = pattern.match(text.strip())
        if match:
            month = match.group("month")
            year = match.group("year") or (base[:4] if base else None)
            if year is None:
                return None
            try:
                return date(int(year), int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")], int(match.group("day")))
            except ValueError:
                return None
    return None


@lru_cache(maxsize=4096)
def _dateparse(text: str, base: str | None) -> date | None:
    fast = calendar_day(text, base)
    if fast is not None:
        return fast
    import dateparser  # imported lazily: its first call costs ~200 ms

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}
    if base:
        from datetime import datetime

        settings["RELATIVE_BASE"] = datetime.fromisoformat(base)
    try:
        result = dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
    except (OverflowError, ValueError):  # a day dateparser cannot place in years 1 to 9999
        return None
    return result.date() if result else None
