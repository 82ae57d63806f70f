"""The benchmark runs (as a smoke run: no timing is asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_benchmark_smoke_run_prints_its_tables():
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "bench.py"), "--smoke"], capture_output=True, text=True, timeout=300, check=True)
    assert "| full extraction |" in done.stdout and "peak resident memory" in done.stdout


def test_ingest_benchmark_smoke_run_prints_its_table():
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "ingest.py"), "--smoke", "--no-dask"],
                          capture_output=True, text=True, timeout=300, check=True)
    assert "| ingest into SQLite, 1 process |" in done.stdout and "peak resident memory" in done.stdout


def test_long_text_benchmark_smoke_run_prints_its_table():
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "long_text.py"), "--smoke"], capture_output=True, text=True, timeout=300, check=True)
    assert "| without breaks | 20,000 |" in done.stdout
