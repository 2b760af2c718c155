"""Every ``Doc`` extension borderfacts sets, declared in one place.

Values are plain lists and dicts (no ``Span`` objects) so they survive
``Doc.to_bytes()`` and multiprocessing. Defaults are ``None`` rather than a
shared mutable list.
"""
from __future__ import annotations

from spacy.tokens import Doc

EXTENSIONS = (
    "borderfacts_reference_date",  # {"value": "YYYY-MM-DD"|None, "source": "option"|"dateline"|None}
    "borderfacts_parties",  # list of Party dicts
    "borderfacts_dates",  # list of DateMention dicts (+ private keys starting with "_")
    "borderfacts_statements",  # list of Statement dicts
    "borderfacts_casualties",  # list of Casualty dicts
    "borderfacts_summary",  # {party: {category: count}}
)


def set_extensions() -> None:
    """Register the extensions; safe to call any number of times."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document: spaCy rebuilds it from the tokens
    on every access, which cost the components a tenth of their time."""
    text = doc.user_data.get("borderfacts_text")
    if text is None:  # (a Doc's text never changes: retokenizing keeps it)
        text = doc.user_data["borderfacts_text"] = doc.text
    return text
