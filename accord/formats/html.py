"""Articles from web pages: the main text, title, date, site and address that trafilatura
finds in the page and its metadata (Open Graph, JSON-LD, `<meta>`, the URL). No network."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import trafilatura

from ..dates import check_date
from ..errors import InputError
from ..read import ISO_DATE, Origin, ReadOptions, build_article, check_bytes
from ..records import Article


class PageTooLarge(ValueError):
    """A page over `max_page_bytes`: read no further."""


def max_page_bytes(options: ReadOptions) -> int:
    """The largest page read, in bytes: ten bytes of markup for each character of the
    longest article (10 MB by default)."""
    return options.max_chars * 10


MAX_DEPTH = 255  # libxml2's limit on the depth of a tree, which lxml (and so trafilatura) keeps
TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^<>]*?(/?)>")
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def nesting_depth(page: str) -> int:
    """How deep the page's elements nest, counted from its tags (void elements apart)."""
    depth = deepest = 0
    for closing, name, self_closing in TAG.findall(page):
        if name.lower() in VOID or self_closing:
            continue
        depth = max(depth - 1, 0) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def read_html_file(path: Path, options: ReadOptions | None = None) -> Article:
    """Read one saved web page (`.html`, `.htm`) as an article named after the file."""
    options = options or ReadOptions()
    limit = max_page_bytes(options)
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise InputError(str(path), f"page is over the limit of {limit:,} bytes (max_chars x 10)", source=str(path))
    check_bytes(data, str(path))
    return article_from_html(data, path.name, Origin(str(path)), options)


def article_from_html(page: bytes | str, article_id: str, origin: Origin, options: ReadOptions, url: str | None = None) -> Article:
    """The article in a web page; a page with no main text is an error at `origin`.
    `url` is where the page was fetched from, used when its metadata gives none."""
    document = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False)
    found: dict[str, Any] = {} if document is None else document if isinstance(document, dict) else document.as_dict()
    text = found.get("text")
    if not isinstance(text, str) or not text.strip():
        depth = nesting_depth(page if isinstance(page, str) else page.decode("utf-8", "replace"))
        if depth > MAX_DEPTH:
            raise origin.error(f"no article text found: the page's markup is nested {depth:,} levels deep, deeper than the "
                               f"HTML parser reads ({MAX_DEPTH})")
        raise origin.error("no article text found in the page")
    date = found.get("date")
    published = date[:10] if isinstance(date, str) and ISO_DATE.match(date) and check_date(date) is None else None
    return build_article(text, article_id, origin, options, published=published, title=found.get("title"),
                         source=found.get("sitename") or found.get("hostname"), url=found.get("url") or url)
