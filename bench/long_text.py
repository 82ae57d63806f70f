"""Coding time against article length: linear, with and without sentence breaks.

    .venv/bin/python bench/long_text.py            # 10k to 1M characters
    .venv/bin/python bench/long_text.py --smoke    # 10k and 20k, to check the script runs

The text is the bundled examples repeated up to the length, as they are ("with
breaks"), and with every full stop, question mark and line break made a comma ("without
breaks": one sentence as long as the article, which `text.split_sentences` cuts at
MAX_SENTENCE_CHARS). Each length is coded once by `pipeline.extract`, after a warm-up;
the table gives seconds, microseconds per character (flat when time is linear) and the
ratio of each time to the one before it against the ratio of lengths.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from accord.pipeline import extract
from accord.read import parse_text

ROOT = Path(__file__).resolve().parent.parent
LENGTHS = [10_000, 30_000, 100_000, 300_000, 1_000_000]


def corpus(length: int, breaks: bool) -> str:
    text = "\n\n".join(p.read_text(encoding="utf-8").split("\n", 1)[-1] for p in sorted((ROOT / "examples").glob("*.txt")))
    if not breaks:
        text = re.sub(r"[.?!]\s+|\n+", ", ", text)
    return " date 2021-05-05\n" + (text * (length // len(text) + 1))[:length]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="two short lengths only")
    args = parser.parse_args()
    lengths = [10_000, 20_000] if args.smoke else LENGTHS
    extract(parse_text(corpus(5_000, True), "warm-up"))
    print("| text | characters | seconds | µs per character | time ratio / length ratio | events |")
    print("|---|---|---|---|---|---|")
    for breaks in (True, False):
        before: tuple[int, float] | None = None
        for length in lengths:
            article = parse_text(corpus(length, breaks), f"long-{length}")
            started = time.perf_counter()
            found = extract(article)
            seconds = time.perf_counter() - started
            ratio = f"{(seconds / before[1]) / (length / before[0]):.2f}" if before else "-"
            print(f"| {'with' if breaks else 'without'} breaks | {length:,} | {seconds:.2f} | {seconds / length * 1e6:.1f} | {ratio} | {len(found.events):,} |",
                  flush=True)
            before = (length, seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
