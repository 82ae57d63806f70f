"""Reading articles: the date line, headlines, datelines, JSON Lines and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accord.errors import InputError
from accord.read import ReadOptions, format_of, parse_text, read_articles


def test_date_line_gives_the_publication_date_and_the_rest_stays_text():
    article = parse_text(" date 2021-01-01 Chinese State Councilor Wang Yi said.\n\nMore.", "a.txt")
    assert article.published == "2021-01-01"
    assert article.text.startswith("Chinese State Councilor Wang Yi said.")


def test_headline_on_the_date_line_becomes_the_title():
    article = parse_text(" date 2021-12-07 Readout of President Biden's Call\n\nPresident Biden spoke today.", "a.txt")
    assert article.title == "Readout of President Biden's Call"


def test_dateline_in_the_text_is_a_publication_date():
    text = "MOSCOW (UrduPoint News / Sputnik - 02nd January, 2021) China and Russia are determined."
    assert parse_text(text, "a.txt").published == "2021-01-02"


def test_byline_is_a_publication_date():
    text = "Faizan Hashmi 14 seconds ago Sat 02nd January 2021 | 11:00 AM\n\nChina said."
    assert parse_text(text, "a.txt").published == "2021-01-02"


def test_an_event_date_is_not_a_publication_date():
    text = "On May 21, 2021, President Xi Jinping exchanged congratulatory messages with Pakistani President Arif Alvi."
    assert parse_text(text, "a.txt").published is None


def test_directory_reads_every_text_file_in_order(tmp_path: Path):
    (tmp_path / "b.txt").write_text(" date 2022-01-02 B text.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A text.", encoding="utf-8")
    articles = list(read_articles([tmp_path]))
    assert [a.id for a in articles] == ["a.txt", "b.txt"]
    assert articles[1].published == "2022-01-02"


def test_jsonl_fields(tmp_path: Path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "x1", "text": "China and Mexico met.", "date": "2021-01-01", "title": "T", "url": "u"}) + "\n", encoding="utf-8")
    (article,) = read_articles([path])
    assert (article.id, article.published, article.title, article.url) == ("x1", "2021-01-01", "T", "u")


@pytest.mark.parametrize(
    "line, problem",
    [
        ("{not json", "is not valid JSON"),
        (json.dumps({"id": "x"}), "field 'text' is missing"),
        (json.dumps({"text": "China said."}), "field 'id' is missing"),
        (json.dumps({"id": "x", "text": "t", "date": "yesterday"}), "expected YYYY-MM-DD"),
    ],
)
def test_bad_jsonl_line_names_file_line_and_problem(tmp_path: Path, line: str, problem: str):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "ok", "text": "fine"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        list(read_articles([path]))
    assert f"{path}:2" in str(info.value) and problem in str(info.value)


def test_missing_path_binary_and_empty_files_are_clear_errors(tmp_path: Path):
    with pytest.raises(InputError, match="no such file"):
        list(read_articles([tmp_path / "nope.txt"]))
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01\x02")
    with pytest.raises(InputError, match="binary"):
        list(read_articles([binary]))
    empty = tmp_path / "e.txt"
    empty.write_text("  \n", encoding="utf-8")
    with pytest.raises(InputError, match="is empty"):
        list(read_articles([empty]))
    latin = tmp_path / "l.txt"
    latin.write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        list(read_articles([latin]))


def test_inline_markup_is_reduced_to_text():
    article = parse_text("It marks the 200<sup>th</sup> anniversary. See the [Strategy](https://example.org/a.pdf).", "a.txt")
    assert article.text == "It marks the 200th anniversary. See the Strategy."


def test_input_error_names_source_and_position_apart(tmp_path: Path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "ok", "text": "fine"}\n{not json\n', encoding="utf-8")
    errors: list[InputError] = []
    assert [a.id for a in read_articles([path], on_error=errors.append)] == ["ok"]
    (error,) = errors
    assert (error.where, error.source, error.position) == (f"{path}:2", str(path), 2)
    assert str(error) == f"{error.where}: {error.problem}"


def test_input_error_keeps_its_old_form():
    error = InputError("a.txt", "is empty")
    assert (str(error), error.source, error.position) == ("a.txt: is empty", "a.txt", None)


def test_text_longer_than_the_limit_is_an_error(tmp_path: Path):
    path = tmp_path / "long.txt"
    path.write_text("China said. " * 100, encoding="utf-8")
    with pytest.raises(InputError, match="1,200 characters long, more than the limit of 1,000"):
        list(read_articles([path], options=ReadOptions(max_chars=1000)))
    assert len(list(read_articles([path]))) == 1


def test_reader_is_chosen_by_suffix():
    assert [format_of(Path(n)) for n in ("a.TXT", "a.jsonl", "a.tsv", "a.htm", "crawl.warc.gz", "a.warc", "a.atom", "a.xml", "a.pdf", "a.gz")] == [
        "text", "jsonl", "csv", "html", "warc", "warc", "feed", "feed", None, None]


def test_directory_without_readable_files_lists_the_suffixes(tmp_path: Path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match=r"holds no files Accord reads \(.*\.warc\.gz"):
        list(read_articles([tmp_path]))
