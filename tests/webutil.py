"""Helpers of the web tests: a database coded from the bundled examples (built once per
test session) and a uvicorn server on loopback for the browser tests."""

from __future__ import annotations

import atexit
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@cache
def example_db() -> str:
    """An SQLite database holding the five bundled examples, coded; tests only read it."""
    from accord.ingest import ingest
    from accord.store import open_store

    folder = tempfile.mkdtemp(prefix="accord-web-")
    atexit.register(shutil.rmtree, folder, True)
    path = str(Path(folder) / "examples.db")
    with open_store(path) as store:
        ingest([str(EXAMPLES)], store)
    return path


def copy_of_example_db(folder: Path) -> str:
    """A copy the test may write to."""
    from accord.store import open_store

    target = folder / "copy.db"
    with open_store(example_db(), create=False) as source:
        source.execute("PRAGMA wal_checkpoint(FULL)")
    shutil.copy(example_db(), target)
    return str(target)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_server(app: Any) -> Iterator[str]:
    """Serve the app with uvicorn on 127.0.0.1 in a thread; yields its base URL and stops
    it afterwards."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
