"""Topics: the themes of an article and of each event's sentence, from the term lists
of knowledge/topics.yaml. A prefilter (prefilter.py) runs each topic's expression only
where its terms can match."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import knowledge as kb
from .prefilter import Prefilter


@dataclass(frozen=True)
class Topic:
    code: str
    name: str
    plover_context: str | None
    regex: re.Pattern[str]


@lru_cache(maxsize=1)
def topic_table() -> list[Topic]:
    with (kb.KNOWLEDGE_DIR / "topics.yaml").open(encoding="utf-8") as handle:
        data = kb.read_yaml(handle)
    return [
        Topic(t["code"], t["name"], t.get("plover_context"), re.compile(r"\b(?:" + "|".join(t["terms"]) + r")\b", re.IGNORECASE))
        for t in data["topics"]
    ]


@lru_cache(maxsize=1)
def _prefilter() -> Prefilter:
    return Prefilter((t.regex for t in topic_table()), name="topics")


def find_topics(text: str) -> tuple[str, ...]:
    """The codes of the topics a text touches, in the table's order."""
    table = topic_table()
    return tuple(table[i].code for i in _prefilter().candidates(text) if table[i].regex.search(text))


def article_topics(text: str, minimum: int = 2) -> dict[str, int]:
    """Topic code -> number of mentions, for topics mentioned at least `minimum` times
    (once, in a short text)."""
    found = _prefilter().matches(text)
    counts = {t.code: len(found.get(index, ())) for index, t in enumerate(topic_table())}
    floor = 1 if len(text) < 1500 else minimum
    return {code: n for code, n in counts.items() if n >= floor}
