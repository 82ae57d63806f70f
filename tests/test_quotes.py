"""Quotes: direct and reported speech, with the speaker resolved from the article's
mentions. Sentences from ../shared/seeds, articles/dev and (short ones) the news corpus."""

from __future__ import annotations

import re

import pytest
import yaml

from accord import extract, parse_text
from accord import knowledge as kb
from accord.quotes import speech_cues


def quotes(text: str, published: str = "2024-07-27"):
    x = extract(parse_text(f" date {published} {text}", "t.txt"))
    for q in x.quotes:
        assert x.article.text[q.span[0] : q.span[1]] == q.text
        if q.speaker_span:
            assert x.article.text[q.speaker_span[0] : q.speaker_span[1]] == q.speaker_text
    return x.quotes


def test_speech_file_is_valid():
    data = yaml.safe_load((kb.KNOWLEDGE_DIR / "speech.yaml").read_text(encoding="utf-8"))
    assert data["source"] and data["licence"]
    lists = ("say_verbs", "that_verbs", "participles", "according", "addressee_cues", "speaker_nouns", "between_speaker_and_verb", "audiences", "adjunct_openers", "not_after")
    for key in lists:
        words = data[key]
        assert words and all(isinstance(w, str) and w == w.lower() and w.strip() == w for w in words), key
        assert len(words) == len(set(words)) or key == "between_speaker_and_verb", f"{key} repeats a word"
    assert not set(data["say_verbs"]) & set(data["that_verbs"]), "a verb is in both verb lists"
    assert isinstance(data["before_that_max_words"], int)
    assert speech_cues() == data


def test_reported_speech_with_the_speaker_named_by_title():
    (q,) = quotes("Chinese President Xi Jinping said Sunday that he stands ready to work with his Malian counterpart, Bah N’Daw.", "2020-10-26")
    assert (q.kind, q.speaker, q.speaker_country, q.speaker_office, q.cue) == ("indirect", "Xi Jinping", "CHN", "head_of_state", "said")
    assert q.text == "he stands ready to work with his Malian counterpart, Bah N’Daw"
    assert q.speaker_text == "Chinese President Xi Jinping" and q.sentence_index == 0


def test_in_his_message_x_pointed_out_that():
    text = "Chinese President Xi Jinping exchanged messages with Bah N’Daw. In his message, Xi pointed out that the people of the two countries have always treated each other sincerely."
    (q,) = quotes(text, "2020-10-26")
    assert (q.speaker, q.cue, q.sentence_index) == ("Xi Jinping", "pointed out", 1)
    assert q.text == "the people of the two countries have always treated each other sincerely"


def test_a_pronoun_speaker_is_the_person_the_article_resolved():
    text = "For his part, Bah N’Daw thanked China. In recent years, he said, the Mali-China relationship has witnessed further development."
    q = quotes(text, "2020-10-26")[-1]
    assert (q.speaker, q.speaker_country, q.speaker_text) == ("Bah N'Daw", "MLI", "he")
    assert q.text.startswith("the Mali-China relationship has witnessed")


def test_direct_quote_before_its_speaker_and_its_continuation():
    text = (
        "Secretary of State Antony Blinken met Wang Yi in Vientiane. "
        "“We are pleased to take note of the successful resupply today of the Second Thomas Shoal,” Blinken said. "
        "“We applaud that and hope and expect to see that it continues going forward.”"
    )
    first, second = quotes(text)
    assert (first.kind, first.speaker, first.speaker_country) == ("direct", "Antony Blinken", "USA")
    assert first.text == "We are pleased to take note of the successful resupply today of the Second Thomas Shoal"
    assert (second.kind, second.speaker, second.sentence_index) == ("direct", "Antony Blinken", 2)


def test_inverted_attribution():
    (q,) = quotes("Turkish President Recep Tayyip Erdoğan spoke to parliament. “Elements of the US administration are saying different things,” said Erdoğan.", "2019-01-08")
    assert (q.kind, q.speaker, q.speaker_country, q.sentence_index) == ("direct", "Recep Tayyip Erdoğan", "TUR", 1)
    assert q.text == "Elements of the US administration are saying different things"


def test_addressee_after_told():
    text = "Wang told visiting Ukrainian Foreign Minister Dmytro Kuleba that Beijing “supported all efforts that contribute to peace.”"
    (q,) = quotes("Chinese Foreign Minister Wang Yi met Kuleba. " + text)
    assert (q.speaker, q.addressee, q.addressee_country, q.kind) == ("Wang Yi", "Dmytro Kuleba", "UKR", "indirect")
    assert q.text.startswith("Beijing “supported all efforts")


def test_addressee_of_a_message():
    text = "In a message to Malian President Bah N’Daw, Chinese President Xi Jinping said the two countries are good friends."
    (q,) = quotes(text, "2020-10-26")
    assert (q.speaker, q.addressee, q.addressee_country) == ("Xi Jinping", "Bah N'Daw", "MLI")


def test_according_to_the_minister():
    text = "Chinese Foreign Minister Wang Yi spoke to Xinhua. According to the minister, the development of the bilateral relationship has been guided by the leaders of the two countries."
    q = quotes(text, "2021-01-02")[-1]
    assert (q.cue, q.speaker, q.kind) == ("according to", "Wang Yi", "indirect")
    assert q.text.startswith("the development of the bilateral relationship")


def test_an_unnamed_official_speaks_for_their_state():
    (q,) = quotes("The bombers flew near Alaska in international airspace, a US defense official said.")
    assert (q.speaker, q.speaker_country, q.speaker_text) == ("United States", "USA", "a US defense official")
    assert q.text == "The bombers flew near Alaska in international airspace"


def test_participle_adds_to_the_speaker_of_the_sentence():
    text = "Chinese Foreign Minister Wang Yi said China supports Mexico, adding that the new year will bring new opportunities to both countries."
    said, adding = quotes(text, "2021-01-01")
    assert said.text == "China supports Mexico" and (adding.cue, adding.speaker) == ("adding", "Wang Yi")
    assert adding.text == "the new year will bring new opportunities to both countries"


@pytest.mark.parametrize(
    "text",
    [
        "President Biden emphasized the importance of the bilateral relationship with Prime Minister Modi.",  # a topic, not words
        "When NATO leaders met earlier this month a joint declaration labeled Beijing a “decisive enabler” of Russia’s war.",  # scare quotes
        "The two leaders met in Vientiane on Saturday.",
        "As Xi said, the two countries are friends.",
    ],
)
def test_no_quote_without_speech(text: str):
    assert quotes(text) == ()


def test_quotes_link_to_events_of_their_sentence_and_serialise():
    x = extract(parse_text(" date 2021-01-01 Chinese Foreign Minister Wang Yi said China supports Mexico in its fight against the pandemic.", "t.txt"))
    (q,) = x.quotes
    assert x.events and all(e.sentence_index == q.sentence_index for e in x.events)
    d = x.to_dict()["quotes"][0]
    assert set(d) == {"text", "kind", "speaker", "speaker_country", "speaker_office", "speaker_text", "addressee", "addressee_country", "cue", "sentence_index", "span", "speaker_span"}
    assert isinstance(d["span"], list)


def test_every_cue_is_a_whole_word_match():
    # "says" inside "essays" or "told" inside "untold" is no cue
    assert quotes("Xi Jinping wrote essays about untold stories of friendship between the two countries.") == ()
    assert all(re.fullmatch(r"[a-z ]+", w) for w in speech_cues()["say_verbs"])
