"""The `accord` command: parse arguments, call one library function, render."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

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
    except sqlite3.DatabaseError as exc:  # a read of a damaged database: one line, as for a write
        from .store import Store

        print(f"accord: error: {Store('sqlite', None, getattr(args, 'db', None) or 'accord.db').failed(exc)}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="accord", description="Code news about international relations into CAMEO/PLOVER events.")
    parser.add_argument("--version", action="version", version=f"accord {__version__}")
    sub = parser.add_subparsers(title="commands")

    p = sub.add_parser("extract", help="code articles and print their events")
    p.add_argument("paths", nargs="+", help="files (.txt .jsonl .csv .tsv .html .warc .warc.gz .xml .rss .atom), directories of them, or feed URLs")
    p.add_argument("--jsonl", action="store_true", help="one JSON object per article instead of a table")
    _reading_options(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("eval", help="score Accord against gold annotations")
    p.add_argument("gold_dir", help="directory of gold .json files (see gold/FORMAT.md)")
    p.add_argument("article_dirs", nargs="+", help="directories holding the annotated articles")
    p.add_argument("--verbose", action="store_true", help="list what was missed and extra, per article")
    p.add_argument("--json", action="store_true", help="print the metrics as JSON")
    p.add_argument("--split", help="score only the articles whose MANIFEST.tsv `split` column has this value (e.g. tune, check)")
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
    add_store_commands(sub)
    add_serve_command(sub)
    return parser


def _db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=os.environ.get("ACCORD_DB"),
                   help="database: a file path (SQLite, default ./accord.db or $ACCORD_DB) or postgresql://USER@HOST/DB")


def _filter_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dyad", help="two states in either direction, e.g. CHN-RUS")
    p.add_argument("--source", help="ISO alpha-3 of the source state")
    p.add_argument("--target", help="ISO alpha-3 of the target state")
    p.add_argument("--country", help="ISO alpha-3 of a state as source or target")
    p.add_argument("--actor", help="an actor by any of its names or its id ('Joe Biden', 'Biden', joseph-r-biden-jr), "
                                   "else part of a name, e.g. 'Wang Yi'")
    p.add_argument("--root", help="CAMEO root code, e.g. 04")
    p.add_argument("--cameo", help="CAMEO code or prefix, e.g. 042")
    p.add_argument("--plover", help="PLOVER type, e.g. CONSULT")
    p.add_argument("--quad-class", dest="quad_class", type=int, help="1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict")
    p.add_argument("--modality", help="asserted, intended, recalled, negated or hypothetical")
    p.add_argument("--since", help="from this date, YYYY[-MM[-DD]]")
    p.add_argument("--until", help="up to this date, YYYY[-MM[-DD]]")
    p.add_argument("--text", help="words in the evidence sentence")
    p.add_argument("--include-unasserted", dest="include_unasserted", action="store_true", help="negated and hypothetical acts too")


def add_store_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="code articles and store them in the database")
    p.add_argument("paths", nargs="*", help="files, directories or feed URLs")
    _db_option(p)
    p.add_argument("--retry-failed", action="store_true", help="also read again the sources of the failures recorded so far")
    _reading_options(p)
    p.add_argument("--batch-size", type=int, default=50, help="articles committed together (default 50)")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    p.add_argument("--engine", choices=["local", "dask"], default="local", help="where to code: this process (default) or a Dask cluster")
    p.add_argument("--address", help="with --engine dask: the scheduler, e.g. tcp://10.0.0.5:8786 (default: start a local cluster)")
    p.add_argument("--workers", type=int, default=2, help="with --engine dask and no --address: local workers to start (default 2)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("watch", help="poll feeds and ingest new items until stopped")
    p.add_argument("feeds", nargs="+", help="RSS/Atom feed files or URLs")
    _db_option(p)
    p.add_argument("--interval", type=float, default=300, help="seconds between polls (default 300)")
    p.add_argument("--polls", type=int, help="stop after this many polls (default: run until stopped)")
    _reading_options(p)
    p.set_defaults(func=cmd_watch)

    p = sub.add_parser("repair", help="after killed runs: mark them interrupted and group every story again")
    _db_option(p)
    p.set_defaults(func=cmd_repair)

    p = sub.add_parser("failures", help="list the inputs that could not be read or coded")
    _db_option(p)
    p.add_argument("--all", action="store_true", help="resolved failures too")
    p.add_argument("--json", action="store_true", help="print JSON Lines")
    p.set_defaults(func=cmd_failures)

    p = sub.add_parser("events", help="query stored events")
    _db_option(p)
    _filter_options(p)
    p.add_argument("--limit", type=int, help=f"at most this many events (default: {TABLE_ROWS} in the table, every matching event in the other formats)")
    p.add_argument("--all", action="store_true", help="the table shows every matching event")
    p.add_argument("--offset", type=int, default=0, help="skip this many first")
    p.add_argument("--format", choices=["table", "csv", "jsonl", "parquet", "gdelt", "plover"], default="table",
                   help="output format (default table; the others as `accord export` writes them)")
    p.add_argument("--output", "-o", help="write to this file (required for parquet)")
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("export", help="export stored events as CSV, Parquet, GDELT TSV or PLOVER JSON")
    _db_option(p)
    _filter_options(p)
    p.add_argument("--format", choices=["csv", "jsonl", "parquet", "gdelt", "plover"], required=True, help="output format")
    p.add_argument("--table", choices=["events", "quotes", "stories", "relations"], default="events",
                   help="what to export (default events; gdelt and plover are for events)")
    p.add_argument("--output", "-o", help="write to this file (default: standard output; required for parquet)")
    p.set_defaults(func=cmd_export)


def _reading_options(p: argparse.ArgumentParser) -> None:
    """--csv-COLUMN and --max-chars, from the settings declared in `accord.formats.options`."""
    from .formats.options import CSV_COLUMN_HELP, MAX_CHARS, CsvColumns

    for column in fields(CsvColumns):
        p.add_argument(f"--csv-{column.name}", default=column.default, metavar="COLUMN",
                       help=f"the CSV/TSV column holding {CSV_COLUMN_HELP[column.name]} (default: {column.default})")
    p.add_argument("--max-chars", type=int, default=MAX_CHARS, help=f"longest article read, in characters; longer ones are skipped as errors (default: {MAX_CHARS:,})")


def _read_options(args: argparse.Namespace) -> Any:
    from .formats.options import CsvColumns, ReadOptions

    if args.max_chars < 1:
        raise AccordError("--max-chars must be at least 1")
    columns = CsvColumns(**{column.name: getattr(args, f"csv_{column.name}") for column in fields(CsvColumns)})
    return ReadOptions(csv=columns, max_chars=args.max_chars)


def _extract_all(paths: list[str], failures: list[str] | None = None, options: Any = None) -> Iterator[Extraction]:
    from .pipeline import extract_many

    def skip(error: AccordError) -> None:
        print(f"accord: skipped {error}", file=sys.stderr)
        if failures is not None:
            failures.append(str(error))

    yield from extract_many(paths, progress=sys.stderr.isatty(), on_error=skip if failures is not None else None, options=options)


def cmd_extract(args: argparse.Namespace) -> int:
    """Code every article; a bad one is reported on stderr and skipped, and the exit
    status is then 1."""
    from .render import to_jsonl, to_table

    failures: list[str] = []
    for extraction in _extract_all(args.paths, failures, _read_options(args)):
        print(to_jsonl(extraction) if args.jsonl else to_table([extraction]))
    if failures:
        print(f"accord: {len(failures)} article(s) skipped", file=sys.stderr)
        return 1
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_dirs, render_report

    def extract_files(paths: list[str]) -> Iterator[dict[str, object]]:
        return (x.to_dict() for x in _extract_all(paths))

    report, missing = evaluate_dirs(Path(args.gold_dir), [Path(d) for d in args.article_dirs], extract_files, split=args.split)
    if missing:
        print(f"accord: note: {len(missing)} gold articles not found in the given directories, not scored", file=sys.stderr)
    if args.json:
        print(json.dumps(report.metrics, indent=1))
    else:
        render_report(report, args.verbose)
    return 0


def cmd_code_sentences(args: argparse.Namespace) -> int:
    from .sentences import code_sentence_rows, read_sentence_rows, render_score, score_rows, write_rows

    _check_text_file(args.tsv)
    if args.output:
        _check_output(args.output)
    rows = code_sentence_rows(read_sentence_rows(Path(args.tsv)))
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as out:
            written = write_rows(rows, out)
    else:
        written = write_rows(rows, sys.stdout)
    if args.gold_column:
        render_score(score_rows(written, args.gold_column), sys.stderr)
    return 0


def _check_text_file(name: str) -> None:
    """An AccordError unless the file exists and is UTF-8 text (not a binary file)."""
    path = Path(name)
    if not path.is_file():
        raise AccordError(f"{name}: no such file")
    data = path.read_bytes()
    try:
        if b"\x00" in data:
            raise ValueError
        data.decode("utf-8")
    except ValueError:
        raise AccordError(f"{name}: not UTF-8 text (a binary file?); expected a tab-separated text file") from None


def cmd_actors_resolve(args: argparse.Namespace) -> int:
    from .actors import resolve_mention

    _check_day("--date", args.date)
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

    _check_day("--date", args.date)
    rows = list_officials(args.country, args.date)
    for row in rows:
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
        else:
            print(f"{row['name']:35} {row['office']:28} {row['title']:30} {row['start']:10} {row['end'] or '':10}")
    return 0


def _ingest_options(args: argparse.Namespace, command: str, engine: str = "local") -> Any:
    from .ingest import IngestOptions

    if getattr(args, "batch_size", 1) < 1:
        raise AccordError("--batch-size must be at least 1")
    return IngestOptions(batch_size=getattr(args, "batch_size", 50), read=_read_options(args), command=command, engine=engine)


def cmd_ingest(args: argparse.Namespace) -> int:
    """Code and store; the summary on stderr; exit 1 when something failed."""
    from .ingest import ingest
    from .store import open_store

    if not args.paths and not args.retry_failed:
        raise AccordError("ingest: give files, directories or feed URLs (or --retry-failed)")
    with open_store(args.db) as store:
        if args.engine == "dask":
            try:
                from .engines.dask_engine import ingest_on_dask
            except ImportError:
                raise AccordError("--engine dask needs Dask: pip install -e '.[cluster]'") from None

            summary = ingest_on_dask(args.paths, store, _ingest_options(args, "ingest", engine="dask"), address=args.address,
                                     workers=args.workers, retry_failed=args.retry_failed, progress=not args.quiet)
        else:
            summary = ingest(args.paths, store, _ingest_options(args, "ingest"), retry_failed=args.retry_failed, progress=not args.quiet)
    if args.quiet or args.engine == "dask":  # else each failure was printed as it happened
        for failure in summary.failures:
            place = f"{failure.source}:{failure.position}" if failure.position else failure.source
            print(f"accord: failed {place}: {failure.reason}", file=sys.stderr)
    print(f"accord: {summary.line()}", file=sys.stderr)
    return 1 if summary.failed else 0


def cmd_watch(args: argparse.Namespace) -> int:
    """Ingest the feeds every interval; each poll stores only what is new."""
    import time

    from .ingest import ingest
    from .store import open_store

    polls = 0
    with open_store(args.db) as store:
        try:
            while args.polls is None or polls < args.polls:
                if polls:
                    time.sleep(args.interval)
                summary = ingest(args.feeds, store, _ingest_options(args, "watch"))
                polls += 1
                print(f"accord: poll {polls}: {summary.line()}", file=sys.stderr, flush=True)
        except KeyboardInterrupt:
            print("accord: watch stopped", file=sys.stderr)
    return 0


def cmd_repair(args: argparse.Namespace) -> int:
    """Runs left "running" by a kill become "interrupted"; stories are regrouped."""
    from .ingest import repair
    from .store import open_store

    with open_store(args.db, create=False) as store:
        counts = repair(store)
    print(f"accord: {counts['runs_interrupted']} run(s) marked interrupted, {counts['dyads_stale']} dyad(s) had stale stories, "
          f"{counts['stories']} stories written", file=sys.stderr)
    return 0


def cmd_failures(args: argparse.Namespace) -> int:
    from .store import open_store

    with open_store(args.db, create=False) as store:
        failures = store.failures(include_resolved=args.all)
    for f in failures:
        if args.json:
            print(json.dumps(f.__dict__, ensure_ascii=False))
        else:
            place = f"{f.source}:{f.position}" if f.position else f.source
            state = f" (resolved {f.resolved_at})" if f.resolved_at else ""
            print(f"{place}: {f.reason} [attempts {f.attempts}]{state}")
    if not args.json:
        print(f"accord: {len(failures)} failure(s)", file=sys.stderr)
    return 0


def _filter(args: argparse.Namespace, **extra: Any) -> Any:
    from .query import filter_from

    return filter_from({**vars(args), **extra})


TABLE_ROWS = 50  # the events the table shows unless --limit or --all


def cmd_events(args: argparse.Namespace) -> int:
    """The table shows the first TABLE_ROWS events and says how many matched; the other
    formats write every matching event unless --limit is given."""
    from .query import count_events, iter_events
    from .store import open_store

    if args.all and args.limit is not None:
        raise AccordError("--all and --limit: give one of them")
    limit = args.limit if args.limit is not None or args.all or args.format != "table" else TABLE_ROWS
    with open_store(args.db, create=False) as store:
        flt = _filter(args, limit=limit)
        total = count_events(store, replace(flt, limit=None, offset=0))
        if args.format != "table":
            from .export import export_rows  # the export's columns, newest first as the event lists give them

            shown = _write(export_rows(store, flt, paged=True), args.format, args.output)
        else:
            shown = 0
            for r in iter_events(store, flt):
                shown += 1
                print(f"{r['date'] or '-':10}  {r['source']}->{r['target']}  {r['cameo']:5} {r['plover'] or '':10} "
                      f"{(r['source_actor'] or '')[:24]:24} -> {(r['target_actor'] or '')[:24]:24}  {r['evidence']}")
    if args.format == "table" and shown < total - args.offset:
        print(f"accord: {shown} of {total} event(s) shown (--limit N, --all)", file=sys.stderr)
    else:
        print(f"accord: {shown} of {total} event(s)" if shown != total else f"accord: {total} event(s)", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .export import export_rows, table_rows
    from .store import open_store

    with open_store(args.db, create=False) as store:
        if args.table == "events":
            count = _write(export_rows(store, _filter(args)), args.format, args.output)
        elif args.format in ("gdelt", "plover"):
            raise AccordError(f"--format {args.format} is for events; export {args.table} as csv, jsonl or parquet")
        else:
            count = _write(table_rows(store, args.table), args.format, args.output, schema=False)
    print(f"accord: exported {count} {args.table if args.table != 'events' else 'event(s)'} as {args.format}", file=sys.stderr)
    return 0


def _check_output(output: str) -> None:
    """An AccordError unless `output` names a file that can be written: its folder
    exists and it is not itself a folder."""
    path = Path(output)
    if path.is_dir():
        raise AccordError(f"--output {output}: is a folder; expected a file name")
    if not path.parent.is_dir():
        raise AccordError(f"--output {output}: folder {path.parent} does not exist; expected a file in an existing folder")
    if path.exists() and not os.access(path, os.W_OK) or not path.exists() and not os.access(path.parent, os.W_OK):
        raise AccordError(f"--output {output}: not writable; expected a file you may write")


def _check_day(option: str, value: str | None) -> None:
    """An AccordError unless the value is None or a real date written YYYY-MM-DD."""
    import datetime

    if value is None:
        return
    try:
        if len(value) == 10:
            datetime.date.fromisoformat(value)
            return
    except ValueError:
        pass
    raise AccordError(f"{option} {value!r}: expected a date YYYY-MM-DD, such as 2021-05-21")


def _write(rows: Iterator[dict[str, Any]], fmt: str, output: str | None, schema: bool = True) -> int:
    from .export import write_export

    if output:
        _check_output(output)
    if fmt == "parquet":
        if not output:
            raise AccordError("--format parquet needs --output FILE")
        return write_export(rows, fmt, path=output, schema=schema)
    if output:
        with open(output, "w", encoding="utf-8", newline="") as out:
            return write_export(rows, fmt, out, schema=schema)
    return write_export(rows, fmt, sys.stdout, schema=schema)


def add_serve_command(sub: argparse._SubParsersAction) -> None:
    from .web.settings import SETTINGS

    p = sub.add_parser("serve", help="the web dashboard and REST API over the database")
    _db_option(p)
    p.add_argument("--host", default=SETTINGS["host"].default, help=SETTINGS["host"].help)
    p.add_argument("--port", type=int, default=SETTINGS["port"].default, help=SETTINGS["port"].help)
    p.add_argument("--allow-writes", dest="allow_writes", action="store_true", help=SETTINGS["allow_writes"].help)
    p.set_defaults(func=cmd_serve)


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the dashboard and the API until stopped (Ctrl-C)."""
    import uvicorn

    from .web import create_app

    if not 0 < args.port < 65536:
        raise AccordError(f"--port {args.port}: expected 1 to 65535")
    listening = _bind(args.host, args.port)
    app = create_app(args.db, allow_writes=args.allow_writes)
    print(f"accord: serving {args.db or 'accord.db'} on http://{args.host}:{args.port}/ "
          f"({'writes allowed' if args.allow_writes else 'read-only'}; API at /api/docs)", file=sys.stderr, flush=True)
    uvicorn.Server(uvicorn.Config(app, log_level="warning")).run(sockets=[listening])
    return 0


def _bind(host: str, port: int) -> Any:
    """A socket bound to the address, handed to uvicorn, so that an address in use is one
    error line here rather than uvicorn's after "serving"."""
    import socket

    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except OSError as exc:
        raise AccordError(f"--host {host}: cannot be resolved ({exc}); expected a host name or address such as 127.0.0.1") from None
    listening = socket.socket(family, kind, proto)
    try:
        listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listening.bind(address)
    except OSError as exc:
        listening.close()
        raise AccordError(f"--port {port}: {host}:{port} cannot be used ({exc.strerror}); expected a free port, such as --port {port + 1 if port < 65535 else 8000}") from None
    return listening


if __name__ == "__main__":
    sys.exit(main())
