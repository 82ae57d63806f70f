"""knowledge/org_officials.csv: the heads of international organisations, dated. Every
row names a known organisation, has real dates in order, and no post has two holders at
once."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import pytest

from accord import extract, parse_text
from accord import knowledge as kb

PATH = Path(kb.__file__).parent / "knowledge" / "org_officials.csv"
ROWS = list(csv.DictReader(PATH.open(encoding="utf-8")))
DAY = re.compile(r"\d{4}-\d{2}(-\d{2})?")


def test_header_and_rows():
    assert list(ROWS[0]) == ["person", "aliases", "organisation", "office", "title", "start", "end", "source", "licence"]
    codes = {o.code for o in kb.organisations()}
    for row in ROWS:
        assert row["organisation"] in codes, row
        assert DAY.fullmatch(row["start"]) and (not row["end"] or DAY.fullmatch(row["end"])), row
        assert not row["end"] or row["start"] <= row["end"], row
        assert re.fullmatch(r"[a-z_]+", row["office"]) and row["title"] and row["source"] and row["licence"], row


def test_no_post_has_two_holders_at_once():
    posts = defaultdict(list)
    for row in ROWS:
        posts[(row["organisation"], row["office"])].append(row)
    for rows in posts.values():
        rows.sort(key=lambda r: r["start"])
        for before, after in zip(rows, rows[1:], strict=False):
            assert before["end"] and before["end"] <= after["start"], (before["person"], after["person"])


@pytest.mark.parametrize(("text", "day", "who", "organisation"), [
    ("UN Secretary-General Antonio Guterres condemned the attack.", "2022-03-01", "Antonio Guterres", "UNO"),
    ("NATO Secretary General Jens Stoltenberg met Wang Yi.", "2018-05-01", "Jens Stoltenberg", "NATO"),
    ("Christine Lagarde praised Greece.", "2015-03-01", "Christine Lagarde", "IMF"),
    ("Christine Lagarde praised Italy.", "2021-03-01", "Christine Lagarde", "ECB"),
])
def test_an_organisations_head_is_resolved_at_the_articles_date(text, day, who, organisation):
    actors = extract(parse_text(f" date {day} {text}", "t.txt")).actors
    assert (who, None, organisation) in {(a.name, a.country, a.organisation) for a in actors}
