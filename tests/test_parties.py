"""Sides of the conflict: gazetteer matching and the side/other decision."""
from __future__ import annotations

import pytest

from borderfacts.parties import choose_sides
from borderfacts.pipeline import make_doc


def parties_of(nlp, text):
    doc = nlp(make_doc(nlp, text))
    return {party["name"]: party for party in doc._.borderfacts_parties}


@pytest.mark.parametrize(
    "text, sides, others",
    [
        (
            "Armenian and Azerbaijani troops exchanged fire overnight. Azerbaijan said Armenia started it; "
            "Armenia blamed Baku. Russia urged calm.",
            {"Armenia", "Azerbaijan"},
            {"Russia"},
        ),
        (
            "Indian and Pakistani soldiers clashed along the Line of Control. Pakistan's army said India fired first. "
            "The United Nations called for restraint. India denied it.",
            {"India", "Pakistan"},
            {"United Nations"},
        ),
        (
            "Hezbollah fired rockets into northern Israel, and Israel struck back in southern Lebanon. "
            "Israeli officials said Hezbollah would pay. Hezbollah said Israel attacked first.",
            {"Hezbollah", "Israel"},
            set(),
        ),
    ],
)
def test_sides_and_third_parties(nlp, text, sides, others):
    found = parties_of(nlp, text)
    assert {name for name, party in found.items() if party["role"] == "side"} >= sides
    for name in others:
        assert found[name]["role"] == "other"


def test_demonyms_count_as_mentions_of_their_country(nlp):
    found = parties_of(nlp, "Tajik forces shelled Kyrgyz villages. Kyrgyzstan said Tajikistan broke the truce.")
    assert found["Tajikistan"]["mentions"] == 2
    assert set(found["Kyrgyzstan"]["aliases"]) == {"Kyrgyz", "Kyrgyzstan"}


def test_longest_name_wins_and_organisations_are_never_sides(nlp):
    found = parties_of(nlp, "South Sudan and Sudan argued over Abyei. The African Union and the African Union mediated.")
    assert "South Sudan" in found and found["Sudan"]["mentions"] == 1
    assert found["African Union"]["role"] == "other"


def test_seed_sides(nlp, seed_text):
    found = parties_of(nlp, seed_text)
    assert {name for name, party in found.items() if party["role"] == "side"} == {"Kyrgyzstan", "Tajikistan"}
    assert found["Russia"]["role"] == "other"


def test_choose_sides_prefers_parties_of_the_lede():
    counts = {"Armenia": 6, "Azerbaijan": 5, "Russia": 4, "Turkey": 1}
    kinds = {name: "country" for name in counts}
    from collections import Counter

    assert choose_sides(Counter(counts), {"Armenia", "Azerbaijan"}, kinds) == {"Armenia", "Azerbaijan"}
