"""Sentence-level coding: given a sentence and its dyad (the source and target as they
appear in it), the PLOVER event type, as the PLOVER literature's benchmarks pose it.

The type comes from the PLOVER word lists of knowledge/plover_lexicon.yaml (the word
between the two actors wins, then one next to them); the event patterns of
the event dictionary (knowledge/dictionary, over the dependency parse of the sentence,
as the article coder reads it) gives the CAMEO code where they agree, and the type
where no word matches; with neither, the answer is NONE.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

import yaml

from . import knowledge as kb
from .coding import find_triggers
from .errors import InputError
from .knowledge import normalise_quotes

NONE = "NONE"
REQUIRED_COLUMNS = ("sentence", "source", "target")


@dataclass(frozen=True)
class SentenceCode:
    plover: str  # a PLOVER type, or NONE
    cameo: str | None
    confidence: float
    evidence: str


TOKEN = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
IGNORE = "IGNORE"


@dataclass(frozen=True)
class Lexicon:
    """The PLOVER word lists as token sequences -> (type, entry)."""

    entries: dict[tuple[str, ...], tuple[str, str]]
    longest: int
    markers: frozenset[str]
    window: int
    future_map: dict[str, str]


@dataclass(frozen=True)
class WordMatch:
    start: int  # token indices
    end: int
    plover: str
    entry: str


def code_sentence(sentence: str, source: str, target: str) -> SentenceCode:
    """The PLOVER type of the event the sentence reports from `source` to `target`."""
    text = normalise_quotes(sentence)
    src = _span(text, normalise_quotes(source))
    tgt = _span(text, normalise_quotes(target))
    by_words = _from_lexicon(text, src, tgt)
    by_pattern = _from_patterns(text, src, tgt)
    if by_words is None:
        return by_pattern or SentenceCode(NONE, None, 0.0, "")
    if by_pattern is not None and by_pattern.plover == by_words.plover:
        return SentenceCode(by_words.plover, by_pattern.cameo, max(by_words.confidence, by_pattern.confidence), by_pattern.evidence)
    return by_words


def _span(text: str, part: str) -> tuple[int, int] | None:
    if not part:
        return None
    at = text.find(part)
    if at < 0:
        at = text.lower().find(part.lower())
    return (at, at + len(part)) if at >= 0 else None


def _position_score(start: int, end: int, src: tuple[int, int] | None, tgt: tuple[int, int] | None) -> float:
    """How likely a trigger at [start, end) is the act between source and target."""
    if src and tgt:
        lo, hi = sorted([src, tgt])
        if lo[1] <= start and end <= hi[0] + 1:
            return 0.9 if src <= tgt else 0.8  # between them (active or passive)
        if start >= lo[0] and end <= hi[1]:
            return 0.7  # overlapping an actor's words ("sanctioned ... Russian banks")
        distance = min(abs(start - hi[1]), abs(lo[0] - end))
        return max(0.2, 0.6 - distance / 400)
    anchor = src or tgt
    if anchor:
        return max(0.2, 0.6 - min(abs(start - anchor[1]), abs(anchor[0] - end)) / 400)
    return 0.3


def _depends_on(doc: Any, span: tuple[int, int], head: int, steps: int = 4) -> bool:
    """Does a word of the character span hang from the word `head` within a few steps
    (as its subject, object, or the object of its preposition)?"""
    for token in doc:
        if span[0] <= token.idx < span[1]:
            node = token
            for _ in range(steps):
                if node.head.i == node.i:
                    break
                node = node.head
                if node.i == head:
                    return True
    return False


def _from_patterns(text: str, src: tuple[int, int] | None, tgt: tuple[int, int] | None) -> SentenceCode | None:
    codes = kb.cameo_codes()
    scored = []
    from .parse import parse

    doc = parse([text])[0]
    for trigger in find_triggers(doc, 0):
        info = codes.get(trigger.entry.code)
        if info is None or not info.plover_type:
            continue
        score = _position_score(trigger.start, trigger.end, src, tgt)
        # the parse joins the trigger to the dyad: its argument phrases hold the actors
        attached = sum(_depends_on(doc, span, trigger.token) for span in (src, tgt) if span)
        score = max(score, {0: 0.0, 1: 0.75, 2: 0.95}[attached])
        scored.append((score, -trigger.start, info.plover_type, info.code, text[trigger.start : trigger.end]))
    if not scored:
        return None
    score, _, plover, cameo, evidence = max(scored)
    return SentenceCode(plover, cameo, round(score, 2), evidence)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """knowledge/plover_lexicon.yaml compiled as its header says: verbs inflected, phrases
    with an inflected first word, nouns with -s/-es, `ignore` phrases that are no events."""
    with (kb.KNOWLEDGE_DIR / "plover_lexicon.yaml").open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    irregular: dict[str, set[str]] = defaultdict(set)
    for form, lemma in (data.get("irregular") or {}).items():
        irregular[str(lemma)].add(str(form))
    entries: dict[tuple[str, ...], tuple[str, str]] = {}

    def add(words: list[str], plover: str, entry: str, kind: str) -> None:
        heads = {words[0], *_inflections(words[0]), *irregular.get(words[0], set())} if kind != "noun" else {words[0]}
        if kind == "noun":
            last = words[-1]
            for form in (last, last + "s", last + "es"):
                entries.setdefault((*words[:-1], form), (plover, entry))
            return
        for head in heads:
            key = (head, *words[1:])
            if plover == IGNORE:
                entries[key] = (plover, entry)
            else:
                entries.setdefault(key, (plover, entry))

    for plover, lists in data["types"].items():
        for kind, key in (("verb", "verbs"), ("phrase", "phrases"), ("noun", "nouns")):
            for entry in lists.get(key) or []:
                words = TOKEN.findall(str(entry).lower())
                if words:
                    add(words, plover, str(entry), kind)
    for entry in data.get("ignore") or []:
        add(TOKEN.findall(str(entry).lower()), IGNORE, str(entry), "phrase")
    future = data.get("future") or {}
    return Lexicon(
        entries=entries,
        longest=max(len(k) for k in entries),
        markers=frozenset(str(m) for m in future.get("markers", [])),
        window=int(future.get("window", 4)),
        future_map={str(k): str(v) for k, v in (future.get("map") or {}).items()},
    )


def _inflections(lemma: str) -> set[str]:
    """The regular forms the lexicon relies on: -s, -es, -ed, -ing; for a final e, -d and
    e-less -ing. Other forms are in its `irregular` table."""
    forms = {lemma + "s", lemma + "es", lemma + "ed", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    return forms


def _word_matches(tokens: list[str], lex: Lexicon) -> list[WordMatch]:
    """Lexicon entries in the tokens, left to right, the longest at each place."""
    out: list[WordMatch] = []
    i = 0
    while i < len(tokens):
        for length in range(min(lex.longest, len(tokens) - i), 0, -1):
            hit = lex.entries.get(tuple(tokens[i : i + length]))
            if hit is not None:
                if hit[0] != IGNORE:
                    out.append(WordMatch(i, i + length, hit[0], hit[1]))
                i += length
                break
        else:
            i += 1
    return out


def _token_span(spans: list[tuple[int, int]], chars: tuple[int, int] | None) -> tuple[int, int] | None:
    if chars is None:
        return None
    inside = [i for i, (a, b) in enumerate(spans) if a >= chars[0] and b <= chars[1]]
    if inside:
        return inside[0], inside[-1] + 1
    before = sum(1 for _, b in spans if b <= chars[0])
    return before, before


def _from_lexicon(text: str, src: tuple[int, int] | None, tgt: tuple[int, int] | None) -> SentenceCode | None:
    """The word between the two actors (the first after the source, or the last before it
    in a passive), else the one nearest the source; a future marker right before it
    ("will boycott") maps the type (to AGREE or THREATEN)."""
    lex = lexicon()
    found = list(TOKEN.finditer(text.lower()))
    tokens = [m.group(0) for m in found]
    spans = [(m.start(), m.end()) for m in found]
    matches = _word_matches(tokens, lex)
    if not matches:
        return None
    s = _token_span(spans, src) or (0, 0)
    t = _token_span(spans, tgt)
    chosen, confidence = None, 0.0
    if t is not None and s[1] <= t[0]:
        between = [m for m in matches if m.start >= s[1] and m.end <= t[0]]
        chosen, confidence = (between[0], 0.85) if between else (None, 0.0)
    elif t is not None and t[1] <= s[0]:
        between = [m for m in matches if m.start >= t[1] and m.end <= s[0]]
        chosen, confidence = (between[-1], 0.8) if between else (None, 0.0)
    if chosen is None:
        outside = [m for m in matches if not (m.start < s[1] and m.end > s[0]) and not (t and m.start < t[1] and m.end > t[0])] or matches
        chosen = min(outside, key=lambda m: (m.start - s[1], 0) if m.start >= s[1] else (s[0] - m.end, 1))
        confidence = 0.6
    plover = _future(chosen, matches, lex)
    evidence = text[spans[chosen.start][0] : spans[chosen.end - 1][1]]
    return SentenceCode(plover, None, confidence, evidence)


def _future(chosen: WordMatch, matches: list[WordMatch], lex: Lexicon) -> str:
    if chosen.entry in lex.markers:
        after = [m for m in matches if m.start >= chosen.end and m.start - chosen.end <= lex.window and m.entry not in lex.markers]
        return lex.future_map.get(after[0].plover, after[0].plover) if after else chosen.plover
    before = [m for m in matches if m.end <= chosen.start and chosen.start - m.end <= lex.window and m.entry in lex.markers]
    return lex.future_map.get(chosen.plover, chosen.plover) if before else chosen.plover


# ---------------------------------------------------------------- files


def read_sentence_rows(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a TSV with a header that has at least sentence, source and target."""
    if not path.exists():
        raise InputError(str(path), "no such file")
    handle = path.open(encoding="utf-8", newline="")
    reader = csv.DictReader(handle, delimiter="\t")
    missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        handle.close()
        raise InputError(f"{path}:1", f"header lacks column(s) {', '.join(missing)}; expected {', '.join(REQUIRED_COLUMNS)}")
    with handle:
        for number, row in enumerate(reader, start=2):
            if row.get("sentence") is None:
                raise InputError(f"{path}:{number}", "row has fewer columns than the header")
            yield row


def code_sentence_rows(rows: Iterable[dict[str, str]]) -> Iterator[dict[str, str]]:
    """Each row with `plover`, `cameo` and `confidence` added."""
    for row in rows:
        code = code_sentence(row["sentence"], row.get("source") or "", row.get("target") or "")
        yield {**row, "plover": code.plover, "cameo": code.cameo or "", "confidence": f"{code.confidence:.2f}"}


def write_rows(rows: Iterable[dict[str, str]], out: TextIO) -> list[dict[str, str]]:
    written: list[dict[str, str]] = []
    writer: csv.DictWriter[str] | None = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row), delimiter="\t", lineterminator="\n")
            writer.writeheader()
        writer.writerow(row)
        written.append(row)
    return written


def plover_label(name: str, merge_yield: bool = True) -> str:
    """A PLOVER type name as a benchmark compares it: old names to current ones, and (as
    PLV does) CONCEDE and RETREAT as YIELD."""
    name = (name or "").strip().upper()
    for type_name, info in kb.plover_types().items():
        if name in {str(a).upper() for a in info.get("aliases", []) or []}:
            name = type_name
    if merge_yield and name in {"CONCEDE", "RETREAT"}:
        return "YIELD"
    return name or NONE


def score_rows(rows: list[dict[str, str]], gold_column: str) -> dict[str, Any]:
    """Accuracy overall and per gold type, and the confusion counts."""
    if rows and gold_column not in rows[0]:
        raise InputError(gold_column, f"no such column; the file has {', '.join(rows[0])}")
    confusion: Counter[tuple[str, str]] = Counter()
    for row in rows:
        confusion[(plover_label(row[gold_column]), plover_label(row["plover"]))] += 1
    total = sum(confusion.values())
    right = sum(n for (g, p), n in confusion.items() if g == p)
    per_type = {}
    for gold in sorted({g for g, _ in confusion}):
        n = sum(c for (g, _), c in confusion.items() if g == gold)
        per_type[gold] = {"n": n, "accuracy": round(confusion[(gold, gold)] / n, 3)}
    return {"rows": total, "accuracy": round(right / total, 4) if total else 0.0, "per_type": per_type, "confusion": confusion}


def render_score(report: dict[str, Any], out: TextIO = sys.stdout) -> None:
    print(f"rows {report['rows']}  accuracy {report['accuracy']}", file=out)
    labels = sorted({g for g, _ in report["confusion"]} | {p for _, p in report["confusion"]})
    print("gold \\ predicted " + " ".join(f"{label[:5]:>5}" for label in labels) + "    n  acc", file=out)
    for gold in sorted(report["per_type"]):
        cells = " ".join(f"{report['confusion'].get((gold, p), 0):5d}" for p in labels)
        info = report["per_type"][gold]
        print(f"{gold:16} {cells} {info['n']:4d} {info['accuracy']:.2f}", file=out)
