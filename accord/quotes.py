"""Quotes: what officials said, directly ("...," Blinken said) or reported ("Xi said
that ...", "according to the minister, ..."), with the speaker resolved from the
article's mentions (names, pronouns, "the President": the actor stage resolves them)
and the addressee where the text names one ("told his counterpart", "in a message to").

The cues are data: knowledge/speech.yaml. A cue inside a direct quote is not a cue. A
sentence that is a quotation and nothing else continues the direct quote before it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

import ahocorasick

from . import knowledge as kb
from .records import Mention, Quote, Sentence
from .text import straighten

SPEAKER_KINDS = frozenset({"person", "pronoun", "role", "state", "organisation", "group"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
MIN_WORDS = 3  # a quote is at least this many words
STRIP = " \t\n,;:-"


@lru_cache(maxsize=1)
def speech_cues() -> dict[str, Any]:
    """The cue lists of knowledge/speech.yaml."""
    with (kb.KNOWLEDGE_DIR / "speech.yaml").open(encoding="utf-8") as handle:
        data: dict[str, Any] = kb.read_yaml(handle)
    return data


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class _Regexes:
    cue: re.Pattern[str]
    gap: re.Pattern[str]  # between a speaker mention and its verb
    noun_speaker: re.Pattern[str]  # "officials said": a speaker with no mention
    noun_after: re.Pattern[str]  # "'s foreign ministry" after a mention
    noun_ahead: re.Pattern[str]  # "according to officials": a speaker with no mention
    before_that: re.Pattern[str]
    addressee: re.Pattern[str]
    audience: re.Pattern[str]
    not_after: frozenset[str]
    addressee_verbs: frozenset[str]
    adjunct_openers: frozenset[str]


@lru_cache(maxsize=1)
def _regexes() -> _Regexes:
    c = speech_cues()
    nouns = _alternation(c["speaker_nouns"])
    between = _alternation(c["between_speaker_and_verb"])
    cue = re.compile(
        rf"\b(?:(?P<according>{_alternation(c['according'])})|(?P<part>{_alternation(c['participles'])})"
        rf"|(?P<that>{_alternation(c['that_verbs'])})|(?P<say>{_alternation(c['say_verbs'])}))\b",
        re.IGNORECASE,
    )
    return _Regexes(
        cue=cue,
        gap=re.compile(
            rf"(?P<noun>(?:'s?)?\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b)?(?:\s*,[^,\"]{{1,160}},)?\s*(?:(?:{between})\s+)*$",
            re.IGNORECASE,
        ),
        noun_speaker=re.compile(
            rf"(?P<np>\b(?:(?:the|a|an|one|two|three|several|some)\s+)?(?:[\w-]+\s+){{0,3}}?(?:{nouns}))\s+(?:(?:{between})\s+)*$", re.IGNORECASE
        ),
        noun_after=re.compile(rf"(?:'s?)?\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b", re.IGNORECASE),
        noun_ahead=re.compile(rf"\s+(?P<np>(?:(?:the|a|an|two|three|several|some)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{nouns}))\b", re.IGNORECASE),
        before_that=re.compile(r"(?P<pre>(?:[^.;:\"]*?\s)?)that\b", re.IGNORECASE),
        addressee=re.compile(rf"\b(?:{_alternation(c['addressee_cues'])})\b", re.IGNORECASE),
        audience=re.compile(rf"\s*(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:{_alternation(c['audiences'])})\b", re.IGNORECASE),
        not_after=frozenset(w.lower() for w in c["not_after"]),
        addressee_verbs=frozenset(w for w in c["addressee_cues"] if " " not in w),
        adjunct_openers=frozenset(w.lower() for w in c["adjunct_openers"]),
    )


@dataclass
class _Attribution:
    """One speech cue of a sentence with its speaker, before its quote is cut out."""

    kind: str  # say | that | part | according
    cue: str
    start: int
    end: int
    speaker: Mention | None = None
    speaker_span: tuple[int, int] | None = None
    inverted: bool = False  # the speaker stands after the verb ('"...," said Erdogan')

    @property
    def left(self) -> int:
        """Where the attribution starts: the speaker before the verb, or the verb."""
        if self.speaker_span and not self.inverted and self.kind not in {"according", "part"}:
            return min(self.speaker_span[0], self.start)
        return self.start

    @property
    def right(self) -> int:
        if self.speaker_span and (self.inverted or self.kind == "according"):
            return max(self.speaker_span[1], self.end)
        return self.end


def find_quotes(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Quote]:
    """The quotes of an article, in order."""
    norm = straighten(text)
    sentences = _mend(norm, sentences)
    starts = [s.start for s in sentences]
    cues_by_sentence: dict[int, list[re.Match[str]]] = {}
    for match in _find_cues(norm):
        index = bisect_right(starts, match.start()) - 1
        if index >= 0 and match.end() <= sentences[index].end:
            cues_by_sentence.setdefault(index, []).append(match)
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    quotes: list[Quote] = []
    previous: Quote | None = None
    for sentence in sentences:
        found = _sentence_quotes(norm, text, sentence, cues_by_sentence.get(sentence.index, []), by_sentence.get(sentence.index, []))
        if not found and previous is not None and previous.kind == "direct" and sentence.index - previous.sentence_index == 1:
            continued = _continuation(norm, text, sentence, previous)
            found = [continued] if continued else []
        quotes.extend(found)
        if found:
            previous = found[-1]
        elif previous is not None and sentence.index - previous.sentence_index > 1:
            previous = None
    return quotes


@lru_cache(maxsize=1)
def _cue_automaton() -> ahocorasick.Automaton:
    """The first word of every cue: one pass over the text finds where cues may start."""
    c = speech_cues()
    automaton = ahocorasick.Automaton()
    for key in ("according", "participles", "that_verbs", "say_verbs"):
        for cue in c[key]:
            first = cue.split()[0]
            automaton.add_word(first, first)
    automaton.make_automaton()
    return automaton


def _find_cues(norm: str) -> list[re.Match[str]]:
    """Every speech cue of the text, matched by the cue regex where a cue may start."""
    low = norm.lower()
    cue = _regexes().cue
    found: list[re.Match[str]] = []
    last = -1
    for end, first in _cue_automaton().iter(low):
        start = end - len(first) + 1
        if start <= last or (start > 0 and low[start - 1].isalnum()):
            continue
        match = cue.match(norm, start)
        if match:
            found.append(match)
            last = match.end() - 1
    return found


def _mend(norm: str, sentences: list[Sentence]) -> list[Sentence]:
    """Give back to a sentence the opening quotation mark the splitter left at the end
    of the one before ('... Blinken said. "' + 'We applaud that."')."""
    mended = list(sentences)
    for i in range(len(mended) - 1):
        here, after = mended[i], mended[i + 1]
        body = norm[here.start : here.end].rstrip()
        if body.endswith('"') and len(body) > 1 and body[-2].isspace() and after.start - (here.start + len(body)) < 3:
            mark = here.start + len(body) - 1
            mended[i] = replace(here, end=mark, text=here.text[: mark - here.start])
            mended[i + 1] = replace(after, start=mark, text=norm[mark : after.end])
    return mended


def _quoted_spans(norm: str, sentence: Sentence) -> list[tuple[int, int]]:
    marks = [i for i in range(sentence.start, sentence.end) if norm[i] == '"']
    return [(marks[i], marks[i + 1]) for i in range(0, len(marks) - 1, 2)]


def _sentence_quotes(norm: str, text: str, sentence: Sentence, cues: list[re.Match[str]], in_sentence: list[Mention]) -> list[Quote]:
    if not cues:
        return []
    quoted = _quoted_spans(norm, sentence)
    speakers = [m for m in in_sentence if m.kind in SPEAKER_KINDS and m.text.lower() not in OBJECT_PRONOUNS]
    attributions: list[_Attribution] = []
    for match in cues:
        if any(a < match.start() < b for a, b in quoted):
            continue
        kind = next(k for k in ("according", "part", "that", "say") if match.group(k))
        attribution = _Attribution(kind, re.sub(r"\s+", " ", match.group(0).lower()), match.start(), match.end())
        if _attribute(norm, sentence, attribution, speakers):
            attributions.append(attribution)
    for attribution in attributions:
        if attribution.kind == "part":
            other = [a for a in attributions if a.kind != "part" and a.speaker_span]
            before = [a for a in other if a.start < attribution.start]
            chosen = before[-1] if before else (other[0] if other else None)
            if chosen is not None:
                attribution.speaker, attribution.speaker_span = chosen.speaker, chosen.speaker_span
    quotes: list[Quote] = []
    for number, attribution in enumerate(attributions):
        if attribution.speaker_span is None:
            continue
        if attribution.kind == "according" and any(a.kind in {"say", "that"} for a in attributions[:number]):
            continue  # "Wang told Lavrov that ..., according to a statement": the source of that quote
        left = attributions[number - 1].right if number > 0 else sentence.start
        right = attributions[number + 1].left if number + 1 < len(attributions) else sentence.end
        content = _content(norm, attribution, left, right)
        if content is None:
            continue
        addressee = _addressee(norm, sentence, attribution, content, in_sentence)
        quotes.append(_quote(text, norm, sentence, attribution, content, addressee))
    return quotes


def _attribute(norm: str, sentence: Sentence, a: _Attribution, speakers: list[Mention]) -> bool:
    """Find the speaker of a cue; False when the cue reports no speech here."""
    rx = _regexes()
    if a.kind == "part":
        return True
    if a.kind == "that" and not _reports_here(norm, a, sentence):
        return False
    if a.kind == "according":
        after = [m for m in speakers if a.end <= m.start <= a.end + 30 and re.fullmatch(r"\s+(?:the\s+)?", norm[a.end : m.start], re.I)]
        if after:
            m = after[0]
            noun = rx.noun_after.match(norm, m.end, sentence.end)
            a.speaker, a.speaker_span = m, (m.start, noun.end() if noun else m.end)
            return True
        noun = rx.noun_ahead.match(norm, a.end, sentence.end)
        if noun:
            a.speaker_span = (noun.start("np"), noun.end("np"))
            a.speaker = _source_of(norm, noun.end("np"), speakers)
            return True
        return False
    before_text = norm[sentence.start : a.start]
    if re.search(r"[,\"]\s*$", before_text) and a.kind == "say":
        after = [m for m in speakers if a.end < m.start <= a.end + 40 and re.fullmatch(r"\s+(?:the\s+)?", norm[a.end : m.start], re.I)]
        after = [m for m in after if re.match(r"\s*(?:[.,;:\"]|$)", norm[m.end : sentence.end])]  # '"...," said Erdogan.'
        if after:
            a.speaker, a.speaker_span, a.inverted = after[0], (after[0].start, after[0].end), True
            return True
    for m in sorted((m for m in speakers if m.end <= a.start and a.start - m.end <= 220), key=lambda m: (-m.end, m.start)):
        gap = rx.gap.match(norm, m.end, a.start)
        if gap is None:
            continue
        if _word_before(norm, m.start, sentence.start) in rx.not_after:
            return False
        start, end = m.start, m.end
        if gap.group("noun"):  # "a US defense official": the phrase, from its article on
            end = m.end + len(gap.group("noun"))
            article = re.search(r"\b(?:a|an|the|one)\s+$", norm[max(sentence.start, m.start - 6) : m.start], re.IGNORECASE)
            start = m.start - (len(article.group(0)) if article else 0)
        a.speaker, a.speaker_span = m, (start, end)
        return True
    noun = rx.noun_speaker.search(norm, max(sentence.start, a.start - 80), a.start)
    if noun and not any(x < noun.start("np") < y for x, y in _quoted_spans(norm, sentence)):
        if _word_before(norm, noun.start("np"), sentence.start) in rx.not_after:
            return False
        a.speaker_span = (noun.start("np"), noun.end("np"))
        a.speaker = _source_of(norm, noun.end("np"), speakers)
        return True
    return False


def _reports_here(norm: str, a: _Attribution, sentence: Sentence) -> bool:
    """A verb such as "stressed" reports speech before "that" or a quotation, or at the
    end of its clause ('"...," he warned.'); "stressed the importance of" reports none."""
    rx = _regexes()
    that = rx.before_that.match(norm, a.end, sentence.end)
    if that and len(that.group("pre").split()) <= int(speech_cues()["before_that_max_words"]):
        return True
    return re.match(r"\s*[:,]?\s*\"", norm[a.end : sentence.end]) is not None or _words(norm, (a.end, sentence.end)) <= 4


def _source_of(norm: str, at: int, speakers: list[Mention]) -> Mention | None:
    """The state or body an unnamed speaker speaks for: "a statement from China's
    foreign ministry", "a spokesperson for the Kremlin"."""
    for m in speakers:
        if at <= m.start <= at + 12 and re.fullmatch(r"\s+(?:from|of|for|by)\s+(?:the\s+)?", norm[at : m.start], re.I):
            return m
    return None


def _word_before(norm: str, at: int, floor: int) -> str:
    """The word before a speaker, past an article: "what a US official said"."""
    words = re.findall(r"[\w']+", norm[max(floor, at - 30) : at])
    while words and words[-1].lower() in {"a", "an", "the"}:
        words.pop()
    return words[-1].lower() if words else ""


def _content(norm: str, a: _Attribution, left: int, right: int) -> tuple[int, int] | None:
    """The span of what was said, after the cue or before the speaker."""
    rx = _regexes()
    if a.kind == "according":
        before = _trim(norm, left, a.start)
        if before and _words(norm, before) >= MIN_WORDS:
            return before
        return _trim(norm, a.right, right)
    before = _trim(norm, left, a.left)
    if before and not a.inverted and _reported_before(norm, before, a):
        return before
    if not a.inverted:
        start = a.end
        if a.cue in rx.addressee_verbs:
            audience = rx.audience.match(norm, start, right)
            start = audience.end() if audience else start
        that = rx.before_that.match(norm, start, right)
        max_words = int(speech_cues()["before_that_max_words"])
        if that and len(that.group("pre").split()) <= max_words:
            after = _trim(norm, that.end(), right)
        elif a.kind in {"say", "part"} and a.cue not in rx.addressee_verbs:
            after = _trim(norm, start, right)
        else:
            opening = re.match(r"\s*[:,]?\s*\"", norm[start:right])
            after = _trim(norm, start, right) if opening else None
        if after and _words(norm, after) >= MIN_WORDS and not _adjunct(norm, after):
            return after
        if after and norm[after[0]] == '"':
            return after
        if a.kind != "say" or (_words(norm, (a.end, right)) > 4 and not (after and _adjunct(norm, after))):
            return None  # only "Xi said." or "Blinken said in a statement." quote what came before
    if before and (_words(norm, before) >= MIN_WORDS or norm[before[0]] == '"'):
        return before
    return None


def _reported_before(norm: str, before: tuple[int, int], a: _Attribution) -> bool:
    """'"...," the minister said in an interview': a closing quote or a comma before the
    speaker, and an adjunct after the verb, put the words spoken before the speaker."""
    if a.kind != "say" or _words(norm, before) < MIN_WORDS:
        return False
    ending = norm[max(before[0], a.left - 4) : a.left].rstrip()
    if ending.endswith(',"') or ending.endswith('"') and norm.count('"', before[0], a.left) == 1:
        return True
    return ending.endswith(",") and _adjunct(norm, (a.end, a.end + 30))


def _adjunct(norm: str, span: tuple[int, int]) -> bool:
    """The text opens with an adjunct ("in a statement", "on Sunday"), not with speech."""
    following = re.match(r"\s*([\w']+)", norm[span[0] : span[1]])
    return following is not None and following.group(1).lower() in _regexes().adjunct_openers


def _trim(norm: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (norm[start] in STRIP or norm[start].isspace()):
        start += 1
    while end > start and (norm[end - 1] in STRIP + ".!?" or norm[end - 1].isspace()):
        end -= 1
    return (start, end) if end > start else None


def _words(norm: str, span: tuple[int, int]) -> int:
    return len(norm[span[0] : span[1]].split())


def _addressee(norm: str, sentence: Sentence, a: _Attribution, content: tuple[int, int], in_sentence: list[Mention]) -> Mention | None:
    """The person or state spoken to: after "told", or a cue such as "in a message to"."""
    rx = _regexes()
    windows: list[tuple[int, int]] = []
    if a.cue in rx.addressee_verbs and not a.inverted:
        windows.append((a.end, content[0]))
    for cue in rx.addressee.finditer(norm, sentence.start, sentence.end):
        if not content[0] <= cue.start() < content[1] and cue.start() != a.start:
            windows.append((cue.end(), min(cue.end() + 60, sentence.end)))
    speaker_key = a.speaker.person_key or a.speaker.name if a.speaker else None
    for lo, hi in windows:
        found = [m for m in in_sentence if lo <= m.start < hi and m.kind in {"person", "role", "pronoun", "state", "organisation"}]
        found = [m for m in found if (m.person_key or m.name) != speaker_key and m.text.lower() not in {"he", "she", "they"}]
        if found:
            people = [m for m in found if m.kind in {"person", "role", "pronoun"}]
            return people[0] if people else found[0]
    return None


def _quote(text: str, norm: str, sentence: Sentence, a: _Attribution, content: tuple[int, int], addressee: Mention | None) -> Quote:
    start, end = content
    kind = "indirect"
    marks = norm.count('"', start, end)
    opens, closes = norm[start] == '"', norm[end - 1] == '"'
    if (opens and (marks == 1 or marks == 2 and closes)) or (closes and marks == 1):
        kind = "direct"  # a quotation and nothing else, possibly opened or closed in another sentence
        start, end = start + opens, end - closes
        start, end = _trim(norm, start, end) or (start, end)
    speaker = a.speaker
    speaker_span = a.speaker_span or (a.start, a.start)
    return Quote(
        text=text[start:end],
        kind=kind,
        speaker=_display(speaker),
        speaker_country=speaker.country if speaker else None,
        speaker_office=speaker.office if speaker else None,
        speaker_text=text[speaker_span[0] : speaker_span[1]],
        addressee=_display(addressee),
        addressee_country=addressee.country if addressee else None,
        cue=a.cue,
        sentence_index=sentence.index,
        span=(start, end),
        speaker_span=a.speaker_span,
    )


def _display(m: Mention | None) -> str | None:
    if m is None:
        return None
    if m.name:
        return m.name
    return m.text if m.kind in {"group", "person"} else None


def _continuation(norm: str, text: str, sentence: Sentence, previous: Quote) -> Quote | None:
    """A sentence that is only a quotation goes on with the previous speaker's words."""
    span = _trim(norm, sentence.start, sentence.end)
    if span is None or norm[span[0]] != '"' or norm.count('"', span[0] + 1, span[1]) > 1:
        return None
    if norm.count('"', span[0] + 1, span[1]) == 1 and norm[span[1] - 1] != '"':
        return None
    start, end = span[0] + 1, span[1] - 1 if norm[span[1] - 1] == '"' else span[1]
    inner = _trim(norm, start, end)
    if inner is None or _words(norm, inner) < MIN_WORDS:
        return None
    # the same speaker, addressee and cue as the quote it continues
    return replace(previous, text=text[inner[0] : inner[1]], kind="direct", sentence_index=sentence.index, span=inner)
