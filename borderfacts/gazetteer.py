"""The parties gazetteer: countries, armed groups and organisations.

Data lives in ``data/parties.json`` (built by ``tools/build_gazetteer.py``
from pycountry plus our demonym table) and is loaded once per process.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal, Optional

DATA = Path(__file__).parent / "data"
Kind = Literal["country", "group", "organisation"]

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
MAX_NAME_WORDS = 9  # the longest alias in the gazetteer
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Entry:
    name: str
    kind: Kind
    surfaces: tuple[str, ...]  # every string that names it: name, aliases, demonyms


@lru_cache(maxsize=1)
def _raw() -> dict:
    """parties.json, read once per process."""
    return json.loads((DATA / "parties.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    raw = _raw()
    found = []
    for section, kind in (("countries", "country"), ("groups", "group"), ("organisations", "organisation")):
        for item in raw.get(section, []):
            surfaces = [item["name"], *item.get("aliases", []), *item.get("demonyms", [])]
            found.append(Entry(item["name"], kind, tuple(dict.fromkeys(surfaces))))
    return tuple(found)


@lru_cache(maxsize=1)
def state_forces() -> dict[str, tuple[str, ...]]:
    """Country -> names of its armed or border forces ("IDF", "Tatmadaw"): they
    count as mentions of the country's side, but are no party names of their own."""
    return {item["country"]: tuple(item["aliases"]) for item in _raw().get("state_forces", [])}


@lru_cache(maxsize=1)
def _by_surface() -> dict[str, Entry]:
    table: dict[str, Entry] = {}
    for entry in entries():
        for surface in entry.surfaces:
            table.setdefault(surface, entry)
    return table


@lru_cache(maxsize=1)
def _by_folded_surface() -> dict[str, Entry]:
    table: dict[str, Entry] = {}
    for entry in entries():
        for surface in entry.surfaces:
            # Abbreviations ("US", "UN") match only in their own case, so the
            # word "us" is never the United States.
            if not surface.isupper():
                table.setdefault(fold(surface), entry)
    return table


def fold(text: str) -> str:
    """Case-, apostrophe- and possessive-insensitive form of a name."""
    text = text.strip().replace("’", "'")
    text = _LEADING_THE.sub("", text)
    text = _POSSESSIVE.sub("", text)
    return " ".join(text.split()).casefold()


def lookup(text: Optional[str]) -> Optional[Entry]:
    """The entry a string names exactly ("Kyrgyz", "the Russian Federation's"), or None."""
    if not text:
        return None
    exact = _by_surface().get(_POSSESSIVE.sub("", text.strip().replace("’", "'")))
    return exact or _by_folded_surface().get(fold(text))


def canonical(text: Optional[str]) -> Optional[str]:
    """Canonical party name for a string, or None when it names no party."""
    entry = lookup(text)
    return entry.name if entry else None


def find_in(text: Optional[str]) -> Optional[Entry]:
    """The first party named anywhere inside a phrase ("Azerbaijan's defence ministry")."""
    if not text:
        return None
    # Hyphenated names ("Guinea-Bissau") first, then compounds split ("Russian-led").
    for pattern in (r"[\w'’.-]+", r"[\w'’.]+"):
        words = re.findall(pattern, text)
        # Longest windows first so "South Sudan" wins over "Sudan".
        for size in range(min(MAX_NAME_WORDS, len(words)), 0, -1):
            for i in range(len(words) - size + 1):
                window = " ".join(words[i : i + size])
                entry = lookup(window)
                if entry is None and not (i and inside_other_name(words[i - 1])):
                    entry = _by_force().get(window.replace("’", "'"))
                if entry:
                    return entry
    return None


# capitalised words that start a phrase rather than end another name ("Two Dominican Army soldiers")
PHRASE_OPENERS = {"The", "A", "An", "Its", "Their", "His", "Her", "Our", "Two", "Three", "Four", "Five", "Six", "Seven",
                  "Eight", "Nine", "Ten", "Several", "Some", "Many", "Both", "All", "No", "Former", "Senior", "Local"}


def inside_other_name(previous: str) -> bool:
    """Whether a state force's name is the tail of a longer name of something else: "the Ras Jedir
    Border Security Force" is Libya's post, not India's BSF ("Indian", "Pakistan's" name the owner)."""
    bare = re.sub(r"['’]s?$", "", previous)
    return previous[:1].isupper() and previous not in PHRASE_OPENERS and lookup(bare) is None


def force_country(name: str) -> Optional[Entry]:
    """The country whose state force ``name`` names exactly ("Sashastra Seema Bal" -> India), or None."""
    return _by_force().get(name.strip().replace("’", "'"))


@lru_cache(maxsize=1)
def _by_force() -> dict[str, Entry]:
    """A state force's name -> its country ("Uganda People's Defence Forces" is Uganda's, not the
    People's Defence Force inside it)."""
    countries = {country: lookup(country) for country in state_forces()}
    return {alias.replace("’", "'"): countries[country] for country, aliases in state_forces().items()
            for alias in aliases if countries[country] is not None}
