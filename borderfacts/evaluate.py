"""``borderfacts evaluate``: precision / recall / F1 against gold files.

Matching rules (also in the README):
- sides: the gold ``parties`` list (names of the sides) against predicted
  parties with role ``side``, through the gazetteer;
- statements: text by token-overlap F1 >= 0.5 (0.4 for reported speech),
  one-to-one, greedy by overlap; who-said-what also needs the speaker right:
  equal to the gold name or one of its ``speaker_aliases``, the same surname,
  or a prediction containing the whole gold name, after case, apostrophe and
  possessive normalisation;
- casualty facts: (side, category, count) over current (non-historical)
  figures, sides compared through the parties gazetteer; vague figures
  (count null) compare their ``low`` bound; also scored ignoring the side;
- summary cells: (side, category, count);
- dates: spans by token overlap, one-to-one; values by string equality.
Gold files that annotate only some things are scored on what they annotate:
a gold without ``statements`` or ``dates`` does not judge them; a gold that
has casualties but neither statements nor dates is a casualty benchmark
(ISAF, MUC-4) that annotates only some categories and targets, so its
casualty and summary metrics are recall-only (predictions are unjudged).
Gold dates with a TIMEX3 ``type`` other than DATE/TIME, or with a
PRESENT_REF/PAST_REF/FUTURE_REF value, are removed, and predictions that
overlap only them are ignored (as the TempEval-3 scorer's --calendar-only).
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence, TextIO

from . import gazetteer

TOKEN = re.compile(r"\w+", re.UNICODE)
NON_CALENDAR = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
METRICS = (
    ("sides", "sides of the conflict"),
    ("statements.direct", "direct statement spans"),
    ("statements.indirect", "indirect statement spans"),
    ("who_said_what.direct", "who said what, direct"),
    ("who_said_what.indirect", "who said what, indirect"),
    ("casualties", "casualty facts (side, category, count)"),
    ("casualties.ignoring_side", "casualty facts ignoring side"),
    ("summary", "summary cells (side, category, count)"),
    ("dates.spans", "date spans"),
    ("dates.values", "date values"),
)


@dataclass
class Score:
    correct: int = 0
    predicted: int = 0  # None-like when precision is not judged
    gold: int = 0
    precision_judged: bool = True

    @property
    def precision(self) -> Optional[float]:
        if not self.precision_judged:
            return None
        return self.correct / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> Optional[float]:
        p, r = self.precision, self.recall
        if p is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.correct += other.correct
        self.predicted += other.predicted
        self.gold += other.gold
        self.precision_judged = self.precision_judged and other.precision_judged

    def to_dict(self) -> dict:
        def rounded(value):
            return None if value is None else round(value, 4)

        return {
            "precision": rounded(self.precision),
            "recall": rounded(self.recall),
            "f1": rounded(self.f1),
            "correct": self.correct,
            "predicted": self.predicted if self.precision_judged else None,
            "gold": self.gold,
        }


@dataclass
class DocumentResult:
    name: str
    scores: dict[str, Score] = field(default_factory=dict)
    misses: list[dict] = field(default_factory=list)  # gold items not found
    spurious: list[dict] = field(default_factory=list)  # predictions not in gold
    error: Optional[str] = None


@dataclass
class Report:
    documents: list[DocumentResult] = field(default_factory=list)

    def totals(self) -> dict[str, Score]:
        totals: dict[str, Score] = {}
        for document in self.documents:
            for name, score in document.scores.items():
                totals.setdefault(name, Score()).add(score)
        return {name: totals[name] for name, _ in METRICS if name in totals}

    def to_dict(self, details: bool = False) -> dict:
        data = {
            "documents": len(self.documents),
            "errors": [{"document": d.name, "error": d.error} for d in self.documents if d.error],
            "metrics": {name: score.to_dict() for name, score in self.totals().items()},
        }
        if details:
            data["details"] = [
                {"document": d.name, "misses": d.misses, "spurious": d.spurious} for d in self.documents
            ]
        return data


# --- normalisation -----------------------------------------------------------


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text.casefold())


def overlap_f1(a: str, b: str) -> float:
    left, right = Counter(tokens(a)), Counter(tokens(b))
    common = sum((left & right).values())
    if not common:
        return 0.0
    precision, recall = common / sum(left.values()), common / sum(right.values())
    return 2 * precision * recall / (precision + recall)


def normal_name(name: Optional[str]) -> str:
    if not name:
        return ""
    name = name.replace("’", "'").strip()
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    name = re.sub(r"'s?\b", "", name)
    return " ".join(tokens(name))


def speaker_matches(predicted: Optional[str], gold: Optional[str], aliases: Sequence[str] = ()) -> bool:
    if not gold:
        return not predicted
    if not predicted:
        return False
    guess = normal_name(predicted)
    names = [normal_name(gold), *(normal_name(alias) for alias in aliases)]
    if guess in names:
        return True
    gold_name = names[0]
    if guess.split()[-1:] == gold_name.split()[-1:] and len(gold_name.split()) > 1:
        return True  # same surname
    return f" {gold_name} " in f" {guess} "


def side(name: Optional[str]) -> Optional[str]:
    """Sides compared through the gazetteer, so "Kyrgyz" == "Kyrgyzstan"."""
    if not name:
        return None
    return gazetteer.canonical(name) or normal_name(name)


def amount(item: dict):
    """The figure compared: the count, or the lower bound of a vague amount."""
    if item.get("count") is not None:
        return item["count"]
    return ("at least", item.get("low"))


# --- matching ----------------------------------------------------------------


def greedy_pairs(gold: list, predicted: list, similarity: Callable, threshold: float) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), best similarity first."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            value = similarity(g, p)
            if value >= threshold:
                candidates.append((value, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_gold, used_pred, pairs = set(), set(), []
    for _, i, j in candidates:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return pairs


def match_keys(gold_keys: list, predicted_keys: list) -> tuple[int, list, list]:
    """Multiset matching of hashable keys: (correct, missed keys, spurious keys)."""
    gold_count, predicted_count = Counter(gold_keys), Counter(predicted_keys)
    common = gold_count & predicted_count
    return (
        sum(common.values()),
        list((gold_count - common).elements()),
        list((predicted_count - common).elements()),
    )


def score_statements(gold: list[dict], predicted: list[dict], result: DocumentResult) -> None:
    for kind, threshold in (("direct", 0.5), ("indirect", 0.4)):
        g = [s for s in gold if s.get("kind") == kind]
        p = [s for s in predicted if s.get("kind") == kind]
        pairs = greedy_pairs(g, p, lambda a, b: overlap_f1(a["text"], b["text"]), threshold)
        right = [
            (i, j) for i, j in pairs if speaker_matches(p[j].get("speaker"), g[i].get("speaker"), g[i].get("speaker_aliases", []))
        ]
        result.scores[f"statements.{kind}"] = Score(len(pairs), len(p), len(g))
        result.scores[f"who_said_what.{kind}"] = Score(len(right), len(p), len(g))
        found = {i for i, _ in pairs}
        used = {j for _, j in pairs}
        for i, j in pairs:
            if (i, j) not in right:
                result.misses.append({"what": f"speaker ({kind})", "gold": g[i].get("speaker"), "predicted": p[j].get("speaker"), "text": g[i]["text"][:80]})
        result.misses += [{"what": f"statement ({kind})", "speaker": g[i].get("speaker"), "text": g[i]["text"][:80]} for i in range(len(g)) if i not in found]
        result.spurious += [{"what": f"statement ({kind})", "speaker": p[j].get("speaker"), "text": p[j]["text"][:80]} for j in range(len(p)) if j not in used]


def score_casualties(gold_doc: dict, predicted_doc: dict, result: DocumentResult, recall_only: bool) -> None:
    gold = [c for c in gold_doc["casualties"] if not c.get("historical")]
    predicted = [c for c in predicted_doc["casualties"] if not c.get("historical")]
    for metric, key in (
        ("casualties", lambda c: (side(c.get("party")), c["category"], amount(c))),
        ("casualties.ignoring_side", lambda c: (c["category"], amount(c))),
    ):
        correct, missed, extra = match_keys([key(c) for c in gold], [key(c) for c in predicted])
        result.scores[metric] = Score(correct, len(predicted), len(gold), not recall_only)
        if metric == "casualties":
            result.misses += [{"what": "casualty", "fact": list(map(str, m))} for m in missed]
            if not recall_only:
                result.spurious += [{"what": "casualty", "fact": list(map(str, e))} for e in extra]

    def cells(summary: dict) -> list:
        return [(side(p) if p != "overall" else "overall", c, n) for p, row in summary.items() for c, n in row.items()]

    gold_cells, predicted_cells = cells(gold_doc.get("summary", {})), cells(predicted_doc.get("summary", {}))
    correct, missed, extra = match_keys(gold_cells, predicted_cells)
    result.scores["summary"] = Score(correct, len(predicted_cells), len(gold_cells), not recall_only)
    result.misses += [{"what": "summary cell", "cell": list(map(str, m))} for m in missed]
    if not recall_only:
        result.spurious += [{"what": "summary cell", "cell": list(map(str, e))} for e in extra]


def _spans_overlap(a: dict, b: dict) -> bool:
    if "start" in a and "start" in b:
        return a["start"] < b["end"] and b["start"] < a["end"]
    return bool(set(tokens(a["text"])) & set(tokens(b["text"])))


def score_dates(gold_dates: list[dict], predicted: list[dict], result: DocumentResult) -> None:
    def judged(item: dict) -> bool:
        return item.get("type", "DATE") in ("DATE", "TIME") and item.get("value") not in NON_CALENDAR

    kept = [d for d in gold_dates if judged(d)]
    removed = [d for d in gold_dates if not judged(d)]
    predicted = [
        p for p in predicted
        if any(_spans_overlap(p, g) for g in kept) or not any(_spans_overlap(p, r) for r in removed)
    ]

    def similarity(g: dict, p: dict) -> float:
        if not _spans_overlap(g, p):
            return 0.0
        return 1.0 + overlap_f1(g["text"], p["text"])  # any overlap matches; the better one first

    pairs = greedy_pairs(kept, predicted, similarity, 1.0)
    valued = [(i, j) for i, j in pairs if (kept[i].get("value") or None) == (predicted[j].get("value") or None)]
    result.scores["dates.spans"] = Score(len(pairs), len(predicted), len(kept))
    result.scores["dates.values"] = Score(len(valued), len(predicted), len(kept))
    found = {i for i, _ in pairs}
    used = {j for _, j in pairs}
    for i, j in pairs:
        if (i, j) not in valued:
            result.misses.append({"what": "date value", "text": kept[i]["text"], "gold": kept[i].get("value"), "predicted": predicted[j].get("value")})
    result.misses += [{"what": "date", "text": kept[i]["text"], "gold": kept[i].get("value")} for i in range(len(kept)) if i not in found]
    result.spurious += [{"what": "date", "text": predicted[j]["text"], "predicted": predicted[j].get("value")} for j in range(len(predicted)) if j not in used]


def score_sides(gold_parties: list[str], predicted_parties: list[dict], result: DocumentResult) -> None:
    """Parties with role ``side``, compared through the gazetteer."""
    gold = [side(name) for name in gold_parties]
    predicted = [side(p["name"]) for p in predicted_parties if p.get("role") == "side"]
    correct, missed, extra = match_keys(gold, predicted)
    result.scores["sides"] = Score(correct, len(predicted), len(gold))
    result.misses += [{"what": "side", "name": name} for name in missed]
    result.spurious += [{"what": "side", "name": name} for name in extra]


def score_document(name: str, gold: dict, predicted: dict) -> DocumentResult:
    result = DocumentResult(name)
    if gold.get("parties"):
        score_sides(gold["parties"], predicted["parties"], result)
    if "statements" in gold:
        score_statements(gold["statements"], predicted["statements"], result)
    if "casualties" in gold:
        recall_only = "statements" not in gold and "dates" not in gold
        score_casualties(gold, predicted, result, recall_only)
    if "dates" in gold:
        score_dates(gold["dates"], predicted["dates"], result)
    return result


# --- running -----------------------------------------------------------------


def gold_pairs(folders: Iterable[Path]) -> list[tuple[Path, Path]]:
    pairs = []
    for folder in folders:
        for gold_path in sorted(Path(folder).glob("*.gold.json")):
            text_path = gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt")
            if text_path.exists():
                pairs.append((text_path, gold_path))
    return pairs


def evaluate_folders(folders: Iterable[Path], model: Optional[str] = None) -> Report:
    """Extract every gold-annotated article (with the gold's reference date) and score it."""
    from .pipeline import extract

    report = Report()
    for text_path, gold_path in gold_pairs(folders):
        name = str(text_path)
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text = text_path.read_text(encoding="utf-8")
            predicted = extract(text, gold.get("reference_date"), source=name, model=model).to_dict()
        except (OSError, ValueError) as error:
            report.documents.append(DocumentResult(name, error=f"{type(error).__name__}: {error}"))
            continue
        report.documents.append(score_document(name, gold, predicted))
    return report


def render_report(report: Report, stream: TextIO, color: bool, details: bool = False) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=stream, no_color=not color, force_terminal=color, width=None if color else 140, highlight=False)
    table = Table(title=f"borderfacts evaluate: {len(report.documents)} documents", title_justify="left")
    for column in ("metric", "precision", "recall", "F1", "correct", "predicted", "gold"):
        table.add_column(column, justify="left" if column == "metric" else "right")
    labels = dict(METRICS)

    def cell(value):
        return "n/a" if value is None else f"{value:.3f}"

    for name, score in report.totals().items():
        table.add_row(
            labels[name], cell(score.precision), cell(score.recall), cell(score.f1),
            str(score.correct), str(score.predicted) if score.precision_judged else "n/a", str(score.gold),
        )
    console.print(table)
    for document in report.documents:
        if document.error:
            console.print(f"{document.name}: error: {document.error}")
    if details:
        for document in report.documents:
            if not (document.misses or document.spurious):
                continue
            console.rule(document.name)
            for item in document.misses:
                console.print("missed   ", json.dumps(item, ensure_ascii=False))
            for item in document.spurious:
                console.print("spurious ", json.dumps(item, ensure_ascii=False))
