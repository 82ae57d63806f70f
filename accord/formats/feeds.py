"""Articles from RSS and Atom feeds, in a file (`.xml`, `.rss`, `.atom`) or at an http(s)
URL: one article an entry, read with feedparser.

An entry's text is its content, else its summary, as feedparser sanitizes it, with the
markup removed; its date is the day it was published (else updated) as the feed writes it,
in the feed's own time zone; its title and link are the entry's; its source is the feed's
title. A URL is fetched only because the user gave it.
"""

from __future__ import annotations

import html
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import feedparser

from .. import __version__
from ..dates import check_date
from ..errors import InputError
from ..read import OnError, Origin, ReadOptions, build_article, check_bytes, report
from ..records import Article

BLOCK_END = re.compile(r"<br\s*/?>|</(?:p|div|li|h[1-6]|blockquote|tr|pre)\s*>", re.IGNORECASE)
TAG = re.compile(r"<[^<>]*>")
BLANK_LINES = re.compile(r"\n\s*\n+")
# feedparser's notes about a feed it read anyway: a declared encoding that was wrong or a
# server's content type; anything else means the XML is not well formed.
HARMLESS = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


def read_feed_file(path: Path, on_error: OnError | None = None, options: ReadOptions | None = None) -> Iterator[Article]:
    """Yield one article per entry of a feed saved in a file."""
    data = path.read_bytes()
    check_bytes(data, str(path))
    yield from read_feed(data, str(path), on_error, options)


def read_feed_url(url: str, on_error: OnError | None = None, options: ReadOptions | None = None) -> Iterator[Article]:
    """Fetch a feed from an http(s) URL and yield one article per entry."""
    options = options or ReadOptions()
    request = urllib.request.Request(url, headers={"User-Agent": f"accord/{__version__}", "Accept": "application/rss+xml, application/atom+xml, application/xml, text/xml"})
    try:
        with urllib.request.urlopen(request, timeout=options.timeout) as response:
            data = response.read()
    except urllib.error.HTTPError as exc:
        raise InputError(url, f"could not be fetched (HTTP {exc.code} {exc.reason})", source=url) from None
    except urllib.error.URLError as exc:
        raise InputError(url, f"could not be fetched ({exc.reason})", source=url) from None
    except TimeoutError:
        raise InputError(url, f"could not be fetched (no answer in {options.timeout:g} s)", source=url) from None
    check_bytes(data, url)
    yield from read_feed(data, url, on_error, options)


def read_feed(data: bytes, source: str, on_error: OnError | None = None, options: ReadOptions | None = None) -> Iterator[Article]:
    """Yield one article per entry of the feed in `data`, read from `source` (a path or
    URL). A feed that is not well-formed XML is an error after the entries read before the
    fault; an entry without text or date in a known form is an error at its number."""
    options = options or ReadOptions()
    feed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    problem = feed.get("bozo_exception") if feed.get("bozo") and not isinstance(feed.get("bozo_exception"), HARMLESS) else None
    if not feed.get("version") and not feed.entries:
        detail = f" ({_describe(problem)})" if problem else ""
        raise InputError(source, f"is not an RSS or Atom feed{detail}", source=source)
    outlet = feed.feed.get("title") or None
    for number, entry in enumerate(feed.entries, start=1):
        origin = Origin(source, number, f"{source} entry {number}")
        try:
            yield _article_from_entry(entry, origin, outlet, options)
        except InputError as error:
            report(error, on_error)
    if problem is not None:
        raise InputError(source, f"is not a well-formed feed ({_describe(problem)}); {len(feed.entries)} entries were read before the fault",
                         source=source)


def _article_from_entry(entry: Any, origin: Origin, outlet: str | None, options: ReadOptions) -> Article:
    text = plain_text(_entry_html(entry))
    if not text.strip():
        raise origin.error("entry has no content or summary")
    article_id = entry.get("id") or entry.get("link") or f"{origin.source}#{origin.position}"
    try:
        published = entry_date(entry)
    except ValueError as exc:
        raise origin.error(str(exc)) from None
    return build_article(text, str(article_id), origin, options, published=published, title=entry.get("title") or None,
                         source=outlet, url=entry.get("link") or None)


def _entry_html(entry: Any) -> str:
    for content in entry.get("content") or ():
        if content.get("value", "").strip():
            return str(content["value"])
    return str(entry.get("summary") or "")


def plain_text(markup: str) -> str:
    """The text of sanitized feed HTML: tags removed, paragraphs on lines of their own."""
    text = html.unescape(TAG.sub("", BLOCK_END.sub("\n\n", markup)))
    return BLANK_LINES.sub("\n\n", text.replace("\xa0", " ")).strip()


def entry_date(entry: Any) -> str | None:
    """The day an entry was published (else updated), in the time zone the feed gives:
    'Thu, 28 Jul 2022 21:30:00 -0400' is 2022-07-28, not the next day in UTC. A date of
    the right shape that is no real day (2021-02-30, 'Tue, 30 Feb 2021', year 0000) is a
    ValueError naming it, never another day."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw or not isinstance(raw, str):
            continue
        _check_day(key, raw.strip())
        for parse in (datetime.fromisoformat, parsedate_to_datetime):
            try:
                return parse(raw.strip()).date().isoformat()
            except (ValueError, TypeError, IndexError):
                pass
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return None


ISO_START = re.compile(r"\d{4}-\d{2}-\d{2}")
RFC_DAY = re.compile(r"(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _check_day(key: str, raw: str) -> None:
    """Raise ValueError if the entry's date, in ISO or RFC 822 form, names no real day."""
    if ISO_START.match(raw):
        problem = check_date(raw)
    elif (match := RFC_DAY.match(raw)) and match.group(2).lower() in MONTHS:
        day, month, year = int(match.group(1)), MONTHS.index(match.group(2).lower()) + 1, match.group(3)
        problem = check_date(f"{year}-{month:02d}-{day:02d}")
    else:
        return
    if problem:
        raise ValueError(f"the entry's {key} date {raw[:40]!r} is no real day: {problem}")


def _describe(problem: object) -> str:
    line = getattr(problem, "getLineNumber", lambda: None)()
    message = getattr(problem, "getMessage", lambda: str(problem))()
    return f"line {line}: {message}" if line else str(message)
