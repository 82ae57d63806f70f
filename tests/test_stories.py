"""Stories: one event reported by many articles, counted once (NumArticles, NumSources)."""

from __future__ import annotations

from dataclasses import replace

from accord import extract, parse_text
from accord.records import Event
from accord.stories import group_stories, reports_of

# Three reports of the Biden-Xi call of 2022-07-28: the first sentence of the White House
# readout (public domain, ../shared/articles/dev) and two paraphrases of how other outlets
# told it, one published the next day. Then distinct events of the same dyad.
SAME_CALL = {
    "wh.txt": (" date 2022-07-28 President Joseph R. Biden Jr. spoke today with President Xi Jinping of the People's Republic of China.", "whitehouse.gov"),
    "xinhua.txt": (" date 2022-07-28 Chinese President Xi Jinping held a phone conversation with U.S. President Joe Biden on Thursday.", "Xinhua"),
    "cnn.txt": (" date 2022-07-29 US President Joe Biden spoke by phone with Chinese President Xi Jinping on Thursday.", "CNN"),
    "cnn-repeat.txt": (" date 2022-07-29 President Biden spoke with President Xi Jinping of China by phone on Thursday.", "CNN"),
}
DISTINCT = {
    "march.txt": (" date 2022-03-18 President Biden spoke by phone with President Xi Jinping of China today.", "whitehouse.gov"),
    "bali.txt": (" date 2022-11-14 President Biden met with President Xi Jinping of China in Bali on Monday.", "whitehouse.gov"),
}


def _reports(articles: dict[str, tuple[str, str]]) -> list[tuple[str, str, Event]]:
    out = []
    for name, (text, outlet) in articles.items():
        x = extract(parse_text(text, name))
        assert x.events, f"{name} codes no event"
        out.extend((name, outlet, e) for e in x.events)
    return out


def test_three_outlets_reporting_one_call_make_one_story_each_way():
    stories = group_stories(_reports(SAME_CALL))
    assert [(s.source, s.target, s.cameo, s.date) for s in stories] == [("CHN", "USA", "041", "2022-07-28"), ("USA", "CHN", "041", "2022-07-28")]
    for story in stories:
        assert story.num_articles == 4 and story.num_sources == 3 and story.num_reports == 4
        assert {article for article, _ in story.members} == set(SAME_CALL)


def test_distinct_events_of_the_same_dyad_stay_apart():
    stories = group_stories(_reports({**SAME_CALL, **DISTINCT}))
    usa_chn = [(s.date, s.cameo[:2], s.num_articles) for s in stories if (s.source, s.target) == ("USA", "CHN")]
    assert usa_chn == [("2022-03-18", "04", 1), ("2022-07-28", "04", 4), ("2022-11-14", "04", 1)]


def test_story_ids_are_stable_and_members_index_the_article_events():
    reports = _reports(SAME_CALL)
    first, second = group_stories(reports), group_stories(list(reversed(reports)))
    assert [s.story_id for s in first] == [s.story_id for s in second]
    assert len({s.story_id for s in first}) == len(first)
    x = extract(parse_text(SAME_CALL["wh.txt"][0], "wh.txt"))
    for story in group_stories(reports_of([x])):
        ((article, index),) = story.members
        assert x.events[index].source == story.source and article == "wh.txt"
    d = first[0].to_dict()
    assert {"story_id", "num_articles", "num_sources", "members", "cameo", "date"} <= set(d) and isinstance(d["members"][0], list)


# The rule itself, on events built by hand.

BASE = Event("USA", "CHN", "041", 1.0, 1, "CONSULT", "phone", "2022-07-28", "day", "text", "asserted", "Joe Biden", "Xi Jinping", "", 0, (0, 1), "call")


def _ev(cameo: str = "041", when: str | None = "2022-07-28", precision: str | None = "day") -> Event:
    return replace(BASE, cameo=cameo, date=when, date_precision=precision)


def test_dates_more_than_a_day_apart_are_distinct_events():
    stories = group_stories([("a", "A", _ev(when="2022-07-28")), ("b", "B", _ev(when="2022-07-29")), ("c", "C", _ev(when="2022-07-31"))])
    assert [s.num_articles for s in stories] == [2, 1]


def test_a_run_of_daily_reports_is_not_chained_into_one_story():
    days = [f"2022-07-{d}" for d in (10, 11, 12, 13)]
    stories = group_stories([(f"a{i}", "A", _ev(when=d)) for i, d in enumerate(days)])
    assert [s.num_articles for s in stories] == [2, 2]


def test_one_article_reporting_two_days_reports_two_events():
    stories = group_stories([("a", "A", _ev(when="2022-07-28")), ("a", "A", _ev(when="2022-07-29"))])
    assert len(stories) == 2


def test_a_month_report_joins_only_the_one_story_of_its_month():
    one = group_stories([("a", "A", _ev(when="2022-07-28")), ("m", "M", _ev(when="2022-07", precision="month"))])
    assert [(s.date, s.num_articles) for s in one] == [("2022-07-28", 2)]
    two = group_stories([("a", "A", _ev(when="2022-07-05")), ("b", "B", _ev(when="2022-07-28")), ("m", "M", _ev(when="2022-07", precision="month"))])
    assert sorted((s.date, s.num_articles) for s in two) == [("2022-07", 1), ("2022-07-05", 1), ("2022-07-28", 1)]


def test_a_less_specific_code_joins_one_specific_story_but_never_bridges_two():
    joined = group_stories([("a", "A", _ev("041")), ("b", "B", _ev("040"))])
    assert [(s.cameo, s.num_articles) for s in joined] == [("041", 2)]
    apart = group_stories([("a", "A", _ev("041")), ("b", "B", _ev("042")), ("c", "C", _ev("040"))])
    assert sorted((s.cameo, s.num_articles) for s in apart) == [("040", 1), ("041", 1), ("042", 1)]


def test_different_codes_or_directions_are_different_stories():
    stories = group_stories([("a", "A", _ev("041")), ("b", "B", _ev("112")), ("c", "C", replace(_ev(), source="CHN", target="USA"))])
    assert len(stories) == 3


def test_two_distinct_events_with_the_same_key_get_distinct_ids():
    vague = _ev(when="2022-07", precision="month")
    stories = group_stories([("a", "A", _ev()), ("b", "B", _ev(cameo="042")), ("c", "C", replace(vague, cameo="040")),
                             ("d", "D", replace(vague, cameo="040")), ("e", "E", _ev(cameo="040", when=None, precision=None))])
    assert len({s.story_id for s in stories}) == len(stories)
