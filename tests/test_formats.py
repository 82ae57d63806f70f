"""Reading every input format from the samples in tests/data/formats (White House
readouts, public domain; built by tools/build_format_samples.py), and each kind of bad
input reported with its file and position while the rest is read."""

from __future__ import annotations

import csv
import functools
import gzip
import http.server
import io
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.errors import InputError
from accord.read import CsvColumns, ReadOptions, read_articles
from accord.records import Article

FORMATS = Path(__file__).resolve().parent / "data" / "formats"
BAD = FORMATS / "bad"
XI_URL = "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2022/07/28/readout-of-president-bidens-call-with-president-xi-jinping-of-the-peoples-republic-of-china/"
XI_TITLE = "Readout of President Biden’s Call with President Xi Jinping of the People’s Republic of China"
SAMPLE_COLUMNS = CsvColumns(text="body", id="story_id", date="pub_date", title="headline", url="link", source="outlet")


def read_all(*paths: str | Path, options: ReadOptions | None = None) -> tuple[list[Article], list[InputError]]:
    """Everything read, and every error reported on the way."""
    errors: list[InputError] = []
    articles = list(read_articles(list(paths), on_error=errors.append, options=options))
    return articles, errors


# CSV


def test_csv_with_its_own_column_names():
    articles, errors = read_all(FORMATS / "readouts.csv", options=ReadOptions(csv=SAMPLE_COLUMNS))
    assert errors == []
    assert [(a.id, a.published, a.source) for a in articles] == [
        ("001", "2022-07-28", "The White House"),
        ("003", "2021-12-09", "The White House"),
        ("005", "2022-04-11", "The White House"),
    ]
    xi = articles[0]
    assert (xi.title, xi.url, xi.origin) == (XI_TITLE, XI_URL, f"{FORMATS / 'readouts.csv'}:2")
    assert xi.text.startswith("President Joseph R. Biden Jr. spoke today with President Xi Jinping")


def test_csv_without_the_configured_text_column_names_the_columns_it_has():
    (error,) = read_all(FORMATS / "readouts.csv")[1]
    assert error.position == 1 and error.source == str(FORMATS / "readouts.csv")
    assert "no column 'text'" in error.problem and "'body'" in error.problem and "--csv-text" in error.problem


def test_malformed_csv_rows_are_errors_at_their_line_and_the_rest_is_read():
    articles, errors = read_all(BAD / "malformed.csv", options=ReadOptions(csv=SAMPLE_COLUMNS))
    assert [a.id for a in articles] == ["001", "005b"]
    assert [(e.position, e.problem) for e in errors] == [
        (3, "column 'body' is empty"),
        (4, "column 'pub_date' is '11 April', expected YYYY-MM-DD"),
        (5, "row has 2 fields, the header has 6"),
    ]
    assert str(errors[1]) == f"{BAD / 'malformed.csv'}:4: column 'pub_date' is '11 April', expected YYYY-MM-DD"


def test_tsv_with_default_columns_and_no_id_column_names_rows_by_line(tmp_path: Path):
    path = tmp_path / "news.tsv"
    path.write_text("date\ttext\n2021-05-21\tChina and Pakistan exchanged messages.\n", encoding="utf-8")
    (article,) = read_articles([path])
    assert (article.id, article.published, article.text) == ("news.tsv:2", "2021-05-21", "China and Pakistan exchanged messages.")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.from_regex(r"[A-Za-z0-9]{1,8}", fullmatch=True),
                          st.text(alphabet=st.sampled_from("Ab c,.;\"'\n\t-é"), min_size=1, max_size=60).filter(lambda t: t.strip())),
                min_size=1, max_size=6))
def test_csv_reads_back_what_csv_writes_with_the_line_each_row_starts_on(tmp_path_factory, rows):
    path = tmp_path_factory.mktemp("csv") / "rows.csv"
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "text"])
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    articles = list(read_articles([path]))
    assert [(a.id, a.text) for a in articles] == rows
    lines, expected = 2, []
    for _, text in rows:
        expected.append(f"{path}:{lines}")
        lines += 1 + text.count("\n")
    assert [a.origin for a in articles] == expected


# HTML


def test_html_page_gives_main_text_and_metadata():
    (article,) = read_articles([FORMATS / "readout.html"])
    assert (article.id, article.published, article.title, article.source, article.url) == (
        "readout.html", "2022-07-28", XI_TITLE, "The White House", XI_URL)
    assert "President Joseph R. Biden Jr. spoke today with President Xi Jinping" in article.text
    assert "Privacy Policy" not in article.text and "Pennsylvania Ave" not in article.text


def test_html_page_without_text_is_an_error(tmp_path: Path):
    path = tmp_path / "menu.html"
    path.write_text("<html><head><title>Menu</title></head><body><div></div></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no article text found in the page"):
        list(read_articles([path]))


# WARC


def test_warc_gives_one_article_per_html_response():
    articles, errors = read_all(FORMATS / "readouts.warc.gz")
    assert errors == []
    assert [(a.id, a.published) for a in articles] == [
        ("urn:uuid:00000000-0000-4000-8000-200000000001", "2022-07-28"),
        ("urn:uuid:00000000-0000-4000-8000-200000000002", "2021-12-09"),
        ("urn:uuid:00000000-0000-4000-8000-200000000003", "2022-04-11"),
    ]
    assert (articles[0].url, articles[0].title, articles[0].source) == (XI_URL, XI_TITLE, "The White House")
    assert articles[0].origin == f"{FORMATS / 'readouts.warc.gz'} at byte 673"


def test_uncompressed_warc(tmp_path: Path):
    path = tmp_path / "crawl.warc"
    path.write_bytes(gzip.decompress((FORMATS / "readouts.warc.gz").read_bytes()))
    assert len(read_all(path)[0]) == 3


def test_truncated_warc_keeps_the_records_before_and_names_the_offset():
    articles, errors = read_all(BAD / "truncated.warc.gz")
    assert len(articles) == 2
    (error,) = errors
    assert (error.source, error.position) == (str(BAD / "truncated.warc.gz"), 4121)
    assert str(error).startswith(f"{BAD / 'truncated.warc.gz'} at byte 4121: record is truncated")


def test_corrupt_warc_record_is_an_error_at_its_offset(tmp_path: Path):
    good = (FORMATS / "readouts.warc.gz").read_bytes()
    path = tmp_path / "corrupt.warc.gz"
    path.write_bytes(good[:2500] + bytes(b ^ 0x55 for b in good[2500:2600]) + good[2600:])
    articles, (error,) = read_all(path)
    assert len(articles) == 1 and error.position == 2395 and "record is corrupt" in error.problem


def test_file_that_is_not_a_warc(tmp_path: Path):
    path = tmp_path / "notes.warc.gz"
    path.write_bytes(gzip.compress(b"just some notes\n"))
    with pytest.raises(InputError, match="is not a WARC file"):
        list(read_articles([path]))


# Feeds


def test_rss_feed_entries_are_articles():
    articles, errors = read_all(FORMATS / "readouts.rss")
    assert errors == []
    assert [a.published for a in articles] == ["2022-07-28", "2021-12-09", "2022-04-11"]
    xi = articles[0]
    assert (xi.id, xi.url, xi.title, xi.source) == (XI_URL, XI_URL, XI_TITLE, "The White House")
    assert xi.origin == f"{FORMATS / 'readouts.rss'} entry 1"
    assert xi.text.startswith("President Joseph R. Biden Jr. spoke today") and "<p>" not in xi.text


def test_atom_feed_entries_are_articles_dated_in_the_feeds_time_zone():
    articles, errors = read_all(FORMATS / "readouts.atom")
    assert errors == [] and [a.published for a in articles] == ["2021-12-09", "2022-04-11"]
    assert "Zelenskyy" in (articles[0].title or "") and "Normandy Format" in articles[0].text


def test_malformed_feed_reports_the_bad_entry_and_the_fault():
    articles, errors = read_all(BAD / "malformed.rss")
    assert articles == []
    assert [(e.position, e.problem) for e in errors][0] == (1, "entry has no content or summary")
    assert errors[1].position is None and "is not a well-formed feed (line 12" in errors[1].problem


def test_xml_that_is_not_a_feed(tmp_path: Path):
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>https://example.org/</loc></url></urlset>', encoding="utf-8")
    with pytest.raises(InputError, match="is not an RSS or Atom feed"):
        list(read_articles([path]))


@pytest.fixture
def local_server() -> Iterator[str]:
    """The samples served on 127.0.0.1: tests never reach the internet."""
    handler = functools.partial(QuietHandler, directory=str(FORMATS))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def test_feed_from_a_url(local_server: str):
    url = f"{local_server}/readouts.atom"
    articles, errors = read_all(url)
    assert errors == [] and len(articles) == 2
    assert articles[1].origin == f"{url} entry 2" and articles[1].published == "2022-04-11"


def test_feed_url_that_fails_names_the_url_and_status(local_server: str):
    url = f"{local_server}/missing.rss"
    (error,) = read_all(url)[1]
    assert error.source == url and error.problem == "could not be fetched (HTTP 404 File not found)"


# Bad input whatever the format


@pytest.mark.parametrize("name, problem", [("binary.html", "looks like a binary file"), ("empty.csv", "is empty")])
def test_binary_and_empty_files(name: str, problem: str):
    (error,) = read_all(BAD / name)[1]
    assert problem in error.problem and error.source == str(BAD / name) and error.position is None


@pytest.mark.parametrize("sample, options", [
    ("readout.html", ReadOptions(max_chars=500)),
    ("readouts.csv", ReadOptions(max_chars=500, csv=SAMPLE_COLUMNS)),
    ("readouts.rss", ReadOptions(max_chars=500)),
    ("readouts.warc.gz", ReadOptions(max_chars=500)),
])
def test_articles_over_the_size_limit_are_errors_in_every_format(sample: str, options: ReadOptions):
    articles, errors = read_all(FORMATS / sample, options=options)
    assert articles == [] and errors
    assert all("more than the limit of 500" in e.problem and e.source == str(FORMATS / sample) for e in errors)


def test_a_directory_holds_every_format():
    articles, errors = read_all(FORMATS, options=ReadOptions(csv=SAMPLE_COLUMNS))
    assert errors == []
    assert len(articles) == 1 + 2 + 3 + 3 + 3  # html, atom, csv, rss, warc


def test_extract_command_takes_csv_column_names(capsys):
    from accord.cli import main

    args = ["extract", str(FORMATS / "readouts.csv"), "--jsonl", "--csv-text", "body", "--csv-id", "story_id", "--csv-date", "pub_date"]
    assert main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line[:40] for line in lines] == ['{"article": "001", "published": "2022-07', '{"article": "003", "published": "2021-12', '{"article": "005", "published": "2022-04']
