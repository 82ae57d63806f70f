"""The cache of derived indexes: built once, reused while its inputs are the same,
rebuilt when they change or the file is damaged, harmless when it cannot be written,
and whole under concurrent writers."""

from __future__ import annotations

import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

from accord import cache
from accord.prefilter import Prefilter


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("ACCORD_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("ACCORD_CACHE", raising=False)
    return tmp_path / "cache"


def counting(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_a_value_is_built_once_and_then_read(folder):
    build, calls = counting({"a": [1, 2]})
    assert cache.cached("things", build) == {"a": [1, 2]}
    assert cache.cached("things", build) == {"a": [1, 2]}
    assert len(calls) == 1
    assert [p.name.startswith("things-") for p in folder.iterdir()] == [True]


def test_another_key_is_another_value_and_replaces_the_stale_file(folder):
    assert cache.cached("things", lambda: 1, key="one") == 1
    assert cache.cached("things", lambda: 2, key="two") == 2
    assert cache.cached("other", lambda: 3) == 3
    assert sorted(p.name.split("-")[0] for p in folder.glob("*.pickle")) == ["other", "things"]


def test_changed_inputs_rebuild(folder, monkeypatch):
    cache.cached("things", lambda: "old")
    monkeypatch.setattr(cache, "inputs_digest", lambda: "a knowledge file changed")
    assert cache.cached("things", lambda: "new") == "new"


def test_a_damaged_file_is_rebuilt(folder):
    cache.cached("things", lambda: "value")
    path = cache.cache_path("things")
    assert path is not None
    path.write_bytes(pickle.dumps("value")[:5])
    build, calls = counting("value")
    assert cache.cached("things", build) == "value" and calls == [1]
    assert pickle.loads(path.read_bytes()) == "value"


def test_an_unwritable_folder_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ACCORD_CACHE_DIR", str(blocker / "cache"))
    build, calls = counting(42)
    assert cache.cached("things", build) == 42 and cache.cached("things", build) == 42
    assert len(calls) == 2


def test_the_cache_can_be_turned_off(folder, monkeypatch):
    monkeypatch.setenv("ACCORD_CACHE", "off")
    build, calls = counting(1)
    cache.cached("things", build)
    cache.cached("things", build)
    assert len(calls) == 2 and not folder.exists()


def test_a_bad_name_is_refused(folder):
    with pytest.raises(ValueError, match="cache name"):
        cache.cached("../escape", lambda: 1)


def test_concurrent_writers_leave_one_whole_file(folder):
    script = ("import sys; from accord import cache; "
              "v = cache.cached('big', lambda: list(range(200_000))); sys.exit(v != list(range(200_000)))")
    runs = [subprocess.Popen([sys.executable, "-c", script]) for _ in range(4)]
    assert [run.wait(timeout=120) for run in runs] == [0, 0, 0, 0]
    assert [p.name for p in folder.iterdir() if not p.name.startswith("big-")] == []
    assert len(list(folder.iterdir())) == 1
    assert cache.cached("big", lambda: None) == list(range(200_000))


def test_a_prefilter_read_from_the_cache_finds_the_same_matches(folder):
    expressions = [re.compile(r"\b(?:is|are) (?:ready|willing) to"), re.compile(r"\bmet\b"), re.compile(r"\d+ troops")]
    text = "Xi is ready to talk; they met; 300 troops are willing to leave."
    fresh = Prefilter(expressions).matches(text)
    built = Prefilter(expressions, name="test").matches(text)
    read = Prefilter(expressions, name="test").matches(text)
    spans = [{i: [m.span() for m in ms] for i, ms in found.items()} for found in (fresh, built, read)]
    assert spans[0] == spans[1] == spans[2] and spans[0][0] == [(3, 14), (42, 56)]
    assert len(list(folder.glob("prefilter-test-*.pickle"))) == 1
