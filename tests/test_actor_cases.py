"""An independent table of 568 (mention, date) -> (state, office) facts over every
continent and 2015-2026, written from knowledge and not from Accord's own data files:
states by every kind of name (ambiguous ones with their cue), officials by title and
name, former officials, and titled people Accord has never heard of."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from accord.actors import resolve_mention

CASES = list(csv.DictReader((Path(__file__).parent / "data" / "actor_cases.csv").open(encoding="utf-8")))


def test_the_table_is_broad():
    assert len(CASES) >= 300
    years = {row["date"][:4] for row in CASES}
    assert {str(y) for y in range(2015, 2026)} <= years
    kinds = Counter("state" if row["office"] == "state" else "former" if row["office"].startswith("former") else "person" for row in CASES)
    assert kinds["state"] >= 60 and kinds["former"] >= 20 and kinds["person"] >= 200


@pytest.mark.parametrize("row", CASES, ids=[f"{r['mention']}@{r['date']}" for r in CASES])
def test_mention_resolves(row):
    found = resolve_mention(row["mention"], row["date"]) or {}
    office = "state" if found.get("kind") == "state" else found.get("office")
    assert (found.get("country"), office) == (row["country"], row["office"])
