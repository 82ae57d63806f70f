"""The REST API and the dashboard's pages, in process (FastAPI's TestClient) over a
database coded from the bundled examples; and the summary queries they share with the
CLI, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import warnings
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
warnings.filterwarnings("ignore", message=".*httpx.*")

from fastapi.testclient import TestClient  # noqa: E402
from webutil import EXAMPLES, copy_of_example_db, example_db  # noqa: E402

from accord import query  # noqa: E402
from accord.store import StoreError, open_store  # noqa: E402
from accord.web import create_app  # noqa: E402


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(example_db()), raise_server_exceptions=True)


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


# -- events -------------------------------------------------------------------------------

def test_events_page_has_total_limit_offset(client: TestClient) -> None:
    page = client.get("/api/events", params={"limit": 3}).json()
    assert page["limit"] == 3 and page["offset"] == 0 and len(page["events"]) == 3
    assert page["total"] > 3
    following = client.get("/api/events", params={"limit": 3, "offset": 3}).json()
    assert {e["id"] for e in page["events"]}.isdisjoint(e["id"] for e in following["events"])
    everything = client.get("/api/events", params={"limit": 1000}).json()
    assert len(everything["events"]) == everything["total"] == page["total"]


@pytest.mark.parametrize("params", [
    {"dyad": "CHN-MEX"}, {"dyad": "mex-chn"}, {"country": "PAK"}, {"source": "CHN"}, {"target": "MEX"}, {"actor": "wang yi"},
    {"root": "04"}, {"cameo": "04"}, {"plover": "consult"}, {"quad_class": 1}, {"modality": "asserted"},
    {"since": "2021-01-01", "until": "2021-12"}, {"text": "phone"},
])
def test_each_filter_narrows_to_matching_events(client: TestClient, params: dict[str, Any]) -> None:
    everything = client.get("/api/events", params={"limit": 1000}).json()
    page = client.get("/api/events", params={**params, "limit": 1000}).json()
    assert 0 < page["total"] <= everything["total"], params
    for e in page["events"]:
        if "dyad" in params:
            assert {e["source"], e["target"]} == set(params["dyad"].upper().split("-"))
        if "country" in params:
            assert params["country"] in (e["source"], e["target"])
        if "root" in params:
            assert e["cameo_root"] == params["root"]
        if "plover" in params:
            assert e["plover"] == "CONSULT"
        if "quad_class" in params:
            assert e["quad_class"] == 1
        if "actor" in params:
            assert "wang yi" in f"{e['source_actor']} {e['target_actor']}".lower()
        if "since" in params:
            assert "2021-01-01" <= e["date"] <= "2021-12-99"
        if "text" in params:
            assert "phone" in e["sentence"].lower()


def test_events_csv_by_parameter_and_by_path_are_the_json_rows(client: TestClient) -> None:
    page = client.get("/api/events", params={"dyad": "CHN-MEX", "limit": 1000}).json()
    by_param = client.get("/api/events", params={"dyad": "CHN-MEX", "limit": 1000, "format": "csv"})
    by_path = client.get("/api/events.csv", params={"dyad": "CHN-MEX", "limit": 1000})
    assert by_param.headers["content-type"].startswith("text/csv")
    assert by_param.text == by_path.text
    assert by_param.headers["x-total-count"] == str(page["total"])
    rows = rows_of(by_param.text)
    assert [r["id"] for r in rows] == [e["id"] for e in page["events"]]
    assert rows[0]["cameo"] == page["events"][0]["cameo"]


@pytest.mark.parametrize("params, words", [
    ({"dyad": "CHN"}, "expected two ISO alpha-3 codes"),
    ({"source": "Narnia"}, "expected an ISO 3166 alpha-3 code"),  # a name it knows ("China") is as good as the code
    ({"root": "21"}, "expected a CAMEO root from 01 to 20"),
    ({"cameo": "4x"}, "expected a CAMEO code of 2 to 4 digits"),
    ({"quad_class": 7}, "expected 1, 2, 3 or 4"),
    ({"modality": "maybe"}, "expected one of asserted"),
    ({"since": "May 2021"}, "expected YYYY, YYYY-MM or YYYY-MM-DD"),
    ({"limit": 0}, "limit=0: expected 1 to 100000"),
    ({"text": "a\x00b"}, "NUL"),
])
def test_a_wrong_filter_is_a_400_with_the_query_error_message(client: TestClient, params: dict[str, Any], words: str) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 400
    assert words in response.json()["detail"]


@pytest.mark.parametrize("url", ["/api/events?limit=ten", "/api/events?offset=-1", "/api/events?offset=99999999999999999999999",
                                 "/api/events?format=xml", "/api/network?weight=heavy", "/api/dyads/CHN-RUS/timeline?interval=year"])
def test_a_malformed_parameter_is_a_422_naming_it(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 422
    name = url.split("?")[1].split("=")[0]
    assert name in response.json()["detail"]


def test_one_event_and_a_missing_one(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 1}).json()["events"][0]
    assert client.get(f"/api/events/{first['id']}").json()["cameo"] == first["cameo"]
    missing = client.get("/api/events/no-such-event")
    assert missing.status_code == 404 and "no-such-event" in missing.json()["detail"]


# -- articles -----------------------------------------------------------------------------

def test_article_has_events_actors_mentions_and_evidence_spans(client: TestClient) -> None:
    listing = client.get("/api/articles").json()
    assert listing["total"] == len(list(EXAMPLES.glob("*.txt")))
    best = max(listing["articles"], key=lambda a: a["events"])
    article = client.get(f"/api/articles/{best['id']}").json()
    assert len([e for e in article["events"] if e["asserted"]]) == best["events"]
    assert article["actors"] and article["mentions"]
    text = article["text"]
    for span in article["evidence"]:
        assert text[span["start"]:span["end"]] == span["text"]
    for mention in article["mentions"]:
        assert text[mention["start_offset"]:mention["end_offset"]] == mention["text"]
    assert client.get("/api/articles/nope").status_code == 404


def test_articles_csv_and_text_search(client: TestClient) -> None:
    found = client.get("/api/articles", params={"text": "Pakistan"}).json()
    assert 0 < found["total"] < 5
    assert len(rows_of(client.get("/api/articles.csv").text)) == 5


# -- aggregates ---------------------------------------------------------------------------

def test_states_and_actors_count_the_events(client: TestClient) -> None:
    events = client.get("/api/events", params={"limit": 1000}).json()["events"]
    states = {s["state"]: s for s in client.get("/api/states", params={"limit": 1000}).json()["states"]}
    for code, state in states.items():
        mine = [e for e in events if code in (e["source"], e["target"])]
        assert state["events"] == len(mine)
        assert state["as_source"] == sum(e["source"] == code for e in events)
        assert state["cooperation"] + state["conflict"] == state["events"]
    actors = client.get("/api/actors", params={"limit": 1000}).json()["actors"]
    wang = next(a for a in actors if a["name"] == "Wang Yi")
    assert wang["country"] == "CHN" and wang["events"] == sum(e["source_actor"] == "Wang Yi" or e["target_actor"] == "Wang Yi" for e in events)
    assert rows_of(client.get("/api/actors.csv").text)[0]["name"] == actors[0]["name"]
    assert len(rows_of(client.get("/api/states", params={"format": "csv", "limit": 1000}).text)) == len(states)


def test_dyad_timeline_counts_by_period(client: TestClient) -> None:
    dyad = client.get("/api/dyads").json()["dyads"][0]["dyad"]
    a, b = dyad.split("-")
    events = [e for e in client.get("/api/events", params={"dyad": dyad, "limit": 1000}).json()["events"] if e["date"]]
    for interval in ("day", "week", "month"):
        data = client.get(f"/api/dyads/{dyad}/timeline", params={"interval": interval}).json()
        assert data["dyad"] == dyad and data["interval"] == interval
        periods = data["periods"]
        every = periods + data["imprecise"] + data["apart"]  # each dated event in one of them, at its precision
        assert sum(p["events"] for p in every) == len(events)
        assert sum(p["a_to_b"] for p in every) == sum(e["source"] == a for e in events)
        assert round(sum(p["goldstein"] for p in every), 1) == round(sum(e["goldstein"] for e in events), 1)
        assert all(x["precision"] != "day" for x in data["imprecise"])
        assert [p["period"] for p in periods] == sorted(p["period"] for p in periods)
        assert all(p["cooperation"] == p["verbal_cooperation"] + p["material_cooperation"] for p in periods)
    csv_rows = rows_of(client.get(f"/api/dyads/{dyad}/timeline.csv", params={"interval": "month"}).text)
    monthly = client.get(f"/api/dyads/{dyad}/timeline", params={"interval": "month"}).json()
    assert sum(int(r["events"]) for r in csv_rows if r["band"] == "period") == sum(p["events"] for p in monthly["periods"])
    assert sum(int(r["events"]) for r in csv_rows) == len(events)  # the bands too: the chart as seen
    assert client.get(f"/api/dyads/{b}-{a}/timeline").json()["periods"]  # either order


def test_network_nodes_and_weighted_edges(client: TestClient) -> None:
    by_count = client.get("/api/network").json()
    by_goldstein = client.get("/api/network", params={"weight": "goldstein"}).json()
    assert by_count["edges"] and {n["state"] for n in by_count["nodes"]} == {x for e in by_count["edges"] for x in (e["source"], e["target"])}
    assert all(e["weight"] == e["events"] == e["a_to_b"] + e["b_to_a"] for e in by_count["edges"])
    assert all(e["weight"] == e["goldstein"] for e in by_goldstein["edges"])
    least = min(e["events"] for e in by_count["edges"]) + 1
    busy = client.get("/api/network", params={"min_events": least}).json()
    assert all(e["events"] >= least for e in busy["edges"]) and len(busy["edges"]) < len(by_count["edges"])
    assert len(rows_of(client.get("/api/network.csv").text)) == len(by_count["edges"])


def test_stats_summarise_the_database(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    total = client.get("/api/events", params={"limit": 1}).json()["total"]
    assert stats["articles"] == 5 and stats["events"] == total
    assert sum(stats["by_root"].values()) == total == stats["cooperation"] + stats["conflict"]
    assert stats["first_date"] <= stats["last_date"]
    figures = {r["figure"]: r["value"] for r in rows_of(client.get("/api/stats.csv").text)}
    assert figures["events"] == str(total) and "by_root.04" in figures


def test_filters_apply_to_aggregates(client: TestClient) -> None:
    assert client.get("/api/stats", params={"country": "PAK"}).json()["events"] < client.get("/api/stats").json()["events"]
    assert {s["state"] for s in client.get("/api/states", params={"dyad": "CHN-MEX"}).json()["states"]} == {"CHN", "MEX"}


# -- coding a text, writing -----------------------------------------------------------------

TEXT = "Chinese Foreign Minister Wang Yi held talks with his Pakistani counterpart in Beijing on Monday."


def test_extract_codes_a_text_and_stores_nothing(client: TestClient) -> None:
    before = client.get("/api/stats").json()["articles"]
    result = client.post("/api/extract", json={"text": TEXT, "date": "2021-05-25"})
    assert result.status_code == 200, result.text
    data = result.json()
    assert data["events"] and data["events"][0]["source"] == "CHN" and data["published"] == "2021-05-25"
    start, end = data["events"][0]["span_start"], data["events"][0]["span_end"]
    assert data["text"][start:end] == data["events"][0]["evidence"]
    assert any(m["name"] == "Wang Yi" for m in data["mentions"])
    assert client.get("/api/stats").json()["articles"] == before


@pytest.mark.parametrize("body, status, words", [
    ({"text": "   "}, 422, "blank"),
    ({"text": "x", "date": "2021-02-30"}, 422, "not a calendar date"),
    ({"text": "x", "path": "/etc/passwd"}, 422, "Extra inputs are not permitted"),
    ({"date": "2021-01-01"}, 422, "text"),
    ({"text": "word " * 30_000}, 413, "over the limit of 100,000"),
])
def test_extract_refuses_bad_bodies(client: TestClient, body: dict[str, Any], status: int, words: str) -> None:
    response = client.post("/api/extract", json=body)
    assert response.status_code == status and words in response.json()["detail"]


def test_request_bodies_over_the_limit_are_refused(client: TestClient) -> None:
    response = client.post("/api/extract", content=b"x" * 1_000_001, headers={"content-type": "application/json"})
    assert response.status_code == 413 and "limit" in response.json()["detail"]

    def chunks() -> Any:  # no Content-Length: counted as it arrives
        for _ in range(20):
            yield b"x" * 100_000

    streamed = client.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413


def test_read_only_by_default(client: TestClient) -> None:
    response = client.post("/api/articles", json={"text": TEXT})
    assert response.status_code == 403 and "--allow-writes" in response.json()["detail"]
    from accord.web.app import read_store

    class Request:
        app = client.app

    connection = read_store(Request())  # type: ignore[arg-type]
    store = next(connection)
    with pytest.raises(Exception, match="readonly|read-only|query_only"):
        store.execute("DELETE FROM events")
    connection.close()


def test_allow_writes_stores_one_article(tmp_path: Path) -> None:
    writer = TestClient(create_app(copy_of_example_db(tmp_path), allow_writes=True))
    before = writer.get("/api/stats").json()
    stored = writer.post("/api/articles", json={"text": TEXT, "date": "2021-05-24", "title": "Talks"})
    assert stored.status_code == 200, stored.text
    assert stored.json()["status"] == "coded" and stored.json()["events"] > 0
    assert writer.get("/api/stats").json()["articles"] == before["articles"] + 1
    article = writer.get(f"/api/articles/{stored.json()['article_id']}").json()
    assert article["title"] == "Talks" and article["published"] == "2021-05-24"
    assert writer.post("/api/articles", json={"text": TEXT, "date": "2021-05-24"}).json()["status"] == "unchanged"


def test_a_missing_or_old_database_fails_at_start(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        create_app(str(tmp_path / "none.db"))
    old = tmp_path / "old.db"
    with open_store(str(old)) as store:
        store.execute("DELETE FROM schema_migrations WHERE version > 1")
    with pytest.raises(StoreError, match="upgrade it"):
        create_app(str(old))


# -- pages --------------------------------------------------------------------------------

def test_pages_render(client: TestClient) -> None:
    article_id = client.get("/api/articles").json()["articles"][0]["id"]
    for url in ("/", "/events", "/events?dyad=CHN-MEX", "/dyads/CHN-MEX", "/network", "/articles", f"/articles/{article_id}", "/extract",
                "/api/docs"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.headers["content-type"].startswith("text/html")
        assert "script-src 'self'" in response.headers["content-security-policy"]
    assert client.get("/static/app.js").status_code == 200 and client.get("/static/style.css").status_code == 200


def test_pages_show_errors_as_pages(client: TestClient) -> None:
    assert client.get("/events", params={"source": "China"}).status_code == 200  # a name is as good as the code
    bad = client.get("/events", params={"source": "Narnia"})
    assert bad.status_code == 400 and "expected an ISO 3166 alpha-3 code" in bad.text and "<form" in bad.text
    assert client.get("/dyads/CHINA").status_code == 400
    missing = client.get("/articles/nope")
    assert missing.status_code == 404 and "no article" in missing.text
    assert client.get("/no/such/page").status_code == 404


def test_article_page_marks_triggers_and_mentions_with_their_codes(client: TestClient) -> None:
    article_id = max(client.get("/api/articles").json()["articles"], key=lambda a: a["events"])["id"]
    article = client.get(f"/api/articles/{article_id}").json()
    page = client.get(f"/articles/{article_id}").text
    event = article["events"][0]
    assert f'data-events="{event["id"]}' in page or f' {event["id"]}' in page
    assert f"CAMEO {event['cameo']}" in page and 'class="hl mention"' in page


def test_highlight_cuts_overlapping_marks() -> None:
    from accord.web.pages import highlight

    pieces = highlight("Wang Yi met Khan.", [
        {"start": 0, "end": 7, "kind": "mention", "title": "Wang Yi", "id": ""},
        {"start": 5, "end": 11, "kind": "trigger", "title": "CAMEO 040", "id": "e1"},
        {"start": 50, "end": 60, "kind": "trigger", "title": "out of range", "id": "e2"},
    ])
    assert "".join(p["text"] for p in pieces) == "Wang Yi met Khan."
    assert [(p["text"], p["kinds"], p["ids"]) for p in pieces] == [
        ("Wang ", ["mention"], []), ("Yi", ["mention", "trigger"], ["e1"]), (" met", ["trigger"], ["e1"]), (" Khan.", [], [])]


# -- the shared query functions on both databases -------------------------------------------

def test_period_of_and_gaps() -> None:
    assert query.period_of("2021-05-20", "week") == "2021-05-17"
    assert query.period_of("2021-05", "day") == "2021-05-01"
    assert query.period_of("2021", "month") == "2021-01"
    assert query.period_of("2021-02-30", "day") is None
    with pytest.raises(query.QueryError, match="interval='year'"):
        query.dyad_timeline(None, "CHN-RUS", "year")  # type: ignore[arg-type]


def test_summaries_agree_on_sqlite_and_postgresql(db: str) -> None:
    from accord.ingest import ingest

    with open_store(example_db(), create=False) as reference, open_store(db) as store:
        ingest([str(EXAMPLES)], store)
        for name, call in {
            "states": lambda s: query.state_counts(s),
            "actors": lambda s: query.actor_counts(s),
            "dyads": lambda s: query.top_dyads(s),
            "timeline": lambda s: query.dyad_timeline(s, "CHN-MEX", "week"),
            "overview timeline": lambda s: query.timeline(s, interval="month"),
            "places": lambda s: query.place_counts(s),
            "multi-value filter": lambda s: query.count_events(s, query.filter_from({"country": "Russia, MEX", "root": "04,05"})),
            "sorted": lambda s: [e["id"] for e in query.query_events(s, query.EventFilter(sort="-goldstein", limit=1000))],
            "sorted articles": lambda s: [a["words"] for a in query.list_articles(s, sort="-words")["articles"]],
            "network": lambda s: query.network(s, weight="goldstein"),
            "stats": lambda s: query.summary_stats(s, query.EventFilter(country="CHN")),
            "articles": lambda s: [{k: v for k, v in a.items() if k != "id"} for a in query.list_articles(s)["articles"]],
        }.items():
            assert call(store) == call(reference), name


# -- quotes and stories ----------------------------------------------------------------------

def test_quotes_are_listed_by_speaker_state_with_their_article(client: TestClient) -> None:
    quotes = client.get("/api/quotes", params={"country": "MLI"}).json()["quotes"]
    assert quotes and all(q["speaker_country"] == "MLI" for q in quotes)
    assert any(q["speaker"] == "Bah N'Daw" for q in quotes)
    article = client.get(f"/api/articles/{quotes[0]['article_id']}").json()
    assert any(q["seq"] == quotes[0]["seq"] for q in article["quotes"])
    assert rows_of(client.get("/api/quotes.csv", params={"speaker": "xi"}).text)


def test_stories_count_the_articles_that_report_each_event(client: TestClient) -> None:
    stories = client.get("/api/stories", params={"dyad": "CHN-PAK"}).json()["stories"]
    assert stories and all({s["source"], s["target"]} == {"CHN", "PAK"} for s in stories)
    assert all(s["num_articles"] >= 1 and s["num_sources"] >= 1 for s in stories)
    assert client.get("/api/stories", params={"dyad": "China-Pakistan"}).status_code == 400


# -- one envelope, sort, .json and .csv on every list ----------------------------------------

LISTS = ("events", "articles", "quotes", "stories", "actors", "states", "dyads")


@pytest.mark.parametrize("name", LISTS)
def test_every_list_has_one_envelope_and_json_and_csv_paths(client: TestClient, name: str) -> None:
    page = client.get(f"/api/{name}", params={"limit": 2}).json()
    assert {"total", "limit", "offset", "next", name} <= set(page) and page["limit"] == 2 and page["offset"] == 0
    assert len(page[name]) == min(2, page["total"])
    as_json = client.get(f"/api/{name}.json", params={"limit": 2}).json()
    assert {**as_json, "next": None} == {**page, "next": None}
    if page["total"] > 2:
        following = client.get(page["next"]).json()
        assert following["offset"] == 2 and following[name] and following[name][0] != page[name][0]
    else:
        assert page["next"] is None
    assert client.get(f"/api/{name}").json()["limit"] == 50  # one default page size
    table = client.get(f"/api/{name}.csv", params={"limit": 2})
    assert table.status_code == 200 and table.headers["content-type"].startswith("text/csv")


@pytest.mark.parametrize(("name", "key"), [("events", "goldstein"), ("actors", "events"), ("states", "name"), ("dyads", "goldstein"),
                                           ("articles", "words"), ("places", "events"), ("stories", "num_articles")])
def test_every_list_sorts_by_a_column(client: TestClient, name: str, key: str) -> None:
    up = [r[key] for r in client.get(f"/api/{name}", params={"sort": key, "limit": 1000}).json()[name]]
    down = [r[key] for r in client.get(f"/api/{name}", params={"sort": f"-{key}", "limit": 1000}).json()[name]]
    present = [v for v in up if v is not None]
    assert present == sorted(present) and [v for v in down if v is not None] == sorted(present, reverse=True)
    assert client.get(f"/api/{name}", params={"sort": "nonsense"}).status_code == 400


def test_booleans_are_booleans_and_the_events_csv_has_the_exports_columns(client: TestClient) -> None:
    from accord.export import EXPORT_COLUMNS

    events = client.get("/api/events", params={"include_unasserted": True, "limit": 1000}).json()["events"]
    assert {type(e["asserted"]) for e in events} == {bool}
    header = client.get("/api/events.csv", params={"limit": 3}).text.splitlines()[0]
    assert header.split(",") == list(EXPORT_COLUMNS)


def test_an_organisation_dyad_has_its_timeline(client: TestClient) -> None:
    for dyad in ("NATO-RUS", "RUS-UNGA"):
        answer = client.get(f"/api/dyads/{dyad}/timeline")
        assert answer.status_code == 200 and answer.json()["dyad"] == dyad
    assert client.get("/api/dyads/RUS-NOPE/timeline").status_code == 400


def test_a_year_only_event_and_a_recalled_1949_event_do_not_distort_the_timeline(client: TestClient) -> None:
    data = client.get("/api/timeline", params={"interval": "month"}).json()
    dated = [e for e in client.get("/api/events", params={"limit": 1000}).json()["events"] if e["date"]]
    year_only = [e for e in dated if e["date_precision"] == "year" and e["modality"] != "recalled"]
    recalled = [e for e in dated if e["date"] < data["first"][:len(e["date"])]]
    assert year_only and recalled, "the examples hold a year-only event and a recalled old one"
    assert {x["date"] for x in data["imprecise"]} >= {e["date"] for e in year_only}
    assert {x["date"] for x in data["apart"]} >= {e["date"] for e in recalled}
    assert all(p["period"] >= data["first"][:7] for p in data["periods"]) and len(data["periods"]) < 120
    assert not data["first"].startswith("1949")
    january = {p["period"]: p["events"] for p in data["periods"]}
    in_january = sum(e["date"].startswith(f"{y}-01") and e["date_precision"] != "year" for e in dated for y in (e["date"][:4],))
    assert sum(v for k, v in january.items() if k.endswith("-01")) == in_january


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet", "gdelt", "plover"])
def test_the_events_as_seen_in_every_format_of_the_cli(client: TestClient, fmt: str, tmp_path: Path) -> None:
    params = {"country": "CHN", "limit": 5, "sort": "-goldstein"}
    seen = client.get("/api/events", params=params).json()["events"]
    answer = client.get(f"/api/export/{fmt}", params=params)
    assert answer.status_code == 200 and int(answer.headers["x-total-count"]) >= len(seen)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        (tmp_path / "e.parquet").write_bytes(answer.content)
        ids = pq.read_table(tmp_path / "e.parquet").column("id").to_pylist()
    elif fmt == "csv":
        ids = [r["id"] for r in rows_of(answer.text)]
    elif fmt == "gdelt":
        from accord.export import _event_number

        numbers = [int(line.split("\t")[0]) for line in answer.text.splitlines()]
        assert numbers == [_event_number(e["id"]) for e in seen]
        return
    else:
        ids = [json.loads(line)["id"] for line in answer.text.splitlines()]
    expected = [e["id"] for e in seen if fmt != "plover" or e["plover"]]
    assert ids == expected  # the same events in the same order as the page


def test_extract_uses_the_span_fields_of_the_stored_events(client: TestClient) -> None:
    data = client.post("/api/extract", json={"text": "Chinese Foreign Minister Wang Yi held talks with his Pakistani counterpart in Beijing.",
                                             "date": "2021-05-25"}).json()
    assert data["events"]
    for e in data["events"]:
        assert "span" not in e and data["text"][e["span_start"]:e["span_end"]] and {"source_start", "target_end"} <= set(e)


def test_figures_and_charts_in_parquet_too(client: TestClient, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    for path in ("/api/stats", "/api/network", "/api/timeline", "/api/dyads/CHN-RUS/timeline"):
        answer = client.get(path, params={"format": "parquet"})
        assert answer.status_code == 200, path
        (tmp_path / "x.parquet").write_bytes(answer.content)
        assert pq.read_table(tmp_path / "x.parquet").num_rows > 0, path


@pytest.mark.parametrize("name", ["actors", "states", "dyads", "places", "stories"])
def test_every_list_in_json_lines_and_parquet_too(client: TestClient, name: str, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    page = client.get(f"/api/{name}", params={"limit": 3}).json()[name]
    lines = client.get(f"/api/{name}", params={"limit": 3, "format": "jsonl"}).text.splitlines()
    assert [json.loads(line) for line in lines] == page
    (tmp_path / "x.parquet").write_bytes(client.get(f"/api/{name}", params={"limit": 3, "format": "parquet"}).content)
    assert pq.read_table(tmp_path / "x.parquet").num_rows == len(page)


def test_story_counts_stand_beside_event_counts(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    dyads = client.get("/api/dyads", params={"limit": 1000}).json()["dyads"]
    assert all(0 < d["stories"] <= d["events"] for d in dyads)
    assert sum(d["stories"] for d in dyads) == stats["stories"] <= stats["events"]
    states = client.get("/api/states", params={"limit": 1000}).json()["states"]
    assert all(0 < s["stories"] <= s["events"] for s in states)
