"""Batch throughput against bare spaCy, cold start against a bare model load, peak RSS (issue 7).

    .venv/bin/python benchmarks/performance.py [--copies 6] [--batch-size 32]

All measured in one run on the same texts: the articles under tests/corpus
and seeds/, each copied ``--copies`` times with every number shifted per copy
(so no cache sees the same text twice), one file per article.
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus(copies: int) -> list[str]:
    sources = sorted((ROOT / "tests" / "corpus").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    originals = [path.read_text(encoding="utf-8") for path in sources]
    shift = lambda k: (lambda m: str(int(m.group()) + k))  # noqa: E731
    return [re.sub(r"\d+", shift(k), text) for k in range(copies) for text in originals]


def words(texts) -> int:
    return sum(len(text.split()) for text in texts)


def bare_spacy(model: str, texts: list[str], batch_size: int, n_process: int) -> float:
    import spacy

    nlp = spacy.load(model)
    list(nlp.pipe(texts[:4]))  # warm up
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
        pass
    return words(texts) / (time.perf_counter() - started)


def borderfacts_batch(folder: Path, texts: list[str], batch_size: int, workers: int) -> float:
    from borderfacts.batch import LocalEngine, ProcessEngine, expand, run_units

    engine = ProcessEngine(None, None, batch_size, workers) if workers > 1 else LocalEngine(None, None, batch_size)
    try:
        units = expand([str(folder)], "*.txt", "text", None, 10**7, warn=print)
        started = time.perf_counter()
        count = sum(1 for _ in run_units(units, engine, max_bytes=10**7, input_format="text", batch_size=batch_size))
        elapsed = time.perf_counter() - started
    finally:
        engine.close()
    assert count == len(texts)
    return words(texts) / elapsed


def best_wall(command: list[str], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return min(times)


def child_peak_rss_mb(command: list[str]) -> float:
    """Peak RSS of one child run (a fresh interpreter per measurement)."""
    probe = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True, check=True).stdout
    return int(out) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=6)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()

    from borderfacts.pipeline import default_model_name

    model = default_model_name()
    texts = corpus(args.copies)
    cli = [sys.executable, "-m", "borderfacts"]
    print(f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    print(f"model: {model}; corpus: {len(texts)} articles, {words(texts):,} words; batch size {args.batch_size}")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        for number, text in enumerate(texts):
            (folder / f"{number:05d}.txt").write_text(text, encoding="utf-8")

        rows = []
        for workers in (1, 2):
            spacy_rate = bare_spacy(model, texts, args.batch_size, workers)
            ours = borderfacts_batch(folder, texts, args.batch_size, workers)
            rows.append((workers, spacy_rate, ours))
        print("\nworkers  bare spaCy words/s  borderfacts batch words/s  ratio (target >= 0.75)")
        for workers, spacy_rate, ours in rows:
            print(f"{workers:>7}  {spacy_rate:>18,.0f}  {ours:>25,.0f}  {ours / spacy_rate:>5.2f}")

        seed = next((ROOT / "seeds").glob("*.txt"))
        bare = best_wall([sys.executable, "-c", f"import spacy; spacy.load({model!r})"])
        extract = best_wall([*cli, "extract", str(seed), "--format", "json"])
        console = Path(sys.executable).with_name("borderfacts")
        script = best_wall([str(console), "extract", str(seed), "--format", "json"]) if console.exists() else float("nan")
        print(f"\ncold start (best of 3): bare `python -c 'import spacy; spacy.load(...)'` {bare:.2f} s; "
              f"`borderfacts extract SEED` {script:.2f} s (console script), {extract:.2f} s (python -m); "
              f"ratio {script / bare:.2f} (target <= 1.3)")

        rss_extract = child_peak_rss_mb([*cli, "extract", str(seed), "--format", "json"])
        rss_batch = child_peak_rss_mb([*cli, "batch", str(folder), "-q", "-o", os.devnull])
        small = Path(tmp) / "small"
        small.mkdir()
        for path in sorted(folder.glob("*.txt"))[: max(1, len(texts) // 4)]:
            (small / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
        rss_small = child_peak_rss_mb([*cli, "batch", str(small), "-q", "-o", os.devnull])
        print(f"peak RSS: extract SEED {rss_extract:.0f} MB; batch {len(texts) // 4} articles {rss_small:.0f} MB, "
              f"{len(texts)} articles {rss_batch:.0f} MB (flat memory: these two should be close)")


if __name__ == "__main__":
    main()
