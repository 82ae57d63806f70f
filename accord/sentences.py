"""Sentence-level coding: given a sentence and its dyad (the source and target as they
appear in it), the PLOVER event type, as the PLOVER literature's benchmarks pose it.

The type comes from the PLOVER word lists of knowledge/plover_lexicon.yaml (the word
between the two actors wins, then one next to them); the event patterns of
knowledge/patterns give the CAMEO code where they agree, and the type where no word
matches; with neither, the answer is NONE.
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
from .records import Sentence

NONE = "NONE"
REQUIRED_COLUMNS = ("sentence", "source", "target")


@dataclass(frozen=True)
class SentenceCode:
    plover: str  # a PLOVER type, or NONE
    cameo: str | None
    confidence: float
    evidence: str


@dataclass(frozen=True)
class LexiconEntry:
    plover: str
    regex: re.Pattern[str]
    kind: str  # verb | phrase | noun


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


def _from_patterns(text: str, src: tuple[int, int] | None, tgt: tuple[int, int] | None) -> SentenceCode | None:
    codes = kb.cameo_codes()
    scored = []
    for trigger in find_triggers(text, Sentence(0, 0, len(text), text)):
        info = codes.get(trigger.pattern.code)
        if info is None or not info.plover_type:
            continue
        score = _position_score(trigger.start, trigger.end, src, tgt)
        scored.append((score, -trigger.start, info.plover_type, info.code, text[trigger.start : trigger.end]))
    if not scored:
        return None
    score, _, plover, cameo, evidence = max(scored)
    return SentenceCode(plover, cameo, round(score, 2), evidence)


@lru_cache(maxsize=1)
def lexicon() -> list[LexiconEntry]:
    """The PLOVER word lists, compiled: verbs with their inflections, phrases, nouns."""
    path = kb.KNOWLEDGE_DIR / "plover_lexicon.yaml"
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    irregular: dict[str, list[str]] = defaultdict(list)
    for form, lemma in (data.get("irregular") or {}).items():
        irregular[str(lemma)].append(str(form))
    entries = []
    for plover, lists in data["types"].items():
        for verb in lists.get("verbs", []):
            forms = sorted({*_inflections(str(verb)), *irregular.get(str(verb), [])}, key=len, reverse=True)
            entries.append(LexiconEntry(plover, re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b", re.I), "verb"))
        for phrase in lists.get("phrases", []):
            words = str(phrase).split()
            head = "(?:" + "|".join(map(re.escape, sorted({*_inflections(words[0]), *irregular.get(words[0], [])}, key=len, reverse=True))) + ")"
            rest = r"\s+".join(map(re.escape, words[1:]))
            entries.append(LexiconEntry(plover, re.compile(rf"\b{head}\b" + (rf"\s+{rest}\b" if rest else ""), re.I), "phrase"))
        for noun in lists.get("nouns", []):
            entries.append(LexiconEntry(plover, re.compile(rf"\b{re.escape(str(noun))}s?\b", re.I), "noun"))
    return entries


def _inflections(lemma: str) -> list[str]:
    """Regular English forms of a verb lemma: -s, -es, -ed, -ing, with the usual spelling rules."""
    forms = {lemma}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif re.search(r"(?:s|sh|ch|x|z)$", lemma):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
        if re.search(r"[^aeiou][aeiou][bdgmnprt]$", lemma) and len(lemma) <= 5:
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return sorted(forms)


def _from_lexicon(text: str, src: tuple[int, int] | None, tgt: tuple[int, int] | None) -> SentenceCode | None:
    weight = {"phrase": 0.1, "verb": 0.05, "noun": 0.0}
    scored = []
    for entry in lexicon():
        for m in entry.regex.finditer(text):
            if src and src[0] <= m.start() < src[1] and entry.kind != "verb":
                continue
            score = _position_score(m.start(), m.end(), src, tgt) * 0.8 + weight[entry.kind]
            scored.append((score, -m.start(), entry.plover, m.group(0)))
    if not scored:
        return None
    score, _, plover, evidence = max(scored)
    return SentenceCode(plover, None, round(min(score, 0.99), 2), evidence)


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
