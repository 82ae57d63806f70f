"""An ingest on a local 2-worker Dask cluster stores exactly what a single-process run
stores, row for row, with the same failures, and re-running it changes nothing."""

from __future__ import annotations

import shutil

import pytest
from conftest import DEV_ARTICLES, EXAMPLES

from accord.engines.dask_engine import ingest_on_dask
from accord.ingest import ingest
from accord.store import open_store

RUN_COLUMNS = {"run_id", "stored_at"}  # differ between any two runs
ORDER = {"articles": "id", "events": "id", "actors": "article_id, seq", "mentions": "article_id, seq",
         "relations": "article_id, seq", "topics": "article_id, code"}


def table(store, name: str) -> list[dict]:
    return [{k: v for k, v in row.items() if k not in RUN_COLUMNS}
            for row in store.rows(f"SELECT * FROM {name} ORDER BY {ORDER[name]}")]


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, folder)
    for path in sorted(DEV_ARTICLES.glob("*_wh-*.txt"))[:10]:
        shutil.copy(path, folder / path.name)
    (folder / "broken.jsonl").write_text('{"id": "x", "text": "Putin met Xi."}\n{"id": \n')
    return folder


def test_a_two_worker_dask_run_equals_the_single_process_run(corpus, tmp_path):
    with open_store(str(tmp_path / "local.db")) as local, open_store(str(tmp_path / "dask.db")) as dask:
        alone = ingest([str(corpus)], local)
        spread = ingest_on_dask([str(corpus)], dask, workers=2, files_per_task=4)
        assert (spread.read, spread.coded, spread.failed) == (alone.read, alone.coded, alone.failed) == (16, 16, 1)
        for name in ORDER:
            assert table(dask, name) == table(local, name), name
        assert [(f.source, f.position, f.reason) for f in dask.failures()] == [(f.source, f.position, f.reason) for f in local.failures()]
        again = ingest_on_dask([str(corpus)], dask, workers=2, files_per_task=4)
        assert (again.coded, again.unchanged) == (0, 16)
        assert dask.count("events") == local.count("events")
