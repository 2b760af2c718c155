"""Armed groups the gazetteer does not know, found from how an article introduces them.

"the RED-Tabara rebels", "the Ibar Guard, a little-known group", "fighters of
the Balochistan Liberation Front": news introduces a new armed group with a
few fixed phrasings. The parties component lists such groups beside the
gazetteer's parties, and the casualties component keeps them as the victims'
side. Pure functions of the text; no model needed.
"""
from __future__ import annotations

import re
from contextvars import ContextVar
from functools import lru_cache
from typing import Optional

from . import gazetteer

# An armed group's own name: capitalised words ending in a movement noun
# ("Balochistan Liberation Front", "the 33rd Front", "Zuwara Military Council").
ARMED_GROUP_NAME = re.compile(
    r"(?:the\s+)?(?P<name>(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w'’-]*\s+){0,4}"
    r"(?:Front|Liberation\s+Army|Brigades?|Militia|Military\s+Council|Battalion|Tigers|Mujahideen|Resistance|"
    r"Movement|Jihad))\b")


def armed_group_name(text: str) -> Optional[str]:
    """The name of an armed group the gazetteer does not know, when ``text`` is
    one; None for known parties, bodies and anything else."""
    match = ARMED_GROUP_NAME.fullmatch(text.strip())
    if not match:
        return None
    name = match.group("name")
    return name if gazetteer.lookup(name) is None and len(name.split()) >= 2 else None


NAME = r"[A-Z][\w'’-]+(?:\s+(?:de\s+la\s+|de\s+|del\s+)?[A-Z][\w'’-]+){0,3}"
UNKNOWN_GROUP_BEFORE_NOUN = re.compile(
    r"\b(?P<name>%s)\s+(?P<noun>rebels|militants|insurgents|guerrillas|militia|militiamen)\b" % NAME)
# "SSC-Khatumo forces", "the CNDD-FDD fighters": a coined name (inner capitals, hyphens, digits) before a
# force noun; a plain word before it ("Kenyan forces", "Border forces") is no name
UNKNOWN_GROUP_FORCES = re.compile(
    r"\b(?P<name>[A-Z][A-Za-z0-9]*(?:-[A-Z0-9][\w]*)+|[A-Z]+[0-9]+)\s+(?:forces|fighters|commanders|troops|militia)\b")
# "RED-Tabara, a rebel movement", "the Ibar Guard, a little-known group that ...", "the Comandos
# de la Frontera, a drug gang": what the article says the name is
UNKNOWN_GROUP_APPOSITION = re.compile(
    r"\b(?P<name>%s),\s+an?\s+(?P<words>(?:[\w'’-]+\s+){0,3}?)"
    r"(?P<noun>group|movement|militia|organi[sz]ation|faction|outfit|gang|cartel)\b" % NAME)
# "a previously little-known group calling itself the Northern Shield": a name the group gives itself
UNKNOWN_GROUP_CALLING_ITSELF = re.compile(
    r"\b(?P<words>(?:[\w'’-]+\s+){0,3}?)(?:groups?|movements?|militias?|outfits?|factions?|gangs?)\s+"
    r"(?:calling\s+(?:itself|themselves)|that\s+calls?\s+(?:itself|themselves)|which\s+calls?\s+(?:itself|themselves)"
    # "the irregular groups that the government calls Tancol", "a gang known as Zo Kase": the name it goes by
    r"|(?:that|which|whom)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,2}(?:calls|call|dubs|dub|labels|label|brands|brand)"
    r"|known\s+as|dubbed)\s+(?:the\s+)?[\"“]?(?P<name>%s)" % NAME)
# "He named the group as the Lazar Brigade": a name an official gives the attackers
UNKNOWN_GROUP_NAMED_AS = re.compile(
    r"\b(?:named|identified)\s+(?:the|this)\s+(?:group|militia|attackers|gunmen|assailants|formation)\s+as\s+"
    r"(?:the\s+)?[\"“]?(?P<name>%s)" % NAME)
ARMED_WORDS = {"rebel", "militant", "armed", "insurgent", "jihadist", "separatist", "guerrilla", "paramilitary",
               "terrorist", "militia", "extremist", "islamist", "criminal", "drug", "drug-trafficking", "smuggling",
               "little-known", "shadowy", "banned", "outlawed", "nationalist", "ethnic"}
# "a rights group", "a New York-based monitoring group": bodies that report, never fight
NOT_ARMED_WORDS = {"rights", "human", "aid", "humanitarian", "advocacy", "monitoring", "research", "civil", "civic",
                   "campaign", "campaigning", "lobby", "think", "relief", "medical", "charity", "watchdog", "political",
                   "business", "media", "press", "environmental", "student", "women's", "community", "opposition",
                   "religious", "church", "farmers'", "industry", "trade", "conservation", "legal", "peace"}
GANG_NOUNS = {"gang", "cartel", "outfit"}
DEMONYM_ENDINGS = ("ish", "ese", "ian", "ean", "an", "i")  # "Kurdish militia", "Somali militia": no name


# "the Kangleipak Revolutionary Army (KRA)": a movement's name with its abbreviation
NAMED_WITH_ABBREVIATION = re.compile(
    r"\b(?P<name>(?:[A-Z][\w'’-]+\s+){1,5}(?:Army|Front|Movement|Brigades?|Militia|Resistance|Council|Forces|"
    r"Union|Alliance|Organi[sz]ation|Volunteers)"
    # "Military Command Council for the Salvation of the Republic (CCMSR)": a name may go on with "for/of the ..."
    r"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?){0,2})\s+\((?P<abbr>[A-Z][A-Z0-9-]{1,7})\)")
NOT_ARMED_NAMES = re.compile(r"\b(?:Union|Alliance|Council|Organi[sz]ation|Forces)$")  # bodies unless armed words


@lru_cache(maxsize=1)
def _state_force_names() -> frozenset:
    return frozenset(name for names in gazetteer.state_forces().values() for name in names)


def _named_movements(text: str):
    """(match, name, abbreviation) for each "Name (ABBR)" that may be an armed
    movement: not a state's force ("the Bolivarian National Armed Forces
    (FANB)") nor a body ("the African Union (AU)", "the Border Security Council
    (BSC)") unless its name has an armed word."""
    for match in NAMED_WITH_ABBREVIATION.finditer(text):
        name, abbr = re.sub(r"^(?:The|the)\s+", "", match.group("name")), match.group("abbr")
        if name.split()[0] in NOT_GROUP_WORDS or {name, abbr} & _state_force_names():
            continue
        if NOT_ARMED_NAMES.search(name) and not re.search(r"\b(?:Armed|Liberation|Revolutionary|Defen[cs]e)\b", name):
            continue
        yield match, name, abbr


def unknown_groups(text: str, redefined: Optional[dict[str, str]] = None) -> set[str]:
    """Armed groups the gazetteer does not know, as the text introduces them:
    "the RED-Tabara rebels", "RED-Tabara, a rebel movement led by ...".
    ``redefined``: :func:`redefined_abbreviations` of the text, when the caller has it."""
    found = set()
    for pattern in (UNKNOWN_GROUP_BEFORE_NOUN, UNKNOWN_GROUP_APPOSITION, UNKNOWN_GROUP_FORCES,
                    UNKNOWN_GROUP_CALLING_ITSELF, UNKNOWN_GROUP_NAMED_AS):
        for match in pattern.finditer(text):
            name = re.sub(r"^(?:The|the)\s+", "", match.group("name"))
            if match.start() > 0 and text[match.start() - 1] in "-’'":
                continue  # "Jaish al-Adl militants": part of a longer name
            if pattern in (UNKNOWN_GROUP_CALLING_ITSELF, UNKNOWN_GROUP_NAMED_AS):
                if pattern is UNKNOWN_GROUP_CALLING_ITSELF and set(match.group("words").lower().split()) \
                        & NOT_ARMED_WORDS:
                    continue  # "a rights group calling itself ...": a body that reports
                if gazetteer.find_in(name) is None:
                    found.add(name)
                continue
            if pattern is UNKNOWN_GROUP_APPOSITION:
                words = set(match.group("words").lower().split())
                if words & NOT_ARMED_WORDS or not (words & ARMED_WORDS or match.group("noun") in GANG_NOUNS):
                    continue  # "Human Rights Watch, a New York-based group": no armed group
            one_word = len(name.split()) == 1
            if one_word and pattern is UNKNOWN_GROUP_BEFORE_NOUN and match.group("noun").startswith("militia") \
                    and gazetteer.find_in(name) is None and gazetteer.find_in(name + " militia") is None \
                    and name not in NOT_GROUP_WORDS and not name.endswith(DEMONYM_ENDINGS):
                found.add(name + " militia")  # "Amhara militiamen", "the Wazalendo militia": the militia's name
                continue
            if one_word and not re.search(r"[A-Z0-9]", name[1:]) and "-" not in name:
                continue  # "Kurdish militants": an adjective, not a name
            named_movement = pattern is UNKNOWN_GROUP_APPOSITION and len(name.split()) >= 3 \
                and ARMED_GROUP_NAME.fullmatch(name) is not None  # "the Border Knights Brigade, an armed group"
            if name and gazetteer.find_in(name) is None and (name.split()[0] not in NOT_GROUP_WORDS or named_movement):
                found.add(name)
    if redefined is None:
        redefined = redefined_abbreviations(text)
    found.update(name for name in redefined.values() if gazetteer.lookup(name) is None)
    for match, name, abbr in _named_movements(text):
        if gazetteer.lookup(name) is not None or gazetteer.lookup(abbr) is not None:
            continue  # a group the gazetteer knows; a known abbreviation is redefined above
        known = gazetteer.find_in(name)
        if known is not None and known.kind != "group":
            continue  # "the Kenya Defence Forces (KDF)": a state's force the table spells otherwise
        # the form the article goes on to use ("the KRA statement said"), the full name on a tie
        later = text[match.end():]
        found.add(abbr if len(re.findall(r"\b%s\b" % re.escape(abbr), later)) >
                  len(re.findall(re.escape(name), later)) else name)
    return found


def redefined_abbreviations(text: str) -> dict[str, str]:
    """Abbreviations the article spells out as a group the gazetteer does not
    know: "the Ambazonia Defence Forces (ADF)" makes every "ADF" in it that
    group, not the gazetteer's Allied Democratic Forces."""
    redefined: dict[str, str] = {}
    for _, name, abbr in _named_movements(text):
        known = gazetteer.lookup(abbr)
        if known is None or abbr in redefined:
            continue
        spelt = gazetteer.lookup(name)
        if spelt is not None:  # a known group under another name ("Ambazonia Defence Forces (ADF)")
            if spelt.name != known.name and spelt.kind == "group":
                if any(re.search(r"\b%s\b" % re.escape(surface), text) for surface in known.surfaces
                       if surface != abbr):
                    # "The PKK's armed wing, the People's Defence Forces (HPG)": a name several groups bear,
                    # made the known one's by its abbreviation, when the article names that group too
                    redefined[name] = known.name
                else:
                    redefined[abbr] = spelt.name
        elif gazetteer.find_in(name) is None:
            redefined[abbr] = name
    return redefined


def spelt_out_abbreviations(text: str) -> dict[str, str]:
    """Abbreviations the article gives a party the gazetteer knows by its full
    name only: "the Arakan Army (AA)", "the Sudanese Armed Forces (SAF)" make
    every later "AA" and "SAF" a mention of that party."""
    found: dict[str, str] = {}
    for match in NAMED_WITH_ABBREVIATION.finditer(text):
        abbr = match.group("abbr")
        if abbr in found or gazetteer.lookup(abbr) is not None:
            continue
        spelt = gazetteer.lookup(re.sub(r"^(?:The|the)\s+", "", match.group("name")))
        if spelt is not None and spelt.kind in {"country", "group"}:
            found[abbr] = spelt.name
    for match in INITIALS_ABBREVIATION.finditer(text):
        # "India's Sashastra Seema Bal (SSB)": a state force the gazetteer knows by its full name only,
        # the abbreviation its initials
        abbr, words = match.group("abbr"), match.group("name").split()
        if abbr in found or gazetteer.lookup(abbr) is not None or gazetteer.force_country(abbr) is not None:
            continue
        name = name_with_initials(words, abbr)
        spelt = gazetteer.force_country(name) if name else None
        if spelt is not None:
            found[abbr] = spelt.name
    return found


MINOR_WORDS = {"of", "the", "and", "for"}  # words initials skip ("Ministry of National Defence" -> MND)


def name_with_initials(words: list[str], abbreviation: str) -> Optional[str]:
    """The words at the end of ``words``, from a capitalised one, whose initials spell ``abbreviation``
    ("India's Sashastra Seema Bal" -> "Sashastra Seema Bal" for SSB), else None."""
    for first in range(len(words)):
        name = words[first:]
        if name[0][:1].isupper() and name[0] != "The" \
                and "".join(w[0] for w in name if w not in MINOR_WORDS) == abbreviation:
            return " ".join(name)
    return None


# "Sashastra Seema Bal (SSB)": capitalised words and their initials in brackets
INITIALS_ABBREVIATION = re.compile(r"\b(?P<name>[A-Z][\w'’-]+(?:\s+(?:of\s+|the\s+|and\s+)*[A-Z][\w'’-]+){1,5})"
                                   r"\s+\((?P<abbr>[A-Z]{2,6})\)")


# "the FARC dissidents of the 10th Front" / "the 33rd Front of the FARC dissidents": a unit and its group
_GROUP_OF_UNIT = re.compile(r"(?P<known>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3})\s+of\s+the\s+"
                            + ARMED_GROUP_NAME.pattern.replace("(?:the\\s+)?", "").replace("?P<name>", "?P<unit>"))
_UNIT_OF_GROUP = re.compile(ARMED_GROUP_NAME.pattern + r"\s+of\s+(?:the\s+)?")


def _known_group(words: list[str]) -> Optional[str]:
    """The gazetteer group ``words`` name, if they name a party at all (else None)."""
    entry = gazetteer.lookup(" ".join(words))
    return entry.name if entry is not None and entry.kind == "group" else None


def units_of_known_groups(text: str) -> dict[str, str]:
    """Units the article names as part of a group the gazetteer knows: "the 33rd
    Front of the FARC dissidents" makes every "33rd Front" the FARC dissidents'."""
    found: dict[str, str] = {}
    for match in _GROUP_OF_UNIT.finditer(text):
        unit = armed_group_name(match.group("unit"))
        words = match.group("known").split()
        # the longest known name that ends right before "of the"
        ending = next((words[i:] for i in range(len(words)) if gazetteer.lookup(" ".join(words[i:]))), None)
        group = _known_group(ending) if ending else None
        if unit and group and unit not in found:
            found[unit] = group
    for match in _UNIT_OF_GROUP.finditer(text):
        unit = armed_group_name(match.group("name"))
        if not unit or unit in found:
            continue
        words = re.findall(r"[\w'’.-]+", text[match.end() : match.end() + 60])
        # the longest known name that starts right after "of the"
        starting = next((words[:size] for size in range(min(4, len(words)), 0, -1)
                         if gazetteer.lookup(" ".join(words[:size]))), None)
        group = _known_group(starting) if starting else None
        if group:
            found[unit] = group
    return found


NOT_GROUP_WORDS = {"The", "A", "An", "Suspected", "Armed", "Islamist", "Local", "Foreign", "Two", "Three", "Several",
                   "Some", "Many", "Dozens", "Hundreds", "Other", "Rival", "Allied", "Government", "Ethnic", "Police",
                   "Military", "Army", "Border", "Tribal", "Clan", "Village", "Self-Defence", "Self-Defense"}


def group_in(text: str) -> Optional[str]:
    """An unknown armed group named inside a victims' phrase ("fighters of the
    Balochistan Liberation Front", "members of the 33rd Front")."""
    for match in ARMED_GROUP_NAME.finditer(text):
        name = armed_group_name(match.group("name"))
        if name:
            return name
    return None


# The groups the article being read introduced: a side like any gazetteer party while it is read
# (set by the casualties component around one document; a ContextVar keeps threads apart).
_ARTICLE_GROUPS: ContextVar[frozenset] = ContextVar("borderfacts_article_groups", default=frozenset())


def article_groups() -> frozenset:
    return _ARTICLE_GROUPS.get()


def reading(names) -> object:
    """Mark ``names`` as the current article's groups; returns the token for ``done``."""
    return _ARTICLE_GROUPS.set(frozenset(names))


def done(token) -> None:
    _ARTICLE_GROUPS.reset(token)
