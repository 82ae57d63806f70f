"""Articles from CSV and TSV files: a header, then one article a row.

The columns are named by `CsvColumns` (only the text column is required). A row with the
wrong number of fields, no text, a date that is not a real YYYY-MM-DD day, bytes that
are not UTF-8, or a quote that never closes is an error at `file:line` (the line the
row starts on), and reading goes on with the next row. A row that spans several lines
and fails is read again from its second line, so an unbalanced quote never swallows
the rows after it. The file is read a line at a time; a row is never longer than the
article size limit allows.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..dates import check_date
from ..errors import InputError
from ..read import ISO_DATE, OnError, Origin, ReadOptions, build_article, check_bytes, report
from ..records import Article

ENCODING_PROBE = 4096
NOT_UTF8 = re.compile(r"[\udc80-\udcff]")  # bytes that are not UTF-8, kept by errors="surrogateescape"

Line = tuple[int, str]


class _TooLong(Exception):
    pass


class CsvRecords:
    """The rows of a CSV file with the line each starts on and the lines it took; a
    failed row's lines after its first can be handed back (`again`) to be read anew."""

    def __init__(self, handle: BinaryIO, delimiter: str, limit: int) -> None:
        self.lines = self._numbered(handle, limit)
        self.pending: deque[Line] = deque()
        self.delimiter = delimiter
        self.limit = limit

    @staticmethod
    def _numbered(handle: BinaryIO, limit: int) -> Iterator[Line]:
        number = 0
        while raw := handle.readline(limit + 1):
            number += 1
            if number == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            yield number, raw.decode("utf-8", "surrogateescape")

    def _next_line(self) -> Line | None:
        return self.pending.popleft() if self.pending else next(self.lines, None)

    def again(self, lines: list[Line]) -> None:
        self.pending.extendleft(reversed(lines))

    def __iter__(self) -> Iterator[tuple[int, list[str] | None, str | None, list[Line]]]:
        """(first line, fields or None, the problem or None, the lines taken)."""
        while (first := self._next_line()) is not None:
            taken = [first]

            def feed(first: Line = first, taken: list[Line] = taken) -> Iterator[str]:
                yield first[1]
                size = len(first[1])
                while (line := self._next_line()) is not None:
                    taken.append(line)
                    size += len(line[1])
                    if size > self.limit:
                        raise _TooLong
                    yield line[1]

            problem: str | None = None
            row: list[str] | None = None
            try:
                row = next(csv.reader(feed(), delimiter=self.delimiter, strict=True), None)
            except _TooLong:
                problem = f"row is over {self.limit:,} characters, longer than any article under the size limit (a quote that never closes?)"
            except csv.Error as exc:
                problem = f"is not valid CSV ({exc})"
            if row is not None and (bad := next((n for n, text in taken if NOT_UTF8.search(text)), None)):
                problem, row = f"is not UTF-8 text (line {bad})", None
            yield first[0], row, problem, taken


def read_csv(path: Path, on_error: OnError | None = None, options: ReadOptions | None = None) -> Iterator[Article]:
    """Yield one article per row of a CSV (`.csv`) or tab-separated (`.tsv`) file."""
    options = options or ReadOptions()
    columns = options.csv
    with path.open("rb") as probe:
        check_bytes(probe.read(ENCODING_PROBE), str(path))
    csv.field_size_limit(sys.maxsize)  # rows are bounded by CsvRecords instead
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    with path.open("rb") as handle:
        records = CsvRecords(handle, delimiter, options.max_chars * 2 + 100_000)
        rows = iter(records)
        header: list[str] | None = None
        for start, row, problem, _ in rows:
            if problem is not None:
                raise InputError(f"{path}:{start}", f"header {problem}", source=str(path), position=start)
            if row:
                header = row
                break
        if header is None:
            raise InputError(str(path), "has no header row", source=str(path))
        if columns.text not in header:
            raise InputError(f"{path}:1", f"header has no column {columns.text!r} for the text; it has {', '.join(map(repr, header))}"
                             " (name the text column with CsvColumns(text=...) or --csv-text)", source=str(path), position=1)
        index = {name: header.index(name) for name in vars(columns).values() if name in header}
        for start, row, problem, taken in rows:
            origin = Origin.line(path, start)
            try:
                if problem is not None:
                    raise origin.error(problem)
                if not row:
                    continue
                article = _article_from_row(row, header, index, origin, options, path)
            except InputError as error:
                if len(taken) > 1:  # read its other lines again: they may be rows it swallowed
                    records.again(taken[1:])
                report(error, on_error)
                continue
            yield article


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
        raise origin.error(f"column {columns.date!r} is {date[:40]!r}, expected YYYY-MM-DD")
    if date is not None and (problem := check_date(date)):
        raise origin.error(f"column {columns.date!r}: {problem}")
    if columns.id in index:
        article_id = cell(columns.id)
        if article_id is None:
            raise origin.error(f"column {columns.id!r} is empty")
    else:
        article_id = f"{path.name}:{origin.position}"
    return build_article(text, article_id, origin, options, published=date[:10] if date else None,
                         title=cell(columns.title), source=cell(columns.source), url=cell(columns.url))
