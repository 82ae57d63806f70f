"""The database: ingesting the bundled examples, re-ingesting, re-coding after a coder
upgrade, recording failures and retrying them, on SQLite and on PostgreSQL alike."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import EXAMPLES

from accord import ingest as ingest_module
from accord.formats.options import ReadOptions
from accord.ingest import IngestOptions, coder_version, ingest
from accord.query import EventFilter, count_events, get_article, query_events
from accord.store import MIGRATIONS, StoreError, open_store

TABLES = ("articles", "events", "actors", "mentions", "relations", "topics")


def counts(store) -> dict[str, int]:
    return {table: store.count(table) for table in TABLES}


def test_ingesting_the_examples_stores_every_article_with_its_events(db):
    with open_store(db) as store:
        summary = ingest([str(EXAMPLES)], store)
        assert (summary.read, summary.coded, summary.failed) == (5, 5, 0)
        assert store.count("articles") == 5
        assert store.count("events") > 20
        mali = query_events(store, EventFilter(dyad="CHN-MLI"))
        assert {e["cameo"][:2] for e in mali} >= {"03", "05"}
        assert all(e["coder_version"] == coder_version() for e in mali)
        article = get_article(store, mali[0]["article_id"])
        assert article is not None and "N’Daw" in article["text"]
        assert any(a["name"] == "Xi Jinping" for a in article["actors"])


def test_ingesting_the_same_articles_again_changes_nothing(db, tmp_path):
    copy = tmp_path / "again"
    shutil.copytree(EXAMPLES, copy)  # the same content under other names is the same article
    with open_store(db) as store:
        ingest([str(EXAMPLES)], store)
        before = counts(store)
        summary = ingest([str(EXAMPLES), str(copy)], store)
        assert (summary.read, summary.coded, summary.unchanged) == (10, 0, 10)
        assert counts(store) == before


def test_a_coder_upgrade_recodes_and_replaces_an_articles_rows(db, monkeypatch):
    with open_store(db) as store:
        monkeypatch.setattr(ingest_module, "coder_version", lambda: "0.0.1+older")
        ingest([str(EXAMPLES)], store)
        old = counts(store)
        monkeypatch.undo()
        summary = ingest([str(EXAMPLES)], store)
        assert summary.coded == 5
        assert counts(store) == old
        versions = store.rows("SELECT DISTINCT coder_version FROM events")
        assert versions == [{"coder_version": coder_version()}]


def test_bad_inputs_are_recorded_and_the_batch_goes_on(db, tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(EXAMPLES, folder)
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (folder / "long.txt").write_text("Wang Yi met Sergey Lavrov in Moscow on Tuesday. " * 100)
    (folder / "batch.jsonl").write_text('{"id": "a", "text": "Xi met Putin in Moscow on Tuesday."}\n{"id": "b", "text": \n')
    with open_store(db) as store:
        summary = ingest([str(folder)], store, IngestOptions(read=ReadOptions(max_chars=4000)))
        reasons = {Path(f.source).name + ":" + f.position: f.reason for f in store.failures()}
        assert summary.coded == 6  # the examples and the good JSON line
        assert summary.failed == len(reasons) == 4
        assert reasons["batch.jsonl:2"].startswith("is not valid JSON")
        assert "empty" in reasons["empty.txt:"]
        assert "binary" in reasons["binary.txt:"]
        assert "more than the limit of 4,000" in reasons["long.txt:"]


def test_retrying_failures_after_fixing_the_input_resolves_them(db, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    broken = folder / "batch.jsonl"
    broken.write_text('{"id": "a", "text": \n')
    with open_store(db) as store:
        ingest([str(folder)], store)
        assert len(store.failures()) == 1
        broken.write_text('{"id": "a", "text": "Wang Yi held talks with Sergey Lavrov in Beijing on Monday."}\n')
        summary = ingest([], store, retry_failed=True)
        assert (summary.coded, summary.failed) == (1, 0)
        assert store.failures() == []
        assert store.failures(include_resolved=True)[0].resolved_at is not None


def test_failing_again_counts_another_attempt_not_another_row(db, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("   ")
    with open_store(db) as store:
        ingest([str(bad)], store)
        ingest([], store, retry_failed=True)
        [failure] = store.failures()
        assert failure.attempts == 2


def test_filters_narrow_the_events(db):
    with open_store(db) as store:
        ingest([str(EXAMPLES)], store)
        everything = count_events(store, EventFilter())
        consult = query_events(store, EventFilter(root="04", limit=1000))
        assert 0 < len(consult) < everything
        assert all(e["cameo"].startswith("04") for e in consult)
        by_actor = query_events(store, EventFilter(actor="wang yi", limit=1000))
        assert by_actor and all("Wang Yi" in (e["source_actor"], e["target_actor"]) for e in by_actor)
        assert query_events(store, EventFilter(country="MEX", since="2021-01", until="2021-12")) == []
        in_2020 = query_events(store, EventFilter(country="MEX", since="2020-12", until="2020-12-31"))
        assert in_2020 and all(e["date"].startswith("2020-12") for e in in_2020)


def test_schema_is_migrated_once_and_recorded(db):
    with open_store(db) as store:
        assert store.schema_version() == MIGRATIONS[-1][0]
        assert store.migrate() == []


def test_an_older_schema_is_upgraded_in_place(tmp_path, monkeypatch):
    path = str(tmp_path / "old.db")
    monkeypatch.setattr("accord.store.MIGRATIONS", MIGRATIONS[:1])
    open_store(path).close()
    monkeypatch.undo()
    with open_store(path) as store:
        assert store.schema_version() == MIGRATIONS[-1][0]


def test_a_file_that_is_not_a_database_is_one_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match=r"notes\.db: cannot be opened as an SQLite database \(file is not a database\)"):
        open_store(str(path))


@pytest.mark.parametrize("location, message", [
    ("mysql://me@host/db", "unsupported scheme 'mysql'"),
    ("/no/such/folder/accord.db", "folder /no/such/folder does not exist"),
    ("postgresql://nobody:secret@127.0.0.1:1/none", "cannot connect"),
])
def test_a_wrong_db_location_is_one_clear_error(location, message):
    with pytest.raises(StoreError, match=message) as error:
        open_store(location)
    assert "secret" not in str(error.value)


def test_querying_a_database_that_does_not_exist_does_not_create_it(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        open_store(str(tmp_path / "none.db"), create=False)
    assert not (tmp_path / "none.db").exists()


def test_readers_see_committed_articles_while_a_run_writes(tmp_path):
    path = str(tmp_path / "accord.db")
    with open_store(path) as store:
        ingest([str(EXAMPLES)], store)
        with store.transaction():  # a writer holds the database...
            store.execute("DELETE FROM topics")
            reader = sqlite3.connect(path)  # ...and a reader still sees the last commit
            assert reader.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 5
            reader.close()


def test_one_call_reported_by_three_outlets_is_one_story_in_the_database(db, tmp_path):
    from test_stories import DISTINCT, SAME_CALL

    feed = tmp_path / "reports.jsonl"
    with feed.open("w") as out:
        for name, (text, outlet) in {**SAME_CALL, **DISTINCT}.items():
            date, body = text.split(" ", 3)[2], text.split(" ", 3)[3]
            out.write(json.dumps({"id": name, "text": body, "date": date, "source": outlet}) + "\n")
    with open_store(db) as store:
        ingest([str(feed)], store)
        usa_chn = store.rows("SELECT date, cameo, num_articles, num_sources FROM stories WHERE source = 'USA' AND target = 'CHN' ORDER BY date")
        assert [(s["date"], s["num_articles"], s["num_sources"]) for s in usa_chn] == [
            ("2022-03-18", 1, 1), ("2022-07-28", 4, 3), ("2022-11-14", 1, 1)]
        linked = store.scalar("SELECT COUNT(*) FROM events WHERE asserted = 1 AND story_id IS NULL")
        assert linked == 0
        # re-coding one report regroups its dyads without duplicating a story
        before = store.count("stories")
        from accord.ingest import refresh_stories
        refresh_stories(store)
        assert store.count("stories") == before


def test_filters_take_organisation_codes_but_not_names():
    from accord.query import QueryError

    assert EventFilter(source="EU", dyad="NATO-RUS").check()
    for bad in ({"source": "CHINA"}, {"dyad": "CHN-XYZW"}):
        with pytest.raises(QueryError, match="expected"):
            EventFilter(**bad).check()
