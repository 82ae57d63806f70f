"""An ingest killed (SIGKILL) at any moment loses nothing and leaves nothing wrong: after
the next run every table, stories included, equals what one uninterrupted run stores.

The run is killed in a subprocess right after each batch commits (every batch
boundary), after the last batch (before stories are regrouped), and in the middle of
regrouping them; then `accord ingest` is run again on the same inputs, as a user would.
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES
from test_stories import DISTINCT, SAME_CALL

from accord.ingest import IngestOptions, ingest, repair
from accord.store import open_store

BATCH = 3
TABLES = ("articles", "events", "actors", "mentions", "relations", "topics", "quotes", "stories", "failures")
VOLATILE = {"run_id", "stored_at", "failed_at", "attempts", "resolved_at", "id"}  # per run, by design

# In a child process: ingest, and SIGKILL ourselves after the Nth commit of a batch or at
# the Nth call of the story grouping (inside regrouping's transaction).
CHILD = """
import os, signal, sys
import accord.ingest as ingest
from accord.store import open_store

db, inputs, where, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
calls = 0
def die_at_nth(function):
    def wrapped(*args, **kwargs):
        global calls
        result = function(*args, **kwargs)
        calls += 1
        if calls == n:
            os.kill(os.getpid(), signal.SIGKILL)
        return result
    return wrapped
if where == "batch":
    ingest.save_coded = die_at_nth(ingest.save_coded)
else:
    ingest.group_stories = die_at_nth(ingest.group_stories)
with open_store(db) as store:
    ingest.ingest([inputs], store, ingest.IngestOptions(batch_size=BATCH))
""".replace("BATCH", str(BATCH))


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two examples, reports of one call by several outlets (stories of more than one
    article) and a bad line (a failure)."""
    folder = tmp_path_factory.mktemp("inputs")
    for path in sorted(EXAMPLES.glob("*.txt"))[:2]:  # two suffice, and keep the test short
        shutil.copy(path, folder / path.name)
    with (folder / "reports.jsonl").open("w") as out:
        for name, (text, outlet) in {**SAME_CALL, **DISTINCT}.items():
            date, body = text.split(" ", 3)[2], text.split(" ", 3)[3]
            out.write(json.dumps({"id": name, "text": body, "date": date, "source": outlet}) + "\n")
        out.write('{"id": "bad", "text": "China and Mexico met.", "date": "2021-02-30"}\n')
    return folder


def snapshot(location: str) -> dict[str, list[tuple]]:
    with open_store(location, create=False) as store:
        tables = {}
        for table in TABLES:
            rows = store.rows(f"SELECT * FROM {table}")
            tables[table] = sorted(tuple(sorted((k, repr(v)) for k, v in row.items() if k not in VOLATILE)) for row in rows)
        return tables


def killed(location: str, inputs: Path, where: str, n: int) -> None:
    child = subprocess.run([sys.executable, "-c", CHILD, location, str(inputs), where, str(n)], capture_output=True, text=True, timeout=300)
    assert child.returncode == -signal.SIGKILL, child.stderr[-2000:]


def test_a_run_killed_at_any_batch_boundary_or_while_regrouping_resumes_to_the_same_tables(db, inputs):
    with open_store(db) as store:
        whole = ingest([str(inputs)], store, IngestOptions(batch_size=BATCH))
        batches = -(-whole.read // BATCH)
    expected = snapshot(db)
    assert len(expected["stories"]) > 0 and len(expected["failures"]) == 1
    assert any("2021-02-30" in dict(row)["reason"] for row in expected["failures"])
    kills = [("batch", n) for n in range(1, batches + 1)] + [("stories", 2)]
    for where, n in kills:
        with open_store(db) as store:  # empty it, keeping the schema
            for table in TABLES + ("runs",):
                store.execute(f"DELETE FROM {table}")
        killed(db, inputs, where, n)
        with open_store(db) as store:
            assert store.scalar("SELECT COUNT(*) FROM runs WHERE status = 'running'") == 1
            again = ingest([str(inputs)], store, IngestOptions(batch_size=BATCH))
            assert again.failed == 1
        assert snapshot(db) == expected, f"killed at {where} {n}"
        with open_store(db) as store:
            assert repair(store)["runs_interrupted"] == 1
            assert store.scalar("SELECT COUNT(*) FROM runs WHERE status = 'running'") == 0
        assert snapshot(db) == expected


def test_repair_regroups_stories_that_were_lost(db, inputs):
    with open_store(db) as store:
        ingest([str(inputs)], store, IngestOptions(batch_size=BATCH))
        expected = snapshot(db)
        with store.transaction():
            store.execute("DELETE FROM stories")
            store.execute("UPDATE events SET story_id = NULL")
        assert repair(store)["stories"] == len(expected["stories"])
    assert snapshot(db) == expected


def test_stories_made_stale_by_re_coding_are_regrouped_by_the_next_run(db, inputs, monkeypatch):
    import accord.ingest as ingest_module

    with open_store(db) as store:
        ingest([str(inputs)], store, IngestOptions(batch_size=BATCH))
    expected = snapshot(db)
    # a coder upgrade re-codes every article; the run dies before regrouping (no refresh)
    monkeypatch.setattr(ingest_module, "coder_version", lambda: "upgraded")
    monkeypatch.setattr(ingest_module, "refresh_stories", lambda store, dyads=None: 0)
    with open_store(db) as store:
        assert ingest([str(inputs)], store, IngestOptions(batch_size=BATCH)).coded > 0
        assert store.scalar("SELECT COUNT(*) FROM events WHERE asserted = 1 AND story_id IS NULL") > 0
    monkeypatch.undo()
    monkeypatch.setattr(ingest_module, "coder_version", lambda: "upgraded")
    with open_store(db) as store:
        assert ingest([str(inputs)], store, IngestOptions(batch_size=BATCH)).coded == 0  # nothing to re-code, stories regrouped
    recoded = snapshot(db)
    assert recoded["stories"] == expected["stories"]
    assert [dict(r)["story_id"] for r in recoded["events"]] == [dict(r)["story_id"] for r in expected["events"]]


def test_an_article_re_coded_out_of_a_story_leaves_no_stale_story_behind(db, inputs):
    with open_store(db) as store:
        ingest([str(inputs)], store, IngestOptions(batch_size=BATCH))
        story = store.rows("SELECT story_id FROM stories WHERE num_articles > 1 ORDER BY story_id")[0]["story_id"]
        article_id = store.scalar("SELECT article_id FROM events WHERE story_id = ? ORDER BY article_id", (story,))
        article = store.rows("SELECT * FROM articles WHERE id = ?", (article_id,))[0]
        store.save_articles([{"articles": [article]}])  # re-coded with no events; killed before regrouping
        ingest([str(inputs)], store, IngestOptions(batch_size=BATCH))  # the next run
    after_run = snapshot(db)
    with open_store(db) as store:
        repair(store)
    assert snapshot(db) == after_run
    assert dict(after_run["stories"][0])  # stories left
