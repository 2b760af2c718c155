"""Quick dev loop for who-said-what (issue 3); the official scorer is `borderfacts evaluate`.

Usage: .venv/bin/python benchmarks/statements_eval.py [DIR_OR_FILES...] [--quiet]

Runs the pipeline over NAME.txt files with NAME.gold.json beside them (default
tests/corpus), using the gold reference_date, and scores statements:

- a prediction matches a gold statement of the same kind when their token
  overlap F1 is >= 0.5 (direct) or >= 0.4 (indirect); matching is one-to-one,
  greedy by score;
- the speaker is right when, after case / apostrophe / possessive folding, it
  equals the gold speaker or one of its speaker_aliases, shares its surname,
  or contains the whole gold name (both null also counts as right).

Prints span and who-said-what P/R/F1 for direct and indirect statements, then
the errors.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

THRESHOLD = {"direct": 0.5, "indirect": 0.4}


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold().replace("’", "'"))


def overlap_f1(a: str, b: str) -> float:
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(ta.values()), common / sum(tb.values())
    return 2 * p * r / (p + r)


def norm(name: str | None) -> str:
    if not name:
        return ""
    name = name.casefold().replace("’", "'").strip()
    name = re.sub(r"^the\s+", "", name)
    name = re.sub(r"'s\b|'$", "", name)
    return " ".join(re.findall(r"[\w-]+", name))


def speaker_right(predicted: str | None, gold: dict) -> bool:
    names = [gold.get("speaker")] + list(gold.get("speaker_aliases") or [])
    if not predicted:
        return not gold.get("speaker")
    if not gold.get("speaker"):
        return False
    p = norm(predicted)
    for name in names:
        g = norm(name)
        if not g:
            continue
        if p == g or p.split()[-1:] == g.split()[-1:] and len(g.split()) > 1 or g in p:
            return True
    return False


def match(preds: list[dict], golds: list[dict], kind: str) -> list[tuple[int, int]]:
    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            score = overlap_f1(p["text"], g["text"])
            if score >= THRESHOLD[kind]:
                pairs.append((score, i, j))
    pairs.sort(key=lambda x: -x[0])
    used_p, used_g, result = set(), set(), []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            result.append((i, j))
    return result


def prf(tp: int, npred: int, ngold: int) -> str:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp}, pred {npred}, gold {ngold})"


def collect(args: list[str]) -> list[Path]:
    paths: list[Path] = []
    for arg in args or [str(ROOT / "tests" / "corpus")]:
        path = Path(arg)
        if path.is_dir():
            paths.extend(sorted(path.glob("*.txt")))
        else:
            paths.append(path)
    return [p for p in paths if p.with_name(p.stem + ".gold.json").exists()]


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    args = [a for a in argv if not a.startswith("--")]
    from borderfacts.pipeline import get_nlp, make_doc

    nlp = get_nlp()
    totals = {k: Counter() for k in THRESHOLD}
    errors: list[str] = []
    for path in collect(args):
        gold = json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))
        text = path.read_text(encoding="utf-8")
        doc = nlp(make_doc(nlp, text, gold.get("reference_date")))
        predicted = doc._.borderfacts_statements or []
        for kind in THRESHOLD:
            preds = [s for s in predicted if s["kind"] == kind]
            golds = [s for s in gold.get("statements", []) if s["kind"] == kind]
            pairs = match(preds, golds, kind)
            right = 0
            for i, j in pairs:
                if speaker_right(preds[i]["speaker"], golds[j]):
                    right += 1
                else:
                    errors.append(
                        f"{path.name} {kind[:3]} SPEAKER pred={preds[i]['speaker']!r} gold={golds[j]['speaker']!r}"
                        f" :: {golds[j]['text'][:70]!r}"
                    )
            t = totals[kind]
            t["span"] += len(pairs)
            t["who"] += right
            t["pred"] += len(preds)
            t["gold"] += len(golds)
            matched_p = {i for i, _ in pairs}
            matched_g = {j for _, j in pairs}
            for j, g in enumerate(golds):
                if j not in matched_g:
                    errors.append(f"{path.name} {kind[:3]} MISSED ({g['speaker']!r}) :: {g['text'][:90]!r}")
            for i, p in enumerate(preds):
                if i not in matched_p:
                    errors.append(f"{path.name} {kind[:3]} SPURIOUS ({p['speaker']!r}, {p['cue']!r}) :: {p['text'][:90]!r}")
    for kind, t in totals.items():
        print(f"{kind:8s} span          {prf(t['span'], t['pred'], t['gold'])}")
        print(f"{kind:8s} who-said-what {prf(t['who'], t['pred'], t['gold'])}")
    if not quiet:
        print()
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
