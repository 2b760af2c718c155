"""Quality guard: all development sets together (tests/corpus, heldout, final,
final2 to final44, final47 to final60: 619 articles) must score at least the floors last reached.

Raise the floors in accuracy_floors.json when the tool improves (never lower
them to make a change pass), so a regression turns CI red.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from borderfacts.evaluate import evaluate_folders

HERE = Path(__file__).parent
DEVELOPMENT_SETS = ("corpus", "heldout", "final", "final2", "final3", "final4", "final5", "final6", "final7",
                    "final8", "final9", "final10", "final11", "final12", "final13", "final14",
                    "final15", "final16", "final17", "final18", "final19", "final20", "final21", "final22",
                    "final23", "final24", "final25", "final26", "final27", "final28", "final29", "final30",
                    "final31", "final32", "final33", "final34", "final35", "final36", "final37", "final38",
                    "final39", "final40", "final41", "final42", "final43", "final44", "final47", "final48",
                    "final49", "final50", "final51", "final52", "final53", "final54", "final55",
                    "final56", "final57", "final58", "final59", "final60")
FLOORS = json.loads((HERE / "accuracy_floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def corpus_metrics(nlp):
    report = evaluate_folders([HERE / name for name in DEVELOPMENT_SETS])
    assert len(report.documents) >= 619
    assert not [d.error for d in report.documents if d.error]
    return {name: score.to_dict() for name, score in report.totals().items()}


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_metric_stays_above_its_floor(corpus_metrics, metric):
    assert corpus_metrics[metric]["f1"] >= FLOORS[metric], f"{metric}: {corpus_metrics[metric]}"
