"""Start-up: how long `accord extract ONE-ARTICLE.txt` takes from a fresh process, with
the cache of derived indexes empty (cold: the first run after installing Accord or
editing a knowledge file) and filled (warm: every later run); and what the floor is:
the interpreter, importing spaCy, loading the parse model.

    .venv/bin/python bench/startup.py [--runs 5] [--article examples/000_5692c3092de27da1.txt]

Each figure is the median wall time of `--runs` fresh processes. Cold runs each get a new
empty cache folder (ACCORD_CACHE_DIR); warm runs share one filled beforehand.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
ACCORD = [PYTHON, "-c", "import sys; from accord.cli import main; sys.exit(main())"]

FLOOR = {
    "python -c pass (the interpreter)": [PYTHON, "-c", "pass"],
    "import accord.cli (argument parsing only)": [PYTHON, "-c", "import accord.cli; accord.cli.build_parser()"],
    "import spacy": [PYTHON, "-c", "import spacy"],
    "import spacy + blank('en') (the sentence splitter)": [PYTHON, "-c", "import spacy; spacy.blank('en')"],
    "import spacy + load the parse model": [PYTHON, "-c", "from accord.parse import parser; parser()"],
}


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def median_of(runs: int, command: list[str], env: dict[str, str], fresh_cache: bool = False) -> float:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="accord-cache-") as folder:
            times.append(timed(command, {**env, "ACCORD_CACHE_DIR": folder} if fresh_cache else env))
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--article", default=str(ROOT / "examples" / "000_5692c3092de27da1.txt"))
    args = parser.parse_args()
    extract = [*ACCORD, "extract", args.article]
    with tempfile.TemporaryDirectory(prefix="accord-cache-") as warm_folder:
        env = {**os.environ, "ACCORD_CACHE_DIR": warm_folder}
        timed(extract, env)  # fills the warm cache
        rows = [(label, median_of(args.runs, command, env)) for label, command in FLOOR.items()]
        rows.append(("accord extract, cache off (ACCORD_CACHE=off)", median_of(args.runs, extract, {**env, "ACCORD_CACHE": "off"})))
        rows.append(("accord extract, cold (empty cache)", median_of(args.runs, extract, env, fresh_cache=True)))
        rows.append(("accord extract, warm", median_of(args.runs, extract, env)))
    print(f"one article: {Path(args.article).name}; median of {args.runs} fresh processes; {os.cpu_count()} CPUs")
    print("| run | seconds |")
    print("|---|---|")
    for label, seconds in rows:
        print(f"| {label} | {seconds:.2f} |")


if __name__ == "__main__":
    main()
