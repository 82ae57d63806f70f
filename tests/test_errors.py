"""Every ordinary mistake of issue #12 is one line naming the value and what was
expected, with exit status 1 (CLI) or a 400 with the same words (API); never a
traceback. Also: machine formats of `accord events` return every matching event."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest
from webutil import example_db

from accord.cli import main

pytest.importorskip("fastapi")


def one_line_error(capsys, argv: list[str], *words: str) -> str:
    """Run the CLI; it must exit 1 with exactly one line on stderr holding every word."""
    assert main(argv) == 1
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("accord: error: ") and "Traceback" not in err
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


@pytest.fixture(scope="module")
def db() -> str:
    return example_db()


@pytest.fixture(scope="module")
def client(db):
    from fastapi.testclient import TestClient

    from accord.web import create_app

    return TestClient(create_app(db))


def api_error(client, url: str, *words: str) -> None:
    response = client.get(url)
    assert response.status_code == 400, response.text
    for word in words:
        assert word in response.json()["detail"]


# -- files that cannot be written -------------------------------------------------------

def test_events_csv_into_a_missing_folder(capsys, db, tmp_path):
    one_line_error(capsys, ["events", "--db", db, "--format", "csv", "-o", str(tmp_path / "nowhere" / "x.csv")],
                   "nowhere", "does not exist", "expected a file in an existing folder")


def test_export_into_an_existing_folder(capsys, db, tmp_path):
    one_line_error(capsys, ["export", "--db", db, "--format", "csv", "-o", str(tmp_path)], str(tmp_path), "is a folder", "expected a file name")


@pytest.mark.parametrize("fmt", ["gdelt", "plover"])
def test_export_gdelt_and_plover_into_a_missing_folder(capsys, db, tmp_path, fmt):
    one_line_error(capsys, ["export", "--db", db, "--format", fmt, "-o", str(tmp_path / "nowhere" / "x")], "nowhere", "does not exist")


def test_events_parquet_into_a_folder(capsys, db, tmp_path):
    one_line_error(capsys, ["events", "--db", db, "--format", "parquet", "-o", str(tmp_path)], "is a folder")


def test_code_sentences_on_a_binary_file(capsys, tmp_path):
    binary = tmp_path / "data.tsv"
    binary.write_bytes(b"sentence\tsource\ttarget\n\x00\xff\xfe\x89PNG")
    one_line_error(capsys, ["code-sentences", str(binary)], str(binary), "not UTF-8 text", "expected a tab-separated text file")


def test_code_sentences_into_a_missing_folder(capsys, tmp_path):
    rows = tmp_path / "rows.tsv"
    rows.write_text("sentence\tsource\ttarget\nChina criticised Japan.\tCHN\tJPN\n", encoding="utf-8")
    one_line_error(capsys, ["code-sentences", str(rows), "-o", str(tmp_path / "nowhere" / "x.tsv")], "nowhere", "does not exist")


# -- values that are not what was expected ----------------------------------------------

@pytest.mark.parametrize("option, value, words", [
    ("--since", "2021-13-01", ("since='2021-13-01'", "no month 13", "YYYY-MM-DD")),
    ("--until", "2021-02-30", ("until='2021-02-30'", "no day 30 in 2021-02", "YYYY-MM-DD")),
    ("--plover", "CONSULTT", ("plover='CONSULTT'", "unknown PLOVER type", "CONSULT, COOPERATE")),
    ("--country", "XXX", ("country='XXX'", "expected an ISO 3166 alpha-3 code", "CHN", "RUS")),
    ("--dyad", "CHN-XXX", ("dyad='CHN-XXX'", "unknown code 'XXX'", "RUS")),
])
def test_events_bad_values(capsys, db, option, value, words):
    one_line_error(capsys, ["events", "--db", db, option, value], *words)


@pytest.mark.parametrize("url, words", [
    ("/api/events?since=2021-13-45", ("since='2021-13-45'", "no month 13")),
    ("/api/events?until=2021-04-31", ("until='2021-04-31'", "no day 31")),
    ("/api/events?plover=CONSULTT", ("plover='CONSULTT'", "CONSULT, COOPERATE")),
    ("/api/events?country=XXX", ("country='XXX'", "CHN")),
    ("/api/events?country=USA&country=CHN", ("country is given 2 times (USA, CHN)", "expected it once")),
    ("/api/dyads?root=04&root=05", ("root is given 2 times",)),
])
def test_api_bad_values(client, url, words):
    api_error(client, url, *words)


def test_actors_resolve_with_a_date_that_is_not_one(capsys):
    one_line_error(capsys, ["actors", "resolve", "Foreign Minister Wang Yi", "--date", "garbage"], "--date 'garbage'", "YYYY-MM-DD")


def test_actors_list_with_a_date_that_is_not_one(capsys):
    one_line_error(capsys, ["actors", "list", "--country", "CHN", "--date", "2021-02-30"], "--date '2021-02-30'", "YYYY-MM-DD")


# -- the same answer in the CLI and the API ---------------------------------------------

def cli_csv(capsys, argv: list[str]) -> list[dict[str, str]]:
    assert main(argv) == 0
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))


def test_dyad_case_is_the_same_in_cli_and_api(capsys, db, client):
    first = client.get("/api/events", params={"limit": 1}).json()["events"][0]
    dyad = f"{first['source']}-{first['target']}"
    lower = cli_csv(capsys, ["events", "--db", db, "--dyad", dyad.lower(), "--format", "csv"])
    upper = cli_csv(capsys, ["events", "--db", db, "--dyad", dyad, "--format", "csv"])
    api = client.get("/api/events", params={"dyad": dyad.lower(), "limit": 1000}).json()
    assert lower == upper and len(lower) == api["total"] > 0


def test_modality_negated_implies_the_unasserted_events(tmp_path, capsys):
    from accord.ingest import ingest
    from accord.store import open_store

    (tmp_path / "a.txt").write_text(" date 2022-03-01 Russia did not attack Ukraine. China criticized Japan.", encoding="utf-8")
    path = str(tmp_path / "n.db")
    with open_store(path) as store:
        ingest([str(tmp_path / "a.txt")], store)
        modalities = [row["modality"] for row in store.rows("SELECT modality FROM events")]
    if "negated" not in modalities:
        pytest.fail(f"the coder no longer codes a negated event here: {modalities}")
    negated = cli_csv(capsys, ["events", "--db", path, "--modality", "negated", "--format", "csv"])
    assert negated and {r["modality"] for r in negated} == {"negated"}


# -- machine formats return every row ---------------------------------------------------

def test_machine_formats_return_every_matching_event_and_the_table_says_what_it_left_out(capsys, db, tmp_path):
    assert main(["events", "--db", db, "--format", "jsonl", "--include-unasserted"]) == 0
    out, err = capsys.readouterr()
    total = len(out.splitlines())
    assert total > 3 and err.strip() == f"accord: {total} event(s)"
    assert main(["events", "--db", db, "--format", "csv", "-o", str(tmp_path / "x.csv"), "--include-unasserted"]) == 0
    capsys.readouterr()
    assert len(list(csv.DictReader((tmp_path / "x.csv").open(encoding="utf-8")))) == total
    assert main(["events", "--db", db, "--format", "jsonl", "--include-unasserted", "--limit", "2"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    assert main(["events", "--db", db, "--include-unasserted", "--limit", "3"]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 3 and err.strip() == f"accord: 3 of {total} event(s) shown (--limit N, --all)"
    assert main(["events", "--db", db, "--include-unasserted", "--all"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == total


def test_no_traceback_from_the_command_itself(db, tmp_path):
    """The installed entry point, as a user runs it: one line, exit 1."""
    run = subprocess.run([sys.executable, "-m", "accord.cli", "events", "--db", db, "--since", "2021-13-01"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1 and run.stderr.strip().count("\n") == 0 and "Traceback" not in run.stderr
    assert Path(db).exists()
