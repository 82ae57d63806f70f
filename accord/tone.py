"""Tone: how positive or negative an article reads, as GDELT measures it (the share of
its words with positive valence minus the share with negative valence, per 100 words),
with word valences from the VADER lexicon that the vaderSentiment package ships.
knowledge/tone.yaml names the lexicon, the valence threshold and the words ignored."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Any

from . import knowledge as kb
from .records import Tone
from .text import straighten

WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


@lru_cache(maxsize=1)
def tone_config() -> dict[str, Any]:
    with (kb.KNOWLEDGE_DIR / "tone.yaml").open(encoding="utf-8") as handle:
        data: dict[str, Any] = kb.read_yaml(handle)
    return data


@lru_cache(maxsize=1)
def valences() -> dict[str, float]:
    """Word -> +1 or -1, for the words of the lexicon that carry tone."""
    config = tone_config()
    ignore = set(config["ignore"])
    threshold = float(config["min_valence"])
    text = resources.files(config["package"]).joinpath(config["file"]).read_text(encoding="utf-8")
    table: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not WORD.fullmatch(parts[0]) or parts[0] in ignore:
            continue
        value = float(parts[1])
        if abs(value) >= threshold:
            table[parts[0]] = 1.0 if value > 0 else -1.0
    return table


def article_tone(text: str) -> Tone:
    """The tone of a text: positive minus negative words per 100 words."""
    words = WORD.findall(straighten(text).lower())
    table = valences()
    positive = negative = 0
    for word, count in Counter(words).items():
        value = table.get(word)
        if value is not None:
            if value > 0:
                positive += count
            else:
                negative += count
    total = len(words) or 1
    pos, neg = 100 * positive / total, 100 * negative / total
    return Tone(tone=round(pos - neg, 3), positive=round(pos, 3), negative=round(neg, 3), polarity=round(pos + neg, 3), words=len(words))
