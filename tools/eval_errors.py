"""Every scored error of the coder on a gold set, with its evidence, for development.

    .venv/bin/python tools/eval_errors.py GOLD_DIR ARTICLES_DIR [--split tune] [--only fn|fp]

A missed gold triple (FN) is printed with the gold's evidence; a wrong prediction (FP)
with the trigger, the dictionary entry that fired and its sentence. Scoring is that of
`accord eval` (optional gold triples count neither way). Use it on the `tune` part and
the development sets only: the `check` part is measured, never read this way.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from accord import extract, read_articles  # noqa: E402
from accord.evaluate import _triple, find_article_files  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("article_dirs", type=Path, nargs="+")
    parser.add_argument("--split", help="only the articles of this MANIFEST.tsv split")
    parser.add_argument("--only", choices=["fn", "fp"])
    args = parser.parse_args()
    files, _ = find_article_files(args.gold_dir, args.article_dirs, args.split)
    for path in files:
        gold = json.loads((args.gold_dir / (path.stem + ".json")).read_text(encoding="utf-8"))
        required: dict[tuple[str, str, str], str] = {}
        optional: set[tuple[str, str, str]] = set()
        for e in gold["events"]:
            t = _triple(e)
            if t is None:
                continue
            if e.get("optional"):
                optional.add(t)
            else:
                required.setdefault(t, e.get("evidence", ""))
        (article,) = list(read_articles([str(path)]))
        predicted = {}
        for event in extract(article).events:
            t = _triple(event.to_dict())
            if t is not None:
                predicted.setdefault(t, event)
        lines = []
        if args.only in (None, "fn"):
            lines += [f"  FN {t[0]}>{t[1]} {t[2]} | {ev}" for t, ev in required.items() if t not in predicted]
        if args.only in (None, "fp"):
            lines += [f"  FP {t[0]}>{t[1]} {t[2]} [{e.evidence}] {e.pattern} | {e.sentence[:240]}"
                      for t, e in predicted.items() if t not in required and t not in optional]
        if lines:
            print(path.name)
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
