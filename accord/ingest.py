"""Code articles and store them: the batch stage behind `accord ingest` and `accord watch`.

For each article read: its content id (a hash of its text and date) is looked up; an
article stored by this coder version is left as it is ("unchanged"); a non-English one
is stored as skipped with the reason; the rest are coded and written, each article's
rows replacing any older ones in the same transaction. Articles are committed in
small batches and only committed articles are reported as stored, so a run killed at
any moment loses nothing it reported and the next run resumes where it stopped.

A bad input (unreadable file, malformed record, article over the size limit) never
stops the batch: it goes to the `failures` table with its source, position and reason,
and is retried by `accord ingest --retry-failed`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import sys
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from . import __version__
from .errors import InputError
from .formats.options import ReadOptions
from .language import UNDETERMINED, detect_language
from .pipeline import BATCH, batches, extract_batch
from .read import read_articles
from .records import Article, Event, Extraction
from .store import Failure, Store, now
from .stories import group_stories

# What decides the events of an article: the stages' code and the knowledge files.
CODER_FILES = ("pipeline.py", "read.py", "text.py", "actors.py", "dates.py", "coding.py", "dictionary.py", "parse.py", "prefilter.py", "relations.py",
               "topics.py", "quotes.py", "location.py", "tone.py", "knowledge.py", "records.py", "identity.py",
               "knowledge/*.csv", "knowledge/*.yaml", "knowledge/dictionary/*.yaml")
WHERE_LINE = re.compile(r"^(.*):(\d+)$")
# An article's origin as its reader names it: "path:line", "path at byte N", "url entry N".
ORIGIN_PLACE = re.compile(r"^(.*?)(?::(\d+)| at byte (\d+)| entry (\d+))$")
VANISHED = "no longer exists"


@dataclass(frozen=True)
class IngestOptions:
    """Settings of one ingest run, shared by the CLI and the engines."""

    batch_size: int = 50  # articles committed together
    read: ReadOptions = field(default_factory=ReadOptions)  # CSV columns, size limit (longer articles are failures)
    languages: tuple[str, ...] = ("en",)  # others are stored as skipped
    command: str = "ingest"
    engine: str = "local"


@dataclass
class IngestSummary:
    run_id: str
    read: int = 0
    coded: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: int = 0
    stored: int = 0  # articles committed by this run (coded + skipped)
    seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)
    dyads: set[tuple[str, str]] = field(default_factory=set)  # whose events this run wrote or replaced
    coder_version: str = ""
    saved: set[str] = field(default_factory=set)  # article ids written by this run
    on_failure: Callable[[Failure], None] | None = field(default=None, repr=False, compare=False)  # told of each failure as it happens

    def fail(self, store: Store, failure: Failure) -> None:
        """Record a failure in the database and count it."""
        store.record_failure(failure)
        self.failures.append(failure)
        self.failed += 1
        if self.on_failure is not None:
            self.on_failure(failure)

    def counts(self) -> dict[str, int]:
        return {"read": self.read, "coded": self.coded, "unchanged": self.unchanged, "skipped": self.skipped, "failed": self.failed}

    def line(self) -> str:
        rate = f", {self.read / self.seconds:.1f} articles/s" if self.seconds > 0 else ""
        return (f"read {self.read}, coded {self.coded}, unchanged {self.unchanged}, skipped {self.skipped}, "
                f"failed {self.failed} ({self.seconds:.1f} s{rate})")


@cache
def coder_version() -> str:
    """The package version and a digest of the coder's code and knowledge: any change to
    either re-codes stored articles on the next ingest."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for pattern in CODER_FILES:
        for path in sorted(root.glob(pattern)):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:10]}"


def content_id(article: Article) -> str:
    """An article's identity: the same text and date give the same id wherever it is read."""
    return hashlib.sha256(f"{article.published or ''}\n{article.text}".encode("utf-8", "surrogatepass")).hexdigest()[:32]


def article_rows(article: Article, extraction: Extraction | None, version: str, run_id: str,
                 status: str = "coded", reason: str | None = None, language: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """The rows of every table for one article, keyed by table name."""
    aid = content_id(article)
    anchor = extraction.date_inferred if extraction else None
    tone = extraction.tone if extraction else None
    dateline = extraction.dateline if extraction else None
    tables: dict[str, list[dict[str, Any]]] = {"articles": [{
        "id": aid, "article_key": article.id, "origin": article.origin, "outlet": article.source, "url": article.url,
        "title": article.title, "published": article.published, "anchor_date": anchor[0] if anchor else None,
        "anchor_how": anchor[1] if anchor else None, "text": article.text, "words": len(article.text.split()),
        "language": language, "status": status, "reason": reason, "coder_version": version, "run_id": run_id,
        "stored_at": now(),
        "tone": tone.tone if tone else None, "tone_positive": tone.positive if tone else None,
        "tone_negative": tone.negative if tone else None, "tone_polarity": tone.polarity if tone else None,
        "dateline": dateline.name if dateline else None, "dateline_country": dateline.country if dateline else None,
    }]}
    if extraction is None:
        return tables
    coded = [(1, e) for e in extraction.events] + [(0, e) for e in extraction.unasserted]
    tables["events"] = [{
        "id": f"{aid}-{seq}", "article_id": aid, "seq": seq, "asserted": asserted,
        "source": e.source, "target": e.target, "source_actor": e.source_actor, "target_actor": e.target_actor,
        "cameo": e.cameo, "cameo_root": e.cameo[:2], "goldstein": e.goldstein, "quad_class": e.quad_class,
        "plover": e.plover, "plover_mode": e.plover_mode, "date": e.date, "date_precision": e.date_precision,
        "date_source": e.date_source, "modality": e.modality, "sentence": e.sentence, "sentence_index": e.sentence_index,
        "span_start": e.span[0], "span_end": e.span[1],
        "source_start": e.source_span[0] if e.source_span else None, "source_end": e.source_span[1] if e.source_span else None,
        "target_start": e.target_span[0] if e.target_span else None, "target_end": e.target_span[1] if e.target_span else None,
        "evidence": e.evidence, "pattern": e.pattern, "topics": ",".join(e.topics), "coder_version": version,
        "location": e.location, "location_country": e.location_country, "lat": e.lat, "lon": e.lon, "story_id": None,
        "source_actor_id": e.source_actor_id, "target_actor_id": e.target_actor_id,
    } for seq, (asserted, e) in enumerate(coded)]
    tables["actors"] = [{
        "article_id": aid, "seq": seq, "name": a.name, "country": a.country, "role": a.role, "office": a.office,
        "sector": a.sector, "start_date": a.start, "end_date": a.end, "coder_version": version, "organisation": a.organisation,
    } for seq, a in enumerate(extraction.actors)]
    tables["mentions"] = [{
        "article_id": aid, "seq": seq, "start_offset": m.start, "end_offset": m.end, "text": m.text, "kind": m.kind,
        "country": m.country, "name": m.name, "office": m.office, "sentence_index": m.sentence, "coder_version": version,
        "organisation": m.organisation,
    } for seq, m in enumerate(extraction.mentions)]
    tables["relations"] = [{
        "article_id": aid, "seq": seq, "country_a": r.countries[0], "country_b": r.countries[1], "established": r.established,
        "anniversary": r.anniversary, "partnership": r.partnership, "evidence": r.evidence, "coder_version": version,
    } for seq, r in enumerate(extraction.relations)]
    tables["quotes"] = [{
        "article_id": aid, "seq": seq, "text": q.text, "kind": q.kind, "speaker": q.speaker, "speaker_country": q.speaker_country,
        "speaker_office": q.speaker_office, "speaker_text": q.speaker_text, "addressee": q.addressee,
        "addressee_country": q.addressee_country, "cue": q.cue, "sentence_index": q.sentence_index,
        "span_start": q.span[0], "span_end": q.span[1], "speaker_start": q.speaker_span[0] if q.speaker_span else None,
        "speaker_end": q.speaker_span[1] if q.speaker_span else None, "coder_version": version,
    } for seq, q in enumerate(extraction.quotes)]
    tables["topics"] = [{"article_id": aid, "code": code, "mentions": n, "coder_version": version}
                        for code, n in sorted(extraction.topics.items())]
    return tables


def failure_of(error: InputError, run_id: str) -> Failure:
    """A failure record with the error's source and position ("news.txt:7", a file of
    that name, is a source, not line 7 of news.txt)."""
    source, position = getattr(error, "source", None) or error.where, getattr(error, "position", None)
    if position is None and source == error.where and not Path(source).exists():  # a "path:line" the reader did not split
        match = WHERE_LINE.match(error.where)
        source, position = (match.group(1), match.group(2)) if match else (error.where, position)
    return Failure(source=str(source), position="" if position is None else str(position), reason=error.problem, run_id=run_id)


def count_articles(paths: Sequence[str]) -> int | None:
    """How many articles the inputs hold, counted without reading them as articles: a
    text or HTML file is one, a JSON Lines file one a non-empty line, a CSV or TSV one
    a line after the header. None when a WARC file, a feed or a URL is among them (only
    reading tells). For the progress bar's total: a CSV cell over several lines makes
    it an overestimate, corrected when the run ends."""
    from .read import directory_files, format_of

    total = 0
    for name in paths:
        path = Path(name)
        if "://" in name:
            return None
        for file in directory_files(path) if path.is_dir() else [path]:
            fmt = format_of(file)
            if fmt in ("text", "html"):
                total += 1
            elif fmt in ("jsonl", "csv") and file.is_file() and not file.is_symlink():
                lines = _count_lines(file)
                total += lines if fmt == "jsonl" else max(lines - 1, 0)
            elif fmt is not None:
                return None
    return total


def _total(sources: Sequence[str]) -> int | None:
    try:
        return count_articles(sources)
    except OSError:  # unreadable: the reader reports it; the bar goes without a total
        return None


def _count_lines(path: Path) -> int:
    """Lines of a file that hold more than spaces."""
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


class Progress:
    """Progress on stderr: on a terminal, a bar with the total (when it can be counted),
    percentage, rate and time left, moved by every article and drawn at once; a plain line
    per committed batch otherwise. Each failure is printed as it happens."""

    def __init__(self, enabled: bool, total: int | None = None) -> None:
        self.enabled = enabled
        self.bar: Any = None
        if enabled and sys.stderr.isatty():
            from tqdm import tqdm
            self.bar = tqdm(total=total, unit=" articles", file=sys.stderr, dynamic_ncols=True, mininterval=0.2)
            self.bar.refresh()

    def article(self) -> None:
        """One more article read and coded (or found unchanged, or failed)."""
        if self.bar is not None:
            self.bar.update(1)

    def failure(self, failure: Failure) -> None:
        place = f"{failure.source}:{failure.position}" if failure.position else failure.source
        line = f"accord: failed {place}: {failure.reason}"
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr, flush=True)

    def update(self, summary: IngestSummary, read_since: int) -> None:
        if not self.enabled:
            return
        if self.bar is not None:
            self.bar.set_postfix(stored=summary.stored, unchanged=summary.unchanged, failed=summary.failed)
        else:
            print(f"accord: stored {summary.stored} articles (read {summary.read}, unchanged {summary.unchanged}, "
                  f"failed {summary.failed})", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            if self.bar.total is not None and self.bar.n != self.bar.total:
                self.bar.total = self.bar.n  # the count was an estimate (or the run stopped): end at what was done
                self.bar.refresh()
            self.bar.close()


@contextmanager
def recorded_run(store: Store, sources: list[str], options: IngestOptions) -> Iterator[IngestSummary]:
    """A run: recorded in `runs` with its counts and status however it ends; when it
    ends well, the failures of the sources it read again that did not fail again are
    resolved, and the stories of the dyads it touched (and of any dyad whose stories are
    stale: see `stale_dyads`) are regrouped before it is marked finished."""
    summary = IngestSummary(run_id=uuid.uuid4().hex[:16], coder_version=coder_version())
    store.start_run(summary.run_id, f"{options.command} {' '.join(sources)}".strip(), summary.coder_version, options.engine)
    started = time.perf_counter()
    status = "interrupted"
    try:
        for source in getattr(sources, "vanished", ()):
            for failure in store.failures():
                if failure.source == source:
                    earlier = failure.reason.split("; before: ", 1)[-1]
                    summary.fail(store, dataclasses.replace(failure, reason=f"{VANISHED}; before: {earlier}", run_id=summary.run_id))
        yield summary
        resolve_failures(store, sources, {(f.source, f.position) for f in summary.failures})
        refresh_stories(store, summary.dyads | stale_dyads(store))
        status = "finished"
    finally:
        summary.seconds = time.perf_counter() - started
        store.finish_run(summary.run_id, summary.counts(), status)


class Sources(list[str]):
    """The inputs of a run, and the sources of open failures that no longer exist
    (`vanished`): those are recorded as failing still, not read."""

    vanished: list[str]

    def __init__(self, sources: Iterable[str], vanished: Iterable[str] = ()) -> None:
        super().__init__(sources)
        self.vanished = list(vanished)


def sources_of(store: Store, paths: Sequence[str], retry_failed: bool) -> list[str]:
    """The inputs of a run: the paths, and with `retry_failed` the sources of open
    failures; a retried source that is gone is kept apart, to be reported, not read."""
    sources = list(paths)
    vanished: list[str] = []
    if retry_failed:
        for failure in store.failures():
            if failure.source in sources or failure.source in vanished:
                continue
            gone = "://" not in failure.source and not Path(failure.source).exists()
            (vanished if gone else sources).append(failure.source)
    return Sources(sources, vanished)


def article_place(article: Article) -> tuple[str, str]:
    """The source and position of an article, from its origin ("path:12" -> path, 12)."""
    origin = article.origin or article.id
    match = ORIGIN_PLACE.match(origin)
    if match is None or Path(origin).exists():
        return origin, ""
    return match.group(1), next(g for g in match.groups()[1:] if g is not None)


def code_articles(articles: Sequence[Article], version: str, run_id: str,
                  options: IngestOptions) -> list[dict[str, list[dict[str, Any]]] | Failure]:
    """Each article's table rows, in order, or its Failure if anything goes wrong coding it
    (the boundary of one article: it never stops the others). Articles in a language not
    to code are stored as skipped; the sentences of the others are parsed in one pass
    (`pipeline.extract_batch`). The per-article work every engine runs."""
    out: list[dict[str, list[dict[str, Any]]] | Failure | None] = [None] * len(articles)
    wanted: list[tuple[int, str]] = []  # (place, language) of the articles to extract
    for i, article in enumerate(articles):
        try:
            language = detect_language(article.text)
            if language not in options.languages and language != UNDETERMINED:  # too short to tell: coded
                reason = f"language is {language!r}, not {' or '.join(options.languages)}"
                out[i] = article_rows(article, None, version, run_id, status="skipped", reason=reason, language=language)
            else:
                wanted.append((i, language))
        except (KeyboardInterrupt, SystemExit, MemoryError):
            raise
        except Exception as exc:  # noqa: BLE001 - the boundary of one article
            out[i] = _coding_failure(article, exc, run_id)
    for (i, language), extraction in zip(wanted, extract_batch([articles[i] for i, _ in wanted]), strict=True):
        try:
            if isinstance(extraction, Exception):
                raise extraction
            out[i] = article_rows(articles[i], extraction, version, run_id, language=language)
        except (KeyboardInterrupt, SystemExit, MemoryError):
            raise
        except Exception as exc:  # noqa: BLE001 - the boundary of one article
            out[i] = _coding_failure(articles[i], exc, run_id)
    return [rows for rows in out if rows is not None]


def _coding_failure(article: Article, exc: Exception, run_id: str) -> Failure:
    source, position = article_place(article)
    return Failure(source=source, position=position, reason=f"could not be coded: {type(exc).__name__}: {str(exc)[:200]}", run_id=run_id)


def ingest(paths: Sequence[str], store: Store, options: IngestOptions | None = None, *,
           retry_failed: bool = False, progress: bool = False) -> IngestSummary:
    """Read, code and store the articles at the paths (and, with `retry_failed`, the
    sources of open failures). Returns the run's counts."""
    options = options or IngestOptions()
    store.check_integrity()  # a damaged database is one clear error before any work, not a traceback later
    sources = sources_of(store, paths, retry_failed)
    bar = Progress(progress, _total(sources) if progress and sys.stderr.isatty() else None)
    try:
        with recorded_run(store, sources, options) as summary:
            if progress:
                summary.on_failure = bar.failure

            def on_error(error: InputError) -> None:
                summary.fail(store, failure_of(error, summary.run_id))
                bar.article()

            for batch in batches(read_articles(sources, on_error=on_error, options=options.read), options.batch_size):
                read_before = summary.read
                _store_batch(batch, store, options, summary, bar.article)
                bar.update(summary, summary.read - read_before)
    finally:
        bar.close()
    return summary


def _store_batch(batch: list[Article], store: Store, options: IngestOptions, summary: IngestSummary,
                 on_article: Callable[[], None] | None = None) -> None:
    summary.read += len(batch)
    known = store.coded_versions(content_id(a) for a in batch)
    coded = []
    fresh = [a for a in batch if known.get(content_id(a)) != summary.coder_version]  # not stored by this coder
    summary.unchanged += len(batch) - len(fresh)
    for rows in code_articles(fresh, summary.coder_version, summary.run_id, options):
        if isinstance(rows, Failure):
            summary.fail(store, rows)
        else:
            coded.append(rows)
    if on_article is not None:
        for _ in batch:
            on_article()
    save_coded(store, coded, summary)


def save_coded(store: Store, coded: list[dict[str, list[dict[str, Any]]]], summary: IngestSummary) -> None:
    """Write coded articles and count them; one this run has written already (the same
    content read twice) counts as unchanged."""
    fresh = []
    for tables in coded:
        aid = tables["articles"][0]["id"]
        if aid in summary.saved:
            summary.unchanged += 1
        else:
            summary.saved.add(aid)
            fresh.append(tables)
    summary.dyads |= store.save_articles(fresh)
    for tables in fresh:
        skipped = tables["articles"][0]["status"] == "skipped"
        summary.skipped += skipped
        summary.coded += not skipped
    summary.stored += len(fresh)


def stale_dyads(store: Store) -> set[tuple[str, str]]:
    """The dyads whose stories may not match their events: those with an asserted event
    in no story (written by a run that stopped before regrouping, or re-coded), and
    those with a story that no event belongs to any more."""
    rows = store.rows("SELECT DISTINCT source, target FROM events WHERE asserted = 1 AND story_id IS NULL")
    rows += store.rows("SELECT DISTINCT source, target FROM stories s WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.story_id = s.story_id)")
    return {(r["source"], r["target"]) for r in rows}


def repair(store: Store) -> dict[str, int]:
    """Make the database consistent after runs that were killed: runs still marked
    "running" become "interrupted", and the stories of every dyad are grouped again
    from the stored events. Run it when no ingest is running. A damaged database
    (`PRAGMA quick_check`) is a StoreError. Returns the counts."""
    store.check_integrity()
    with store.transaction():
        interrupted = store.execute("UPDATE runs SET status = 'interrupted', finished = ? WHERE status = 'running'", (now(),)).rowcount
    dyads = {(r["source"], r["target"]) for r in store.rows("SELECT DISTINCT source, target FROM events WHERE asserted = 1")}
    stale = len(stale_dyads(store))
    stories = refresh_stories(store, dyads | stale_dyads(store))
    return {"runs_interrupted": int(interrupted or 0), "dyads_stale": stale, "stories": stories}


def refresh_stories(store: Store, dyads: Iterable[tuple[str, str]] | None = None) -> int:
    """Group the stored events of these dyads (default: all) into stories, one event
    reported by several articles (`accord.stories`), and link each event to its story.
    Stories never cross dyads, so each dyad is regrouped on its own. Returns the number
    of stories written."""
    if dyads is None:
        dyads = [(r["source"], r["target"]) for r in store.rows("SELECT DISTINCT source, target FROM events WHERE asserted = 1")]
    fields_ = [f.name for f in dataclasses.fields(Event)]
    written = 0
    with store.transaction():
        for source, target in sorted(dyads):
            reports, ids = [], []
            for row in store.iter_rows(
                "SELECT e.*, a.outlet, a.article_key FROM events e JOIN articles a ON a.id = e.article_id "
                "WHERE e.asserted = 1 AND e.source = ? AND e.target = ? ORDER BY e.article_id, e.seq", (source, target)
            ):
                values = {k: row[k] for k in fields_ if k in row}
                values.update(span=(row["span_start"], row["span_end"]), topics=tuple(filter(None, (row["topics"] or "").split(","))),
                              evidence=row["evidence"] or "", sentence=row["sentence"] or "", pattern=row["pattern"] or "",
                              source_span=None, target_span=None)
                reports.append((row["article_id"], row["outlet"] or row["article_key"], Event(**values)))
                ids.append((row["article_id"], row["seq"], row["id"]))
            # group_stories numbers each article's reports in order: map those numbers back to seqs
            position: dict[tuple[str, int], str] = {}
            counter: dict[str, int] = {}
            for article, _seq, event_id in ids:
                position[(article, counter.get(article, 0))] = event_id
                counter[article] = counter.get(article, 0) + 1
            stories = group_stories(reports)
            links = [(story.story_id, position[member]) for story in stories for member in story.members]
            store.execute("DELETE FROM stories WHERE source = ? AND target = ?", (source, target))
            store.insert("stories", [{k: v for k, v in story.to_dict().items() if k != "members"} for story in stories])
            store.connection.cursor().executemany(store.sql("UPDATE events SET story_id = ? WHERE id = ?"), links)
            written += len(stories)
    return written


def split_inputs(paths: Sequence[str], size: int) -> list[list[str]]:
    """The inputs as partitions of at most `size` files (a directory gives its files; a
    URL is a partition of its own), for engines that code partitions in parallel. A
    missing path raises here, before any work is sent out."""
    from .read import directory_files

    files: list[str] = []
    for raw in paths:
        path = Path(raw)
        if "://" in raw:
            files.append(raw)
        elif not path.exists():
            raise InputError(raw, "no such file or directory")
        elif path.is_dir():
            files += [str(p) for p in directory_files(path)]  # links and special files too: refused when read
        else:
            files.append(raw)
    return [files[i:i + size] for i in range(0, len(files), size)]


def code_partition(files: list[str], version: str, run_id: str, options: IngestOptions,
                   known: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Read and code one partition of input files, touching no database: the task an
    engine's worker runs. Articles whose id is in `known` (already stored by this coder)
    are counted as unchanged. Returns the rows of each coded article, the failures and
    the counts."""
    from .read import check_readable

    failures: list[Failure] = []
    coded: list[dict[str, list[dict[str, Any]]]] = []
    read = unchanged = 0
    readable = []
    for file in files:  # a link out of the directory it was found in is refused, as `read_articles` does
        try:
            if "://" not in file and Path(file).is_symlink():
                check_readable(Path(file), inside=Path(file).parent)
            readable.append(file)
        except InputError as error:
            failures.append(failure_of(error, run_id))
    for batch in batches(read_articles(readable, on_error=lambda error: failures.append(failure_of(error, run_id)), options=options.read), BATCH):
        read += len(batch)
        fresh = [a for a in batch if content_id(a) not in known]
        unchanged += len(batch) - len(fresh)
        for rows in code_articles(fresh, version, run_id, options):
            if isinstance(rows, Failure):
                failures.append(rows)
            else:
                coded.append(rows)
    return {"coded": coded, "failures": failures, "read": read, "unchanged": unchanged}


def store_partition(store: Store, result: dict[str, Any], summary: IngestSummary) -> None:
    """Write one partition's result (`code_partition`): its failures recorded, its
    articles saved."""
    summary.read += result["read"]
    summary.unchanged += result["unchanged"]
    for failure in result["failures"]:
        summary.fail(store, failure)
    save_coded(store, result["coded"], summary)


def resolve_failures(store: Store, sources: list[str], failing: set[tuple[str, str]]) -> None:
    """Failures of inputs read again by this run, that did not fail again, are resolved."""
    read_paths = [Path(s).resolve() for s in sources if "://" not in s and Path(s).exists()]
    for failure in store.failures():
        covered = failure.source in sources
        if not covered and "://" not in failure.source:
            path = Path(failure.source).resolve()
            covered = any(path == p or p in path.parents for p in read_paths)
        if covered and (failure.source, failure.position) not in failing:
            store.resolve_failures(failure.source, {pos for src, pos in failing if src == failure.source})


def ingest_article(article: Article, store: Store, options: IngestOptions | None = None) -> IngestSummary:
    """Code and store one article given in memory (the web's POST /api/articles), as one
    run: unchanged if this coder stored it already."""
    options = options or IngestOptions(command="web")
    with recorded_run(store, [], options) as summary:
        _store_batch([article], store, options, summary)
    return summary
