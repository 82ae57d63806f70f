"""Tests that need ../shared beside the clone (marked `shared`; CI runs them with
`pytest -m shared`): the copies shipped in tests/data are still the project's current
gold and articles, and every real article there (copyrighted news, never shipped) is
coded without an error."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DEV_ARTICLES, DEV_GOLD, EXAMPLES

from accord import extract, read_articles

pytestmark = pytest.mark.shared


def _differences(shipped: Path, source: Path, pattern: str) -> list[str]:
    names = {p.name for p in shipped.glob(pattern)} | {p.name for p in source.glob(pattern)}
    return sorted(name for name in names
                  if not (shipped / name).is_file() or not (source / name).is_file()
                  or (shipped / name).read_bytes() != (source / name).read_bytes())


def test_the_shipped_gold_is_the_shared_gold(shared: Path):
    assert _differences(DEV_GOLD, shared / "gold" / "dev", "*.json") == []
    assert (DEV_GOLD.parent / "FORMAT.md").read_bytes() == (shared / "gold" / "FORMAT.md").read_bytes()


def test_the_shipped_articles_are_the_shared_articles(shared: Path):
    assert _differences(DEV_ARTICLES, shared / "articles" / "dev", "*_wh-*.txt") == []
    assert _differences(DEV_ARTICLES, shared / "articles" / "dev", "MANIFEST.tsv") == []
    assert _differences(EXAMPLES, shared / "seeds", "*.txt") == []


@pytest.mark.parametrize("folder", ["articles/news", "corpus"])
def test_every_real_article_is_coded(shared: Path, folder: str):
    articles = list(read_articles([str(p) for p in sorted((shared / folder).glob("*.txt"))]))
    assert len(articles) >= 60
    coded = [extract(article) for article in articles]
    assert sum(bool(x.events) for x in coded) >= len(coded) // 4  # a coder that codes nothing on real news fails
