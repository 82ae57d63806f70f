"""`accord ingest`, `failures`, `events` and `export` as a user runs them, and a run
killed with SIGKILL in the middle of an ingest."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT

from accord.cli import main
from accord.export import GDELT_COLUMNS
from accord.store import open_store


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def stored(tmp_path, capsys) -> str:
    db = str(tmp_path / "accord.db")
    code, _, err = run(capsys, "ingest", str(EXAMPLES), "--db", db, "--quiet")
    assert code == 0, err
    return db


def test_ingest_ends_with_a_summary(tmp_path, capsys):
    db = str(tmp_path / "accord.db")
    code, _, err = run(capsys, "ingest", str(EXAMPLES), "--db", db)
    assert code == 0
    assert "accord: stored 5 articles" in err  # progress, after the commit
    assert re.search(r"read 5, coded 5, unchanged 0, skipped 0, failed 0", err)
    code, _, err = run(capsys, "ingest", str(EXAMPLES), "--db", db, "--quiet")
    assert "read 5, coded 0, unchanged 5" in err


def test_a_failed_article_is_listed_and_the_exit_status_says_so(tmp_path, capsys):
    db = str(tmp_path / "accord.db")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1", "text": "China and Russia held talks in Beijing on Monday."}\n{"id": 2}\n')
    code, _, err = run(capsys, "ingest", str(bad), "--db", db, "--quiet")
    assert code == 1
    assert f"accord: failed {bad}:2: field 'text' is missing or empty" in err
    code, out, _ = run(capsys, "failures", "--db", db)
    assert code == 0 and f"{bad}:2: field 'text' is missing or empty [attempts 1]" in out


def test_a_missing_path_is_one_line_and_a_non_zero_exit(tmp_path, capsys):
    code, _, err = run(capsys, "ingest", str(tmp_path / "nowhere"), "--db", str(tmp_path / "a.db"))
    assert code == 1
    assert err.strip().splitlines()[-1].endswith("nowhere: no such file or directory")


def test_a_wrong_db_url_is_one_line_and_a_non_zero_exit(capsys):
    code, _, err = run(capsys, "events", "--db", "oracle://scott@tiger/db")
    assert code == 1
    assert err.strip() == ("accord: error: --db 'oracle://scott@tiger/db': unsupported scheme 'oracle'; "
                           "expected a file path, sqlite:///PATH or postgresql://USER@HOST/DB")


def test_events_are_queried_by_dyad_and_written_as_csv(stored, capsys):
    code, out, _ = run(capsys, "events", "--db", stored, "--dyad", "MLI-CHN", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows
    assert all({r["source"], r["target"]} == {"CHN", "MLI"} for r in rows)


def test_a_bad_filter_names_the_option_and_what_it_expects(stored, capsys):
    code, _, err = run(capsys, "events", "--db", stored, "--dyad", "China-Russia")
    assert code == 1
    assert "dyad='China-Russia': expected two ISO alpha-3 codes joined by '-'" in err


def test_gdelt_export_has_gdelts_61_columns_in_order(stored, capsys):
    code, out, _ = run(capsys, "export", "--db", stored, "--format", "gdelt", "--root", "04")
    lines = out.splitlines()
    assert code == 0 and lines
    assert len(GDELT_COLUMNS) == 61 and GDELT_COLUMNS[26] == "EventCode" and GDELT_COLUMNS[-1] == "SOURCEURL"
    for line in lines:
        values = dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True))
        assert values["EventRootCode"] == "04" and values["QuadClass"] == "1"
        assert re.fullmatch(r"\d{8}", values["SQLDATE"])


def test_plover_export_uses_the_plover_field_names(stored, capsys):
    code, out, _ = run(capsys, "export", "--db", stored, "--format", "plover", "--dyad", "CHN-MLI")
    records = [json.loads(line) for line in out.splitlines()]  # JSON Lines, as the PLOVER manual suggests
    assert code == 0 and records
    first = records[0]
    assert {"id", "date", "actor", "recipient", "event", "text"} <= set(first) and isinstance(first["event"], list)
    assert first["actor"][0]["code"] in ("CHN", "MLI")


def test_parquet_export_reads_back_with_every_event(stored, tmp_path, capsys):
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    code, _, err = run(capsys, "export", "--db", stored, "--format", "parquet", "-o", str(path))
    table = pq.read_table(path)
    with open_store(stored) as store:
        assert table.num_rows == store.scalar("SELECT COUNT(*) FROM events WHERE asserted = 1")
    assert f"exported {table.num_rows} event(s)" in err
    assert "goldstein" in table.column_names


def many_articles(folder: Path, n: int) -> Path:
    """n distinct articles: the examples, each with a numbered closing line."""
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    for i in range(n):
        (folder / f"{i:04d}.txt").write_text(texts[i % len(texts)] + f"\n\nReport number {i}.\n", encoding="utf-8")
    return folder


def test_a_run_killed_mid_ingest_loses_nothing_it_reported_and_resumes_without_duplicates(tmp_path):
    corpus = many_articles(tmp_path / "corpus", 120)
    db = str(tmp_path / "accord.db")
    command = [sys.executable, "-m", "accord.cli", "ingest", str(corpus), "--db", db, "--batch-size", "5"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    reported = 0
    assert process.stderr is not None
    deadline = time.monotonic() + 120
    for line in process.stderr:
        match = re.match(r"accord: stored (\d+) articles", line)
        if match:
            reported = int(match.group(1))
        if reported >= 20 or time.monotonic() > deadline:
            break
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert 20 <= reported < 120
    with open_store(db) as store:
        kept = store.count("articles")
        assert kept >= reported
        orphans = store.scalar("SELECT COUNT(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)")
        assert orphans == 0
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    clean = str(tmp_path / "clean.db")
    subprocess.run([*command[:-4], "--db", clean], check=True, capture_output=True, cwd=ROOT)
    with open_store(db) as resumed, open_store(clean) as uninterrupted:
        for table in ("articles", "events", "actors", "mentions", "relations", "topics"):
            assert resumed.count(table) == uninterrupted.count(table), table
        assert resumed.count("articles") == 120


FORMATS = ROOT / "tests" / "data" / "formats"


def test_every_input_format_is_ingested_with_its_metadata(tmp_path, capsys):
    db = str(tmp_path / "accord.db")
    code, _, err = run(capsys, "ingest", str(FORMATS), "--db", db, "--quiet", "--csv-id", "story_id", "--csv-title", "headline",
                       "--csv-date", "pub_date", "--csv-source", "outlet", "--csv-url", "link", "--csv-text", "body")
    assert code == 0, err
    with open_store(db) as store:
        origins = {Path(r["origin"].split(":")[0].split(" ")[0]).name for r in store.rows("SELECT origin FROM articles")}
        assert {"readout.html", "readouts.warc.gz", "readouts.csv"} <= origins
        assert origins & {"readouts.rss", "readouts.atom"}
        assert store.scalar("SELECT COUNT(*) FROM articles WHERE url IS NOT NULL AND title IS NOT NULL") >= 3
        assert store.count("events") > 0
    assert re.search(r"unchanged [1-9]", err)  # the same readout in several formats is one article


def test_a_non_english_article_is_stored_as_skipped_with_its_language(tmp_path, capsys):
    db = str(tmp_path / "accord.db")
    code, _, err = run(capsys, "ingest", str(FORMATS / "bad" / "non-english.txt"), "--db", db, "--quiet")
    assert code == 0 and "skipped 1" in err
    with open_store(db) as store:
        [row] = store.rows("SELECT status, language, reason FROM articles")
        assert row == {"status": "skipped", "language": "fr", "reason": "language is 'fr', not en"}
        assert store.count("events") == 0


@pytest.mark.parametrize("name, reason", [
    ("truncated.warc.gz", "byte"),
    ("malformed.csv", "malformed.csv"),
    ("malformed.rss", "malformed.rss"),
    ("binary.html", "binary"),
    ("empty.csv", "empty.csv"),
])
def test_each_bad_sample_is_a_recorded_failure(name, reason, tmp_path, capsys):
    db = str(tmp_path / "accord.db")
    code, _, err = run(capsys, "ingest", str(FORMATS / "bad" / name), "--db", db, "--quiet")
    assert code == 1 and "accord: failed" in err and reason in err
    with open_store(db) as store:
        assert store.failures() and all(f.source.endswith(name) for f in store.failures())


def test_watch_polls_a_feed_and_stores_only_what_is_new(tmp_path, capsys):
    db = str(tmp_path / "accord.db")
    code, _, err = run(capsys, "watch", str(FORMATS / "readouts.rss"), "--db", db, "--polls", "2", "--interval", "0")
    assert code == 0
    assert "poll 1: read 3, coded 3" in err and "poll 2: read 3, coded 0, unchanged 3" in err


def test_quotes_and_stories_are_exported_too(stored, tmp_path, capsys):
    import pyarrow.parquet as pq

    code, out, _ = run(capsys, "export", "--db", stored, "--table", "quotes", "--format", "jsonl")
    quotes = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and any(q["speaker"] == "Xi Jinping" and q["kind"] == "indirect" for q in quotes)
    path = tmp_path / "stories.parquet"
    code, _, _ = run(capsys, "export", "--db", stored, "--table", "stories", "--format", "parquet", "-o", str(path))
    assert code == 0 and {"story_id", "num_articles", "num_sources"} <= set(pq.read_table(path).column_names)
    code, _, err = run(capsys, "export", "--db", stored, "--table", "quotes", "--format", "gdelt")
    assert code == 1 and "--format gdelt is for events" in err
