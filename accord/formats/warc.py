"""Articles from web crawls: WARC files, plain (`.warc`) or gzipped (`.warc.gz`).

Each `response` record of status 200 whose payload is HTML becomes one article through
trafilatura (see `html.py`): its id is the record's WARC-Record-ID (unique in a crawl,
where a URL may be fetched twice), its url the WARC-Target-URI. Other records (warcinfo,
request, metadata, revisit, redirects, images) are passed over. A response for another
scheme than http(s) (`file:`, `dns:`), and a page over ten bytes per character of
`max_chars` once decompressed (read no further than that: a gzip bomb costs one read
block of memory, not its size), are errors at the record's offset, and reading goes on.

warcio rather than fastwarc: warcio is pure Python (no compiled wheel to match), it is
the Webrecorder project's reference reader and writer (the samples are written with it),
and it gives each record's byte offset, which an error must name. fastwarc parses faster,
but at a page a record the HTML extraction, not the WARC parsing, sets the pace.

A truncated or corrupt record is an error naming the file and the record's byte offset
(in the compressed file for `.warc.gz`); the records before it have been read, and
reading stops there, since nothing after a broken gzip stream can be trusted.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from ..errors import InputError
from ..read import OnError, Origin, ReadOptions, check_bytes, report
from ..records import Article
from .html import PageTooLarge, article_from_html, max_page_bytes

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, on_error: OnError | None = None, options: ReadOptions | None = None) -> Iterator[Article]:
    """Yield one article per HTML response in the crawl."""
    options = options or ReadOptions()
    size = path.stat().st_size
    with path.open("rb") as handle:
        _check_is_warc(handle.read(4096), path)
        handle.seek(0)
        records = ArchiveIterator(handle)
        while True:
            offset = records.offset
            try:
                record = next(records)
                html = _html_payload(record, path, offset, max_page_bytes(options))
            except StopIteration:
                break
            except (PageTooLarge, NotWebPage) as exc:
                records.read_to_end()
                report(_at(path, offset, str(exc)), on_error)
                continue
            except (ArchiveLoadFailed, zlib.error, EOFError, OSError, ValueError, AttributeError) as exc:  # warcio on a cut stream
                detail = "".join(c if c.isprintable() else "?" for c in str(exc))[:120]
                raise _at(path, offset, f"record is corrupt ({exc.__class__.__name__}: {detail})") from None
            records.read_to_end()  # so that `records.offset` is where the next record starts
            if html is None:
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            record_id = (record.rec_headers.get_header("WARC-Record-ID") or f"{path.name}@{offset}").strip("<>")
            try:
                yield article_from_html(html, record_id, _origin(path, offset), options, url=uri)
            except InputError as error:
                report(error, on_error)
        if records.offset < size:
            raise _at(path, records.offset, f"file ends inside a record ({size - records.offset} bytes left that are not a whole record): truncated or corrupt")


def _check_is_warc(head: bytes, path: Path) -> None:
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head)
        except zlib.error as exc:
            raise InputError(str(path), f"is not a gzipped WARC file ({exc})", source=str(path), position=0) from None
    if not head.startswith(b"WARC/"):
        check_bytes(head, str(path))
        raise InputError(str(path), "is not a WARC file: it does not start with a 'WARC/1.x' record header", source=str(path), position=0)


class NotWebPage(ValueError):
    """A response record for another scheme than http(s) (dns:, file:, ftp:)."""


def _html_payload(record: ArcWarcRecord, path: Path, offset: int, limit: int) -> bytes | None:
    """The HTML of a 200 response record, None for any other record; a record shorter
    than its Content-Length is an error, and a payload over `limit` bytes (once
    decompressed) is PageTooLarge, found without ever holding more than that."""
    payload = record.content_stream().read(limit + 1)
    if len(payload) > limit:
        raise PageTooLarge(f"record's page is over the limit of {limit:,} bytes (max_chars x 10); passed over")
    while record.raw_stream.read(1 << 16):  # the rest of the record, a block at a time
        pass
    missing = record.raw_stream.limit
    if missing > 0:
        raise _at(path, offset, f"record is truncated: {missing} of its {record.length} bytes are missing")
    if record.rec_type == "response" and record.http_headers is None:
        uri = record.rec_headers.get_header("WARC-Target-URI") or ""
        if not uri.lower().startswith(("http://", "https://")):
            raise NotWebPage(f"response record of {uri[:100]!r}, not an http(s) address: only web pages are read; passed over")
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status = record.http_headers.get_statuscode()
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if status != "200" or not content_type.startswith(HTML_TYPES):
        return None
    return bytes(payload)


def _origin(path: Path, offset: int) -> Origin:
    return Origin(str(path), offset, f"{path} at byte {offset}")


def _at(path: Path, offset: int, problem: str) -> InputError:
    return _origin(path, offset).error(problem)

