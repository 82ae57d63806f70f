"""Distributed engines that run Accord's per-article coding on a cluster.

The core pipeline never imports an engine; each engine module imports its own library
and maps `accord.ingest.code_partition` over partitions of the input files, writing
what comes back through the same `accord.ingest.store_partition` as a local run, so
failures, counts and idempotency are the same.
"""

ENGINES = ("local", "dask")
