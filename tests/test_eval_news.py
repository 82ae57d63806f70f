"""The accuracy gate on news (../shared/gold/news, copyrighted: run with `pytest -m
shared`, as .ci/run does): the `tune` part, which the coder is developed on, and the
`check` part, which is only ever measured, must stay at or above the floors of
eval_floors.json. A floor only ever moves up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accord import extract, read_articles
from accord.evaluate import evaluate_dirs

FLOORS = json.loads((Path(__file__).parent / "eval_floors.json").read_text())


def extract_files(paths):
    return (extract(a).to_dict() for a in read_articles(paths))


@pytest.mark.shared
@pytest.mark.parametrize("part", ["tune", "check"])
def test_news_meets_the_floors(shared, part):
    report, missing = evaluate_dirs(shared / "gold" / "news", [shared / "articles" / "news"], extract_files, split=part)
    assert not missing
    metrics = report.metrics
    floors = FLOORS[f"news_{part}"]
    below = {k: (metrics[k], floor) for k, floor in floors.items() if metrics[k] < floor}
    assert not below, f"news {part}: below the floor (got, floor): {below}"
