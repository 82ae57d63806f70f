"""The database: articles, events, actors, mentions, relations, topics, runs and failures.

An embedded SQLite file is the default (`accord.db`); PostgreSQL is used when the
location is a `postgresql://` URL. Both get the same schema, built and upgraded by the
numbered migrations in `MIGRATIONS`, and the same behaviour:

- an article is identified by the hash of its content, so re-reading it changes nothing;
- an article coded by an older coder is re-coded and its rows replaced in one transaction;
- every row written for an article carries the coder version that wrote it;
- a failure (unreadable file, bad record, article too long) is kept with its source,
  position and reason until a later run reads that input successfully.

SQL is always parameterised; only table and column names from this module are
interpolated.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .errors import AccordError

DEFAULT_DB = "accord.db"


class StoreError(AccordError):
    """The database cannot be opened, or the location given for it is wrong."""


# Each migration is (version, description, statements). The statements are written in
# the subset of SQL both SQLite and PostgreSQL accept; `{id}` is the auto-numbered key
# type of the dialect.
MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (1, "articles, events, actors, mentions, relations, topics, runs, failures", [
        """CREATE TABLE runs (
            id TEXT PRIMARY KEY, started TEXT NOT NULL, finished TEXT, command TEXT,
            coder_version TEXT NOT NULL, engine TEXT, status TEXT NOT NULL,
            read INTEGER DEFAULT 0, coded INTEGER DEFAULT 0, unchanged INTEGER DEFAULT 0,
            skipped INTEGER DEFAULT 0, failed INTEGER DEFAULT 0)""",
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY, article_key TEXT NOT NULL, origin TEXT, outlet TEXT, url TEXT,
            title TEXT, published TEXT, anchor_date TEXT, anchor_how TEXT, text TEXT NOT NULL,
            words INTEGER NOT NULL, language TEXT, status TEXT NOT NULL, reason TEXT,
            coder_version TEXT NOT NULL, run_id TEXT, stored_at TEXT NOT NULL)""",
        """CREATE TABLE events (
            id TEXT PRIMARY KEY, article_id TEXT NOT NULL, seq INTEGER NOT NULL, asserted INTEGER NOT NULL,
            source TEXT NOT NULL, target TEXT NOT NULL, source_actor TEXT, target_actor TEXT,
            cameo TEXT NOT NULL, cameo_root TEXT NOT NULL, goldstein REAL, quad_class INTEGER,
            plover TEXT, plover_mode TEXT, date TEXT, date_precision TEXT, date_source TEXT,
            modality TEXT, sentence TEXT, sentence_index INTEGER, span_start INTEGER, span_end INTEGER,
            source_start INTEGER, source_end INTEGER, target_start INTEGER, target_end INTEGER,
            evidence TEXT, pattern TEXT, topics TEXT, coder_version TEXT NOT NULL)""",
        "CREATE INDEX events_article ON events (article_id)",
        "CREATE INDEX events_dyad ON events (source, target, date)",
        "CREATE INDEX events_date ON events (date)",
        "CREATE INDEX events_root ON events (cameo_root)",
        """CREATE TABLE actors (
            article_id TEXT NOT NULL, seq INTEGER NOT NULL, name TEXT NOT NULL, country TEXT, role TEXT,
            office TEXT, sector TEXT, start_date TEXT, end_date TEXT, coder_version TEXT NOT NULL,
            PRIMARY KEY (article_id, seq))""",
        """CREATE TABLE mentions (
            article_id TEXT NOT NULL, seq INTEGER NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
            text TEXT NOT NULL, kind TEXT NOT NULL, country TEXT, name TEXT, office TEXT,
            sentence_index INTEGER, coder_version TEXT NOT NULL, PRIMARY KEY (article_id, seq))""",
        """CREATE TABLE relations (
            article_id TEXT NOT NULL, seq INTEGER NOT NULL, country_a TEXT NOT NULL, country_b TEXT NOT NULL,
            established INTEGER, anniversary INTEGER, partnership TEXT, evidence TEXT,
            coder_version TEXT NOT NULL, PRIMARY KEY (article_id, seq))""",
        """CREATE TABLE topics (
            article_id TEXT NOT NULL, code TEXT NOT NULL, mentions INTEGER NOT NULL,
            coder_version TEXT NOT NULL, PRIMARY KEY (article_id, code))""",
        """CREATE TABLE failures (
            id {id}, run_id TEXT, source TEXT NOT NULL, position TEXT NOT NULL, reason TEXT NOT NULL,
            failed_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 1, resolved_at TEXT)""",
        "CREATE UNIQUE INDEX failures_place ON failures (source, position)",
    ]),
    (2, "quotes, event locations, article tone and dateline, stories across articles", [
        "ALTER TABLE events ADD COLUMN location TEXT",
        "ALTER TABLE events ADD COLUMN location_country TEXT",
        "ALTER TABLE events ADD COLUMN lat REAL",
        "ALTER TABLE events ADD COLUMN lon REAL",
        "ALTER TABLE events ADD COLUMN story_id TEXT",
        "CREATE INDEX events_story ON events (story_id)",
        "ALTER TABLE articles ADD COLUMN tone REAL",
        "ALTER TABLE articles ADD COLUMN tone_positive REAL",
        "ALTER TABLE articles ADD COLUMN tone_negative REAL",
        "ALTER TABLE articles ADD COLUMN tone_polarity REAL",
        "ALTER TABLE articles ADD COLUMN dateline TEXT",
        "ALTER TABLE articles ADD COLUMN dateline_country TEXT",
        """CREATE TABLE quotes (
            article_id TEXT NOT NULL, seq INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL, speaker TEXT,
            speaker_country TEXT, speaker_office TEXT, speaker_text TEXT, addressee TEXT, addressee_country TEXT,
            cue TEXT, sentence_index INTEGER, span_start INTEGER, span_end INTEGER, speaker_start INTEGER,
            speaker_end INTEGER, coder_version TEXT NOT NULL, PRIMARY KEY (article_id, seq))""",
        "CREATE INDEX quotes_speaker ON quotes (speaker_country, speaker)",
        """CREATE TABLE stories (
            story_id TEXT PRIMARY KEY, source TEXT NOT NULL, target TEXT NOT NULL, cameo TEXT NOT NULL, plover TEXT,
            goldstein REAL, quad_class INTEGER, date TEXT, date_precision TEXT, source_actor TEXT, target_actor TEXT,
            location TEXT, location_country TEXT, num_articles INTEGER NOT NULL, num_sources INTEGER NOT NULL,
            num_reports INTEGER NOT NULL)""",
    ]),
    (3, "officials and mentions of organisations acting for themselves", [
        "ALTER TABLE actors ADD COLUMN organisation TEXT",
        "ALTER TABLE mentions ADD COLUMN organisation TEXT",
    ]),
    (4, "canonical actors: the id of each event's source and target (identity.py)", [
        "ALTER TABLE events ADD COLUMN source_actor_id TEXT",
        "ALTER TABLE events ADD COLUMN target_actor_id TEXT",
        "CREATE INDEX events_source_actor ON events (source_actor_id)",
        "CREATE INDEX events_target_actor ON events (target_actor_id)",
    ]),
]

# The tables that hold what was coded from an article, replaced together on re-coding.
ARTICLE_TABLES = ("events", "actors", "mentions", "relations", "topics", "quotes")


@dataclass(frozen=True)
class Failure:
    source: str
    position: str
    reason: str
    run_id: str | None = None
    failed_at: str = ""
    attempts: int = 1
    resolved_at: str | None = None


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def resolve_location(location: str | None) -> tuple[str, str]:
    """(dialect, target) for a `--db` value: a file path or sqlite:///PATH for SQLite, a
    postgresql:// URL for PostgreSQL."""
    location = location or DEFAULT_DB
    if location.startswith(("postgresql://", "postgres://")):
        return "postgresql", location
    if location.startswith("sqlite:///"):
        return "sqlite", location[len("sqlite:///"):]
    if "://" in location:
        scheme = location.split("://", 1)[0]
        raise StoreError(f"--db {location!r}: unsupported scheme {scheme!r}; expected a file path, sqlite:///PATH or postgresql://USER@HOST/DB")
    return "sqlite", location


class Store:
    """One open database. Use `open_store`; close it (or use it as a context manager)."""

    def __init__(self, dialect: str, connection: Any, location: str) -> None:
        self.dialect = dialect
        self.connection = connection
        self.location = location

    # -- plumbing ---------------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    def sql(self, statement: str) -> str:
        """The statement in the dialect's parameter style (`?` in SQLite, `%s` in PostgreSQL)."""
        return statement.replace("?", "%s") if self.dialect == "postgresql" else statement

    def execute(self, statement: str, params: Sequence[Any] = ()) -> Any:
        cursor = self.connection.cursor()
        cursor.execute(self.sql(statement), tuple(params))
        return cursor

    def rows(self, statement: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """The result of a query as a list of dicts keyed by column name."""
        cursor = self.execute(statement, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def iter_rows(self, statement: str, params: Sequence[Any] = (), chunk: int = 2000) -> Iterator[dict[str, Any]]:
        """Like `rows`, fetched in chunks, for results too large to hold at once."""
        cursor = self.execute(statement, params)
        names = [d[0] for d in cursor.description]
        while batch := cursor.fetchmany(chunk):
            for row in batch:
                yield dict(zip(names, row, strict=True))

    def scalar(self, statement: str, params: Sequence[Any] = ()) -> Any:
        row = self.execute(statement, params).fetchone()
        return row[0] if row else None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside commits together or not at all."""
        if self.dialect == "postgresql":
            import psycopg

            try:
                with self.connection.transaction():
                    yield
            except (psycopg.errors.DiskFull, psycopg.errors.ReadOnlySqlTransaction, psycopg.errors.DataCorrupted) as exc:
                raise self.failed(exc) from None
            return
        try:
            self.connection.execute("BEGIN IMMEDIATE")  # one writer at a time; readers go on (WAL)
        except sqlite3.DatabaseError as exc:
            raise self.failed(exc) from None
        try:
            yield
            self.connection.commit()
        except sqlite3.DatabaseError as exc:
            self._rollback()
            raise self.failed(exc) from None
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        try:
            self.connection.rollback()
        except sqlite3.DatabaseError:
            pass  # nothing was written; the first error is the one to report

    def failed(self, exc: Exception) -> StoreError:
        """A database error people can act on, in one line: a full disk, a read-only or a
        corrupted database, else the database's own words. What was committed is kept."""
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        low = text.lower()
        if "full" in low or "no space" in low:
            problem = "the disk is full; free some space and run the command again (everything committed so far is kept)"
        elif "readonly" in low or "read-only" in low:
            problem = "the database is read-only; give a database this user may write to"
        elif "malformed" in low or "not a database" in low or "corrupt" in low:
            problem = "the database is corrupted; restore it from a backup, or ingest the articles again into a new one"
        else:
            problem = "the database refused the write"
        return StoreError(f"--db {self.location}: {problem} ({text})")

    def check_integrity(self) -> None:
        """Raise StoreError if SQLite finds the file damaged (`PRAGMA quick_check`: a read of
        every page, no index comparison); PostgreSQL checks its own pages."""
        if self.dialect != "sqlite":
            return
        try:
            found = self.scalar("PRAGMA quick_check(1)")
        except sqlite3.DatabaseError as exc:
            raise self.failed(exc) from None
        if found != "ok":
            raise self.failed(sqlite3.DatabaseError(f"database disk image is malformed: {found}"))

    def insert(self, table: str, rows: Sequence[dict[str, Any]]) -> None:
        if not rows:
            return
        columns = list(rows[0])
        statement = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
        cursor = self.connection.cursor()
        cursor.executemany(self.sql(statement), [tuple(row[c] for c in columns) for row in rows])

    # -- schema -----------------------------------------------------------------------

    def schema_version(self) -> int:
        if not self._has_table("schema_migrations"):
            return 0
        return int(self.scalar("SELECT MAX(version) FROM schema_migrations") or 0)

    def _has_table(self, name: str) -> bool:
        if self.dialect == "sqlite":
            query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
        else:
            query = "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?"
        return self.scalar(query, (name,)) is not None

    def migrate(self) -> list[int]:
        """Bring the schema up to date; returns the versions applied."""
        id_type = "INTEGER PRIMARY KEY AUTOINCREMENT" if self.dialect == "sqlite" else "BIGSERIAL PRIMARY KEY"
        applied = []
        with self.transaction():
            if self.dialect == "postgresql":  # two processes migrating at once wait for each other
                self.execute("SELECT pg_advisory_xact_lock(7419)")
            self.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT, applied_at TEXT)")
            current = int(self.scalar("SELECT MAX(version) FROM schema_migrations") or 0)
            for version, description, statements in MIGRATIONS:
                if version <= current:
                    continue
                for statement in statements:
                    self.execute(statement.replace("{id}", id_type))
                self.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, description, now()))
                applied.append(version)
        return applied

    # -- runs -------------------------------------------------------------------------

    def start_run(self, run_id: str, command: str, coder_version: str, engine: str = "local") -> None:
        with self.transaction():
            self.execute(
                "INSERT INTO runs (id, started, command, coder_version, engine, status) VALUES (?, ?, ?, ?, ?, 'running')",
                (run_id, now(), command, coder_version, engine),
            )

    def finish_run(self, run_id: str, counts: dict[str, int], status: str = "finished") -> None:
        with self.transaction():
            self.execute(
                "UPDATE runs SET finished = ?, status = ?, read = ?, coded = ?, unchanged = ?, skipped = ?, failed = ? WHERE id = ?",
                (now(), status, counts.get("read", 0), counts.get("coded", 0), counts.get("unchanged", 0),
                 counts.get("skipped", 0), counts.get("failed", 0), run_id),
            )

    def runs(self, limit: int = 20) -> list[dict[str, Any]]:
        return self.rows("SELECT * FROM runs ORDER BY started DESC, id LIMIT ?", (limit,))

    # -- articles ---------------------------------------------------------------------

    def coded_versions(self, article_ids: Iterable[str]) -> dict[str, str]:
        """For the stored ones among these article ids, the coder version that coded them."""
        ids = list(article_ids)
        found: dict[str, str] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in self.rows(f"SELECT id, coder_version FROM articles WHERE id IN ({marks})", chunk):
                found[row["id"]] = row["coder_version"]
        return found

    def ids_coded_by(self, version: str) -> list[str]:
        """The ids of the articles this coder version has stored."""
        return [row["id"] for row in self.rows("SELECT id FROM articles WHERE coder_version = ?", (version,))]

    def save_articles(self, stored: Sequence[dict[str, list[dict[str, Any]]]]) -> set[tuple[str, str]]:
        """Write coded articles (as made by `ingest.article_rows`) in one transaction; an
        article already stored has all its rows replaced. Returns the dyads (source,
        target) of the events written or replaced, whose stories need regrouping."""
        dyads: set[tuple[str, str]] = set()
        with self.transaction():
            for tables in stored:
                article_id = tables["articles"][0]["id"]
                old = self.execute("SELECT DISTINCT source, target FROM events WHERE article_id = ?", (article_id,)).fetchall()
                dyads.update((a, b) for a, b in old)
                # the stories its old events were in are stale until regrouped, even if this run is killed
                self.execute("UPDATE events SET story_id = NULL WHERE story_id IN "
                             "(SELECT story_id FROM events WHERE article_id = ? AND story_id IS NOT NULL)", (article_id,))
                for table in ARTICLE_TABLES + ("articles",):
                    key = "id" if table == "articles" else "article_id"
                    self.execute(f"DELETE FROM {table} WHERE {key} = ?", (article_id,))
                for table, rows in tables.items():
                    self.insert(table, rows)
                dyads.update((e["source"], e["target"]) for e in tables.get("events", ()))
        return dyads

    def count(self, table: str) -> int:
        if table not in ARTICLE_TABLES + ("articles", "failures", "runs", "stories"):
            raise StoreError(f"no table {table!r}")
        return int(self.scalar(f"SELECT COUNT(*) FROM {table}"))

    # -- failures ---------------------------------------------------------------------

    def record_failure(self, failure: Failure) -> None:
        """Keep a failure; the same place failing again counts one more attempt."""
        with self.transaction():
            updated = self.execute(
                "UPDATE failures SET reason = ?, run_id = ?, failed_at = ?, attempts = attempts + 1, resolved_at = NULL "
                "WHERE source = ? AND position = ?",
                (failure.reason, failure.run_id, now(), failure.source, failure.position),
            ).rowcount
            if not updated:
                self.execute(
                    "INSERT INTO failures (run_id, source, position, reason, failed_at) VALUES (?, ?, ?, ?, ?)",
                    (failure.run_id, failure.source, failure.position, failure.reason, now()),
                )

    def resolve_failures(self, source: str, still_failing: set[str]) -> int:
        """Mark the open failures of a source resolved, except the positions still failing."""
        open_ = self.rows("SELECT position FROM failures WHERE source = ? AND resolved_at IS NULL", (source,))
        fixed = [row["position"] for row in open_ if row["position"] not in still_failing]
        if fixed:
            with self.transaction():
                for position in fixed:
                    self.execute("UPDATE failures SET resolved_at = ? WHERE source = ? AND position = ?", (now(), source, position))
        return len(fixed)

    def failures(self, include_resolved: bool = False) -> list[Failure]:
        query = "SELECT run_id, source, position, reason, failed_at, attempts, resolved_at FROM failures"
        if not include_resolved:
            query += " WHERE resolved_at IS NULL"
        return [Failure(**row) for row in self.rows(query + " ORDER BY source, id")]


def open_store(location: str | None = None, *, create: bool = True) -> Store:
    """Open (and by default create and migrate) the database at a path or URL."""
    dialect, target = resolve_location(location)
    if dialect == "postgresql":
        return _open_postgresql(target, create)
    path = Path(target)
    if not create and not path.exists():
        raise StoreError(f"--db {target}: no such database; run `accord ingest` first")
    if path.parent != Path("") and not path.parent.exists():
        raise StoreError(f"--db {target}: folder {path.parent} does not exist")
    try:
        connection = sqlite3.connect(target, timeout=30, isolation_level=None, check_same_thread=False)
        connection.execute("PRAGMA journal_mode = WAL")  # readers go on while a run writes
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"--db {target}: cannot be opened as an SQLite database ({exc})") from None
    store = Store("sqlite", connection, target)
    _ready(store, create)
    return store


def _open_postgresql(url: str, create: bool) -> Store:
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        raise StoreError("PostgreSQL needs psycopg: pip install 'psycopg[binary]'") from None
    try:
        connection = psycopg.connect(url, connect_timeout=10, autocommit=True)
    except psycopg.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise StoreError(f"--db {_hide_password(url)}: cannot connect ({first})") from None
    store = Store("postgresql", connection, _hide_password(url))
    _ready(store, create)
    return store


def _ready(store: Store, create: bool) -> None:
    try:
        if create:
            store.migrate()
        elif store.schema_version() == 0:
            raise StoreError(f"--db {store.location}: holds no Accord data; run `accord ingest` first")
    except (sqlite3.DatabaseError, sqlite3.OperationalError) as exc:
        store.close()
        raise StoreError(f"--db {store.location}: cannot be used as an Accord database ({exc})") from None


def _hide_password(url: str) -> str:
    if "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    credentials, host = rest.rsplit("@", 1)
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}@{host}"
