"""Start-up: how long `accord extract ONE-ARTICLE.txt` takes from a fresh process, with
the cache of derived indexes empty (cold: the first run after installing Accord or
editing a knowledge file) and filled (warm: every later run); and what the floor is:
the interpreter, importing spaCy, loading the parse model.

    .venv/bin/python bench/startup.py [--runs 5] [--article examples/000_5692c3092de27da1.txt]

Each figure is the median of `--runs` fresh processes: wall time, and CPU time (user +
system, which other work on a shared machine inflates less). Cold runs each get a new
empty cache folder (ACCORD_CACHE_DIR); warm runs share one filled beforehand.
"""

from __future__ import annotations

import argparse
import os
import resource
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


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of the command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median_of(runs: int, command: list[str], env: dict[str, str], fresh_cache: bool = False) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="accord-cache-") as folder:
            times.append(timed(command, {**env, "ACCORD_CACHE_DIR": folder} if fresh_cache else env))
    return statistics.median(t[0] for t in times), statistics.median(t[1] for t in times)


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
    print(f"one article: {Path(args.article).name}; median of {args.runs} fresh processes; {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f}")
    print("| run | wall s | CPU s |")
    print("|---|---|---|")
    for label, (wall, cpu) in rows:
        print(f"| {label} | {wall:.2f} | {cpu:.2f} |")


if __name__ == "__main__":
    main()
