"""The per-side summary of casualty figures (rules in the output contract)."""
from __future__ import annotations


def summarize(casualties: list[dict]) -> dict[str, dict[str, int]]:
    """{party or "overall": {category: count}} from casualty dicts."""
    summary: dict[str, dict[str, int]] = {}
    for item in casualties:
        if item["historical"] or item["count"] is None:
            continue
        cell = summary.setdefault(item["party"] or "overall", {})
        cell[item["category"]] = max(cell.get(item["category"], 0), item["count"])
    return summary
