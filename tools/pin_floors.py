"""Measure the accuracy gates and pin their floors in tests/eval_floors.json.

    .venv/bin/python tools/pin_floors.py            # print the measurements beside the floors
    .venv/bin/python tools/pin_floors.py --raise    # move every floor up to what is measured

Three sets: `dev` (the shipped development gold, tests/data), and the news set's
`tune` and `check` parts (../shared, copyrighted). A floor only ever moves up: `--raise`
never lowers one. Floors are the measurement rounded down to two decimals, so that a
floor is met by the run that pinned it.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from accord import extract, read_articles  # noqa: E402
from accord.evaluate import evaluate_dirs  # noqa: E402

FLOORS = ROOT / "tests" / "eval_floors.json"
SHARED = ROOT.parent / "shared"
KEYS = {
    "dev": ("event_precision", "event_recall", "event_f1", "date_accuracy", "actor_f1", "published_accuracy", "relations_accuracy"),
    "news_tune": ("event_precision", "event_recall", "event_f1"),
    "news_check": ("event_precision", "event_recall", "event_f1"),
}


def measure() -> dict[str, dict[str, float]]:
    def extract_files(paths: list[str]):  # type: ignore[no-untyped-def]
        return (extract(a).to_dict() for a in read_articles(paths))

    data = ROOT / "tests" / "data"
    out = {"dev": evaluate_dirs(data / "gold" / "dev", [ROOT / "examples", data / "dev"], extract_files)[0].metrics}
    for part in ("tune", "check"):
        report, _ = evaluate_dirs(SHARED / "gold" / "news", [SHARED / "articles" / "news"], extract_files, split=part)
        out[f"news_{part}"] = report.metrics
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--raise", dest="raise_", action="store_true", help="move floors up to the measurements")
    args = parser.parse_args()
    floors = json.loads(FLOORS.read_text())
    measured = measure()
    for name, keys in KEYS.items():
        current = floors.setdefault(name, {})
        for key in keys:
            got = measured[name][key]
            pinned = math.floor(got * 100) / 100
            print(f"{name:11} {key:20} measured {got:.4f}  floor {current.get(key, '-')}")
            if args.raise_ and pinned > current.get(key, 0.0):
                current[key] = pinned
    if args.raise_:
        FLOORS.write_text(json.dumps(floors, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
