"""Relationship facts: anniversaries, the year ties were established, partnership
levels, and the date an undated anniversary article implies."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from accord import extract, parse_text
from accord import knowledge as kb
from accord.relations import partnership_levels


def relations_of(text: str):
    return extract(parse_text(text, "t.txt")).relations


def test_anniversary_and_year_from_the_event_date():
    (relation,) = relations_of(
        "On May 21, 2021, President Xi Jinping exchanged congratulatory messages with Pakistani President Arif Alvi "
        "on the 70th anniversary of the establishment of diplomatic ties between China and Pakistan."
    )
    assert relation.countries == ("CHN", "PAK")
    assert (relation.anniversary, relation.established) == (70, 1951)


def test_year_from_the_publication_date():
    (relation,) = relations_of(" date 2022-04-29 The United States and Mexico marked the 200th anniversary of diplomatic relations.")
    assert (relation.anniversary, relation.established) == (200, 1822)


def test_stated_year_of_establishment():
    (relation,) = relations_of(" date 2019-01-01 Kenya and Ghana established diplomatic relations in 1963, officials recalled.")
    assert relation.established == 1963


def test_partnership_level_is_normalised():
    (relation,) = relations_of(" date 2021-05-21 Xi said China and Pakistan are all-weather strategic cooperative partners.")
    assert relation.partnership == "all-weather strategic cooperative partnership"


def test_undated_anniversary_article_is_dated_from_the_known_table():
    text = (
        "Chinese President Xi Jinping said Sunday that he stands ready to work with his Malian counterpart, Bah N'Daw. "
        "Xi made the remarks in an exchange of congratulatory messages with N'Daw to celebrate the 60th anniversary "
        "of bilateral diplomatic relations."
    )
    x = extract(parse_text(text, "t.txt"))
    assert x.article.published is None
    assert x.date_inferred is not None and x.date_inferred[0] == "2020-10-25"
    assert "60th anniversary" in x.date_inferred[1]
    (relation,) = x.relations
    assert (relation.countries, relation.established) == (("CHN", "MLI"), 1960)
    assert {e.date for e in x.events} == {"2020-10-25"}


def test_nato_is_not_a_bilateral_alliance():
    assert not [r for r in relations_of(" date 2023-01-01 Turkey and Sweden discussed the North Atlantic Alliance.") if r.partnership]


def test_known_establishment_table_is_valid():
    with (kb.KNOWLEDGE_DIR / "diplomatic_relations.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["a", "b", "established", "note", "source", "licence"]
    pairs = set()
    for row in rows:
        assert row["a"] in kb.states() and row["b"] in kb.states() and row["a"] != row["b"]
        date.fromisoformat(row["established"])
        assert row["source"] and row["licence"]
        pair = frozenset((row["a"], row["b"]))
        assert pair not in pairs
        pairs.add(pair)


def test_partnership_levels_load():
    labels = {level.label for level in partnership_levels()}
    assert "comprehensive strategic partnership" in labels and len(labels) >= 10


def test_relations_file_is_in_the_package():
    assert (Path(kb.__file__).parent / "knowledge" / "partnerships.yaml").exists()
