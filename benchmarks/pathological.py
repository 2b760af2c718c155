"""Time pathological inputs through the whole pipeline (issue 8).

    .venv/bin/python benchmarks/pathological.py [--only NAME] [--timeout SECONDS]

Each input must finish in bounded time (no regular-expression blow-up); the
tests (tests/test_robustness.py) run the same inputs and check correctness
only. Prints one line per input: name, characters, seconds, findings.
"""
from __future__ import annotations

import argparse
import time

SENTENCE = "Kyrgyzstan said 24 people were killed and 87 wounded on September 16, 2022. "


def quote_marks(n: int = 100_000) -> str:
    return '"' * n


def mixed_quote_marks(n: int = 100_000) -> str:
    marks = '"\u201c\u201d\u00ab\u00bb\'\u2018\u2019'
    return "".join(marks[i % len(marks)] for i in range(n))


def megabyte_line(size: int = 1_000_000) -> str:
    return (SENTENCE * (size // len(SENTENCE) + 1))[:size].replace("\n", " ")


def repeated_numbers(n: int = 10_000) -> str:
    return "Officials said " + " ".join(str(40 + i % 7) for i in range(n)) + " people were killed."


def nested_quotes(depth: int = 500) -> str:
    opening = "".join(f'He said "{"she" if i % 2 else "they"} said \u201c' for i in range(depth))
    closing = "".join('\u201d" ' for _ in range(depth))
    return opening + "24 soldiers were killed" + closing


def one_sentence_of_figures(n: int = 800) -> str:
    """Hundreds of casualty clauses in one sentence: every per-figure question
    about the sentence must be asked once, or the cost grows with its square."""
    return "Pakistan and India traded fire. In Chaman, " + ", ".join(
        f"{i} civilians were killed in Kurram" for i in range(3, n + 3)) + "."


CASES = {
    "100k quote marks": quote_marks,
    "100k mixed quote marks": mixed_quote_marks,
    "1 MB single line": megabyte_line,
    "10k repeated numbers": repeated_numbers,
    "nested quotes (depth 500)": nested_quotes,
    "50k em dashes": lambda: "\u2014" * 50_000,
    "800 figures in one sentence": one_sentence_of_figures,
}


def run(name: str, text: str, nlp) -> dict:
    from borderfacts.pipeline import make_doc  # bounded-time tokenizer
    from borderfacts.pipeline import to_document

    started = time.perf_counter()
    record = to_document(nlp(make_doc(nlp, text, "2022-09-19")), name).to_dict()
    return {"seconds": time.perf_counter() - started, "record": record}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="run only the cases whose name contains this")
    parser.add_argument("--timeout", type=float, default=300, help="give up on a case after this many seconds")
    parser.add_argument("--case", help=argparse.SUPPRESS)  # internal: run one case in this process
    args = parser.parse_args()
    if args.case:
        from borderfacts.jobs import pipeline_for_jobs

        nlp = pipeline_for_jobs()
        text = CASES[args.case]()
        result = run(args.case, text, nlp)
        record = result["record"]
        print(f"{result['seconds']:.2f} {len(record['statements'])} {len(record['casualties'])} {len(record['dates'])}")
        return
    import subprocess
    import sys

    print(f"{'input':28} {'chars':>9} {'seconds':>8}  statements casualties dates", flush=True)
    for name, make in CASES.items():
        if args.only and args.only not in name:
            continue
        chars = len(make())
        try:
            child = subprocess.run(
                [sys.executable, __file__, "--case", name], capture_output=True, text=True, timeout=args.timeout
            )
            fields = child.stdout.split() if child.returncode == 0 else ["failed", "-", "-", "-"]
        except subprocess.TimeoutExpired:
            fields = [f">{args.timeout:.0f}", "-", "-", "-"]
        seconds, statements, casualties, dates = fields
        print(f"{name:28} {chars:>9,} {seconds:>8}  {statements:>10} {casualties:>10} {dates:>5}", flush=True)


if __name__ == "__main__":
    main()
