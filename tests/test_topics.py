"""Topics from data-defined term lists, per article and per event sentence."""

from __future__ import annotations

import yaml

from accord import extract, parse_text
from accord import knowledge as kb
from accord.topics import article_topics, find_topics, topic_table


def test_topic_file_is_valid():
    data = yaml.safe_load((kb.KNOWLEDGE_DIR / "topics.yaml").read_text(encoding="utf-8"))
    codes = [t["code"] for t in data["topics"]]
    assert len(codes) == len(set(codes)) >= 15 and data["source"] and data["licence"]
    contexts = {c["name"] for c in yaml.safe_load((kb.KNOWLEDGE_DIR / "plover.yaml").read_text(encoding="utf-8"))["contexts"]}
    for topic in data["topics"]:
        assert topic["terms"] and topic["name"]
        assert topic.get("plover_context") in contexts | {None}
    assert len(topic_table()) == len(codes)


def test_sentences_get_their_topics():
    assert find_topics("Mexico thanked China for its support in the fight against the pandemic and for vaccines.") == ("HEALTH", "VACCINES")
    assert "TAIWAN" in find_topics("The United States opposes efforts to change the status quo across the Taiwan Strait.")
    assert "INVEST" in find_topics("Both sides will speed up the construction of the CPEC under the Belt and Road.")
    assert find_topics("The two leaders met.") == ()


def test_article_topics_count_mentions():
    topics = article_topics("Ukraine " * 3 + "trade")
    assert topics["UKRAINE"] == 3 and topics["TRADE"] == 1


def test_events_and_articles_carry_topics():
    text = " date 2021-01-01 Wang said China supports Mexico in its fight against the COVID-19 pandemic."
    x = extract(parse_text(text, "t.txt"))
    assert "HEALTH" in x.topics
    assert all("HEALTH" in e.topics for e in x.events)
    assert x.to_dict()["events"][0]["topics"] == ["HEALTH"]
