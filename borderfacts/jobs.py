"""From input names to output records: read, extract, and never lose an input.

Shared by ``extract`` and ``batch``: every input yields exactly one record,
a document or an error record, in input order.

``extract_records`` is the per-document work behind every engine: called in
process, in a local worker process, or on a Dask worker. It takes plain
``Task`` objects (text already read) and returns plain dicts (the contract),
so anything that can pickle a function call can run it. The pipeline is built
once per process and cached (``pipeline.get_nlp``).
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional, Sequence

from .reading import DEFAULT_MAX_BYTES, InputError, InputFormat, read_input
from .records import ErrorInfo, ErrorRecord

WARM_UP_TEXT = (
    'Kyrgyzstan said on Friday that 24 people were killed and 87 wounded. '
    '"We will defend our land," Tajik President Emomali Rahmon said on September 16, 2022.'
)


@dataclass
class Outcome:
    source: str  # the input name (a record's ``source`` may add " (extracted text)")
    record: dict
    failed: bool

    @property
    def message(self) -> str:
        return self.record["error"]["message"] if self.failed else ""


@dataclass(frozen=True)
class Task:
    """One readable document, ready for the pipeline."""

    source: str  # the record's ``source``
    text: str
    dateline: Optional[str] = None  # publication date found outside the text (HTML metadata)


def error_record(source: str, kind: str, message: str) -> dict:
    return ErrorRecord(source=source, error=ErrorInfo(type=kind, message=message)).to_dict()


def one_line(error: BaseException, limit: int = 300) -> str:
    """``Type: message`` on one line (spaCy's messages span several)."""
    text = " ".join(f"{type(error).__name__}: {error}".split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def task_from_input(source: str, max_bytes: int, input_format: InputFormat | str) -> Task:
    """Read one input; raises ``InputError``."""
    read = read_input(source, max_bytes, input_format)
    return Task(read.label, read.text, read.dateline)


def process(
    sources: Iterable[str],
    reference_date: Optional[str] = None,
    *,
    model: Optional[str] = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int = 16,
    input_format: InputFormat | str = InputFormat.auto,
) -> Iterator[Outcome]:
    """Read and extract each source; unreadable ones become error records in place."""
    from .pipeline import get_nlp

    nlp = get_nlp(model)
    readable: list[tuple[int, str, Task]] = []
    outcomes: list[Optional[Outcome]] = []
    for index, source in enumerate(sources):
        try:
            task = task_from_input(source, max_bytes, input_format)
        except InputError as error:
            outcomes.append(Outcome(source, error_record(source, error.kind, error.message), True))
            continue
        outcomes.append(None)
        readable.append((index, source, task))
    for start in range(0, len(readable), batch_size):
        chunk = readable[start : start + batch_size]
        records = _extract_chunk(nlp, [task for _, _, task in chunk], reference_date, batch_size)
        for (index, source, _), record in zip(chunk, records):
            outcomes[index] = Outcome(source, record, "error" in record)
    for outcome in outcomes:
        yield outcome


_LOCK = threading.Lock()  # a Dask worker may run several tasks at once on threads
_WARM: set[int] = set()


def extract_records(
    tasks: Sequence[Task],
    reference_date: Optional[str] = None,
    *,
    model: Optional[str] = None,
    batch_size: int = 16,
) -> list[dict]:
    """Records for ``tasks``, in order: the one function every engine calls.

    Runs inside ``nlp.memory_zone()`` so a long-running worker's memory stays
    flat; a document that breaks the pipeline becomes an error record.
    """
    with _LOCK:
        nlp = pipeline_for_jobs(model)
        with nlp.memory_zone():
            return _extract_chunk(nlp, tasks, reference_date, batch_size)


def pipeline_for_jobs(model: Optional[str] = None):
    """The cached pipeline, run once on a warm-up text outside any memory zone,
    so strings and matchers a component builds lazily on its first document
    are permanent rather than freed with the first zone."""
    from .pipeline import get_nlp, make_doc

    nlp = get_nlp(model)
    if id(nlp) not in _WARM:
        try:
            nlp(make_doc(nlp, WARM_UP_TEXT))
        except Exception:  # noqa: BLE001 - a broken component shows up per document instead
            pass
        _WARM.add(id(nlp))
    return nlp


def _make(nlp, task: Task, reference_date: Optional[str]):
    from .pipeline import make_doc

    return make_doc(nlp, task.text, reference_date, dateline=task.dateline)


def _extract_chunk(nlp, tasks: Sequence[Task], reference_date: Optional[str], batch_size: int = 16) -> list[dict]:
    """Records through ``nlp.pipe``; if one document breaks the pipeline, redo
    the chunk one by one so only that document fails."""
    from .pipeline import to_document

    try:
        docs = [_make(nlp, task, reference_date) for task in tasks]
        return [
            to_document(doc, task.source).to_dict()
            for task, doc in zip(tasks, nlp.pipe(docs, batch_size=batch_size))
        ]
    except Exception:  # noqa: BLE001 - isolate the failing document below
        pass
    records = []
    for task in tasks:
        try:
            records.append(to_document(nlp(_make(nlp, task, reference_date)), task.source).to_dict())
        except Exception as error:  # noqa: BLE001 - one bad document never stops the others
            records.append(error_record(task.source, "extraction_failed", one_line(error)))
    return records
