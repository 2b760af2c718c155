"""``borderfacts batch``: order, one record per input, resume, shards, workers, Dask."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from borderfacts.batch import completed_sources, shard_of
from borderfacts.cli import app
from borderfacts.exit_codes import ExitCode

from .conftest import SEED

ARTICLES = [
    "Armenia said on Tuesday that 49 of its soldiers were killed in clashes with Azerbaijan.",
    '"We will respond," Azerbaijan\'s defence ministry said, adding that 50 troops had died.',
    "Kyrgyzstan reported at least 59 fatalities and 137,000 people displaced after fighting with Tajikistan.",
    "Tajikistan said 41 people had been killed in the border clashes last week.",
    "India and China traded accusations on Monday over a clash in which 20 Indian soldiers died.",
]


@pytest.fixture()
def runner():
    return CliRunner()


@pytest.fixture()
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    for number, text in enumerate(ARTICLES):
        target = folder / ("sub" if number % 2 else "") / f"{number:02d}.txt"
        target.write_text(text, encoding="utf-8")
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    return folder


def lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def run(runner, *args, input=None):
    return runner.invoke(app, ["batch", *map(str, args)], input=input)


def test_folder_is_searched_recursively_in_sorted_order(runner, corpus):
    result = run(runner, corpus, "-q")
    assert result.exit_code == ExitCode.OK, result.stderr
    sources = [record["source"] for record in lines(result.stdout)]
    assert sources == sorted(str(path) for path in corpus.rglob("*.txt"))
    assert result.stderr == ""


def test_every_input_gives_one_line_in_order_and_failures_are_counted(runner, corpus, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    first, second = sorted(corpus.rglob("*.txt"))[:2]
    result = run(runner, first, missing, empty, second)
    assert result.exit_code == ExitCode.INPUT_FAILED
    records = lines(result.stdout)
    assert [record["source"] for record in records] == [str(first), str(missing), str(empty), str(second)]
    assert [record.get("error", {}).get("type") for record in records] == [None, "not_found", "empty", None]
    stderr = result.stderr.strip().splitlines()
    assert stderr == [
        f"borderfacts: {missing}: no such file",
        f"borderfacts: {empty}: empty or whitespace-only input",
        "borderfacts: 4 documents, 2 failed",
    ]


def test_glob_chooses_the_files_taken_from_folders(runner, corpus):
    result = run(runner, corpus, "--glob", "*.md", "-q")
    assert [record["source"] for record in lines(result.stdout)] == [str(corpus / "notes.md")]


def test_files_from_standard_input(runner, corpus):
    paths = sorted(corpus.rglob("*.txt"), reverse=True)
    result = run(runner, "--files-from", "-", "-q", input="".join(f"{path}\n" for path in paths))
    assert result.exit_code == ExitCode.OK
    assert [record["source"] for record in lines(result.stdout)] == [str(path) for path in paths]


def test_json_lines_corpus_with_text_and_id_keys(runner, tmp_path):
    corpus = tmp_path / "articles.jsonl"
    rows = [{"doc": "a1", "body": ARTICLES[0]}, {"body": ARTICLES[1]}, {"doc": "a3"}]
    corpus.write_text("\n".join(json.dumps(row) for row in rows) + "\n\n{broken\n", encoding="utf-8")
    result = run(runner, corpus, "--text-key", "body", "--id-key", "doc")
    assert result.exit_code == ExitCode.INPUT_FAILED
    records = lines(result.stdout)
    assert [record["source"] for record in records] == ["a1", f"{corpus}:2", "a3", f"{corpus}:5"]
    assert [record.get("error", {}).get("type") for record in records] == [None, None, "no_text", "bad_json"]
    assert "parties" in records[0]


def test_output_is_the_same_with_two_workers(runner, corpus, tmp_path):
    one = run(runner, corpus, "-q", "--batch-size", "2")
    two = run(runner, corpus, "-q", "--batch-size", "2", "--workers", "2")
    assert two.exit_code == ExitCode.OK, two.stderr
    assert one.stdout == two.stdout and one.stdout


def test_shards_partition_the_inputs(runner, corpus):
    everything = lines(run(runner, corpus, "-q").stdout)
    parts = [lines(run(runner, corpus, "-q", "--shard", f"{k}/3").stdout) for k in range(3)]
    for k, part in enumerate(parts):
        assert all(shard_of(record["source"], 3) == k for record in part)
    assert sorted(record["source"] for part in parts for record in part) == sorted(r["source"] for r in everything)


def test_bad_shard_is_a_usage_error(runner, corpus):
    assert run(runner, corpus, "--shard", "3/3").exit_code == ExitCode.USAGE
    assert run(runner, corpus, "--shard", "x").exit_code == ExitCode.USAGE


def test_resume_after_an_interrupted_run_gives_every_input_exactly_once(runner, corpus, tmp_path):
    full = tmp_path / "full.jsonl"
    assert run(runner, corpus, "-q", "-o", full).exit_code == ExitCode.OK
    complete = full.read_text(encoding="utf-8")
    first_two = "".join(complete.splitlines(keepends=True)[:2])
    partial = tmp_path / "partial.jsonl"
    partial.write_text(first_two + complete.splitlines()[2][:40], encoding="utf-8")  # killed mid-line
    result = run(runner, corpus, "-o", partial, "--resume")
    assert result.exit_code == ExitCode.OK
    assert "2 already done" in result.stderr
    assert partial.read_text(encoding="utf-8") == complete


def test_resume_needs_an_output_file(runner, corpus):
    assert run(runner, corpus, "--resume").exit_code == ExitCode.USAGE


def test_completed_sources_cuts_a_partial_last_line(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_bytes(b'{"source": "a.txt"}\n{"source": "page.html (extracted text)"}\n{"sour')
    assert completed_sources(target) == {"a.txt", "page.html"}
    assert target.read_bytes().endswith(b"}\n")


def test_a_document_that_breaks_the_pipeline_is_an_error_record(runner, corpus, monkeypatch):
    import borderfacts.pipeline as pipeline

    real = pipeline.to_document

    def fragile(doc, source="-"):
        if "India" in doc.text:
            raise RuntimeError("component exploded\nwith a two-line message")
        return real(doc, source)

    monkeypatch.setattr(pipeline, "to_document", fragile)
    result = run(runner, corpus, "--batch-size", "3")
    assert result.exit_code == ExitCode.INPUT_FAILED
    records = lines(result.stdout)
    assert len(records) == len(ARTICLES)
    broken = [record for record in records if "error" in record]
    assert len(broken) == 1 and broken[0]["error"]["type"] == "extraction_failed"
    assert "RuntimeError: component exploded with a two-line message" in result.stderr
    assert "Traceback" not in result.stderr


def test_html_input_reports_extracted_text_as_source(runner, tmp_path):
    pytest.importorskip("trafilatura")
    page = tmp_path / "page.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    result = run(runner, page, "-q")
    assert result.exit_code == ExitCode.OK, result.stderr
    record = lines(result.stdout)[0]
    assert record["source"] == f"{page} (extracted text)"


HTML_PAGE = (Path(__file__).parent / "fixtures" / "border-page.html").read_text(encoding="utf-8")


def test_dask_local_cluster_gives_the_local_records_in_order(runner, corpus):
    distributed = pytest.importorskip("dask.distributed")
    local = run(runner, corpus, SEED, "-q", "--batch-size", "2")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        remote = run(runner, corpus, SEED, "-q", "--batch-size", "2", "--dask", cluster.scheduler_address)
    assert remote.exit_code == local.exit_code, remote.stderr
    assert lines(remote.stdout) == lines(local.stdout)
    assert len(lines(local.stdout)) == len(ARTICLES) + 1
