"""Dates: the ``borderfacts_dates`` component (filled in by issue 5).

Finds temporal expressions, normalises them to TIMEX3 values against the
reference date, and sets the reference date from a dateline when no
``--reference-date`` was given.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import set_extensions


def find_dates(doc: Doc, reference_date: str | None) -> list[dict]:
    """DateMention dicts for a document (pure)."""
    return []


class DatesComponent:
    def __init__(self, nlp: Language, name: str = "borderfacts_dates"):
        set_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        reference = doc._.borderfacts_reference_date or {"value": None, "source": None}
        doc._.borderfacts_reference_date = reference
        doc._.borderfacts_dates = find_dates(doc, reference["value"])
        return doc


@Language.factory(
    "borderfacts_dates",
    assigns=["doc._.borderfacts_dates", "doc._.borderfacts_reference_date"],
)
def make_dates_component(nlp: Language, name: str) -> DatesComponent:
    return DatesComponent(nlp, name)
