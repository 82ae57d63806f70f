"""Ingest progress on a terminal: a bar with its total, percentage, rate and time left,
drawn at once and moved by every article, and each failure printed when it happens;
`accord serve` on a port in use is one error line."""

from __future__ import annotations

import io
import re
import socket

import pytest

from accord.cli import main
from accord.ingest import count_articles, ingest
from accord.store import open_store


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_bad.txt").write_bytes(b"\x00\x01binary")
    for n, text in enumerate(["Russia and China held talks in Beijing.", "Xi Jinping met Vladimir Putin in Moscow."]):
        (folder / f"b{n}.txt").write_text(f" date 2022-01-0{n + 1} {text}", encoding="utf-8")
    (folder / "c.jsonl").write_text('{"id": "j1", "text": "Japan criticized China."}\n\n{"id": "j2", "text": "India thanked France."}\n',
                                    encoding="utf-8")
    return folder


def test_the_articles_are_counted_without_reading_them(inputs, tmp_path):
    assert count_articles([str(inputs)]) == 5
    (tmp_path / "rows.csv").write_text("id,text\n1,a\n2,b\n", encoding="utf-8")
    assert count_articles([str(inputs), str(tmp_path / "rows.csv")]) == 7
    (tmp_path / "crawl.warc.gz").write_bytes(b"")
    assert count_articles([str(tmp_path / "crawl.warc.gz")]) is None
    assert count_articles(["https://example.org/feed.xml"]) is None


def test_a_terminal_gets_a_bar_with_total_percentage_rate_and_eta(inputs, tmp_path, monkeypatch):
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    with open_store(str(tmp_path / "db.sqlite")) as store:
        summary = ingest([str(inputs)], store, progress=True)
    out = terminal.getvalue()
    assert summary.failed == 1 and summary.coded == 4
    assert re.search(r"\b0%.*\| 0/5 \[", out), out  # drawn at once, before the first article
    assert re.search(r"100%.*\| 5/5 \[\d\d:\d\d<\d\d:\d\d, +[\d.]+(?: articles/s|s/ articles)", out), out
    failed = out.index("accord: failed")
    assert out.count("accord: failed") == 1 and "a_bad.txt" in out[failed:].splitlines()[0]
    assert failed < out.index("5/5"), "the failure is printed when it happens, before the run ends"


def test_ingest_prints_each_failure_once(inputs, tmp_path, capsys):
    assert main(["ingest", str(inputs), "--db", str(tmp_path / "db.sqlite")]) == 1
    err = capsys.readouterr().err
    assert err.count("accord: failed") == 1 and "read 4, coded 4, unchanged 0, skipped 0, failed 1" in err


def test_serve_on_a_port_in_use_is_one_line(tmp_path, capsys):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert main(["serve", "--db", str(tmp_path / "x.db"), "--port", str(port)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and f"--port {port}: 127.0.0.1:{port} cannot be used" in err and "expected a free port" in err
