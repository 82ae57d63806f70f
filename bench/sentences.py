"""Measure sentence-level coding on the development sets of ../shared/data.

    .venv/bin/python bench/sentences.py            # PLV train and the PLOVER GSR
    .venv/bin/python bench/sentences.py --plv-test # the held-out PLV test, once, at the end

Prints accuracy overall, per gold type, and a confusion table. PLV merges CONCEDE and
RETREAT into YIELD; the GSR uses PLOVER 0.5 names, mapped to current ones.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from accord.sentences import code_sentence, render_score, score_rows

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def plv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [{"gold": r["gold_root"], "plover": code_sentence(r["sentence"], r["source"], r["target"]).plover} for r in rows]


def _actor_text(actors: object) -> str:
    first = actors[0] if isinstance(actors, list) and actors else actors
    return first.get("actorText", "") if isinstance(first, dict) else ""


def gsr(path: Path) -> list[dict[str, str]]:
    out = []
    for record in json.loads(path.read_text(encoding="utf-8")):
        if record.get("event") in (None, "DOCUMENT") or not record.get("text"):
            continue
        source, target = _actor_text(record.get("source")), _actor_text(record.get("target"))
        out.append({"gold": record["event"], "plover": code_sentence(record["text"], source, target).plover})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plv-test", action="store_true", help="score the held-out PLV test half (run once, at the end)")
    args = parser.parse_args()
    sets = {"PLV train": (plv, SHARED / "plv" / "PLV_train.tsv"), "PLOVER GSR": (gsr, SHARED / "plover_gsr" / "PLOVER_GSR_CAMEO.json")}
    if args.plv_test:
        sets = {"PLV test": (plv, SHARED / "plv" / "PLV_test.tsv")}
    for name, (read, path) in sets.items():
        if not path.exists():
            print(f"{name}: {path} not found", file=sys.stderr)
            continue
        print(f"== {name}")
        render_score(score_rows(read(path), "gold"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
