"""Renderers: a rich table for people, JSON and JSON Lines for programs."""
from __future__ import annotations

import json
from typing import Iterable, TextIO


def to_json(records: list[dict]) -> str:
    """One record -> a pretty object; several -> a JSON array. UTF-8, not escaped."""
    payload = records[0] if len(records) == 1 else records
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def to_jsonl_line(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def _count_cell(item: dict) -> str:
    """"59", "≤60", "20-30", "≥24 (vague)": the count with its bounds."""
    count, low, high = item["count"], item["low"], item["high"]
    if count is None:
        if low is not None and high is not None:
            return f"{low}-{high}"
        return f"≥{low} (vague)" if low is not None else "?"
    if high is not None:
        return f"≤{high:,}"
    return f"{count:,}"


def render_table(records: Iterable[dict], stream: TextIO, color: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=stream, no_color=not color, force_terminal=color, width=None if color else 160, highlight=False)
    for record in records:
        if "error" in record:
            console.print(f"{record['source']}: error: {record['error']['message']}")
            continue
        reference = record["reference_date"] or "none"
        console.rule(f"{record['source']}  (reference date {reference}, from {record['reference_date_source'] or '-'})")

        sides = Table(title="Sides", title_justify="left")
        for column in ("party", "role", "mentions", "aliases"):
            sides.add_column(column)
        for party in record["parties"]:
            sides.add_row(party["name"], party["role"], str(party["mentions"]), ", ".join(party["aliases"]))
        console.print(sides)

        said = Table(title="Who said what", title_justify="left")
        for column in ("speaker", "affiliation", "kind", "cue", "text"):
            said.add_column(column, overflow="fold")
        for item in record["statements"]:
            said.add_row(item["speaker"] or "-", item["affiliation"] or "", item["kind"], item["cue"] or "", item["text"])
        console.print(said)

        figures = Table(title="Casualties", title_justify="left")
        for column in ("side", "category", "count", "group", "reported by", "earlier", "evidence"):
            figures.add_column(column, overflow="fold")
        for item in record["casualties"]:
            figures.add_row(
                item["party"] or "overall",
                item["category"],
                _count_cell(item),
                item["group"],
                item["reported_by"] or "",
                "earlier" if item["historical"] else "",
                item["text"],
            )
        console.print(figures)

        summary = Table(title="Summary (current figures)", title_justify="left")
        categories = ("killed", "wounded", "displaced", "missing", "captured")
        summary.add_column("side")
        for category in categories:
            summary.add_column(category, justify="right")
        for party, cells in record["summary"].items():
            summary.add_row(party, *(f"{cells[c]:,}" if c in cells else "" for c in categories))
        console.print(summary)

        dates = Table(title="Dates", title_justify="left")
        dates.add_column("text")
        dates.add_column("value")
        for item in record["dates"]:
            dates.add_row(item["text"], item["value"] or "-")
        console.print(dates)
