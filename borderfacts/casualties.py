"""Casualty figures per side: the ``borderfacts_casualties`` component (issue 4)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import set_extensions
from .summary import summarize


def find_casualties(doc: Doc) -> list[dict]:
    """Casualty dicts for a document (pure)."""
    return []


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
