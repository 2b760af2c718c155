"""Rule-based speaker resolution: a per-document name table, as Citron does.

No coreference model can be installed offline, so speakers are resolved with
rules over what the parse and the NER already give:

- a name table from PERSON / ORG / GPE / NORP entities, the parties gazetteer
  and organisation phrases ("Azerbaijan's defence ministry");
- a bare surname or partial name maps to the first, longest form
  ("Zhaparov" -> "Sadyr Zhaparov");
- he / she -> the most recent compatible person (gender from honorifics,
  titles and the pronouns that follow a person's mention); "it" -> the most
  recent body;
- role nouns ("the minister", "the ministry") -> the nearest named holder or
  the first-named body with that head, else the organisation in the phrase;
- "officials", "a source" and other anonymous heads -> no speaker, though the
  side they belong to is kept for the casualties component.
"""
from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Optional

from spacy.tokens import Doc, Span, Token

from . import gazetteer
from .extensions import doc_text
from .groups import name_with_initials
from .parties import mention_spans
from .places import world_country, world_places  # the table itself is read on first use

# Offices that speak for the country their town or province is in (a hospital's
# director in a border town does not)
ADMINISTRATIVE = re.compile(r"\b(?:mayor|governor|administrat(?:or|ion)|commissioner|prefect|police|municipal|provincial|"
                            r"regional|council|official|spokes(?:man|woman|person)|minister|army|commander)\b",
                            re.IGNORECASE)

# Common nouns a later "he" / "she" may refer to instead of the person named before them
GENDERED_NOUNS = {"woman", "women", "girl", "girls", "mother", "wife", "daughter", "sister", "grandmother", "widow",
                  "man", "men", "boy", "boys", "father", "husband", "son", "brother", "grandfather"}
PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_STRIP = ".,;:!?\"'“”‘’()[]—–- "


@lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    raw = json.loads(resources.files("borderfacts.data").joinpath("reporting_verbs.json").read_text("utf-8"))
    return {key: frozenset(value) for key, value in raw.items() if isinstance(value, list)}


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    raw = json.loads(resources.files("borderfacts.data").joinpath("reporting_verbs.json").read_text("utf-8"))
    return {city: country for city, country in raw.get("capitals", {}).items() if gazetteer.canonical(country)}


@lru_cache(maxsize=1)
def role_aliases() -> dict[str, str]:
    """Abbreviated roles of headlines: "pm" -> "prime minister"."""
    raw = json.loads(resources.files("borderfacts.data").joinpath("reporting_verbs.json").read_text("utf-8"))
    return dict(raw.get("role_aliases", {}))


def capital_country(text: str) -> Optional[str]:
    """The country a capital stands for ("Baku said" -> Azerbaijan), else None."""
    country = _capitals().get(" ".join(text.lower().split()))
    return gazetteer.canonical(country) if country else None


def _name_hyphen(doc, i: int) -> bool:
    """A hyphen inside a name ("Jean-Baptiste"): glued to a capitalised word on each side."""
    return doc[i].text == "-" and 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ \
        and not doc[i].whitespace_ and doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper()


def clean_name(text: str) -> str:
    """"Zhaparov’s" -> "Zhaparov"; strips surrounding punctuation and "the"."""
    text = " ".join(text.split()).strip(_STRIP)
    # "Vyacheslav Gladkov / Telegram": a photo credit names the source after a slash; no name holds one
    text = text.split(" / ")[0]
    # "the Arakan Army (AA)": the name without the abbreviation the article gives it
    text = re.sub(r"\s+\([A-Z][\w.&-]{0,11}\)?$", "", text).strip(_STRIP)
    for suffix in ("’s", "'s", "’", "'"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
            break
    if text.lower().startswith("the "):
        text = text[4:]
    return text.strip(_STRIP)


@dataclass
class Speaker:
    name: Optional[str]
    kind: Optional[str]  # "person" | "country" | "organisation" | None
    party: Optional[str]
    affiliation: Optional[str] = None
    person_like: bool = False  # an unnamed person ("an officer"): "he said" may refer to it


@dataclass
class PersonInfo:
    name: str
    gender: Optional[str] = None
    title: Optional[str] = None
    party: Optional[str] = None


@dataclass
class OrgMention:
    start: int
    text: str
    head: str
    mods: frozenset
    party: Optional[str]


@dataclass
class NameTable:
    doc: Doc
    in_quote: list
    persons: list = field(default_factory=list)  # (start_char, end_char, canonical)
    person_info: dict = field(default_factory=dict)
    orgs: list = field(default_factory=list)  # OrgMention, by start
    person_starts: list = field(default_factory=list)
    org_starts: list = field(default_factory=list)
    country_spans: list = field(default_factory=list)  # (start, end, canonical)
    country_names: set = field(default_factory=set)  # the canonical names among them
    text: str = ""  # doc.text once: spaCy rebuilds it on every access

    # ------------------------------------------------------------------ build
    @classmethod
    def build(cls, doc: Doc, in_quote: list) -> "NameTable":
        table = cls(doc, in_quote, text=doc_text(doc))
        table._countries()
        table._people()
        table._organisations()
        return table

    def _countries(self) -> None:
        spans = [(s, e, name) for s, e, name in mention_spans(self.doc)]
        for ent in self.doc.ents:
            if ent.label_ in ("GPE", "NORP") and not any(s <= ent.start_char < e for s, e, _ in spans):
                name = gazetteer.canonical(ent.text) or capital_country(clean_name(ent.text))
                if name or ent.label_ == "GPE":
                    spans.append((ent.start_char, ent.end_char, name or clean_name(ent.text)))
        self.country_spans = sorted(spans)
        self.country_names = {name for _, _, name in self.country_spans}
        self._country_starts = [s for s, _, _ in self.country_spans]

    def country_at(self, start: int, end: int) -> Optional[str]:
        """The country a phrase names: its possessor if any ("Ethiopia's Somali
        regional government" is Ethiopia's), else the last one named."""
        i = bisect.bisect_right(self._country_starts, end) - 1
        last = None
        while i >= 0 and self.country_spans[i][1] > start:
            s, e, name = self.country_spans[i]
            if s < end and e > start and not SEAT_AFTER.match(self.text, e):  # ("a US-based NGO": where it sits)
                if self.text[e : e + 2] in ("'s", "’s") and e + 2 < end:
                    return name
                last = last or name
            i -= 1
        return last

    def _name_start(self, ent: Span) -> int:
        """Where a person's name really starts: the NER often keeps only the
        last words of a long name ("Commissioner Abraham Kiptoo [Lagat]", "Lt
        Col Shariful [Islam Mridha]"). Capitalised words right before it join
        the name up to a title, role, place, party or the sentence start."""
        start = ent.start
        while start > ent.sent.start and ent.end - start < MAX_NAME_WORDS:
            word = self.doc[start - 1]
            if not _plain_name_word(word) or self._not_a_name_word(word):
                break
            if start - 1 == ent.sent.start and (word.is_stop or ent.end - start > 1):
                break  # the sentence's first word joins only a one-word name ("Mirlande [Joseph], 38, said")
            start -= 1
        return start

    def _not_a_name_word(self, word: Token) -> bool:
        """A title, role, place or party: never part of a person's name."""
        lower = word.lower_.strip(".")
        roles = lexicon()["person_roles"]
        return lower in _TITLES or lower in HONORIFICS or lower in roles or word.lemma_.lower() in roles \
            or word.text in PLACE_WORDS or gazetteer.lookup(word.text) is not None or self._place_name((word.text,))

    def _name_end(self, ent: Span, start: int) -> int:
        """Where a person's name really ends: "[Abraham Kiptoo] Lagat said"."""
        doc = self.doc
        end = ent.end
        # (the parser may end a sentence inside a name: "Commissioner Abraham Kiptoo | Lagat said")
        while end < len(doc) and end - start < MAX_NAME_WORDS and doc[end - 1].whitespace_ == " ":
            word = doc[end]
            # the NER often tags a Hispanic second surname a place ("Lucía [Restrepo Amaya]")
            surname = _plain_name_word(word, "GPE") and not self._place_name((word.text,))
            if not (_plain_name_word(word) or surname) or word.text in PLACE_WORDS \
                    or gazetteer.lookup(word.text) is not None:
                break
            end += 1
        return end

    def _org_named_people(self) -> set[int]:
        """Starts of ORG entities that are people's names: the small model
        often tags "Nadia Hameed" or "Antoine Renard" ORG. Two to four plain
        capitalised words with no organisation word, whose last word the NER
        elsewhere tags as a person or that follow a role noun."""
        doc = self.doc
        lex = lexicon()
        surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON"}
        placey = set()  # names the text uses as places somewhere: "through Kerem Shalom", "the Kerem Shalom crossing"
        for ent in doc.ents:
            before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
            after = doc[ent.end].lower_ if ent.end < len(doc) else ""
            according = ent.start > 1 and doc[ent.start - 2].lower_ == "according"  # "according to X" is a source
            if (before in _PLACE_PREPS | {"through", "via"} and not according) or after in PLACE_NOUNS_AFTER:
                placey.add(ent.text)
        found = set()
        for ent in doc.ents:
            if ent.label_ != "ORG" or not 2 <= len(ent) <= MAX_NAME_WORDS or ent.text in placey:
                continue
            if not all(_plain_name_word(t, "ORG") for t in ent):
                continue
            if any(t.lower_ in lex["org_nouns"] or t.lemma_.lower() in lex["org_nouns"] or self._not_a_name_word(t)
                   for t in ent):
                continue
            before = doc[ent.start - 1] if ent.start > 0 else None
            after_role = before is not None and before.lemma_.lower() in lex["person_roles"]
            if ent[-1].text in surnames or after_role:
                found.add(ent.start)
        return found

    def _people(self) -> None:
        doc = self.doc
        raw = []
        placed = set()  # names some mention shows to be places ("the village of Novaya Tavolzhanka")
        org_people = self._org_named_people()
        for ent in doc.ents:
            if ent.label_ != "PERSON" and not (ent.label_ == "ORG" and ent.start in org_people):
                continue
            if ent.label_ != "PERSON":
                ent = Span(doc, ent.start, ent.end, label="PERSON")
            tagged_start = ent.start  # "in Kyaw Ka Law, a village": the place preposition before the tagged words
            start = self._name_start(ent)
            end = self._name_end(ent, start)
            while end - start > 2 and self._not_a_name_word(doc[start]):
                start += 1  # "[Sialkot Zulqarnain] Haider": the district before the name is no part of it
            if (start, end) != (ent.start, ent.end):
                ent = Span(doc, start, end, label="PERSON")
            name = clean_name(ent.text)
            words = name.split()
            if not words or gazetteer.lookup(name) or not any(w[:1].isupper() for w in words):
                continue
            if len(ent) == 1 and ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN":
                continue  # "the Kordo vigilance committee": a place naming a body, not a person
            if ent[-1].lower_ in HYPHEN_ADJECTIVES and ent[-1].i > 0 and doc[ent[-1].i - 1].text == "-":
                continue  # "a Mae Sot-based group", "Houthi-run": an adjective, not a name
            first = min(ent.start, tagged_start)
            if first > 0 and doc[first - 1].lower_ in _PLACE_PREPS and \
                    not (first > 1 and doc[first - 2].lower_ == "according"):
                continue  # "an officer in Ladakh": a place the NER took for a person ("according to X" is a source)
            if self._place_name(words):
                continue  # "Yerevan was still waiting", "Sumy Oblast": places the NER took for people
            if ent.start > 1 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in PLACE_NOUNS_AFTER:
                placed.add(name)
                continue  # "near the village of Thay Baw Bo": a place by the noun before it
            nxt = doc[ent.end] if ent.end < len(doc) else None
            if nxt is not None and nxt.lower_ in PLACE_NOUNS_AFTER:
                placed.add(name)
                continue  # "in the Sperah district of Khost": a place by the noun after it
            while words and words[0].lower().strip(".") in _TITLES:
                words = words[1:]
            if not words:
                continue
            raw.append((ent, tuple(words)))
        if placed:  # "The enemy shelled Novaya Tavolzhanka": the village named elsewhere, not a person
            raw = [(ent, words) for ent, words in raw if clean_name(ent.text) not in placed]
        covered = {t for ent, _ in raw for t in range(ent.start, ent.end)}
        for span in self._implied_names(covered):
            # (the span's own text, so a hyphenated first name stays one word: "Jean-Baptiste")
            words = tuple(w for w in clean_name(span.text).split() if w.lower().strip(".") not in HONORIFICS)
            if words:
                raw.append((span, words))
        raw.sort(key=lambda item: item[0].start)
        forms: list[tuple[tuple, int]] = []
        for ent, words in raw:
            if all(words != f for f, _ in forms):
                forms.append((words, ent.start_char))
        canon_of: dict[tuple, str] = {}
        for words, _ in forms:
            best = words
            for other, _ in forms:
                if len(other) > len(best) and _same_person(words, other):
                    best = other
            canon_of[words] = " ".join(best)
        for ent, words in raw:
            name = canon_of[words]
            self.persons.append((ent.start_char, ent.end_char, name))
            info = self.person_info.setdefault(name, PersonInfo(name))
            if info.gender is None:
                info.gender = self._honorific_gender(ent)
            if info.title is None:
                info.title = person_title(ent)
                if info.title:
                    entry = gazetteer.find_in(info.title)
                    info.party = entry.name if entry else self.country_in(info.title, ent)
        self.persons.sort()
        self.person_starts = [s for s, _, _ in self.persons]
        # Gender from the pronouns that follow a person's mention.
        k, recent, noun_after = 0, [], False
        for token in doc:
            while k < len(self.persons) and self.persons[k][0] <= token.idx:
                name = self.persons[k][2]
                recent = [n for n in recent if n != name][-2:] + [name]
                noun_after = False
                k += 1
            if token.lower_ in GENDERED_NOUNS and token.pos_ == "NOUN":
                noun_after = True  # "Gladkov said ... after a 67-year-old woman died of her wounds": hers
            if not recent or self.in_quote[token.i] >= 0 or noun_after:
                continue
            gender = PERSON_PRONOUNS.get(token.lower_)
            if gender and self.person_info[recent[-1]].gender is None:
                # Not when the pronoun fits a person just mentioned whose gender is known.
                if not any(self.person_info[n].gender == gender for n in recent[:-1]):
                    self.person_info[recent[-1]].gender = gender

    ROLE_REACH = 8  # tokens back from the comma to the role noun

    def _role_comma_name(self, token, covered: set, roles) -> Optional[Span]:
        """Two to four capitalised words set off by commas right after a role
        phrase, when the parser missed the apposition ("the Governor of the Far
        North Region, Abdoulaye Mahamat Tchiroma, the assailants ...")."""
        doc = self.doc
        if token.i < 2 or doc[token.i - 1].text != "," or self.in_quote[token.i] >= 0:
            return None
        k = token.i
        while k < len(doc) and k - token.i < 4 and doc[k].pos_ == "PROPN" and doc[k].is_alpha \
                and doc[k].text[:1].isupper() and not doc[k].is_upper:
            k += 1
        if k - token.i < 2 or k >= len(doc) or doc[k].text != ",":
            return None
        words = doc[token.i : k]
        # the NER often tags such a name ORG; an organisation has a body noun ("Border Service")
        # (a GPE tag is let through: the small model tags unfamiliar names so, "Yevgeniy Mazurin", and
        # real places are caught by the place-name test)
        if not self._may_be_a_name(words, covered, ("NORP", "LOC", "FAC", "DATE")):
            return None
        before = doc[max(token.sent.start, token.i - 1 - self.ROLE_REACH) : token.i - 1]
        if not any(t.lemma_.lower() in roles and t.pos_ in ("NOUN", "PROPN") for t in before):
            return None
        return Span(doc, token.i, k, label="PERSON")

    def _implied_names(self, covered: set) -> list:
        """Names the NER missed or mislabelled, implied by the grammar:
        capitalised words after an honorific (``Mr Mirzoyan``, ``Gen. Asim
        Munir``) and the apposition of a role noun (``India's foreign
        secretary, Vikram Misri,``)."""
        doc, spans = self.doc, []
        roles = lexicon()["person_roles"]
        for token in doc:
            role_head = token.head
            if role_head.dep_ == "pobj" and role_head.head.dep_ == "prep" and role_head.head.lower_ in ("of", "in"):
                role_head = role_head.head.head  # "The village head of Mayanti, Lawan Modu Ali,"
            if (
                token.dep_ == "appos" and token.pos_ == "PROPN" and token.head.i < token.i
                and (token.head.lemma_.lower() in roles or role_head.lemma_.lower() in roles)
                and self.in_quote[token.i] < 0
            ):
                left = token.i
                while left - 1 > token.head.i and (
                        doc[left - 1].dep_ == "compound" and doc[left - 1].pos_ == "PROPN"
                        or _name_hyphen(doc, left - 1) and left - 2 > token.head.i):  # "Jean-Baptiste"
                    left -= 1
                words = doc[left : token.i + 1]
                if (
                    len(words) >= 2 and all(t.is_alpha and t.text[:1].isupper() or _name_hyphen(doc, t.i)
                                            for t in words)
                    and not any(t.i in covered for t in words) and not gazetteer.lookup(words.text)
                    and not any(t.ent_type_ in ("GPE", "NORP") for t in words)
                ):
                    spans.append(Span(doc, left, token.i + 1, label="PERSON"))
                    covered.update(range(left, token.i + 1))
                continue
            if token.lemma_.lower() in roles and token.pos_ == "NOUN" and self.in_quote[token.i] < 0:
                # "spokesperson Nadia Hameed told reporters": a role noun right before a name
                k = token.i + 1
                while k < len(doc) and k - token.i <= 3 and doc[k].pos_ == "PROPN" and doc[k].is_alpha \
                        and doc[k].text[:1].isupper():
                    k += 1
                names = doc[token.i + 1 : k]
                if len(names) >= 2 and not any(t.i in covered for t in names) and not gazetteer.lookup(names.text) \
                        and not any(t.ent_type_ in ("GPE", "NORP", "ORG", "LOC", "FAC", "DATE") for t in names):
                    spans.append(Span(doc, token.i + 1, k, label="PERSON"))
                    covered.update(range(token.i + 1, k))
                    continue
            named = self._role_comma_name(token, covered, roles)
            if named is not None:  # "According to the Governor of the Far North Region, Abdoulaye Tchiroma, ..."
                spans.append(named)
                covered.update(range(named.start, named.end))
                continue
            named = self._name_comma_role(token, covered, roles)
            if named is not None:  # "according to Yurii Ostapenko, head of the Sumy regional clinical hospital"
                spans.append(named)
                covered.update(range(named.start, named.end))
                continue
            if self._aged_name(token, covered):  # "Sombat Thongdee, 48, said"
                left = token.i
                while left - 1 >= 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].text[:1].isupper() \
                        and doc[left - 1].is_alpha and token.i - left < 3:
                    left -= 1
                if token.i > left and not any(t.i in covered for t in doc[left : token.i + 1]) \
                        and not gazetteer.lookup(doc[left : token.i + 1].text) \
                        and not any(t.ent_type_ in ("GPE", "NORP", "ORG", "FAC", "LOC") for t in doc[left : token.i + 1]):
                    spans.append(Span(doc, left, token.i + 1, label="PERSON"))
                    covered.update(range(left, token.i + 1))
                    continue
            if token.lower_.rstrip(".") not in HONORIFICS or not token.text[:1].isupper() or self.in_quote[token.i] >= 0:
                continue
            j = token.i + 1
            if j < len(doc) and doc[j].text == ".":
                j += 1
            k = j
            while k < len(doc) and k - j < 4 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and doc[k].is_alpha:
                if doc[k].lower_.rstrip(".") in HONORIFICS or doc[k].lower_ in _TITLES:
                    j = k + 1  # "Lt. Col. X"
                k += 1
            if k == j or any(i in covered for i in range(j, k)):
                continue
            name = " ".join(t.text for t in doc[j:k])
            if gazetteer.lookup(name):
                continue
            spans.append(Span(doc, token.i, k, label="PERSON"))
            covered.update(range(token.i, k))
        return spans

    def _name_comma_role(self, token, covered: set, roles) -> Optional[Span]:
        """Two or three capitalised words right before ", (the) <role> of":
        a person introduced by their post ("Yurii Ostapenko, head of the
        Sumy regional clinical hospital"), whatever tag the NER gave the name."""
        doc = self.doc
        if token.i > 0 and doc[token.i - 1].pos_ == "PROPN" and doc[token.i - 1].text[:1].isupper():
            return None  # the name starts earlier
        k = token.i
        while k < len(doc) and k - token.i < 3 and doc[k].pos_ == "PROPN" and doc[k].is_alpha \
                and doc[k].text[:1].isupper() and not doc[k].is_upper:
            k += 1
        if k - token.i < 2 or k + 2 >= len(doc) or doc[k].text != "," or self.in_quote[token.i] >= 0:
            return None
        role = doc[k + 2] if doc[k + 1].lower_ in ("the", "a") and k + 2 < len(doc) else doc[k + 1]
        if role.lemma_.lower() not in roles or role.pos_ != "NOUN" or role.i + 1 >= len(doc) \
                or doc[role.i + 1].lower_ not in ("of", "at"):
            return None
        words = doc[token.i : k]
        if not self._may_be_a_name(words, covered, ("NORP", "LOC", "FAC", "DATE", "ORG")):
            return None
        return Span(doc, token.i, k, label="PERSON")

    def _may_be_a_name(self, words: Span, covered: set, not_labels: tuple) -> bool:
        """Whether capitalised words the grammar calls a person may be one: no word taken by another
        name, tagged as one of ``not_labels``, a body noun or no name word, and no party or place."""
        return not (any(t.i in covered or t.ent_type_ in not_labels or self._not_a_name_word(t)
                        or t.lemma_.lower() in lexicon()["org_nouns"] for t in words)
                    or gazetteer.lookup(words.text) or self._place_name([t.text for t in words]))

    def _place_name(self, words: list) -> bool:
        """A capital, a region by its place noun, or a lone word the world
        gazetteer knows as a town of a country the article names."""
        if capital_country(" ".join(words)) or any(w in PLACE_WORDS for w in words):
            return True
        if len(words) <= 3:  # "Mae Sai", "Addis Abeba": a town of a country the article names
            return any(country in self.country_names for country in world_places().get(" ".join(words), ()))
        return False

    def _aged_name(self, token, covered: set) -> bool:
        """A capitalised word followed by ", AGE," - the way news gives a
        person's age, never a place's."""
        doc = self.doc
        if token.pos_ != "PROPN" or not token.is_alpha or token.i in covered or self.in_quote[token.i] >= 0:
            return False
        if token.i + 3 >= len(doc) or doc[token.i + 1].text != "," or doc[token.i + 3].text != ",":
            return False
        age = doc[token.i + 2]
        return age.is_digit and 1 <= int(age.text) <= 110

    def country_in(self, text: str, ent: Span) -> Optional[str]:
        """The country named in a person's title, else the one its towns or
        provinces belong to when the title is an office ("Kursk Oblast acting
        Governor", "Sumy Oblast Governor")."""
        start = max(0, ent.start_char - len(text) - 2)
        found = self.country_at(start, ent.start_char)
        if found is None and ADMINISTRATIVE.search(text):
            window = self.text[max(0, ent.start_char - len(text) - 40) : ent.start_char]
            window = re.split(r"[.;:!?\n\"“”]", window)[-1]  # the name's own sentence and clause
            found = world_country(window, self.country_names)
        return found

    def _honorific_gender(self, ent: Span) -> Optional[str]:
        lex = lexicon()
        for token in (ent[0], ent.doc[ent.start - 1] if ent.start > 0 else None):
            if token is None:
                continue
            word = token.lower_
            if word in lex["male_titles"]:
                return "m"
            if word in lex["female_titles"]:
                return "f"
        return None

    def _organisations(self) -> None:
        lex = lexicon()
        doc = self.doc
        seen: set[int] = set()
        for ent in doc.ents:
            if ent.label_ == "ORG" and self.in_quote[ent.start] < 0:
                text = clean_name(ent.text)
                if not text or gazetteer.lookup(text) and gazetteer.lookup(text).kind == "country":
                    continue
                if any(p[2] == text or text in p[2].split() for p in self.persons):
                    continue  # "Zhaparov’s" tagged ORG
                text = clean_name(full_org_name(ent))
                head = ent.root.lemma_.lower()
                mods = frozenset(t.lower_ for t in ent if t.i != ent.root.i and t.is_alpha and not t.is_stop)
                start = ent.start_char
                if ent.start >= 2 and doc[ent.start - 1].lower_ in ("'s", "’s") and gazetteer.lookup(doc[ent.start - 2].text):
                    # "Azerbaijan's Defence Ministry": the body as first named, with its country
                    start = doc[ent.start - 2].idx
                    text = clean_name(self.text[start : ent.end_char])
                self._add_org(start, text, head, mods)
                seen.update(range(ent.start, ent.end))
        for token in doc:
            if token.i in seen or self.in_quote[token.i] >= 0 or token.pos_ not in ("NOUN", "PROPN"):
                continue
            if token.lemma_.lower() not in lex["org_nouns"] or token.dep_ == "compound":
                continue
            span = org_phrase(token)
            if span is None:
                continue
            text = clean_name(span.text)
            mods = frozenset(t.lower_ for t in span if t.i != token.i and t.is_alpha and not t.is_stop)
            if not mods:
                continue
            self._add_org(span.start_char, text, token.lemma_.lower(), mods)
        self.orgs.sort(key=lambda o: o.start)
        self.org_starts = [o.start for o in self.orgs]

    def _add_org(self, start: int, text: str, head: str, mods: frozenset) -> None:
        entry = gazetteer.find_in(text)
        party = entry.name if entry else self.country_at(start, start + len(text))
        if party is None and ADMINISTRATIVE.search(text):
            party = world_country(text, self.country_names)  # "Sumy Oblast Military Administration"
        if party is None and re.fullmatch(r"[A-Z]{2,6}", text):
            party = self._acronym_party(text)  # "the GDF said" after "Guyana Defence Force (GDF)"

        country_words = frozenset(m for m in mods if gazetteer.lookup(m))
        self.orgs.append(OrgMention(start, text, head, mods - country_words, party))

    def _acronym_party(self, acronym: str) -> Optional[str]:
        """The side of the long form an acronym was introduced with: "... Guyana
        Defence Force (GDF)" -> Guyana."""
        at = self.text.find(f"({acronym})")
        if at < 0:
            return None
        before = self.text[max(0, at - 80) : at]
        before = before[max(before.rfind("\n"), before.rfind(". ")) + 1 :]
        entry = gazetteer.find_in(before)
        if entry is not None and entry.kind != "organisation":
            return entry.name
        return self.country_at(at - len(before), at)

    # ---------------------------------------------------------------- lookup
    def canonical_person(self, text: str) -> Optional[str]:
        words = tuple(clean_name(re.sub(r"\s*-\s*", "-", text)).split())  # "Moreau - Diallo" -> "Moreau-Diallo"
        if not words:
            return None
        best = None
        for _, _, name in self.persons:
            other = tuple(name.split())
            if other == words or _same_person(words, other):
                if best is None or len(other) > len(best.split()):
                    best = name
        return best

    def person_before(self, char: int, gender: Optional[str]) -> Optional[str]:
        i = bisect.bisect_left(self.person_starts, char) - 1
        fallback = None  # (start, name) of the nearest person of unknown gender
        for j in range(i, max(-1, i - 60), -1):
            start, _, name = self.persons[j]
            if fallback is not None and name == fallback[1]:
                continue
            known = self.person_info[name].gender
            if gender is None or known == gender:
                if fallback is not None and fallback[0] - start > SAME_CLAUSE_CHARS:
                    return fallback[1]  # a far-away "he" does not beat the person just named
                return name
            if fallback is not None:
                return fallback[1]  # only the person just before an unknown one may win on gender
            if known is None:
                fallback = (start, name)
        return fallback[1] if fallback else None

    def holder(self, role: str, char: int, party: Optional[str]) -> Optional[str]:
        """The nearest named person whose title has the role noun: before
        ``char`` first, else the first one named after it."""
        i = bisect.bisect_left(self.person_starts, char)
        order = list(range(i - 1, max(-1, i - 61), -1)) + list(range(i, min(len(self.persons), i + 60)))
        for j in order:
            info = self.person_info[self.persons[j][2]]
            if info.title and role in info.title.lower() and (party is None or info.party in (None, party)):
                return info.name
        return None

    def org_like(self, head: str, mods: frozenset, party: Optional[str], char: int) -> Optional[OrgMention]:
        """The body a definite description ("the ministry") points back to,
        named as it was first named."""
        i = bisect.bisect_left(self.org_starts, char) - 1
        match = None
        for j in range(i, max(-1, i - 80), -1):
            org = self.orgs[j]
            if org.head == head and mods <= org.mods | {org.head} and (party is None or org.party in (None, party)):
                match = org
                break
        if match is None:
            return None
        if not match.mods and match.party:
            # "the Cambodian ministry" after "Cambodia's Ministry of National Defence": the one body
            # of that side with that head the article named in full
            named = {o.text: o for o in self.orgs if o.head == match.head and o.mods and o.party == match.party
                     and o.start < match.start}
            if len(named) == 1:
                return next(iter(named.values()))
        for org in self.orgs:  # first mention of the same body ("the Border Service" after its full name)
            if org.head == match.head and org.mods == match.mods and match.party in (None, org.party):
                return org
        return match

    def org_before(self, char: int) -> Optional[OrgMention]:
        i = bisect.bisect_left(self.org_starts, char) - 1
        return self.orgs[i] if i >= 0 else None


MAX_NAME_WORDS = 4  # "Adil Hamid al-Tayeb", "Abraham Kiptoo Lagat", "Shariful Islam Mridha"


def _plain_name_word(word: Token, entity: str = "PERSON") -> bool:
    """A capitalised proper noun the NER leaves untagged or tags ``entity``: a
    word that may belong to a person's name."""
    return word.is_alpha and word.is_title and word.pos_ == "PROPN" and word.ent_type_ in ("", entity)
SEAT_AFTER = re.compile(r"[-–]based\b")
HYPHEN_ADJECTIVES = {"based", "led", "run", "backed", "controlled", "born", "held", "allied", "aligned"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "gen", "col", "maj", "capt", "lt", "sgt", "sir", "madam"}
PLACE_NOUNS_AFTER = {"district", "province", "region", "valley", "village", "town", "city", "sector", "oblast",
                     "county", "governorate", "camp", "crossing", "river", "border", "area", "municipality"}
PLACE_WORDS = {"Oblast", "Province", "Region", "District", "County", "Governorate", "Prefecture", "Valley", "River"}
_PLACE_PREPS = {"in", "at", "near", "from", "to", "into", "towards", "toward", "outside", "inside", "across"}
_TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "president", "minister", "prime", "general", "gen", "col",
    "colonel", "major", "maj", "capt", "captain", "lt", "lieutenant", "sgt", "sergeant", "sir",
    "madam", "defence", "defense", "foreign", "spokesman", "spokeswoman", "ambassador", "envoy",
    "deputy", "chief", "commander", "governor", "mayor", "king", "queen", "prince", "sheikh", "emir",
    "brig", "brigadier", "mawlawi", "maulvi", "mawlavi", "maulana", "mullah", "mufti", "qari", "haji", "hajji",
    "ugaas", "nabadoon", "imam",  # religious and clan honorifics before a name ("Mawlawi Abdul Wahid Haqmal")
}


# "Ms Ainura Usenova met Kamchybek Tashiev. She said": a known gender wins over
# an unknown one only this close before it (the same clause or so).
SAME_CLAUSE_CHARS = 80


def _name_parts(words: tuple) -> tuple:
    """Name words compared without case or hyphens ("al-Rumaih" = "Al Rumaih")."""
    return tuple(part for word in words for part in word.lower().split("-") if part)


def _same_person(short: tuple, long: tuple) -> bool:
    """A partial name of the same person: surname, first name alone, or a tail
    ("Al-Omoush" / "Al Omoush" of "Ayman Al-Omoush", "Al-Rumaih" of "Mohamed al-Rumaih")."""
    short, long = _name_parts(short), _name_parts(long)
    if len(short) >= len(long):
        return False
    if len(short) == 1:
        return short[0] in long
    return long[-len(short):] == short or (short[-1] == long[-1] and short[0] == long[0])


def person_title(ent: Span) -> Optional[str]:
    """Title and affiliation written around a person's name: "Kyrgyzstan’s
    President", "of Kyrgyzstan’s National Security Committee", ", the head of X,"."""
    doc = ent.doc
    root = ent.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < ent.start:
        # "the mayor of Mozogo, Ibrahim Oumarou" / "Ukraine's top commander, Oleksandr Syrskyi"
        head = root.head
        end = head.i + 1
        for child in head.rights:
            if child.dep_ == "prep" and child.i < ent.start:
                end = max(end, child.right_edge.i + 1)
        if end <= ent.start:
            title = clean_name(doc[head.left_edge.i : end].text)
            if title:
                return title
    if ent.start >= 2 and doc[ent.start - 1].text == ",":
        # "according to the mayor of Mozogo, Ibrahim Oumarou"
        k = ent.start - 2
        while k >= 0 and ent.start - k <= 9 and (
            doc[k].pos_ in ("NOUN", "PROPN", "ADJ", "DET") or doc[k].lower_ in ("of", "’s", "'s")
        ):
            if doc[k].pos_ == "DET":
                break
            k -= 1
        phrase = doc[k + 1 : ent.start - 1]
        if len(phrase) and {t.lemma_.lower() for t in phrase} & lexicon()["person_roles"] and phrase[0].lower_ != "of":
            return clean_name(phrase.text) or None
    i = ent.start - 1
    while i >= 0 and ent.start - i <= 7:
        token = doc[i]
        if token.pos_ in ("PROPN", "NOUN", "ADJ") or token.tag_ == "POS" or token.lower_ in ("’s", "'s"):
            if token.ent_type_ == "PERSON" and token.ent_iob_ != "":
                break
            i -= 1
            continue
        break
    before = doc[i + 1 : ent.start]
    title = clean_name(before.text) if len(before) else ""
    honorific = all(t.is_punct or t.text == "." or t.lower_.strip(".") in HONORIFICS for t in before)
    after = _after_title(ent)
    if title and not honorific and not all(t.tag_ == "POS" or t.lower_ in ("’s", "'s") for t in before):
        return f"{title}, {after}" if after else title
    return after or (title or None)


def _after_title(ent: Span) -> Optional[str]:
    doc = ent.doc
    j = ent.end
    if j >= len(doc):
        return None
    lex = lexicon()
    if doc[j].lower_ in ("of", "from"):
        k = j + 1
        while k < len(doc) and k - j <= 9 and not doc[k].is_punct and doc[k].lower_ not in ("and", "said", "who"):
            if doc[k].pos_ in ("VERB", "AUX"):
                break
            k += 1
        text = clean_name(doc[j + 1 : k].text)
        return text or None
    if doc[j].text == ",":
        k = j + 1
        while k < len(doc) and k - j <= 12 and doc[k].text not in (",", ".", ";", "\n") and not doc[k].is_space:
            if doc[k].pos_ in ("VERB", "AUX"):
                return None
            k += 1
        if k < len(doc) and doc[k].text in (",", "."):
            segment = doc[j + 1 : k]
            words = {t.lemma_.lower() for t in segment}
            if segment and words & (lex["person_roles"] | lex["org_nouns"]):
                return clean_name(segment.text) or None
    return None


NAME_TAIL_PREPS = {"for", "of", "on"}
UN_MISSION_WORDS = {"mission", "force", "office", "operation", "assistance"}


def full_org_name(ent: Span) -> str:
    """An organisation's whole written name when the NER stopped at a
    preposition: "UN Office" + "for the Coordination of Humanitarian Affairs",
    "UN Group of Experts" + "on the Congo", and UN missions "in Lebanon"."""
    doc = ent.doc
    end = ent.end - 1 if len(ent) > 1 and ent[-1].lower_ in NAME_TAIL_PREPS else ent.end  # "The Border Service of"
    if end == ent.end < len(doc) and doc[end].is_digit and len(doc[end]) <= 3 and ent.start <= doc[end].head.i < end:
        return doc[ent.start : end + 1].text  # a channel's number is part of its name: "Suwayda 24", "France 24"
    while end + 1 < len(doc):
        prep = doc[end]
        lower = prep.lower_
        un_mission = lower == "in" and ent[0].text in {"UN", "U.N.", "United"} and \
            any(t.lower_ in UN_MISSION_WORDS for t in ent)
        if lower not in NAME_TAIL_PREPS and not un_mission:
            break
        j = end + 1
        if doc[j].lower_ == "the" and j + 1 < len(doc):
            j += 1
        elif lower == "on":
            break  # "on the Congo" names a remit; "on Friday" is when it spoke
        k = j
        while k < len(doc) and (doc[k].text[:1].isupper() and doc[k].is_alpha or
                                (doc[k].lower_ in {"of", "and", "for"} and k + 1 < len(doc) and doc[k + 1].text[:1].isupper())):
            k += 1
        if k == j or k - end > 8:
            break
        end = k
    return doc[ent.start : end].text if end != ent.end else ent.text


def org_phrase(token: Token) -> Optional[Span]:
    """The written name of a body headed by ``token``: its left modifiers and
    an "of X" tail ("the Defence Ministry of Armenia")."""
    doc = token.doc
    left = token.i
    for child in token.lefts:
        if child.dep_ in ("compound", "amod", "poss", "nmod", "det", "case") or child.ent_type_:
            left = min(left, child.left_edge.i)
    right = token.i + 1
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for") and child.i == right:
            end = child.right_edge.i + 1
            if end - child.i <= 6:
                right = end
        break
    while left < token.i and doc[left].pos_ in ("DET", "PRON") and doc[left].dep_ != "poss":
        left += 1
    if left == token.i and right == token.i + 1:
        return None
    return doc[left:right]


# ------------------------------------------------------------- abbreviations

ABBREVIATION = re.compile(r"[A-Z][A-Z0-9]{1,7}")
# "the Ministry of National Defence (MND)", "Tajikistan's State Committee for National Security, or GKNB"
_SPELT_OUT = re.compile(r"((?:[A-Z][\w'’-]+\s+(?:(?:of|the|and|for)\s+)*){0,7}[A-Z][\w'’-]+)"
                        r"(?:\s+\(([A-Z][A-Z0-9]{1,7})\)|,\s+or\s+([A-Z][A-Z0-9]{1,7})\b)")
# a run of capitalised words a name by initials may be ("The Israel Defense Forces said ...")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:(?:of|the|and|for)\s+)*[A-Z][\w'’-]+){1,7}")


def spelled_out_names(text: str, abbreviations: set[str]) -> dict[str, str]:
    """The full name the document gives each abbreviation used as a speaker (the contract asks for a body's
    fullest name): "the Ministry of National Defence (MND)" -> MND; "State Committee for National Security,
    or GKNB" -> GKNB (an explicit "or" needs no matching initials); else a capitalised name whose initials
    spell it ("The Israel Defense Forces said" -> IDF)."""
    found: dict[str, str] = {}
    if not abbreviations:
        return found
    for match in _SPELT_OUT.finditer(text):
        bracketed, alternative = match.group(2), match.group(3)
        words = match.group(1).split()
        if bracketed in abbreviations and bracketed not in found:
            name = name_with_initials(words, bracketed)
            if name:
                found[bracketed] = name
        elif alternative in abbreviations and alternative not in found:
            found[alternative] = clean_name(" ".join(words))
    missing = abbreviations - set(found)
    runs = [m.group(0).split() for m in _CAPITALISED_RUN.finditer(text)] if missing else []
    for abbreviation in missing:
        names = (name_with_initials(words, abbreviation) for words in runs)
        best = max(filter(None, names), key=len, default=None)
        if best:
            found[abbreviation] = best
    return found
