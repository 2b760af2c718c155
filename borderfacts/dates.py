"""Dates: the ``borderfacts_dates`` component (issue 5).

Finds temporal expressions that point at a calendar time, trims them to the
TIMEX3 extent ("on Friday" -> "Friday"), normalises them to TIMEX3 values
against the reference date (``timex.py``) and sets the reference date from a
dateline or publication line when no ``--reference-date`` was given.

Detection is a small grammar of linear regexes over the text (safe on 1 MB
single-line inputs) checked against the spaCy parse: the tagger and the
entity recogniser tell "May" the month from "may" the modal and 2021 the year
from 2000 troops; the dependency parse gives the tense that decides which
Friday or which January is meant. Durations ("three days", "the past year"),
ages ("Rakhmon, 69"), frequencies ("every day"), money and counts are not
matched by the grammar or are filtered out.

Each mention carries a private ``_earlier`` flag (the expression points
clearly before the current episode) that the casualties component uses.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc

from . import timex
from .extensions import doc_text, set_extensions
from .timex import FUTURE, NEAREST, NO_VALUE, PAST, Value, lexicon

# --- the grammar ---------------------------------------------------------------


def _alternation(words: Iterable[str]) -> str:
    """Title-case and upper-case forms, longest first (month and day names)."""
    forms = {f for w in words for f in (w.title(), w.upper())}
    return "(?:" + "|".join(sorted(forms, key=lambda f: (-len(f), f))) + ")"


_LEX = lexicon()
_MON = _alternation(_LEX["months"])
_MON_FULL = _alternation(w for w in _LEX["months"] if len(w) > 4 or w in ("may", "june", "july"))
_WD = _alternation(_LEX["weekdays"])
_POD = "(?i:morning|afternoon|evening|night)"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
_Y4 = r"(?:1[5-9][0-9]{2}|20[0-9]{2})"
_NUM = "(?i:" + "|".join(sorted(_LEX["number_words"], key=len, reverse=True)) + r"|[0-9]{1,3})"
# Modifiers kept inside the extent, as TimeML does ("early December", "late 2020").
_MOD = r"(?i:(?:early|late|mid|end|the\s+(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of)[\s-]+)"
_MOD_REL = r"(?i:(?:earlier|later|early|late|mid|end|the\s+(?:end|beginning|start|middle)\s+of)[\s-]+)"
_TZ = r"(?:GMT|UTC|[A-Z][a-z]+\s+time|local\s+time)"

_PATTERNS: list[tuple[str, re.Pattern]] = [
    (kind, re.compile(pattern, re.M))
    for kind, pattern in (
        ("iso", rf"\b(?P<year>{_Y4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])\b"),
        # day-first numeric dates of European and Central Asian outlets: "17.04.2026", "22.03.2024"
        ("dotted", rf"(?<![0-9.])\b(?P<d>0?[1-9]|[12][0-9]|3[01])\.(?P<m>0?[1-9]|1[0-2])\.(?P<year>{_Y4})\b(?![.][0-9])"),
        # "22/04/2026", "14-06-2026", "05/21/2026": day or month first, told by a number over 12 or the article's date
        ("numeric", rf"(?<![0-9./-])\b(?:(?P<wd>{_WD}),?\s+)?(?P<a>0?[1-9]|[12][0-9]|3[01])(?P<sep>[/-])(?P<b>0?[1-9]|[12][0-9]|3[01])"
                    rf"(?P=sep)(?P<year>{_Y4})\b(?![/-][0-9])"),
        ("mdy", rf"\b(?:(?P<wd>{_WD}),?\s+)?(?P<mod>{_MOD})?(?P<mon>{_MON})\.?[ \t]+(?P<day>{_DAY})\b"
                rf"(?:\s*[-–]\s*(?P<day2>{_DAY})\b)?"
                rf"(?![,.:][0-9]|\s*%|-)(?:,?\s+(?P<year>{_Y4})\b(?![,.][0-9]))?"),
        ("dmy", rf"\b(?:(?P<wd>{_WD}),?\s+)?(?:(?P<day0>{_DAY})\s*[-–]\s*)?(?P<day>{_DAY})\.?[ \t]+(?:of\s+)?(?P<mon>{_MON})\b(?:\.(?=,?[ \t]+'?[0-9]))?"
                rf"(?:,?\s+(?P<year>{_Y4})\b(?![,.][0-9])|\s+'?(?P<yy>[0-9]{{2}})\b(?=\s*(?:\(|-|–|—|$)))?"),
        ("my", rf"\b(?P<mod>{_MOD})?(?P<mon>{_MON})\.?,?\s+(?:of\s+)?(?P<year>{_Y4})\b(?![,.][0-9])"),
        ("month", rf"\b(?P<mod>{_MOD})?(?:(?P<rel>(?i:last|next|this|that|this\s+coming|coming))\s+)?"
                  rf"(?P<mon>{_MON_FULL})\b(?:\s+(?:of\s+)?(?P<rel2>(?i:last|next|this))\s+year\b)?"),
        ("year", rf"(?<![0-9$£€#.,/:-])\b(?P<mod>{_MOD}|(?i:(?:spring|summer|autumn|fall|winter)\s+))?"
                 rf"(?P<year>{_Y4})\b(?:\s*[-–]\s*(?P<year2>{_Y4}|[0-9]{{2}})\b)?(?![.,:-]?[0-9])"),
        ("decade", rf"\b(?:(?P<the>(?i:the))\s+)?(?P<mod>(?i:early|late|mid)[\s-]+)?"
                   rf"(?:(?P<dec>1[5-9][0-9]0|20[0-9]0)'?s|'(?P<d2>[0-9]0)s)\b"),
        ("century", r"\b(?P<n>[0-9]{1,2})(?:st|nd|rd|th)[\s-]+(?i:century)\b"),
        ("relday", rf"\b(?P<w>(?i:today|tonight|yesterday|tomorrow))\b(?:\s+(?P<pod>{_POD})\b)?"),
        ("podrel", r"\b(?P<rel>(?i:this|last))\s+(?P<pod>(?i:morning|afternoon|evening|night))\b"),
        ("relunit", rf"\b(?P<mod>{_MOD_REL})?(?P<the>(?i:the)\s+)?"
                    r"(?P<rel>(?i:this|last|next|past|coming|current|previous|following))\s+(?P<fiscal>(?i:fiscal)\s+)?"
                    r"(?P<unit>(?i:week|weekend|month|year|summer|winter|spring|autumn|fall|decade|quarter))\b(?!-)"),
        ("eoy", r"\b(?P<mod>(?i:the\s+(?:end|beginning|start|middle)\s+of))\s+(?:(?i:the)\s+)?"
                r"(?P<unit>(?i:year|month|week))\b(?!\s+(?:of|in|when|that|before|after|[0-9]))"),
        ("ago", rf"\b(?P<n>{_NUM})\s+(?P<unit>(?i:day|week|month|year|decade))s?\s+(?i:ago)\b"),
        ("weekday", rf"(?:\b(?P<rel>(?i:last|next|this\s+coming|this|coming))\s+)?\b(?P<wd>{_WD})\b"
                    rf"(?:\s+(?P<pod>{_POD})\b)?"),
        ("clock", rf"\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5][0-9]))?\s*(?P<ampm>(?i:a\.m\.|p\.m\.|am\b|pm\b))"
                  rf"(?:\s+(?P<wd>{_WD})\b)?"),
        ("clock", rf"\b(?P<h>[01]?[0-9]|2[0-3]):(?P<mi>[0-5][0-9])\b(?!:[0-9])(?:\s*(?P<tz>{_TZ}))?(?:\s+(?P<wd>{_WD})\b)?"),
        ("clock", rf"\b(?P<h>[01][0-9]|2[0-3])(?P<mi>[0-5][0-9])\s*(?P<tz>GMT|UTC)\b(?:\s+(?P<wd>{_WD})\b)?"),
    )
]

_PRIORITY = {kind: i for i, (kind, _) in enumerate(_PATTERNS)}


@dataclass
class Candidate:
    start: int
    end: int
    kind: str
    parts: dict = field(default_factory=dict)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop trailing spaces from the extent (possessives and "on" are outside the patterns)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def candidates(text: str) -> list[Candidate]:
    """Every grammar match, overlaps resolved in favour of the longest (pure)."""
    found: list[Candidate] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            parts = {k: v for k, v in m.groupdict().items() if v is not None}
            start, end = _trim(text, m.start(), m.end())
            if kind == "year" and "year2" in parts:  # "2009-2010", "1957-58": two expressions
                second = parts.pop("year2")
                if len(second) == 2:
                    second = parts["year"][:2] + second
                found.append(Candidate(m.start(), m.end("year"), kind, parts))
                found.append(Candidate(m.start("year2"), m.end("year2"), kind, {"year": second, "_range": True}))
                continue
            if kind == "mdy" and "day2" in parts:  # "Sept 14-16, 2022": two days
                found.append(Candidate(m.start("day2"), end, kind,
                                       {**parts, "day": parts.pop("day2"), "wd": None, "mod": None}))
                found.append(Candidate(start, m.end("day"), kind, parts))
                continue
            if kind == "dmy" and "day0" in parts:  # "19-20 September 2023": two days
                found.append(Candidate(m.start("day0"), m.end("day0"), kind,
                                       {**parts, "day": parts.pop("day0"), "wd": None}))
                found.append(Candidate(m.start("day"), end, kind, parts))
                continue
            found.append(Candidate(start, end, kind, parts))
    found.sort(key=lambda c: (-(c.end - c.start), _PRIORITY[c.kind], c.start))
    kept: list[Candidate] = []
    taken = bytearray(len(text) + 1)  # linear in the text, however many matches
    for c in found:
        if any(taken[c.start:c.end]):
            continue
        kept.append(c)
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    kept.sort(key=lambda c: c.start)
    return kept


# --- checks against the parse ------------------------------------------------------

_ENT_BLOCKING = {"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "GPE", "LOC", "NORP", "LAW"}


def _tokens(doc: Doc, c: Candidate):
    return doc.char_span(c.start, c.end, alignment_mode="expand")


def _previous_word(doc: Doc, span) -> str:
    return doc[span.start - 1].lower_ if span.start > 0 else ""


def _plausible(doc: Doc, c: Candidate) -> bool:
    """False for matches that are not calendar expressions in this context."""
    span = _tokens(doc, c)
    if span is None or not len(span):
        return False
    first = span[0]
    previous = _previous_word(doc, span)
    following = doc[span.end] if span.end < len(doc) else None
    is_date_ent = first.ent_type_ in ("DATE", "TIME")
    if previous in ("every", "each", "per") and c.kind in ("weekday", "month", "relday", "podrel"):
        return False  # frequencies: "every Friday"
    if c.kind == "month" and not (c.parts.get("mod") or c.parts.get("rel") or c.parts.get("rel2")):
        if first.tag_ == "MD" or first.ent_type_ in _ENT_BLOCKING:
            return False  # "Tensions may rise", "Theresa May", "June Almeida"
        word = c.parts["mon"].lower()
        if word in _LEX["ambiguous_months"] and not is_date_ent and previous not in _LEX["month_cue_words"]:
            return False
        if first.i > 0 and doc[first.i - 1].ent_type_ == "PERSON":
            return False
    if c.kind == "weekday" and first.ent_type_ in ("ORG", "WORK_OF_ART", "PRODUCT", "FAC"):
        return False
    if c.kind == "year" and not c.parts.get("mod") and not c.parts.get("_range"):
        year = int(c.parts["year"])
        if previous in _LEX["year_blocking_previous"] or previous == "#":
            return False
        nxt = following.lower_ if following is not None else ""
        if nxt in _LEX["year_blocking_next"]:
            return False
        if not is_date_ent:
            if previous in _LEX["year_count_previous"]:
                return False
            if following is not None and following.tag_ == "NNS" and first.dep_ == "nummod":
                return False  # "2000 troops"
            if year < 1900 and previous not in _LEX["month_cue_words"]:
                return False
            if first.ent_type_ in ("MONEY", "QUANTITY", "PERCENT"):
                return False
    if c.kind == "clock" and not c.parts.get("ampm") and not c.parts.get("tz") \
            and previous not in ("at", "by", "until", "till", "from", "before", "after", "around", "about", "since", "to"):
        return False  # "finishing in 3:07:35", scores, ratios
    if c.kind == "relunit":
        rel = c.parts["rel"].lower()
        the = bool(c.parts.get("the"))
        if rel in ("past", "previous", "following"):
            return False  # durations ("in the past year") or anaphora without an anchor
        if the and rel == "next":
            return False  # "over the next year": a duration
    if c.kind == "ago" and c.parts["n"].lower() not in _LEX["number_words"] and not c.parts["n"].isdigit():
        return False
    return True


# --- tense --------------------------------------------------------------------------

PERFECT = "perfect"  # present perfect: past, except "until Saturday"
_UNTIL = ("until", "till", "through", "pending")
_FUTURE_AUX = {"will", "'ll", "shall", "wo", "ll"}


def _finite(v) -> bool:
    aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    return v.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(a.tag_ in ("VBD", "VBZ", "VBP", "MD") for a in aux)


def tense(doc: Doc, start: int, end: int) -> str:
    """PAST / FUTURE / "present" / NEAREST from the verb that governs the expression.

    Non-finite verbs ("to resume", "departing", "expected to") pass the
    question up to the verb they depend on; "will" / "'ll" / "going to" and
    cue verbs in the present ("are expected to", "is due to") mean FUTURE.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return NEAREST
    token = span.root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return NEAREST
    if token.tag_ == "VB" and token.dep_ in ("acl", "relcl") and any(c.lower_ == "to" for c in token.children):
        return FUTURE  # "the program to run through June"
    chain = [token]
    while not _finite(chain[-1]) and chain[-1].head.i != chain[-1].i and len(chain) < 5 \
            and chain[-1].dep_ in ("xcomp", "advcl", "pcomp", "conj", "ccomp", "acomp", "relcl", "acl"):
        if chain[-1].tag_ == "VBN" and chain[-1].dep_ in ("acl", "relcl"):
            break  # "a ceasefire agreed on September 16"
        chain.append(chain[-1].head)
    for v in chain:
        aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in _FUTURE_AUX for a in aux) or v.lower_ in _FUTURE_AUX:
            return FUTURE
        present_cue = v.tag_ == "VBN" and any(a.tag_ in ("VBZ", "VBP") and a.lemma_ == "be" for a in aux)
        if (v.i != token.i or present_cue) and (v.lower_ == "going" or (
                v.lemma_.lower() in _LEX["future_cue_lemmas"] and v.tag_ != "VBD"
                and not any(a.tag_ == "VBD" for a in aux))):
            return FUTURE
    verb = next((v for v in chain if _finite(v)), chain[-1])
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
        return PAST
    if any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in aux):
        return PERFECT  # "has largely held since", "has been postponed until"
    if verb.tag_ == "VBN" or any(a.lemma_ == "have" for a in aux):
        return PAST  # "had been", "a ceasefire agreed on"
    if verb.tag_ in ("VBZ", "VBP", "VBG", "VB") or any(a.tag_ in ("VBZ", "VBP") for a in aux):
        return "present"
    return NEAREST


# --- normalisation ----------------------------------------------------------------------

def _yy(two_digits: str) -> str:
    """Two-digit years as POSIX strptime reads them: 69-99 -> 19xx, 00-68 -> 20xx."""
    n = int(two_digits)
    return str(1900 + n if n >= 69 else 2000 + n)


def _shift_for(rel: Optional[str]) -> Optional[int]:
    return {"last": -1, "previous": -1, "next": 1, "coming": 1, "this coming": 1,
            "this": 0, "current": 0}.get(" ".join((rel or "").lower().split()))


def _mod_late_in_period(mod: Optional[str]) -> bool:
    return bool(mod) and any(w in mod.lower() for w in ("end", "late"))


def _numeric_date(a: int, b: int, year: int, ref: Optional[date]) -> Value:
    """"22/04/2026" (day first), "05/21/2026" (month first); when both readings
    are dates, the one nearer the article's date, else day first (most of the world)."""
    readings = []
    for day, month in ((a, b), (b, a)):
        try:
            readings.append(date(year, month, day))
        except ValueError:
            continue
    if not readings:
        return NO_VALUE
    if ref is not None:
        readings.sort(key=lambda d: abs((d - ref).days))
    return readings[0].isoformat(), "day"


def normalise(doc: Doc, c: Candidate, ref: Optional[date]) -> Value:
    p, kind = c.parts, c.kind
    grammatical = None

    def tense_() -> str:
        nonlocal grammatical
        if grammatical is None:
            grammatical = tense(doc, c.start, c.end)
        return grammatical

    if kind == "iso":
        return f"{p['year']}-{p['m']}-{p['d']}", "day"
    if kind == "dotted":
        try:
            return date(int(p["year"]), int(p["m"]), int(p["d"])).isoformat(), "day"
        except ValueError:
            return NO_VALUE
    if kind == "numeric":
        return _numeric_date(int(p["a"]), int(p["b"]), int(p["year"]), ref)
    if kind in ("mdy", "dmy", "my", "month"):
        month = _LEX["months"][p["mon"].lower()]
        day = int(re.match(r"[0-9]+", p["day"]).group()) if p.get("day") else None
        year = p.get("year") or (_yy(p["yy"]) if p.get("yy") else None)
        shift = _shift_for(p.get("rel2"))
        if shift is not None:  # "February last year"
            if ref is None:
                return NO_VALUE
            return f"{ref.year + shift:04d}-{month:02d}", "month"
        rel = _shift_for(p.get("rel"))
        direction = {-1: PAST, 1: FUTURE}.get(rel)
        if direction is None:
            direction = tense_()
            if direction != PAST and _previous_word(doc, _tokens(doc, c)) in _UNTIL:
                direction = FUTURE
            elif direction == PERFECT:
                direction = PAST
            elif direction == "present":
                direction = NEAREST
        if direction == PAST and rel == -1 and ref is not None and month == ref.month:
            return f"{ref.year - 1:04d}-{month:02d}", "month"  # "last September" said in September
        string = " ".join(s for s in (str(day) if day else None, p["mon"].rstrip("."), year) if s)
        if day is not None and month == 2 and day == 29 and year is None:
            string = f"{day} {p['mon']}"
        return timex.month_day(month, day, int(year) if year else None, string, ref, direction)
    if kind == "year":
        mod = (p.get("mod") or "").strip().lower()
        season = _LEX["seasons"].get(mod)
        if season:
            return f"{p['year']}-{season}", None
        return timex.year_value(int(p["year"]))
    if kind == "decade":
        if p.get("dec"):
            return p["dec"][:3], "decade"
        d2 = int(p["d2"])
        return ("19" if d2 >= 30 else "20") + p["d2"][0], "decade"
    if kind == "century":
        n = int(p["n"])
        return (f"{n - 1:02d}", None) if 1 <= n <= 21 else NO_VALUE
    if kind == "relday":
        word = p["w"].lower()
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
        value = timex.relative_day(offset, ref)
        if word == "tonight":
            return timex.with_time(value, "NI")
        if p.get("pod"):
            return timex.with_time(value, _LEX["parts_of_day"][p["pod"].lower()])
        return value
    if kind == "podrel":
        pod = p["pod"].lower()
        offset = -1 if p["rel"].lower() == "last" and pod in ("night", "evening") else 0
        return timex.with_time(timex.relative_day(offset, ref), _LEX["parts_of_day"][pod])
    if kind in ("relunit", "eoy"):
        unit = p["unit"].lower()
        shift = 0 if kind == "eoy" else _shift_for(p["rel"])
        if shift is None:
            return NO_VALUE
        value = timex.relative_unit(unit, shift, ref)
        if ref is not None and shift == 0 and _mod_late_in_period(p.get("mod")) and tense_() == PAST \
                and unit in ("year", "month"):
            # "peaked by the end of the year" in a March article: last year's end
            value = timex.relative_unit(unit, -1, ref) if unit == "year" and ref.month < 12 else value
        return value
    if kind == "ago":
        n = p["n"].lower()
        number = int(n) if n.isdigit() else _LEX["number_words"][n]
        return timex.ago(number, p["unit"].lower(), ref)
    if kind == "weekday":
        return _weekday_value(doc, c, ref, tense_)
    if kind == "clock":
        return _clock_value(doc, c, ref, tense_)
    return NO_VALUE


def _weekday_direction(doc: Doc, c: Candidate, grammatical: str) -> str:
    """Past or future for a bare weekday: news reports what happened, unless told otherwise."""
    if grammatical != PAST and _previous_word(doc, _tokens(doc, c)) in _UNTIL:
        return FUTURE  # "postponed until 15:00 GMT Saturday"
    if grammatical == "present":
        return FUTURE  # "talks resume on Friday", "is meeting Friday"
    if grammatical in (NEAREST, PERFECT):
        return PAST
    return grammatical


def _weekday_value(doc: Doc, c: Candidate, ref: Optional[date], tense_) -> Value:
    p = c.parts
    rel = _shift_for(p.get("rel"))
    if rel == -1:
        direction, shift = PAST, 0
    elif rel == 1:
        direction, shift = FUTURE, 0
    else:
        direction, shift = _weekday_direction(doc, c, tense_()), 0
    value = timex.weekday(p["wd"], ref, direction, shift)
    if rel == -1 and ref is not None and value[0] == ref.isoformat():
        value = timex.day_value(ref - timedelta(days=7))  # "last Tuesday" on a Tuesday
    if p.get("pod"):
        return timex.with_time(value, _LEX["parts_of_day"][p["pod"].lower()])
    return value


def _clock_value(doc: Doc, c: Candidate, ref: Optional[date], tense_) -> Value:
    p = c.parts
    hour = int(p["h"])
    ampm = (p.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    clock = f"{hour:02d}:{p.get('mi') or '00'}"
    if p.get("wd"):
        day = timex.weekday(p["wd"], ref, _weekday_direction(doc, c, tense_()))
    else:
        day = p.get("_day") or (timex.day_value(ref) if ref else NO_VALUE)
    return timex.with_time(day, clock)


# --- reference date from a dateline or publication line ----------------------------------

_FULL_DATE = (rf"(?:(?P<mon1>{_MON})\.?\s+(?P<day1>{_DAY})(?:,?\s+|\s*/\s*)(?P<year1>{_Y4})"  # "January 13/2026" (Addis Standard)
              rf"|(?P<day2>{_DAY})\s+(?P<mon2>{_MON})\.?,?\s+(?P<year2>{_Y4}|'?[0-9]{{2}})"
              rf"|(?P<iso>{_Y4}-[01][0-9]-[0-3][0-9])"
              rf"|(?P<dot>(?:0?[1-9]|[12][0-9]|3[01])\.(?:0?[1-9]|1[0-2])\.{_Y4})"
              rf"|(?P<num>(?:0?[1-9]|[12][0-9]|3[01])(?P<nsep>[/-])(?:0?[1-9]|[12][0-9]|3[01])(?P=nsep){_Y4}))\b")
_PUBLICATION = re.compile(
    r"\b(?P<label>(?i:first\s+published|published|posted|last\s+updated|updated|date))\b\s*:?\s*(?:(?i:on)\s+)?"
    rf"(?:{_WD},?\s+)?{_FULL_DATE}")
_LINE_DATE = re.compile(rf"^\s*(?:{_WD},?\s+)?{_FULL_DATE}\s*(?:$|[-–—|,(]|[0-9]{{1,2}}[:.][0-9]{{2}}|(?i:at)\b)")
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Za-z.'\- ]{1,40}?(?:,\s*[A-Z][A-Za-z.'\- ]{1,30}?)?,\s*"
    rf"(?:(?P<full>{_FULL_DATE})|(?P<mon>{_MON})\.?\s+(?P<day>{_DAY})\b|(?P<dday>{_DAY})\s+(?P<dmon>{_MON})\b\.?)"
    r"\s*(?:\([^()\n]{1,60}\)\s*)?(?:-|–|—|/[A-Za-z])")


def _full_date(m: re.Match) -> Optional[date]:
    g = m.groupdict()
    if g.get("num"):  # "Published 05/21/2026": no article date to choose by yet, so a day over 12 decides
        a, b, year = (int(x) for x in re.split(r"[/-]", g["num"]))
        value = _numeric_date(a, b, year, None)[0] if not (a <= 12 and b <= 12 and a != b) else None
        return date.fromisoformat(value) if value else None
    if g.get("dot"):
        day, month, year = (int(x) for x in g["dot"].split("."))
        try:
            return date(year, month, day)
        except ValueError:
            return None
    if g.get("iso"):
        try:
            return date.fromisoformat(g["iso"])
        except ValueError:
            return None
    if g.get("mon1"):
        string = f"{g['mon1']} {g['day1']} {g['year1']}"
    else:
        year = g["year2"].lstrip("'")
        string = f"{g['day2']} {g['mon2']} {year if len(year) == 4 else _yy(year)}"
    return timex.parse(string, None, PAST)


def reference_from_text(text: str, lines: int = 15, chars: int = 2000) -> Optional[date]:
    """The article's own date from its first lines, or ``None`` (never the wall clock)."""
    head = text[:chars].splitlines()[:lines]
    published = updated = line_date = dateline_full = None
    dateline_md: Optional[tuple[int, int]] = None
    for line in head:
        for m in _PUBLICATION.finditer(line):
            found = _full_date(m)
            if found and "updat" in m.group("label").lower():
                updated = updated or found
            elif found:
                published = published or found
        m = _DATELINE.match(line)
        if m and dateline_full is None and dateline_md is None:
            if m.group("full"):
                dateline_full = _full_date(m)
            else:
                mon, day = (m.group("mon"), m.group("day")) if m.group("mon") else (m.group("dmon"), m.group("dday"))
                dateline_md = (_LEX["months"][mon.lower()], int(re.match(r"[0-9]+", day).group()))
            continue
        # the line itself, or a field of a masthead line ("Prensa Libre | Guatemala City | Wednesday 22/07/2026")
        for field in [line] + (line.split("|")[1:] if "|" in line else []):
            m = _LINE_DATE.match(field)
            if m and line_date is None:
                line_date = _full_date(m)
    if dateline_full:
        return dateline_full
    known = published or line_date or updated
    if dateline_md and known:
        month, day = dateline_md
        for year in (known.year, known.year - 1):
            try:
                candidate = date(year, month, day)
            except ValueError:
                continue
            if candidate <= known + timedelta(days=7):
                return candidate
        return None
    return known


# --- earlier episodes -------------------------------------------------------------------------

UNDATED_MARGIN = timedelta(days=120)  # wider than a dated article's 60 days: the latest date named is only a floor
_LEXICAL_PAST = re.compile(r"(?i)\b(?:last|previous|ago)\b")


def mark_earlier(mentions: list[dict], ref: Optional[date]) -> None:
    """Set ``_earlier`` on each mention: does it point clearly before the current episode?"""
    years = [int(m["value"][:4]) for m in mentions
             if m["value"] and m["value"][:4].isdigit() and m["granularity"] in ("day", "month", "year")]
    anchor_year = max(years) if years else None
    # an undated article is written after the latest day or month it names: what ended well before that
    # ("five days of fighting in July 2025", in a story that goes on to December 2025) is an earlier episode
    ends = [timex.period_end(m["value"]) for m in mentions if m["value"] and m["granularity"] in ("day", "month")]
    latest = max((end for end in ends if end is not None), default=None)
    for m in mentions:
        value = m["value"]
        lexical = bool(_LEXICAL_PAST.search(m["text"])) and not re.search(
            r"(?i)\b(?:week|night|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", m["text"])
        end = timex.period_end(value)
        if ref is not None:
            m["_earlier"] = bool(end is not None and end < ref - timedelta(days=60))
        elif lexical and m["granularity"] in ("year", "month", None):
            m["_earlier"] = True
        else:
            m["_earlier"] = bool(end is not None and (anchor_year is not None and end.year < anchor_year
                                                      or latest is not None and end < latest - UNDATED_MARGIN))


# --- the component -------------------------------------------------------------------------------

_BESIDE = re.compile(r"\s*(?:,|on|of|at|local\s+time|\(?[A-Z]{3,4}\)?)?\s*(?:on\s+)?")


def _day_beside(doc: Doc, text: str, c: Candidate, days: list[dict], starts: list[int]) -> Optional[str]:
    """The day value of "on Monday" right after a clock time, else of an earlier day in its sentence.

    ``days`` are the day-granularity mentions sorted by start, ``starts`` their starts.
    """
    i = bisect.bisect_left(starts, c.end)
    if i < len(days) and _BESIDE.fullmatch(text, c.end, days[i]["start"]):
        return days[i]["value"]
    span = _tokens(doc, c)
    j = bisect.bisect_left(starts, c.start) - 1
    if span is not None and j >= 0 and days[j]["start"] >= span.sent.start_char:
        return days[j]["value"]
    return None


def _mention(doc: Doc, text: str, c: Candidate, ref: Optional[date]) -> dict:
    # ``text`` is doc.text, passed in: spaCy rebuilds doc.text on every access.
    value, granularity = normalise(doc, c, ref)
    return {"text": text[c.start:c.end], "value": value, "granularity": granularity,
            "start": c.start, "end": c.end}


def find_dates(doc: Doc, reference_date: str | date | None, times: bool = True) -> list[dict]:
    """DateMention dicts (plus private ``_earlier``) for a document (pure);
    times of day in the text when ``times`` (never time-stamp lines)."""
    ref = date.fromisoformat(reference_date) if isinstance(reference_date, str) else reference_date
    text = doc_text(doc)
    found = [c for c in candidates(text) if _plausible(doc, c)]
    mentions = [_mention(doc, text, c, ref) for c in found if c.kind != "clock"]
    days = [m for m in mentions if m["granularity"] == "day" and m["value"] and "W" not in m["value"]]
    starts = [m["start"] for m in days]
    for c in found:  # clock times take the date of a day expression next to them
        if c.kind == "clock" and times and not _stamp_line(text, c.start, c.end):
            if not c.parts.get("wd"):
                day = _day_beside(doc, text, c, days, starts)
                if day:
                    c.parts["_day"] = (day, "day")
            mentions.append(_mention(doc, text, c, ref))
    mentions.sort(key=lambda m: m["start"])
    mark_earlier(mentions, ref)
    return mentions


STAMP_LINE_CHARS = 40


def _stamp_line(text: str, start: int, end: int) -> bool:
    """Whether the expression sits on a short line of its own with no sentence
    in it ("09:42 GMT", "May 8, 2012 16:05 GMT", "Updated at 14:20")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    return len(line) <= STAMP_LINE_CHARS and not line.endswith((".", "!", "?", '"', "”"))


def resolve_reference(doc: Doc) -> dict:
    """Keep ``--reference-date``; otherwise a dateline or publication line in
    the text; otherwise a dateline set from outside the text (a web page's date)."""
    reference = doc._.borderfacts_reference_date
    if reference and reference.get("source") == "option":
        return reference
    found = reference_from_text(doc_text(doc))
    if found is not None:
        return {"value": found.isoformat(), "source": "dateline"}
    if reference and reference.get("source") == "dateline" and reference.get("value"):
        return reference
    return {"value": None, "source": None}


class DatesComponent:
    """Dates, and times of day in the running text ("stopped at 10 a.m.", with
    the day beside them). Time stamps on a line of their own ("09:42 GMT" over
    a live-blog entry, "22.03.2024, 21:40" under a headline) are page furniture,
    not statements about when something happened: left out. ``times=False``
    leaves out every time of day."""

    def __init__(self, nlp: Language, name: str = "borderfacts_dates", times: bool = True):
        set_extensions()
        self.name = name
        self.times = times

    def __call__(self, doc: Doc) -> Doc:
        reference = resolve_reference(doc)
        doc._.borderfacts_reference_date = reference
        doc._.borderfacts_dates = find_dates(doc, reference["value"], times=self.times)
        return doc


@Language.factory(
    "borderfacts_dates",
    assigns=["doc._.borderfacts_dates", "doc._.borderfacts_reference_date"],
    default_config={"times": True},
)
def make_dates_component(nlp: Language, name: str, times: bool) -> DatesComponent:
    return DatesComponent(nlp, name, times)
