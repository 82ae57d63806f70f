"""Benchmark ingest: coding and storing in the embedded database, in one process and on a
local Dask cluster of 1 and 2 workers, beside extraction alone (no database).

    .venv/bin/python bench/ingest.py --articles 600
    .venv/bin/python bench/ingest.py --smoke          # a few articles, checks it runs

The corpus is built in a temporary folder from the bundled examples and ../shared/articles
(and ../shared/corpus when present), repeated as needed; each copy gets a numbered last
line so that every article is distinct (identical articles would be stored once).
Prints a Markdown table; nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from accord.ingest import ingest  # noqa: E402
from accord.pipeline import extract  # noqa: E402
from accord.read import read_articles  # noqa: E402
from accord.store import open_store  # noqa: E402


def build_corpus(folder: Path, n: int, shared: Path) -> int:
    sources = sorted((ROOT / "examples").glob("*.txt"))
    sources += sorted((shared / "articles" / "dev").glob("*_wh-*.txt"))
    sources += sorted((shared / "corpus").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    words = 0
    for i in range(n):
        text = texts[i % len(texts)] + f"\n\nCopy {i}.\n"
        words += len(text.split())
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
    return words


def _warm() -> None:
    from accord.pipeline import extract
    from accord.read import parse_text

    extract(parse_text("Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday.", "warm"))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--smoke", action="store_true", help="a tiny run that only checks the benchmark works")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask runs")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = parser.parse_args()
    n = 12 if args.smoke else args.articles
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        words = build_corpus(corpus, n, Path(args.shared))
        print(f"corpus: {n} articles, {words / n:.0f} words per article; machine: {os.cpu_count()} cores")
        # warm the knowledge base so every run pays the same start-up once
        extract(next(iter(read_articles([str(corpus)]))))
        rows = []

        started = time.perf_counter()
        for article in read_articles([str(corpus)]):
            extract(article)
        seconds = time.perf_counter() - started
        rows.append(("extract only (no database), 1 process", seconds))

        with open_store(str(Path(tmp) / "local.db")) as store:
            started = time.perf_counter()
            summary = ingest([str(corpus)], store)
            rows.append(("ingest into SQLite, 1 process", time.perf_counter() - started))
            assert summary.coded == n, summary.line()
        rss = peak_mb()

        if not args.no_dask:
            from distributed import Client, LocalCluster

            from accord.engines.dask_engine import ingest_on_dask

            for workers in (1, 2):
                started = time.perf_counter()
                with LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=":0") as cluster, Client(cluster) as client:
                    up = time.perf_counter() - started
                    client.run(_warm)  # each worker loads the knowledge base once
                    warm = time.perf_counter() - started - up
                    with open_store(str(Path(tmp) / f"dask{workers}.db")) as store:
                        begun = time.perf_counter()
                        summary = ingest_on_dask([str(corpus)], store, address=cluster.scheduler_address,
                                                 files_per_task=max(1, n // (8 * workers)))
                        rows.append((f"ingest into SQLite, Dask local cluster, {workers} worker(s)", time.perf_counter() - begun))
                        assert summary.coded == n, summary.line()
                    worker_mb = max(client.run(peak_mb).values())
                print(f"Dask, {workers} worker(s): cluster up in {up:.1f} s, knowledge loaded on the workers in {warm:.1f} s, "
                      f"peak resident memory of a worker {worker_mb:.0f} MB")

        base = rows[0][1]
        print("\n| run | seconds | articles/s | ratio to extract only |")
        print("|---|---|---|---|")
        for name, secs in rows:
            print(f"| {name} | {secs:.2f} | {n / secs:,.1f} | {base / secs:.2f} |")
        print(f"\npeak resident memory of the single process (extract and ingest): {rss:.0f} MB")


if __name__ == "__main__":
    main()
