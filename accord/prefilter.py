"""Which of many regular expressions could match a text, and where their matches can
start, found with one Aho-Corasick pass instead of running them all.

Each expression is read by Python's own regex parser; from its parse tree we take
(in lower case):

- its *required literals*: strings one of which occurs in every match, such as
  {"ready", "willing", "prepared"} for r"\\b(?:is|are) (?:ready|willing|prepared) to";
- its *leading literals*: strings one of which every match starts with ({"is", "are"}).

Only the expressions one of whose required literals occurs in the text are run, and
an expression with leading literals is tried only where one of them starts. An
expression whose literals cannot be told always runs everywhere. The test is never
wrong the other way, so prefiltering changes no result.
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

EXACT_LIMIT = 64  # the most strings a node's language is tracked exactly with
MIN_LITERAL = 3  # shorter required literals ("to") are not worth a lookup
MAX_EXACT_REPEAT = 4
DIGITS = frozenset("0123456789")

Strings = frozenset[str]


@dataclass(frozen=True)
class _Info:
    """What a node of the parse tree tells about its matches (None: cannot be told)."""

    exact: Strings | None  # every string it can match, when few
    required: Strings | None  # one of these occurs in every match
    lead: Strings | None  # every match starts with one of these
    first: Strings | None  # every non-empty match starts with one of these
    nullable: bool  # it can match the empty string


_UNKNOWN = _Info(None, None, None, None, False)
_UNKNOWN_NULLABLE = _Info(None, None, None, None, True)
_ZERO_WIDTH = _Info(frozenset({""}), None, frozenset({""}), frozenset(), True)


def required_literals(source: str, flags: int = 0) -> tuple[str, ...]:
    """Lower-case strings one of which occurs in every match of the expression, as
    `fold` writes the text; () when that cannot be told."""
    info = _sequence(sre_parse.parse(source, flags))
    found = _best([info.required, info.exact])
    return tuple(sorted(found)) if found is not None and _score(found) >= MIN_LITERAL else ()


def leading_literals(source: str, flags: int = 0) -> tuple[str, ...]:
    """Lower-case strings one of which every match of the expression starts with; ()
    when that cannot be told."""
    lead = _sequence(sre_parse.parse(source, flags)).lead
    return tuple(sorted(lead)) if lead and _score(lead) > 0 else ()


@lru_cache(maxsize=1)
def _ascii_twins() -> dict[int, str]:
    """Characters other than ASCII that an expression matches as an ASCII letter or
    digit: the dotted and dotless i, the long s, the Kelvin sign (ignoring case), and
    the decimal digits of every script (\\d). Each becomes one ASCII character, so that
    folding keeps every offset. (A scan of every code point: kept between runs.)"""
    from .cache import cached

    return cached("ascii-twins", _find_ascii_twins)


def _find_ascii_twins() -> dict[int, str]:
    twins = {code: str(unicodedata.decimal(chr(code))) for code in range(128, sys.maxunicode + 1) if chr(code).isdecimal()}
    for code in range(128, 0x10000):
        char = chr(code)
        for letter in {char.lower()[:1], char.upper()[:1]}:
            if letter.isascii() and letter.isalpha() and re.fullmatch(letter, char, re.IGNORECASE):
                twins[code] = letter.lower()
    return twins


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def fold(text: str) -> str:
    """The text as literals are looked up in it: lower case, ASCII digits, of the
    same length."""
    if not text.isascii():
        twins = _ascii_twins()
        if any(ord(char) in twins for char in set(_NOT_ASCII.findall(text))):
            text = text.translate(twins)
    return text.lower()


def _char(code: int) -> Strings | None:
    char = chr(code)
    if char.isascii() or char.lower() == char.upper():
        return frozenset({char.lower()})
    return None  # a cased letter beyond ASCII: its case twins are not tracked


def _score(strings: Strings) -> int:
    return min((len(s) for s in strings), default=0)


def _best(candidates: Iterable[Strings | None]) -> Strings | None:
    """The most selective set: the longest shortest string, then the fewest strings."""
    known = [c for c in candidates if c]
    if not known:
        return None
    best = max(known, key=lambda c: (_score(c), -len(c)))
    return best if _score(best) > 0 else None


def _product(left: Strings, right: Strings) -> Strings | None:
    if len(left) * len(right) > EXACT_LIMIT:
        return None
    return frozenset(a + b for a in left for b in right)


def _union(*sets: Strings | None) -> Strings | None:
    known = [s for s in sets if s is not None]
    return frozenset().union(*known) if len(known) == len(sets) else None


def _sequence(items: Iterable[tuple[object, Any]]) -> _Info:
    """A concatenation: runs of exactly known neighbours are joined ("offer" + "ed"),
    and the best of the runs and of the parts' own literals is required."""
    infos = [_node(op, av) for op, av in items]
    candidates: list[Strings | None] = []
    run: Strings = frozenset({""})
    whole = True
    for info in infos:
        candidates.append(info.required)
        if info.exact is None:
            candidates.append(run)
            run, whole = frozenset({""}), False
            continue
        joined = _product(run, info.exact)
        if joined is None:
            candidates.append(run)
            run, whole = info.exact, False
        else:
            run = joined
    candidates.append(run)
    lead, first = _openings(infos)
    return _Info(run if whole else None, _best(candidates), lead, first, all(i.nullable for i in infos))


def _openings(infos: list[_Info]) -> tuple[Strings | None, Strings | None]:
    """The strings every match of a concatenation starts with, and those every non-empty
    match starts with, worked out from its end."""
    lead: Strings | None = frozenset({""})
    first: Strings | None = frozenset()
    for info in reversed(infos):
        if info.exact == {""}:
            continue  # zero width: "\\b", lookarounds
        if info.exact is not None:
            solid = info.exact - {""}
            longer = _product(solid, lead) if lead is not None else None
            first = _union(longer or solid, first if "" in info.exact else frozenset())
            lead = (_product(info.exact, lead) if lead is not None else None) or info.exact
        elif info.nullable:
            lead, first = _union(info.first, lead), _union(info.first, first)
        else:
            lead = first = info.lead
    return lead, first


def _branch(alternatives: list[list[tuple[object, Any]]]) -> _Info:
    infos = [_sequence(alternative) for alternative in alternatives]
    exact: Strings | None = None
    if all(i.exact is not None for i in infos):
        union = _union(*(i.exact for i in infos))
        exact = union if union is not None and len(union) <= EXACT_LIMIT else None
    required = [_best([i.required, i.exact]) for i in infos]
    return _Info(
        exact,
        _union(*required),
        _union(*(i.lead for i in infos)),
        _union(*(i.first for i in infos)),
        any(i.nullable for i in infos),
    )


def _repeat(low: int, high: int, item: list[tuple[object, Any]]) -> _Info:
    inner = _sequence(item)
    exact: Strings | None = None
    if inner.exact is not None and high <= MAX_EXACT_REPEAT:
        strings: set[str] = set()
        power: Strings | None = frozenset({""})
        for count in range(high + 1):
            if power is None:
                break
            if count >= low:
                strings |= power
            power = _product(power, inner.exact) if count < high else power
        exact = frozenset(strings) if power is not None and len(strings) <= EXACT_LIMIT else None
    nullable = low == 0 or inner.nullable
    required = _best([inner.required, inner.exact]) if low >= 1 else None
    return _Info(exact, required, None if nullable else inner.lead, inner.first, nullable)


def _node(op: object, av: Any) -> _Info:
    if op == sre.LITERAL:
        return _solid(_char(av))
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _ZERO_WIDTH  # consumes nothing
    if op == sre.IN:
        return _solid(_char_class(av))
    if op == sre.BRANCH:
        return _branch(av[1])
    if op == sre.SUBPATTERN:
        return _sequence(av[3])
    if op == sre.ATOMIC_GROUP:
        return _sequence(av)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, item = av
        return _repeat(low, high, item)
    if op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
        return _UNKNOWN_NULLABLE
    return _UNKNOWN  # any character, categories, a character it is not


def _solid(chars: Strings | None) -> _Info:
    """One character out of a known set, or unknown."""
    return _Info(chars, None, chars, chars, False) if chars is not None else _UNKNOWN


def _char_class(items: list[tuple[object, Any]]) -> Strings | None:
    chars: set[str] = set()
    for op, av in items:
        if op == sre.LITERAL:
            found = _char(av)
        elif op == sre.CATEGORY and av == sre.CATEGORY_DIGIT:
            found = DIGITS  # any script's digits fold to these
        elif op == sre.RANGE and av[1] - av[0] < 16:
            parts = [_char(c) for c in range(av[0], av[1] + 1)]
            found = _union(*parts)
        else:
            return None  # negated classes, categories, wide ranges
        if found is None:
            return None
        chars |= found
    return frozenset(chars) if chars else None


@dataclass(frozen=True)
class _Index:
    """What a prefilter derives from its expressions (picklable, so kept by `cached`)."""

    always: frozenset[int]  # expressions with no required literal: always run
    anywhere: frozenset[int]  # expressions with no leading literal: tried everywhere
    automaton: ahocorasick.Automaton | None  # literal -> (length, requiring, opened)


def _index(sources: list[tuple[str, int]]) -> _Index:
    always: set[int] = set()
    anywhere: set[int] = set()
    required: dict[str, list[int]] = {}
    leading: dict[str, list[int]] = {}
    for index, (source, flags) in enumerate(sources):
        literals = required_literals(source, flags)
        if not literals:
            always.add(index)
        for literal in literals:
            required.setdefault(literal, []).append(index)
        openings = leading_literals(source, flags)
        if not openings:
            anywhere.add(index)
        for literal in openings:
            leading.setdefault(literal, []).append(index)
    automaton: ahocorasick.Automaton | None = None
    if required or leading:
        automaton = ahocorasick.Automaton()
        for literal in required.keys() | leading.keys():
            automaton.add_word(literal, (len(literal), tuple(required.get(literal, ())), frozenset(leading.get(literal, ()))))
        automaton.make_automaton()
    return _Index(frozenset(always), frozenset(anywhere), automaton)


class Prefilter:
    """The expressions of a list that could match a text, and their matches.

    With a `name`, the literal tables read from the expressions are kept between runs
    (`accord.cache.cached`, keyed by the expressions themselves): give each prefilter
    of the package its own name."""

    def __init__(self, expressions: Iterable[re.Pattern[str]], name: str | None = None) -> None:
        from .cache import cached

        self.expressions = list(expressions)
        sources = [(regex.pattern, regex.flags) for regex in self.expressions]
        if name is None:
            index = _index(sources)
        else:
            key = hashlib.sha256(repr(sources).encode()).hexdigest()
            index = cached(f"prefilter-{name}", lambda: _index(sources), key=key)
        self.always = set(index.always)
        self.anywhere = set(index.anywhere)
        self._automaton = index.automaton

    def _scan(self, text: str) -> tuple[set[int], list[tuple[int, frozenset[int]]]]:
        """The expressions whose required literals occur, and each place a leading
        literal starts with the expressions it opens."""
        found = set(self.always)
        starts: list[tuple[int, frozenset[int]]] = []
        if self._automaton is not None:
            for end, (length, needing, opening) in self._automaton.iter(fold(text)):
                found.update(needing)
                if opening:
                    starts.append((end - length + 1, opening))
        return found, starts

    def candidates(self, text: str) -> list[int]:
        """Indices of the expressions that could match the text, in order."""
        return sorted(self._scan(text)[0])

    def matches(self, text: str) -> dict[int, list[re.Match[str]]]:
        """Index -> matches, as `finditer` gives them, of each expression that could
        match the text, in order; each is tried only where a leading literal starts."""
        found, starts = self._scan(text)
        out: dict[int, list[re.Match[str]]] = {}
        for index in sorted(found):
            regex = self.expressions[index]
            if index in self.anywhere:
                out[index] = list(regex.finditer(text))
                continue
            hits = []
            position = 0
            for start in sorted({start for start, opening in starts if index in opening}):
                if start < position:
                    continue
                m = regex.match(text, start)
                if m is not None:
                    hits.append(m)
                    position = m.end()
            out[index] = hits
        return out
