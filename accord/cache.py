"""Derived indexes built once and kept on disk between runs.

Some indexes are derived from the knowledge files and take longer to build than a
short command takes to run: Aho-Corasick automata of names, the literal tables of a
prefilter, inflected forms of a dictionary. `cached` returns what `build()` returns,
keeping a pickle of it in the user's cache directory, so that only the first run after
a change pays for the build:

    @lru_cache(maxsize=1)
    def _automaton() -> ahocorasick.Automaton:
        return cached("places", _build_automaton)

    cached("prefilter", lambda: _index(expressions), key=expressions_digest)

A stored value is used only when it was built from the same inputs: its file is named
after a digest of `name`, `key` (anything else the value depends on, such as the
expressions a prefilter was built from), the knowledge files (every file under
`accord/knowledge/`), Accord's own source code and version, and the Python version.
So editing a dictionary entry, a pattern or the code that builds an index rebuilds it
on the next run, and nothing has to be cleared by hand.

Where: `$ACCORD_CACHE_DIR`, else `$XDG_CACHE_HOME/accord`, else `~/.cache/accord`;
`ACCORD_CACHE=off` turns the cache off (every index is built in memory, as before).
Concurrent writers are safe: each writes a file of its own and renames it into place,
so a reader sees a whole file or none. Any failure to read (a missing, truncated or
unreadable file, a pickle of an older library) means the value is built again, and
any failure to write (a read-only home) is ignored: the cache can only make a start
faster, never change a result or stop a command.

The value must be picklable, and build() must depend on nothing but the inputs named
above (the knowledge files, the code, `key`).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from . import __version__

T = TypeVar("T")

PACKAGE = Path(__file__).resolve().parent


def cache_dir() -> Path | None:
    """Where derived indexes are kept; None when the cache is turned off."""
    if os.environ.get("ACCORD_CACHE", "").lower() in {"off", "0", "no", "false"}:
        return None
    if os.environ.get("ACCORD_CACHE_DIR"):
        return Path(os.environ["ACCORD_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "accord"


@lru_cache(maxsize=1)
def inputs_digest() -> str:
    """A digest of what every derived index may depend on: the knowledge files, the
    package's source, Accord's and Python's versions."""
    digest = hashlib.sha256(f"{__version__} {sys.version} {pickle.HIGHEST_PROTOCOL}".encode())
    files = sorted(p for p in (PACKAGE / "knowledge").rglob("*") if p.is_file())
    files += sorted(PACKAGE.rglob("*.py"))
    for path in files:
        digest.update(str(path.relative_to(PACKAGE)).encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_path(name: str, key: str = "") -> Path | None:
    """The file that holds `name` built from the current inputs and `key`."""
    folder = cache_dir()
    if folder is None:
        return None
    digest = hashlib.sha256(f"{name}\0{key}\0{inputs_digest()}".encode()).hexdigest()[:24]
    return folder / f"{name}-{digest}.pickle"


def cached(name: str, build: Callable[[], T], key: str = "") -> T:
    """`build()`, or the value it returned in an earlier run from the same inputs.

    `name` names the index (letters, digits, '-' and '_'; one file per name and
    inputs); `key` is anything else the value depends on beyond the knowledge files and
    the code."""
    if not name or not all(c.isalnum() or c in "-_" for c in name):
        raise ValueError(f"cache name {name!r}: expected letters, digits, '-' and '_'")
    path = cache_path(name, key)
    if path is None:
        return build()
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)  # type: ignore[no-any-return]
    except Exception:  # noqa: BLE001 - missing, partial or stale: build it again
        pass
    value = build()
    _store(path, name, value)
    return value


def _store(path: Path, name: str, value: object) -> None:
    """Write the value beside its final name and rename it there (atomic); then remove
    the files of the same name built from other inputs."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
        for old in path.parent.glob(f"{name}-*.pickle"):
            if old != path and old.name[len(name) + 1:-len(".pickle")].isalnum():
                old.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 - a cache that cannot be written only costs time
        pass
