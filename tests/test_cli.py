"""The `accord` command: every command has --help and is documented; errors are one
line and a non-zero exit."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import DEV_GOLD, EXAMPLES

from accord.cli import build_parser, main

ROOT = Path(__file__).resolve().parent.parent


def commands() -> list[list[str]]:
    found = []
    parser = build_parser()
    for action in parser._subparsers._group_actions:  # noqa: SLF001 - argparse keeps them here
        for name, sub in action.choices.items():
            found.append([name])
            if sub._subparsers:  # noqa: SLF001
                for inner in sub._subparsers._group_actions:  # noqa: SLF001
                    found += [[name, n] for n in inner.choices]
    return found


@pytest.mark.parametrize("command", commands(), ids=" ".join)
def test_every_command_has_help_and_is_in_the_readme(command, capsys):
    with pytest.raises(SystemExit) as info:
        main([*command, "--help"])
    assert info.value.code == 0
    assert "usage:" in capsys.readouterr().out
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"accord {' '.join(command)}\b", readme), f"README does not show `accord {' '.join(command)}`"


def test_extract_prints_a_table_of_the_examples(capsys):
    assert main(["extract", str(ROOT / "examples")]) == 0
    out = capsys.readouterr().out
    assert "002_dd17c39a477bef67.txt" in out and "CHN->PAK" in out


def test_extract_jsonl_is_one_object_per_article(capsys):
    assert main(["extract", str(ROOT / "examples" / "001_643ae1bfe47be350.txt"), "--jsonl"]) == 0
    (line,) = capsys.readouterr().out.strip().splitlines()
    record = json.loads(line)
    assert record["published"] == "2021-01-01"
    event = record["events"][0]
    assert {"source", "target", "cameo", "date", "source_actor", "target_actor", "evidence", "plover", "goldstein", "quad_class", "date_precision", "sentence", "span"} <= set(event)


def test_missing_input_is_one_line_and_exit_1(capsys, tmp_path):
    assert main(["extract", str(tmp_path / "nope.txt")]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "nope.txt" in err and "no such file" in err


def test_actors_resolve_json(capsys):
    assert main(["actors", "resolve", "Foreign Minister Wang Yi", "--date", "2021-01-01", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["country"] == "CHN" and found["office"] == "foreign_minister"


def test_actors_resolve_unknown(capsys):
    assert main(["actors", "resolve", "the weather"]) == 1
    assert capsys.readouterr().out.startswith("unknown")


def test_actors_list_checks_the_country(capsys):
    assert main(["actors", "list", "--country", "PAK", "--date", "2021-05-21"]) == 0
    assert "Imran Khan" in capsys.readouterr().out
    assert main(["actors", "list", "--country", "XYZ"]) == 1


def test_eval_reports_metrics(capsys):
    assert main(["eval", str(DEV_GOLD), str(EXAMPLES), "--json"]) == 0
    metrics = json.loads(capsys.readouterr().out)
    assert metrics["articles"] == 5 and 0 <= metrics["event_f1"] <= 1


def test_eval_with_a_wrong_directory_is_one_line(capsys, tmp_path):
    assert main(["eval", str(tmp_path), str(tmp_path)]) == 1
    assert "gold" in capsys.readouterr().err


def test_a_bad_article_is_skipped_and_the_batch_goes_on(capsys, tmp_path):
    (tmp_path / "a.txt").write_text(" date 2022-01-01 Russia and China held talks in Beijing.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x00binary")
    (tmp_path / "c.jsonl").write_text('{"id": "c1", "text": "Iran criticized Israel."}\n{broken\n', encoding="utf-8")
    assert main(["extract", str(tmp_path), "--jsonl"]) == 1
    captured = capsys.readouterr()
    ids = [json.loads(line)["article"] for line in captured.out.splitlines()]
    assert ids == ["a.txt", "c1"]
    assert "b.txt" in captured.err and "binary" in captured.err and "c.jsonl:2" in captured.err
