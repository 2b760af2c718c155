"""From input names to output records: read, extract, and never lose an input.

Shared by ``extract`` and ``batch``: every input yields exactly one record,
a document or an error record, in input order.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator, Optional

from .reading import DEFAULT_MAX_BYTES, InputError, read_input
from .records import ErrorInfo, ErrorRecord


@dataclass
class Outcome:
    source: str
    record: dict
    failed: bool

    @property
    def message(self) -> str:
        return self.record["error"]["message"] if self.failed else ""


def error_record(source: str, kind: str, message: str) -> dict:
    return ErrorRecord(source=source, error=ErrorInfo(type=kind, message=message)).to_dict()


def process(
    sources: Iterable[str],
    reference_date: Optional[str] = None,
    *,
    model: Optional[str] = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int = 16,
) -> Iterator[Outcome]:
    """Read and extract each source; unreadable ones become error records in place."""
    from .pipeline import get_nlp, make_doc, to_document

    nlp = get_nlp(model)
    readable: list[tuple[int, str, str]] = []
    outcomes: list[Optional[Outcome]] = []
    for index, source in enumerate(sources):
        try:
            text = read_input(source, max_bytes).text
        except InputError as error:
            outcomes.append(Outcome(source, error_record(source, error.kind, error.message), True))
            continue
        outcomes.append(None)
        readable.append((index, source, text))
    for start in range(0, len(readable), batch_size):
        chunk = readable[start : start + batch_size]
        for (index, source, _), record in zip(chunk, _extract_chunk(nlp, chunk, reference_date)):
            outcomes[index] = Outcome(source, record, "error" in record)
    for outcome in outcomes:
        yield outcome


def _extract_chunk(nlp, chunk: list[tuple[int, str, str]], reference_date: Optional[str]) -> list[dict]:
    """Records for a chunk through ``nlp.pipe``; if one document breaks the
    pipeline, redo the chunk one by one so only that document fails."""
    from .pipeline import make_doc, to_document

    try:
        docs = [make_doc(nlp, text, reference_date) for _, _, text in chunk]
        return [to_document(doc, source).to_dict() for (_, source, _), doc in zip(chunk, nlp.pipe(docs))]
    except Exception:  # noqa: BLE001 - isolate the failing document below
        pass
    records = []
    for _, source, text in chunk:
        try:
            records.append(to_document(nlp(make_doc(nlp, text, reference_date)), source).to_dict())
        except Exception as error:  # noqa: BLE001 - one bad document never stops the others
            records.append(error_record(source, "extraction_failed", f"{type(error).__name__}: {error}"))
    return records
