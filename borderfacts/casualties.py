"""Casualty figures per side: the ``borderfacts_casualties`` component (issue 4).

Works on the existing parse (no extra spaCy pass). For every sentence:

1. ``numbers.find_figures`` finds number expressions with their bounds
   (digits, number words, ranges, "at least", vague amounts).
2. The noun phrase the figure counts is read to the right ("59 fatalities",
   "137,000 Kyrgyz", "three civilians", "dozens of soldiers"); figures that
   count other things (km, years, villages, tanks, money, votes) are dropped.
3. The category comes from the phrase itself ("fatalities", "dead") or from
   the casualty word that governs it in the dependency parse ("were killed",
   "killing 12", "leaving two dead", "the death toll rose to 94"), with a
   short linear fallback when the parse is off.
4. Side, source and earlier-episode flags come from the victims' phrase, the
   enclosing statement / reporting verb, and the dates component.

``find_casualties`` is pure; the component only stores its result and the
summary (``summary.summarize``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import gazetteer
from .extensions import set_extensions
from .numbers import Figure, find_figures, lexicon
from .summary import summarize

CATEGORIES = ("killed", "wounded", "displaced", "missing", "captured")
NOMINAL_POS = {"NOUN", "PROPN"}
# Words that may sit between a number and the noun it counts.
NP_FILLERS = {"other", "others", "more", "additional", "suspected", "alleged", "unarmed", "innocent",
              "-", "of", "and", "the"}
POSSESSIVE_OWN = {"its", "their", "our", "his", "her"}
OVERALL_CUES = ("both sides", "each side", "in total", "all sides", "combined", "on both")
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "obj", "attr", "oprd", "npadvmod", "appos", "dative", "pobj", "conj", "ROOT"}


@lru_cache(maxsize=1)
def _tables() -> dict:
    lex = lexicon()
    words: dict[str, str] = {}
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    for category in CATEGORIES:
        entry = lex["categories"][category]
        for word in entry["words"]:
            words.setdefault(word, category)
        for verb in entry["verbs"]:
            verbs.setdefault(verb, category)
        for noun in entry["nouns"]:
            nouns.setdefault(noun, category)
    victims: dict[str, str] = {}
    for group in ("military", "civilians", "people"):
        for word in lex["victims"][group]:
            victims.setdefault(word, group)
    return {
        "words": words,
        "verbs": verbs,
        "nouns": nouns,
        "victims": victims,
        "exclude": set(lex["exclusion_nouns"]),
        "deploy": set(lex["deployment_verbs"]),
        "negators": set(lex["negators"]),
        "reporting": set(lex["reporting_verbs"]),
        "update": set(lex["update_words"]),
        "subset": tuple(lex["subset_cues"]),
        "historical": tuple(lex["historical_cues"]),
    }


# ---------------------------------------------------------------- cue words

def cue_category(token: Token) -> Optional[str]:
    """The casualty category a token expresses ("killed", "deaths", "toll"), or None."""
    tables = _tables()
    lower = token.lower_
    if lower == "lost" or token.lemma_ == "lose":
        # "lost their lives" / "lost 12 soldiers": killed; "lost 3 villages" is filtered by the noun.
        return "killed"
    if lower == "lives":
        return None
    if lower in tables["words"]:
        return tables["words"][lower]
    if token.pos_ in {"VERB", "AUX"} and token.lemma_ in tables["verbs"]:
        return tables["verbs"][token.lemma_]
    return None


def _negated(cue: Token, np_tokens: list[Token]) -> bool:
    negators = _tables()["negators"]
    if any(child.dep_ == "neg" or child.lower_ in negators for child in cue.children):
        return True
    if cue.head is not cue and any(child.dep_ == "neg" for child in cue.head.children if cue.dep_ in {"xcomp", "ccomp"}):
        return True
    return any(t.lower_ in negators for t in np_tokens)


# -------------------------------------------------------------- the phrase

def _victim_phrase(doc: Doc, span: Span, sent: Span):
    """(tokens of the counted phrase after the number, head token or None)."""
    tables = _tables()
    tokens: list[Token] = []
    head = None
    i = span.end
    limit = min(sent.end, span.end + 5)
    while i < limit:
        tok = doc[i]
        lower = tok.lower_
        if tok.is_space:  # hard line breaks inside a phrase (wire copy)
            i += 1
            limit = min(sent.end, limit + 1)
            continue
        if (lower in {"of", "the"} and not tokens and i == span.end) or \
                (lower in POSSESSIVE_OWN and tokens and tokens[-1].lower_ == "of"):
            tokens.append(tok)
            i += 1
            continue
        if lower in {"and", "-"} and tokens:
            break
        if tok.pos_ in NOMINAL_POS or tok.pos_ == "ADJ" or lower in NP_FILLERS or tok.ent_type_ == "NORP" \
                or lower in tables["victims"] or lower in tables["nouns"]:
            if tok.pos_ == "ADJ" and lower not in tables["nouns"] and lower not in tables["victims"] \
                    and tok.ent_type_ != "NORP" and doc[i + 1 : i + 2].text.lower() in {"", ",", ".", "and", "in"}:
                # predicative adjective ("59 dead" is a noun, "nearly 60 percent higher" is not)
                break
            tokens.append(tok)
            if tok.pos_ in NOMINAL_POS or lower in tables["victims"] or lower in tables["nouns"] \
                    or gazetteer.canonical(tok.text):
                head = tok
            i += 1
            continue
        break
    if head is not None:
        tokens = [t for t in tokens if t.i <= head.i]
    return tokens, head


def _classify_head(head: Optional[Token]):
    """(kind, category, group): kind is 'cue', 'victim', 'other' or 'none'."""
    tables = _tables()
    if head is None:
        return "none", None, "people"
    lower = head.lower_
    if lower in tables["exclude"] or head.like_num:
        return "other", None, None
    if lower in tables["nouns"]:
        return "cue", tables["nouns"][lower], "people"
    if lower in tables["victims"]:
        return "victim", None, tables["victims"][lower]
    if head.lemma_ in tables["victims"]:
        return "victim", None, tables["victims"][head.lemma_]
    if gazetteer.canonical(head.text) or head.ent_type_ == "NORP":
        return "victim", None, "people"
    return "other", None, None


def _group_of(tokens: list[Token], default: str) -> str:
    victims = _tables()["victims"]
    groups = {victims.get(t.lower_) for t in tokens} - {None}
    for group in ("military", "civilians"):
        if group in groups:
            return group
    return default


def _governing_cue(anchor: Token, sent: Span) -> Optional[Token]:
    """The casualty word that governs ``anchor`` (the counted noun or the number)."""
    node = anchor
    # climb coordination: "two soldiers and a civilian were wounded"
    while node.dep_ == "conj" and node.head.pos_ in NOMINAL_POS | {"NUM", "PRON"} and node.head is not node:
        node = node.head
    for child in anchor.children:  # "12 people killed in the attack", "others wounded"
        if child.dep_ in {"acl", "relcl", "amod"} and cue_category(child):
            return child
    if node.dep_ == "pobj" and node.head.lower_ in {"of", "to", "at"}:
        prep = node.head
        owner = prep.head
        if cue_category(owner):  # "deaths of 12 soldiers", "toll ... to 94"
            return owner
        node = owner if (owner.like_num and prep.lower_ == "of") else prep  # "two of its soldiers"
    governor = node.head
    hops = 0
    while governor is not None and hops < 3:
        if cue_category(governor):
            return governor
        for child in governor.children:
            if child.dep_ in {"xcomp", "oprd", "acomp", "conj", "ccomp", "advcl"} and cue_category(child) \
                    and child.i > node.i - 1:
                return child
            if child.dep_ in {"nsubj", "nsubjpass"} and child.lower_ == "toll":
                return child
            if child.dep_ == "dobj" and child.lower_ in {"lives"} and governor.lemma_ == "lose":
                return governor
        if governor.dep_ in {"aux", "auxpass"} or governor.pos_ == "ADP":
            governor = governor.head
            hops += 1
            continue
        break
    return None


def _linear_cue(doc: Doc, start: int, end: int, sent: Span, blockers: set[int]) -> Optional[Token]:
    """Nearest casualty word after (then before) a phrase in the same clause."""
    for i in range(end, min(sent.end, end + 6)):
        tok = doc[i]
        if tok.text in {";", ":"} or tok.lower_ in {"while", "but", "whereas"}:
            break
        if cue_category(tok):
            return tok
    for i in range(start - 1, max(sent.start, start - 7) - 1, -1):
        tok = doc[i]
        if tok.text in {";", "."} or (i in blockers and i < start - 4):
            break
        if cue_category(tok) and tok.pos_ in {"VERB", "NOUN", "ADJ"}:
            return tok
        if tok.text == ":":  # "eight dead: five soldiers and three civilians" (a breakdown)
            continue
    return None


def _toll_context(doc: Doc, span: Span, sent: Span) -> Optional[Token]:
    """'the death toll rose to 94', 'a toll of 94', 'the number of dead stands at 94'."""
    for i in range(span.start - 1, max(sent.start, span.start - 9) - 1, -1):
        tok = doc[i]
        if tok.like_num:
            break
        if tok.lower_ == "toll":
            return tok
        if tok.lower_ in _tables()["nouns"] and i > sent.start and doc[i - 1].lower_ == "of":
            return tok
    return None


# ---------------------------------------------------------------- parties

def _mentions(doc: Doc) -> list[tuple[int, int, str]]:
    parties = doc._.borderfacts_parties or []
    spans = []
    for party in parties:
        if party.get("_kind") == "organisation":  # mediators are not victims' sides
            continue
        for start, end in party.get("_spans", []):
            spans.append((start, end, party["name"]))
    if not spans:  # degrade gracefully: single-token gazetteer lookups
        for tok in doc:
            if tok.pos_ in NOMINAL_POS | {"ADJ"} and tok.text[:1].isupper():
                name = gazetteer.canonical(tok.text)
                if name:
                    spans.append((tok.idx, tok.idx + len(tok), name))
    return sorted(spans)


def _party_in(mentions, start: int, end: int) -> Optional[str]:
    for m_start, m_end, name in mentions:
        if m_start < end and start < m_end:
            return name
    return None


def _country_of(text: Optional[str]) -> Optional[str]:
    entry = gazetteer.find_in(text) if text else None
    return entry.name if entry else None


# ---------------------------------------------------------------- sources

def _statement_for(statements: list[dict], start: int, end: int) -> Optional[dict]:
    inside = [s for s in statements if s.get("start", -1) <= start and end <= s.get("end", -1)]
    if inside:
        return min(inside, key=lambda s: s["end"] - s["start"])
    around = [s for s in statements
              if s.get("_sent_start", -1) <= start and end <= s.get("_sent_end", -1) and s.get("kind") == "indirect"]
    if len(around) == 1:
        return around[0]
    return None


def _reporter_from_parse(cue: Token, sent: Span, mentions) -> tuple[Optional[str], Optional[str]]:
    """(reported_by, reporter party) from a reporting verb above the cue or 'according to'."""
    reporting = _tables()["reporting"]
    node = cue
    for _ in range(6):
        if node.lemma_ in reporting and node.pos_ in {"VERB", "AUX"} and node is not cue:
            subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}
                        and not (c.left_edge.i <= cue.i <= c.right_edge.i and cue.i < node.i)]
            if subjects:
                subject = subjects[0]
                right = subject.right_edge.i if subject.i > node.i else min(subject.right_edge.i, node.i - 1)
                sub = subject.doc[subject.left_edge.i : right + 1]
                return _source_name(sub, mentions)
        if node.head is node:
            break
        node = node.head
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.doc[tok.i + 1].lower_ == "to":
            objects = [c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"]
            if objects:
                obj = objects[0]
                return _source_name(tok.doc[obj.left_edge.i : obj.right_edge.i + 1], mentions)
            return None, None
    return None, None


def _source_name(span: Span, mentions) -> tuple[Optional[str], Optional[str]]:
    if span.root.pos_ == "PRON":
        return None, None
    party = _party_in(mentions, span.start_char, span.end_char)
    if party:
        return party, party
    entry = gazetteer.find_in(span.text)
    if entry is not None:
        return entry.name, (None if entry.kind == "organisation" else entry.name)
    persons = [e for e in span.ents if e.label_ in {"PERSON", "ORG"}]
    if persons:
        return persons[0].text, None
    return None, None


# ------------------------------------------------------------- historical

def _current_year(doc: Doc) -> Optional[int]:
    reference = (doc._.borderfacts_reference_date or {}).get("value")
    if reference and re.match(r"\d{4}", reference):
        return int(reference[:4])
    years = [int(y) for y in re.findall(r"\b(19[5-9]\d|20\d\d)\b", doc.text)]
    return max(years) if years else None


def _historical(doc: Doc, sent: Span, dates: list[dict], year: Optional[int]) -> bool:
    for item in dates:
        if item.get("_earlier") and sent.start_char <= item.get("start", -1) < sent.end_char:
            return True
    lower = sent.text.lower()
    if any(cue in lower for cue in _tables()["historical"]):
        return True
    if year:
        for match in re.finditer(r"\b(19[0-9]\d|20\d\d)(s)?\b", sent.text):
            if int(match.group(1)) < year:
                return True
    return False


# ------------------------------------------------------------------- main

def find_casualties(doc: Doc) -> list[dict]:
    """Casualty dicts for a document (pure)."""
    tables = _tables()
    mentions = _mentions(doc)
    statements = doc._.borderfacts_statements or []
    dates = doc._.borderfacts_dates or []
    year = _current_year(doc)
    found: list[dict] = []
    sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    for sent in sentences:
        figures = list(find_figures(sent.text, sent.start_char))
        spans = [doc.char_span(f.start, f.end, alignment_mode="expand") for f in figures]
        blockers = {t.i for s in spans if s is not None for t in s}
        historical = None
        for figure, span in zip(figures, spans):
            if span is None:
                continue
            item = _read_figure(doc, sent, figure, span, mentions, statements, blockers)
            if item is None:
                continue
            if historical is None:
                historical = _historical(doc, sent, dates, year)
            item["historical"] = historical
            found.append(item)
    _mark_conjuncts(found)
    return found


def _read_figure(doc, sent, figure: Figure, span: Span, mentions, statements, blockers) -> Optional[dict]:
    tables = _tables()
    before = doc[span.start - 1] if span.start > sent.start else None
    if before is not None and (before.text in {"$", "€", "£", "US$"} or before.lower_ in {"aged", "age", "no", "not", "no."}):
        return None
    if "-year" in doc.text[figure.end : figure.end + 6].lower() or doc.text[figure.end : figure.end + 1] in {"%", "-"}:
        return None
    np_tokens, head = _victim_phrase(doc, span, sent)
    kind, category, group = _classify_head(head)
    if kind == "other":
        return None
    if figure.year_like and kind == "none":
        return None
    if figure.vague and kind == "none" and _governing_cue(span[-1], sent) is None:
        return None
    anchor = head if head is not None else span[-1]
    cue = None
    superseded = False
    update = False
    if kind == "cue":
        cue = head
    else:
        cue = _governing_cue(anchor, sent)
        if cue is None and kind == "none":
            toll = _toll_context(doc, span, sent)
            if toll is not None:
                cue = toll
                prev = doc[span.start - 1] if span.start > sent.start else None
                if prev is not None and prev.lower_ == "from":
                    superseded = True
                elif any(t.lower_ in tables["update"] for t in sent):
                    update = True
        if cue is None and kind == "victim":
            cue = _linear_cue(doc, span.start, (np_tokens[-1].i + 1) if np_tokens else span.end, sent,
                              blockers - {t.i for t in span})
        if cue is None and kind == "none" and span[-1].dep_ in {"nsubj", "nsubjpass", "dobj"}:
            cue = _governing_cue(span[-1], sent)
        if cue is None:
            return None
        category = cue_category(cue) if cue.lower_ != "toll" else _toll_category(cue)
        if category is None:
            return None
        if cue.lemma_ in tables["deploy"]:
            return None
    prev = doc[span.start - 1] if span.start > sent.start else None
    if prev is not None and any(t.lower_ in tables["update"] for t in sent):
        if prev.lower_ == "from":  # "rose to 94 from 49": 49 is replaced
            superseded, update = True, False
        elif prev.lower_ in {"to", "at"} and not superseded:
            update = True
    if _negated(cue, np_tokens + list(span)):
        return None
    if kind == "none" and cue.lower_ != "toll" and span[-1].dep_ not in ARGUMENT_DEPS | {"nummod"}:
        return None
    group = _group_of(np_tokens, group or "people")
    if category == "displaced" and group == "military":
        return None
    np_end_char = (np_tokens[-1].idx + len(np_tokens[-1])) if np_tokens else span.end_char
    # side of the victims
    party = _party_in(mentions, span.start_char, np_end_char)
    if party is None and head is not None:
        # "soldiers of Armenia", "Armenia's soldiers"
        for child in head.children:
            if child.dep_ == "poss":
                party = _party_in(mentions, child.idx, child.idx + len(child))
                if party is None and child.lower_ in POSSESSIVE_OWN:
                    party = "_own"
            elif child.dep_ == "prep" and child.lower_ == "from":
                sub = doc[child.left_edge.i : child.right_edge.i + 1]
                party = _party_in(mentions, sub.start_char, sub.end_char)
    statement = _statement_for(statements, figure.start, figure.end)
    reported_by = reporter_party = None
    if statement is not None:
        reported_by = statement.get("speaker")
        reporter_party = statement.get("_speaker_party") or statement.get("party")
        if statement.get("_speaker_kind") == "country" or gazetteer.canonical(reported_by):
            reported_by = gazetteer.canonical(reported_by) or reported_by
            reporter_party = reporter_party or reported_by
    if reported_by is None:
        reported_by, reporter_party = _reporter_from_parse(cue, sent, mentions)
    if party is None and cue.lemma_ in {"lose", "suffer"}:
        subjects = [c for c in cue.children if c.dep_ == "nsubj"]
        if subjects:
            sub = doc[subjects[0].left_edge.i : subjects[0].right_edge.i + 1]
            party = _party_in(mentions, sub.start_char, sub.end_char)
    overall = any(marker in sent.text.lower() for marker in OVERALL_CUES)
    if party == "_own":
        party = reporter_party
    if party is None and reporter_party and not overall and _reports_own_losses(cue, reporter_party, mentions):
        party = reporter_party
    if party is None and not overall:
        party = _place_party(cue, mentions) or _side_phrase_party(sent, mentions)
    claim = bool(party and reporter_party and party != reporter_party)
    start = min(span.start_char, cue.idx)
    end = max(np_end_char, cue.idx + len(cue))
    item = {
        "party": party,
        "category": category,
        "count": figure.count,
        "low": figure.low,
        "high": figure.high,
        "group": group,
        "reported_by": reported_by,
        "historical": False,
        "text": doc.text[start:end],
        "start": start,
        "end": end,
        "_cue": cue.i,
        "_sent": sent.start,
        "_figure": [figure.start, figure.end],
    }
    if claim:
        item["_claim"] = True
    if superseded:
        item["_superseded"] = True
    if update:
        item["_update"] = True
    lower_before = doc.text[max(sent.start_char, figure.start - 25) : figure.start].lower()
    if any(cue_word in lower_before for cue_word in tables["subset"]) or \
            (cue.i < span.start and ":" in doc[cue.i : span.start].text):
        item["_subset"] = True
    return item


def _place_party(cue: Token, mentions) -> Optional[str]:
    """The side whose territory the casualty word is located in ("evacuated from
    parts of Russia's Kursk region", "killed in Armenia")."""
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "from", "inside", "within"}:
            sub = child.doc[child.i : child.right_edge.i + 1]
            party = _party_in(mentions, sub.start_char, sub.end_char)
            if party:
                return party
    return None


def _side_phrase_party(sent: Span, mentions) -> Optional[str]:
    """'On the Thai side, ...' at the head of the sentence."""
    match = re.match(r"\W*(?:on|across|over)\s+the\s+([\w'’ -]+?)\s+side\b", sent.text, re.IGNORECASE)
    if match:
        return _party_in(mentions, sent.start_char + match.start(1), sent.start_char + match.end(1))
    return None


def _toll_category(toll: Token) -> str:
    for child in toll.children:
        if child.dep_ in {"compound", "amod"}:
            category = cue_category(child)
            if category and child.lower_ not in {"death"}:
                return category
    return "killed"


def _reports_own_losses(cue: Token, reporter_party: str, mentions) -> bool:
    """A side reporting a figure with no victims' side named: its own losses,
    unless the side itself is the agent ("Pakistan said it killed 40")."""
    for child in cue.children:
        if child.dep_ == "nsubj" and cue.tag_ != "VBN":
            if child.lower_ in {"it", "we", "they"}:
                return False
            sub = child.doc[child.left_edge.i : child.right_edge.i + 1]
            if _party_in(mentions, sub.start_char, sub.end_char) == reporter_party:
                return False
    return True


def _mark_conjuncts(found: list[dict]) -> None:
    """Figures sharing one casualty word in one sentence ("673 soldiers and 36
    civilians were killed") are parts of one event: give them a shared key."""
    keys: dict[tuple, int] = {}
    for item in found:
        key = (item["_sent"], item["_cue"], item["party"], item["category"])
        keys[key] = keys.get(key, 0) + 1
    for item in found:
        key = (item["_sent"], item["_cue"], item["party"], item["category"])
        if keys[key] > 1:
            item["_conj"] = f"{item['_sent']}:{item['_cue']}"


class CasualtiesComponent:
    def __init__(self, nlp: Language, name: str = "borderfacts_casualties"):
        set_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        casualties = find_casualties(doc)
        doc._.borderfacts_casualties = casualties
        doc._.borderfacts_summary = summarize(casualties)
        return doc


@Language.factory(
    "borderfacts_casualties",
    assigns=["doc._.borderfacts_casualties", "doc._.borderfacts_summary"],
    requires=["doc._.borderfacts_parties", "doc._.borderfacts_statements", "doc._.borderfacts_dates"],
)
def make_casualties_component(nlp: Language, name: str) -> CasualtiesComponent:
    return CasualtiesComponent(nlp, name)
