"""The command line, through Typer's CliRunner: data on stdout, errors on stderr, exit codes."""
from __future__ import annotations

import json

import jsonschema
import pytest
from typer.testing import CliRunner

from borderfacts.cli import app
from borderfacts.exit_codes import ExitCode
from borderfacts.records import json_schema

from .conftest import SEED


@pytest.fixture()
def runner():
    return CliRunner()


def test_json_for_one_file_is_one_object_with_the_two_sides(runner):
    result = runner.invoke(app, ["extract", str(SEED), "--format", "json", "--reference-date", "2022-09-19"])
    assert result.exit_code == ExitCode.OK
    document = json.loads(result.stdout)
    sides = {party["name"] for party in document["parties"] if party["role"] == "side"}
    assert sides == {"Kyrgyzstan", "Tajikistan"}
    assert document["reference_date"] == "2022-09-19"
    assert document["reference_date_source"] == "option"
    jsonschema.validate(document, json_schema())


def test_stdin_jsonl_gives_one_line(runner, seed_text):
    result = runner.invoke(app, ["extract", "-", "--format", "jsonl"], input=seed_text)
    assert result.exit_code == ExitCode.OK
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["source"] == "-"


def test_several_files_give_an_array_in_input_order(runner, tmp_path):
    first = tmp_path / "first.txt"
    first.write_text("Armenia and Azerbaijan traded fire on Monday.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(first), str(SEED), "--format", "json"])
    assert result.exit_code == ExitCode.OK
    documents = json.loads(result.stdout)
    assert [document["source"] for document in documents] == [str(first), str(SEED)]


def test_missing_file_fails_alone_with_one_line_on_stderr(runner, tmp_path):
    missing = tmp_path / "missing.txt"
    result = runner.invoke(app, ["extract", str(missing), str(SEED), "--format", "jsonl"])
    assert result.exit_code == ExitCode.INPUT_FAILED
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["error"]["type"] == "not_found"
    assert lines[1]["source"] == str(SEED) and "parties" in lines[1]
    assert result.stderr.strip().splitlines() == [f"borderfacts: {missing}: no such file"]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("bad", ["2022-13-01", "19/09/2022", "yesterday", "2022-9-1"])
def test_malformed_reference_date_is_a_usage_error(runner, bad):
    result = runner.invoke(app, ["extract", str(SEED), "--reference-date", bad])
    assert result.exit_code == ExitCode.USAGE
    assert result.stdout == ""


def test_unknown_model_is_a_one_line_usage_error(runner):
    result = runner.invoke(app, ["extract", str(SEED), "--model", "no_such_model_xyz"])
    assert result.exit_code == ExitCode.USAGE
    assert "pip install" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_output_file_is_written_and_stdout_stays_empty(runner, tmp_path):
    target = tmp_path / "out.json"
    result = runner.invoke(app, ["extract", str(SEED), "--format", "json", "-o", str(target)])
    assert result.exit_code == ExitCode.OK
    assert result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["schema"] == "borderfacts/1"
    assert [path.name for path in tmp_path.iterdir()] == ["out.json"]  # no temporary left behind


def test_table_has_no_colour_codes_when_piped(runner):
    result = runner.invoke(app, ["extract", str(SEED)])
    assert result.exit_code == ExitCode.OK
    assert "\x1b[" not in result.stdout
    for heading in ("Sides", "Who said what", "Casualties", "Summary", "Dates"):
        assert heading in result.stdout


def test_schema_command_prints_a_json_schema(runner):
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == ExitCode.OK
    schema = json.loads(result.stdout)
    assert set(schema["required"]) >= {"source", "reference_date"}
    jsonschema.Draft202012Validator.check_schema(schema)


def test_version(runner):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("borderfacts ")
