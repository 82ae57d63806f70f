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

Grouping the events of many articles into stories is `stories.group_stories`, run over a
batch, not per article.

This module only sequences the stages; each lives in its own module.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import replace

from .actors import find_mentions, participants
from .coding import code_events, one_event_per_occasion
from .errors import InputError
from .identity import identify_events
from .location import find_dateline, find_places, locate_events
from .quotes import find_quotes
from .read import ReadOptions, read_articles
from .records import Article, Extraction
from .relations import anniversary_date, find_relations
from .text import mask_boilerplate, split_sentences
from .tone import article_tone
from .topics import article_topics, find_topics


def extract(article: Article) -> Extraction:
    """Everything Accord finds in one article."""
    article = replace(article, text=mask_boilerplate(article.text))
    sentences = split_sentences(article.text)
    mentions, actors = find_mentions(article.text, sentences, article.published)
    relations = find_relations(article.text, sentences, mentions, article.published, participants(mentions))
    anchor, inferred = article.published, None
    if anchor is None:
        inferred = anniversary_date(relations)  # an undated article marking a known anniversary
        anchor = inferred[0] if inferred else None
    events, unasserted = code_events(article.text, sentences, mentions, anchor)
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
        actors=tuple(actors),
        relations=tuple(relations),
        mentions=tuple(mentions),
        date_inferred=inferred,
        unasserted=tuple(unasserted),
        topics=article_topics(article.text),
        quotes=tuple(find_quotes(article.text, sentences, mentions)),
        tone=article_tone(article.text),
        dateline=find_dateline(article.text),
    )


def extract_many(paths: list[str], progress: bool = False, on_error: Callable[[InputError], None] | None = None,
                 options: ReadOptions | None = None) -> Iterator[Extraction]:
    """Extract every article found at the paths, in order. With `on_error`, a bad article
    is reported to it and the batch goes on; with `progress`, a counter on stderr;
    `options` say how to read (CSV columns, the longest article)."""
    count = 0
    for article in read_articles(paths, on_error=on_error, options=options):
        yield extract(article)
        count += 1
        if progress and count % 10 == 0:
            print(f"\raccord: {count} articles coded", end="", file=sys.stderr, flush=True)
    if progress and count >= 10:
        print(f"\raccord: {count} articles coded", file=sys.stderr)
