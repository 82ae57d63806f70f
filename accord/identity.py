"""Canonical actors: one id and one display name per person, state and organisation.

The coder names an actor as the article does ("Joe Biden", "Biden", "Joseph R. Biden
Jr."); this stage gives each event's source and target the id of the actor the
knowledge base knows, so that counts, filters and exports group one person as one:

- an official of officials.csv or org_officials.csv: the slug of the canonical name
  (`joseph-r-biden-jr`), the same for every office the person held;
- a state: its ISO alpha-3 code (`CHN`); an organisation: its code (`NATO`);
- anyone the knowledge base does not know: no id (None), grouped by name.

The words of the article stay as they were (`source_actor`, and the span where the
actor is named): they are the evidence; the id and `display_name` are the identity.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from . import knowledge as kb
from .knowledge import Holding, fold
from .records import Event, Mention


def slug(name: str) -> str:
    """A name as an id: folded (accents, case, dots gone), words joined by '-'."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")


def person_id(holding: Holding) -> str:
    """The id of the person holding an office in the knowledge base: every holding of one
    person (one canonical name) has the same id."""
    return slug(holding.person)


@lru_cache(maxsize=1)
def _people() -> dict[str, str]:
    """Person id -> canonical name."""
    return {person_id(h): h.person for h in kb.holdings()}


@lru_cache(maxsize=1)
def _people_by_key() -> dict[str, str]:
    """The folded canonical name (a mention's `person_key`) -> person id."""
    return {fold(h.person): person_id(h) for h in kb.holdings()}


@lru_cache(maxsize=1)
def _organisation_names() -> dict[str, str]:
    return {o.code: o.name for o in kb.organisations()}


@lru_cache(maxsize=1)
def _names_of_codes() -> dict[str, set[str]]:
    """State or organisation code -> the folded names it goes by."""
    names: dict[str, set[str]] = {}
    for entry in kb.state_names():
        names.setdefault(entry.iso3, set()).add(fold(entry.text))
    for iso3, name in kb.states().items():
        names.setdefault(iso3, set()).add(fold(name))
    for org in kb.organisations():
        names.setdefault(org.code, set()).update(fold(a) for a in (org.code, org.name, *org.aliases))
    return names


def display_name(actor_id: str | None, fallback: str | None = None) -> str | None:
    """The one name shown for an actor id: a person's canonical name, a state's or an
    organisation's name; `fallback` for an id Accord does not know (or no id)."""
    if not actor_id:
        return fallback
    return _people().get(actor_id) or kb.states().get(actor_id) or _organisation_names().get(actor_id) or fallback


def ids_named(text: str) -> list[str]:
    """The ids of the actors a name or id stands for ("Joe Biden", "Biden",
    "joseph-r-biden-jr", "Russia", "NATO"); [] when it names none the knowledge base knows."""
    if text in _people() or text in kb.states() or text in _organisation_names():
        return [text]
    key = fold(text)
    found = {person_id(h) for h in kb.holdings_by_name().get(key, [])}
    found |= {code for code, names in _names_of_codes().items() if key in names}
    return sorted(found)


def actor_id(name: str | None, code: str, mention: Mention | None = None) -> str | None:
    """The id of an event's actor: the person the mention resolved to, else the one
    person of that state or organisation known by that name, else the state or
    organisation itself when the name is its own; None for anyone else."""
    if mention is not None and mention.kind in ("person", "role", "pronoun") and mention.person_key:
        found = _people_by_key().get(mention.person_key)
        if found:
            return found
    if not name:
        return code or None
    key = fold(name)
    if key in _names_of_codes().get(code, ()):
        return code
    people = {person_id(h) for h in kb.holdings_by_name().get(key, []) if code in (h.country, h.organisation)}
    return people.pop() if len(people) == 1 else None


def identify_events(events: Iterable[Event], mentions: Iterable[Mention]) -> list[Event]:
    """The events with `source_actor_id` and `target_actor_id` filled in from the
    article's mentions (where the span names the actor) and the knowledge base."""
    spans = {(m.start, m.end): m for m in mentions}
    by_name = {m.name: m for m in spans.values() if m.name and m.person_key}
    out = []
    for e in events:
        source = (spans.get(e.source_span) if e.source_span else None) or by_name.get(e.source_actor)
        target = (spans.get(e.target_span) if e.target_span else None) or by_name.get(e.target_actor)
        out.append(replace(e, source_actor_id=actor_id(e.source_actor, e.source, source),
                           target_actor_id=actor_id(e.target_actor, e.target, target)))
    return out
