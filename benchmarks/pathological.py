"""Time pathological inputs through the whole pipeline (issue 8).

    .venv/bin/python benchmarks/pathological.py [--only NAME]

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


CASES = {
    "100k quote marks": quote_marks,
    "100k mixed quote marks": mixed_quote_marks,
    "1 MB single line": megabyte_line,
    "10k repeated numbers": repeated_numbers,
    "nested quotes (depth 500)": nested_quotes,
}


def run(name: str, text: str, nlp) -> dict:
    from borderfacts.pipeline import make_doc, to_document

    started = time.perf_counter()
    record = to_document(nlp(make_doc(nlp, text, "2022-09-19")), name).to_dict()
    return {"seconds": time.perf_counter() - started, "record": record}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="run only the case whose name contains this")
    args = parser.parse_args()
    from borderfacts.pipeline import get_nlp

    nlp = get_nlp()
    nlp.max_length = 2_000_000
    print(f"{'input':28} {'chars':>9} {'seconds':>8}  statements casualties dates")
    for name, make in CASES.items():
        if args.only and args.only not in name:
            continue
        text = make()
        result = run(name, text, nlp)
        record = result["record"]
        print(
            f"{name:28} {len(text):>9,} {result['seconds']:>8.2f}  "
            f"{len(record['statements']):>10} {len(record['casualties']):>10} {len(record['dates']):>5}",
            flush=True,
        )


if __name__ == "__main__":
    main()
