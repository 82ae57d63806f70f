"""The prefilter never changes a result: the matches it gives are those of running
each expression everywhere."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from accord.dates import DATE_EXPRESSIONS
from accord.prefilter import Prefilter, fold, leading_literals, required_literals
from accord.topics import topic_table


def test_required_literals_occur_in_every_match():
    assert required_literals(r"\b(?:spoke|talked)\s+with\b") == ("spoke", "talked")
    assert required_literals(r"\b(?:spoke|talked)?\s+with\b") == ("with",)
    assert required_literals(r"\b(?:humanitarian aid)\b|\bdisbursement\b") == ("disbursement", "humanitarian aid")
    assert required_literals(r"(?<!\bto )\b(?:support)\b") == ("support",)
    assert required_literals(r"\bwarns? that") == ("warn that", "warns that")
    assert required_literals(r"\b(?:urged|x)\b") == ()  # "x" is too short to look up
    assert required_literals(r"(?:is|are)\s+(?:ready|willing)", re.IGNORECASE) == ("ready", "willing")


def test_leading_literals_start_every_match():
    assert leading_literals(r"\b(?:spoke|talked)\s+with\b") == ("spoke", "talked")
    assert leading_literals(r"\b(?:on\s+)?(?:Monday|Friday)") == ("friday", "monday", "on")
    assert leading_literals(r"\d+ troops") == tuple("0123456789")
    assert leading_literals(r"\b(?:\w+ly|also) said") == ()


def test_fold_keeps_offsets_and_case_twins():
    text = "İSTANBUL ſays K \u0663\u0660 ıran"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == "istanbul says k 30 iran"


EXPRESSIONS = [DATE_EXPRESSIONS, *(t.regex for t in topic_table()), re.compile(r"\b(?:is|are)\s+(?:ready|willing) to\b", re.IGNORECASE)]
WORDS = ["on", "Monday", "May", "21", "2021", "the", "3rd", "of", "March", "last", "week", "trade", "TRADE", "İran", "ſecurity",
         "pandemic", "is", "ready", "to", "willing", "\u0661\u0669", "in", "since", "this", "year", ",", ".", "-"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=3)), max_size=25), st.sampled_from([" ", "", "\n"]))
def test_prefiltered_matches_are_the_matches(words, separator):
    text = separator.join(words)
    found = Prefilter(EXPRESSIONS).matches(text)
    for index, regex in enumerate(EXPRESSIONS):
        assert [m.span() for m in found.get(index, [])] == [m.span() for m in regex.finditer(text)]
