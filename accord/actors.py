"""Find the actors an article names and resolve each to a state, office and sector.

Three passes over the text:

1. *Names*: states (names, former names, abbreviations, demonyms, capitals, seats of
   government), organisations and officials of the knowledge base, matched with one
   Aho-Corasick automaton, longest match first.
2. *Titles*: "Pakistani President Arif Alvi", "Prime Minister Naftali Bennett of Israel",
   "his Malian counterpart, Bah N'Daw": a person with a state and office, known to the
   knowledge base or not.
3. *Discourse*: later short mentions ("Alvi", "President Biden"), pronouns ("he"),
   role nouns ("the President") and groups ("the two leaders", "China and Pakistan"),
   resolved left to right against what the article has named so far.

Matching is pure; `find_mentions` returns new Mention records and touches nothing else.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import ahocorasick

from . import knowledge as kb
from .knowledge import Holding, fold, normalise_quotes
from .prefilter import Prefilter
from .records import Actor, Mention, Sentence

WORD_CHAR = re.compile(r"\w")


@dataclass(frozen=True)
class Entry:
    """What a name in the automaton stands for."""

    kind: str  # state | organisation | person
    key: str  # iso3, organisation code, or folded person name
    name_kind: str = ""  # for states: name, demonym, capital, seat...
    ambiguous: bool = False
    start: str = ""
    end: str = ""


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    """Every name of a state, organisation and official -> its entries; built from the
    knowledge files once and kept between runs (cache.py)."""
    from .cache import cached

    return cached("actors", _build_automaton)


def _build_automaton() -> ahocorasick.Automaton:
    entries: dict[str, list[Entry]] = {}

    def add(text: str, entry: Entry) -> None:
        for variant in {text, text.replace(".", "") if text.isupper() is False and "." in text and len(text) > 4 else text}:
            entries.setdefault(variant, []).append(entry)

    for name in kb.state_names():
        entry = Entry("state", name.iso3, name.kind, name.ambiguous, name.start, name.end)
        add(name.text, entry)
        if name.text.upper() != name.text and name.kind in {"name", "short", "former"}:
            add(name.text.upper(), entry)  # datelines: "BEIJING"
    for org in kb.organisations():
        for alias in {org.name, *org.aliases}:
            add(normalise_quotes(alias), Entry("organisation", org.code))
    for holding in kb.holdings():
        for alias in {holding.person, *holding.aliases}:
            if " " in alias.strip() or "-" in alias:
                add(alias, Entry("person", fold(holding.person)))
    for phrase in kb.lexicon().get("not_actors", []):
        entries.setdefault(phrase, []).append(Entry("none", phrase))
    automaton = ahocorasick.Automaton()
    for text, found in entries.items():
        automaton.add_word(text, (text, tuple(found)))
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=1)
def _surname_index() -> dict[str, list[Holding]]:
    """Single-word aliases ("Biden", "Alvi") -> holdings; used only beside a title."""
    index: dict[str, list[Holding]] = {}
    first = set(kb.lexicon().get("surname_first_countries", []))
    for holding in kb.holdings():
        for alias in {holding.person, *holding.aliases}:
            if " " not in alias.strip():
                index.setdefault(fold(alias), []).append(holding)
        tokens = [t.strip(",.") for t in holding.person.replace("-", " ").split()]
        tokens = [t for t in tokens if t and t[0].isupper() and t not in {"Jr", "Sr", "II", "III"}]
        surnames = tokens[-1:] + (tokens[:1] if holding.country in first else [])
        for token in surnames:
            if len(token) >= 2:
                index.setdefault(fold(token), []).append(holding)
    return index


@lru_cache(maxsize=1)
def _known_name_words() -> frozenset[str]:
    """Every word of every name and alias in the knowledge base (for headlines)."""
    words: set[str] = set()
    for holding in kb.holdings():
        for name in (holding.person, *holding.aliases):
            words |= {fold(w.strip(",.")) for w in re.split(r"[\s\-]+", name) if w}
    return frozenset(words)


@lru_cache(maxsize=1)
def _title_regex() -> re.Pattern[str]:
    lex = kb.lexicon()
    titles = sorted({t.title for t in kb.titles().values()}, key=lambda t: (-len(t), t))  # one order in every process (cache.py)
    lower = {t.lower() for t in lex.get("lowercase_titles", [])}
    alternatives = "|".join(_title_alternative(t, t.lower() in lower) for t in titles)
    honorific = "|".join(re.escape(h) for h in lex["honorifics"])
    particles = "|".join(lex["name_particles"])
    name_token = r"(?:[A-Z]\.(?:[A-Z]\.)*|(?:Jr|Sr)\.|(?:al|el|ad|as|ash|at|az|abu|bin|ibn|ben)-[A-Z][\w'\-]+|[A-Z][\w'\-]+|[IVX]{1,4}\b)"
    name = rf"{name_token}(?:\s+(?:(?:{particles})\s+)*{name_token}){{0,5}}(?:,?\s+(?:Jr|Sr)\.)?"
    title_group = rf"(?:(?:{honorific})\s+)?(?P<title>(?:{alternatives})(?:\s+and\s+(?:{alternatives}))*)"
    # "Foreign Minister Ahmed Zebari", or in apposition: "Iraq's foreign minister, Ahmed Zebari, said"
    return re.compile(rf"\b{title_group}(?:\s+|,[ \t]+(?=[^,.;]+,))(?P<name>{name})")


@lru_cache(maxsize=1)
def _title_prefilter() -> Prefilter:
    return Prefilter([_title_regex(), COUNTERPART], name="titles")


def _title_alternative(title: str, lower_too: bool) -> str:
    """A title as written with a capital (or, for a few, also in lower case); the rest of
    it in any case ("President-Elect", "President-elect")."""
    first = title[0]
    rest = re.escape(title[1:])
    head = f"[{first.upper()}{first.lower()}]" if lower_too else re.escape(first.upper())
    return f"{head}(?i:{rest})"


COUNTERPART = re.compile(
    r"\b(?:his|her|their)\s+(?P<demonym>[A-Z][\w'\-]+)\s+counterparts?,?\s+(?P<name>[A-Z][\w'\-]*\.?(?:\s+(?:bin|al|da|de|el)?\s*[A-Z][\w'\-]*\.?){0,4})"
)


@dataclass
class Person:
    key: str
    display: str
    country: str | None
    office: str | None
    title: str | None
    sector: str | None
    holding: Holding | None = None
    tokens: set[str] = field(default_factory=set)
    organisation: str | None = None  # the organisation the person speaks for ("WHO Director-General Tedros")


def find_mentions(text: str, sentences: Iterable[Sentence], published: str | None) -> tuple[list[Mention], list[Actor]]:
    """Every actor mention in the text, resolved, and the officials the article names."""
    norm = normalise_quotes(text)
    sentence_list = list(sentences)
    names = _match_names(norm, published)
    titled = _match_titles(norm, names, published)
    mentions = _merge(names, titled)
    people: dict[str, Person] = {}
    mentions = _attach_context(norm, mentions, people, published)
    mentions = mentions + _famous_surnames(norm, mentions, people, published)
    mentions.sort(key=lambda m: m.start)
    mentions = _discourse(norm, mentions, people, sentence_list)
    mentions = sorted(mentions + _defined_abbreviations(norm, mentions), key=lambda m: m.start)
    mentions = sorted(mentions + _bodies_named_again(norm, mentions), key=lambda m: m.start)
    mentions = sorted(mentions + _blocs_named_again(norm, mentions), key=lambda m: m.start)
    sentence_of = _sentence_finder(sentence_list)
    mentions = [_with(m, text=text[m.start : m.end], sentence=sentence_of(m.start)) for m in mentions]
    actors = [
        Actor(
            name=p.display if len(p.display.split()) > 1 or p.holding is None else p.holding.person,
            country=p.country,
            role=p.title,
            office=p.office,
            sector=p.sector,
            start=p.holding.start if p.holding else None,
            end=(p.holding.end or None) if p.holding else None,
        )
        if p.country
        else _organisation_official(p)
        for p in people.values()
        if p.country or p.organisation
    ]
    return mentions, actors


# "the Kuwait Fund for Arab Economic Development (KFAED)", "the Department of Foreign
# Affairs (DFA)": a capitalised name, then its abbreviation in brackets
DEFINED_ABBREVIATION = re.compile(r"((?:[A-Z][\w'’-]*|of|for|and|the|on|de|des|du)(?:[ \t]+(?:[A-Z][\w'’-]*|of|for|and|the|on|de|des|du)){1,9})[ \t]+\(([A-Z][A-Z.&-]{1,7})\)")


def _defined_abbreviations(text: str, mentions: list[Mention]) -> list[Mention]:
    """Later uses of an abbreviation the article defines for a state's body: the name in
    full names the state ("Kuwait Fund ...", "Nigeria's Department of ..."), so does the
    abbreviation ("KFAED had announced ..."). Abbreviations the gazetteer knows are left
    to it."""
    out: list[Mention] = []
    taken = [(m.start, m.end) for m in mentions]
    for match in DEFINED_ABBREVIATION.finditer(text):
        name_start, abbreviation = match.start(1), match.group(2)
        inside = [m for m in mentions if name_start <= m.start < match.end(1) and m.kind == "state" and m.country]
        states = {m.country for m in inside if m.country}
        if len(states) != 1 or any(m.start <= match.start(2) < m.end for m in mentions):
            continue
        country: str = next(iter(states))
        for use in re.finditer(rf"(?<![\w.]){re.escape(abbreviation)}(?![\w])", text[match.end() :]):
            start, end = match.end() + use.start(), match.end() + use.end()
            if not any(a <= start < b for a, b in taken):
                out.append(Mention(start, end, abbreviation, "state", country=country, name=kb.states().get(country, country)))
    return out


BODY_WITHIN_CHARS = 1200  # how far back the body must have been named with its state to be named again without it


@lru_cache(maxsize=1)
def _body_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = kb.lexicon()
    bodies = "|".join(re.escape(b) for b in sorted(lex["anaphoric_bodies"], key=len, reverse=True))
    modifiers = "|".join(re.escape(m) for m in lex["body_modifiers"])
    # after a state's name: "Algeria's Foreign Ministry", "the Sudanese army", "Russian Defence Ministry"
    qualified = re.compile(rf"(?:['’]s)?\s+(?:(?P<mod>(?i:{modifiers}))\s+)?(?P<body>(?i:{bodies}))\b")
    # named again: "The ministry said", "the foreign ministry's spokesman" (not "the government of Chad")
    again = re.compile(rf"\b[Tt]he\s+(?:(?P<mod>(?i:{modifiers}))\s+)?(?P<body>(?i:{bodies}))\b(?!\s+(?:of|in|for|at|from)\b)")
    return qualified, again


def _bodies_named_again(text: str, mentions: list[Mention]) -> list[Mention]:
    """A state's body named again without its state: "Algeria's Foreign Ministry summoned
    the French ambassador. The ministry said ..." stands for Algeria. The body is that of
    the state that qualified the same body last ("the foreign ministry" only a foreign
    ministry); a body no state has qualified in the paragraphs before is left alone."""
    qualified, again = _body_patterns()
    # (where the qualified body ends, body, modifier, state), in order
    uses: list[tuple[int, str, str | None, str]] = []
    for m in mentions:
        if m.kind == "state" and m.country and (q := qualified.match(text, m.end)):
            uses.append((q.end(), q.group("body").lower(), (q.group("mod") or "").lower() or None, m.country))
    taken = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []
    for match in again.finditer(text):
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue
        body, mod = match.group("body").lower(), (match.group("mod") or "").lower() or None
        before = [u for u in uses if match.start() - BODY_WITHIN_CHARS <= u[0] <= match.start() and u[1] == body and (mod is None or u[2] == mod)]
        if not before:
            continue
        country = before[-1][3]
        out.append(Mention(match.start(), match.end(), match.group(0), "institution", country=country, name=kb.states().get(country, country)))
        uses.append((match.end(), body, mod, country))
        uses.sort()
    return out


def _blocs_named_again(text: str, mentions: list[Mention]) -> list[Mention]:
    """"The EU's foreign policy chief said the bloc would review ...": a bloc or an
    alliance named by a common noun is the last organisation of that kind named in the
    paragraphs before (lexicon `bloc_references`: the noun and the kinds it may stand for)."""
    references = kb.lexicon()["bloc_references"]
    kinds = {o.code: o.kind for o in kb.organisations()}
    named = [m for m in mentions if m.kind == "organisation" and m.organisation]
    taken = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []
    for match in re.finditer(r"\b[Tt]he\s+(" + "|".join(map(re.escape, references)) + r")\b", text):
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue
        wanted = set(references[match.group(1)])
        before = [m for m in named if match.start() - BODY_WITHIN_CHARS <= m.start < match.start() and kinds.get(m.organisation or "") in wanted]
        if before:
            last = before[-1]
            out.append(Mention(match.start(), match.end(), match.group(0), "organisation", name=last.name, members=last.members,
                               organisation=last.organisation))
    return out


def _organisation_official(p: Person) -> Actor:
    """An actor for an organisation's official: their post there if the knowledge base
    has it (org_officials.csv), never a state office they once held."""
    post = p.holding if p.holding is not None and p.holding.organisation == p.organisation else None
    return Actor(name=p.display if post is None or len(p.display.split()) > 1 else post.person, country=None,
                 role=post.title if post else None, office=post.office if post else None, sector="international" if post else None,
                 start=post.start if post else None, end=(post.end or None) if post else None, organisation=p.organisation)


def _with(m: Mention, **changes: Any) -> Mention:
    """`dataclasses.replace` for a Mention, without its scan of the fields on every call
    (a Mention has no `__post_init__`)."""
    return Mention(**{**m.__dict__, **changes})


def _sentence_finder(sentences: list[Sentence]) -> Callable[[int], int]:
    """offset -> the index of the sentence holding it (the one before it, between
    sentences)."""
    starts = [s.start for s in sentences]

    def sentence_of(offset: int) -> int:
        if not sentences:
            return 0
        position = bisect_right(starts, offset) - 1
        return sentences[max(position, 0)].index

    return sentence_of


# ---------------------------------------------------------------- pass 1: names


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if WORD_CHAR.match(before) or WORD_CHAR.match(after):
        return False
    if text[end - 1] != "." and after == "." and end + 1 < len(text) and text[end + 1].isalpha():
        return False  # "U.S" inside "U.S.A"
    return True


def _match_names(text: str, published: str | None) -> list[Mention]:
    found: list[tuple[int, int, tuple[Entry, ...]]] = []
    for end_index, (key, entries) in _automaton().iter(text):
        start = end_index - len(key) + 1
        end = end_index + 1
        if _bounded(text, start, end):
            found.append((start, end, entries))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    chosen = _choose(text, found, published)
    # An ambiguous state name ("Niger", "Jordan") counts with a cue that it is the state
    # (_ambiguous_name_confirmed) or, here, with one of two more: one sense per discourse,
    # the article confirming it once ("Niger's junta") for wherever else it stands; and a
    # list of states it stands in ("Egypt, Jordan and Morocco").
    states = [m for m in chosen if m.kind == "state"]
    state_spans = {(m.start, m.end) for m in states}
    settleable = [(start, end) for start, end, entries in found if _settled_by_discourse(entries)]
    confirmed = frozenset(text[start:end] for start, end in settleable if (start, end) in state_spans)
    listed = frozenset(start for start, end in settleable if _in_list_of_states(text, start, end, states))
    # a name two states share ("Congolese") is the one of them the article names by a name of its own ("the DRC")
    named = frozenset(m.country for m in states if m.country)
    shared = any(len(codes & named) == 1 for codes in (_state_codes(entries) for _, _, entries in found) if len(codes) > 1)
    return _choose(text, found, published, confirmed, listed, named if shared else frozenset()) if confirmed or listed or shared else chosen


def _state_codes(entries: tuple[Entry, ...]) -> set[str]:
    return {e.key for e in entries if e.kind == "state"}


# the kinds of ambiguous state names that a cue elsewhere settles; not demonyms ("English"
# is also a language) nor capitals (a venue is often only a place)
DISCOURSE_NAME_KINDS = frozenset({"name", "short"})
NAME_WORD_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]+$")
LIST_GAP = re.compile(r"\s*(?:,|,?\s*(?:and|or))\s*")


def _settled_by_discourse(entries: tuple[Entry, ...]) -> bool:
    return any(e.kind == "state" and e.ambiguous and e.name_kind in DISCOURSE_NAME_KINDS for e in entries)


def _in_list_of_states(text: str, start: int, end: int, states: list[Mention]) -> bool:
    """Whether the name stands next to another state's in a list: "Egypt, Jordan and Morocco"
    (not a surname: "Michael Jordan and Spain's team")."""
    if NAME_WORD_BEFORE.search(text, max(0, start - 40), start):
        return False
    return any(LIST_GAP.fullmatch(text, m.end, start) or LIST_GAP.fullmatch(text, end, m.start)
               for m in states if m.end <= start or m.start >= end)


def _choose(text: str, found: list[tuple[int, int, tuple[Entry, ...]]], published: str | None,
            confirmed: frozenset[str] = frozenset(), listed: frozenset[int] = frozenset(), named: frozenset[str] = frozenset()) -> list[Mention]:
    """The mentions of the matched names, the longest first where they overlap."""
    chosen: list[Mention] = []
    last_end = -1
    for start, end, entries in found:
        if start < last_end:
            continue
        mention = _mention_from_entries(text, start, end, entries, published, confirmed, start in listed, named)
        if mention is not None:
            chosen.append(mention)
            last_end = end
    return chosen


def _valid_on(entry: Entry, day: str | None) -> bool:
    if day is None:
        return True
    if entry.start and day < entry.start:
        return False
    if entry.end and day[: len(entry.end)] > entry.end:
        return False
    return True


def _mention_from_entries(text: str, start: int, end: int, entries: tuple[Entry, ...], day: str | None,
                          confirmed: frozenset[str] = frozenset(), listed: bool = False, named: frozenset[str] = frozenset()) -> Mention | None:
    surface = text[start:end]
    if any(e.kind == "none" for e in entries):
        return Mention(start, end, surface, "none")
    people = [e for e in entries if e.kind == "person"]
    if people and surface[:1].islower() and _inside_longer_name(text, start, end):
        return None  # "Mohammed bin Mubarak Bin Dainah": "bin Mubarak" inside a longer name is someone else
    if people:
        return Mention(start, end, surface, "person", person_key=people[0].key)
    orgs = [e for e in entries if e.kind == "organisation"]
    states = [e for e in entries if e.kind == "state"]
    if orgs and states and all(e.name_kind == "capital" and e.ambiguous for e in states):
        states = []  # "Brussels": the European Union in the news, Belgium's capital only as a place
    dated = [e for e in states if _valid_on(e, day)] or states
    codes = {e.key for e in dated}
    settled = len(codes) > 1 and len(codes & named) == 1  # shared by two states, one of which the article names
    if settled:
        dated = [e for e in dated if e.key in named]
        codes = {e.key for e in dated}
    if len(codes) == 1:
        entry = dated[0]
        if entry.name_kind in {"capital", "seat", "institution"} and re.match(r" (?:[A-Z][a-z]+|[A-Z]{2,})\b", text[end : end + 20]) and not _is_headline(text, start):
            return None  # "the Minsk Agreements", "the Paris Agreement": a name, not a government
        if all(e.ambiguous for e in dated) and not settled and surface not in confirmed and not listed and not _ambiguous_name_confirmed(text, start, end, entry):
            return None
        return Mention(start, end, surface, "state", country=entry.key, name=kb.states().get(entry.key, entry.key))
    if orgs and not codes:
        extended = NAME_BEFORE.search(text, max(0, start - 40), start)
        if extended and extended.group(1) not in FUNCTION_WORDS and not extended.group(1).isupper():
            return None  # "Turkey's National Security Council", "the Russian Security Council": a state's own body
        org = next(o for o in kb.organisations() if o.code == orgs[0].key)
        country = org.members[0] if len(org.members) == 1 else None
        return Mention(start, end, surface, "organisation", country=country, name=org.name, members=org.members, organisation=org.code)
    return None  # a name shared by several states: not guessed


def _ambiguous_name_confirmed(text: str, start: int, end: int, entry: Entry) -> bool:
    """An ambiguous state name counts only with a cue that it is the state."""
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    if entry.name_kind in {"demonym"}:
        # "Georgian President", "Indian National Security Adviser": a title after it
        if _title_regex().match(text, end + 1) or re.match(r"\s+(?:UN|U\.N\.)\s+", after):
            return True
        return re.match(r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:President|Prime|Foreign|Minister|Government|government|officials|authorities|side|forces|troops|counterpart|leader)", after) is not None
    # "of/in/with Washington", "visited Washington", "ordered to leave Niger", "urged/warned/accused Washington": the state
    cue_before = re.search(r"(?:\bof|\bin|\bto|\bwith|\bfrom|\band|\bvisit(?:ed|s)?|\bleav(?:e|es|ing)|\bleft|\b(?:urg|warn|accus|press|ask|blam|condemn|criticis|criticiz)\w*|\bcalled on|\btold)\s+(?:the\s+)?$", before) is not None
    # "Washington said", "Washington insists that": a state acting or speaking
    cue_after = re.match(r"(?:'s|\s+(?:and|said|says|has|have|is|will|would|signed|agreed|government|authorities"
                         r"|insist(?:s|ed)|warn(?:s|ed)|want(?:s|ed)|demand(?:s|ed)|announc(?:es|ed)|accus(?:es|ed)|reject(?:s|ed)"
                         r"|den(?:ies|ied)|urg(?:es|ed)|respond(?:s|ed)|imposed|threaten(?:s|ed)))\b", after) is not None
    # "ordered by Niger to leave": the agent of an act (not "a book by Chad Smith": a first name)
    agent = re.search(r"\bby\s+$", before) is not None and re.match(r"\s+[A-Z]", after) is None
    return cue_before or cue_after or agent or (_acts_next(after) and not NAME_WORD_BEFORE.search(before))


def _acts_next(after: str) -> bool:
    """Whether the name is followed by the past tense of a verb the event dictionary codes:
    "Niger expelled", "Jordan condemned" (a state acting; not "Michael Jordan played")."""
    from .dictionary import surface_forms

    word = re.match(r"\s+([a-z]+ed)\b", after)
    return word is not None and any(kind == "verb" for kind, _ in surface_forms().get(word.group(1), ()))


# ---------------------------------------------------------------- pass 2: titles


def _match_titles(text: str, names: list[Mention], published: str | None) -> list[Mention]:
    lex = kb.lexicon()
    not_names = set(lex["not_names"])
    out: list[Mention] = []
    found = _title_prefilter().matches(text)
    for m in found.get(0, []):
        title = m.group("title")
        name = _trim_name(m.group("name"), not_names, names, m.start("name"), _is_headline(text, m.start()))
        if not name:
            continue
        start, end = m.start(), m.start("name") + len(name)
        out.append(Mention(start, end, text[start:end], "person", title=_clean_title(title), name=name))
    for m in found.get(1, []):
        name = _trim_name(m.group("name"), not_names, names, m.start("name"))
        if not name:
            continue
        demonym = _state_of_text(m.group("demonym"))
        start, end = m.start("name"), m.start("name") + len(name)
        out.append(Mention(start, end, text[start:end], "person", name=name, country=demonym))
    return out + _titled_of_state(text, names, not_names)


def _titled_of_state(text: str, names: list[Mention], not_names: set[str]) -> list[Mention]:
    """"Ambassador of Japan to Kazakhstan Ichiro Ogasawara", "the Ambassador of the Republic
    of Korea Kim Hee-sang": a title, the state it serves ("of"), perhaps the state it
    serves in ("to"), then the name, which is that state's official."""
    states = {m.start: m for m in names if m.kind == "state" and m.country}
    out: list[Mention] = []
    for m in _title_of_regex().finditer(text):
        served = states.get(m.end())
        if served is None:
            continue
        after = served.end
        host = re.match(r"\s+to\s+(?:the\s+)?", text[after:])
        if host and (posted := states.get(after + host.end())) is not None:
            after = posted.end
        named = re.match(r"[ \t]+(" + NAME_TOKEN + r"(?:[ \t]+" + NAME_TOKEN + r"){1,4})", text[after:])
        if not named:
            continue
        name = _trim_name(named.group(1), not_names, names, after + named.start(1))
        if len(name.split()) < 2 or any(w.lower() in _institution_words() for w in name.split()):
            continue  # not "the Speaker of the Saudi Shura Council": a body, no one's name
        start = after + named.start(1)
        out.append(Mention(start, start + len(name), name, "person", title=_clean_title(m.group("title")), name=name, country=served.country))
    return out


NAME_TOKEN = r"[A-Z][\w'\-]+"


@lru_cache(maxsize=1)
def _institution_words() -> frozenset[str]:
    lex = kb.lexicon()
    return frozenset(w for w in lex["institution_nouns"] + lex["people_nouns"] if " " not in w)


@lru_cache(maxsize=1)
def _title_of_regex() -> re.Pattern[str]:
    """A title followed by "of (the)": where the state it serves is named."""
    titles = sorted({t.title for t in kb.titles().values()}, key=lambda t: (-len(t), t))
    return re.compile(r"\b(?P<title>" + "|".join(re.escape(t) for t in titles) + r")\s+of\s+(?:the\s+)?")


def _clean_title(title: str) -> str:
    return re.sub(r"\s+", " ", title).strip()


def _trim_name(name: str, not_names: set[str], names: list[Mention], offset: int, headline: bool = False) -> str:
    """Cut a captured name before words that cannot be part of it: weekdays, state
    names, anything after a possessive ("Biden's Call"), and in a title-case headline
    any word the knowledge base does not know as part of a name."""
    tokens = re.findall(r"\S+", name)
    kept: list[str] = []
    position = offset
    known = _known_name_words()
    particles = set(kb.lexicon()["name_particles"])
    for token in tokens:
        at = name.find(token, position - offset) + offset
        position = at + len(token)
        bare = token.rstrip(",")
        if bare in not_names:
            break
        if any(n.kind in {"state", "none"} and n.start <= at < n.end for n in names):
            break
        possessive = re.match(r"^(.+?)'s?$", bare) if bare.endswith(("'s", "s'")) else None
        word = possessive.group(1) if possessive else bare
        unknown = any(part and fold(part) not in known for part in word.split("-"))
        if headline and word.lower() not in particles and unknown and not re.fullmatch(r"[IVX]{1,4}|Jr\.?|[A-Z]\.", word):
            break
        kept.append(word if possessive else token)
        if possessive:
            break
    while kept and kept[-1].lower() in particles:
        kept.pop()
    return " ".join(kept).rstrip(",")


def _is_headline(text: str, at: int) -> bool:
    """Is the line around `at` a title-case headline of a longer text?"""
    if "\n" not in text.strip():
        return False
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end != -1 else len(text)]
    words = re.findall(r"[A-Za-z][\w'-]*", line)
    if len(words) < 4:
        return False
    small = {"a", "an", "the", "of", "and", "or", "to", "in", "on", "with", "for", "at", "by", "as", "from"}
    capitalised = sum(1 for w in words if w[0].isupper() or w.lower() in small)
    return capitalised / len(words) > 0.85


def _state_of_text(text: str) -> str | None:
    """The one state a word names ("Malian" -> MLI), or None."""
    hit = _automaton().get(normalise_quotes(text), None)
    if not hit:
        return None
    codes = {e.key for e in hit[1] if e.kind == "state"}
    return next(iter(codes)) if len(codes) == 1 else None


# ---------------------------------------------------------------- merging


def _merge(names: list[Mention], titled: list[Mention]) -> list[Mention]:
    """Titled persons win over overlapping name matches, except a known full name inside
    them, whose identity they take."""
    out: list[Mention] = []
    for t in titled:
        inner = [n for n in names if n.kind == "person" and t.start <= n.start and n.end == t.end]
        if inner:
            name = t.name
            if name and len(inner[0].text) > len(name) and inner[0].text.endswith(name) and re.search(r"\b[IVX]{1,4}$", name):
                name = inner[0].text  # the knowledge base names him with his title: "King Abdullah II"
            t = _with(t, person_key=inner[0].person_key, name=name)
        out.append(t)
    for n in names:
        if any(t.start < n.end and n.start < t.end for t in titled):
            continue
        out.append(n)
    out.sort(key=lambda m: m.start)
    return out


# ---------------------------------------------------------------- context


# "Iran's new", "Iranian Roads and Urban Development" (a portfolio before the title)
PREFIX_STATE = re.compile(r"(?:'s)?[ \t]+(?:(?:new|former|then|top|acting|outgoing|incoming)[ \t]+)?(?:[A-Z][a-z]+[ \t]+(?:(?:and|&)[ \t]+)?){0,4}")

# A capitalised word right before a name: it may extend the name ("National Security Council")
NAME_BEFORE = re.compile(r"\b([A-Z][\w-]*)(?:['’]s)?[ \t]+$")
FUNCTION_WORDS = frozenset({"The", "A", "An", "This", "That", "These", "Its", "Their", "His", "Her", "Our", "In", "At", "On", "By", "From", "With", "For", "And", "But", "When", "While", "After", "Before", "As", "Both", "Meanwhile"})


ORG_TITLE_GAP = re.compile(r"[ \t]+(?:[A-Za-z][\w-]*[ \t]+){0,3}")  # "WHO| Director-General |Tedros": words, no punctuation


def _state_envoy(title: str) -> bool:
    """A state's envoy to an organisation ("UN ambassador"), by `lexicon.state_envoy_titles`."""
    low = title.lower()
    return any(re.search(rf"\b{re.escape(word)}\b", low) for word in kb.lexicon()["state_envoy_titles"])


def _attach_context(text: str, mentions: list[Mention], people: dict[str, Person], day: str | None) -> list[Mention]:
    """Give each person a state from "X of Y", "Y's X", "Malian X" or the knowledge base,
    fold those state words into the person mention, and register the person."""
    out: list[Mention] = []
    consumed: set[int] = set()
    for i, m in enumerate(mentions):
        if i in consumed:
            continue
        if m.kind != "person":
            out.append(m)
            continue
        country = m.country
        # "his Malian counterpart, Bah N'Daw": the demonym belongs to the person
        if out and out[-1].kind == "state" and re.fullmatch(r"\s+counterparts?,?\s+", text[out[-1].end : m.start]):
            country = country or out[-1].country
            out.pop()
        start, end = m.start, m.end
        # "Prime Minister Naftali Bennett of Israel", "... of the Republic of Korea (ROK)"
        if i + 1 < len(mentions):
            nxt = mentions[i + 1]
            gap = text[m.end : nxt.start]
            if nxt.kind == "state" and re.fullmatch(r",?[ \t]+of[ \t]+(?:the[ \t]+)?", gap):
                country = country or nxt.country
                end = nxt.end
                consumed.add(i + 1)
                paren = re.match(r"\s*\([A-Z.]{2,6}\)", text[end:])
                if paren:
                    end += paren.end()
        # "Pakistani President Arif Alvi", "Mexico's Foreign Affairs Minister", "Russia's Vladimir Putin"
        gap_end = m.start
        if len(out) >= 2 and out[-1].kind == "organisation" and out[-2].kind == "state" and text[out[-2].end : out[-1].start] == " " and text[out[-1].end : m.start] == " ":
            gap_end = out.pop().start - 1  # "Israeli UN Ambassador Gilad Erdan": the organisation is part of the title
        if out and out[-1].kind == "state":
            prev = out[-1]
            gap = text[prev.end : gap_end + (1 if gap_end != m.start else 0)]
            if PREFIX_STATE.fullmatch(gap):
                country = country or prev.country
                start = prev.start
                out.pop()
        # "WHO Director-General Tedros", "EU foreign policy chief Josep Borrell": an official
        # of the organisation, unless the knowledge base has them in a state's office today
        org = out[-1] if out and out[-1].kind == "organisation" and not out[-1].country else None
        if org is not None and (country is not None or not ORG_TITLE_GAP.fullmatch(text[org.end : m.start]) or _state_envoy(
                text[org.end : m.start] + " " + (m.title or ""))):
            org = None
        person = _resolve_person(m, country, day, people)
        if org is not None and (person.organisation == org.organisation or person.office is None or person.office.startswith("former")):
            person.organisation, person.country = org.organisation, None
            start = org.start
            out.pop()
        out.append(
            _with(
                m,
                start=start,
                end=end,
                kind="person",
                country=person.country,
                name=person.display,
                office=person.office,
                title=person.title,
                sector=person.sector,
                person_key=person.key,
                organisation=person.organisation,
            )
        )
    return out


def _resolve_person(m: Mention, country: str | None, day: str | None, people: dict[str, Person]) -> Person:
    """Find who a person mention names: this article's people first, then the knowledge
    base at the article's date, then what the text itself says."""
    name = m.name or m.text
    title_info = kb.titles().get(fold(m.title)) if m.title else None
    if m.title and not title_info:
        last = re.split(r"\s+and\s+", m.title)[-1]
        title_info = kb.titles().get(fold(last))
    wanted_office = title_info.office if title_info else None
    # already met in this article under a longer or the same name
    last = fold(re.split(r"[\s\-]+", name.replace(", Jr.", "").replace(" Jr.", ""))[-1])
    for person in people.values():
        if fold(name) == person.key or last in person.tokens:
            if country is None or person.country in (None, country):
                if person.country is None and country:
                    person.country = country
                _update_display(person, name)
                return person
    holding = _lookup_holding(m.person_key or fold(name), name, wanted_office, country, day)
    if holding is not None:
        key = fold(holding.person)
        if key in people:
            person = people[key]
            _update_display(person, name)
            return person
        office, title = _office_on(holding, day, wanted_office, m.title)
        person = Person(
            key=key,
            display=name,
            country=country or holding.country or None,
            office=office,
            title=title,
            sector=holding.sector,
            holding=holding,
            organisation=None if country else holding.organisation or None,
        )
    else:
        key = fold(name)
        person = Person(
            key=key,
            display=name,
            country=country,
            office=wanted_office,
            title=title_info.role if title_info else m.title,
            sector=title_info.sector if title_info else None,
        )
    person.tokens = _name_tokens(name) | (_name_tokens(holding.person) if holding else set())
    if holding:
        person.tokens |= {fold(a) for a in holding.aliases if " " not in a}
    people[person.key] = person
    return person


def _office_on(holding: Holding, day: str | None, wanted: str | None, written: str | None) -> tuple[str | None, str | None]:
    """The office a known person holds on the day, as far as the mention shows it: the
    title the text gives wins over the knowledge base's other posts; an ended holding
    is "former"; one not yet begun says nothing."""
    executive = {"head_of_state", "head_of_government"}
    if wanted and holding.office != wanted and not {holding.office, wanted} <= executive:
        return wanted, written
    if holding.active_on(day):
        return holding.office, written or holding.title
    if day is not None and day < holding.start[: len(day)]:
        return wanted, written
    return f"former {holding.office}", f"former {holding.title}"


def _update_display(person: Person, name: str) -> None:
    """The fullest form of the name the article uses is the one shown."""
    if len(name.split()) > len(person.display.split()):
        person.display = name
    person.tokens |= _name_tokens(name)


def _by_surname(name: str, office: str, country: str | None, day: str | None) -> list[Holding]:
    """Holdings of the office whose holder's names share the mention's last name (or two
    of its names): those in office on the day, else any ("President Trump" in 2022 is
    the former president)."""
    tokens = [t for t in (fold(x.strip(",.")) for x in re.split(r"[\s\-]+", name)) if t]
    wanted = set(tokens)
    for active_only in (True, False):
        best: list[tuple[int, Holding]] = []
        seen: set[int] = set()
        for token in wanted:
            for holding in _surname_index().get(token, []):
                if id(holding) in seen or holding.office != office or (active_only and not holding.active_on(day)):
                    continue
                if country is not None and holding.country != country:
                    continue
                seen.add(id(holding))
                own = _name_tokens(holding.person) | {fold(a) for a in holding.aliases if " " not in a}
                overlap = wanted & own
                if tokens and (tokens[-1] in overlap or len(overlap) >= 2):
                    best.append((len(overlap), holding))
        if best:
            top = max(n for n, _ in best)
            return [h for n, h in best if n == top]  # _lookup_holding orders them
    return []


def _name_tokens(name: str) -> set[str]:
    particles = set(kb.lexicon()["name_particles"])
    tokens = set()
    for token in re.split(r"[\s\-]+", name):
        t = token.strip(",.")
        if len(t) >= 2 and t[0].isupper() and t.lower() not in particles and t not in {"Jr", "Sr", "II", "III"}:
            tokens.add(fold(t))
    return tokens


def _lookup_holding(key: str, name: str, office: str | None, country: str | None, day: str | None) -> Holding | None:
    by_name = kb.holdings_by_name()
    candidates = []
    if " " in name.strip() or key != fold(name):
        candidates = list(by_name.get(key, [])) or list(by_name.get(fold(name), []))
    if not candidates and office:
        # a surname beside a title: "President Biden", "Prime Minister Kishida"
        candidates = _by_surname(name, office, country, day)
    if country:
        candidates = [h for h in candidates if h.country == country] or []
    if not candidates:
        return None
    candidates.sort(
        key=lambda h: (
            office is not None and h.office != office and not {h.office, office} <= {"head_of_state", "head_of_government"},  # the title the text gives comes first
            office is not None and h.office != office,
            not h.active_on(day),
            "co-held" in h.title or "personal union" in h.title,  # Macron is co-prince of Andorra, but President of France;
            # Charles III reigns over Canada in personal union, but is the British king
            h.office not in {"head_of_state", "head_of_government", "foreign_minister"},
            h.start,
        )
    )
    return candidates[0]


# ---------------------------------------------------------------- pass 3: discourse


TOP_OFFICES = {"head_of_state", "head_of_government", "foreign_minister"}


@lru_cache(maxsize=1)
def common_word_names() -> frozenset[str]:
    """The officials' one-word names that are English words too ("Trump", "May", "Bush"),
    folded: a parser may read them as nouns or verbs (built once, kept between runs)."""
    from .cache import cached

    def build() -> frozenset[str]:
        from lemminflect import getAllLemmas

        words = {fold(w) for holding in kb.holdings() for alias in holding.aliases for w in alias.split()
                 if w[:1].isupper() and w.isalpha() and len(w) > 2}
        return frozenset(w for w in words if getAllLemmas(w))

    return cached("common-word-names", build)


@lru_cache(maxsize=1)
def _short_names() -> dict[str, list[Holding]]:
    """One-word names the knowledge base gives leaders and foreign ministers ("Erdogan",
    "Xi", "Modi"): the only one-word names Accord takes without a title before them."""
    index: dict[str, list[Holding]] = {}
    for holding in kb.holdings():
        if holding.office not in TOP_OFFICES:
            continue
        for alias in holding.aliases:
            if " " not in alias.strip() and len(alias) >= 2 and alias[0].isupper():
                index.setdefault(fold(alias), []).append(holding)
    return index


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] part of a longer one, a capitalised word right before
    or after it ("Dustin Johnson", "Johnson Controls", "Mohammed bin Mubarak Bin Dainah")?
    Not "The" before it ("The Trump administration")."""
    before = re.search(r"([A-Z][\w'.-]*)\s+$", text[max(0, start - 30) : start])
    if before and before.group(1).lower() not in kb.lexicon()["determiners"]:
        return True
    return bool(re.match(r"(?:['’]s)?\s+[A-Z]", text[end : end + 5]))


def _famous_surnames(text: str, mentions: list[Mention], people: dict[str, Person], day: str | None) -> list[Mention]:
    """"Erdogan accused Israel...": a leader's one-word name, when exactly one person in
    office on the day (or, undated, ever) is known by it, and it is no common word."""
    lex = kb.lexicon()
    blocked = set(lex["not_names"]) | {m for m in MONTHS_AND_DAYS}
    taken = bytearray(len(text) + 1)  # offsets inside a mention already found
    for m in mentions:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    out: list[Mention] = []
    for match in re.finditer(r"(?<![\w'-])[A-Z][\w'\-]+?(?=['’]s\b|[^\w'\-]|$)", text):  # "Trump's threat": the name, not its 's
        word = match.group(0)
        known = _short_names().get(fold(word))
        if not known or word in blocked or taken[match.start()]:
            continue
        if _inside_longer_name(text, match.start(), match.end()):
            continue  # part of a longer name nobody knows ("Dustin Johnson", "Johnson Controls")
        holders = [h for h in known if h.active_on(day)]
        persons = {h.person for h in holders}
        if len(persons) != 1:
            continue
        holding = holders[0]
        m = Mention(match.start(), match.end(), word, "person", name=word, person_key=fold(holding.person))
        person = _resolve_person(m, None, day, people)
        out.append(_person_mention(match.start(), match.end(), word, person))
    return out


MONTHS_AND_DAYS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
}


@lru_cache(maxsize=1)
def _discourse_prefilter() -> Prefilter:
    """Role nouns ("the President"), group phrases ("the two leaders") and pronouns."""
    lex = kb.lexicon()
    roles = sorted(lex["role_nouns"], key=len, reverse=True)
    groups = sorted(lex["group_phrases"], key=len, reverse=True)
    return Prefilter(
        [
            # "the President", "the recently appointed chancellor", "The PM" (not "the former president")
            re.compile(r"\b(?:[Tt]he)\s+(?:(?!(?:" + "|".join(lex["other_holder_words"]) + r")\b)[a-z]+\s+){0,2}(?P<role>(?i:"
                       + "|".join(re.escape(r) for r in roles) + r"))\b(?!\s+(?:of\b|[A-Z]))"),
            re.compile(r"\b(?:" + "|".join(re.escape(g) for g in groups) + r")\b", re.IGNORECASE),
            re.compile(r"\b(?:" + "|".join(lex["person_pronouns"] + lex["object_pronouns"]) + r")\b", re.IGNORECASE),
        ],
        name="discourse",
    )


def _discourse(text: str, mentions: list[Mention], people: dict[str, Person], sentences: list[Sentence]) -> list[Mention]:
    """Add short mentions, pronouns, role nouns and groups, resolved left to right."""
    extra: list[Mention] = []
    covered = bytearray(len(text) + 1)
    def take(start: int, end: int) -> None:
        covered[start:end] = b"\x01" * (end - start)

    def free(start: int, end: int) -> bool:
        return not any(covered[start:end])

    for m in mentions:
        take(m.start, m.end)

    # short mentions of people already named: "Alvi", "N'Daw said", "Xi"
    token_owner: dict[str, Person | None] = {}
    for person in people.values():
        for token in person.tokens:
            if token in token_owner and token_owner[token] is not person:
                token_owner[token] = None  # shared surname: ambiguous
            else:
                token_owner[token] = person
    first_seen = {p.key: min((m.start for m in mentions if m.person_key == p.key), default=0) for p in people.values()}
    for match in re.finditer(r"(?<![\w'-])[A-Z][\w'\-]+", text):
        owner = token_owner.get(fold(match.group(0)))
        if owner is None or not owner.country or match.start() < first_seen.get(owner.key, 0):
            continue
        if not free(match.start(), match.end()):
            continue
        extra.append(_person_mention(match.start(), match.end(), match.group(0), owner))
        take(match.start(), match.end())

    found = _discourse_prefilter().matches(text)
    # role nouns: "the President", "the Prime Minister", "the Malian side" is a state already
    for match in found.get(0, []):
        if not free(match.start(), match.end()):
            continue
        holder = _person_with_role(match.group("role"), people, mentions, match.start())
        if holder:
            extra.append(_person_mention(match.start(), match.end(), match.group(0), holder, kind="role"))
            take(match.start(), match.end())

    # groups
    for match in found.get(1, []):
        if free(match.start(), match.end()):
            extra.append(Mention(match.start(), match.end(), match.group(0), "group"))
            take(match.start(), match.end())

    # pronouns
    for match in found.get(2, []):
        if free(match.start(), match.end()):
            extra.append(Mention(match.start(), match.end(), match.group(0), "pronoun"))

    everything = sorted(mentions + extra, key=lambda m: m.start)
    everything = _coordinate(text, everything)
    return _resolve_references(text, everything, sentences)


def _person_mention(start: int, end: int, surface: str, person: Person, kind: str = "person") -> Mention:
    return Mention(
        start,
        end,
        surface,
        kind,
        country=person.country,
        name=person.display,
        office=person.office,
        title=person.title,
        sector=person.sector,
        person_key=person.key,
        organisation=person.organisation,
    )


def _person_with_role(role: str, people: dict[str, Person], mentions: list[Mention], before: int) -> Person | None:
    """The person a role noun stands for: the first person named with that title."""
    role_low = role.lower()
    role_low = kb.lexicon()["role_abbreviations"].get(role_low, role_low)  # "the PM"
    seen: list[Person] = []
    for m in mentions:
        if m.start >= before:
            break
        if m.kind == "person" and m.person_key in people:
            person = people[m.person_key]
            if person not in seen:
                seen.append(person)
    for person in seen:
        title = (person.title or "").lower()
        if role_low == "minister" and "minister" in title:
            return person
        if re.search(rf"\b{re.escape(role_low)}\b", title) and not title.startswith(("vice", "deputy", "former")):
            return person
    return None


def _coordinate(text: str, mentions: list[Mention]) -> list[Mention]:
    """"China and Pakistan", "The US, Britain and France", "President Biden and President
    Sisi": one group mention over the list, besides its parts."""
    out: list[Mention] = []
    i = 0
    joinable = {"state", "person", "role"}
    while i < len(mentions):
        m = mentions[i]
        chain = [m]
        j = i
        while m.kind in joinable and m.country and j + 1 < len(mentions):
            nxt = mentions[j + 1]
            gap = text[chain[-1].end : nxt.start]
            if not (nxt.kind in joinable and nxt.country):
                break
            if re.fullmatch(r",?\s+(?:and|as well as)\s+(?:the\s+|his\s+|her\s+)?", gap):
                chain.append(nxt)
                j += 1
                break  # "and" closes the list
            if re.fullmatch(r",\s+(?:the\s+)?", gap):
                chain.append(nxt)
                j += 1
                continue
            break
        members = tuple(dict.fromkeys(c.country for c in chain if c.country))
        closed = len(chain) >= 2 and re.search(r"\b(?:and|as well as)\s", text[chain[-2].end : chain[-1].start]) is not None
        out.extend(chain)
        if closed and len(members) >= 2:
            out.append(Mention(chain[0].start, chain[-1].end, text[chain[0].start : chain[-1].end], "group", members=members))
        i = j + 1
    return out


def participants(mentions: list[Mention]) -> list[str]:
    """The states whose people take part in the article's main exchange, in order."""
    by_sentence: dict[int, list[str]] = {}
    order: list[str] = []
    for m in mentions:
        if m.kind == "person" and m.country:
            by_sentence.setdefault(m.sentence, [])
            if m.country not in by_sentence[m.sentence]:
                by_sentence[m.sentence].append(m.country)
            if m.country not in order:
                order.append(m.country)
    for countries in by_sentence.values():
        if len(countries) >= 2:
            rest = [c for c in order if c not in countries]
            return countries + rest
    return order


PRONOUN_REACH = 3  # how many sentences back a pronoun may find the person it stands for


def _resolve_references(text: str, mentions: list[Mention], sentences: list[Sentence]) -> list[Mention]:
    """Pronouns to the last person named; groups to the participants."""
    sentence_of = _sentence_finder(sentences)
    prelim = [m if m.sentence == (i := sentence_of(m.start)) else _with(m, sentence=i) for m in mentions]
    out: list[Mention] = []
    last_subject: Mention | None = None
    participants_before: dict[int, list[str]] = {}  # by how many mentions come before a group
    for m in prelim:
        if m.kind in {"person", "role"} and m.country:
            if last_subject is None or is_subject_position(text, m.start):
                last_subject = m
            out.append(m)
        elif m.kind == "pronoun":
            low = m.text.lower()
            ref = last_subject if low in {"he", "she"} else _other_person(last_subject, prelim, m)
            if low == "her" and is_subject_position(text, m.start):
                ref = last_subject
            if ref is not None and m.sentence - ref.sentence > PRONOUN_REACH:
                ref = None  # "he", sentences after anyone was last named: someone the article names without our knowing them
            if ref is not None:
                out.append(_with(m, country=ref.country, name=ref.name, office=ref.office, title=ref.title, person_key=ref.person_key,
                                 organisation=ref.organisation))
        elif m.kind == "group" and not m.members:
            # the participants named before the reference, not those a later paragraph names
            before = sum(1 for x in prelim if x.start < m.start)
            if before not in participants_before:
                participants_before[before] = participants([x for x in prelim if x.start < m.start])
            parts = participants_before[before]
            size = _group_size(m.text)
            members = tuple(parts[:size]) if size else tuple(parts[:2])
            if len(members) >= 2:
                out.append(_with(m, members=members))
        else:
            out.append(m)
    return out


def _other_person(subject: Mention | None, mentions: list[Mention], at: Mention) -> Mention | None:
    """An object pronoun ("thank him") stands for the last person who is not the subject."""
    best = None
    for m in mentions:
        if m.start >= at.start:
            break
        if m.kind in {"person", "role"} and m.country and (subject is None or m.person_key != subject.person_key):
            best = m
    return best


def _group_size(phrase: str) -> int:
    low = phrase.lower()
    if "three" in low:
        return 3
    if "two" in low or "both" in low:
        return 2
    return 0


@lru_cache(maxsize=1)
def _position_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Prepositions, clause openers, determiners and people nouns of the lexicon."""
    lex = kb.lexicon()
    return tuple(frozenset(lex[key]) for key in ("prepositions", "clause_openers", "determiners", "people_nouns"))  # type: ignore[return-value]


# "BEIJING, Oct 5 (Reuters) - " or "MOSCOW - " opening a line: what follows opens a sentence
DATELINE = re.compile(r"^\s*[A-Z]{2}[A-Z.'\u2019 -]*[A-Z](?:,[^\n]{0,60}?|\s*\([^)\n]{1,40}\))?\s*[-\u2013\u2014]\s")


def is_subject_position(text: str, start: int) -> bool:
    """A mention is subject-like unless a preposition or a verb stands before it; "X" in
    "diplomats from X" stands where the noun phrase stands."""
    preps, openers, dets, people = _position_words()
    window = text[max(0, start - 80) : start]
    window = window[window.rfind("\n\n") + 1 :]  # a paragraph (a headline) ends before it
    line = window[window.rfind("\n") + 1 :]
    dateline = DATELINE.match(line)
    if dateline:
        window = line[dateline.end() :]
    words = re.findall(r"[\w']+|[^\w\s]", window)
    index = len(words) - 1
    while index >= 0:
        word = words[index]
        low = word.lower()
        if low in dets:
            index -= 1
            continue
        if not word[0].isalnum():
            return word not in {"-", "/", "'"}
        if low in {"from", "of"} and index > 0 and words[index - 1].lower() in people:
            # skip back over the noun phrase "the most senior diplomats"
            index -= 2
            while index >= 0 and words[index][0].isalpha() and words[index].islower() and words[index].lower() not in preps | openers:
                index -= 1
            continue
        if low in preps:
            return False
        if low in openers or word[0].isupper() or word.isdigit():
            return True
        return False
    return True


def resolve_mention(text: str, day: str | None = None) -> dict[str, str | None] | None:
    """How one mention resolves ("Foreign Minister Wang Yi", "the Kremlin", "Malian"):
    the first person it names, else the state, else the organisation; None if nothing."""
    from .text import split_sentences

    mentions, actors = find_mentions(text, split_sentences(text), day)
    for kind in ("person", "state", "organisation"):
        for m in mentions:
            if m.kind != kind:
                continue
            if kind == "person":
                actor = next((a for a in actors if a.name == m.name or (a.country == m.country and a.role == m.title)), None)
                return {
                    "kind": "person",
                    "name": actor.name if actor else m.name,
                    "country": m.country,
                    "sector": m.sector,
                    "office": m.office,
                    "title": m.title,
                    "start": actor.start if actor else None,
                    "end": actor.end if actor else None,
                }
            if kind == "state":
                return {"kind": "state", "name": m.name, "country": m.country, "sector": "government", "office": None, "title": None, "start": None, "end": None}
            return {"kind": "organisation", "name": m.name, "country": m.country, "sector": None, "office": None, "title": None, "start": None, "end": None}
    return None


def list_officials(country: str, day: str | None = None) -> list[dict[str, str]]:
    """Office holdings of one state in the knowledge base, optionally only those active on
    a day, in order of start."""
    code = country.upper()
    if code not in kb.states():
        from .errors import AccordError

        raise AccordError(f"--country {country!r}: not an ISO 3166 alpha-3 code Accord knows (e.g. PAK, CHN, USA)")
    rows = [h for h in kb.holdings() if h.country == code and (day is None or h.active_on(day))]
    rows.sort(key=lambda h: (h.office, h.start))
    return [
        {"name": h.person, "country": h.country, "office": h.office, "title": h.title, "sector": h.sector, "start": h.start, "end": h.end, "source": h.source}
        for h in rows
    ]
