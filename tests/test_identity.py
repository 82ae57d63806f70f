"""Canonical actors (identity.py): one id and one display name per person of the
knowledge base, whatever name an article uses; stored, filtered on and counted as one."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from accord import knowledge as kb
from accord.identity import actor_id, display_name, identify_events, ids_named, person_id
from accord.ingest import article_rows
from accord.query import EventFilter, actor_counts, count_events
from accord.records import Article, Event, Extraction, Mention
from accord.store import open_store

BIDEN = "joseph-r-biden-jr"
NAMES = ("Joseph R. Biden, Jr.", "Joe Biden", "Joseph R. Biden Jr.", "Biden", "Joseph R. Biden")


def test_every_official_has_one_id_and_every_id_one_canonical_name() -> None:
    seen: dict[str, str] = {}
    for holding in kb.holdings():
        pid = person_id(holding)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", pid), holding.person
        assert seen.setdefault(pid, holding.person) == holding.person, f"{pid}: {seen[pid]} and {holding.person}"
    assert display_name(BIDEN) == "Joseph R. Biden, Jr."


def test_every_name_of_a_person_gives_the_same_id() -> None:
    assert {tuple(ids_named(name)) for name in (*NAMES, BIDEN)} == {(BIDEN,)}
    assert ids_named("Russia") == ["RUS"] and ids_named("NATO") == ["NATO"]
    assert ids_named("Nobody Known Here") == []


def _event(source_actor: str, target_actor: str = "Russia", target: str = "RUS", span: tuple[int, int] | None = None) -> Event:
    return Event(source="USA", target=target, cameo="040", goldstein=1.0, quad_class=1, plover="CONSULT", plover_mode=None,
                 date="2022-02-12", date_precision="day", date_source="text", modality="asserted", source_actor=source_actor,
                 target_actor=target_actor, sentence="s", sentence_index=0, span=(0, 1), evidence="spoke", source_span=span)


def test_events_get_the_id_of_their_actors() -> None:
    events = identify_events([_event(name) for name in NAMES], [])
    assert {e.source_actor_id for e in events} == {BIDEN}
    assert {e.target_actor_id for e in events} == {"RUS"}
    assert [e.source_actor for e in events] == list(NAMES)  # the article's words stay as evidence
    unknown = identify_events([_event("Hunter Smith")], [])[0]
    assert unknown.source_actor_id is None
    # "the President" resolved by the actor finder to a person: the mention's person key decides
    mention = Mention(0, 13, "the President", "role", country="USA", name="the President", person_key="joseph r biden jr")
    assert identify_events([_event("the President", span=(0, 13))], [mention])[0].source_actor_id == BIDEN
    assert actor_id("Biden", "RUS") is None  # a Biden of Russia is not known


def test_the_extraction_carries_the_ids() -> None:
    from accord.pipeline import extract

    text = "Joe Biden met Vladimir Putin in Geneva on Wednesday. Biden and Putin talked for three hours."
    found = extract(Article("a", text, published="2021-06-16"))
    by_name = {(e.source_actor, e.source_actor_id) for e in found.events} | {(e.target_actor, e.target_actor_id) for e in found.events}
    assert ("Joe Biden", BIDEN) in by_name and ("Vladimir Putin", "vladimir-putin") in by_name
    assert all("source_actor_id" in e.to_dict() for e in found.events)


def test_one_actor_in_the_store_the_filter_and_the_cli(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from accord.cli import main

    events = identify_events([_event(name) for name in NAMES] + [_event("Hunter Smith")], [])
    article = Article("a1", "text", published="2022-02-12")
    with open_store(db) as store:
        store.save_articles([article_rows(article, Extraction(article=article, events=tuple(events)), "v", "run")])
        assert count_events(store, EventFilter(actor="Joe Biden")) == count_events(store, EventFilter(actor="Biden")) == 5
        assert count_events(store, EventFilter(actor=BIDEN)) == 5
        assert count_events(store, EventFilter(actor="hunter")) == 1  # a name the knowledge base lacks: part of it
        actors = actor_counts(store)
        biden = [a for a in actors if "Biden" in a["name"]]
        assert len(biden) == 1 and biden[0]["id"] == BIDEN and biden[0]["events"] == 5
        assert biden[0]["name"] == "Joseph R. Biden, Jr." and set(biden[0]["names"]) == set(NAMES)
    ids = []
    for name in ("Joe Biden", "Biden"):
        assert main(["events", "--db", db, "--actor", name, "--format", "jsonl"]) == 0
        ids.append(sorted(json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()))
    assert ids[0] == ids[1] and len(ids[0]) == 5
