"""Checks on borderfacts/data/parties.json (built by tools/build_gazetteer.py)."""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "borderfacts" / "data" / "parties.json"
SECTIONS = ("countries", "groups", "organisations")


@pytest.fixture(scope="module")
def data() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def index(data) -> dict[str, set[str]]:
    """Every alias/demonym string (case-folded) -> the names of the entries carrying it."""
    owners: dict[str, set[str]] = defaultdict(set)
    for section in SECTIONS:
        for entry in data[section]:
            for string in entry["aliases"] + entry.get("demonyms", []):
                owners[string.casefold()].add(entry["name"])
    return owners


def test_loads_with_expected_shape(data):
    assert isinstance(data["source"], str) and data["source"]
    assert len(data["countries"]) >= 195
    assert len(data["groups"]) >= 30
    assert len(data["organisations"]) >= 15
    for section in SECTIONS:
        for entry in data[section]:
            assert entry["name"] in entry["aliases"], entry["name"]
            assert all(isinstance(s, str) and s.strip() == s and s for s in entry["aliases"])
            if section != "organisations":
                assert isinstance(entry["demonyms"], list)


def test_names_unique(data):
    names = [e["name"] for s in SECTIONS for e in data[s]]
    assert len(names) == len(set(names))


def test_every_string_maps_to_one_entry(index):
    clashes = {s: owners for s, owners in index.items() if len(owners) > 1}
    assert not clashes


@pytest.mark.parametrize(
    ("string", "canonical"),
    [
        ("Kyrgyz", "Kyrgyzstan"),
        ("Kyrgyz Republic", "Kyrgyzstan"),
        ("Tajik", "Tajikistan"),
        ("Tajiks", "Tajikistan"),
        ("Russian Federation", "Russia"),
        ("Russians", "Russia"),
        ("Azeri", "Azerbaijan"),
        ("Azerbaijanis", "Azerbaijan"),
        ("Türkiye", "Turkey"),
        ("Turkish", "Turkey"),
        ("DRC", "DR Congo"),
        ("Democratic Republic of the Congo", "DR Congo"),
        ("Congolese", "DR Congo"),
        ("Congo-Brazzaville", "Republic of the Congo"),
        ("Côte d'Ivoire", "Ivory Coast"),
        ("Czechia", "Czech Republic"),
        ("U.S.", "United States"),
        ("America", "United States"),
        ("Britain", "United Kingdom"),
        ("Burma", "Myanmar"),
        ("Swaziland", "Eswatini"),
        ("Viet Nam", "Vietnam"),
        ("Syrian Arab Republic", "Syria"),
        ("Emiratis", "United Arab Emirates"),
        ("Burkinabe", "Burkina Faso"),
        ("Artsakh", "Nagorno-Karabakh"),
        ("Kosovar", "Kosovo"),
        ("Transdniestria", "Transnistria"),
        ("Sahrawi", "Western Sahara"),
        ("Hizbollah", "Hezbollah"),
        ("TTP", "Tehrik-i-Taliban Pakistan"),
        ("Pakistani Taliban", "Tehrik-i-Taliban Pakistan"),
        ("Daesh", "Islamic State"),
        ("ISKP", "Islamic State Khorasan"),
        ("March 23 Movement", "M23"),
        ("Kurdistan Workers' Party", "PKK"),
        ("Ansar Allah", "Houthis"),
        ("Houthi", "Houthis"),
        ("RSF", "Rapid Support Forces"),
        ("HTS", "Hayat Tahrir al-Sham"),
        ("U.N.", "United Nations"),
        ("CSTO", "Collective Security Treaty Organisation"),
        ("Shanghai Cooperation Organization", "Shanghai Cooperation Organisation"),
        ("Doctors Without Borders", "Médecins Sans Frontières"),
    ],
)
def test_sample_resolves(index, string, canonical):
    assert index.get(string.casefold()) == {canonical}


@pytest.mark.parametrize("string", ["IS", "Korean", "Dominican", "WHO", "LeT", "Security Council", "Amnesty"])
def test_ambiguous_strings_left_out(index, string):
    assert string.casefold() not in index


def test_world_places_table_is_sorted_for_binary_search():
    from borderfacts.places import WORLD_PLACES

    names = [line.split("\t", 1)[0] for line in WORLD_PLACES.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    assert names == sorted(names) and len(names) == len(set(names))
