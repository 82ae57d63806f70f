"""Read articles from files, directories, URLs of feeds: this module picks the reader.

| suffix | reader |
|---|---|
| `.txt`, `.text` | one article; here |
| `.jsonl`, `.ndjson` | one article a line; here |
| `.csv`, `.tsv` | one article a row, columns named by `CsvColumns`; `formats/csvfile.py` |
| `.html`, `.htm` | one web page; `formats/html.py` |
| `.warc`, `.warc.gz` | a crawl, one article per HTML response; `formats/warc.py` |
| `.xml`, `.rss`, `.atom`, an http(s) URL | an RSS or Atom feed, one article an entry; `formats/feeds.py` |

A `.txt` article may start with a line ` date YYYY-MM-DD`, possibly followed on the same
line by the headline or the first words of the text. Without it, the publication date is
taken from a dateline or byline the article gives for itself, else left unknown. The
text of every other format is read the same way, the record's own fields winning.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from .dates import check_date, find_publication_date
from .errors import InputError
from .formats.options import CsvColumns, ReadOptions
from .records import Article

__all__ = ["CsvColumns", "ReadOptions", "read_articles", "parse_text"]

INLINE_TAG = re.compile(r"</?(?:sup|sub|em|strong|b|i|u|a|span|br)(?:\s[^<>]*)?/?>", re.IGNORECASE)
MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((?:https?://|/)[^()\s]{1,500}\)")
DATE_LINE = re.compile(r"^\ufeff?\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv", ".tsv"}
HTML_SUFFIXES = {".html", ".htm"}
WARC_SUFFIXES = {".warc", ".warc.gz"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
SUPPORTED = sorted(TEXT_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES | HTML_SUFFIXES | WARC_SUFFIXES | FEED_SUFFIXES)
MAX_TITLE = 250

OnError = Callable[[InputError], None]


@dataclass(frozen=True)
class Origin:
    """Where a record was read: the file or URL, the position in it (a line or row number,
    a byte offset, an entry number; None for a whole file) and how people name both."""

    source: str
    position: int | None = None
    where: str = ""

    @classmethod
    def line(cls, source: str | Path, number: int) -> Origin:
        return cls(str(source), number, f"{source}:{number}")

    def error(self, problem: str) -> InputError:
        return InputError(self.where or self.source, problem, source=self.source, position=self.position)


def read_articles(paths: Sequence[str | Path], on_error: OnError | None = None, options: ReadOptions | None = None) -> Iterator[Article]:
    """Yield the articles found at each path (file, directory or feed URL), in a stable order.

    The reader is chosen by suffix (see the table above); a directory gives every file of a
    supported format in it, sorted by name; a file of another suffix is read as text. A
    missing path or an empty directory always raises. A bad article (an empty, binary or
    undecodable file, a malformed line, row, record or entry, one longer than
    `options.max_chars`) raises too, unless `on_error` is given: then it is passed the
    error and reading goes on with the next article.
    """
    options = options or ReadOptions()
    for raw in paths:
        if isinstance(raw, str) and raw.lower().startswith(("http://", "https://")):
            yield from _guard(_read_url(raw, on_error, options), on_error, raw)
            continue
        path = Path(raw)
        if not path.exists():
            raise InputError(str(path), "no such file or directory", source=str(path))
        if path.is_dir():
            files = directory_files(path)
            if not files:
                raise InputError(str(path), f"directory holds no files Accord reads ({', '.join(SUPPORTED)})", source=str(path))
            for file in files:
                yield from _guard(_read_checked(file, on_error, options, inside=path), on_error, str(file))
        else:
            yield from _guard(_read_checked(path, on_error, options), on_error, str(path))


def directory_files(path: Path) -> list[Path]:
    """The files of a directory that Accord reads (by suffix), sorted by name; links and
    special files among them are kept, to be refused with a reason when read."""
    return sorted(p for p in path.iterdir() if format_of(p) is not None and (p.is_symlink() or not p.is_dir()))


def check_readable(path: Path, inside: Path | None = None) -> None:
    """A path is read only if it is a regular file, and, when it was found in a
    directory, only if it stays inside that directory: a link to /etc/passwd in an
    input folder is refused, and a FIFO or a device never read (it could block)."""
    where = str(path)
    if inside is not None and path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(inside.resolve()):
            raise InputError(where, f"is a link to {target}, outside the directory {inside}; links out of an input directory are not followed",
                             source=where)
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        raise InputError(where, f"cannot be read ({exc.strerror})", source=where) from None
    if not stat.S_ISREG(mode):
        kind = "a FIFO" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else \
            "a socket" if stat.S_ISSOCK(mode) else "a directory" if stat.S_ISDIR(mode) else "not a regular file"
        raise InputError(where, f"is {kind}, not a regular file; only files are read", source=where)


def _read_checked(path: Path, on_error: OnError | None, options: ReadOptions, inside: Path | None = None) -> Iterator[Article]:
    check_readable(path, inside)
    yield from _read_file(path, on_error, options)


def format_of(path: Path) -> str | None:
    """The format a file's name says it holds: text, jsonl, csv, html, warc, feed; None if no known suffix."""
    name = path.name.lower()
    if name.endswith(tuple(WARC_SUFFIXES)):
        return "warc"
    suffix = path.suffix.lower()
    for fmt, suffixes in (("text", TEXT_SUFFIXES), ("jsonl", JSONL_SUFFIXES), ("csv", CSV_SUFFIXES), ("html", HTML_SUFFIXES), ("feed", FEED_SUFFIXES)):
        if suffix in suffixes:
            return fmt
    return None


def _guard(articles: Iterator[Article], on_error: OnError | None, source: str) -> Iterator[Article]:
    """Articles until a reader gives up on its whole file; that error goes to `on_error` if
    given. Whatever else goes wrong inside a reader (a fault of a library, memory, a file
    vanishing) is an error of that file too, with the articles before it kept: the batch
    boundary of the style guide, at the file."""
    last = ""
    try:
        for article in articles:
            last = article.origin
            yield article
    except InputError as error:
        if on_error is None:
            raise
        on_error(error)
    except (GeneratorExit, KeyboardInterrupt):
        raise
    except Exception as exc:  # noqa: BLE001 - the boundary: one file's fault never stops the batch
        after = f" after {last}" if last else ""
        fault = InputError(source, f"reading stopped{after}: {type(exc).__name__}: {str(exc)[:200]}", source=source)
        if on_error is None:
            raise fault from exc
        on_error(fault)


def _read_url(url: str, on_error: OnError | None, options: ReadOptions) -> Iterator[Article]:
    from .formats.feeds import read_feed_url

    yield from read_feed_url(url, on_error, options)


def _read_file(path: Path, on_error: OnError | None, options: ReadOptions) -> Iterator[Article]:
    fmt = format_of(path)
    if fmt == "jsonl":
        yield from read_jsonl(path, on_error, options)
    elif fmt == "csv":
        from .formats.csvfile import read_csv

        yield from read_csv(path, on_error, options)
    elif fmt == "html":
        from .formats.html import read_html_file

        yield read_html_file(path, options)
    elif fmt == "warc":
        from .formats.warc import read_warc

        yield from read_warc(path, on_error, options)
    elif fmt == "feed":
        from .formats.feeds import read_feed_file

        yield from read_feed_file(path, on_error, options)
    else:
        yield read_text_file(path, options)


def report(error: InputError, on_error: OnError | None) -> None:
    """Hand a bad record's error to `on_error`, or raise it when there is none."""
    if on_error is None:
        raise error
    on_error(error)


def check_bytes(data: bytes, where: str) -> None:
    """An empty or binary file is an error, whatever its format."""
    if not data.strip():
        raise InputError(where, "is empty", source=where)
    if data.startswith(UTF16_BOMS):
        raise InputError(where, "is UTF-16 text; save it as UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)", source=where)
    if b"\x00" in data[:4096]:
        raise InputError(where, "looks like a binary file, expected text", source=where)


def check_size(text: str, origin: Origin, options: ReadOptions) -> None:
    if len(text) > options.max_chars:
        raise origin.error(f"article is {len(text):,} characters long, more than the limit of {options.max_chars:,} (max_chars)")


def build_article(text: str, article_id: str, origin: Origin, options: ReadOptions, *, published: str | None = None,
                  title: str | None = None, source: str | None = None, url: str | None = None) -> Article:
    """An Article from a record's fields: the text read as `parse_text` reads a `.txt`
    article, and the record's own date, title, outlet and address winning over what the
    text gives."""
    check_size(text, origin, options)
    if not text.strip():
        raise origin.error("has no article text")
    for name, value in (("text", text), ("id", article_id), ("title", title), ("source", source), ("url", url)):
        if value and (bad := LONE_SURROGATE.search(value)):
            raise origin.error(f"field {name!r} holds a lone surrogate (U+{ord(bad.group(0)):04X}) at character {bad.start()}, "
                               "which is no Unicode text")
    if published is not None and (problem := check_date(published)):
        raise origin.error(f"publication date {problem}")
    if (problem := date_line_problem(text)) is not None:
        raise origin.error(problem)
    article = parse_text(text, article_id=article_id, origin=origin.where or origin.source)
    return replace(article, published=published or article.published, title=title or article.title, source=source or None,
                   url=linkable(url))


def linkable(url: str | None) -> str | None:
    """The address if a page may link to it: http(s) or no scheme at all; never a
    `javascript:`, `data:` or other scheme (browsers ignore blanks and control
    characters inside a scheme, so this does too)."""
    if not url:
        return None
    scheme = SCHEME.match(re.sub(r"[\x00-\x20\x7f]", "", url))
    return url if scheme is None or scheme.group(1).lower() in ("http", "https") else None


def date_line_problem(text: str) -> str | None:
    """Why the text's ` date YYYY-MM-DD` line gives no real day, or None."""
    match = DATE_LINE.match(text)
    if match and (problem := check_date(match.group(1))):
        return f"the ` date` line gives {problem}"
    return None


UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _decode(data: bytes, where: str) -> str:
    """UTF-8 text (or UTF-16 with its byte order mark, as some Windows tools save)."""
    if data.startswith(UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(where, f"is not UTF-16 text, though it starts like it (byte {exc.start})", source=where) from None
    if b"\x00" in data[:4096]:
        raise InputError(where, "looks like a binary file, expected UTF-8 text", source=where)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(where, f"is not UTF-8 text (byte {exc.start})", source=where) from None


def read_text_file(path: Path, options: ReadOptions | None = None) -> Article:
    """Read one plain-text article."""
    text = _decode(path.read_bytes(), str(path))
    if not text.strip():
        raise InputError(str(path), "is empty", source=str(path))
    if bad := LONE_SURROGATE.search(text):
        raise InputError(str(path), f"holds a lone surrogate at character {bad.start()}", source=str(path))
    check_size(text, Origin(str(path)), options or ReadOptions())
    return parse_text(text, article_id=path.name, origin=str(path))


def parse_text(text: str, article_id: str, origin: str = "") -> Article:
    """Make an Article from raw text, taking the ` date` line and headline if present.
    Inline markup that some sources keep ("200<sup>th</sup>", "[Strategy](https://...)")
    is reduced to its text."""
    text = MARKDOWN_LINK.sub(r"\1", INLINE_TAG.sub("", text))
    published = None
    if (problem := date_line_problem(text)) is not None:
        raise InputError(origin or article_id, problem, source=origin or article_id)
    match = DATE_LINE.match(text)
    if match:
        published = match.group(1)
        text = text[match.end():]
    first_line, _, _ = text.partition("\n")
    title = None
    stripped = first_line.strip()
    if stripped and len(stripped) <= MAX_TITLE and not stripped.endswith((".", "?", "!", '"', "”")):
        title = stripped
    if published is None:
        published = find_publication_date(text)
    return Article(id=article_id, text=text, published=published, title=title, origin=origin)


def read_jsonl(path: Path, on_error: OnError | None = None, options: ReadOptions | None = None) -> Iterator[Article]:
    """Read JSON Lines: one object per line with `id` and `text`, optional `date`, `title`,
    `source`, `url`. A bad line raises, or with `on_error` is reported and skipped."""
    options = options or ReadOptions()
    limit = options.max_chars * 6 + 10_000  # bytes: the longest text, every character escaped
    with path.open("rb") as handle:
        for number, raw in enumerate(_lines(handle, limit), start=1):
            origin = Origin.line(path, number)
            try:
                article = _article_from_line(raw, origin, options, limit)
            except InputError as error:
                report(error, on_error)
                continue
            if article is not None:
                yield article


def _lines(handle: BinaryIO, limit: int) -> Iterator[bytes]:
    """The lines of a binary file; a line over `limit` bytes is cut there (the rest of it
    is read and dropped, never held), and ends with no newline so the caller can tell."""
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield line[:limit + 1]
            continue
        yield line


def _article_from_line(raw: bytes, origin: Origin, options: ReadOptions, limit: int) -> Article | None:
    """The article of one JSON line; None for a blank line; an InputError for a bad one."""
    if len(raw) > limit:
        raise origin.error(f"line is over {limit:,} bytes, longer than any article under the limit of {options.max_chars:,} characters")
    if origin.position == 1:
        raw = raw.removeprefix(b"\xef\xbb\xbf")
    if not raw.strip():
        return None
    if b"\x00" in raw:
        raise origin.error("holds a NUL byte: binary data, expected a JSON object")
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise origin.error(f"is not UTF-8 text (byte {exc.start + 1} of the line)") from None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise origin.error(f"is not valid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise origin.error("is nested too deeply to be read as JSON") from None
    return _article_from_json(obj, origin, options)


def article_from_record(obj: object, where: str) -> Article:
    """Make an Article from a JSON object, checking its fields."""
    return _article_from_json(obj, Origin(where, None, where), ReadOptions())


def _article_from_json(obj: object, origin: Origin, options: ReadOptions) -> Article:
    if not isinstance(obj, dict):
        raise origin.error("expected a JSON object with fields id and text")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise origin.error("field 'text' is missing or empty")
    article_id = obj.get("id")
    if article_id is None or str(article_id).strip() == "":
        raise origin.error("field 'id' is missing")
    date = obj.get("date")
    if date is not None and not (isinstance(date, str) and ISO_DATE.fullmatch(date[:10])):
        raise origin.error(f"field 'date' is {str(date)[:40]!r}, expected YYYY-MM-DD")
    if date and (problem := check_date(date)):
        raise origin.error(f"field 'date': {problem}")
    title, source, url = (obj.get(key) for key in ("title", "source", "url"))
    return build_article(text, str(article_id), origin, options, published=date[:10] if date else None,
                         title=title if isinstance(title, str) else None, source=source if isinstance(source, str) else None,
                         url=url if isinstance(url, str) else None)
