"""Code events: patterns find the act; the sentence's structure gives who to whom.

For each sentence, every pattern of knowledge/patterns/*.yaml that matches is a
*trigger*. A trigger's pattern says which CAMEO code it carries and its *frame*:

- `mutual`: an act done together (a call, talks, an exchange of messages, an
  agreement). Its participants are the subject, anyone joined to the act by "with", or
  the article's other participants; it becomes one event each way between every two of
  their states.
- `directed`: an act one side does to another (praise, appeal, criticism, threat).
  The source is the subject (the nearest subject-like mention before the trigger, or an
  "X's" possessor of a noun trigger, or the speaker of reported speech, or the subject
  carried from the sentence before); the target is the first actor after the trigger
  from another state, else the source's counterpart in the article.

Each event carries its modality (asserted, negated, hypothetical, intended, recalled);
only asserted, intended and recalled events are returned as events.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from . import knowledge as kb
from .actors import is_subject_position, participants
from .dates import DateMention, DateValue, find_dates
from .knowledge import normalise_quotes
from .prefilter import Prefilter
from .records import Event, Mention, Sentence

ASSERTED_MODALITIES = {"asserted", "intended", "recalled"}
RECALLED_AFTER_DAYS = 31
DATE_BEFORE_CHARS = 150
MAX_OBJECT_WORDS = 8
DATE_AFTER_CHARS = 40
CARRY_WORDS = {"also", "and", "but", "then", "later", "meanwhile", "separately", "further", "furthermore", "moreover", "additionally", "in", "addition", "he", "she"}
CLAUSE_BREAK = re.compile(r";|\.\s|\bbut\b|\bwhile\b|\bwhereas\b")


@dataclass(frozen=True)
class Pattern:
    code: str
    frame: str  # mutual | directed
    regex: re.Pattern[str]
    possessor: str  # source | target | "": whose the "X's" before a noun trigger is
    implicit_target: bool
    needs_object: bool
    participants: str  # all | objects: who takes part in a mutual act
    reverse_code: str  # also code the target's side of the act ("hosted" -> the guest visited)
    target_anywhere: bool  # with no actor after the trigger, any other state in the sentence
    where: str


@dataclass(frozen=True)
class Trigger:
    pattern: Pattern
    start: int  # offsets in the article text
    end: int


@lru_cache(maxsize=1)
def compiled_patterns() -> list[Pattern]:
    macros = kb.lexicon().get("macros", {})
    out = []
    for entry in kb.patterns():
        source = entry["regex"]
        for name, value in macros.items():
            source = source.replace(f"<{name}>", value)
        out.append(
            Pattern(
                code=str(entry["code"]),
                frame=entry.get("frame", "directed"),
                regex=re.compile(source, re.IGNORECASE if entry.get("ignore_case", True) else 0),
                possessor=entry.get("possessor", ""),
                implicit_target=bool(entry.get("implicit_target", str(entry["code"])[:2] <= "08" and not entry.get("needs_object"))),
                needs_object=bool(entry.get("needs_object", False)),
                participants=entry.get("participants", "all"),
                reverse_code=str(entry.get("reverse_code", "")),
                target_anywhere=bool(entry.get("target_anywhere", False)),
                where=entry["where"],
            )
        )
    return out


@lru_cache(maxsize=1)
def pattern_prefilter() -> Prefilter:
    """The patterns that could match a sentence (see prefilter.py)."""
    return Prefilter(p.regex for p in compiled_patterns())


def find_triggers(text: str, sentence: Sentence) -> list[Trigger]:
    """Every pattern match in a sentence; overlapping matches of one code keep the longest."""
    norm = normalise_quotes(sentence.text)
    patterns = compiled_patterns()
    found: list[Trigger] = []
    for index, matches in pattern_prefilter().matches(norm).items():
        pattern = patterns[index]
        for m in matches:
            found.append(Trigger(pattern, sentence.start + m.start(), sentence.start + m.end()))
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[Trigger] = []
    for t in found:
        if any(k.pattern.code[:2] == t.pattern.code[:2] and k.start < t.end and t.start < k.end for k in kept):
            continue
        kept.append(t)
    return kept


@dataclass
class _Context:
    text: str
    norm: str
    mentions: list[Mention]
    participants: list[str]
    published: str | None
    lead_date: DateValue | None = None
    sentence_date: DateValue | None = None
    previous_subject: Mention | None = None


def code_events(
    text: str, sentences: list[Sentence], mentions: list[Mention], published: str | None
) -> tuple[list[Event], list[Event]]:
    """Events of an article: (asserted ones, negated or hypothetical ones)."""
    ctx = _Context(text, normalise_quotes(text), mentions, [], published)
    triggers = {sentence.index: find_triggers(text, sentence) for sentence in sentences}
    by_sentence = _actors_by_sentence(sentences, mentions)
    ctx.participants = _interlocutors(sentences, by_sentence, ctx, triggers)
    events: list[Event] = []
    other: list[Event] = []
    for sentence in sentences:
        in_sentence = by_sentence[sentence.index]
        dates = find_dates(sentence.text, published)
        sentence_events: list[Event] = []
        ctx.sentence_date = _occasion_date(triggers[sentence.index], dates, sentence)
        for trigger in triggers[sentence.index]:
            for event in _events_of(trigger, sentence, in_sentence, dates, ctx, sentence_events):
                sentence_events.append(event)
                (events if event.modality in ASSERTED_MODALITIES else other).append(event)
        subject = _sentence_subject(ctx, in_sentence)
        if subject is not None:
            ctx.previous_subject = subject
    return _dedupe(events), _dedupe(other)


def _actors_by_sentence(sentences: list[Sentence], mentions: list[Mention]) -> dict[int, list[Mention]]:
    """The actor mentions of each sentence, in order."""
    grouped: dict[int, list[Mention]] = {s.index: [] for s in sentences}
    starts = [m.start for m in mentions]
    for sentence in sentences:
        lo = bisect_left(starts, sentence.start)
        for m in mentions[lo:]:
            if m.start >= sentence.end:
                break
            if _is_actor(m):
                grouped[sentence.index].append(m)
    return grouped


def _interlocutors(sentences: list[Sentence], by_sentence: dict[int, list[Mention]], ctx: _Context, triggers: dict[int, list[Trigger]]) -> list[str]:
    """The states of the article's main exchange: those of the first act done together
    whose sides the text names ("Biden spoke with Tinubu", "the two leaders met"). Acts
    with no target named are aimed at them; "the two leaders" are their leaders."""
    for sentence in sentences:
        in_sentence = by_sentence[sentence.index]
        for trigger in triggers[sentence.index]:
            if trigger.pattern.frame != "mutual" or trigger.pattern.participants != "all":
                continue
            subject = _source(trigger, sentence, in_sentence, ctx, carry=False)
            if subject is None or subject.kind == "group" and not subject.members:
                continue
            sides = _countries(subject)
            for o in _objects(trigger, sentence, in_sentence, ctx):
                sides += _countries(o)
            distinct = list(dict.fromkeys(sides))
            if len(distinct) >= 2:
                return distinct
    named = participants(ctx.mentions)
    return named[:2] if len(named) >= 2 else []


def _is_actor(m: Mention) -> bool:
    return bool(m.country or (m.kind == "group" and m.members) or m.kind == "organisation" or m.organisation)


def _countries(m: Mention) -> list[str]:
    """The actors a mention stands for: its state, each state of a group, or an
    organisation (its code) that acts for itself ("NATO condemned Russia")."""
    if m.kind == "group":
        return list(m.members)
    if m.country:
        return [m.country]
    return [m.organisation] if m.organisation else []  # an organisation, or a person speaking for one


def _sentence_subject(ctx: _Context, in_sentence: list[Mention]) -> Mention | None:
    for m in in_sentence:
        if m.kind in {"person", "role", "group", "pronoun"} and is_subject_position(ctx.norm, m.start):
            return m
    return None


def _events_of(
    trigger: Trigger, sentence: Sentence, in_sentence: list[Mention], dates: list[DateMention], ctx: _Context, sentence_events: list[Event]
) -> list[Event]:
    pattern = trigger.pattern
    source_m = _source(trigger, sentence, in_sentence, ctx)
    objects = _objects(trigger, sentence, in_sentence, ctx)
    agent = _passive_agent(trigger, objects, ctx) if pattern.frame == "directed" else None
    if agent is not None:
        # "Ukraine was attacked by Russia": the agent acts, the subject undergoes
        objects = [source_m] if source_m is not None else []
        source_m = agent
    elif pattern.frame == "directed" and (participle := _participle_agent(trigger, in_sentence, objects, ctx)) is not None:
        # "Ukraine, attacked by Russia, ...", "a conference boycotted by the opposition":
        # the agent acts on what the participle describes, an actor or nothing
        source_m, undergoer = participle
        if undergoer is None:
            return []
        objects = [undergoer]
    if pattern.needs_object:
        objects = [o for o in objects if len(ctx.norm[trigger.end : o.start].split()) <= 3]
        if not objects:
            return []
    pairs: list[tuple[str, str, Mention | None, Mention | None]] = []
    if source_m is not None and not _countries(source_m):
        source_m = None
    reciprocal = re.match(r"\s+(?:each other|one another)\b", ctx.norm[trigger.end : trigger.end + 20]) is not None
    if pattern.frame == "mutual" or (reciprocal and source_m is not None and source_m.kind == "group"):
        party_source = source_m if source_m is not None and _is_party(source_m) else None
        pairs = _mutual_pairs(party_source if pattern.participants == "all" else None, [o for o in objects if _is_party(o)], ctx)
    else:
        if source_m is None:
            return []
        sources = _countries(source_m)
        possessed = _possessor(trigger, in_sentence, ctx)
        states_named = [o for o in objects if not _organisation_only(o)]
        for s in sources:
            before = len(pairs)
            # each member of a group source aims at the first actor of another state
            target_m = next((o for o in states_named if set(_countries(o)) - {s}), None)
            if pattern.possessor == "target" and possessed is not None:
                target_m = possessed
            if target_m is None and pattern.target_anywhere:
                target_m = _conflict_party([s], sentence_events) or _nearest_other(trigger, in_sentence, [s])
            if target_m is not None:
                pairs += [(s, t, source_m, target_m) for t in _countries(target_m) if t != s]
            elif pattern.implicit_target and source_m.kind == "group" and pattern.code[:2] in kb.lexicon()["group_roots"]:
                pairs += [(s, t, source_m, source_m) for t in sources if t != s]  # "the two leaders agreed...": each to the other
            elif pattern.implicit_target and source_m.kind != "group" and s in ctx.participants:
                pairs += [(s, t, source_m, None) for t in ctx.participants if t != s]
            if len(pairs) == before:  # no state aimed at: an organisation named as object is ("Russia criticised NATO")
                org = next((o for o in objects if _organisation_only(o) and set(_countries(o)) - {s}), None)
                pairs += [(s, t, source_m, org) for t in _countries(org)] if org is not None else []
    if not pairs:
        return []
    code = pattern.code
    modality = _modality(ctx.norm, sentence, trigger, source_m)
    if modality == "intended":
        code = kb.lexicon()["intent_codes"].get(code[:2], code)
    when, date_source = _event_date(trigger, dates, sentence, ctx)
    if when is not None and ctx.published and modality == "asserted":
        if _days_before(when, ctx.published) > RECALLED_AFTER_DAYS:
            modality = "recalled"
    out = []
    coded = [(s, t, sm, tm, code) for s, t, sm, tm in pairs]
    if pattern.reverse_code and modality == "asserted":
        coded += [(t, s, tm, sm, pattern.reverse_code) for s, t, sm, tm in pairs]
    speaker = _speaker(sentence, in_sentence, ctx)
    for s, t, sm, tm, code in coded:
        if sm is not None and sm.kind == "state" and speaker is not None and speaker.country == s and speaker.name:
            sm = speaker  # "Wang said China supports Mexico": Wang Yi acts for China
        info = kb.cameo_codes().get(code) or kb.cameo_codes()[code[:3]]
        out.append(
            Event(
                source=s,
                target=t,
                cameo=code,
                goldstein=info.goldstein,
                quad_class=info.quad_class,
                plover=info.plover_type,
                plover_mode=info.plover_mode,
                date=when.value if when else None,
                date_precision=when.precision if when else None,
                date_source=date_source,
                modality=modality,
                source_actor=_actor_name(sm, s, in_sentence),
                target_actor=_actor_name(tm, t, in_sentence),
                sentence=sentence.text,
                sentence_index=sentence.index,
                span=(trigger.start, trigger.end),
                evidence=ctx.text[trigger.start : trigger.end],
                pattern=pattern.where,
                source_span=(sm.start, sm.end) if sm is not None and sm.end > sm.start else None,
                target_span=(tm.start, tm.end) if tm is not None and tm.end > tm.start else None,
            )
        )
    return out


def _is_party(m: Mention) -> bool:
    """Whether a mention can be a party to talks, calls and meetings: states and their
    people are, and so are an organisation's officials ("EU foreign policy chief Josep
    Borrell"); an organisation named in the sentence is what they talk about or where
    they meet."""
    return not (m.kind == "organisation" and not m.country)


def _organisation_only(m: Mention) -> bool:
    """An organisation (or its official) acting for itself, not for one state."""
    return m.organisation is not None and not m.country


def _other_state(objects: list[Mention], source_m: Mention) -> Mention | None:
    sources = set(_countries(source_m))
    return next((o for o in objects if set(_countries(o)) - sources), None)


def _conflict_party(sources: list[str], sentence_events: list[Event]) -> Mention | None:
    """The other side of a conflict already coded in the sentence: the actor of a hostile
    act ("Russia's military buildup"), or the one the same source criticised."""
    for event in reversed(sentence_events):
        if event.quad_class < 3:
            continue
        party = event.target if event.source in sources else event.source
        if party not in sources:
            return Mention(0, 0, "", "state", country=party, name=kb.states().get(party, party))
    return None


def _nearest_other(trigger: Trigger, in_sentence: list[Mention], sources: list[str]) -> Mention | None:
    """The actor of another state nearest the trigger, before or after it."""
    others = [m for m in in_sentence if m.kind in {"state", "person", "organisation"} and m.country and m.country not in sources]
    if not others:
        return None
    return min(others, key=lambda m: min(abs(m.start - trigger.end), abs(m.end - trigger.start)))


def _mutual_pairs(subject: Mention | None, objects: list[Mention], ctx: _Context) -> list[tuple[str, str, Mention | None, Mention | None]]:
    """Both directions between the subject's states and the objects' states, and among
    the states of a group subject; a lone subject with no object acts with the article's
    other participants; objects alone (\"the conflict between X and Y\") act among
    themselves."""
    left: list[tuple[str, Mention | None]] = [(c, subject) for c in _countries(subject)] if subject is not None else []
    right: list[tuple[str, Mention | None]] = [(c, o) for o in objects for c in _countries(o)]
    if subject is None:
        left, right = right, right
    elif not right:
        own = {c for c, _ in left}
        if len(own) >= 2:
            right = left
        elif own & set(ctx.participants):
            right = [(c, None) for c in ctx.participants if c not in own]
    else:
        left_countries = {c for c, _ in left}
        if len(left_countries) >= 2:
            right = right + left
    pairs: list[tuple[str, str, Mention | None, Mention | None]] = []
    seen: set[tuple[str, str]] = set()
    for a, am in left:
        for b, bm in right:
            for x, xm, y, ym in ((a, am, b, bm), (b, bm, a, am)):
                if x != y and (x, y) not in seen:
                    seen.add((x, y))
                    pairs.append((x, y, xm, ym))
    return pairs


def _actor_name(m: Mention | None, country: str, mentions: list[Mention] | None = None) -> str:
    if m is not None and m.kind == "group" and mentions:
        inside = next((p for p in mentions if p.kind == "person" and p.country == country and m.start <= p.start < m.end and p.name), None)
        if inside is not None and inside.name:
            return inside.name
    if m is not None and m.name and len(_countries(m)) == 1 and m.kind != "state":
        return m.name
    return kb.states().get(country, country)


def _source(trigger: Trigger, sentence: Sentence, in_sentence: list[Mention], ctx: _Context, carry: bool = True) -> Mention | None:
    """Who does the act: an "X's" possessor of a noun trigger, the nearest subject-like
    mention before it, the speaker of the sentence, or the subject carried over."""
    if trigger.pattern.possessor == "source":
        possessed = _possessor(trigger, in_sentence, ctx)
        if possessed is not None:
            return possessed
    before = [m for m in in_sentence if m.end <= trigger.start]
    for m in reversed(before):
        # a coordinated group ("China and Pakistan") stands or falls as a whole
        groups = [g for g in before if g.kind == "group" and g.members and g.start <= m.start and m.end <= g.end and g is not m]
        whole = groups[0] if groups else m
        if is_subject_position(ctx.norm, whole.start):
            return whole
    speaker = _speaker(sentence, in_sentence, ctx)
    if speaker is not None:
        return speaker
    lead_in = re.findall(r"[a-z]+", ctx.norm[sentence.start : trigger.start].lower())
    if carry and not before and set(lead_in) <= CARRY_WORDS:
        return ctx.previous_subject  # "Also discussed was...": the subject carries over
    return None


SPEECH_AFTER = re.compile(
    r"^\s*(?:also\s+)?(?:said|says|noted|added|stressed|told|pointed out|stated|emphasized|underscored|explained|insisted|wrote|declared)\b"
)


def _speaker(sentence: Sentence, in_sentence: list[Mention], ctx: _Context) -> Mention | None:
    """The speaker of a sentence of reported speech: "..., Wang said."."""
    for m in in_sentence:
        if m.kind in {"person", "role", "pronoun", "group", "state"} and SPEECH_AFTER.match(ctx.norm[m.end : m.end + 30]):
            return m
    return None


PASSIVE_AUXILIARY = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _passive_agent(trigger: Trigger, objects: list[Mention], ctx: _Context) -> Mention | None:
    """The "by X" agent of a passive trigger ("was attacked by Russia"), or None."""
    if not PASSIVE_AUXILIARY.search(ctx.norm[max(0, trigger.start - 30) : trigger.start]):
        return None
    for m in objects:
        if re.search(r"\bby\s+(?:the\s+)?$", ctx.norm[max(0, m.start - 12) : m.start]):
            return m
    return None


PARTICIPLE = re.compile(r"^[a-z]+(?:ed|en)$")


def _participle_agent(trigger: Trigger, in_sentence: list[Mention], objects: list[Mention], ctx: _Context) -> tuple[Mention, Mention | None] | None:
    """For a past participle without an auxiliary followed by "by X" ("a conference
    boycotted by the opposition"): X, and the actor the participle describes when it
    stands right before it ("Ukraine, attacked by Russia"), else None."""
    if not PARTICIPLE.match(ctx.norm[trigger.start : trigger.end]):
        return None
    agent = next((m for m in objects if re.fullmatch(r"\s+by\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}", ctx.norm[trigger.end : m.start])), None)
    if agent is None:
        return None
    before = [m for m in in_sentence if m.end <= trigger.start]
    undergoer = before[-1] if before and re.fullmatch(r",?\s*", ctx.norm[before[-1].end : trigger.start]) else None
    return agent, undergoer if undergoer is not None and _countries(undergoer) else None


def _possessor(trigger: Trigger, in_sentence: list[Mention], ctx: _Context) -> Mention | None:
    """The "X's" right before a noun trigger: "Russia's escalation", "China's behavior"."""
    its = re.search(r"\b(?:its|their)(?:\s+[a-z][\w-]*){0,2}\s+$", ctx.norm[max(0, trigger.start - 40) : trigger.start])
    if its is not None:
        # "in response to its invasion of Ukraine": the state named last before "its"
        cut = trigger.start - (len(ctx.norm[max(0, trigger.start - 40) : trigger.start]) - its.start())
        before = [m for m in in_sentence if m.end <= cut and m.kind in {"state", "person", "group"} and _countries(m)]
        if not before:
            return None
        last = before[-1]
        return last if last.kind != "group" else None
    for m in reversed(in_sentence):
        if m.end > trigger.start:
            continue
        gap = ctx.norm[m.end : trigger.start]
        # (a word may open a quotation: Beijing's "escalating and unlawful actions")
        if re.fullmatch(r"'s?(?:\s+\"?[a-z][\w-]*(?:,)?){0,4}\s+(?:and\s+[a-z][\w-]*\s+)?", gap + " ") or re.fullmatch(r"'s?\s*", gap):
            return m
        if m.kind == "state" and re.fullmatch(r"(?:\s+[a-z][\w-]*){0,2}(?:'s)?\s+", gap):
            return m  # "the Turkish invasion", "Russian military buildup", "the Hungarian prime minister's visit"
        # "Tinubu's leadership in securing the release", "Egypt's role in efforts to facilitate"
        if re.fullmatch(r"'s?(?:\s+[a-z][\w-]*){0,3}\s+(?:role|leadership|efforts?|decision|work)\s+(?:in|to)(?:\s+(?:efforts\s+to|[a-z]+ing))?(?:\s+the)?\s*", gap):
            return m
        return None
    return None


def _objects(trigger: Trigger, sentence: Sentence, in_sentence: list[Mention], ctx: _Context) -> list[Mention]:
    """Actors after the trigger in the same clause, first the one joined to it, then any
    coordinated with that one."""
    first_word = re.match(r"\S+", ctx.norm[trigger.start : trigger.end])
    inside_from = trigger.start + (first_word.end() if first_word else 0)
    # actors after the trigger, or inside it past its first word ("expelled two Russian diplomats")
    after = [m for m in in_sentence if m.start >= inside_from and not (m.kind == "group" and m.start < trigger.start)]
    if not after:
        return []
    out: list[Mention] = []
    limit = CLAUSE_BREAK.search(ctx.norm, trigger.end, sentence.end)
    stop = limit.start() if limit else sentence.end
    for m in after:
        if m.start >= stop:
            break
        if m.kind == "group" and m.members and out and out[-1].start >= m.start:
            out[-1] = m  # "the ambassadors of Brazil and Kenya": both
            continue
        if out and trigger.pattern.frame == "mutual":
            gap = ctx.norm[out[-1].end : m.start]
            if not re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*as well as|\s)\s*(?:the\s+)?", gap):
                break
        elif trigger.pattern.frame == "mutual":
            gap = ctx.norm[trigger.end : m.start]
            if len(gap.split()) > 3 and not re.search(r"\bwith\b", gap) and not _people_from().search(gap):
                break
        if m.kind == "group" and not m.members:
            continue
        if _after_locative(ctx.norm, m.start):
            continue
        if trigger.pattern.frame == "directed" and len(ctx.norm[trigger.end : m.start].split()) > MAX_OBJECT_WORDS:
            break  # too far from the act to be what it is aimed at
        out.append(m)
    # a coordinated group replaces its parts
    groups = [m for m in out if m.kind == "group"]
    for g in groups:
        out = [m for m in out if m is g or not (g.start <= m.start and m.end <= g.end)]
    return out


def _after_locative(norm: str, start: int) -> bool:
    """Is the mention in a place or topic phrase ("in Afghanistan", "at the UN")?"""
    words = re.findall(r"[\w']+", norm[max(0, start - 40) : start].lower())
    dets = set(kb.lexicon()["determiners"])
    for word in reversed(words):
        if word in dets:
            continue
        return word in set(kb.lexicon()["locative_prepositions"])
    return False


@lru_cache(maxsize=1)
def _people_from() -> re.Pattern[str]:
    """ "foreign ministers from", "diplomats of": people acting for the states named next."""
    return re.compile(r"\b(?:" + "|".join(kb.lexicon()["people_nouns"]) + r")\s+(?:from|of)\b")


@lru_cache(maxsize=1)
def _modality_cues() -> dict[str, re.Pattern[str]]:
    """The lexicon's cue lists, each compiled once as one alternation."""
    lex = kb.lexicon()

    def words(key: str) -> str:
        return "|".join(re.escape(cue) for cue in sorted(lex[key], key=len, reverse=True))

    return {
        "negations": re.compile(rf"(?<![\w'])(?:{words('negations')})(?![\w'])"),
        "hypothetical": re.compile(rf"\b(?:{words('hypothetical')})\b"),
        "requested": re.compile(rf"\b(?:{words('requested')})\b[^.;]*\bto\s+(?:\w+\s+)?$"),
        "future": re.compile(rf"\b(?:{words('future')})\b"),
        "future_in_trigger": re.compile(rf"\b(?:{words('future_in_trigger')})\b"),
    }


def _modality(norm: str, sentence: Sentence, trigger: Trigger, source_m: Mention | None) -> str:
    """Negated, hypothetical, intended or asserted, from cues in the trigger's clause
    before it ("did not meet", "if ... invaded", "will visit")."""
    window = norm[max(sentence.start, trigger.start - 120) : trigger.start].lower()
    window = re.split(r"[;:]|,(?!\s+(?:jr|sr)\b)", window)[-1]
    # a cue belongs to the act right after it: stop at the preposition that opens this
    # act's phrase ("voiced willingness to cooperate during a phone conversation")
    window = re.split(r"\b(?:during|after|before|following|amid)\b", window)[-1]
    if source_m is not None and sentence.start <= source_m.end <= trigger.start and trigger.start - source_m.end < len(window):
        cut = norm[source_m.end : trigger.start].lower()
        if_clause = re.search(r"\b(?:if|unless|whether)\b", window[: len(window) - len(cut)])
        window = cut if not if_clause else window
    words = " " + window + " "
    cues = _modality_cues()
    if cues["negations"].search(words):
        return "negated"
    if cues["hypothetical"].search(words) or cues["requested"].search(words):
        return "hypothetical"  # a condition, or the act an appeal asks for: not happened
    if cues["future"].search(words) or cues["future_in_trigger"].search(" " + norm[trigger.start : trigger.end].lower() + " "):
        return "intended"
    return "asserted"


def _event_date(trigger: Trigger, dates: list[DateMention], sentence: Sentence, ctx: _Context) -> tuple[DateValue | None, str]:
    """The date of the sentence's own date expression near the trigger ("text"), else the
    date of the article's lead event ("lead"), else the publication date ("published"),
    which dates a report of the day such as a readout."""
    near = [d for d in dates if not d.future and _near(trigger, sentence.start + d.start, sentence.start + d.end)]
    if near:
        best = min(near, key=lambda d: _distance(trigger, sentence.start + d.start, sentence.start + d.end))
        if ctx.lead_date is None and trigger.pattern.code[:2] == "04":
            ctx.lead_date = best.date
        return best.date, "text"
    if ctx.sentence_date is not None:
        return ctx.sentence_date, "text"
    if ctx.lead_date is not None:
        return ctx.lead_date, "lead"
    if ctx.published:
        return DateValue(ctx.published, "day"), "published"
    return None, ""


def _occasion_date(triggers: list[Trigger], dates: list[DateMention], sentence: Sentence) -> DateValue | None:
    """The date of the meeting or call a sentence reports ("... voiced willingness to
    cooperate during a phone conversation on Thursday"): the other acts of the sentence
    happened on that occasion."""
    for trigger in triggers:
        if trigger.pattern.code[:2] != "04":
            continue
        for d in dates:
            if not d.future and _near(trigger, sentence.start + d.start, sentence.start + d.end):
                return d.date
    return None


def _near(trigger: Trigger, start: int, end: int) -> bool:
    """A date expression belongs to the act if it comes before it in the sentence
    ("in April 2020, Xi and ... held a phone conversation") or right after it ("spoke
    on Thursday"); one further on usually dates something else ("his inauguration in
    January")."""
    if end <= trigger.start:
        return trigger.start - end <= DATE_BEFORE_CHARS
    return _distance(trigger, start, end) <= DATE_AFTER_CHARS


def _distance(trigger: Trigger, start: int, end: int) -> int:
    if end <= trigger.start:
        return trigger.start - end
    if start >= trigger.end:
        return start - trigger.end
    return 0


def _days_before(value: DateValue, published: str) -> int:
    parts = value.value.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else 12
    day = int(parts[2]) if len(parts) > 2 else 28
    try:
        return (date.fromisoformat(published) - date(year, month, day)).days
    except ValueError:
        return 0


def _dedupe(events: list[Event]) -> list[Event]:
    seen: set[tuple[Any, ...]] = set()
    out = []
    for e in events:
        key = (e.source, e.target, e.cameo, e.span, e.date)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
