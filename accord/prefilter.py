"""Which patterns could match a sentence: the literal words a regular expression's
matches must start with, read from the expression itself. Coding runs only the patterns
whose leading words start a word of the sentence (one Aho-Corasick pass), instead of
every pattern."""

from __future__ import annotations

import re
from collections.abc import Iterator


def literal_prefixes(source: str) -> tuple[str, ...]:
    """The literal words every match of a pattern starts with ("spoke", "talked" for
    r"\\b(?:spoke|talked)..."), found through nested alternations; () when that cannot
    be told."""
    found = _prefixes_of(source)
    return tuple(sorted(set(found))) if found else ()


def _scan(source: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth after it) for each character that is neither escaped
    nor inside a character class; `depth` counts open groups."""
    depth, index, in_class = 0, start, False
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth += {"(": 1, ")": -1}.get(char, 0)
            yield index, char, depth
        index += 1


def _split_top(source: str) -> list[str]:
    """A regex split at its top-level bars."""
    cuts = [index for index, char, depth in _scan(source) if char == "|" and depth == 0]
    bounds = [-1, *cuts, len(source)]
    return [source[a + 1 : b] for a, b in zip(bounds, bounds[1:], strict=False)]


def _group_end(source: str, start: int) -> int:
    """The index just past the group opening at `start`, or -1."""
    for index, char, depth in _scan(source, start):
        if char == ")" and depth == 0:
            return index + 1
    return -1


def _prefixes_of(source: str) -> list[str] | None:
    alternatives = _split_top(source)
    if len(alternatives) > 1:
        out: list[str] = []
        for alternative in alternatives:
            found = _prefixes_of(alternative)
            if not found:
                return None
            out += found
        return out
    rest = source
    while True:  # zero-width openings: \b, lookbehinds
        if rest.startswith("\\b"):
            rest = rest[2:]
        elif rest.startswith(("(?<!", "(?<=")):
            end = _group_end(rest, 0)
            if end < 0:
                return None
            rest = rest[end:]
        else:
            break
    if rest.startswith("(?:"):
        end = _group_end(rest, 0)
        if end < 0 or rest[end : end + 1] in {"?", "*", "{"}:
            return None
        return _prefixes_of(rest[3 : end - 1])
    literal = re.match(r"[A-Za-z' -]+", rest)
    if not literal or len(literal.group(0).strip()) < 3:
        return None
    text = literal.group(0)
    if rest[len(text) : len(text) + 1] in {"?", "*", "{"}:
        text = text[:-1]  # the last letter is optional
        if len(text.strip()) < 3:
            return None
    return [text.lower()]
