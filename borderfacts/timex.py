"""TIMEX3 values for temporal expressions, resolved against a reference date.

Pure functions, no spaCy: ``dates.py`` finds the expressions and the tense,
this module turns their parts into TIMEX3 values (``2022-09-14``, ``2022-09``,
``2022``, ``2022-W37``, ``192``, ``XXXX-09-14``, ``2022-09-20T10:00``).

Calendar strings ("Sept 14", "April 2021", "two weeks ago", "Friday") are
parsed by dateparser (English only, ``RELATIVE_BASE`` = the reference date,
``PREFER_DATES_FROM`` by tense). dateparser is imported on the first parse,
and parses are cached, so a document without dates never pays for it.
"""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from functools import lru_cache
from importlib import resources
from typing import Optional

PAST, FUTURE, NEAREST = "past", "future", "nearest"

# A TIMEX3 value and its granularity (day/month/year/week/decade/time/None).
Value = tuple[Optional[str], Optional[str]]
NO_VALUE: Value = (None, None)


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """Word lists in ``borderfacts/data/dates.json``, loaded once."""
    return json.loads(resources.files("borderfacts.data").joinpath("dates.json").read_text("utf-8"))


# --- dateparser, lazily ---------------------------------------------------

@lru_cache(maxsize=64)
def _parser(base: date, prefer: str):
    from dateparser.date import DateDataParser  # lazy: ~0.1 s, only when a document needs it

    settings = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": prefer,
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_TIME_AS_PERIOD": True,
    }
    return DateDataParser(languages=["en"], settings=settings)


# Without a reference date dateparser still needs a base; any fixed day works
# because only the parts the string itself gives (never the base) are used.
_NEUTRAL_BASE = date(2000, 1, 1)


@lru_cache(maxsize=8192)
def parse(text: str, base: Optional[date] = None, prefer: str = "current_period") -> Optional[date]:
    """dateparser on one candidate string (cached); ``None`` when it fails."""
    data = _parser(base or _NEUTRAL_BASE, prefer).get_date_data(text)
    return data.date_obj.date() if data and data.date_obj else None


# --- formatting -------------------------------------------------------------

def day_value(d: date) -> Value:
    return d.isoformat(), "day"


def month_value(d: date) -> Value:
    return f"{d.year:04d}-{d.month:02d}", "month"


def year_value(year: int) -> Value:
    return f"{year:04d}", "year"


def week_value(d: date, suffix: str = "") -> Value:
    iso = d.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}{suffix}", "week"


def period_end(value: Optional[str]) -> Optional[date]:
    """Last day covered by a TIMEX3 value, ``None`` when it has unknown digits."""
    if not value or "X" in value:
        return None
    head = value.split("T")[0]
    try:
        if len(head) == 10:
            return date.fromisoformat(head)
        if "-W" in head:
            year, week = head[:4], head[6:8]
            return date.fromisocalendar(int(year), int(week), 7)
        if len(head) == 7 and head[4] == "-" and head[5:].isdigit():
            y, m = int(head[:4]), int(head[5:])
            return (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1))
        if len(head) >= 7 and head[4] == "-":  # seasons, quarters: the year's end
            return date(int(head[:4]), 12, 31)
        if len(head) == 4 and head.isdigit():
            return date(int(head), 12, 31)
        if len(head) == 3 and head.isdigit():
            return date(int(head) * 10 + 9, 12, 31)
        if len(head) == 2 and head.isdigit():
            return date(int(head) * 100 + 99, 12, 31)
    except ValueError:
        return None
    return None


# --- calendar expressions ------------------------------------------------------

def _choose(past: Optional[date], future: Optional[date], ref: date, tense: str, same) -> Optional[date]:
    """Pick the occurrence consistent with tense; ``same`` says "the ref's own period"."""
    if past is not None and same(past):
        return past  # "on Tuesday" in a Tuesday article, "in September" in September
    if tense == PAST:
        return past or future
    if tense == FUTURE:
        return future or past
    if past is None or future is None:
        return past or future
    return past if (ref - past) <= (future - ref) else future


def month_day(month: int, day: Optional[int], year: Optional[int], text: str,
              ref: Optional[date], tense: str) -> Value:
    """"Sept 14", "14 September 2022", "April 2021", "January" (text is the dateparser string)."""
    if year is not None:
        parsed = parse(text, ref, PAST)  # two-digit years belong to the past ("25 Aug 88")
        if parsed is None:
            return NO_VALUE
        return day_value(parsed) if day else month_value(parsed)
    if ref is None:
        if day is None:
            return f"XXXX-{month:02d}", "month"
        return f"XXXX-{month:02d}-{day:02d}", "day"
    if day is None:
        same = lambda d: (d.year, d.month) == (ref.year, ref.month)  # noqa: E731
    else:
        same = lambda d: d == ref  # noqa: E731
    chosen = _choose(parse(text, ref, PAST), parse(text, ref, FUTURE), ref, tense, same)
    if chosen is None:
        return NO_VALUE
    return day_value(chosen) if day else month_value(chosen)


def weekday(name: str, ref: Optional[date], tense: str, shift_weeks: int = 0) -> Value:
    """"Friday": the most recent one in the past tense, the next one in the future."""
    number = lexicon()["weekdays"][name.lower()]
    if ref is None:
        return f"XXXX-WXX-{number}", "day"
    if ref.isoweekday() == number and not shift_weeks:
        return day_value(ref)  # "on Tuesday" in a Tuesday article: that very day
    chosen = _choose(parse(name, ref, PAST), parse(name, ref, FUTURE), ref, tense,
                     lambda d: d == ref)
    if chosen is None:
        return NO_VALUE
    return day_value(chosen + timedelta(weeks=shift_weeks))


def relative_day(offset: int, ref: Optional[date]) -> Value:
    """today (0), yesterday (-1), tomorrow (+1)."""
    if ref is None:
        return NO_VALUE
    word = {0: "today", -1: "yesterday", 1: "tomorrow"}.get(offset)
    parsed = parse(word, ref) if word else ref + timedelta(days=offset)
    return day_value(parsed) if parsed else NO_VALUE


def relative_unit(unit: str, shift: int, ref: Optional[date]) -> Value:
    """this/last/next week, month, year, weekend, decade (shift -1, 0, +1)."""
    if ref is None:
        return NO_VALUE
    if unit == "year":
        return year_value(ref.year + shift)
    if unit == "decade":
        return f"{(ref.year // 10) + shift:03d}", "decade"
    if unit in ("week", "weekend"):
        return week_value(ref + timedelta(weeks=shift), "-WE" if unit == "weekend" else "")
    if unit == "month":
        word = {0: None, -1: "last month", 1: "next month"}[shift]
        d = parse(word, ref) if word else ref
        return month_value(d) if d else NO_VALUE
    if unit == "quarter":
        quarter = (ref.month - 1) // 3 + shift
        year = ref.year + quarter // 4
        return f"{year:04d}-Q{quarter % 4 + 1}", None
    season = lexicon()["seasons"].get(unit)
    if season:
        return f"{ref.year + shift:04d}-{season}", None
    return NO_VALUE


def ago(number: int, unit: str, ref: Optional[date]) -> Value:
    """"two weeks ago", "a year ago": value at the unit's granularity."""
    if ref is None:
        return NO_VALUE
    if unit == "decade":
        number, unit = number * 10, "year"
    d = parse(f"{number} {unit}s ago", ref)
    if d is None:
        return NO_VALUE
    if unit == "day":
        return day_value(d)
    if unit == "week":
        return week_value(d)
    if unit == "month":
        return month_value(d)
    return year_value(d.year)


def with_time(date_value: Value, clock: str) -> Value:
    """Attach a clock time ("T10:00") or part of day ("TAF") to a day value."""
    value = date_value[0] or "XXXX-XX-XX"
    return f"{value}T{clock}", "time"
