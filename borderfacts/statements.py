"""Who said what: the ``borderfacts_statements`` component (filled in by issue 3)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import set_extensions


def find_statements(doc: Doc) -> list[dict]:
    """Statement dicts for a document (pure)."""
    return []


class StatementsComponent:
    def __init__(self, nlp: Language, name: str = "borderfacts_statements"):
        set_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.borderfacts_statements = find_statements(doc)
        return doc


@Language.factory(
    "borderfacts_statements",
    assigns=["doc._.borderfacts_statements"],
    requires=["doc._.borderfacts_parties"],
)
def make_statements_component(nlp: Language, name: str) -> StatementsComponent:
    return StatementsComponent(nlp, name)
