"""Shared fixtures: paths to the bundled examples, to the development gold shipped in
tests/data, and to ../shared when it is there (tests marked `shared` only)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"  # the five seed articles
DATA = ROOT / "tests" / "data"
DEV_ARTICLES = DATA / "dev"  # 25 White House readouts (public domain), with MANIFEST.tsv
DEV_GOLD = DATA / "gold" / "dev"  # the project's gold for the seeds and the readouts
SHARED = Path(os.environ.get("ACCORD_SHARED", ROOT.parent / "shared"))


@pytest.fixture
def shared() -> Path:
    """The project's shared development data (copyrighted news, corpus, held-out sets);
    CI always has it beside the clone. Only tests marked `shared` use it: they are left
    out of a plain `pytest` run and run with `pytest -m shared`."""
    if not (SHARED / "gold" / "dev").is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{SHARED}/gold/dev is missing: CI must have ../shared beside the clone")
        pytest.skip(f"{SHARED} not found (set ACCORD_SHARED)")
    return SHARED


@pytest.fixture(autouse=True, scope="session")
def _cache_dir(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Derived indexes (accord/cache.py) are kept in a folder of the test session, never
    in the user's cache; processes the tests start inherit it."""
    os.environ["ACCORD_CACHE_DIR"] = str(tmp_path_factory.mktemp("accord-cache"))


PG_URL = os.environ.get("ACCORD_TEST_POSTGRES")  # set by .ci/run, which starts a server


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database location of each kind: an SQLite file, and a PostgreSQL
    database emptied for the test (CI always has the server; elsewhere set
    ACCORD_TEST_POSTGRES, e.g. to what `tools/postgres.sh start DIR` prints)."""
    if request.param == "sqlite":
        return str(tmp_path / "accord.db")
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("ACCORD_TEST_POSTGRES is not set: .ci/run must start PostgreSQL")
        pytest.skip("no PostgreSQL server (set ACCORD_TEST_POSTGRES)")
    import psycopg

    with psycopg.connect(PG_URL, autocommit=True) as connection:
        connection.execute("DROP SCHEMA IF EXISTS public CASCADE")
        connection.execute("CREATE SCHEMA public")
    return PG_URL
