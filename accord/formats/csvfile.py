"""Articles from CSV and TSV files: a header, then one article a row.

The columns are named by `CsvColumns` (only the text column is required). A row with the
wrong number of fields, no text or a date that is not YYYY-MM-DD is an error at
`file:line` (the line the row starts on), and reading goes on with the next row.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..read import ISO_DATE, OnError, Origin, ReadOptions, build_article, check_bytes, report
from ..records import Article

ENCODING_PROBE = 4096


def read_csv(path: Path, on_error: OnError | None = None, options: ReadOptions | None = None) -> Iterator[Article]:
    """Yield one article per row of a CSV (`.csv`) or tab-separated (`.tsv`) file."""
    options = options or ReadOptions()
    columns = options.csv
    with path.open("rb") as probe:
        check_bytes(probe.read(ENCODING_PROBE), str(path))
    csv.field_size_limit(max(csv.field_size_limit(), min(options.max_chars + 1, sys.maxsize)))
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = csv.reader(handle, delimiter=delimiter)
        try:
            header = next(rows)
            if columns.text not in header:
                raise InputError(f"{path}:1", f"header has no column {columns.text!r} for the text; it has {', '.join(map(repr, header))}"
                                 " (name the text column with CsvColumns(text=...) or --csv-text)", source=str(path), position=1)
            index = {name: header.index(name) for name in vars(columns).values() if name in header}
            start = rows.line_num + 1
            for row in rows:
                origin = Origin.line(path, start)
                start = rows.line_num + 1
                if not row:
                    continue
                try:
                    yield _article_from_row(row, header, index, origin, options, path)
                except InputError as error:
                    report(error, on_error)
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}:{rows.line_num + 1}", f"is not UTF-8 text ({exc.reason})", source=str(path), position=rows.line_num + 1) from None
        except csv.Error as exc:
            raise InputError(f"{path}:{rows.line_num}", f"is not valid CSV ({exc})", source=str(path), position=rows.line_num) from None


def _article_from_row(row: list[str], header: list[str], index: dict[str, int], origin: Origin, options: ReadOptions, path: Path) -> Article:
    columns = options.csv
    if len(row) != len(header):
        raise origin.error(f"row has {len(row)} fields, the header has {len(header)}")

    def cell(name: str) -> str | None:
        value = row[index[name]].strip() if name in index else ""
        return value or None

    text = row[index[columns.text]]
    if not text.strip():
        raise origin.error(f"column {columns.text!r} is empty")
    date = cell(columns.date)
    if date is not None and not ISO_DATE.fullmatch(date[:10]):
        raise origin.error(f"column {columns.date!r} is {date!r}, expected YYYY-MM-DD")
    if columns.id in index:
        article_id = cell(columns.id)
        if article_id is None:
            raise origin.error(f"column {columns.id!r} is empty")
    else:
        article_id = f"{path.name}:{origin.position}"
    return build_article(text, article_id, origin, options, published=date[:10] if date else None,
                         title=cell(columns.title), source=cell(columns.source), url=cell(columns.url))
