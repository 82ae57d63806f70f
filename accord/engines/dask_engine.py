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
from collections.abc import Sequence
from typing import Any

from distributed import Client, LocalCluster, as_completed

from ..ingest import IngestOptions, IngestSummary, code_partition, recorded_run, sources_of, split_inputs, store_partition
from ..store import Failure, Store


def ingest_on_dask(paths: Sequence[str], store: Store, options: IngestOptions | None = None, *,
                   address: str | None = None, workers: int = 2, files_per_task: int = 20,
                   retry_failed: bool = False, progress: bool = False) -> IngestSummary:
    """Like `accord.ingest.ingest`, with the coding done by Dask workers."""
    options = options or IngestOptions(engine="dask")
    sources = sources_of(store, paths, retry_failed)
    partitions = split_inputs(sources, files_per_task)
    cluster = None if address else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0")
    client = Client(address or cluster)
    try:
        with recorded_run(store, sources, options) as summary:
            known = frozenset(store.ids_coded_by(summary.coder_version))
            [shared] = client.scatter([known], broadcast=True)  # one object, not a collection to split
            futures = {client.submit(code_partition, files, summary.coder_version, summary.run_id, options, shared, pure=False): files
                       for files in partitions}
            for done, future in enumerate(as_completed(futures), start=1):
                try:
                    result: dict[str, Any] = future.result()
                except Exception as exc:  # a worker died or the task raised: nothing from it is lost silently
                    reason = f"worker failed: {type(exc).__name__}: {exc}"
                    result = {"coded": [], "read": 0, "unchanged": 0,
                              "failures": [Failure(source=f, position="", reason=reason, run_id=summary.run_id) for f in futures[future]]}
                store_partition(store, result, summary)
                if progress:
                    print(f"accord: {done}/{len(futures)} partitions, stored {summary.stored} articles "
                          f"(read {summary.read}, unchanged {summary.unchanged}, failed {summary.failed})", file=sys.stderr, flush=True)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return summary
