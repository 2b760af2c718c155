"""The per-side summary of casualty figures (rules in the output contract).

For each cell (a party, or ``overall`` for figures tied to no side, and a
category) the summary keeps current, exact figures only and tallies them as
an analyst would:

- left out: historical figures, vague ones (``count`` null), one side's
  claims about the enemy (``_claim``), and tolls an update replaced
  (``_superseded``: the "49" of "rose to 94 from 49");
- an updated toll ("``_update``") replaces the figures before it in the cell;
- subsets ("``_subset``": "among them five children", "including") are not
  added to the total that contains them;
- within a group (military, civilians, people) distinct figures add (separate
  incidents) and a restated figure counts once;
- disjoint groups add (military + civilians) when no unspecified total
  ("people") is given; with a total, the larger of the two stands;
- ``overall`` is built from its own figures only, never from the parties.
"""
from __future__ import annotations

from collections import defaultdict

CATEGORIES = ("killed", "wounded", "displaced", "missing", "captured")
GROUPS = ("people", "military", "civilians")


def counted(item: dict) -> bool:
    """Whether a casualty figure enters the summary at all."""
    return not (
        item.get("historical")
        or item.get("count") is None
        or item.get("_claim")
        or item.get("_superseded")
    )


def cell_total(items: list[dict]) -> int:
    """The tally of one (side, category) cell from its counted figures, in text order."""
    if not items:
        return 0
    items = sorted(items, key=lambda item: item.get("start", 0))
    # an updated toll replaces what came before it ("rose to 53 from 32")
    updates = [index for index, item in enumerate(items) if item.get("_update")]
    if updates:
        items = items[updates[-1]:]
    replaced = {item["count"] for item in items if item.get("_superseded")}
    whole = [item for item in items if not item.get("_subset") and item["count"] not in replaced]
    if whole:
        items = whole
    per_group: dict[str, list[int]] = defaultdict(list)
    for item in items:
        values = per_group[item.get("group") or "people"]
        if item["count"] not in values:  # a restated figure counts once
            values.append(item["count"])
    people = sum(per_group["people"])
    specific = sum(per_group["military"]) + sum(per_group["civilians"])
    # a total ("people") contains the groups it covers; with no total, disjoint groups add
    return max(people, specific) if people else specific


def summarize(casualties: list[dict]) -> dict[str, dict[str, int]]:
    """{party or "overall": {category: count}} from casualty dicts."""
    cells: dict[str, dict[str, list[dict]]] = {}
    for item in casualties:
        if not counted(item):
            continue
        cells.setdefault(item.get("party") or "overall", {}).setdefault(item["category"], []).append(item)
    summary: dict[str, dict[str, int]] = {}
    names = [name for name in cells if name != "overall"] + (["overall"] if "overall" in cells else [])
    for name in names:
        row = {category: cell_total(cells[name][category]) for category in CATEGORIES if category in cells[name]}
        row = {category: value for category, value in row.items() if value > 0}
        if row:
            summary[name] = row
    return summary
