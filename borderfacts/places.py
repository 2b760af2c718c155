"""Sub-national places and the side they belong to, learnt per document.

The gazetteer knows countries and armed groups, not their regions, towns and
villages ("Batken", "Tskhinvali", "Kursk region"). Articles usually place
such a name once in plain words; this module reads those patterns and builds
a small per-document table ``place -> party`` that the casualty rules use
when victims are located "in Batken region" or are "residents of Tskhinvali":

- ``X in COUNTRY`` / ``the X region of COUNTRY``  ("the Batken region in Kyrgyzstan",
  "Batken in southern Kyrgyzstan")
- ``COUNTRY's X (region)``                       ("Kyrgyzstan's Batken region")
- ``X, COUNTRY`` before punctuation              ("Batken, Kyrgyzstan", "GOMA, DR Congo")
- ``the DEMONYM town/region/... of X``           ("the Kyrgyz town of Batken",
  "the eastern Congolese city of Goma")
- ``X, the DEMONYM (border) town/community``      ("Mfum, the Nigerian border community")
- ``X, the capital of ENTITY`` / ``ENTITY's capital, X``

The first placement in the text wins. Cost: a few regular expressions around
each party mention, once per document.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

from spacy.tokens import Span

from .extensions import doc_text

PLACE_NOUNS = ("region", "province", "district", "oblast", "governorate", "state", "county", "prefecture",
               "city", "town", "village", "area", "valley", "enclave", "territory", "capital", "municipality",
               "raion", "krai", "republic", "island", "border town", "border village", "border district")
_PLACE_NOUN = "|".join(sorted((re.escape(n).replace(r"\ ", r"\s+") for n in PLACE_NOUNS), key=len, reverse=True))
# capitals of the Latin alphabets, so that "Özalp" and "Şırnak" are names too
UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
_NAME = rf"[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+){{0,2}}"
_DIRECTION = r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
NOT_PLACES = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "The", "In", "On", "At", "But", "And", "A", "An", "It", "He", "She", "They", "We", "This", "That",
    "President", "Prime", "Minister", "Ministry", "Government", "Army", "Forces", "Officials", "Police",
    # institutions "of COUNTRY" ("Ministry of Health of the Kyrgyz Republic", "Ambassador of Tajikistan")
    "Health", "Defence", "Defense", "Interior", "Foreign", "Affairs", "Emergency", "Situations", "Security",
    "Justice", "Ambassador", "Embassy", "Council", "Committee", "Service", "Guard", "Guards", "Republic",
    "National", "Office", "Agency", "Commission", "Parliament", "Assembly", "Troops", "Border", "Press",
}

BEFORE_IN = re.compile(
    rf"(?:the\s+)?(?P<x>{_NAME})(?:\s+(?:{_PLACE_NOUN}))?\s+(?:in|of)\s+(?:the\s+)?{_DIRECTION}$")
# "Maungdaw in Rakhine State", "Tandahimba district in Mtwara region": a place inside a province
IN_KNOWN_PLACE = re.compile(rf"\b(?P<x>{_NAME})(?:\s+(?:{_PLACE_NOUN}))?\s+in\s+(?:the\s+)?{_DIRECTION}"
                            rf"(?P<y>{_NAME})")
PLACE_PREP_BEFORE = re.compile(r"\b(?:of|near|at|outside|around|towards?)\s+$")
BEFORE_COMMA = re.compile(rf"(?P<x>{_NAME}),\s+$")
AFTER_POSSESSIVE = re.compile(
    rf"^['’]s?\s+{_DIRECTION}(?:(?:{_PLACE_NOUN})\s+(?:of\s+)?)?(?P<x>{_NAME})")
AFTER_DEMONYM = re.compile(rf"^\s+(?:{_PLACE_NOUN})\s+of\s+(?P<x>{_NAME})")
# "Mfum, the Nigerian border community he leads": a place named, then the demonym's settlement
APPOSITION_BEFORE = re.compile(rf"(?P<x>{_NAME}),\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+)?$")
APPOSITION_AFTER = re.compile(rf"^\s+(?:[a-z][\w-]*\s+)?(?:{_PLACE_NOUN}|community|settlement|hamlet)\b")


def _clean(name: str) -> Optional[str]:
    words = name.split()
    # "Batken Region" -> "Batken"; drop trailing place nouns and leading non-names
    while words and words[-1].lower() in PLACE_NOUNS:
        words.pop()
    while words and words[0] in NOT_PLACES:
        words.pop(0)
    if not words or any(w in NOT_PLACES for w in words):
        return None
    return " ".join(words)


_CAPITALISED = re.compile(rf"[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+)*")
WORLD_PLACES = Path(__file__).resolve().parent / "data" / "world_places.tsv"


class _WorldPlaces:
    """name -> countries, looked up by binary search in the sorted table text:
    reading the file is all the start-up cost (~10 ms for 180,000 names),
    and a lookup is a score of string comparisons."""

    def __init__(self, text: str):
        self.text = text
        self.start = text.find("\n", 0) + 1 if text.startswith("#") else 0  # past the header line

    def _line_at(self, offset: int) -> tuple[int, int]:
        """(start, end) of the line holding ``offset``."""
        start = self.text.rfind("\n", self.start, offset) + 1
        start = max(start, self.start)
        end = self.text.find("\n", offset)
        return start, (end if end >= 0 else len(self.text))

    def _find(self, name: str) -> Optional[str]:
        low, high = self.start, len(self.text)
        while low < high:
            middle = (low + high) // 2
            start, end = self._line_at(middle)
            tab = self.text.find("\t", start, end)
            key = self.text[start:tab] if tab >= 0 else self.text[start:end]
            if key == name:
                return self.text[tab + 1 : end]
            if key < name:
                low = end + 1
            else:
                high = start
        return None

    def get(self, name, default=()):
        countries = self._find(name) if name else None
        return tuple(countries.split(",")) if countries else default

    def __getitem__(self, name):
        countries = self.get(name, None)
        if countries is None:
            raise KeyError(name)
        return countries

    def __contains__(self, name) -> bool:
        return self.get(name, None) is not None


@lru_cache(maxsize=1)
def world_places() -> _WorldPlaces:
    """Town / city / province name -> countries (tools/build_places.py: GeoNames
    and ISO 3166-2), read on first use; the file is sorted by name."""
    return _WorldPlaces(WORLD_PLACES.read_text(encoding="utf-8"))


def world_country(text: str, allowed: Optional[set] = None) -> Optional[str]:
    """The one country (among ``allowed``, the countries an article names) the
    towns and provinces named in ``text`` belong to ("mayor of the Batifa
    sub-district in Duhok province" -> Iraq), else None."""
    found = set(world_matches(text, allowed))
    return next(iter(found)) if len(found) == 1 else None


def world_matches(text: str, allowed: Optional[set]):
    """The country of each capitalised name in ``text`` the world gazetteer
    places in exactly one of ``allowed`` (any country when None), in text
    order, longest names first ("Spin Boldak" before "Spin")."""
    return (country for _, country in world_names(text, allowed))


# capitalised words a town's name may follow without being part of it
NAME_PREFIXES = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper",
                 "Lower", "Greater", "The", "In", "At", "Near", "From", "Of", "And", "Both", "In", "On", "To"}


def world_names(text: str, allowed: Optional[set]):
    """(name, country) for :func:`world_matches`."""
    for match in _CAPITALISED.finditer(text):
        words = match.group(0).split()
        for size in range(min(3, len(words)), 0, -1):
            for start in range(0, len(words) - size + 1):
                if start > 0 and len(words) <= 3 and words[start - 1] not in NAME_PREFIXES:
                    # "Dan Kano" is no "Kano" (a word after a name may be "County"; a title-case
                    # headline's long runs are left alone)
                    continue
                name = " ".join(words[start : start + size])
                countries = [c for c in world_places().get(name, ()) if allowed is None or c in allowed]
                if len(countries) == 1:
                    yield name, countries[0]


class PlaceTable:
    """``place -> party`` for one document (see the module docstring)."""

    def __init__(self, doc, mentions: list[tuple[int, int, str]], sides: frozenset = frozenset()):
        self.table: dict[str, str] = {}
        self.sides = sides  # only a side's towns are worth placing
        text = doc_text(doc)
        mentioned = {text[s:e] for s, e, _ in mentions}
        for start, end, name in mentions:
            surface = text[start:end]
            before = text[max(0, start - 60) : start]
            after = text[end : end + 60]
            candidates = []  # (name, whether the pattern alone makes it a place)
            m = BEFORE_IN.search(before)
            if m:
                candidates.append((m.group("x"), False))
            m = BEFORE_COMMA.search(before)
            if m and re.match(r"\s*(?:[,.;:)\n—–]|\s-|$)", after):
                candidates.append((m.group("x"), False))
            if re.match(r"['’]", after):
                m = AFTER_POSSESSIVE.match(after)
                if m:
                    candidates.append((m.group("x"), False))
            elif surface[:1].isupper():
                m = AFTER_DEMONYM.match(after)
                if m:  # "the Rwandan border town of Rubavu" is a town, whatever the NER makes of it
                    candidates.append((m.group("x"), True))
                m = APPOSITION_BEFORE.search(before) if APPOSITION_AFTER.match(after) else None
                if m:  # (the anchored check first: most demonyms are followed by no settlement noun)
                    candidates.append((m.group("x"), True))
            for candidate, by_pattern in candidates:
                place = _clean(candidate)
                if not place or place in mentioned or place == surface:
                    continue
                from . import gazetteer  # local: keep import cycles out

                if gazetteer.lookup(place) is not None or not (by_pattern or self._is_place(doc, text, place, start)):
                    continue
                self.table.setdefault(place, name)
        if sides:
            self._inside_known_places(doc, text, mentioned)
        self._pattern = (re.compile(r"\b(?:%s)\b" % "|".join(re.escape(p) for p in
                                                            sorted(self.table, key=len, reverse=True)))
                         if self.table else None)

    def _inside_known_places(self, doc, text: str, mentioned: set) -> None:
        """``X in Y`` where the world gazetteer places Y in one side ("two villages north of Maungdaw
        in Rakhine State"): X is that side's too. Placements by a party's own mention come first."""
        from . import gazetteer  # local: keep import cycles out

        for m in IN_KNOWN_PLACE.finditer(text):
            place, where = _clean(m.group("x")), m.group("y")
            if not place or place in self.table or place in mentioned or gazetteer.lookup(place) is not None:
                continue
            countries = {c for c in world_places().get(_clean(where) or where, ()) if c in self.sides}
            # (the NER often takes a town for a person: after "north of" or "near" it is a place)
            located = PLACE_PREP_BEFORE.search(text, max(0, m.start("x") - 12), m.start("x"))
            if len(countries) == 1 and (located or self._is_place(doc, text, place, m.start("x"))):
                self.table[place] = next(iter(countries))

    @staticmethod
    def _is_place(doc, text: str, place: str, near: int) -> bool:
        """Not a person, organisation or group name by the parser's entities."""
        index = text.find(place, max(0, near - 60), near + 80)  # the occurrence the pattern read
        if index < 0:
            index = text.rfind(place, 0, near + 1)
        if index < 0:
            index = text.find(place, near)
        span = doc.char_span(index, index + len(place), alignment_mode="expand") if index >= 0 else None
        if span is None:
            return False
        if text[max(0, index - 4) : index].lower() == "the ":
            return False  # "the Druze in northern Israel", "The Times of Israel": towns take no article
        after = text[index + len(place) : index + len(place) + 20].split()
        named_place = bool(after) and after[0].lower().strip(".,;:") in PLACE_NOUNS  # "Saada governorate"
        if any(t.ent_type_ == "PERSON" or t.ent_type_ == "NORP" and not named_place for t in span):
            return False
        # multi-word ORG names are bodies ("Foreign Office", "General Staff"); a
        # one-word ORG is often a mis-tagged town
        return not (len(span) > 1 and any(t.ent_type_ == "ORG" for t in span))

    def party_of_text(self, text: str) -> Optional[str]:
        if self._pattern is not None:
            m = self._pattern.search(text)
            if m:
                return self.table[m.group(0)]
        from . import gazetteer

        # "in Tskhinvali" when the gazetteer knows "Tskhinvali Region": before the world
        # gazetteer, which lists a breakaway entity's towns under the state it broke from
        for word in re.findall(rf"\b[{UPPER}][\w'’-]+", text):
            entry = gazetteer.lookup(word + " Region")
            if entry is not None and entry.kind != "organisation":
                return entry.name
        return self.world_party(text)

    def world_party(self, text: str) -> Optional[str]:
        """The one side of the article a known town or province in ``text``
        belongs to ("in Chaman" -> Pakistan when Pakistan is a side)."""
        if not self.sides:
            return None
        return next(world_matches(text, self.sides), None)

    def party_in(self, span: Span) -> Optional[str]:
        return self.party_of_text(span.text)
