"""Tone: GDELT's scale (positive minus negative words per 100 words) with the VADER
lexicon that the vaderSentiment package ships."""

from __future__ import annotations

import yaml

from accord import extract, parse_text
from accord import knowledge as kb
from accord.tone import article_tone, tone_config, valences


def test_tone_file_is_valid_and_its_lexicon_ships_in_a_package():
    data = yaml.safe_load((kb.KNOWLEDGE_DIR / "tone.yaml").read_text(encoding="utf-8"))
    assert data["source"] and data["licence"] and data == tone_config()
    assert 0 < float(data["min_valence"]) < 4
    assert len(data["ignore"]) == len(set(data["ignore"])) and all(w == w.lower() for w in data["ignore"])
    table = valences()
    assert len(table) > 5000 and set(table.values()) == {1.0, -1.0}
    assert not set(data["ignore"]) & set(table)


def test_scale_is_percent_of_words():
    # 10 words: "support" and "welcomed" positive, "war" negative
    t = article_tone("Mexico welcomed the support of China against the war today")
    assert t.words == 10 and (t.positive, t.negative, t.tone, t.polarity) == (20.0, 10.0, 10.0, 30.0)


def test_institution_names_carry_no_tone():
    t = article_tone("The United Nations Security Council and the Defense Minister of the Communist Party")
    assert (t.positive, t.negative) == (0.0, 0.0)


def test_a_friendly_readout_reads_positive_and_an_attack_negative():
    friendly = "Xi said the two countries have supported each other and achieved win-win cooperation, and the friendship has been deeply rooted."
    hostile = "Russia launched a deadly missile attack on Kyiv, killing civilians, and Ukraine condemned the brutal assault."
    assert article_tone(friendly).tone > 5 > 0 > -5 > article_tone(hostile).tone


def test_extraction_carries_the_tone():
    x = extract(parse_text(" date 2021-01-01 Wang Yi said China supports Mexico in its fight against the pandemic.", "t.txt"))
    assert x.tone is not None and x.tone.words == 12
    assert x.to_dict()["tone"] == x.tone.to_dict() and set(x.to_dict()["tone"]) == {"tone", "positive", "negative", "polarity", "words"}
