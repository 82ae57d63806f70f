"""regions.csv: the region words of every state, which resolve "the Gulf state" to a state named earlier."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from accord import knowledge as kb
from accord.errors import KnowledgeError

KNOWLEDGE = Path(kb.__file__).parent / "knowledge"


def test_regions_file_has_its_columns():
    with (KNOWLEDGE / "regions.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and list(rows[0]) == ["iso3", "regions", "source", "licence"]
    assert all(row["source"] and row["licence"] for row in rows)


def test_every_state_has_a_region_and_every_iso3_is_a_state():
    assert set(kb.regions()) == set(kb.states())
    assert all(kb.regions().values())


def test_region_words_are_lowercase_and_not_empty():
    for word in kb.region_words():
        assert word and word == word.lower() and word == word.strip(), word
    assert kb.region_words() == {word for words in kb.regions().values() for word in words}


@pytest.mark.parametrize(
    ("iso3", "words"),
    [
        ("QAT", {"gulf", "arab", "middle eastern"}),  # "the Gulf state"
        ("DZA", {"north african", "maghreb", "arab"}),  # "the North African country"
        ("EST", {"baltic", "european"}),  # "the Baltic state"
        ("NPL", {"himalayan", "landlocked", "south asian"}),  # "the Himalayan nation"
        ("BTN", {"himalayan"}),  # "the Himalayan kingdom"
        ("MLI", {"sahel", "landlocked", "west african"}),  # "the Sahel country"
        ("ARM", {"south caucasus", "caucasus"}),  # "the South Caucasus nation"
        ("FJI", {"pacific", "island"}),  # "the Pacific island nation"
        ("KAZ", {"central asian"}),  # "the Central Asian republic"
        ("SRB", {"balkan"}),  # "the Balkan country"
        ("SOM", {"horn of africa", "east african"}),
        ("CHN", {"asian", "east asian"}),  # "the Asian giant"
        ("ISR", {"middle eastern"}),
    ],
)
def test_a_state_has_the_regions_news_gives_it(iso3, words):
    assert words <= kb.regions()[iso3]


def test_gulf_is_the_six_gulf_cooperation_council_states():
    gulf = {iso3 for iso3, words in kb.regions().items() if "gulf" in words}
    assert gulf == {"SAU", "ARE", "QAT", "KWT", "BHR", "OMN"}


def test_an_unknown_state_is_refused_with_its_line(tmp_path, monkeypatch):
    (tmp_path / "states.csv").write_text((KNOWLEDGE / "states.csv").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "regions.csv").write_text(
        "iso3,regions,source,licence\nQAT,gulf|arab,accord-authors,CC0-1.0\nXYZ,gulf,accord-authors,CC0-1.0\n", encoding="utf-8"
    )
    monkeypatch.setattr(kb, "KNOWLEDGE_DIR", tmp_path)
    kb.states.cache_clear()
    kb.regions.cache_clear()
    try:
        with pytest.raises(KnowledgeError, match=r"regions\.csv line 3: 'XYZ' is not a state"):
            kb.regions()
    finally:
        kb.states.cache_clear()
        kb.regions.cache_clear()
