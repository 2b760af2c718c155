"""Score casualty extraction against a folder of NAME.txt + NAME.gold.json (dev script, issue 4).

Usage:
    .venv/bin/python benchmarks/casualties_eval.py tests/corpus
    .venv/bin/python benchmarks/casualties_eval.py ../shared/benchmarks/casualties/isaf --recall-only
    .venv/bin/python benchmarks/casualties_eval.py ../shared/benchmarks/casualties/muc4 --recall-only

Scores (micro-averaged over documents, one-to-one matching):
- facts: (party via gazetteer.canonical, category, count) of every casualty entry;
- facts ignoring side: (category, count);
- historical: share of matched facts whose ``historical`` flag agrees;
- summary cells: (party, category, value).
``--recall-only`` (ISAF, MUC-4: their gold is incomplete by design, see their
READMEs) reports recall only; a gold entry with ``count: null`` matches a
prediction with the same ``low``; a gold entry is also found when the
predicted summary total for its category (any side) equals it.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from borderfacts import gazetteer
from borderfacts.pipeline import get_nlp, make_doc


def _party(name):
    if name is None:
        return None
    return gazetteer.canonical(name) or name


def _value(item):
    return item["count"] if item.get("count") is not None else ("low", item.get("low"))


def _matches(gold: list, pred: list) -> tuple[int, list, list]:
    """One-to-one multiset matching; returns (matched, missing, extra)."""
    g, p = Counter(gold), Counter(pred)
    both = g & p
    return sum(both.values()), sorted((g - both).elements(), key=str), sorted((p - both).elements(), key=str)


class Score:
    def __init__(self):
        self.tp = self.gold = self.pred = 0

    def add(self, tp, gold, pred):
        self.tp += tp
        self.gold += gold
        self.pred += pred

    def text(self, recall_only=False):
        r = self.tp / self.gold if self.gold else 0.0
        if recall_only:
            return f"R={r:.3f} ({self.tp}/{self.gold})"
        p = self.tp / self.pred if self.pred else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"P={p:.3f} R={r:.3f} F1={f:.3f} (tp={self.tp} gold={self.gold} pred={self.pred})"


def evaluate(folder: Path, recall_only: bool, verbose: bool) -> dict:
    nlp = get_nlp()
    facts, loose, cells, hist = Score(), Score(), Score(), Score()
    party_loose = Score()
    for gold_path in sorted(folder.glob("*.gold.json")):
        text_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
        if not text_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = text_path.read_text(encoding="utf-8")
        try:
            doc = nlp(make_doc(nlp, text, gold.get("reference_date")))
        except Exception as error:  # a component being written concurrently may crash
            print(f"!! {gold_path.name}: pipeline failed ({type(error).__name__}: {error}); "
                  "retrying without borderfacts_statements", file=sys.stderr)
            with nlp.select_pipes(disable=["borderfacts_statements"]):
                doc = nlp(make_doc(nlp, text, gold.get("reference_date")))
        predicted = doc._.borderfacts_casualties or []
        summary = doc._.borderfacts_summary or {}
        gold_items = gold.get("casualties", [])

        g_facts = [(_party(c.get("party")), c["category"], _value(c)) for c in gold_items]
        p_facts = [(_party(c.get("party")), c["category"], _value(c)) for c in predicted]
        g_loose = [(c["category"], _value(c)) for c in gold_items]
        p_loose = [(c["category"], _value(c)) for c in predicted]
        if recall_only:
            # a gold entry is also found by the predicted per-category total
            totals = Counter()
            for row in summary.values():
                for category, value in row.items():
                    totals[(category, value)] += 1
            p_loose = p_loose + [key for key in totals.elements()]
            p_facts = p_facts + [(_party(name), cat, val) for name, row in summary.items() for cat, val in row.items()]
        tp, missing, extra = _matches(g_facts, p_facts)
        facts.add(tp, len(g_facts), len(p_facts))
        tp2, missing2, extra2 = _matches(g_loose, p_loose)
        loose.add(tp2, len(g_loose), len(p_loose))
        # historical flag on loosely matched facts
        for g in gold_items:
            for p in predicted:
                if (g["category"], _value(g)) == (p["category"], _value(p)):
                    hist.add(int(bool(g.get("historical")) == bool(p.get("historical"))), 1, 1)
                    break
        g_cells = [(_party(name) if name != "overall" else "overall", cat, val)
                   for name, row in (gold.get("summary") or {}).items() for cat, val in row.items()]
        p_cells = [(name, cat, val) for name, row in summary.items() for cat, val in row.items()]
        tp3, missing3, extra3 = _matches(g_cells, p_cells)
        cells.add(tp3, len(g_cells), len(p_cells))
        if verbose and (missing or (extra and not recall_only) or missing3 or (extra3 and not recall_only)):
            print(f"--- {gold_path.name}")
            for item in missing:
                print(f"   missing fact  {item}")
            if not recall_only:
                for item in extra:
                    print(f"   extra fact    {item}")
            for item in missing3:
                print(f"   missing cell  {item}")
            if not recall_only:
                for item in extra3:
                    print(f"   extra cell    {item}")
    print(f"== {folder}")
    print(f"facts (side, category, count): {facts.text(recall_only)}")
    print(f"facts ignoring side:           {loose.text(recall_only)}")
    print(f"summary cells:                 {cells.text(recall_only)}")
    print(f"historical agreement on matched facts: {hist.tp}/{hist.gold}")
    return {"facts": facts, "loose": loose, "cells": cells}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--recall-only", action="store_true")
    parser.add_argument("-q", "--quiet", action="store_true", help="scores only, no error listing")
    args = parser.parse_args(argv)
    for folder in args.folders:
        evaluate(folder, args.recall_only, not args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
