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
  incidents) and a restated figure counts once; a later source's larger count
  of the same people is the toll as it grew, not another incident; a witness's
  count (``_witness``: "a resident said") is no separate source;
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


def _units(items: list[dict]) -> list[dict]:
    """Figures of one cell grouped into tallies: the parts of one coordination
    ("eight soldiers and four volunteers were killed") sum into one unit, and
    "N more" adds to the unit before it (which it replaces)."""
    units: list[dict] = []
    by_conj: dict[str, dict] = {}
    for item in items:
        key = item.get("_conj")
        if key and key in by_conj:
            unit = by_conj[key]
            if item["count"] not in unit["parts"].get(item.get("group") or "people", []):
                unit["parts"].setdefault(item.get("group") or "people", []).append(item["count"])
            continue
        if item.get("_more") and units:
            base = units[-1]
            base["replaced"] = True
            unit = {"parts": {g: list(v) for g, v in base["parts"].items()}, "reporter": base["reporter"],
                    "earlier": False, "update": item.get("_update", False), "start": item.get("start", 0)}
            unit["parts"].setdefault(item.get("group") or "people", []).append(item["count"])
            units.append(unit)
            continue
        unit = {"parts": {item.get("group") or "people": [item["count"]]},
                # (a witness's count is what they saw, no separate source: "we pulled seven bodies out")
                "reporter": None if item.get("_witness") else item.get("reported_by"),
                "earlier": bool(item.get("_earlier")),
                "update": bool(item.get("_update")), "start": item.get("start", 0)}
        units.append(unit)
        if key:
            by_conj[key] = unit
    return [u for u in units if not u.get("replaced")]


def _value(unit: dict) -> tuple[int, int, int]:
    """(people, military, civilians) of a unit."""
    parts = unit["parts"]
    return sum(parts.get("people", [])), sum(parts.get("military", [])), sum(parts.get("civilians", []))


def _combine(values: list[tuple[int, int, int]]) -> int:
    """One source's figures: per group the largest stands (a toll restated or
    revised by the same source); a total contains the groups it covers, with no
    total disjoint groups add."""
    people = max((v[0] for v in values), default=0)
    military = max((v[1] for v in values), default=0)
    civilians = max((v[2] for v in values), default=0)
    return max(people, military + civilians)


def _same_source(reporter: str, known) -> str:
    """One key for a source named more or less fully ("Israel's Magen David Adom
    ambulance service", later "Israel's Magen David Adom")."""
    words = set(reporter.lower().replace("’", "'").split())
    for key in known:
        other = set(key.lower().replace("’", "'").split())
        if words <= other or other <= words:
            return key
    return reporter


def cell_total(items: list[dict]) -> int:
    """The tally of one (side, category) cell from its counted figures, in text order."""
    if not items:
        return 0
    items = sorted(items, key=lambda item: item.get("start", 0))
    # an updated toll replaces what came before it ("rose to 53 from 32")
    updates = [index for index, item in enumerate(items) if item.get("_update")]
    if updates:
        latest = updates[-1]
        if items[latest]["category"] != "missing":
            # a toll only grows: a smaller update told later is its history ("Bilopillia toll rises to 11"
            # ... "on Sunday the toll had risen to nine"); the missing may fall, so there the last one stands
            latest = max(updates, key=lambda index: (items[index]["count"] or 0, index))
        items = items[latest:]
    replaced = {item["count"] for item in items if item.get("_superseded")}
    whole = [item for item in items if not item.get("_subset") and item["count"] not in replaced]
    if whole:
        items = whole
    units = _units(items)
    current = [u for u in units if not u["earlier"]]
    if current:  # a figure a source "had said" earlier gives way to the current ones
        units = current
    # per source; separate sources add up (separate incidents, places), a figure
    # restated by another source counts once, unattributed restatements never add
    per_source: dict[str, list] = defaultdict(list)
    loose: list = []
    for unit in units:
        if unit["reporter"]:
            per_source[_same_source(unit["reporter"], per_source)].append(_value(unit))
        else:
            loose.append(_value(unit))
    totals: list[tuple[int, tuple]] = []
    for values in per_source.values():
        value = _combine(values)
        groups = tuple(index for index in range(3) if any(v[index] for v in values))
        if value not in [t[0] for t in totals]:
            totals.append((value, groups))
    named, last_groups = 0, None
    for value, groups in totals:
        # a later source's larger count of the same people is the toll as it grew; a smaller one, or
        # other people (the army's soldiers after a charity's civilians), is another count that adds
        named = value if value >= named and groups == last_groups else named + value
        last_groups = groups
    if not loose:
        return named
    named_groups = {index for _, groups in totals for index in groups}
    loose_groups = {index for values in loose for index in range(3) if values[index]}
    if named_groups and loose_groups and 0 not in named_groups | loose_groups and not named_groups & loose_groups:
        # "Six police officers were killed, the police said" and "one civilian was also killed, residents
        # said": other people, so they add
        return named + _combine(loose)
    return max(named, _combine(loose))


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
