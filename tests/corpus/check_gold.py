"""Check that every gold file is well formed and every `text` occurs in its article.

Usage: python tests/corpus/check_gold.py [DIR]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

CATEGORIES = {"killed", "wounded", "displaced", "missing", "captured"}


def check(folder: Path) -> list[str]:
    problems = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        text_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
        name = gold_path.name
        if not text_path.exists():
            problems.append(f"{name}: no article beside it")
            continue
        text = text_path.read_text(encoding="utf-8")
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            problems.append(f"{name}: invalid JSON ({error})")
            continue
        for key in ("reference_date", "statements", "casualties", "dates", "summary"):
            if key not in gold:
                problems.append(f"{name}: missing {key}")
        for section in ("statements", "casualties", "dates"):
            for item in gold.get(section, []):
                snippet = item.get("text")
                if snippet and snippet not in text:
                    problems.append(f"{name}: {section} text not in article: {snippet!r}")
        for item in gold.get("statements", []):
            if item.get("kind") not in {"direct", "indirect"}:
                problems.append(f"{name}: bad statement kind {item.get('kind')!r}")
        for item in gold.get("casualties", []):
            if item.get("category") not in CATEGORIES:
                problems.append(f"{name}: bad category {item.get('category')!r}")
        for party, cells in gold.get("summary", {}).items():
            for category in cells:
                if category not in CATEGORIES:
                    problems.append(f"{name}: bad summary category {party}/{category}")
    return problems


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    found = check(folder)
    print("\n".join(found) or f"{folder}: all gold files check out")
    sys.exit(1 if found else 0)
