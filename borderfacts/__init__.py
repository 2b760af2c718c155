"""borderfacts: who said what, casualties per side and dates from border-conflict news.

    >>> import borderfacts
    >>> document = borderfacts.extract(text, reference_date="2022-09-19")
    >>> document.summary
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["extract", "extract_many", "__version__"]


def __getattr__(name):
    # Import spaCy only when extraction is asked for, so `--version` and
    # `--help` start instantly.
    if name in ("extract", "extract_many"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
