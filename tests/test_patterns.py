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


def test_macros_are_all_expanded():
    for pattern in compiled_patterns():
        assert not re.search(r"<[A-Z]+>", pattern.regex.pattern), pattern.where


def test_literal_prefixes_are_safe():
    from accord.prefilter import literal_prefixes

    assert literal_prefixes(r"\b(?:spoke|talked)\s+with\b") == ("spoke", "talked")
    assert literal_prefixes(r"\b(?:spoke|talked)?\s+with\b") == ()
    assert literal_prefixes(r"\b(?:humanitarian aid)\b|\bdisbursement\b") == ("disbursement", "humanitarian aid")
    assert literal_prefixes(r"(?<!\bto )\b(?:support)\b") == ("support",)
    assert literal_prefixes(r"\b(?:call(?:ed|s)? on|(?:ask|request)(?:ed)?)\b") == ("ask", "call", "request")
    assert literal_prefixes(r"\b(?:urged|x)\b") == ()
    assert literal_prefixes(r"\bwarns? that") == ("warn",)
    assert literal_prefixes(r"\b(?:\w+ly|also) said") == ()


def test_prefilter_never_hides_a_match():
    """On every example sentence, each pattern that matches is among the candidates."""
    from accord.coding import _prefix_index

    always = set(_prefix_index()[1])
    patterns = compiled_patterns()
    for entry in PATTERNS:
        text = entry["example"].replace("\u2019", "'")
        candidates = always | set(pattern_prefilter().candidates(text))
        for index, pattern in enumerate(patterns):
            if pattern.regex.search(text):
                assert index in candidates, (pattern.where, entry["where"])


def test_every_cameo_code_has_a_pattern():
    patterned = {str(p["code"]) for p in PATTERNS}
    assert not [code for code in kb.cameo_codes() if code not in patterned]
