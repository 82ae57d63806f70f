"""Extract events from one article. The sequence:

1. `text.split_sentences`: sentences with offsets;
2. `actors.find_mentions`: states, organisations and officials, resolved at the
   article's date, and the officials the article names;
3. `relations.find_relations`: facts about the relationship of two states; for an
   undated article that marks a known anniversary, the date it implies becomes the
   anchor for its relative dates ("Sunday");
4. `coding.code_events`: the event dictionary (`dictionary.py`) finds acts in the
   dependency parse (`parse.py`) of the sentences that hold a possible trigger and an
   actor; the trigger's arguments give who to whom -> directed events with CAMEO,
   PLOVER, date, modality and evidence;
5. `topics`: the themes of the article and of each event's sentence (once a sentence);
6. `quotes.find_quotes`: who said what (direct and reported speech), speakers resolved
   from the mentions of step 2;
7. `location`: where each event took place, from its sentence; the dateline apart;
   then `coding.one_event_per_occasion`: an act reported in several sentences is one
   event, from its most informative report;
8. `tone.article_tone`: the article's tone (GDELT's scale);
9. `identity.identify_events`: each event's source and target as one canonical actor
   (a person's id from the knowledge base, a state's or organisation's code).

`extract_batch` runs steps 1-3 for several articles, parses the sentences of all of them
in one pass, then goes on with each; `extract_many` and the ingest use it.

Grouping the events of many articles into stories is `stories.group_stories`, run over a
batch, not per article.

This module only sequences the stages; each lives in its own module.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, TypeVar

from .actors import find_mentions, participants
from .coding import code_events, one_event_per_occasion, parser_input, sentences_to_parse
from .errors import InputError
from .identity import identify_events
from .location import find_dateline, find_places, locate_events
from .parse import parse
from .quotes import find_quotes
from .read import ReadOptions, read_articles
from .records import Actor, Article, Extraction, Mention, Relation, Sentence
from .relations import anniversary_date, find_relations
from .text import mask_boilerplate, split_sentences
from .tone import article_tone
from .topics import article_topics, find_topics

if TYPE_CHECKING:
    from spacy.tokens import Doc

BATCH = 32  # articles whose sentences `extract_many` parses in one pass
T = TypeVar("T")


@dataclass
class _Read:
    """An article read up to its parse: steps 1-3 and the sentences coding will parse."""

    article: Article
    sentences: list[Sentence]
    mentions: list[Mention]
    actors: list[Actor]
    relations: list[Relation]
    anchor: str | None
    inferred: tuple[str, str] | None
    to_parse: list[Sentence]


def extract(article: Article) -> Extraction:
    """Everything Accord finds in one article."""
    read = _read(article)
    return _coded(read, _parses(read.to_parse))


def extract_batch(articles: Sequence[Article]) -> list[Extraction | Exception]:
    """`extract` for each article, in order, the sentences of all of them parsed in one
    pass (a batch parses about a tenth faster than its articles one by one). An article
    that cannot be extracted gives the exception in its place; the others are unharmed."""
    read: list[_Read | Exception] = []
    for article in articles:
        try:
            read.append(_read(article))
        except MemoryError:
            raise
        except Exception as exc:  # noqa: BLE001 - one article's failure is its own
            read.append(exc)
    good = [r for r in read if isinstance(r, _Read)]
    try:
        docs = iter(parse([parser_input(s) for r in good for s in r.to_parse]))
        parsed = {id(r): {s.index: next(docs) for s in r.to_parse} for r in good}
    except MemoryError:
        raise
    except Exception:  # noqa: BLE001 - the batch's parse failed: each article parses its own, failing alone
        parsed = {}
    out: list[Extraction | Exception] = []
    for r in read:
        if isinstance(r, Exception):
            out.append(r)
            continue
        try:
            out.append(_coded(r, parsed[id(r)] if id(r) in parsed else _parses(r.to_parse)))
        except MemoryError:
            raise
        except Exception as exc:  # noqa: BLE001 - one article's failure is its own
            out.append(exc)
    return out


def _parses(sentences: list[Sentence]) -> dict[int, Doc]:
    """The parses of the sentences, by sentence index."""
    return dict(zip((s.index for s in sentences), parse([parser_input(s) for s in sentences]), strict=True))


def _read(article: Article) -> _Read:
    article = replace(article, text=mask_boilerplate(article.text))
    sentences = split_sentences(article.text)
    mentions, actors = find_mentions(article.text, sentences, article.published)
    relations = find_relations(article.text, sentences, mentions, article.published, participants(mentions))
    anchor, inferred = article.published, None
    if anchor is None:
        inferred = anniversary_date(relations)  # an undated article marking a known anniversary
        anchor = inferred[0] if inferred else None
    return _Read(article, sentences, mentions, actors, relations, anchor, inferred, sentences_to_parse(sentences, mentions))


def _coded(read: _Read, parsed: dict[int, Doc]) -> Extraction:
    article, sentences, mentions = read.article, read.sentences, read.mentions
    events, unasserted = code_events(article.text, sentences, mentions, read.anchor, parsed)
    topics_of: dict[int, tuple[str, ...]] = {}  # once per sentence, however many events it holds
    for event in events:
        if event.sentence_index not in topics_of:
            topics_of[event.sentence_index] = find_topics(event.sentence)
    events = [replace(e, topics=topics_of[e.sentence_index]) for e in events]
    events = one_event_per_occasion(locate_events(events, find_places(article.text, sentences, mentions)))
    events, unasserted = identify_events(events, mentions), identify_events(unasserted, mentions)
    return Extraction(
        article=article,
        events=tuple(events),
        actors=tuple(read.actors),
        relations=tuple(read.relations),
        mentions=tuple(mentions),
        date_inferred=read.inferred,
        unasserted=tuple(unasserted),
        topics=article_topics(article.text),
        quotes=tuple(find_quotes(article.text, sentences, mentions)),
        tone=article_tone(article.text),
        dateline=find_dateline(article.text),
    )


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """The items in lists of `size`, in order, read as they are needed (the last list may be
    shorter)."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_many(paths: list[str], progress: bool = False, on_error: Callable[[InputError], None] | None = None,
                 options: ReadOptions | None = None) -> Iterator[Extraction]:
    """Extract every article found at the paths, in order. With `on_error`, a bad article
    is reported to it and the batch goes on; with `progress`, a counter on stderr;
    `options` say how to read (CSV columns, the longest article)."""
    count = 0
    for batch in batches(read_articles(paths, on_error=on_error, options=options), BATCH):
        for extraction in extract_batch(batch):
            if isinstance(extraction, Exception):
                raise extraction
            yield extraction
            count += 1
            if progress and count % 10 == 0:
                print(f"\raccord: {count} articles coded", end="", file=sys.stderr, flush=True)
    if progress and count >= 10:
        print(f"\raccord: {count} articles coded", file=sys.stderr)
