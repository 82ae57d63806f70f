"""Facts about the relationship of two states: the anniversary being marked, the year
ties were established, the named level of partnership."""

from __future__ import annotations

from .records import Mention, Relation, Sentence


def find_relations(text: str, sentences: list[Sentence], mentions: list[Mention], published: str | None) -> list[Relation]:
    return []
