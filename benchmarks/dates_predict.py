"""Dev script: run the borderfacts pipeline over a gold directory of dates.

    python benchmarks/dates_predict.py GOLD_DIR PRED_DIR [--no-reference]
    python /work/shared/tools/score_dates.py GOLD_DIR PRED_DIR --calendar-only

Writes PRED_DIR/NAME.json ({"dates": [...], "reference_date": ...}) for every
NAME.txt with a NAME.gold.json beside it. The gold ``reference_date`` is given
as the option (as `--reference-date` would); ``--no-reference`` leaves it out
so that dateline detection is exercised instead.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from borderfacts.pipeline import get_nlp, make_doc, to_document


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--no-reference", action="store_true", help="do not pass the gold reference date")
    ap.add_argument("--model", default=None)
    ap.add_argument("--full-pipeline", action="store_true",
                    help="also run the statements and casualties components (dates do not need them)")
    args = ap.parse_args(argv)

    nlp = get_nlp(args.model)
    skip = [] if args.full_pipeline else [n for n in ("borderfacts_statements", "borderfacts_casualties")
                                          if n in nlp.pipe_names]
    args.pred_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    count = 0
    for gold_file in sorted(args.gold_dir.glob("*.gold.json")):
        name = gold_file.name[: -len(".gold.json")]
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = (args.gold_dir / f"{name}.txt").read_text(encoding="utf-8")
        reference = None if args.no_reference else gold.get("reference_date")
        with nlp.select_pipes(disable=skip):
            document = to_document(nlp(make_doc(nlp, text, reference)), source=name)
        data = document.to_dict()
        out = {"reference_date": data["reference_date"],
               "reference_date_source": data["reference_date_source"],
               "dates": data["dates"]}
        (args.pred_dir / f"{name}.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        count += 1
    print(f"{count} documents in {time.perf_counter() - started:.2f} s -> {args.pred_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
