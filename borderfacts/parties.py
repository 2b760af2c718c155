"""Sides of the conflict: the ``borderfacts_parties`` component.

Gazetteer strings are matched with spaCy's PhraseMatcher on the exact token
text, so mentions the statistical NER gets wrong ("Tajik" tagged PERSON) still
count. Which parties are *sides* is decided from where and how often they are
mentioned: parties named early (headline and lede) and often are the sides;
organisations are never sides.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Optional

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from . import gazetteer
from .extensions import doc_text, set_extensions
from .groups import redefined_abbreviations, spelt_out_abbreviations, units_of_known_groups, unknown_groups
from .numbers import lexicon
from .places import world_country, world_places  # the table itself is read on first use

LEDE_CHARS = 600  # headline + first paragraph or two
MAX_SIDES = 4


def mention_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """(start_char, end_char, canonical name) for every party mention, in text order."""
    spans = []
    for party in doc._.borderfacts_parties or []:
        for start, end in party.get("_spans", []):
            spans.append((start, end, party["name"]))
    return sorted(spans)


def ruling_country(group: str, text: str, reference: Optional[str]) -> Optional[str]:
    """The country an armed group governs at the article's date (the lexicon's
    dated ``governments``: the Taliban from 15 August 2021), unless the text
    names the former government's or coalition's forces; undated articles are
    taken as recent."""
    government = lexicon().get("governments", {}).get(group)
    if not government:
        return None
    if reference is not None and re.match(r"\d{4}-\d\d-\d\d", reference) and reference[:10] < government["since"]:
        return None
    if any(re.search(r"\b%s\b" % re.escape(sign), text) for sign in government.get("before", ())):
        return None
    return government["country"]


# Abbreviations two parties share, read by the country the article is about: "SNA" is the Somali
# National Army in a Somalia story and the Syrian National Army in a Syria story.
AMBIGUOUS_ABBREVIATIONS = {"SNA": (("Somali", "Somalia"), ("Syria", "Syrian National Army")),
                           "BDF": (("Beliz", "Belize"), ("Botswana", "Botswana"), ("Bahrain", "Bahrain"))}


# Demonyms two countries share (left out of the gazetteer), read by the one of them the article names:
# "two Dominican soldiers" in a Haiti-Dominican Republic story.
SHARED_DEMONYMS = {"Dominican": ("Dominican Republic", "Dominica"), "Dominicans": ("Dominican Republic", "Dominica")}
SHARED = "_shared demonym"


# a neighbour that settles a shared demonym when the text names neither country ("Dominican" beside Haiti)
SHARED_DEMONYM_NEIGHBOURS = {"Dominican Republic": r"\bHaiti(?:an)?s?\b"}


def _shared_demonym(span: Span, text: str) -> Optional[Span]:
    named = [name for name in SHARED_DEMONYMS[span.text] if re.search(r"\b%s\b" % re.escape(name), text)]
    if not named:
        named = [name for name in SHARED_DEMONYMS[span.text]
                 if name in SHARED_DEMONYM_NEIGHBOURS and re.search(SHARED_DEMONYM_NEIGHBOURS[name], text)]
    return Span(span.doc, span.start, span.end, label=named[0]) if len(named) == 1 else None


def _disambiguated(span: Span, text: str) -> Span:
    readings = AMBIGUOUS_ABBREVIATIONS.get(span.text)
    if not readings:
        return span
    hint, name = max(readings, key=lambda reading: len(re.findall(reading[0], text)))
    return span if span.label_ == name else Span(span.doc, span.start, span.end, label=name)


def choose_sides(counts: Counter, early: set[str], kinds: dict[str, str]) -> set[str]:
    """The parties in conflict.

    The two most prominent states or groups (named in the lede first, then by
    mentions) are sides; a further one is a side when it is named in the lede
    and half as often as the leader, or anywhere about as often as it; a non-state armed group named more than
    once is a side too, since groups are seldom named as bystanders.
    Organisations are never sides.
    """
    candidates = [name for name, _ in counts.most_common() if kinds[name] != "organisation"]
    if not candidates:
        return set()
    top = counts[candidates[0]]
    ranked = sorted(candidates, key=lambda name: (name not in early, -counts[name]))
    sides: list[str] = []
    for name in ranked:
        if len(sides) >= MAX_SIDES:
            break
        prominent = name in early or counts[name] >= max(2, 0.3 * top)
        if len(sides) < 2 and prominent:
            sides.append(name)
        elif (name in early and counts[name] >= 0.5 * top) or counts[name] >= 0.8 * top:
            sides.append(name)
        elif kinds[name] == "group" and counts[name] >= max(2, 0.25 * top):
            sides.append(name)
    if len(sides) == 1 and len(candidates) > 1 and counts[candidates[1]] >= 2:
        sides.append(next(name for name in candidates if name not in sides))
    return set(sides)


HOME_PLACES = 2  # distinct towns / provinces of one unnamed country in the lede that make it a side


def implied_country(doc: Doc, named: set[str]):
    """(country, place names) when the lede places the story in a country it
    never names, by at least two distinct towns or provinces of that country
    and of no other (world gazetteer), else None."""
    found: dict[str, set[str]] = {}
    for token in doc:
        if token.idx >= LEDE_CHARS:
            break
        if token.is_sent_start:
            continue
        place = _town_at(doc, token, len(doc), {"PERSON", "NORP"})
        if place:
            found.setdefault(place[0], set()).add(place[1])
    strong = [country for country, names in found.items() if len(names) >= HOME_PLACES]
    if len(strong) != 1 or strong[0] in named:
        return None
    return strong[0], sorted(found[strong[0]])


def regional_governments() -> frozenset:
    """Parties that are a country's regional governments with forces of their own (Jubaland, Puntland):
    sides, but no insurgents (the lexicon's ``regional_governments``)."""
    return frozenset(lexicon().get("regional_governments", ()))


def placed_countries(doc: Doc, named: set[str] = frozenset()) -> set[str]:
    """Countries a town or province in the lede's first sentence belongs to
    ("overran the town of Kulbus in West Darfur", "Gidan Bawa village ... of
    Sokoto State"): where the story happens."""
    found: set[str] = set()
    label = HEADLINE_LABEL.match(doc_text(doc))
    if label:  # "Ituri: six civilians killed in an attack ...": the headline's place label
        country = world_country(label.group("place"), set(named))
        if country:
            found.add(country)
    if not doc.has_annotation("SENT_START"):
        return found  # a user's pipeline without a parser: no sentences to read
    for sent in doc.sents:
        if sent.start_char >= LEDE_CHARS:
            break
        if len(sent) < 8 or sent.text.rstrip()[-1:] not in ".!?\"”’":
            continue  # a headline, byline or dateline line: the story's first sentence comes next
        for token in sent:
            place = _town_at(doc, token, sent.end, {"PERSON", "NORP", "ORG"}, named)
            if place:
                found.add(place[0])
        break
    return found


HEADLINE_LABEL = re.compile(r"\A\s*(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}):[ \t]")  # "Ituri: six killed"
# "KASESE. The death toll", "ELWAK - Heavily armed", "QUETTA/CHAMAN:", "GOMA, DR Congo —": a city in
# capitals opening a line near the top, where the story was filed
CAPITAL_DATELINE = re.compile(r"^[ \t]*(?P<city>[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]+){0,2})(?:/[A-Z][A-Z'’ -]+)?"
                              r"(?:\s*(?:,|\.|—|–|--|-|:)\s|[ \t]*\n)", re.MULTILINE)  # ("LODWAR" alone on a line)
DATELINE_CHARS = 600


def dateline_country(text: str, named: set[str]) -> Optional[str]:
    """The country (among ``named``) of the city in capitals a story is filed from, or None."""
    match = CAPITAL_DATELINE.search(text[:DATELINE_CHARS])
    if match is None:
        return None
    city = match.group("city").title()
    return world_country(city, named) if world_places().get(city) else None


PLACE_PREPOSITIONS = {"in", "near", "of", "at", "from", "outside", "around"}


def one_word_entity(token) -> bool:
    """Whether ``token`` is an entity of its own, one word long: the NER often
    takes a lone town for a person ("north of Goma"); a full name is never a town."""
    return token.ent_iob_ == "B" and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")


def _lone_place_word(doc: Doc, token) -> bool:
    """A one-word "person" after a place preposition ("north of Mora"): a town."""
    return token.ent_type_ == "PERSON" and one_word_entity(token) and token.i > 0 \
        and doc[token.i - 1].lower_ in PLACE_PREPOSITIONS


def _town_at(doc: Doc, token, end: int, not_entities: set[str], named: set[str] = frozenset()):
    """(country, name) when a place name of one country (world gazetteer)
    starts at ``token``, up to three proper nouns long ("Spin Boldak", "West
    Darfur"), else None. A name several countries have counts for the one
    of them the article names ("Mora" in a story naming Cameroon)."""
    if token.pos_ != "PROPN" or not token.is_alpha or (token.i > 0 and doc[token.i - 1].pos_ == "PROPN"):
        return None
    if token.ent_type_ in not_entities and not _lone_place_word(doc, token):
        return None
    words = [token.text]
    for nxt in doc[token.i + 1 : min(token.i + 3, end)]:
        if nxt.pos_ != "PROPN" or not nxt.is_alpha:
            break
        words.append(nxt.text)
    for size in range(len(words), 0, -1):
        countries = world_places().get(" ".join(words[:size]), ())
        if len(countries) > 1 and named:
            countries = [c for c in countries if c in named]
        if len(countries) == 1:
            return countries[0], " ".join(words[:size])
    return None


class PartiesComponent:
    def __init__(self, nlp: Language, name: str = "borderfacts_parties"):
        set_extensions()
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.kinds: dict[str, str] = {}
        for entry in gazetteer.entries():
            self.kinds[entry.name] = entry.kind
            self.matcher.add(entry.name, list(nlp.tokenizer.pipe(sorted(set(entry.surfaces)))))
        for country, names in gazetteer.state_forces().items():
            # "the IDF", "SPLA soldiers": mentions of the country's side
            self.matcher.add(country, list(nlp.tokenizer.pipe(sorted(set(names)))))
        self.matcher.add(SHARED, list(nlp.tokenizer.pipe(sorted(SHARED_DEMONYMS))))

    def _tail_of_other_name(self, span: Span) -> bool:
        """"the Ras Jedir Border Security Force": a state force's name ending a longer name is not that force."""
        if span.start == 0 or span.label_ in self.kinds and gazetteer.lookup(span.text) is not None:
            return False
        previous = span.doc[span.start - 1]
        return previous.is_title and previous.pos_ == "PROPN" and not previous.is_sent_start \
            and gazetteer.inside_other_name(previous.text)

    def match(self, doc: Doc) -> list[dict]:
        """Pure: the party records for a document, with private mention spans."""
        hits = [span for span in self.matcher(doc, as_spans=True) if not self._tail_of_other_name(span)]
        # Capitalised datelines ("BISHKEK, Sept 17 -", "TAJIKISTAN") are looked
        # up directly rather than doubling the matcher with upper-case copies,
        # which would cost start-up time on every run.
        for token in doc:
            if token.is_upper and len(token) > 3 and token.is_alpha:
                entry = gazetteer.lookup(token.text)
                if entry is not None:
                    hits.append(Span(doc, token.i, token.i + 1, label=entry.name))
        # Keep the longest of overlapping matches ("South Sudan" over "Sudan").
        chosen, taken = [], set()
        for span in sorted(hits, key=lambda s: (-(s.end - s.start), s.start)):
            if taken.isdisjoint(range(span.start, span.end)):
                chosen.append(span)
                taken.update(range(span.start, span.end))
        chosen.sort(key=lambda s: s.start)
        reference = (doc._.borderfacts_reference_date or {}).get("value")
        text = doc_text(doc)
        chosen = [span for span in (_shared_demonym(s, text) if s.label_ == SHARED else s for s in chosen) if span]
        redefined = redefined_abbreviations(text)  # "the Ambazonia Defence Forces (ADF)": not the gazetteer's ADF
        chosen = [_disambiguated(span, text) if span.text not in redefined else
                  Span(doc, span.start, span.end, label=redefined[span.text])
                  for span in chosen if span.text not in redefined or redefined[span.text] in self.kinds]
        ruling = {name: ruling_country(name, text, reference) for name in {span.label_ for span in chosen}}
        # a group that governs a country is that country ("the Islamic Emirate" in 2026 is Afghanistan)
        chosen = [Span(doc, s.start, s.end, label=ruling[s.label_]) if ruling[s.label_] else s for s in chosen]
        counts: Counter = Counter()
        aliases: dict[str, dict[str, None]] = {}
        spans: dict[str, list[list[int]]] = {}
        early = set()

        def count(name: str, surface: str, start: int, end: int) -> None:
            counts[name] += 1
            aliases.setdefault(name, {})[surface] = None
            spans.setdefault(name, []).append([start, end])
            if start < LEDE_CHARS:
                early.add(name)

        for span in chosen:
            count(span.label_, span.text, span.start_char, span.end_char)
        for abbr, name in spelt_out_abbreviations(text).items():
            # "the Arakan Army (AA) ... AA troops", "AA-held Maungdaw": the abbreviation names the party too
            # (not the bracket that spells it out: the full name before it is already counted)
            for match in re.finditer(r"(?<![\w(-])%s(?![\w])" % re.escape(abbr), text):
                count(name, abbr, match.start(), match.end())
        units = units_of_known_groups(text)
        introduced = [name for name in sorted(unknown_groups(text, redefined)) if name not in counts
                      and name not in units]
        kinds = {**self.kinds, **{name: "group" for name in introduced}} if introduced else self.kinds
        for name in introduced + list(units):
            # groups the gazetteer does not know, as the article introduces them ("the Ibar Guard, a
            # little-known group"): counted wherever the name recurs (a side only when it does); a unit
            # of a known group ("the 33rd Front of the FARC dissidents") is that group wherever it is named
            forms = [re.escape(name).replace(r"\ militia", r"\ militia\w*")]
            forms += [re.escape(abbr) for abbr, full in redefined.items() if full == name]
            for match in re.finditer(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(forms), text):
                count(units.get(name, name), match.group(0), match.start(), match.end())
        sides = choose_sides(counts, {n for n in early if n not in introduced or counts[n] >= 2}, kinds)
        group_home = lexicon().get("group_home", {})
        movements = set(lexicon().get("de_facto_entities", ()))  # the movement stands for those
        regional = regional_governments()  # (a region's forces bring no war home)
        for group in [n for n in sides if kinds.get(n) == "group" and n not in regional]:
            # an armed group fights in its home country: that country is a side when named at all
            if group_home.get(group) in counts and group_home[group] not in movements and len(sides) < MAX_SIDES:
                sides.add(group_home[group])
        named_countries = {n for n in counts if self.kinds.get(n) == "country"}
        filed_from = dateline_country(text, named_countries)
        if filed_from and filed_from not in sides and len(sides) < MAX_SIDES:
            sides.add(filed_from)  # "KASESE. The death toll ...": a local paper's own country, named or not often
        for country in placed_countries(doc, named_countries):
            if country in counts and country not in sides and self.kinds.get(country) == "country":
                sides.add(country)  # named less often than others, but the story happens there
        implied: dict[str, list[str]] = {}
        home = implied_country(doc, set(counts))
        if home is not None:  # "Gwoza ... Borno State": a local paper never names its own country
            name, places_ = home
            counts[name], aliases[name], spans[name] = 0, {}, []
            implied = {name: places_}
            self.kinds.setdefault(name, "country")
            kinds = {**kinds, name: "country"}
            sides.add(name)
        order = sorted(counts, key=lambda name: (name not in sides, -counts[name],
                                                 spans[name][0][0] if spans[name] else 0))
        return [
            {
                "name": name,
                "role": "side" if name in sides else "other",
                "aliases": list(aliases[name]),
                "mentions": counts[name],
                "_kind": kinds.get(name) or self.kinds[name],
                "_spans": spans[name],
                **({"_introduced": True} if name in introduced else {}),
                **({"_implied_by": implied[name]} if name in implied else {}),
            }
            for name in order
        ]

    def set_annotations(self, doc: Doc, parties: Iterable[dict]) -> None:
        doc._.borderfacts_parties = list(parties)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


@Language.factory("borderfacts_parties", assigns=["doc._.borderfacts_parties"])
def make_parties_component(nlp: Language, name: str) -> PartiesComponent:
    return PartiesComponent(nlp, name)
