"""The scorer behind `borderfacts evaluate`: matching rules on small hand-made records."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from borderfacts.cli import app
from borderfacts.evaluate import overlap_f1, score_document, speaker_matches


@pytest.mark.parametrize(
    "predicted, gold, aliases, expected",
    [
        ("Sadyr Zhaparov", "Sadyr Zhaparov", [], True),
        ("Zhaparov", "Sadyr Zhaparov", [], True),  # same surname
        ("President Sadyr Zhaparov", "Sadyr Zhaparov", [], True),  # contains the whole name
        ("Zhaparov’s website", "Zhaparov's website", [], True),  # apostrophes normalised
        ("the Defence Ministry", "Azerbaijan's Defence Ministry", ["Defence Ministry"], True),
        ("Emomali Rakhmon", "Sadyr Zhaparov", [], False),
        (None, "Sadyr Zhaparov", [], False),
        (None, None, [], True),
        ("Kyrgyzstan", None, [], False),
    ],
)
def test_speaker_matching(predicted, gold, aliases, expected):
    assert speaker_matches(predicted, gold, aliases) is expected


def test_overlap_f1_is_token_based_and_case_blind():
    assert overlap_f1("Real peace will come", "real peace will come") == 1.0
    assert overlap_f1("a b c d", "c d e f") == 0.5
    assert overlap_f1("x", "y") == 0.0


def statement(speaker, text, kind="direct"):
    return {"speaker": speaker, "kind": kind, "text": text}


def casualty(party, category, count, low=None, historical=False):
    return {"party": party, "category": category, "count": count, "low": low, "historical": historical}


def test_statements_span_and_speaker_are_scored_separately():
    gold = {"statements": [statement("Sadyr Zhaparov", "We will firmly defend national interests."),
                           statement("Kamchybek Tashiev", "peace will persist")]}
    predicted = {"statements": [statement("Zhaparov", "We will firmly defend national interests"),
                                statement(None, "peace will persist"),
                                statement("Someone", "an invented quote")]}
    result = score_document("doc", gold, predicted)
    spans, who = result.scores["statements.direct"], result.scores["who_said_what.direct"]
    assert (spans.correct, spans.predicted, spans.gold) == (2, 3, 2)
    assert (who.correct, who.predicted, who.gold) == (1, 3, 2)


def test_casualties_compare_sides_through_the_gazetteer_and_skip_history():
    gold = {"statements": [], "dates": [],
            "casualties": [casualty("Kyrgyzstan", "killed", 59, 59), casualty(None, "killed", 55, 55, historical=True),
                           casualty("Tajikistan", "wounded", None, 4)],
            "summary": {"Kyrgyzstan": {"killed": 59}}}
    predicted = {"statements": [], "dates": [],
                 "casualties": [casualty("Kyrgyz", "killed", 59, 59), casualty("Tajikistan", "wounded", None, 4),
                                casualty("Tajikistan", "killed", 41, 41)],
                 "summary": {"Kyrgyzstan": {"killed": 59}, "Tajikistan": {"killed": 41}}}
    result = score_document("doc", gold, predicted)
    facts = result.scores["casualties"]
    assert (facts.correct, facts.predicted, facts.gold) == (2, 3, 2)
    summary = result.scores["summary"]
    assert (summary.correct, summary.predicted, summary.gold) == (1, 2, 1)


def test_casualty_benchmarks_without_statements_or_dates_are_recall_only():
    gold = {"casualties": [casualty("Taliban", "killed", 2, 2)], "summary": {"Taliban": {"killed": 2}}}
    predicted = {"statements": [], "dates": [], "casualties": [casualty(None, "killed", 2, 2), casualty(None, "wounded", 2, 2)],
                 "summary": {"overall": {"killed": 2, "wounded": 2}}}
    result = score_document("isaf", gold, predicted)
    assert result.scores["casualties.ignoring_side"].recall == 1.0
    assert result.scores["casualties.ignoring_side"].precision is None
    assert result.scores["casualties"].recall == 0.0
    assert "statements.direct" not in result.scores


def test_dates_by_overlap_and_value_with_non_calendar_gold_removed():
    gold = {"dates": [{"text": "Friday", "value": "2022-09-16", "start": 10, "end": 16},
                      {"text": "three days", "value": "P3D", "type": "DURATION", "start": 30, "end": 40},
                      {"text": "now", "value": "PRESENT_REF", "type": "DATE", "start": 50, "end": 53}]}
    predicted = {"statements": [], "casualties": [], "summary": {},
                 "dates": [{"text": "on Friday", "value": "2022-09-23", "start": 7, "end": 16},
                           {"text": "three days", "value": None, "start": 30, "end": 40}]}
    result = score_document("doc", gold, predicted)
    spans, values = result.scores["dates.spans"], result.scores["dates.values"]
    assert (spans.correct, spans.predicted, spans.gold) == (1, 1, 1)  # the duration prediction is neutral
    assert values.correct == 0


def test_evaluate_command_scores_a_folder(tmp_path):
    (tmp_path / "one.txt").write_text("Officials met on Friday. Nobody was hurt.", encoding="utf-8")
    (tmp_path / "one.gold.json").write_text(json.dumps(
        {"reference_date": "2022-09-19", "statements": [], "casualties": [], "summary": {},
         "dates": [{"text": "Friday", "value": "2022-09-16"}]}), encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path), "--format", "json", "--details"])
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["documents"] == 1
    assert report["metrics"]["dates.spans"]["gold"] == 1
    assert report["details"][0]["document"].endswith("one.txt")


def test_evaluate_command_rejects_a_missing_folder(tmp_path):
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path / "nope")])
    assert result.exit_code == 2
