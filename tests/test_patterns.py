"""Every event pattern is valid data: it compiles, names a known code and frame, and
codes the example it documents."""

from __future__ import annotations

import re

import pytest

from accord import knowledge as kb
from accord.coding import compiled_patterns, find_triggers
from accord.records import Sentence

PATTERNS = kb.patterns()


def test_every_root_has_at_least_one_pattern():
    assert {str(p["code"])[:2] for p in PATTERNS} == {f"{n:02d}" for n in range(1, 21)}


@pytest.mark.parametrize("entry", PATTERNS, ids=[p["where"] for p in PATTERNS])
def test_pattern_entry_is_valid(entry):
    assert set(entry) <= {"code", "frame", "regex", "possessor", "implicit_target", "needs_object", "ignore_case", "participants", "target_anywhere", "reverse_code", "example", "where"}
    assert str(entry["code"]) in kb.cameo_codes(), f"{entry['where']}: unknown CAMEO code {entry['code']}"
    assert entry.get("frame", "directed") in {"mutual", "directed"}
    assert entry.get("possessor", "") in {"", "source", "target"}
    assert entry.get("participants", "all") in {"all", "objects"}
    assert entry.get("example"), f"{entry['where']}: give an example sentence"


@pytest.mark.parametrize("pattern", compiled_patterns(), ids=[p.where for p in compiled_patterns()])
def test_pattern_matches_its_example(pattern):
    entry = next(p for p in PATTERNS if p["where"] == pattern.where)
    text = entry["example"]
    assert pattern.regex.search(text.replace("\u2019", "'")), f"{pattern.where} does not match its example"
    triggers = find_triggers(text, Sentence(0, 0, len(text), text))
    assert any(t.pattern.code[:2] == pattern.code[:2] for t in triggers)
    match = pattern.regex.search(text.replace("\u2019", "'"))
    assert match.group() == match.group().strip(), f"{pattern.where}: the trigger span should not start or end with a space"


def test_macros_are_all_expanded():
    for pattern in compiled_patterns():
        assert not re.search(r"<[A-Z]+>", pattern.regex.pattern), pattern.where


def test_prefilter_never_hides_a_match():
    """On every example sentence, the prefiltered matches of each pattern are exactly
    those of running it everywhere."""
    from accord.coding import pattern_prefilter

    patterns = compiled_patterns()
    for entry in PATTERNS:
        text = entry["example"].replace("\u2019", "'")
        found = pattern_prefilter().matches(text)
        for index, pattern in enumerate(patterns):
            expected = [m.span() for m in pattern.regex.finditer(text)]
            assert [m.span() for m in found.get(index, [])] == expected, (pattern.where, entry["where"])


def test_every_cameo_code_has_a_pattern():
    patterned = {str(p["code"]) for p in PATTERNS}
    assert not [code for code in kb.cameo_codes() if code not in patterned]
