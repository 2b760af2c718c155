"""Quotation-mark pairing in one linear pass.

``find_quotes(text)`` returns the quoted stretches of an article as plain
records. The scan is a single left-to-right walk over the quote marks and
paragraph breaks (found with ``re.finditer`` over a character class, which
cannot backtrack), so 100,000 marks or a megabyte-long line cost linear time.

How marks are read:

- curly double quotes pair with curly ones, straight with straight, guillemets
  with guillemets; a straight ``"`` opens or closes according to the characters
  around it, and toggles when that is ambiguous;
- single quotes nested inside a double quote are part of its words; at top
  level (British style) single quotes are quotations of their own;
- apostrophes are never quote marks: inside words (``today’s``), before
  digits (``’90s``) and after a plural ``s`` (``soldiers’ bodies``);
- paragraphs are the unit of failure: an opening mark never closed in its
  paragraph is dropped at the paragraph end, unless the next paragraph
  reopens the quotation (the news convention for a quote running over several
  paragraphs), in which case each paragraph's piece is a quote of its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

# Marks we look at; everything else is ordinary text.
_MARKS = "\"'“”‘’«»„‟‹›"
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_OPEN_PUNCT = set("([{<—–-/") | {"\u2014", "\u2013"}
_CLOSE_PUNCT = set(".,;:!?)]}>…—–-/")


@dataclass(frozen=True)
class Quote:
    """One quoted stretch: ``text[start:end]`` are the words inside the marks."""

    start: int  # first character inside the marks (whitespace trimmed)
    end: int  # exclusive; the closing mark (or the paragraph end) follows
    open: int  # offset of the opening mark
    close: Optional[int]  # offset of the closing mark; None when the piece runs on
    paragraph: int  # index into the paragraph list
    mark: str  # "double", "straight", "single", "guillemet"
    continues: bool = False  # the quotation goes on in the next paragraph
    continued: bool = False  # this piece continues one from the previous paragraph


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blank-line separated, or line separated
    when the text has no blank lines at all."""
    pattern = _BLANK_LINE if _BLANK_LINE.search(text) else re.compile(r"\n")
    spans, start = [], 0
    for match in pattern.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def classify(text: str, i: int) -> Optional[tuple[str, str]]:
    """(family, role) of the mark at ``i``; role is "open", "close" or "either";
    None for an apostrophe."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if ch in "“„‟":
        return ("double", "open")
    if ch == "”":
        return ("double", "close")
    if ch in "«‹":
        return ("guillemet", "open")
    if ch in "»›":
        return ("guillemet", "close")
    left = _space(prev) or prev in _OPEN_PUNCT or prev in "“‘\"'"
    right = _space(nxt) or nxt in _CLOSE_PUNCT or nxt in "”’\"'"
    if ch == '"':
        if left and not right:
            return ("straight", "open")
        if right and not left:
            return ("straight", "close")
        return ("straight", "either")
    # Single marks: ‘ ’ '
    if prev.isalnum() and nxt.isalnum():
        return None  # today’s, don't
    if nxt.isdigit() and (left or prev == ""):
        return None  # ’90s
    if ch == "‘" or (ch == "'" and left and not right):
        return ("single", "open") if not _space(nxt) else None
    if ch == "’" and left and not right:
        return None  # ’em, ’tis: elisions, never an opening mark
    if not _space(prev) and right:
        if prev in "sS" and _space(nxt) and i + 2 < len(text) and (text[i + 2].islower() or text[i + 2].isdigit()):
            return None  # soldiers’ bodies: a plural possessive
        return ("single", "close")
    return None


# An attribution inside an unclosed quote: ", said X." / ", X said." / ", he added."
_ATTRIBUTION_INSIDE = re.compile(
    r"[,!?]\s+(?:(?:said|says|added|adds|told|wrote|asked)\b"
    r"|(?:[A-Za-z’'.-]+\s+){1,4}(?:said|says|added|adds|told|wrote|asked)[\s.,])"
)
_EVENT = re.compile("[" + re.escape(_MARKS) + "]")


def find_quotes(text: str) -> list[Quote]:
    """Every quoted stretch in ``text``, in order (see the module docstring)."""
    quotes: list[Quote] = []
    paras = paragraphs(text)
    carried: Optional[str] = None  # family of a quotation running on from the previous paragraph
    for p_index, (p_start, p_end) in enumerate(paras):
        double: Optional[tuple[str, int]] = None  # (family, offset of opening mark)
        single: Optional[int] = None  # opening single quote (nested or top level)
        first_piece = True
        for match in _EVENT.finditer(text, p_start, p_end):
            i = match.start()
            kind = classify(text, i)
            if kind is None:
                continue
            family, role = kind
            if family == "single":
                if role == "open":
                    single = i
                elif role == "close" and single is not None:
                    if double is None:
                        piece = _piece(text, single, i, p_index, "single", carried if first_piece else None)
                        if piece:
                            quotes.append(piece)
                            first_piece = False
                        carried = None
                    single = None
                continue
            if double is None:
                if single is None and role in ("open", "either"):
                    double = (family, i)
                continue  # a stray closing mark, or double marks nested in a single quote
            if family != double[0]:
                continue  # marks of another type are part of the words
            if role == "open":
                double = (family, i)  # the earlier opening was never closed: restart here
                single = None
                continue
            piece = _piece(text, double[1], i, p_index, family, carried if first_piece else None)
            if piece:
                quotes.append(piece)
                first_piece = False
            carried = None
            double = None
            single = None
        carried = None
        pending = double[1] if double is not None else (single if single is not None else None)
        family = double[0] if double is not None else "single"
        if pending is not None and p_index + 1 < len(paras):
            nxt_start = paras[p_index + 1][0]
            j = nxt_start
            while j < len(text) and text[j].isspace():
                j += 1
            reopened = j < len(text) and text[j] in _MARKS and (classify(text, j) or ("", ""))[0] == family
            if reopened and _ATTRIBUTION_INSIDE.search(text, pending, p_end):
                reopened = False  # "“Q, said one resident.": the closing mark was forgotten, not a run-on quote
            if reopened and (classify(text, j) or ("", ""))[1] in ("open", "either"):
                piece = _piece(text, pending, None, p_index, family, None, p_end=p_end)
                if piece:
                    quotes.append(piece)
                    carried = family
    return quotes


def _piece(
    text: str,
    open_at: int,
    close_at: Optional[int],
    paragraph: int,
    family: str,
    carried: Optional[str],
    p_end: Optional[int] = None,
) -> Optional[Quote]:
    start = open_at + 1
    end = close_at if close_at is not None else p_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    return Quote(
        start=start,
        end=end,
        open=open_at,
        close=close_at,
        paragraph=paragraph,
        mark=family,
        continues=close_at is None,
        continued=carried == family,
    )
