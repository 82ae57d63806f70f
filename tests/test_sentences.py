"""Sentence-level coding: (sentence, source, target) -> PLOVER type."""

from __future__ import annotations

import pytest

from accord.cli import main
from accord.errors import InputError
from accord.sentences import code_sentence, plover_label, read_sentence_rows, score_rows


@pytest.mark.parametrize(
    "sentence, source, target, plover",
    [
        ("Iran's foreign minister condemned the United States over the new sanctions.", "Iran's foreign minister", "the United States", "ACCUSE"),
        ("China and Russia signed a memorandum of understanding on energy.", "China", "Russia", "SUPPORT"),
        ("President Biden spoke with President Xi Jinping of China.", "President Biden", "President Xi Jinping", "CONSULT"),
        ("Germany rejected a request by Turkey to hold a rally.", "Germany", "Turkey", "REJECT"),
        ("North Korea threatened South Korea with retaliation.", "North Korea", "South Korea", "THREATEN"),
        ("Israel carried out airstrikes on Hezbollah positions in Lebanon.", "Israel", "Hezbollah positions", "ASSAULT"),
        ("The United States urged Venezuela to release political prisoners.", "The United States", "Venezuela", "REQUEST"),
        ("The ship was seized by Iran in the Gulf.", "Iran", "The ship", "COERCE"),
    ],
)
def test_code_sentence(sentence, source, target, plover):
    assert code_sentence(sentence, source, target).plover == plover


def test_nothing_to_code_is_none():
    code = code_sentence("The weather in Geneva was mild.", "Geneva", "weather")
    assert code.plover == "NONE" and code.confidence == 0.0


def test_labels_follow_the_benchmark():
    assert plover_label("concede") == "YIELD" and plover_label("RETREAT") == "YIELD"
    assert plover_label("DISAPPROVE") == "ACCUSE"


def test_score_counts_confusions():
    rows = [{"gold": "ACCUSE", "plover": "ACCUSE"}, {"gold": "ACCUSE", "plover": "REJECT"}, {"gold": "RETREAT", "plover": "CONCEDE"}]
    report = score_rows(rows, "gold")
    assert report["accuracy"] == round(2 / 3, 4)
    assert report["per_type"]["ACCUSE"] == {"n": 2, "accuracy": 0.5}


def test_missing_columns_are_one_clear_error(tmp_path):
    path = tmp_path / "in.tsv"
    path.write_text("text\tsource\nx\ty\n", encoding="utf-8")
    with pytest.raises(InputError, match="sentence"):
        list(read_sentence_rows(path))


def test_cli_writes_the_rows_with_codes(tmp_path, capsys):
    path = tmp_path / "in.tsv"
    path.write_text("sentence\tsource\ttarget\tgold\nGermany expelled two Russian diplomats.\tGermany\ttwo Russian diplomats\tSANCTION\n", encoding="utf-8")
    out = tmp_path / "out.tsv"
    assert main(["code-sentences", str(path), "--output", str(out), "--gold-column", "gold"]) == 0
    header, row = out.read_text(encoding="utf-8").splitlines()
    assert header.split("\t")[-3:] == ["plover", "cameo", "confidence"]
    assert row.split("\t")[4] == "SANCTION"
    assert "accuracy 1.0" in capsys.readouterr().err
