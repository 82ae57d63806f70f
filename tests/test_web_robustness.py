"""Hostile and unlucky requests (issue #14): a 500 is JSON with the security headers, a
405 names the methods allowed, /api/extract answers 4xx for dates and text it cannot take
and 503 past its time budget, a corrupted database is one clear line."""

from __future__ import annotations

import csv
import io

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402
from webutil import copy_of_example_db, example_db  # noqa: E402

from accord import query  # noqa: E402
from accord.store import StoreError, open_store  # noqa: E402
from accord.web import create_app  # noqa: E402


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(example_db()), raise_server_exceptions=False)


def test_a_wrong_method_is_a_405_naming_the_allowed_ones(client):
    answer = client.post("/api/events")
    assert answer.status_code == 405 and answer.headers["allow"] == "GET"
    assert answer.json()["detail"]


def test_a_fault_of_the_server_is_a_json_500_with_the_security_headers(client, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(query, "events_page", broken)
    answer = client.get("/api/events")
    assert answer.status_code == 500 and "RuntimeError" in answer.json()["detail"]
    assert answer.headers["x-content-type-options"] == "nosniff" and "frame-ancestors" in answer.headers["content-security-policy"]


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31"])
def test_extract_at_the_ends_of_the_calendar_resolves_what_it_can(client, date):
    answer = client.post("/api/extract", json={"text": "China and Mexico signed an agreement last week and will meet next week.", "date": date})
    assert answer.status_code == 200, answer.text


@pytest.mark.parametrize("text", [" date 2021-02-30\nChina met Mexico.", " date 0000-01-01\nChina met Mexico.", " date 2021-13-01 China met Mexico."])
def test_extract_of_a_text_with_an_impossible_date_line_is_a_400_naming_it(client, text):
    answer = client.post("/api/extract", json={"text": text})
    assert answer.status_code == 400 and text.split()[1] in answer.json()["detail"]


def test_extract_of_a_lone_surrogate_is_a_422(client):
    answer = client.post("/api/extract", content=b'{"text": "China met \\ud800 Mexico."}', headers={"content-type": "application/json"})
    assert answer.status_code == 422 and "text" in answer.json()["detail"]


def test_extract_past_its_time_budget_is_a_503_and_frees_the_coder_later(monkeypatch):
    app = create_app(example_db())
    app.state.config.extract_seconds = 0.001
    client = TestClient(app, raise_server_exceptions=False)
    answer = client.post("/api/extract", json={"text": "China and Mexico signed an agreement. " * 2000})
    assert answer.status_code == 503 and "longer than" in answer.json()["detail"]
    assert app.state.config.coding.acquire(timeout=60)  # the slot comes back when the coding ends
    app.state.config.coding.release()


def corrupt(path: str) -> None:
    """Damage the pages after the schema's, as a bad disk or a copy cut short would."""
    data = bytearray(open(path, "rb").read())
    for offset in range(len(data) // 2, len(data) - 4096, 4096):
        data[offset + 100:offset + 300] = b"\xa5" * 200
    open(path, "wb").write(bytes(data))


def test_a_damaged_database_is_found_before_work_and_reported_in_one_line(tmp_path, capsys):
    from accord.cli import main

    path = copy_of_example_db(tmp_path)
    corrupt(path)
    assert main(["ingest", "--db", path, "--quiet", str(tmp_path)]) == 1
    assert main(["repair", "--db", path]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("accord: error:") and "corrupted" in line for line in err)
    with pytest.raises(StoreError, match="corrupted"):
        create_app(path)


def test_a_full_disk_and_a_read_only_database_are_one_clear_error(tmp_path):
    import sqlite3

    from webutil import EXAMPLES

    from accord.ingest import ingest
    from accord.store import Store

    path = str(tmp_path / "full.db")
    with open_store(path) as store:
        pages = store.scalar("PRAGMA page_count")
        store.execute(f"PRAGMA max_page_count = {pages + 2}")  # what a full disk looks like to SQLite
        with pytest.raises(StoreError, match="disk is full"):
            ingest([str(EXAMPLES)], store)
    read_only = Store("sqlite", sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None), path)
    with pytest.raises(StoreError, match="read-only"):
        ingest([str(EXAMPLES)], read_only)


def test_a_hostile_title_and_link_are_neither_run_nor_linked(tmp_path):
    import json

    from accord.ingest import ingest

    path = copy_of_example_db(tmp_path)
    feed = tmp_path / "hostile.jsonl"
    feed.write_text(json.dumps({"id": "h", "text": "China and Mexico signed an agreement in Beijing on Monday.", "date": "2021-05-05",
                                "title": '=HYPERLINK("http://evil.example","click")', "url": "javascript:alert(1)"}) + "\n")
    with open_store(path) as store:
        ingest([str(feed)], store)
        assert store.scalar("SELECT url FROM articles WHERE article_key = 'h'") is None
    answer = TestClient(create_app(path)).get("/api/articles.csv", params={"limit": 100})
    assert answer.status_code == 200 and "'=HYPERLINK" in answer.text and '\n=HYPERLINK' not in answer.text


def test_a_long_page_of_events_is_streamed_and_is_the_same_json(client):
    normal = client.get("/api/events", params={"limit": 1000, "include_unasserted": "true"})
    streamed = client.get("/api/events", params={"limit": 1001, "include_unasserted": "true"})
    assert normal.status_code == streamed.status_code == 200
    assert "content-length" not in streamed.headers  # written while sent
    assert {**normal.json(), "limit": 1001} == streamed.json() and streamed.json()["events"]
    csv_page = client.get("/api/events.csv", params={"limit": 1001})
    rows = list(csv.DictReader(io.StringIO(csv_page.text)))
    assert csv_page.status_code == 200 and len(rows) == len(client.get("/api/events", params={"limit": 1001}).json()["events"])
