"""The language of an article, judged from its start: English readouts and short samples
in other languages written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.language import detect_language

FORMATS = Path(__file__).resolve().parent / "data" / "formats"


def test_english_readouts_are_english():
    readouts = sorted((Path(__file__).resolve().parent / "data" / "dev").glob("*_wh-*.txt"))
    assert readouts
    assert {detect_language(p.read_text(encoding="utf-8")) for p in readouts} == {"en"}


@pytest.mark.parametrize("text", [
    "President Joseph R. Biden, Jr. spoke today with President Volodymyr Zelenskyy of Ukraine.",
    "The two leaders discussed climate change, health security and the situation in the Taiwan Strait.",
    "Chinese State Councilor and Foreign Minister Wang Yi held a phone conversation with Mexican Foreign Secretary Marcelo Ebrard.",
])
def test_english_sentences(text: str):
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text, code", [
    ("Le président a reçu hier le premier ministre pour discuter de la situation au Sahel.", "fr"),
    ("Die Bundeskanzlerin sprach am Montag mit dem französischen Präsidenten über die Lage in der Ukraine.", "de"),
    ("El presidente del Gobierno se reunió ayer con el ministro de Asuntos Exteriores de Marruecos.", "es"),
    ("Президент России провёл телефонный разговор с председателем КНР.", "ru"),
    ("中国国家主席习近平同巴基斯坦总统阿尔维互致贺电。", "zh"),
    ("استقبل وزير الخارجية نظيره الفرنسي في الرياض لبحث العلاقات الثنائية.", "ar"),
])
def test_other_languages_get_their_two_letter_code(text: str, code: str):
    assert detect_language(text) == code


def test_non_english_sample_article():
    assert detect_language((FORMATS / "bad" / "non-english.txt").read_text(encoding="utf-8")) == "fr"


def test_text_without_letters_is_undetermined():
    assert detect_language("2021-05-21 12:00 -- 3.4") == "und"


def test_only_the_start_is_read():
    assert detect_language("President Biden spoke today with Prime Minister Modi. " * 40 + "Le président a parlé. " * 500) == "en"


def test_a_text_too_short_to_tell_is_undetermined_and_ingest_codes_it():
    assert detect_language("Putin met Xi.") == "und"
