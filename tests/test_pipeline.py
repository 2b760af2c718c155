"""The pipeline as spaCy components: registration, extensions, serialisation."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import borderfacts
from borderfacts.pipeline import COMPONENTS, make_doc


def test_components_are_registered_factories(nlp):
    assert list(nlp.pipe_names[-4:]) == list(COMPONENTS)
    for name in COMPONENTS:
        assert spacy.registry.factories.get(name) is not None


def test_users_can_add_a_component_to_their_own_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("borderfacts_parties")
    doc = nlp("Tajik and Kyrgyz border guards exchanged fire.")
    assert [party["name"] for party in doc._.borderfacts_parties] == ["Tajikistan", "Kyrgyzstan"]


def test_extension_values_survive_to_bytes(nlp, seed_text):
    doc = nlp(make_doc(nlp, seed_text, "2022-09-19"))
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    for name in ("borderfacts_parties", "borderfacts_statements", "borderfacts_casualties", "borderfacts_dates"):
        assert getattr(restored._, name) == getattr(doc._, name)


def test_extension_values_survive_two_processes(nlp, seed_text):
    texts = [seed_text, "Armenia and Azerbaijan traded fire on Monday."]
    one = [doc._.borderfacts_parties for doc in nlp.pipe([make_doc(nlp, t) for t in texts])]
    two = [doc._.borderfacts_parties for doc in nlp.pipe([make_doc(nlp, t) for t in texts], n_process=2)]
    assert one == two


def test_extract_and_extract_many_agree(seed_text):
    single = borderfacts.extract(seed_text, "2022-09-19")
    many = list(borderfacts.extract_many([seed_text], "2022-09-19"))
    assert many[0].to_dict() == single.to_dict()
    assert single.reference_date_source == "option"


def test_paragraph_breaks_start_sentences(nlp):
    text = "Tajikistan and Kyrgyzstan agree ceasefire\n\nBoth sides signed a protocol.\nThe talks ended.\nFighting went\non overnight."
    doc = nlp(make_doc(nlp, text))
    starts = [sentence.text.split()[0] for sentence in doc.sents]
    assert starts[:3] == ["Tajikistan", "Both", "The"]
    assert "on" not in starts  # a hard-wrapped line is not a new sentence


@pytest.mark.parametrize(
    "text, first_word",
    [
        ("DUSHANBE, January 9, 2026, Asia-Plus -- Three Chinese nationals and a guard were killed.", "Three"),
        ("NAIROBI, Oct 3 (Reuters) - Ethiopian forces clashed with fighters.", "Ethiopian"),
        ("YEREVAN, March 3. /TASS/. Armenia's defence ministry said two soldiers were wounded.", "Armenia"),
        ("Cúcuta (Colombia), Jan 23 (EFE).- The number of displaced people rose to 18,400.", "The"),
    ],
)
def test_a_dateline_ends_before_the_first_sentence(nlp, text, first_word):
    doc = nlp(make_doc(nlp, text))
    assert first_word in [sentence[0].text for sentence in doc.sents]


def test_list_items_are_sentences_of_their_own(nlp):
    text = ("Key developments:\n\n- General Staff: Ukrainian forces took 96 soldiers prisoner\n"
            "- Kursk governor says more than 130,000 residents evacuated\n\n"
            "Incidents:\n\n6. 7 November 2026, Razih district (Saada): Five farmers were killed.")
    doc = nlp(make_doc(nlp, text))
    sentences = [sentence.text.strip() for sentence in doc.sents]
    assert "- Kursk governor says more than 130,000 residents evacuated" in sentences
    assert any(s.startswith("6. 7 November 2026, Razih district") for s in sentences), sentences


def test_doc_text_is_read_once_and_equals_the_text(nlp):
    # spaCy rebuilds Doc.text on every access; the components share one copy (session 11)
    from borderfacts.extensions import doc_text

    doc = nlp("Three soldiers were killed.\n\nTwo more were wounded.")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)
