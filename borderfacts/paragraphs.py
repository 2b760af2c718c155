"""``borderfacts_paragraphs``: sentence starts at paragraph breaks, set before the parser.

The small English model often runs a headline and the first paragraph, or two
paragraphs, into one sentence; the parser respects boundaries set before it,
so every extractor downstream sees cleaner sentences. A blank line always
starts a sentence; a single line break does when the line before it ends like
a sentence (wire copy and scraped text break paragraphs that way, while
hard-wrapped text breaks lines mid-sentence).
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import doc_text

SENTENCE_END = {".", "!", "?", '"', "”", "’", "'", ":"}


def paragraph_starts(doc: Doc) -> list[int]:
    """Indices of tokens that begin a paragraph (pure)."""
    starts = []
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if token.is_space:
            continue
        if line_start(doc, token) and list_marker(doc, token):
            starts.append(token.i)  # "- Kursk governor says ...", "6. 7 November 2026, Razih district: ..."
            continue
        if previous.is_space and "\n" in previous.text:
            blank_line = previous.text.count("\n") >= 2
            before = doc[previous.i - 1] if previous.i > 0 else None
            if blank_line or (before is not None and (before.text[-1:] in SENTENCE_END or _stamp_line(doc, before.i))):
                starts.append(token.i)
        elif "\n" in previous.whitespace_ and (previous.text[-1:] in SENTENCE_END or _stamp_line(doc, previous.i)):
            starts.append(token.i)
    return starts


BULLETS = {"-", "–", "—", "•", "*", "·", "▪"}


def line_start(doc: Doc, token) -> bool:
    """Whether ``token`` opens a line (the first token of the text does)."""
    if token.i == 0:
        return True
    previous = doc[token.i - 1]
    return "\n" in previous.whitespace_ or previous.is_space and "\n" in previous.text


def list_marker(doc: Doc, token) -> bool:
    """A bullet or an item number ("6.", "3)") opening a line of a list."""
    if token.text in BULLETS:
        return True
    if token.text.isdigit() and len(token.text) <= 2 and token.i + 1 < len(doc):  # "6" "." as two tokens
        mark = doc[token.i + 1]
        return mark.text in {".", ")"} and mark.whitespace_ == " "
    return token.text[:-1].isdigit() and token.text[-1:] in {".", ")"} and len(token.text) <= 3


LIST_GLUE = 4  # tokens after a list marker kept in its sentence ("6. 7 November 2026, ...")


def list_item_inside(doc: Doc, starts: list[int]) -> list[int]:
    """Tokens right after a list marker ("- Kursk governor says", "6. 7 November
    2026"): never a sentence start, so the item is one sentence with its marker."""
    inside = []
    for i in starts:
        if not list_marker(doc, doc[i]):
            continue
        first = i + 2 if doc[i].text.isdigit() else i + 1  # past the "." of "6 ."
        inside.extend(range(i + 1, first))
        for k in range(first, min(len(doc), first + LIST_GLUE)):
            if doc[k].is_space or k > first and doc[k - 1].text in {".", "!", "?"}:
                break
            inside.append(k)
    return inside


STAMP_TOKENS = 3  # a line this short that carries a digit is a stamp: "10:05 GMT", "Updated 14:20"


def _stamp_line(doc: Doc, last: int) -> bool:
    """Whether the line ending at token ``last`` is a time stamp or byline-sized
    label of a live blog ("10:05 GMT"), never part of the sentence below it."""
    words = []
    i = last
    while i >= 0 and len(words) <= STAMP_TOKENS:
        token = doc[i]
        if token.is_space or "\n" in token.whitespace_ and i != last:
            break
        words.append(token)
        i -= 1
    return len(words) <= STAMP_TOKENS and any(any(c.isdigit() for c in t.text) for t in words)


# "DUSHANBE, January 9, 2026, Asia-Plus -- ", "NAIROBI, Oct 3 (Reuters) - ", "KASESE — ",
# "Cúcuta (Colombia), Jan 23 (EFE).- ": a dateline, after which the story's first sentence starts
DATELINE = re.compile(r"(?:[A-Z][A-Z'’.-]{2,}(?:[ /][A-Z][A-Z'’.-]+)*|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? \([A-Z][\w ]+\))"
                      r"(?:,[^\n.;:!?—–]{0,60}?)?\s*(?:\([^)\n]{1,40}\))?\s*(?:--|—|–|\.?-|\.?\s*/[A-Z]+/\.|(?<=[A-Z]):)\s+(?=[A-Z“\"])")


def dateline_ends(doc: Doc, starts: list[int]) -> list[int]:
    """Tokens that begin a paragraph's first sentence after its dateline."""
    found = []
    text = doc_text(doc)
    for start in [0] + starts:
        if start >= len(doc):
            continue
        begin = doc[start].idx
        match = DATELINE.match(text, begin, min(len(text), begin + 120))
        if match is None:
            continue
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None and span.start > start:
            found.append(span.start)
    return found


class ParagraphsComponent:
    def __init__(self, nlp: Language, name: str = "borderfacts_paragraphs"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        starts = paragraph_starts(doc)
        datelines = dateline_ends(doc, starts)
        for index in starts + datelines:
            doc[index].is_sent_start = True
        for index in list_item_inside(doc, starts):
            doc[index].is_sent_start = False
        for index in starts + datelines:
            # "MAE SOT, Tak - Two Thai villagers were wounded", "Two Bangladeshis were killed" opening a
            # paragraph: the parser may cut after a first word it reads as a line of its own
            if index + 1 < len(doc) and not doc[index + 1].is_space and not doc[index].is_punct \
                    and not doc[index + 1].is_punct:
                doc[index + 1].is_sent_start = False
        return doc


@Language.factory("borderfacts_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs_component(nlp: Language, name: str) -> ParagraphsComponent:
    return ParagraphsComponent(nlp, name)
