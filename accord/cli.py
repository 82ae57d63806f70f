"""The `accord` command: parse arguments, call one library function, render."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from . import __version__
from .errors import AccordError
from .records import Extraction


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except AccordError as exc:
        print(f"accord: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="accord", description="Code news about international relations into CAMEO/PLOVER events.")
    parser.add_argument("--version", action="version", version=f"accord {__version__}")
    sub = parser.add_subparsers(title="commands")

    p = sub.add_parser("extract", help="code articles and print their events")
    p.add_argument("paths", nargs="+", help=".txt files, .jsonl files or directories of them")
    p.add_argument("--jsonl", action="store_true", help="one JSON object per article instead of a table")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("eval", help="score Accord against gold annotations")
    p.add_argument("gold_dir", help="directory of gold .json files (see gold/FORMAT.md)")
    p.add_argument("article_dirs", nargs="+", help="directories holding the annotated articles")
    p.add_argument("--verbose", action="store_true", help="list what was missed and extra, per article")
    p.add_argument("--json", action="store_true", help="print the metrics as JSON")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("code-sentences", help="PLOVER type of each (sentence, source, target) row of a TSV")
    p.add_argument("tsv", help="tab-separated file with a header and columns sentence, source, target")
    p.add_argument("--output", "-o", help="write the coded TSV here (default: standard output)")
    p.add_argument("--gold-column", help="score against this column of PLOVER types: accuracy per type and a confusion table on stderr")
    p.set_defaults(func=cmd_code_sentences)

    p = sub.add_parser("actors", help="look up actors in the knowledge base")
    actors_sub = p.add_subparsers(title="actors commands")
    q = actors_sub.add_parser("resolve", help="how a mention such as 'Foreign Minister Wang Yi' resolves")
    q.add_argument("text", help="the mention, as it would appear in an article")
    q.add_argument("--date", help="the article's date, YYYY-MM-DD")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_actors_resolve)
    q = actors_sub.add_parser("list", help="officials of one state")
    q.add_argument("--country", required=True, help="ISO 3166 alpha-3 code, e.g. PAK")
    q.add_argument("--date", help="only those in office on this date, YYYY-MM-DD")
    q.add_argument("--json", action="store_true", help="print JSON Lines")
    q.set_defaults(func=cmd_actors_list)
    return parser


def _extract_all(paths: list[str], failures: list[str] | None = None) -> Iterator[Extraction]:
    from .pipeline import extract_many

    def skip(error: AccordError) -> None:
        print(f"accord: skipped {error}", file=sys.stderr)
        if failures is not None:
            failures.append(str(error))

    yield from extract_many(paths, progress=sys.stderr.isatty(), on_error=skip if failures is not None else None)


def cmd_extract(args: argparse.Namespace) -> int:
    """Code every article; a bad one is reported on stderr and skipped, and the exit
    status is then 1."""
    from .render import to_jsonl, to_table

    failures: list[str] = []
    for extraction in _extract_all(args.paths, failures):
        print(to_jsonl(extraction) if args.jsonl else to_table([extraction]))
    if failures:
        print(f"accord: {len(failures)} article(s) skipped", file=sys.stderr)
        return 1
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_dirs, render_report

    def extract_files(paths: list[str]) -> Iterator[dict[str, object]]:
        return (x.to_dict() for x in _extract_all(paths))

    report, missing = evaluate_dirs(Path(args.gold_dir), [Path(d) for d in args.article_dirs], extract_files)
    if missing:
        print(f"accord: note: {len(missing)} gold articles not found in the given directories, not scored", file=sys.stderr)
    if args.json:
        print(json.dumps(report.metrics, indent=1))
    else:
        render_report(report, args.verbose)
    return 0


def cmd_code_sentences(args: argparse.Namespace) -> int:
    from .sentences import code_sentence_rows, read_sentence_rows, render_score, score_rows, write_rows

    rows = code_sentence_rows(read_sentence_rows(Path(args.tsv)))
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as out:
            written = write_rows(rows, out)
    else:
        written = write_rows(rows, sys.stdout)
    if args.gold_column:
        render_score(score_rows(written, args.gold_column), sys.stderr)
    return 0


def cmd_actors_resolve(args: argparse.Namespace) -> int:
    from .actors import resolve_mention

    found = resolve_mention(args.text, args.date)
    if args.json:
        print(json.dumps(found or {"unknown": args.text}, ensure_ascii=False))
    elif found is None:
        print(f"unknown: no state, organisation or official found in {args.text!r}")
        return 1
    else:
        print("  ".join(f"{k}: {v}" for k, v in found.items() if v is not None))
    return 0


def cmd_actors_list(args: argparse.Namespace) -> int:
    from .actors import list_officials

    rows = list_officials(args.country, args.date)
    for row in rows:
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
        else:
            print(f"{row['name']:35} {row['office']:28} {row['title']:30} {row['start']:10} {row['end'] or '':10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
