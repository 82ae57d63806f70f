"""Golden files: each bundled example article in, its expected events out, compared
field by field. After a deliberate change of behaviour, regenerate them with

    ACCORD_UPDATE_GOLDEN=1 pytest tests/test_golden.py

and review the diff before committing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from accord import extract, read_articles

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
GOLDEN = Path(__file__).parent / "golden"
FIELDS = ("source", "target", "cameo", "plover", "date", "date_precision", "modality", "source_actor", "target_actor", "evidence", "location", "location_country")
QUOTE_FIELDS = ("kind", "speaker", "speaker_country", "addressee", "cue", "sentence_index", "text")


def summary(path: Path) -> dict:
    (article,) = read_articles([path])
    x = extract(article)
    return {
        "article": article.id,
        "published": article.published,
        "events": [{k: e.to_dict()[k] for k in FIELDS} for e in x.events],
        "actors": [{"name": a.name, "country": a.country, "role": a.role} for a in x.actors],
        "quotes": [{k: q.to_dict()[k] for k in QUOTE_FIELDS} for q in x.quotes],
        "tone": x.tone.tone if x.tone else None,
        "dateline": x.dateline.name if x.dateline else None,
    }


def test_every_example_has_a_golden_file():
    assert EXAMPLES, "examples/ holds the bundled articles"
    missing = [p.name for p in EXAMPLES if not (GOLDEN / (p.stem + ".json")).exists()]
    assert not missing or os.environ.get("ACCORD_UPDATE_GOLDEN"), f"no golden file for {missing}"


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_codes_as_its_golden_file(path: Path):
    got = summary(path)
    golden = GOLDEN / (path.stem + ".json")
    if os.environ.get("ACCORD_UPDATE_GOLDEN"):
        golden.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    want = json.loads(golden.read_text(encoding="utf-8"))
    assert got["published"] == want["published"]
    assert got["actors"] == want["actors"]
    assert len(got["events"]) == len(want["events"]), "number of events changed"
    for number, (g, w) in enumerate(zip(got["events"], want["events"], strict=False)):
        for field in FIELDS:
            assert g[field] == w[field], f"event {number} field {field}: {g[field]!r} != {w[field]!r}"
    assert got["quotes"] == want["quotes"]
    assert (got["tone"], got["dateline"]) == (want["tone"], want["dateline"])
