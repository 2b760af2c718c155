"""Casualty number grammar: figures, bounds, ranges and vague amounts.

No number library reads casualty phrasing ("at least 59", "nearly 60",
"dozens of", "between 20 and 30"), so the grammar is ours: one regular
expression over the text (so offsets are exact) and small pure functions that
turn a match into ``(count, low, high)``. Values for vague amounts come from
``data/casualty_lexicon.json`` (ACLED / ISAF-AAN coding, the table in
``tests/corpus/README.md``).

quantulum3 is used for one thing only: the value of spelled-out number words
our small table does not cover (e.g. "one hundred and twenty-five thousand
three hundred", ordinal-like oddities). It is imported lazily inside
``_quantulum_value`` so its 0.35-2 s first-call cost is paid only by a
document that actually contains such a figure.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterator, Optional

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}

_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES, "dozen"], key=len, reverse=True))
_WORDNUM = rf"(?:{_WORD})(?:(?:\s+and\s+|[\s-]+)(?:{_WORD}))*"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?"
_SCALE = r"(?:\s+(?:hundred|thousand|million|billion))"
_CORE = (
    rf"(?:(?:{_DIGITS}){_SCALE}?"
    rf"|(?:a|an)\s+(?:dozen|hundred|thousand|million)"
    rf"|(?:half\s+a\s+(?:dozen|million))"
    rf"|{_WORDNUM})"
)


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """The casualty lexicon (categories, victim nouns, vague amounts, bounds)."""
    text = resources.files("borderfacts.data").joinpath("casualty_lexicon.json").read_text("utf-8")
    return json.loads(text)


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    lex = lexicon()
    lower = _alternation(lex["bounds"]["lower"])
    upper = _alternation(lex["bounds"]["upper"])
    approx = _alternation(lex["bounds"]["approximate"])
    vague = _alternation(lex["vague"])
    core = _CORE
    pattern = rf"""
        (?<![\w.,/:-])  # (a slash joins dates: "March 3/2026", "24/7"; a colon times: "10:10")
        (?:
            between\s+(?P<r1>{core})\s+(?:and|to)\s+(?P<r2>{core})
          | (?:(?P<upper>{upper})\s+)?(?:(?P<lower>{lower})\s+)?(?:(?P<approx>{approx})\s+)?
            (?:
                (?P<a1>{_DIGITS})\s*[-–—]\s*(?P<a2>{_DIGITS})(?![\w-])
              | (?P<b1>{core})\s+(?:to|or)\s+(?P<b2>{core})(?![\w-])
              | (?P<num>{core})
              | (?P<vague>{vague})
            )
        )
        (?![\w]|[.,/:]\d)
    """
    return re.compile(pattern, re.IGNORECASE | re.VERBOSE)


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    count: Optional[int]
    low: Optional[int]
    high: Optional[int]
    vague: bool
    text: str
    year_like: bool = False  # a bare four-digit number that reads like a year
    bare: bool = False  # a bare plural victim noun ("insurgents were detained"): no number word


def words_value(text: str) -> Optional[int]:
    """The value of spelled-out number words ("forty-one", "one hundred and five")."""
    tokens = [t for t in re.split(r"[\s-]+", text.lower().strip()) if t and t != "and"]
    if not tokens:
        return None
    total, current, seen = 0, 0, False
    for token in tokens:
        if token in UNITS:
            current += UNITS[token]
        elif token in TENS:
            current += TENS[token]
        elif token == "dozen":
            current = (current or 1) * 12
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in SCALES:
            total += (current or 1) * SCALES[token]
            current = 0
        else:
            return _quantulum_value(text)
        seen = True
    return total + current if seen else None


def _quantulum_value(text: str) -> Optional[int]:
    """Fallback for number words outside our table, via quantulum3 (imported lazily)."""
    try:
        from quantulum3 import parser  # slow first import: only here
    except ImportError:  # pragma: no cover
        return None
    try:
        found = parser.parse(text)
    except Exception:  # quantulum3 raises on odd input; treat as no number
        return None
    values = [q.value for q in found if q.value is not None]
    if len(values) == 1 and float(values[0]).is_integer():
        return int(values[0])
    return None


def core_value(text: str) -> Optional[int]:
    """Value of one number core: "137,000", "1.5 million", "a dozen", "forty-one"."""
    raw = " ".join(text.lower().split())
    match = re.fullmatch(r"(\d[\d,]*(?:\.\d+)?)(?:\s+(hundred|thousand|million|billion))?", raw)
    if match:
        value = float(match.group(1).replace(",", ""))
        if match.group(2):
            value *= SCALES[match.group(2)]
        return int(round(value))
    match = re.fullmatch(r"(?:a|an)\s+(dozen|hundred|thousand|million)", raw)
    if match:
        return 12 if match.group(1) == "dozen" else SCALES[match.group(1)]
    match = re.fullmatch(r"half\s+a\s+(dozen|million)", raw)
    if match:
        return 6 if match.group(1) == "dozen" else 500_000
    return words_value(raw)


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def figure_from_match(match: re.Match) -> Optional[Figure]:
    lex = lexicon()
    text = match.group(0)
    start, end = match.span()
    if match.group("r1") or match.group("a1") or match.group("b1"):
        first = core_value(match.group("r1") or match.group("a1") or match.group("b1"))
        second = core_value(match.group("r2") or match.group("a2") or match.group("b2"))
        if first is None or second is None or second <= first:
            return None
        years = all(re.fullmatch(r"(1[89]|20)\d\d", (match.group(g) or "").strip())
                    for g in ("r1", "r2") if match.group("r1"))
        # "between 2000 and 2025": a span of years; kept as a year-like figure, never a count without a noun
        return Figure(start, end, None, first, second, False, text, bool(match.group("r1")) and years)
    if match.group("vague"):
        low = lex["vague"][_fold(match.group("vague"))]
        return Figure(start, end, None, low, None, True, text)
    value = core_value(match.group("num"))
    if value is None:
        return None
    year_like = bool(re.fullmatch(r"(1[89]|20)\d\d", match.group("num"))) and not any(
        match.group(g) for g in ("upper", "lower", "approx")
    )
    if match.group("upper"):
        return Figure(start, end, value, None, value, False, text)
    if match.group("lower"):
        return Figure(start, end, value, value, None, False, text)
    return Figure(start, end, value, value, None, False, text, year_like)


# "02 (two) personnel", "5 (five) villagers": a police note's number spelt out again in brackets
SPELT_AGAIN = re.compile(r"\s*\(\s*([a-z0-9][a-z0-9 -]*?)\s*\)", re.IGNORECASE)


def _spelt_again_value(text: str) -> Optional[int]:
    """The bracketed word's value from our own number table only: "(Reuters)" must not
    wake quantulum3 (seconds to import) on every wire dateline."""
    words = re.split(r"[\s-]+", text.lower())
    if text.isdigit():
        return int(text)
    return words_value(text) if all(w in UNITS or w in TENS or w in SCALES or w in {"hundred", "and"}
                                    for w in words if w) else None


def find_figures(text: str, offset: int = 0) -> Iterator[Figure]:
    """Every number expression in ``text`` (offsets shifted by ``offset``), in order."""
    skip_to = -1
    for match in _pattern().finditer(text):
        if match.start() < skip_to:
            continue
        figure = figure_from_match(match)
        if figure is None:
            continue
        again = SPELT_AGAIN.match(text, figure.end) if figure.count is not None else None
        if again and _spelt_again_value(again.group(1)) == figure.count:
            figure = Figure(figure.start, again.end(), figure.count, figure.low, figure.high, figure.vague,
                            text[figure.start : again.end()])
            skip_to = again.end()
        if offset:
            figure = Figure(figure.start + offset, figure.end + offset, figure.count, figure.low,
                            figure.high, figure.vague, figure.text, figure.year_like)
        yield figure


def parse_figure(text: str) -> Optional[Figure]:
    """The figure a whole phrase expresses ("at least 59", "dozens of"), or None."""
    for figure in find_figures(text):
        if figure.start == 0 and figure.end == len(text.rstrip()):
            return figure
    return None
