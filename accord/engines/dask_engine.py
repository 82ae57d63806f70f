"""Ingest on a Dask cluster: a scheduler at `--address`, or a local cluster started here.

Why Dask (measured on the development machine, see docs/scaling.md): a 2-worker local
cluster starts in about 1.2 s with 306 MB resident, against about 4.5 s and 890 MB for
Ray and 12 s for Spark, and its futures map a plain Python function over partitions with
no serialisation format to learn.

The driver lists and partitions the input files, sends each partition to a worker
(`accord.ingest.code_partition`: read, detect language, extract, make rows; no database
on the workers), and writes results into the store as they come back. The set of ids
already coded by this coder version is broadcast once, so workers skip unchanged
articles; an article read twice in one run is saved once. A partition whose task dies
(a worker crash) is recorded as one failure per file, to be retried.
"""

from __future__ import annotations

import sys
import time
import uuid
from collections.abc import Sequence
from typing import Any

from distributed import Client, LocalCluster, as_completed

from ..ingest import (
    IngestOptions,
    IngestSummary,
    code_partition,
    coder_version,
    refresh_stories,
    resolve_failures,
    split_inputs,
    store_partition,
)
from ..store import Failure, Store


def ingest_on_dask(paths: Sequence[str], store: Store, options: IngestOptions | None = None, *,
                   address: str | None = None, workers: int = 2, files_per_task: int = 20,
                   retry_failed: bool = False, progress: bool = False) -> IngestSummary:
    """Like `accord.ingest.ingest`, with the coding done by Dask workers."""
    options = options or IngestOptions(engine="dask")
    sources = list(paths)
    if retry_failed:
        sources += [f.source for f in store.failures() if f.source not in sources]
    partitions = split_inputs(sources, files_per_task)
    run_id = uuid.uuid4().hex[:16]
    version = coder_version()
    store.start_run(run_id, f"{options.command} --engine dask {' '.join(sources)}", version, "dask")
    summary = IngestSummary(run_id=run_id)
    known = frozenset(store.ids_coded_by(version))
    saved: set[str] = set()
    failing: set[tuple[str, str]] = set()
    started = time.perf_counter()
    status = "interrupted"
    cluster = None if address else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0")
    client = Client(address or cluster)
    try:
        [shared] = client.scatter([known], broadcast=True)  # one object, not a collection to split
        futures = {client.submit(code_partition, files, version, run_id, options, shared, pure=False): files for files in partitions}
        for done, future in enumerate(as_completed(futures), start=1):
            try:
                result: dict[str, Any] = future.result()
            except Exception as exc:  # a worker died or the task raised: nothing from it is lost silently
                result = {"coded": [], "read": 0, "unchanged": 0, "failures": [
                    Failure(source=f, position="", reason=f"worker failed: {type(exc).__name__}: {exc}", run_id=run_id)
                    for f in futures[future]]}
            store_partition(store, result, summary, saved, failing)
            if progress:
                print(f"accord: {done}/{len(futures)} partitions, stored {summary.stored} articles "
                      f"(read {summary.read}, unchanged {summary.unchanged}, failed {summary.failed})", file=sys.stderr, flush=True)
        status = "finished"
    finally:
        summary.seconds = time.perf_counter() - started
        client.close()
        if cluster is not None:
            cluster.close()
        store.finish_run(run_id, summary.counts(), status)
    resolve_failures(store, sources, failing)
    if summary.dyads:
        refresh_stories(store, summary.dyads)
    return summary
