"""The accuracy gate: Accord on the development gold (tests/data/gold/dev) must stay at
or above the floors pinned in eval_floors.json. A floor only ever moves up."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import DEV_ARTICLES, DEV_GOLD, EXAMPLES

from accord import extract, read_articles
from accord.evaluate import Report, evaluate_dirs, load_gold, score_article

FLOORS = json.loads((Path(__file__).parent / "eval_floors.json").read_text())["dev"]


def extract_files(paths):
    return (extract(a).to_dict() for a in read_articles(paths))


def test_development_gold_meets_the_floors():
    report, missing = evaluate_dirs(DEV_GOLD, [EXAMPLES, DEV_ARTICLES], extract_files)
    assert not missing
    metrics = report.metrics
    below = {k: (metrics[k], floor) for k, floor in FLOORS.items() if metrics[k] < floor}
    assert not below, f"below the floor (got, floor): {below}"


def test_floors_meet_the_issue_minimums():
    assert FLOORS["event_f1"] >= 0.80 and FLOORS["event_precision"] >= 0.80
    assert FLOORS["date_accuracy"] >= 0.90 and FLOORS["actor_f1"] >= 0.90
    assert FLOORS["published_accuracy"] == 1.0


def test_scoring_follows_the_format_rules():
    gold = {
        "article": "a.txt",
        "published": "2021-01-01",
        "events": [
            {"source": "CHN", "target": "MEX", "cameo": "041", "date": "2020-12-31"},
            {"source": "MEX", "target": "CHN", "cameo": "041", "date": "2020-12-31"},
            {"source": "CHN", "target": "MEX", "cameo": "030", "optional": True},
        ],
        "actors": [{"name": "Andrés Manuel López Obrador", "country": "MEX", "role": "President"}],
        "relations": [],
    }
    predicted = {
        "article": "a.txt",
        "published": "2021-01-01",
        "events": [
            {"source": "CHN", "target": "MEX", "cameo": "0411", "date": "2020-12-31"},
            {"source": "CHN", "target": "MEX", "cameo": "036"},
            {"source": "CHN", "target": "USA", "cameo": "051"},
            {"source": "CHN", "target": "IGOUNO", "cameo": "051"},
        ],
        "actors": [{"name": "andres manuel lopez obrador", "country": "MEX"}],
    }
    score = score_article(gold, predicted)
    assert score.tp == {("CHN", "MEX", "04")}
    assert score.optional == {("CHN", "MEX", "03")}  # an optional match: neither rewarded nor penalised
    assert score.fp == {("CHN", "USA", "05")}
    assert score.fn == {("MEX", "CHN", "04")}
    assert (score.dates_right, score.dates_total) == (1, 1)
    assert score.actors_tp == 1 and score.published_right


def test_a_system_predicting_only_optional_triples_scores_zero():
    gold = {
        "article": "a.txt",
        "published": None,
        "events": [
            {"source": "RUS", "target": "ARM", "cameo": "042"},
            {"source": "RUS", "target": "AZE", "cameo": "039", "optional": True},
            {"source": "ARM", "target": "RUS", "cameo": "043", "optional": True},
        ],
    }
    predicted = {"article": "a.txt", "events": [{"source": "RUS", "target": "AZE", "cameo": "039"}, {"source": "ARM", "target": "RUS", "cameo": "043"}]}
    report = Report([score_article(gold, predicted)])
    metrics = report.metrics
    assert (metrics["true_positives"], metrics["false_positives"], metrics["false_negatives"]) == (0, 0, 1)
    assert metrics["optional_matches"] == 2
    assert metrics["event_precision"] == metrics["event_recall"] == metrics["event_f1"] == 0.0


def test_a_required_gold_triple_wins_over_an_optional_one_of_the_same_triple():
    gold = {
        "article": "a.txt",
        "events": [{"source": "USA", "target": "CHN", "cameo": "040", "optional": True}, {"source": "USA", "target": "CHN", "cameo": "043"}],
    }
    score = score_article(gold, {"article": "a.txt", "events": [{"source": "USA", "target": "CHN", "cameo": "040"}]})
    assert score.tp == {("USA", "CHN", "04")} and not score.optional


def test_gold_files_load():
    gold = load_gold(DEV_GOLD)
    assert len(gold) >= 30
