"""Code events: the dictionary finds the act; the dependency parse gives who to whom.

1. A sentence is a candidate when it holds a word that is an inflected form of a
   trigger of the event dictionary (`dictionary.py`) and names an actor (or follows a
   sentence whose subject carries over). Only candidates are parsed (`parse.py`).
2. In the parse, a word is a *trigger* when an entry of its lemma and part of speech
   is satisfied: its particle, the class of its object, its preposition. The most
   specific entry wins.
3. The trigger's arguments (read with `syntax.py`) give the parties: the subject, or a passive's or
   participle's `by` agent, is the source; an event noun's possessor, `by` phrase or
   demonym, or the subject of the verb it is the object of, also is. The target is
   where the entry says (the object, or the object of a preposition); a `mutual` act
   is done among the subject and everyone joined by "with", "between ... and" or
   coordination. An argument is an actor only when the word itself names one (a state,
   an organisation, an official, a pronoun resolved to one) or is a noun for people or
   institutions acting for the states it is modified by ("his Armenian counterpart",
   "the foreign ministers of Japan and Korea", "the Russian air force"): a topic ("the
   war in Ukraine"), a place or a purpose never is.
4. Each event carries its modality (asserted, intended, recalled; negated and
   hypothetical ones are kept apart: `modality.py`), its date (the date expression governing its
   clause, else the occasion's, else the lead event's, else the publication date) and
   its evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from . import knowledge as kb
from .actors import common_word_names, participants
from .dates import DateMention, DateValue, find_dates
from .dictionary import Entry, by_lemma, may_code, surface_forms
from .knowledge import fold, normalise_quotes
from .modality import (
    ahead,
    announced,
    conditional_or_warned,
    parse_modality,
    refused,
    rejection_code,
    takes_place,
    text_modality,
    threat_code,
)
from .records import Event, Mention, Sentence
from .syntax import (
    PASSIVE_SUBJECT_DEPS,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    TIME_WORDS,
    before_hyphen,
    clause_verb,
    compound_text,
    conditions,
    describes_noun,
    direct_objects,
    expand,
    first_conjunct,
    hyphen_agent,
    is_noun,
    is_passive,
    is_verb,
    lemma_start,
    name_words,
    names,
    of_time,
    participle_antecedents,
    participle_read_as_verb,
    partner_objects,
    phrase_words,
    prep_objects,
    reciprocal,
    small_clauses,
    subjunctive_clause,
    verb_above,
    verb_forms,
    visiting_guest,
    words_before_match,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ASSERTED_MODALITIES = {"asserted", "intended", "recalled"}
RECALLED_AFTER_DAYS = 31
ACCUSE = "112"  # what reporting another state's use of force is
DATE_BEFORE_CHARS = 150
DATE_AFTER_CHARS = 40
COPULAS = frozenset({"is", "was", "are", "were", "be", "been", "being", "become", "becomes", "became", "remains", "remained"})
OCCASION_PREPOSITIONS = {"during", "in", "at", "after", "following", "on", "over", "via", "through", "by", "for"}
TOPIC_PREPOSITIONS = {"on", "about", "over", "regarding", "concerning"}
TALK_ROOTS = {"01", "04"}  # acts of saying and consulting: what they are about is a topic


GENERIC_TARGET_PREPOSITIONS = ("to", "with", "against", "on", "toward", "towards", "over", "at", "for", "of")


@dataclass(frozen=True)
class Trigger:
    entry: Entry
    token: int  # index of the trigger word in the sentence's parse
    start: int  # offsets in the article text: the trigger word ...
    end: int  # ... to the end of its particle or required object
    object: int | None = None  # index of the word the entry's `object` matched


@dataclass
class _Context:
    text: str
    norm: str
    participants: list[str]  # the article's two interlocutors, for acts that name no target
    published: str | None
    lead_date: DateValue | None = None


# --- finding triggers -------------------------------------------------------------


def _readings(token: Token) -> list[tuple[str, str]]:
    """The (kind, lemma) readings of a word that its part of speech allows."""
    from .dictionary import surface_forms

    found = surface_forms().get(token.lower_)
    if not found:
        return []
    out = []
    for kind, lemma in found:
        if kind == "verb" and is_verb(token):
            out.append((kind, lemma))
        elif kind == "noun" and is_noun(token):
            out.append((kind, lemma))
        elif kind == "adj" and (token.tag_.startswith("JJ") or token.tag_ == "VBN"):
            out.append((kind, lemma))
    return out


def _authors(statement: Token) -> list[Token]:
    """Who issued a statement: "a statement from/by X", else "X's statement" (not "its":
    unresolved), and "a statement issued by X", "a statement, which was endorsed by X and Y"."""
    words = prep_objects(statement, "from") + prep_objects(statement, "by") or [
        c for c in statement.children if c.dep_ == "poss" and c.tag_ != "PRP$"]
    if not words:  # "the Canada-France-U.K. statement", "a joint British-French declaration": the states before it
        # (names only: "a joint statement" is the doers' of the verb it is the object of)
        before = [c for c in statement.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < statement.i]
        words = [g for c in before for g in (*before_hyphen(c), c) if g.text[:1].isupper()]
    for clause in (c for c in statement.children if c.dep_ in {"acl", "relcl"}):
        words += [p for a in clause.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    return expand(words)


def _object_matches(token: Token, entry: Entry) -> Token | None:
    objects = direct_objects(token)
    if token.lower_ in verb_forms("permitting_verbs"):
        # "allow aid to enter Gaza": the parser makes what is let in the subject of where it goes
        objects += [s for c in token.children if c.dep_ in {"ccomp", "xcomp"} for s in c.children if s.dep_ in SUBJECT_DEPS]
    # the complement of "called X corrupt", "called X an act of aggression"; an adjective
    # or a bare noun phrase right after the object is one too, however parsed
    complements = [c for c in token.children if c.dep_ in {"attr", "oprd"}]
    complements += [a for o in objects for a in o.children if a.dep_ in {"amod", "npadvmod"} and a.i > o.i]
    # "hold Iran accountable": the parser may make the adjective a clause of its own, the object its subject
    complements += small_clauses(token)
    if token.lower_ in verb_forms("naming_verbs"):  # "described the sanctions as unjustified and regrettable"
        complements += [w for c in token.children if c.dep_ == "prep" and c.lower_ == "as"
                        for p in c.children if p.dep_ in {"pobj", "amod", "acomp"} for w in (p, *p.conjuncts)]
    for obj in objects + complements:
        if names(obj, entry.objects):
            return obj
        if "diplomat" in entry.objects and obj.lower_ in _agent_nouns() and any(
                p.lower_ in kb.lexicon()["diplomatic_posts"] for p in prep_objects(obj, "of")):
            return obj  # "expelled three employees of the Russian Embassy": its diplomats
        # "held four rounds of talks", "pledged $1.7 billion in military aid": the noun after "of"/"in"
        if obj.lower_ in kb.lexicon()["pledge_nouns"]:
            # "reaffirmed the United States' commitment to Ukraine's sovereignty": what the pledge is to
            for inner in prep_objects(obj, "to") + prep_objects(obj, "for"):
                if names(inner, entry.objects):
                    return inner
        if obj.lower_ in _quantity_nouns() or obj.tag_ in {"$", "CD"} or obj.lower_ in kb.lexicon()["container_nouns"]:
            # "held four rounds of talks", "underscored the importance of coordination"
            for inner in prep_objects(obj, "of") + prep_objects(obj, "in") + prep_objects(obj, "for"):
                if names(inner, entry.objects):
                    return inner
            if any(c.tag_ == "$" and names(c, entry.objects) for c in obj.children):
                return obj  # "pledged $50 million to Ukraine": a sum of money
    if entry.kind == "adj":  # "responsible for an attack": the noun of the adjective's preposition
        return next((p for p in prep_objects(token, entry.prep) if names(p, entry.objects)), None) if entry.prep else None
    # "expressed its deep concern", "pay a visit": the object may be a noun of a prepositional phrase
    for c in token.children:
        if c.dep_ == "prep" and entry.prep == c.lower_:
            for p in c.children:
                if p.dep_ == "pobj" and names(p, entry.objects):
                    return p
                if p.dep_ == "pobj" and p.lower_ in _quantity_nouns():  # "hit Kenya with dozens of drones"
                    counted = next((q for q in prep_objects(p, "of") if names(q, entry.objects)), None)
                    if counted is not None:
                        return counted
    return None


def _verbs_of(noun: Token) -> list[Token]:
    """The verbs a noun is the subject of, itself or through a relative pronoun ("the conflict
    that broke out between India and Pakistan")."""
    verbs = [noun.head] if noun.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and is_verb(noun.head) else []
    return verbs + [c for c in noun.children if c.dep_ == "relcl" and any(
        s.dep_ in SUBJECT_DEPS and s.lower_ in RELATIVE_PRONOUNS for s in c.children)]


def _has_prep(token: Token, obj: Token | None, entry: Entry) -> bool:
    # "blamed the attack on India": the parser may hang the preposition on the object;
    # "war broke out between A and B": a mutual act's "between" on the verb it is the subject of
    between = _verbs_of(token) if entry.kind == "noun" and entry.prep == "between" else []
    for word in (token, obj, *(direct_objects(token) if obj is None and entry.kind == "verb" else ()), *between):
        if word is None:
            continue
        for c in word.children:
            if c.lower_ == entry.prep and c.dep_ in {"prep", "agent", "dative", "prt", "advmod", "mark"} and not of_time(c):
                return True
    # "called on Russia": the parser may attach the preposition to the next word
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt is not None and nxt.lower_ == entry.prep and not of_time(nxt)


def _phrasal_particle(token: Token, lemma: str) -> str:
    """The particle that makes the verb another verb ("backed down"), if it has one."""
    senses = kb.lexicon()["phrasal_senses"].get(lemma, ())
    return next((c.lower_ for c in token.children if c.dep_ in {"prt", "advmod"} and c.lower_ in senses), "")


def _has_prt(token: Token, entry: Entry) -> bool:
    if any(c.dep_ in {"prt", "prep", "advmod"} and c.lower_ == entry.prt for c in token.children):
        return True
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt is not None and nxt.lower_ == entry.prt


def find_triggers(doc: Doc, sentence_start: int) -> list[Trigger]:
    """The words of a parsed sentence that the dictionary codes, each with its most
    specific satisfied entry."""
    index = by_lemma()
    found = []
    objects_of_triggers: dict[int, int] = {}  # the object of a verb trigger -> how many of its words the entry named
    words: dict[int, int] = {}  # a trigger word -> how many words its lemma has
    for token in doc:
        readings = _readings(token)
        if not readings or token.i > 0 and participle_read_as_verb(doc[token.i - 1]) == token:
            continue  # (not "lifted planned sanctions": the participle describes the verb's object)
        best: tuple[tuple[int, int, int, int], Entry, Token | None, str] | None = None
        for kind, lemma in readings:
            if not words_before_match(token, lemma):
                continue
            other_verb = kind == "verb" and _phrasal_particle(token, lemma)
            for order, entry in enumerate(index.get((kind, lemma), ())):
                if entry.prt and not _has_prt(token, entry) or other_verb and entry.prt != other_verb:
                    continue
                obj = None
                if entry.objects:
                    obj = _object_matches(token, entry)
                    if obj is None:
                        continue
                if entry.prep and not _has_prep(token, obj, entry):
                    continue
                if entry.clause and subjunctive_clause(token) is None:
                    continue
                # the most specific entry wins; then the one naming more of the words
                # ("held a phone conversation": the phone call, not any conversation)
                said = compound_text(obj) if obj is not None else ""
                named = max((len(w.split()) for w in entry.objects if said and w in said), default=1)
                if obj is not None and obj.dep_ == "pobj" and obj.head.head.lower_ in kb.lexicon()["pledge_nouns"] and obj.head.head.dep_ in {"dobj", "obj"}:
                    named += 1  # "commitment to Ukraine's sovereignty": the sovereignty, not the commitment, says what the act is
                # and of two prepositions, the one nearer the verb ("fired at Kyrgyz guards on the border")
                near = min((c.i - token.i for c in token.children if c.lower_ == entry.prep and c.i > token.i), default=99) if entry.prep else 99
                score = (entry.specificity, named + len(lemma.split()), -near, -order)
                if best is None or score > best[0]:
                    best = (score, entry, obj, lemma)
        if best is None:
            continue
        score, entry, obj, lemma = best
        if obj is not None and "between" not in entry.target.split("|"):
            # (but "brokered talks between Israel and Hamas": the talks are the parties' act, the brokering the broker's)
            objects_of_triggers[obj.i] = score[1] - len(lemma.split())
        words[token.i] = len(lemma.split())
        first = lemma_start(token, lemma)
        start = doc[token.i if first is None else first].idx
        end = token.idx + len(token.text)
        if obj is not None and obj.i > token.i:
            end = obj.idx + len(obj.text)
        found.append(Trigger(entry, token.i, sentence_start + start, sentence_start + end, obj.i if obj is not None else None))
    # "held talks": the noun is part of its verb's act, not an act of its own; but
    # "held joint military drills": a noun entry naming more words than the verb's
    # object is the act
    wider = {i for i, n in objects_of_triggers.items() if words.get(i, 0) > n}
    heads = {t.token: doc[t.token] for t in found}
    # "their readiness to impose consequences": the act intended is the event, not the readiness
    intending = {t.token for t in found if t.entry.kind == "noun" and heads[t.token].lower_ in kb.lexicon()["intent_nouns"]
                 and any(c.dep_ == "acl" and c.i in heads for c in heads[t.token].children)}
    # "is willing to cooperate with Burkina Faso": the act one is ready for is the event, with its own target
    intending |= {t.token for t in found if t.entry.kind == "adj" and heads[t.token].lower_ in kb.lexicon()["intent_adjectives"]
                  and any(c.dep_ == "xcomp" and c.i in heads for c in heads[t.token].children)}
    # "an Israeli airstrike killed a Syrian businessman": one act, the weapon's (its target is the verb's object);
    # "the new sanctions targeted 200 ships": the act the subject names, not force
    weapon_of = {t.token for t in found if t.entry.kind == "verb" and t.entry.code[:2] in _force_roots()
                 and any(c.dep_ in SUBJECT_DEPS and c.i in heads and (_weapon(found, c.i) or _names_act(found, c.i))
                         for c in heads[t.token].children)}
    # "approved new sanctions against Russia, targeting 200 vessels": what the act of no force aims at, not force
    weapon_of |= {t.token for t in found if t.entry.kind == "verb" and t.entry.code[:2] in _force_roots() and heads[t.token].tag_ == "VBG"
                  and heads[t.token].dep_ == "advcl" and any(o.token == heads[t.token].head.i and o.entry.code[:2] not in _force_roots() for o in found)}
    return [t for t in found if not (t.entry.kind == "noun" and t.token in objects_of_triggers and t.token not in wider)
            and not (t.entry.kind == "verb" and any(o.i in wider for o in heads[t.token].children if o.i in objects_of_triggers))
            and t.token not in intending and t.token not in weapon_of]


def _weapon(found: list[Trigger], i: int) -> bool:
    return any(t.token == i and t.entry.kind == "noun" and t.entry.code[:2] in kb.lexicon()["place_target_roots"] for t in found)


def _names_act(found: list[Trigger], i: int) -> bool:
    """The word is a noun the dictionary codes as an act of no force ("sanctions")."""
    return any(t.token == i and t.entry.kind == "noun" and t.entry.code[:2] not in _force_roots() for t in found)


# --- actors of arguments -------------------------------------------------------------


class _Actors:
    """The actor mentions of one sentence, looked up by the words of its parse."""

    def __init__(self, sentence: Sentence, mentions: list[Mention], recent: tuple[list[str], list[str]] | None = None,
                 surnames: dict[str, Mention] | None = None, named: list[tuple[int, str]] | None = None,
                 people: list[tuple[int, str, int]] | None = None):
        self.sentence = sentence
        self.mentions = mentions
        self.recent = recent or ([], [])  # the states on each side of the last act done between states
        self.surnames = surnames or {}  # the article's officials by their last name
        self.named = named or []  # (offset, state) of every state the article names, in order
        self.owners: set[int] = set()  # offsets of the names among them that are possessors ("Israel's")
        self.recent_at = 0  # where the sentence of the last act ends
        self.acted_here: int | None = None  # how deep in this sentence's parse the act `recent` is of lies, if it is of this sentence
        self.force_doers: list[str] = []  # who used force in the last act of force
        self.force_words: list[tuple[str, list[str]]] = []  # each act of force so far: the word that told it, who used it
        self.last_act: tuple[list[str], list[str], int] = ([], [], 0)  # the last act told (by organisations too): doers, targets, end
        self.acts: list[tuple[set[str], list[str], list[str], int]] = []  # every act told so far: roots, doers, targets, where its sentence ends
        self.people = people or []  # (offset, state, sentence) of every official the article names, in order
        self.author: Mention | None = None  # whose statement the article is ("Statement by Press Secretary ..."): "we"
        self.carried: tuple[list[Mention], bool] = ([], False)  # the subject of the sentence before, and whether it is plural

    def force_referred(self, token: Token) -> list[Mention]:
        """The doer of the act of force a definite noun refers back to: "this attack",
        "the strikes" (nothing else naming a doer) after "Iran fired missiles at Erbil"."""
        if token.lower_ not in kb.lexicon()["force_nouns"]:
            return []
        # "India launched missile strikes on Pakistan. Pakistan shot down five Indian jets. Sharif called
        # the strikes an act of war": the last act told with the same word, else the last act
        same = [doers for word, doers in reversed(self.force_words[-FORCE_REFERENCE_ACTS:]) if word.rstrip("s") == token.lower_.rstrip("s")]
        doers = same[0] if same else self.force_doers
        if len(doers) != 1 or not self._bare_definite(token):
            return []
        return [_state_mention(doers[0])]

    def _bare_definite(self, token: Token) -> bool:
        """Is the noun definite ("the", "this") with nothing naming its doer: no owner, no
        state word, no "by" phrase?"""
        marks = {c.lower_ for c in token.children if c.dep_ == "det"}
        named = any(c.dep_ in {"poss", "amod", "compound", "nmod"} and (self.of(c) or self._named(c)) for c in token.children)
        return bool(marks & {"this", "that", "these", "those", "the"}) and not named and not prep_objects(token, "by")

    def act_referred(self, token: Token) -> list[Mention]:
        """The doer of the act a definite noun refers back to, for the one who judges it:
        "Beijing opposes the unilateral sanctions", "called the move illegal" (nothing
        naming a doer) after "The United States imposed sanctions on six Chinese firms":
        the one doer (a state or an organisation) of the last act of a root the noun can
        name (lexicon `act_references`), told within ACT_REFERENCE_REACH characters."""
        roots = kb.lexicon()["act_references"].get(token.lower_)
        if not roots:
            return []
        doers, told_at = next(((d, at) for act_roots, d, _, at in reversed(self.acts) if act_roots & set(roots)), ([], 0))
        if len(doers) != 1 or not self._bare_definite(token) or prep_objects(token, "of"):
            return []
        if not told_at or self.sentence.start + token.idx - told_at > ACT_REFERENCE_REACH:
            return []
        return [_actor_mention(doers[0])]

    def continued(self, root: str, doer: str) -> list[str]:
        """Whom an act of a root is aimed at when it names no one and goes on from the last
        act of that root told a little before ("Australia imposed sanctions on Myanmar's
        military ... The US and UK announced further sanctions"): that act's targets."""
        for roots, _, targets, told_at in reversed(self.acts):
            if root in roots:
                near = told_at and self.sentence.start - told_at <= ACT_REFERENCE_REACH
                return [t for t in targets if t != doer] if near else []
        return []

    def other_side(self, state: str) -> list[str]:
        """The states on the other side of the last act `state` took part in, told within
        ACT_REFERENCE_REACH characters: the last act between states first, else the last
        act of any actors."""
        for sources, targets, told_at in ((*self.recent, self.recent_at), self.last_act):  # between states first
            if told_at and self.sentence.start - told_at <= ACT_REFERENCE_REACH and (state in sources or state in targets):
                return targets if state in sources else sources
        return []

    def whose(self, token: Token) -> list[Mention]:
        """The state of "his government", "her country": that of the first official named
        in the sentence before the word, or else in the last sentence naming one, as a
        subject usually comes first (not "his counterpart", who serves another)."""
        if token.lower_ not in _agent_nouns() or token.lower_ in kb.lexicon()["other_party_nouns"]:
            return []
        if not any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in token.children):
            return []
        at = self.sentence.start + token.idx
        before = [(sentence, c) for start, c, sentence in self.people if start < at]
        if not before:
            return []
        last = before[-1][0]
        return [_state_mention(next(c for sentence, c in before if sentence == last))]

    def named_before(self, token: Token, owners: bool = True, officials: bool = False) -> list[str]:
        """The states the article names before a word, the latest first, each once
        (without `owners`, not those named only as a possessor: "Israel's disregard";
        with `officials`, the states of the officials it names too)."""
        at = self.sentence.start + token.idx
        named = sorted(self.named + [(start, c) for start, c, _ in self.people]) if officials else self.named
        return list(dict.fromkeys(c for start, c in reversed(named) if start < at and (owners or start not in self.owners)))

    def described(self, token: Token) -> list[Mention]:
        """The state a description stands for: "the Gulf state", "the North African
        country's airspace" is the last state named before it that the region fits, a
        party of the last act coded first."""
        if token.lower_ not in _descriptive_nouns() or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return []
        words = [w.lower_ for w in token.doc[token.left_edge.i : token.i] if w.dep_ in {"amod", "compound"} or w.tag_ in {"JJ", "NNP"}]
        said = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)} & kb.region_words()
        if not said:
            return []
        longest = max(len(w.split()) for w in said)
        said = {w for w in said if len(w.split()) == longest}  # "the West African country": west african, not any African one
        fits = [iso3 for iso3 in self.named_before(token) if said & kb.regions().get(iso3, frozenset())]
        parties = set(self.recent[0] + self.recent[1])
        fits = [c for c in fits if c in parties] or fits  # a party of the last act before a state named in passing
        return [_state_mention(fits[0])] if fits else []

    def territory_referred(self, token: Token, doers: frozenset[str]) -> list[Mention]:
        """The state a bare "the enclave", "the strip", "the territory" refers back to: the
        last one named before it that is not the doer's ("Israel resumed fighting in the
        Gaza Strip, launching strikes on the enclave")."""
        if token.lower_ not in kb.lexicon()["territory_references"] or [c.lower_ for c in token.children if c.dep_ != "punct"] != ["the"]:
            return []
        latest = next((c for c in self.named_before(token) if c not in doers), None)
        return [_state_mention(latest)] if latest else []

    def referred(self, token: Token) -> list[Mention]:
        """The states a plural reference stands for: the parties of the last act, or the
        side of it that has as many states as the reference counts ("the three
        countries" after three states recalled their envoys from a fourth)."""
        sources, targets = self.recent
        parties = list(dict.fromkeys(sources + targets))
        count = _counted(token)
        if not parties and count:  # no act coded yet: "Iran and Azerbaijan ... the two countries" are the last states named
            parties = self.named_before(token, owners=False)[:count]
        groups = [parties] if count is None else [g for g in (sources, targets, parties) if len(g) == count]
        if count is None and token.dep_ in SUBJECT_DEPS and len(sources) >= 2:
            groups = [sources]  # "Britain, France and Canada condemned Israel. They also urged Hamas ...": the doers go on
        at = self.sentence.start + token.idx
        latest = [c for start, c in reversed(self.named) if self.recent_at <= start < at and start not in self.owners]
        latest = list(dict.fromkeys(latest))
        if count and len(latest) == count:
            # "Egypt said ..., while Turkey said ... Israel's disregard. Both nations called for": the
            # states named since the last act, when they are as many
            groups = [latest]
        return [_state_mention(c) for c in groups[0]] if groups and len(groups[0]) >= 2 else []

    def paired_before(self, token: Token, size: int) -> list[Mention]:
        """The states (or organisations) the sentence names together before a word, as
        many as a plural reference counts: the last coordination ("Russia and Ukraine",
        "both Putin and Zelensky") or hyphenated pair ("the UK-EU summit") before it."""
        at = self.sentence.start + token.idx
        text, offset = self.sentence.text, self.sentence.start
        found: list[tuple[int, list[str]]] = []
        before = [m for m in self.mentions if m.end <= at and _countries(m)]
        for m in before:
            if m.kind == "group" and " and " in m.text and len(m.members) == size:
                found.append((m.start, list(m.members)))
        for i in range(len(before) - size + 1):
            chain = before[i : i + size]
            if all(text[a.end - offset : b.start - offset] in {"-", "–"} for a, b in zip(chain, chain[1:], strict=False)):
                members = list(dict.fromkeys(c for x in chain for c in _countries(x)))
                if len(members) == size:
                    found.append((chain[0].start, members))
        if not found:
            return []
        return [_state_mention(c) for c in max(found)[1]]

    def covering(self, token: Token) -> Mention | None:
        """The mention a word is part of: the widest one that is not a coordination
        (each conjunct is looked up by itself)."""
        at = self.sentence.start + token.idx
        best = None
        for m in self.mentions:
            if m.start <= at < m.end and not (m.kind == "group" and m.members and " and " in m.text):
                if best is None or (m.end - m.start) > (best.end - best.start):
                    best = m
        return best

    def of(self, token: Token, depth: int = 0, refer_back: bool = True) -> list[Mention]:
        """The actors an argument word stands for (see the module's docstring)."""
        if token.lower_ in {"we", "us"} and self.author is not None and token.doc.text[: token.idx].count('"') % 2 == 0:
            return [self.author]  # "We call on Lukashenka to ...", in a statement by the White House (not in a quotation)
        person = token.lower_ in {"him", "her"} and self.covering(token) is None  # no one the article names
        if (token.lower_ in {"it", "them"} or person) and depth == 0:
            # "criticised Israel, urging it to halt the offensive"; "ordered a Russian diplomat to leave,
            # accusing him of spying": him, whom the article does not name, is the one the act was done to
            for word in participle_antecedents(token):
                if person and (word.lower_ not in _agent_nouns() or word.tag_ not in {"NN", "NNP"}):
                    continue
                named = [x for w in expand([word]) for x in self.of(w, depth + 1)]
                if named and (token.lower_ == "them") == (len(expand([word])) > 1 or word.tag_ in {"NNS", "NNPS"}):
                    return named
        if token.lower_ in {"both", "all", "each"} and token.dep_ == "appos":
            return []  # "The US and UK both announced": the states named, not a reference to others
        if token.lower_ in {"it", "they"} and token.dep_ in SUBJECT_DEPS and depth == 0 and self.carried[0] and _opens(token):
            said, plural = self.carried  # "Iraq's government condemned the storming. It later expelled ..."
            if (token.lower_ == "they") == plural and not self.covering(token):
                return said
        if token.lower_ in _quantity_nouns() and token.dep_ in SUBJECT_DEPS and depth == 0 and (counted := prep_objects(token, "of")):
            return [x for w in expand(counted) for x in self.of(w, depth + 1)]  # "Hundreds of Iraqi protesters stormed ..."
        m = self.covering(token)
        if m is not None and m.kind == "group" and " and " not in m.text:
            # "both sides", "the two countries": the pair just named together in the sentence ("Russia and
            # Ukraine swapped prisoners ... the war between the two countries", "the UK-EU summit, where
            # both sides ..."); "the leaders of the two countries": those the parse says
            size = len(m.members) or _counted(token)
            named = self.paired_before(token, size) if size else []
            if (not named and self.acted_here is not None and self.acted_here < len(list(token.ancestors)) and size
                    and len(parties := self.referred(token)) == size):
                named = parties  # "Trump held talks with al-Sharaa, the first meeting between the leaders of the two countries"
            at = self.sentence.start + token.idx
            if (not named and size and token.lower_ in {"sides", "countries", "nations"} and self.recent_at and at - self.recent_at <= 300
                    and len(parties := self.referred(token)) == size):
                named = parties  # "Russia and Ukraine swapped 390 prisoners. Both sides exchanged 300 soldiers": the last act's
            if not named and depth == 0 and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
                named = [x for p in prep_objects(token, "of") for x in self.of(p, depth + 1)]
            if named:
                return named
        if m is not None and _countries(m):
            return [m]
        if m is None and any(c.dep_ == "conj" and c.lower_ in _agent_nouns() for c in token.children) and (shared := self._named(token)):
            return shared  # "Kyrgyz and Tajik troops", parsed as "Kyrgyz" and "Tajik troops": Kyrgyz troops too
        if m is None and token.tag_ == "NNP" and token.text in self.surnames:
            known = self.surnames[token.text]  # "Erdogan's calls": the Erdogan the article named
            start = self.sentence.start + token.idx
            return [Mention(start, start + len(token.text), token.text, known.kind, country=known.country, name=known.name, office=known.office)]
        if m is None and (state := self.described(token) or self.whose(token)):
            return state
        if any(c.lower_ in _non_state_words() and not self._named(c) for c in token.children if c.dep_ in {"amod", "compound"}):
            return []  # "Syrian opposition leaders", "rebel forces": not the state (but "European Union governments")
        # a name the knowledge base does not know, with its title: "Russian Deputy Defense Minister Yunus-Bek Yevkurov"
        # or in apposition: "Richard Moore, the head of Britain's foreign intelligence service"
        unresolved_person = token.tag_ == "NNP" and any(c.dep_ in {"compound", "appos"} and c.lower_ in _agent_nouns() for c in token.children)
        if token.tag_ == "NNP" and not unresolved_person and depth <= 2:
            # "German ambassador Jan Christian Gordon Kricke": the parse hangs the title on a first name
            title = next((w for w in name_words(token) if w.lower_ in _agent_nouns() and w.head != token), None)
            if title is not None:
                return self.of(title, depth + 1)
        if depth > 2 or token.lower_ not in _agent_nouns() and not unresolved_person:
            if (refer_back and token.lower_ in _plural_references() and depth == 0 and token.dep_ not in PASSIVE_SUBJECT_DEPS
                    and not _general_reference(token)):
                return self.referred(token)  # (not "all concerned parties", "other sides")
            return []
        # "his Armenian counterpart", "the foreign ministers of Japan and Korea",
        # "the Russian air force", "Iran's foreign ministry": the state modifying it
        out: list[Mention] = []
        examples: list[Mention] = []
        for c in token.children:
            if c.dep_ in {"amod", "compound", "poss", "nmod", "appos"}:
                for w in (c, *c.conjuncts):  # "the Iranian and US delegations", "countries -- France, Germany and Britain"
                    named = self.of(w, depth + 1) if w.lower_ in _agent_nouns() else self._named(w)
                    if not named and c.dep_ in {"compound", "nmod"}:  # "the Russian Defense Ministry", "Russian Bear aircraft"
                        named = [x for g in w.children if g.dep_ in {"compound", "amod"} and g.i < w.i for x in self._named(g)]
                    out += named
                    # "a Canadian-American national": both states of a hyphenated pair
                    out += [x for g in before_hyphen(w) for x in self._named(g)]
            elif c.dep_ == "prep" and (c.lower_ in {"of", "from", "including"} or c.lower_ == "for" and token.lower_ in kb.lexicon()["speaking_for_nouns"]
                                       or c.lower_ == "as" and any(x.lower_ == "such" for x in c.children)):
                # "the ministers of Japan and Korea", "world leaders including Saudi Arabia's King Salman", "leaders such as Erdogan"
                named = [x for p in c.children if p.dep_ == "pobj" for w in expand([p]) for x in self.of(w, depth + 1)]
                if not named and depth == 0 and c.lower_ in {"of", "from"}:
                    # "foreign ministers from the two countries", "delegations of both countries": those named before
                    named = [x for p in c.children if p.dep_ == "pobj" and _refers_back(p) and _counted(p) for x in self.referred(p)]
                if named and c.lower_ in {"including", "as"}:
                    examples = named  # "EU states such as Germany and Austria": the states named, not the EU
                out += named
            elif c.dep_ == "acl" and c.lower_ in kb.lexicon()["leading_participles"]:  # "a delegation led by Iran's defence minister"
                out += [x for p in prep_objects(c, "by") for x in self.of(p, depth + 1)]
            elif c.dep_ == "prep" and c.lower_ == "in":  # "officers in Myanmar's military", not "journalists in Moscow"
                out += [x for p in c.children if p.dep_ == "pobj" and p.lower_ in _agent_nouns() for x in self.of(p, depth + 1)]
                if token.lower_ in kb.lexicon()["governing_nouns"]:  # "authorities in Paris": the government seated there
                    out += [x for p in c.children if p.dep_ == "pobj" for x in self.of(p, depth + 1) if x.kind == "state"]
        if not out and refer_back and depth == 0 and _refers_back(token):
            return self.referred(token)  # "the two ministers", "both sides"
        return examples or out

    def _named(self, token: Token) -> list[Mention]:
        m = self.covering(token)
        if m is not None and _countries(m):
            return [m]
        # a demonym that is ambiguous alone ("Indian", "Jordanian") is not before an
        # institution: "the Indian foreign minister", "Georgian troops"
        iso3 = _demonyms().get(token.text)
        if iso3 is None or any(c.dep_ == "compound" for c in token.children) or token.i and token.nbor(-1).text[:1].isupper() and token.nbor(-1).head == token:
            return []  # "South American", "Native American": a longer name
        start = self.sentence.start + token.idx
        return [Mention(start, start + len(token.text), token.text, "state", country=iso3, name=kb.states().get(iso3, iso3))]


@lru_cache(maxsize=1)
def _statement_nouns() -> frozenset[str]:
    return frozenset(kb.lexicon()["statement_nouns"])


@lru_cache(maxsize=1)
def _descriptive_nouns() -> frozenset[str]:
    return frozenset(kb.lexicon()["descriptive_state_nouns"])


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """One-word state names and demonyms, ambiguous ones included, by their text."""
    return {n.text: n.iso3 for n in kb.state_names() if n.kind in {"name", "demonym"} and " " not in n.text and not n.end}


def _refers_back(token: Token) -> bool:
    """A plural noun that refers to parties named before: "the two ministers", "both
    sides", "the leaders" (not "other neighbours", "Latin American countries")."""
    if token.tag_ != "NNS" or token.lower_.rstrip("s") in _non_state_words():
        return False  # (nor "the militants", "the rebels": no state's)
    marks = {c.lower_ for c in token.children if c.dep_ in {"det", "nummod", "predet"}}
    if marks & {"both", "two", "three", "four", "these", "those"}:
        return True  # "the three South American countries"
    return "the" in marks and not any(c.dep_ in {"amod", "compound"} and c.text[:1].isupper() for c in token.children)


def _counted(token: Token) -> int | None:
    """How many a plural reference counts: "both sides" 2, "the three countries" 3."""
    for c in token.children:
        word = c.lower_
        if c.dep_ in {"det", "predet", "nummod"} and word == "both":
            return 2
        if c.dep_ == "nummod":
            return int(word) if word.isdigit() else _NUMBER_WORDS.get(word)
    return None


_NUMBER_WORDS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}


def _state_mention(country: str) -> Mention:
    return Mention(0, 0, "", "state", country=country, name=kb.states().get(country, country))


def _actor_mention(code: str) -> Mention:
    """A state's or an organisation's mention by its code (an event's source or target)."""
    if code in kb.states():
        return _state_mention(code)
    return Mention(0, 0, "", "organisation", name=code, organisation=code)


@lru_cache(maxsize=1)
def _force_roots() -> frozenset[str]:
    """Roots of force and coercion: their subject may be a weapon or a strike, whose
    state acts ("Israeli missiles were fired", "a Russian drone struck")."""
    return frozenset(kb.lexicon()["place_target_roots"]) | {"17"}


@lru_cache(maxsize=1)
def _non_state_words() -> frozenset[str]:
    return frozenset(kb.lexicon().get("non_state_words", []))


@lru_cache(maxsize=1)
def _quantity_nouns() -> frozenset[str]:
    return frozenset(kb.lexicon().get("quantity_nouns", []))


@lru_cache(maxsize=1)
def _agent_nouns() -> frozenset[str]:
    """Nouns for people and institutions that act for the state they are of."""
    lex = kb.lexicon()
    words = set(lex["people_nouns"]) | set(lex.get("institution_nouns", [])) | set(lex.get("national_nouns", []))
    return frozenset(w.split()[-1] for w in words)


def _unknown_condition(verb: Token, actors: _Actors) -> bool:
    """Does a condition set on the verb name someone who acts and is no state known ("if
    the Europeans restore the sanctions"), not a thing that would happen ("if access is not
    restored") or a state ("if Washington continues")?"""
    return any(w.dep_ in SUBJECT_DEPS and w.tag_ in {"NNS", "NNP", "NNPS"} and not actors.of(w)
               for c in conditions(verb) for w in c.children)


def _organisations_meeting(noun: Token, actors: _Actors) -> bool:
    """Is the meeting an organisation's ("a summit of the SCO", "the NATO summit", "an
    ASEAN meeting"), whose attendees do not thereby meet each other?"""
    owners = prep_objects(noun, "of") + [c for c in noun.children if c.dep_ in {"compound", "nmod", "poss", "amod"}]
    owners += [g for o in owners for g in before_hyphen(o)]  # (not "the UK-EU summit": theirs)
    named = {c for o in owners for m in actors.of(o, 1) for c in _countries(m)}
    return len(named) == 1 and any(m.kind == "organisation" and not m.country for o in owners for m in actors.of(o, 1))


def _has_complement(verb: Token) -> bool:
    """Does a verb have a clause that says what act it is about ("threatened to take control
    of Gaza": that act's own target, if any; "vowed to retaliate", "threatened concrete
    actions": none)?"""
    return any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children)


def _opens(token: Token) -> bool:
    """Is the word the first of its sentence but for a conjunction, an adverb or punctuation?"""
    return all(t.tag_ in {"CC", "RB", ",", "``", "''", ":"} or t.is_punct for t in token.doc[: token.i])


def _opening_subject(doc: Doc, actors: _Actors) -> tuple[list[Mention], bool]:
    """The states the main clause of a sentence has for its subject, and whether that
    subject is plural ("Kenyan authorities", "Kenya and Somalia"); only a state's
    name or a body acting for it ("Iraq's government"), not a person, whom "he" or "she"
    stands for."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or is_passive(root):
        return [], False
    subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 1 or subjects[0].tag_ not in {"NN", "NNS", "NNP", "NNPS"}:
        return [], False
    subject = subjects[0]
    said = [m for w in expand([subject]) for m in actors.of(w, 1)]
    if not said or any(m.kind == "person" or m.person_key for m in said):
        return [], False
    plural = len(expand([subject])) > 1 or subject.tag_ in {"NNS", "NNPS"} or subject.lower_ == "police"
    return [_actor_mention(c) for c in dict.fromkeys(c for m in said for c in _countries(m))], plural


def _name_before(word: Token, noun: Token) -> bool:
    """Is the word a capitalised modifier before the noun, which may name whose it is ("the
    Russian decision", "the U.S. commitment")?"""
    return word.dep_ in {"compound", "nmod", "amod"} and word.i < noun.i and word.text[:1].isupper()


def _subject_tokens(token: Token, depth: int = 0) -> list[Token]:
    """Who does what a verb (or an adjective's copula) says, following passives,
    participles, relative clauses and coordination."""
    if depth > 4:
        return []
    if is_passive(token):
        agents = [p for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        # "were declared persona non grata by Moscow": the parse hangs the agent on the complement
        agents = agents or [p for c in token.children if c.dep_ == "oprd" for p in prep_objects(c, "by")]
        return expand(agents)
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if subjects and infinitive and token.dep_ == "pcomp" and token.head.lower_ != "for" and is_verb(token.head.head):
        # "spoke with Bennett to express his condolences": no infinitive after "with" has a
        # subject of its own (a misparse); the speaker is the subject of "spoke"
        return _subject_tokens(token.head.head, depth + 1)
    if subjects and infinitive and token.dep_ == "advcl" and not any(c.lower_ == "for" for c in token.children) and is_verb(token.head):
        return _subject_tokens(token.head, depth + 1)  # "spoke with Lula to offer his congratulations": a purpose, the speaker's
    if subjects:
        if subjects[0].lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
            return expand([token.head])
        if subjects[0].lower_ in {"they", "it", "we", "each", "both"} and token.dep_ in {"ccomp", "advcl", "conj"} and token.head != token:
            # "Saudi Arabia, Egypt and Bahrain announced they were severing ties": the matrix subject
            return _subject_tokens(token.head, depth + 1) or expand(subjects)
        # a headline's "Kenya, Somalia agree to restore ties": the name before the comma, which the parse leaves
        # hanging, is a subject too
        listed = [c for c in token.children if c.dep_ == "dep" and c.tag_ == "NNP" and c.i + 2 == subjects[0].i
                  and token.doc[c.i + 1].text == "," and c.i == 0 and subjects[0].tag_ == "NNP"]
        return expand(listed + subjects)
    if (not subjects and infinitive and token.dep_ in {"acl", "relcl"} and token.head.dep_ == "attr"
            and token.head.head.lower_ in COPULAS):
        # "Australia is the latest nation to announce sanctions", "became the first state to recognise": the
        # copula's subject
        return _subject_tokens(token.head.head, depth + 1)
    if token.dep_ == "acl":  # "sanctions imposed by the EU": the agent
        agents = [p for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if not agents and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            # "the United States' and Germany's decision to deploy": whose decision it is
            agents = [c for c in token.head.children if c.dep_ == "poss"]
            if not agents:
                # "the Russian decision to expel", "the decision by Moscow to expel": a state word
                # before the noun or its `by` phrase
                agents = [c for c in token.head.children if _name_before(c, token.head)] + prep_objects(token.head, "by") + [
                    p for c in token.head.children if c.dep_ == "acl" and c.tag_ == "VBN" for p in prep_objects(c, "by")]
                # ("the decision issued by the US government to lift")
            if all(a.tag_ == "PRP$" for a in agents) and is_verb(token.head.head) and token.head.dep_ in {"dobj", "obj", "attr"}:
                # "Russia expressed its readiness to assist", "voiced willingness to enhance": the subject of the verb
                return _subject_tokens(token.head.head, depth + 1)
            if not agents and token.head.lower_ in kb.lexicon()["intent_nouns"]:
                # "underlined their coordination, including on readiness to impose consequences": whose
                # readiness is said by the nearest verb above it
                verb = next((a for a in token.head.ancestors if is_verb(a) and a.dep_ != "prep"), None)
                if verb is not None:
                    return _subject_tokens(verb, depth + 1)
        if not agents and token.tag_ == "VBG" and token.head.lower_ in _statement_nouns():
            # "issued a joint statement condemning Israel", "a statement from the UK and France condemning":
            # who made the statement
            agents = _authors(token.head)
            if not agents and token.head.dep_ in {"dobj", "obj"} and is_verb(token.head.head):
                return _subject_tokens(token.head.head, depth + 1)
        if not agents and token.tag_ == "VBG" and token.head.lower_ not in _statement_nouns():
            agents = [token.head]  # "the Russian and Chinese aircraft approaching US airspace": what the participle describes
        return expand(agents)
    if token.dep_ == "xcomp" and (raised := [c for c in token.head.children if c.dep_ in PASSIVE_SUBJECT_DEPS]):
        return expand(raised)  # "Zelensky is expected to visit Berlin", "Merz is set to travel to Finland"
    if token.dep_ == "advcl" and token.tag_ == "VBG" and token.i > 0 and token.doc[token.i - 1].text == ",":
        # "coincided with a joint statement from the UK and France, condemning Israel's restrictions": the parse
        # hangs on the verb the participle that follows the statement it describes
        said = [w for w in token.head.subtree if w.i < token.i and w.lower_ in _statement_nouns() and w.head.head == token.head]
        if said and (authors := _authors(said[-1])):
            return expand(authors)
    if token.dep_ in {"conj", "xcomp", "advcl", "acomp"} and token.head != token:
        return _subject_tokens(token.head, depth + 1)
    if token.dep_ == "pcomp" and token.head.lower_ == "to" and token.head.head.lower_ in kb.lexicon()["intent_nouns"]:
        # "reaffirmed its commitment to deepening cooperation": whose commitment it is
        noun = token.head.head
        owners = [c for c in noun.children if c.dep_ == "poss" and c.tag_ != "PRP$" or _name_before(c, noun)]  # "the U.S. commitment"
        if owners:
            return expand(owners)
        verb = next((a for a in noun.ancestors if is_verb(a)), None)
        return _subject_tokens(verb, depth + 1) if verb is not None else []
    if token.dep_ == "pcomp" and is_verb(token.head.head):
        governing = token.head.head
        objects = [c for c in governing.children if c.dep_ in {"dobj", "obj"}] if token.head.lower_ in {"of", "for", "from", "into"} else []
        if objects:  # "accused Qatar of supporting", "blamed Serbia for abducting": the object does it
            # (but "after speaking with Putin, Trump called Macron": Trump spoke)
            return expand(objects)
        return _subject_tokens(governing, depth + 1)  # "looked forward to meeting", "agreed on pursuing"
    if token.dep_ == "relcl":
        return expand([token.head])
    return []


def _appeal_content(token: Token, triggered: dict[int, Entry]) -> bool:
    """Is the verb the act an appeal or a demand asks for ("urged Russia to withdraw",
    "demanded that Russia withdraw its troops")?"""
    head = token.head
    if head == token:
        return False
    own_subject = any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in token.children)  # not "diplomats were declared ..., X told reporters"
    if token.dep_ == "xcomp" and head.lower_ in verb_forms("phoning_verbs") and not any(c.lower_ in {"on", "upon"} for c in head.children) \
            and all(o.tag_ == "NNP" and fold(o.text) not in _state_name_words() for o in direct_objects(head)):
        return False  # "called Erdogan to congratulate him": a phone call to a person made to do it, not an appeal (as "called Israel to")
    if token.dep_ in {"xcomp", "ccomp"} and not own_subject and any(c.dep_ in {"dobj", "obj"} for c in head.children):
        return True  # "urged Russia to withdraw"
    if token.dep_ in {"xcomp", "ccomp"} and head.lower_ in verb_forms("control_verbs"):
        return True  # "help Armenia normalise its relations": what the help is for, not done
    if token.dep_ == "pcomp" and head.lower_ in {"from", "into"} and head.head.lower_ in verb_forms("control_verbs"):
        return True  # "prevent the United States from supporting Ukraine"
    if token.dep_ in {"acl", "ccomp"} and head.lower_ in kb.lexicon()["appeal_nouns"] and any(
            c.dep_ == "aux" and c.lower_ == "to" or c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
        return True  # "faced pressure to halt its offensive", "Starmer's demand that Israel allow aid": asked for, not done
    if _purpose(token):
        return True  # "a visit aimed at strengthening cooperation", "discussed how to expand ties": an aim, not done
    asking = head.i in triggered and triggered[head.i].code[:2] in {"02", "10"}
    if token.dep_ == "advcl" and asking and any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children):
        return True  # "called for Hamas to release the hostages"
    if token.dep_ == "dep" and asking and token.tag_ == "VB" and not own_subject and any(
            c.dep_ == "xcomp" and _appeal_content(c, triggered) for c in head.children):
        return True  # "call on Lukashenka to allow an investigation, immediately release all prisoners, and ...": the list goes on
    return token.dep_ in {"ccomp", "xcomp"} and asking


def _purpose(token: Token) -> bool:
    """Is the verb an aim rather than an act: "aimed at strengthening", "how to expand",
    "ways to enhance"?"""
    if any(c.lower_ == "how" and c.dep_ in {"advmod", "mark"} for c in token.children):
        return True
    head = token.head
    if token.dep_ == "pcomp" and head.lower_ == "at" and head.head.lower_ in kb.lexicon()["aim_words"]:
        return True
    if token.dep_ == "advcl" and is_verb(head) and head.lower_ in verb_forms("speaking_verbs") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and any(
            o.lower_ in kb.lexicon()["relationship_nouns"] for o in direct_objects(token)):
        # "spoke with Ishiba and Marcos to advance our continuing cooperation": what the call was for (but
        # "called Erdogan to congratulate him" is done)
        return True
    if token.dep_ == "acl" and head.lower_ in kb.lexicon()["purpose_nouns"]:
        # (but "took the opportunity to slam Putin", "used the occasion to call for": done)
        return not (head.dep_ in {"dobj", "obj"} and head.head.lower_ in verb_forms("seizing_verbs"))
    return False


def _reason_phrase(token: Token) -> bool:
    """Is the noun the object of a preposition of reason ("due to", "because of", "over")?"""
    head = token.head
    if token.dep_ != "pobj":
        return False
    if head.lower_ in {"due", "because", "owing"} or head.lower_ in {"to", "of"} and head.head.lower_ in {"due", "because", "owing"}:
        return True  # "due to its attacks", parsed with "attacks" under "due" or under "to"
    return head.lower_ in kb.lexicon()["reason_prepositions"]


def _noun_sources(token: Token, actors: _Actors, force: bool = False) -> list[Mention]:
    """Who does what an event noun names: its possessor, its `by` phrase, a state word
    before it ("Russian sanctions", "US-China talks"), or the subject of the verb it is
    the object of ("Lavrov paid a visit", "expressed concern during a phone call"). For
    force, a place name before the noun is where it is used when the noun has a doer of
    its own ("Israel launched a Gaza offensive")."""
    out: list[Mention] = []
    owner = [c for c in token.children if c.dep_ == "poss"]
    if any(c.tag_ == "PRP$" for c in owner) and _reason_phrase(token):
        # "cut ties with Israel due to its attacks on Gaza", "condemned Iran over its support": the
        # pronoun is most often the other party's, whom the act answers; not guessed
        return []
    if force and not owner and token.dep_ in {"dobj", "obj"} and is_verb(token.head):
        owner = _subject_tokens(token.head)
    for c in token.children:
        if force and owner and c.dep_ == "compound" and c.tag_ == "NNP" or hyphen_agent(c):
            continue  # (nor "a UAE-mediated exchange": the UAE mediated it, others exchanged)
        if c.dep_ == "poss" or (c.dep_ in {"amod", "compound", "nmod"} and c.i < token.i):
            out += actors.of(c)
            if force and c.dep_ in {"compound", "nmod"} and c.tag_ != "NNP":
                # "Russian drone strikes", "Israeli air strikes": the state word on the weapon
                out += [m for g in c.children if g.dep_ in {"amod", "poss"} and g.i < c.i for m in actors.of(g) if m not in out]
            # "a US-Turkish meeting", "US-China talks": the first state of a hyphenated pair
            out += [m for g in before_hyphen(c) if g.dep_ in {"npadvmod", "compound", "amod", "nmod"} for m in actors.of(g) if m not in out]
    head = token.head
    if not out and token.dep_ == "compound" and is_noun(head) and head.i > token.i:
        return _noun_sources(head, actors, force)  # "Russia launched a mediation effort": whoever's the effort is
    if not out and token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _quantity_nouns() and head.head != token:
        return _noun_sources(head.head, actors, force)  # "concluded a fifth round of talks": whoever concluded the round
    # "Russia is continuing with its attacks", "pushes on with its invasion": the doer goes on with its own act
    carried_on = token.dep_ == "pobj" and head.lower_ == "with" and is_verb(head.head) and any(
        c.dep_ == "poss" and c.tag_ == "PRP$" for c in token.children)
    governed = token.dep_ in {"dobj", "obj", "attr"} or token.dep_ == "pobj" and token.head.lower_ in {"during", "at", "after", "following"} or carried_on
    if not out and not governed and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in token.children):
        return []  # "a response to its exercises": someone's, unresolved (but "Russia expressed its readiness": Russia's)
    if not out and any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in token.children):
        return []  # "a repeat of the militants' attacks": a doer named that is no state
    if force and not out and not owner and (earlier := actors.force_referred(token)):
        return earlier  # "This attack targeted a residence in Erbil": the doer of the attack told before
    if not out and token.lower_ in kb.lexicon()["of_doer_nouns"]:  # "the visit of the Saudi Speaker to Egypt"
        out += [m for p in prep_objects(token, "of") for m in actors.of(p)]
    by = prep_objects(token, "by")
    for p in by:  # "the visit by Pelosi"; for force, "the strike by Ukrainian drones": the weapons' state
        out += actors.of(p) or ([m for side in _actors_or_doers([p], actors) for m in side] if force else [])
    if out or by:
        return out  # "the visit by X": X, known or not
    verb = head if token.dep_ in {"dobj", "obj", "attr", "oprd"} else head.head if carried_on \
        else verb_above(token) if token.dep_ == "pobj" and head.lower_ in OCCASION_PREPOSITIONS else None
    if verb is not None and _undergoing_verb(token) is not None:
        return []  # "Iran faces criticism from the UN": the critic is the "from" phrase's, the subject the one criticised
    if verb is not None and is_verb(verb):
        subjects = _subject_tokens(verb)
        plural = len(subjects) > 1 or any(t.tag_ in {"NNS", "NNPS"} or t.lower_ in {"they", "we"} for t in subjects)
        if plural and any(c.dep_ == "poss" and c.lower_ in {"its", "his", "her"} for c in token.children):
            return []  # "following its mediation, Iran and Sweden agreed": "its" is not theirs
        return [m for t in subjects for m in actors.of(t)]
    if token.dep_ in {"conj", "appos"} and is_noun(head):
        return _noun_sources(head, actors)
    return out


Side = list[Mention]  # the actors of one conjunct of an argument: one side of an act


def _targets(trigger: Trigger, doc: Doc, actors: _Actors, source_states: frozenset[str] = frozenset()) -> list[Side]:
    """Where the entry puts the target: one side per conjunct."""
    token = doc[trigger.token]
    entry = trigger.entry
    if entry.kind == "verb" and visiting_guest(token.head) == token:
        # "Xi met visiting Brazilian President Lula": the host is whoever met the visitor
        return [side for w in _subject_tokens(token.head) if (side := actors.of(w)) and _beyond(side, source_states)]
    holders = [token]
    obj = doc[trigger.object] if trigger.object is not None else None  # the word the entry matched, as find_triggers found it
    if obj is not None:
        holders += [obj, *obj.conjuncts]  # "dispatching its intelligence chief and the army's chief of staff to Moscow"
        # "lift the sanctions imposed on Syria": on whom the participle says the penalty lies
        holders += [c for h in (obj, *obj.conjuncts) for c in h.children
                    if c.dep_ in {"acl", "relcl"} and c.lower_ in kb.lexicon()["imposing_participles"]]
    let_in = _let_in(token, obj) if entry.kind == "verb" and obj is not None else []
    holders += let_in
    if entry.prep:  # "called for an investigation and an explanation from Israel"
        holders += expand(prep_objects(token, entry.prep))
        if obj is None and entry.kind == "verb":  # "blamed the attack on India": on the object
            holders += [o for o in direct_objects(token) if prep_objects(o, entry.prep)]
    if entry.kind == "adj" and token.dep_ == "acomp":
        holders.append(token.head)
    if entry.kind == "noun" and token.dep_ in {"dobj", "obj"} and is_verb(token.head) and token.head.i < token.i:
        holders.append(token.head)  # "launched airstrikes on Gaza": the parse hangs "on" on the verb
    if entry.kind == "noun" and token.dep_ == "compound" and is_noun(token.head):
        holders.append(token.head)  # "a mediation effort between India and Pakistan": on the noun it modifies
    target = entry.target or ("object" if entry.kind == "verb" and not entry.objects else "")
    if target == "none":
        # "denied China's claim", "rejected the accusation made by Zelensky": an object owned or made by another
        # is aimed at it (the act names no target of its own)
        # ("called for an Israeli withdrawal": the noun the entry matched after its preposition)
        matched = [obj] if obj is not None and obj not in direct_objects(token) else []
        owned = [c for o in direct_objects(token) + matched for c in o.children if c.dep_ == "poss" or c.dep_ in {"amod", "compound"} and c.i < o.i]
        made = [p for o in direct_objects(token) for acl in o.children if acl.dep_ == "acl" and acl.tag_ == "VBN" for p in prep_objects(acl, "by")]
        return [side for side in (actors.of(w) for w in owned + made) if _beyond(side, source_states)]
    if entry.code[:3] in kb.lexicon()["host_acts"]:
        # "expel ten diplomats - three each from Estonia and Latvia and four from Lithuania": counts by state
        counts = [c for c in token.children if c.dep_ == "npadvmod" and (c.tag_ == "CD" or c.lower_ in _NUMBER_WORDS)]
        counted = [side for n in counts for c in (n, *n.conjuncts) for side in _actors_or_doers(prep_objects(c, "from"), actors)]
        if counted:
            return counted
    if obj is not None and not entry.target:
        own = [side for side in _actors_or_doers([obj], actors, act=token) if _beyond(side, source_states)]
        if own:
            return own  # "summoned the Hungarian ambassador": the object's state
    if entry.code[:3] in kb.lexicon()["host_acts"]:
        envoy = _envoy_of_other(token, actors, source_states, [obj] if entry.kind == "noun" and obj is not None else None)
        if envoy:
            return envoy
        if entry.kind == "verb":
            # "Russia expelled ten diplomats from Estonia": a state expels no one from another's land; whose the
            # diplomats are
            sent_from = [side for side in _actors_or_doers(expand(prep_objects(token, "from")), actors) if _beyond(side, source_states)]
            if sent_from:
                return sent_from
    found: list[Side] = []
    if target == "object" and any(reciprocal(o) for o in direct_objects(token)):
        # "India and Pakistan accused each other": each the other
        return [side for t in _subject_tokens(token) if (side := actors.of(t))]
    if target == "object":
        words = direct_objects(token) + [c for c in token.children if c.dep_ in {"dative", "iobj"}]
        # (not "a system supported by Israel" as Israel's)
        found = _actors_or_doers(expand(words) + _interleaved(token, actors), actors, act=token, doers=not _meets_people(entry))
        if not found and entry.code[:2] in kb.lexicon()["act_reference_roots"]:
            found = [side for w in words if (side := actors.act_referred(w)) and _beyond(side, source_states)]  # "opposes the sanctions"
    else:
        for prep in tuple(target.split("|")) if target else GENERIC_TARGET_PREPOSITIONS:
            words = [w for h in holders for w in (partner_objects(h) if prep == "with" else prep_objects(h, prep))]
            if prep == "between":
                # "between US President Donald Trump and Russian President Vladimir Putin": the parser may hang the
                # first name inside the second's titles
                words += [t for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "between"
                          for t in c.subtree if t.dep_ in {"appos", "conj"} and t.tag_ in {"NNP", "NNPS"} and t not in words]
            if prep == "to":  # "offered Armenia help" is "offered help to Armenia"
                words += [c for c in token.children if c.dep_ in {"dative", "iobj"}]
            found = _actors_or_doers(expand(words), actors)  # "with the militant group Hamas": the name in apposition
            if not found:  # "concern about the nature of U.S. tariffs", but not "on behalf of the American people"
                found = [side for side in _actors_or_doers(words, actors, through_of=True) if _beyond(side, source_states)]
            if not found and entry.code[:2] in kb.lexicon()["act_reference_roots"]:
                found = [side for w in words if (side := actors.act_referred(w)) and _beyond(side, source_states)]  # "concern over the move"
            if not found and entry.code[:2] in kb.lexicon()["place_target_roots"]:
                found = _states_of_places(words, actors, source_states)  # "an incursion into the Kurdish enclave in Syria"
            if found:
                break
    if not found and let_in:  # "allow aid to enter Gaza": where it goes in
        found = [side for side in _states_of_places([o for w in let_in for o in direct_objects(w)], actors, source_states) if _beyond(side, source_states)]
    if not found and "between" in target.split("|") and describes_noun(token):
        # "talks mediated by Oman", "the US and Iran held talks, mediated by Oman": the parties of the talks
        talks = token.head
        inner = prep_objects(talks, "of") if talks.lower_ in _quantity_nouns() else []  # "two rounds of talks with Ethiopia mediated by Kenya"
        words = [w for t in (talks, *inner) for p in ("between", "with") for w in prep_objects(t, p)]
        if talks.dep_ == "pobj" and talks.head.lower_ == "of" and talks.head.head.lower_ in _quantity_nouns():
            talks = talks.head.head  # "held four rounds of talks mediated by Oman"
        parties = _noun_sources(talks, actors)
        if not parties and (verb := verb_above(talks)) is not None:
            # "agreed to a ceasefire brokered by Egypt", "agreed to a ceasefire at talks hosted by Malaysia"
            parties = [m for t in _subject_tokens(verb) for m in actors.of(t)]
        # "talks with the United States mediated by Oman": between the talks' doer and the one named
        found = _actors_or_doers(words, actors)
        named = source_states | {c for side in found for m in side for c in _countries(m)}
        found += [[m] for m in parties if set(_countries(m)) - named]
    if not found and "between" in target.split("|") and entry.kind == "noun" and entry.frame == "directed" and (led_to := verb_above(token)) is not None:
        # "agreed to a ceasefire after US mediation", "held five rounds of talks with Oman's mediation": the
        # mediation was between the doers of the act it led to
        parties = [m for t in _subject_tokens(led_to) for m in actors.of(t)]
        found = [side for side in ([m] for m in parties) if set(_countries(side[0])) - source_states]
    if not found and (entry.when == "future" or entry.code[:2] in kb.lexicon()["future_roots"]):
        # "Iran warned the United States that it would respond": the one warned
        found = [side for side in _actors_or_doers(_warned(token), actors) if _beyond(side, source_states)]
    if not found and (entry.when == "future" or entry.code[:2] in kb.lexicon()["future_roots"]):
        # "if the Europeans activate the snapback, Iran will respond", "warned of further concrete actions if
        # Israel fails to comply": whoever would meet the condition
        met_by = [w for c in conditions(token) for w in c.children if w.dep_ in SUBJECT_DEPS]
        found = [side for side in _actors_or_doers(met_by, actors) if _beyond(side, source_states)]
        if not found and met_by and entry.when == "future":
            return []  # "if the Europeans activate the snapback": someone named, not a state known
        if not found:
            # "concerns about Russia's aggressive actions towards Ukraine ... would respond with measures": whose conduct
            # (not the doer of the threat: "North Korea's actions threaten the safety of our citizens")
            doers = {w.i for t in (token, *_subject_tokens(token)) for w in t.subtree} if entry.when != "future" else set()
            found = next(([side] for w in doc if w.dep_ == "poss" and w.i < token.i and w.i not in doers
                          if (side := actors.of(w)) and _beyond(side, source_states)), [])
    if found:
        return found
    if entry.kind == "noun" and entry.frame != "mutual" and (undergone_by := _undergoing_verb(token)) is not None:
        # "Iran faces criticism from the UN", "Israel's threats have drawn condemnation": the subject, or whose it is
        return [side for side in _actors_or_doers(_subject_tokens(undergone_by), actors) if _beyond(side, source_states)]
    if not found and entry.kind == "verb" and entry.frame == "directed" and entry.code[:2] in kb.lexicon()["place_target_roots"]:
        # "Israeli warplanes targeted a residential building and shelters along Al-Thawra Street in Gaza City": where what
        # was hit stands
        places = direct_objects(token) + [w for w in phrase_words(token, 8) if w.dep_ == "pobj" and w.head.lower_ in kb.lexicon()["place_target_prepositions"]]
        found = [side for side in _states_of_places(places, actors, source_states) if _beyond(side, source_states)]
        if found:
            return found
    if entry.kind == "noun" and entry.code[:2] in kb.lexicon()["place_target_roots"] and token.dep_ == "pobj" and token.head.lower_ == "under" \
            and is_verb(token.head.head):
        # "Kyiv came under a massive Russian drone attack": what is under it is hit
        found = [side for side in _actors_or_doers(_subject_tokens(token.head.head), actors) if _beyond(side, source_states)]
        found = found or _states_of_places(_subject_tokens(token.head.head), actors, source_states)
        if found:
            return found
    if entry.kind == "noun" and entry.code[:2] in kb.lexicon()["place_target_roots"]:
        # "Israel's expanded Gaza offensive": a place name compounded with the force noun is where it is used
        found = [side for c in token.children if c.dep_ == "compound" and c.tag_ == "NNP"
                 if (side := [m for m in actors.of(c) if m.kind == "state" and set(_countries(m)) - source_states])]
        if found:
            return found
    if entry.kind == "noun" and token.lower_ in kb.lexicon()["appeal_nouns"]:
        # "Starmer's demand that Israel allow aid into Gaza": whom the demand is made of
        asked = [w for c in token.children if c.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                 for w in c.children if w.dep_ in SUBJECT_DEPS]
        found = [side for side in _actors_or_doers(expand(asked), actors) if _beyond(side, source_states)]
        if found:
            return found
    # "a barrage of Russian drone attacks hit Kyiv": the noun counted stands where its count does
    node = _counted_by(token) if entry.kind == "noun" else token
    if entry.kind == "noun" and entry.code[:2] in kb.lexicon()["place_target_roots"] and node.dep_ == "pobj" and node.head.lower_ == "by" \
            and is_passive(node.head.head):
        # "Gaza has been devastated by Israeli air strikes", "Kyiv was hit by Russian strikes": what was hit
        hit = [c for c in node.head.head.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        found = [side for side in _actors_or_doers(expand(hit), actors) if _beyond(side, source_states)]
        found = found or [side for side in _states_of_places(hit, actors, source_states) if _beyond(side, source_states)]
        if found:
            return found
        holders += [node.head.head]  # "the hospital was hit by Israeli air strikes in Gaza": where it was hit
    if entry.kind == "noun" and entry.code[:2] in kb.lexicon()["place_target_roots"] and is_verb(node.head):
        holders.append(node.head)  # "carried out mass killings of civilians in Ukraine"
        if node != token:
            holders.append(node)  # "launched a series of air strikes in Pakistan"
        # "an airstrike that targeted an Emirati warplane", "an attack that killed two Israeli soldiers": whom the
        # relative clause says it hit
        hitting = [c for c in node.children if c.dep_ == "relcl" and any(
            w.dep_ in SUBJECT_DEPS and w.lower_ in RELATIVE_PRONOUNS for w in c.children)]
        found = [side for side in _actors_or_doers(expand([o for c in hitting for o in direct_objects(c)]), actors)
                 if _beyond(side, source_states)]
        if found:
            return found
        if node.dep_ in SUBJECT_DEPS:  # "an Israeli airstrike killed a Syrian businessman": whom the strike hit
            hit = expand(direct_objects(node.head))
            found = _actors_or_doers(hit, actors)
            if not found:  # "Russian strikes killed nine people across Ukraine": where they were
                found = _states_of_places([p for h in (node.head, *hit) for prep in kb.lexicon()["place_target_prepositions"]
                                           for p in prep_objects(h, prep)], actors)
            if found:
                return found
    elif entry.kind != "verb" and not (entry.code[:2] in kb.lexicon()["place_target_roots"] and len(holders) > 1):
        return found
    # "threatened to strike South Korea", "vowed to punish Iran": the object of the act announced
    announced = [o for c in token.children if c.dep_ == "xcomp" and entry.kind == "verb" for o in direct_objects(c)]
    found = [[m for m in side if set(_countries(m)) - source_states] for side in _actors_or_doers(expand(announced), actors)]
    if any(found):
        return [side for side in found if side]
    # "demanded that Russia withdraw", "warned that Iran would pay", "called for Hamas to release": the subject of what is said
    for clause in (c for c in token.children if entry.kind == "verb" and (
            c.dep_ == "ccomp" or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children))):
        said_of = [c for c in clause.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
        found = [[m for m in side if set(_countries(m)) - source_states] for side in _actors_or_doers(expand(said_of), actors)]
        found = [side for side in found if side]
        if found:
            return found
    if entry.code[:2] in kb.lexicon()["place_target_roots"] and entry.frame != "mutual":
        # "launched strikes in response to New Delhi's military operation": whom force answers
        answered = [w for h in (token, *( [token.head] if entry.kind == "noun" and is_verb(token.head) else []))
                    for r in prep_objects(h, "in") if r.lower_ in kb.lexicon()["response_nouns"]
                    for p in ("to", "for") for w in prep_objects(r, p)]
        found = [[m for m in side if set(_countries(m)) - source_states] for side in _actors_or_doers(answered, actors)]
        if any(found):
            return [side for side in found if side]
        # "struck targets in Syria", "deployed warships around Taiwan": the state where force is
        # used (a place is where parties clash, not a party)
        for h in holders:
            for prep in kb.lexicon()["place_target_prepositions"]:
                found = _states_of_places(prep_objects(h, prep), actors, source_states)
                if found:
                    return found
    return []


def _envoys_posting(trigger: Trigger, doc: Doc, actors: _Actors) -> list[Side]:
    """For a summons or expulsion named by a noun, the state its envoy is posted to ("the
    expulsion of its ambassador to Chad"): the one that summons or expels."""
    if trigger.object is None or trigger.entry.code[:3] not in kb.lexicon()["host_acts"]:
        return []
    return [[m] for p in prep_objects(doc[trigger.object], "to") for m in actors.of(p) if m.kind == "state"]


def _envoy_of_other(token: Token, actors: _Actors, source_states: frozenset[str], envoys: list[Token] | None = None) -> list[Side]:
    """An envoy summoned or expelled serves another state than the doer's, so "its
    ambassador" and "the country's envoy" are the last state named before that is not
    the doer ("cancelled aid to South Africa and expelled its ambassador"; "the expulsion
    of its ambassador to Chad", with `envoys` the noun's)."""
    for envoy in direct_objects(token) if envoys is None else envoys:
        owner = [c for c in envoy.children if c.dep_ == "poss"]
        if not owner or envoy.lower_ not in _agent_nouns():
            continue
        word = owner[0]
        bare = word.lower_ in _descriptive_nouns() and not any(c.dep_ in {"amod", "compound"} for c in word.children)
        if word.tag_ == "PRP$" and word.lower_ in {"its", "their"} or bare:
            other = [c for c in actors.named_before(envoy) if c not in source_states]
            if other:
                return [[_state_mention(other[0])]]
    return []


def _interleaved(token: Token, actors: _Actors) -> list[Token]:
    """The later objects of an interleaved list, which the parse hangs on the place or
    date of the first: "meeting Putin in Moscow on July 5 and Xi in Beijing"."""
    if not direct_objects(token):
        return []
    out = []
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"in", "on", "at"}):
        for p in (p for p in prep.children if p.dep_ == "pobj"):
            out += [c for c in p.conjuncts if c.tag_ == "NNP" and any(m.kind == "person" for m in actors.of(c))]
    return out


def _envoys_host(token: Token, actors: _Actors) -> list[Side]:
    """The state that hosts the envoy a passive act is done to by an unnamed government:
    the last state named before, other than the envoy's."""
    guests = {c for d in token.children if d.dep_ in PASSIVE_SUBJECT_DEPS for m in actors.of(d) for c in _countries(m)}
    if not guests:
        return []
    other = [c for c in actors.named_before(token, officials=True) if c not in guests]
    return [[_state_mention(other[0])]] if other else []


def _states_of_places(words: list[Token], actors: _Actors, doers: frozenset[str] = frozenset()) -> list[Side]:
    """The states places are or are in: "Syria", "the Kurdish enclave in Syria", "five
    districts of Russia's Belgorod region", "Erbil"; "the enclave" alone is the last
    state named before it other than the doers'."""
    def state_of(w: Token) -> Side:
        return ([m for m in actors.of(w) if m.kind == "state"]
                or [m for c in w.children if c.dep_ in {"amod", "compound"} for m in actors._named(c)]  # "Syrian territory"
                # "in Pakistan and Pakistan-administered Kashmir", parsed as a modifier of "Kashmir"
                or [m for c in w.children if c.dep_ == "nmod" and c.tag_ == "NNP" and c.conjuncts for m in actors._named(c) if m.kind == "state"]
                or [m for c in w.children if c.dep_ == "poss" for m in actors.of(c) if m.kind == "state"]  # "Russia's Belgorod region"
                # "a Yemeni school bus": the state word on the compound
                or [m for c in w.children if c.dep_ == "compound" for g in c.children if g.dep_ == "amod" and g.i < c.i for m in actors._named(g)]
                or actors.territory_referred(w, doers))

    found = [side for w in words if (side := state_of(w))]
    # "a blockade on food and fuel to Gaza": where the goods go
    found = found or [side for w in words for p in (*prep_objects(w, "in"), *prep_objects(w, "of"), *prep_objects(w, "to"), *prep_objects(w, "into"))
                      if (side := state_of(p))]
    # "fired missiles at Erbil", "struck a building in Kharkiv", "the city of Nyala", "the southern Odesa region": a
    # city of a state the article names
    places = [p for w in words for p in (w, *prep_objects(w, "in"), *prep_objects(w, "of"))]
    places += [c for p in places if p.tag_ in {"NN", "NNS"} for c in p.children if c.dep_ == "compound" and c.tag_ == "NNP"]
    return found or [[_state_mention(c)] for p in places if (c := _city_state(p, actors))]


def _city_state(token: Token, actors: _Actors) -> str:
    """The state of the city a proper noun names (with the names compounded before it:
    "Port Sudan"), when the article names that state; "" otherwise."""
    from .location import gazetteer

    if token.tag_ != "NNP":
        return ""
    words = [c for c in token.children if c.dep_ == "compound" and c.tag_ == "NNP" and c.i < token.i]
    for name in (" ".join(t.text for t in (*words, token)), token.text):
        city = gazetteer().get(name)
        if city is not None and city.country in {c for _, c in actors.named}:
            return city.country
    return ""


def _actors_or_doers(words: list[Token], actors: _Actors, act: Token | None = None, through_of: bool = False,
                     doers: bool = True) -> list[Side]:
    """The actors the words name; for a word that names none, the doer of the act it
    names ("condemned Russia's invasion", "concern over the Israeli strikes", "the visit
    by Pelosi", "the shots fired by Israeli troops"): its possessor, `by` phrase or
    state adjective. Without `doers`, only the actors named."""
    out: list[Side] = []
    seen: list[Mention] = []
    for w in words:
        found = actors.of(w)
        if not found and doers and w.tag_ in {"NN", "NNS"} and w.lower_ not in _agent_nouns():
            for c in w.children:
                if c.dep_ == "poss" or (c.dep_ in {"amod", "compound"} and c.i < w.i):
                    found += actors.of(c) or actors._named(c)  # "the Israeli troops' actions"
                    # "a Greek-owned tanker", "a Panama-flagged ship": the state inside the modifier
                    if c.lower_ not in kb.lexicon()["not_the_state_participles"]:  # not "a Switzerland-based nonprofit"
                        found += [x for g in c.children if g.dep_ in {"npadvmod", "compound"} for x in actors._named(g)]
            for p in prep_objects(w, "by"):
                found += actors.of(p)
            if not found:  # "rejected the memorandum (of understanding) between Somaliland and Ethiopia": its parties
                found += [m for x in (w, *prep_objects(w, "of")) for p in prep_objects(x, "between") for m in actors.of(p)]
            for acl in (c for c in w.children if c.dep_ == "acl" and c.tag_ == "VBN" and c != act):  # "the shots fired by Israeli troops"
                found += [m for p in prep_objects(acl, "by") for m in actors.of(p)]
            if not found and w.lower_ in kb.lexicon()["traded_goods"]:
                # "tariffs on imports from the European Union": the state the goods come from
                found += [m for p in expand(prep_objects(w, "from")) for m in actors.of(p)]
            if not found:  # "condemned the attack", "this assault": the doer of the attack told before
                found += actors.force_referred(w)
            if not found and w.lower_ in kb.lexicon()["decision_nouns"]:
                # "rejected the ruling of the Federal Court in Iraq", "the decision of the Iraqi court": who decided
                found += [m for p in expand(prep_objects(w, "of")) for m in actors.of(p)]
            if not found and through_of:
                # "concern about the disproportionate nature of U.S. tariffs": the doer of what the noun is of
                found += [m for side in _actors_or_doers([p for p in prep_objects(w, "of") if p.tag_ in {"NN", "NNS"}], actors, act)
                          for m in side]
        side = [m for m in found if m not in seen]
        seen += side
        if side:
            out.append(side)
    return out


# --- events ------------------------------------------------------------------------


def sentences_to_parse(sentences: list[Sentence], mentions: list[Mention]) -> list[Sentence]:
    """The sentences of an article that need a parse: those holding a possible trigger
    and actors that can make a pair."""
    by_sentence = _actors_by_sentence(sentences, mentions)
    article_states = frozenset(m.country for m in mentions if m.country and m.kind == "state")
    author = _author(sentences, mentions)
    pair_of = participants(mentions)[:2]
    chosen = [s for s in sentences if (pair := _may_hold_pair(by_sentence[s.index], s.text, pair_of, article_states, author))
              and may_code(s.text, implied_only=pair == "implied", answering_only=pair == "answer")]
    # "Iraq's government condemned the storming. It later expelled the Swedish ambassador": the
    # sentence before one that opens with "It"/"They" is parsed too, for whom the pronoun carries over
    taken = {s.index for s in chosen}
    by_index = {s.index: s for s in sentences}
    for s in sentences:
        before = by_index.get(s.index - 1)
        if (s.index not in taken and before is not None and OPENING_PRONOUN.match(s.text) and by_sentence[s.index]
                and any(m.kind == "state" for m in by_sentence[before.index]) and may_code(s.text)):
            chosen.append(s)
            taken.add(s.index)
    chosen += [by_index[s.index - 1] for s in chosen if OPENING_PRONOUN.match(s.text) and s.index - 1 in by_index and s.index - 1 not in taken]
    return sorted(chosen, key=lambda s: s.index)


FORCE_REFERENCE_ACTS = 2  # among how many of the last acts of force "the strikes" looks for the one told with its word
ACT_REFERENCE_REACH = 1000  # how far (in characters) after the last act "the move" may refer back to it


# a sentence opening with a subject pronoun that may stand for the subject of the one before
OPENING_PRONOUN = re.compile(r"^\W*(?:(?:But|And|However|Meanwhile|Later|Then),?\s+)?(?:It|They)\s+(?!is\b|was\b|are\b|were\b|'s\b)", re.UNICODE)


def parser_input(sentence: Sentence) -> str:
    """The text of a sentence as the parser reads it."""
    return normalise_quotes(sentence.text)


def code_events(
    text: str, sentences: list[Sentence], mentions: list[Mention], published: str | None, parsed: dict[int, Doc],
) -> tuple[list[Event], list[Event]]:
    """Events of an article: (asserted ones, negated or hypothetical ones). `parsed`: the
    parses of its `sentences_to_parse`, by sentence index (the caller parses them, several
    articles' sentences in one pass where it can)."""
    from .parse import parse

    ctx = _Context(text, normalise_quotes(text), participants(mentions)[:2], published)
    ctx.lead_date = _lead_date(sentences, published)
    by_sentence = _actors_by_sentence(sentences, mentions)
    author = _author(sentences, mentions)
    docs = dict(parsed)
    # "Trump held talks with Erdogan" parsed with "Trump" as a common noun: read again with a plain name there
    misread = [s for s in sentences if s.index in docs and _name_misread(docs[s.index], s, by_sentence[s.index])]
    docs.update(zip((s.index for s in misread), parse([_plain_names(s, by_sentence[s.index]) for s in misread]), strict=True))
    events: list[Event] = []
    other: list[Event] = []
    recent: tuple[list[str], list[str]] = ([], [])  # the states on each side of the last act between states
    recent_at = 0  # where the sentence of that act ends
    force_doers: list[str] = []  # the states that used force in the last act of force
    force_words: list[tuple[str, list[str]]] = []  # every act of force: its trigger word, its doers
    last_act: tuple[list[str], list[str], int] = ([], [], 0)  # the doers and targets of the last act, where its sentence ends
    acts: list[tuple[set[str], list[str], list[str], int]] = []  # every act told: its roots, doers, targets, where its sentence ends
    surnames = _surnames(mentions)
    by_index = {s.index: s for s in sentences}
    named = [(m.start, m.country) for m in mentions if m.country and m.kind == "state"]
    people = [(m.start, m.country, m.sentence) for m in mentions if m.country and m.kind == "person"]
    owners = {m.start for m in mentions if m.country and m.kind == "state" and text[m.end : m.end + 2] in {"'s", "’s"}}
    for sentence in sentences:
        doc = docs.get(sentence.index)
        if doc is None:
            continue
        actors = _Actors(sentence, by_sentence[sentence.index], recent, surnames, named, people)
        actors.owners, actors.recent_at, actors.force_doers, actors.force_words = owners, recent_at, force_doers, force_words
        actors.last_act, actors.acts = last_act, acts
        actors.author = author
        before = docs.get(sentence.index - 1)
        if before is not None and OPENING_PRONOUN.match(sentence.text) and (earlier := by_index.get(sentence.index - 1)) is not None:
            actors.carried = _opening_subject(before, _Actors(earlier, by_sentence[earlier.index], named=named, people=people))
        triggers = find_triggers(doc, sentence.start)
        if not triggers:
            continue
        dates = find_dates(sentence.text, published)
        clauses = _date_clauses(doc, dates)
        occasion = _occasion_date(triggers, dates, clauses, doc, sentence)
        recent_depth = 99  # how deep in the parse the act that set `recent` in this sentence lies
        for trigger in triggers:
            loose = [d for d in dates if not _date_describes_noun(doc, d, trigger)]  # not "China's founding in 1949"
            governed = [d for d, verb in zip(dates, clauses, strict=True) if verb == clause_verb(doc[trigger.token]) and not d.future and d in loose]
            found = _events_of(trigger, doc, sentence, actors, (governed, loose), occasion, ctx, {t.token: t.entry for t in triggers})
            found += _accusations(found, doc[trigger.token], actors)
            for event in found:
                (events if event.modality in ASSERTED_MODALITIES else other).append(event)
            between = [e for e in found if e.source in kb.states() and e.target in kb.states()]
            depth = len(list(doc[trigger.token].ancestors))
            # (words judging someone's conduct, "X's denial of aid is unacceptable, the British government added",
            # are no act between the two that a later "they" continues)
            if between and depth <= recent_depth and trigger.entry.possessor != "target":
                # "Britain, France and Canada condemned Israel's offensive. They also urged ...": the act of the
                # clause, not an act named inside its object, is the one a later "they" continues
                recent = (list(dict.fromkeys(e.source for e in between)), list(dict.fromkeys(e.target for e in between)))
                actors.recent, recent_at, recent_depth = recent, sentence.end, depth
                actors.acted_here = depth
            told = [e for e in found if e.source != e.target]
            if told and depth <= recent_depth + 1 and trigger.entry.possessor != "target":
                # the last act told, organisations' too, for "the move" and "vowed to retaliate"
                last_act = (list(dict.fromkeys(e.source for e in told)), list(dict.fromkeys(e.target for e in told)), sentence.end)
                actors.last_act = last_act
                acts.append(({e.cameo[:2] for e in told}, last_act[0], last_act[1], sentence.end))
            force = [e for e in between if e.cameo[:2] in kb.lexicon()["place_target_roots"]]
            if force:
                force_doers = list(dict.fromkeys(e.source for e in force))
                actors.force_doers = force_doers
                force_words.append((doc[trigger.token].lower_, force_doers))
    if ctx.lead_date is not None and sentences and _is_headline(sentences[0]):
        # a headline reports the story's lead event: its date, not the day of publication
        events = [replace(e, date=ctx.lead_date.value, date_precision=ctx.lead_date.precision, date_source="lead")
                  if e.sentence_index == sentences[0].index and e.date_source == "published" else e for e in events]
    return _dedupe(events), _dedupe(other)


def _common_word_names(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The officials the sentence names by one word that is an English word too."""
    return [m for m in mentions if m.kind == "person" and m.start >= sentence.start and re.fullmatch(r"[A-Z][a-z]+", m.text)
            and len(m.text) in kb.lexicon()["placeholder_names"] and fold(m.text) in common_word_names()]


def _misreadable_names(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The names the parser may misread: officials named by an English word, and a body's
    acronym ("ECOWAS lifted sanctions", parsed as a name before a participle)."""
    acronyms = [m for m in mentions if m.kind in {"organisation", "state"} and m.start >= sentence.start and re.fullmatch(r"[A-Z]{3,}", m.text)
                and len(m.text) in kb.lexicon()["placeholder_names"]]
    return _common_word_names(sentence, mentions) + acronyms


def _name_misread(doc: Doc, sentence: Sentence, mentions: list[Mention]) -> bool:
    """Did the parser read such a name as a common word: tagged other than a proper noun,
    or made a modifier of the verb after it ("Trump/compound pressed/amod Ramaphosa")?"""
    starts = {m.start - sentence.start for m in _common_word_names(sentence, mentions)}
    acronyms = {m.start - sentence.start for m in _misreadable_names(sentence, mentions)} - starts
    if not starts and not acronyms:
        return False
    before_participle = {t.i for t in doc if t.i + 1 < len(doc) and doc[t.i + 1].dep_ == "amod" and doc[t.i + 1].tag_ in {"VBN", "VBD"}}
    return any(t.idx in starts and (t.tag_ not in {"NNP", "NNPS"} or t.dep_ == "compound" and t.i in before_participle)
               or t.idx in acronyms and t.dep_ in {"ROOT", "compound"} and t.i in before_participle for t in doc)


def _plain_names(sentence: Sentence, mentions: list[Mention]) -> str:
    """The sentence as the parser should read it: an official named by one word that is
    an English word too ("Trump held talks with Erdogan", parsed as a compound noun), or a
    body's acronym ("ECOWAS lifted sanctions"), is written as a plain name of the same
    length, so that every offset stays the same."""
    text = normalise_quotes(sentence.text)
    names = kb.lexicon()["placeholder_names"]
    for m in _misreadable_names(sentence, mentions):
        at = m.start - sentence.start
        text = text[:at] + names[len(m.text)] + text[at + len(m.text) :]
    return text


def _lead_date(sentences: list[Sentence], published: str | None) -> DateValue | None:
    """The day a news story's lead sentence puts its event on ("Saudi Arabia on Wednesday
    extended ..."), within a week before publication: the date of the story's acts that
    give none of their own. None when the lead (the first two sentences that are no
    headline) names no such day."""
    if not published:
        return None
    for lead in [s for s in sentences[:3] if not _is_headline(s)][:2]:  # the lead may take two sentences
        for mention in find_dates(lead.text, published):
            value = mention.date
            if not mention.future and value.precision == "day" and 0 <= _days_before(value, published) <= 7:
                return value
    return None


def _author(sentences: list[Sentence], mentions: list[Mention]) -> Mention | None:
    """Whose statement the article is, when its title says so ("Statement by Press
    Secretary Jen Psaki on ...", "Remarks by the Foreign Minister of Japan"): the state of
    the first actor the title names after those words. Its "we" is that state."""
    if not sentences or not _is_headline(sentences[0]):
        return None
    title = sentences[0]
    low = title.text.lower()
    found = next((m for h in kb.lexicon()["statement_headings"] if (m := re.search(rf"(?:^|\s)({re.escape(h)})\s", low))), None)
    if found is None or low[: found.start(1)].rstrip().endswith("joint"):
        return None  # "Joint Statement by the United States and India": "we" is both
    after = found.end(1)
    whose = re.split(r"\s(?:on|at|in|regarding|about|following|after)\s", low[after:], maxsplit=1)[0]
    if re.search(r"\s(?:and|&)\s", whose):
        return None  # "Remarks by President Biden and Prime Minister Kishida in a joint press conference": two speak
    first = next((m for m in sorted(mentions, key=lambda m: m.start)
                  if title.start + after <= m.start < title.end and _countries(m)), None)
    return _state_mention(_countries(first)[0]) if first is not None else None


def _is_headline(sentence: Sentence) -> bool:
    """A title line: no closing full stop, and followed by a line break."""
    text = sentence.text.rstrip()
    return not text.endswith((".", "?", "!", '"', "”"))


WORDS = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _may_hold_pair(mentions: list[Mention], text: str, participants: list[str], article_states: frozenset[str] = frozenset(),
                   author: Mention | None = None) -> str:
    """Can the sentence name both sides of an act? "named": two states or organisations,
    or a word that may name a party without a mention ("Tajik guards", "both sides"), or,
    in a statement, a state other than its author's (the author is the other side:
    "Belarus's forced diversion of a flight is a direct affront to international norms");
    "implied": one of the article's two participants (the other may be implied); ""
    when it cannot."""
    named = {c for m in mentions for c in _countries(m)}
    if author is not None and named - set(_countries(author)):
        return "named"
    words = [w.lower() for w in WORDS.findall(text)]
    if len(named | _demonym_states(text)) >= 2 or _refers_to_parties(words, text) or named and _refers_to_force(words):
        return "named"
    # "Iran fired missiles at Erbil": a city of another state the article names; "This attack targeted a residence in Erbil"
    if (named or _refers_to_force(words)) and _city_states(text, article_states) - named:
        return "named"
    if named & set(participants):
        return "implied"  # one of the article's participants, whose counterpart may go unnamed
    # in an article of several states, a state whose summons, expulsion or arrest may answer
    # another's ("In response, Russia expelled five diplomats")
    return "answer" if named and article_states - named else ""


CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")


def _city_states(text: str, article_states: frozenset[str]) -> set[str]:
    """The states of the cities the text names, among the states the article names."""
    from .location import gazetteer

    cities = gazetteer()
    out = set()
    for m in CAPITALISED.finditer(text):
        words = m.group().split()
        for city in (cities.get(" ".join(words[i:j])) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 3) + 1)):
            if city is not None and city.country in article_states:
                out.add(city.country)
    return out


# a capitalised word before a lower-case one: where a demonym modifies a noun ("Tajik
# border guards", "Somali positions"), not "the Palestinian Authority" or "a Somali said"
MODIFIER = re.compile(r"\b([A-Z][a-z]+)(?=[ -][a-z]{3,})")


def _demonym_states(text: str) -> set[str]:
    """The states of the ambiguous demonyms that modify a noun ("Tajik border guards",
    "Somali positions"): a party the gazetteer leaves unresolved."""
    demonyms = _demonyms()
    found = {demonyms[m.group(1)] for m in MODIFIER.finditer(text) if m.group(1) in demonyms}
    # "the Indian High Commissioner", "the Georgian Foreign Minister": before an official's title
    return found | {demonyms[m.group(1)] for m in TITLED_MODIFIER.finditer(text) if m.group(1) in demonyms
                    and any(w.lower() in _titled_words() for w in m.group(2).split())}


TITLED_MODIFIER = re.compile(r"\b([A-Z][a-z]+) ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)\b")


@lru_cache(maxsize=1)
def _titled_words() -> frozenset[str]:
    """Titles of officials, lower-cased, as they may follow a demonym."""
    return frozenset(t.title.lower() for t in kb.titles().values()) | _agent_nouns()


def _refers_to_parties(words: list[str], text: str) -> bool:
    """Does the sentence (its lower-cased words, and its text) hold a plural reference
    ("both sides", "the two countries") or a singular one ("its ambassador")?"""
    plural = _plural_references()
    return any(w in plural for w in words) or bool(SINGULAR_REFERENCE.search(text))


def _refers_to_force(words: list[str]) -> bool:
    """Does the sentence (its lower-cased words) name an act of force, or any act, told
    before ("condemned this attack", "called the move illegal")?"""
    force = set(kb.lexicon()["force_nouns"]) | set(kb.lexicon()["act_references"])  # or an act ("called the move illegal")
    marks = {"this", "that", "these", "those", "the"}
    return any(n in force and marks & set(words[max(0, i - 2) : i]) for i, n in enumerate(words))  # "the unilateral sanctions"


# "its ambassador", "the country's envoy": a state named before, other than the doer
# "his government", "her country": the state of the official named before
SINGULAR_REFERENCE = re.compile(r"\b(?:(?:its|the (?:country|nation)['’]s) (?:ambassador|envoy|charg[eé] d['’]affaires|diplomats?)"
                                r"|(?:his|her) (?:government|country|administration|ministry|army|military|forces|troops|delegation))\b", re.I)


@lru_cache(maxsize=1)
def _plural_references() -> frozenset[str]:
    return frozenset(kb.lexicon().get("plural_references", []))


def _surnames(mentions: list[Mention]) -> dict[str, Mention]:
    """The article's officials by their last name, where the name is theirs alone."""
    found: dict[str, Mention] = {}
    clash: set[str] = set()
    for m in mentions:
        if m.kind == "person" and m.country and m.name:
            last = m.name.replace(",", " ").split()[-1]
            if last in {"Jr.", "Jr", "Sr.", "II", "III"}:
                last = m.name.replace(",", " ").split()[-2]
            if last in found and found[last].country != m.country:
                clash.add(last)
            found.setdefault(last, m)
    return {k: v for k, v in found.items() if k not in clash}


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


def _is_actor(m: Mention) -> bool:
    return bool(m.country or (m.kind == "group" and m.members) or m.kind == "organisation" or m.organisation)


def _countries(m: Mention) -> list[str]:
    """The actors a mention stands for: its state, each state of a group, or an
    organisation (its code) that acts for itself ("NATO condemned Russia")."""
    if m.kind == "group":
        return list(m.members)
    if m.country:
        return [m.country]
    return [m.organisation] if m.organisation else []


def _beyond(side: Side, states: frozenset[str]) -> bool:
    """Does a side stand for a state (or organisation) other than the given ones (the
    source's): who an act is aimed at, not its doer again?"""
    return any(set(_countries(m)) - states for m in side)


def _is_party(m: Mention) -> bool:
    """States and their people can be parties to talks and meetings; an organisation
    named in the sentence is what they talk about or where they meet, unless one of
    its officials speaks for it."""
    return not (m.kind == "organisation" and not m.country)


IMPLIED_WITHIN_CHARS = 1000  # how far back the other party must have been named to be meant unnamed


def _named_lately(actors: _Actors, country: str) -> bool:
    """Was the state (or one of its officials) named in this sentence or in the thousand
    characters before it? An act that names no target is aimed at the article's other
    party only while that party is in view ("the President expressed his condolences"
    after "spoke with Prime Minister Kishida"), not twenty paragraphs on."""
    start = actors.sentence.start
    return any(c == country and start - IMPLIED_WITHIN_CHARS <= at < actors.sentence.end
               for at, c in [*actors.named, *((at, c) for at, c, _ in actors.people)])


def _sources(trigger: Trigger, doc: Doc, actors: _Actors) -> list[Side]:
    """Who does the act: one side per conjunct of the subject (or per actor of an event
    noun), else the speaker of reported speech."""
    token = doc[trigger.token]
    if trigger.entry.kind == "verb" and visiting_guest(token.head) == token:
        # "Xi met visiting Brazilian President Lula": the visitor is the one met
        return [side for w in direct_objects(token.head) if (side := actors.of(w))]
    if trigger.entry.kind == "noun" and trigger.entry.frame == "mutual" and (prep_objects(token, "between") or prep_objects(token, "among")):
        return []  # "committed to negotiations between the two parties": the parties are named, the subject is none
    if trigger.entry.kind == "noun" and trigger.object is not None and trigger.entry.prep not in trigger.entry.target.split("|") and not (
            any(c.dep_ == "poss" or c.dep_ in {"amod", "compound"} and actors.of(c) for c in token.children) or prep_objects(token, "by")):
        # "praised the lifting of American sanctions on Syria", "the suspension of US aid to Somalia": whose the
        # sanctions or the aid are lifts or suspends them
        owners = [m for c in doc[trigger.object].children if c.dep_ in {"amod", "compound", "poss"} for m in actors.of(c)]
        if owners:
            return [[m] for m in owners]
    if trigger.entry.kind == "noun":
        # "condemned the expulsion of its ambassador to Chad": the state the envoy was posted to expelled them
        found = _envoys_posting(trigger, doc, actors) or [
            [m] for m in _noun_sources(token, actors, force=trigger.entry.code[:2] in kb.lexicon()["place_target_roots"])]
        if not found and _reason_phrase(token) and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in token.children):
            return []  # "due to its attacks": someone's, not the speaker's
        if not found and trigger.entry.frame != "mutual" and not {"from", "to"} & {trigger.entry.prep, *trigger.entry.target.split("|")}:
            # "amid attacks from Russia against Kyiv", "drew condemnation from Spain and Italy": where the act comes
            # from (not "a road trip from Paris to Lagos": where a journey to somewhere starts)
            found = _actors_or_doers(expand(prep_objects(token, "from")), actors)
    else:
        subjects = _subject_tokens(token)
        if trigger.entry.code[:2] not in _force_roots() and trigger.entry.code[:2] != "14":
            # "Russian tourists travelled to Egypt": private people do no state's act
            own = [t for t in subjects if t.lower_ not in kb.lexicon()["private_nouns"]]
            if subjects and not own:
                return []  # (nor is the speaker who tells of it the doer)
            subjects = own
        found = [side for t in subjects if (side := actors.of(t))]
        if not found:  # "a joint statement by the three countries condemned Israel": whose statement it is
            found = [side for t in subjects if t.lower_ in _statement_nouns() for a in _authors(t) if (side := actors.of(a))]
        if not found and "between" in trigger.entry.target.split("|"):  # "African Union-brokered talks": the broker
            found = [side for t in hyphen_agent(token) if (side := actors.of(t))]
        bare = all(t.lower_ in _agent_nouns() and not actors.of(t) for t in subjects)  # "by the government"
        if not found and bare and is_passive(token) and trigger.entry.code in kb.lexicon()["host_acts"]:
            found = [[m] for m in _hosts(token, actors)]  # "diplomats in Moscow were declared persona non grata"
            if not found and subjects:  # "the German ambassador was declared persona non grata by the government"
                found = [[m] for side in _envoys_host(token, actors) for m in side]
        if not found and subjects and trigger.entry.code[:2] in _force_roots():
            # "an Israeli airstrike killed ...": the doer of the act or weapon that is the subject
            found = _actors_or_doers([t for t in subjects if t.tag_ in {"NN", "NNS"}], actors)
        elif not found and not subjects and is_passive(token) and trigger.entry.code[:2] in _force_roots():
            # "Israeli missiles were fired at Syria": no agent; the state the weapon is of; but what
            # the act is done to ("a Russian drone was shot down over Poland") is its target, and
            # the doer the state where it was done
            done_to = trigger.entry.target in {"", "object"}
            passive_subjects = [c for c in token.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
            # (a show of force held somewhere is no doing of the land it is held in: lexicon place_doer_roots)
            doer_place = trigger.entry.code[:2] in kb.lexicon()["place_doer_roots"]
            where = [p for prep in ("over", "in", "near") for p in prep_objects(token, prep)] if doer_place else []
            if done_to and trigger.entry.code.startswith("18"):
                # a killing's place is not its doer ("killed in a shooting in Madrid"), the attack it was done in is
                # ("killed in an Israeli strike")
                where = [p for p in where if p.lower_ in kb.lexicon()["force_nouns"]]
            found = _states_of_places(where, actors) if done_to else _actors_or_doers(passive_subjects, actors)
            if done_to and not found:
                return []
    if not found and trigger.entry.kind == "verb" and is_passive(token) and not subjects:
        # "released from Venezuelan detention", "freed from captivity in Libya": whose the custody is let them go
        custody = [p for p in prep_objects(token, "from") if p.lower_ in kb.lexicon()["custody_nouns"]]
        found = [[m] for p in custody for c in p.children if c.dep_ in {"amod", "compound", "poss"} for m in actors.of(c)]
        found = found or _states_of_places([w for p in custody for w in prep_objects(p, "in")], actors)
    if found or trigger.entry.kind == "verb" and _inside_noun_phrase(token):
        return found
    if trigger.entry.kind == "verb" and trigger.entry.frame == "mutual" and is_passive(token) and trigger.object is not None and any(
            doc[trigger.object] in list(p.subtree) for p in token.children if p.dep_ in PASSIVE_SUBJECT_DEPS) and (
            prep_objects(doc[trigger.object], "between")):
        # "the fifth round of talks between Iran and the US will be held in Rome, Oman said": the talks' parties (but
        # "the treaty will be signed in Khujand, he said": his side's, with the other party)
        return []
    if trigger.entry.kind == "verb" and any(_someone_else(t) for t in subjects):
        return []  # "foreign diplomats visited the West Bank, the military said": a doer named, not the speaker
    speaker = _speaker(doc, actors)
    if speaker is not None and not speaker.country and trigger.entry.code[:2] in _force_roots():
        return []  # "the ICRC said two of its staff were killed in a strike on their home": no state's, so none that struck
    return [[speaker]] if speaker is not None else []


def _let_in(token: Token, obj: Token) -> list[Token]:
    """The words that say where what a verb of permitting lets through goes: "allow aid
    to flow into Gaza", "allow a basic amount of food to enter Gaza", "allow a basic
    amount of food into Gaza" (the count and the verb of going)."""
    if token.lower_ not in verb_forms("permitting_verbs"):
        return []
    counted = _counted_by(obj)
    going = [w.head for w in (obj, counted) if w.dep_ in SUBJECT_DEPS and w.head.head == token]
    going += [c for w in (obj, counted) for c in w.children if c.dep_ in {"relcl", "acl"} and any(a.lower_ == "to" for a in c.children)]
    return list(dict.fromkeys([*([counted] if counted != obj else []), *going]))


def _counted_by(noun: Token) -> Token:
    """The word that counts a noun ("a barrage of Russian drone attacks", "waves of
    Israeli air strikes"), which stands in the clause for it; else the noun itself."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _quantity_nouns() and head.head != noun:
        return head.head
    return noun


def _warned(token: Token) -> list[Token]:
    """Who is warned of an act: the object of the warning verb whose clause the act is in
    ("warned Israel they will take concrete actions")."""
    node = token
    for _ in range(4):
        if node.dep_ not in {"ccomp", "xcomp", "conj", "advcl"} or node.head == node:
            return []
        node = node.head
        if is_verb(node) and node.lower_ in verb_forms("warning_verbs"):
            return expand(direct_objects(node))
    return []


def _meets_people(entry: Entry) -> bool:
    """Is the object of the entry's verb someone met, called or welcomed, never a thing
    whose owner would be the party ("called Ethiopia's agreement naked aggression" is no
    call to Ethiopia, "welcomed talks between Ukraine and Russia" no visit)?"""
    return entry.frame == "mutual" or bool(entry.reverse and entry.lemmas & set(kb.lexicon()["guest_verbs"]))


def _general_reference(token: Token) -> bool:
    """Does a plural noun speak of states in general ("all countries", "other Turkic
    countries", "neighbouring states"), not of those named before?"""
    return any(c.dep_ in {"det", "predet"} and c.lower_ in {"all", "any", "other", "some", "many"}
               or c.dep_ == "amod" and c.text[:1].islower() and c.tag_ in {"JJ", "VBN"} for c in token.children)


def _someone_else(subject: Token) -> bool:
    """Is a subject that names no actor someone other than the speaker: a name the
    knowledge base does not know ("Kurds", "Rupert and golfer Ernie Els"), or people
    said to be others ("foreign diplomats", "other countries")? Not "it", "they", "the
    government" or "air defences", which may be the speaker's own."""
    if subject.tag_ in {"NNP", "NNPS"}:
        return True
    return any(c.dep_ == "amod" and c.lower_ in kb.lexicon()["other_party_modifiers"] for c in subject.children)


def _undergoing_verb(token: Token) -> Token | None:
    """The verb by which its subject undergoes what the noun names ("faced criticism",
    "drew condemnation", "came under attack"), if the noun is its object."""
    if token.dep_ in {"dobj", "obj"} and token.head.lower_ in verb_forms("undergoing_verbs"):
        return token.head
    if token.dep_ == "pobj" and token.head.lower_ == "under" and token.head.head.lower_ in verb_forms("under_verbs"):
        return token.head.head
    return None


@lru_cache(maxsize=1)
def _state_name_words() -> frozenset[str]:
    """The last words of the names of states and their capitals ("Israel", "Moscow")."""
    return frozenset(fold(n.text.split()[-1]) for n in kb.state_names())


def _joint_noun(token: Token) -> bool:
    """Does the noun name something done or held with a partner ("negotiations",
    "cooperation", "ties"), a trigger noun of the dictionary or a relationship?"""
    readings = surface_forms().get(token.lower_, frozenset())
    return any(kind == "noun" for kind, _ in readings) or token.lower_ in kb.lexicon()["relationship_nouns"]


def _inside_noun_phrase(token: Token) -> bool:
    """Is the word in a clause that describes a noun ("the decision to deploy missiles",
    "a plan that would ...")? Such a clause is not the speaker's own act."""
    node = token
    for _ in range(10):
        if node.head == node:
            return False
        if node.dep_ in {"acl", "relcl"}:
            return True
        node = node.head
    return False


def _accusations(found: list[Event], token: Token, actors: _Actors) -> list[Event]:
    """A state that reports another's use of force ("Kyrgyzstan said Tajik guards fired
    at Kyrgyz guards") accuses it (112), unless it reports its own."""
    force = [e for e in found if e.cameo[:2] in _force_roots() and e.modality in {"asserted", "recalled"} and e.source in kb.states()]
    if not force or token.dep_ != "ccomp" or token.head.lower_ not in verb_forms("speech"):
        return []
    info = kb.cameo_codes()[ACCUSE]
    out: list[Event] = []
    for m in (m for t in _subject_tokens(token.head) for m in actors.of(t, refer_back=False)):
        for country in _countries(m):
            for e in force:
                if country != e.source and not any(x.source == country and x.target == e.source for x in out):
                    out.append(replace(e, source=country, target=e.source, cameo=ACCUSE, goldstein=info.goldstein, quad_class=info.quad_class,
                                       plover=info.plover_type, plover_mode=info.plover_mode, source_actor=_actor_name(m, country),
                                       target_actor=e.source_actor, source_span=(m.start, m.end) if m.end > m.start else None,
                                       target_span=e.source_span))
    return out


def _hosts(token: Token, actors: _Actors) -> list[Mention]:
    """The state that hosts the diplomats a passive act with no agent is done to: where
    they are summoned to ("summoned to the Russian Foreign Ministry"), where they are or
    are posted ("diplomats in Moscow", "the Russian Embassy to Moldova"), or the country
    they are told to leave ("ordered to leave Russia")."""
    # "summoned to the ministry", "arrested in Russia", "four were expelled from Lithuania"
    words = prep_objects(token, "to") + prep_objects(token, "in") + prep_objects(token, "from")
    for verb in (token, *token.conjuncts):
        for leave in (c for c in verb.children if c.dep_ in {"xcomp", "conj"}):
            words += [o for x in (leave, *(c for c in leave.children if c.dep_ == "xcomp")) if x.lower_ in {"leave", "quit"}
                      for o in direct_objects(x)]
    for diplomat in (c for c in token.children if c.dep_ in PASSIVE_SUBJECT_DEPS):
        words += prep_objects(diplomat, "in")
        words += [p for post in prep_objects(diplomat, "from") + prep_objects(diplomat, "of") for p in prep_objects(post, "to")]
        words += prep_objects(diplomat, "to")  # "diplomats from the Russian Embassy to Moldova", parsed flat
    guests = {c for d in token.children if d.dep_ in PASSIVE_SUBJECT_DEPS for m in actors.of(d) for c in _countries(m)}
    return [m for w in words for m in actors.of(w) if set(_countries(m)) - guests]


def _about_no_party(token: Token, entry: Entry, actors: _Actors) -> bool:
    """Does the act's object carry a clause about something that is no party ("hope that
    the final week of Ramadan will pass peacefully", not "hope that Kishida would act")?"""
    for obj in (o for o in direct_objects(token) if names(o, entry.objects)):
        for clause in (c for c in obj.children if c.dep_ in {"acl", "ccomp"}):
            subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
            if subjects and not any(actors.of(t) for t in expand(subjects)):
                return True
    return False


def _speaker(doc: Doc, actors: _Actors) -> Mention | None:
    """The speaker of reported speech: the subject of the sentence's speech verb."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lower_ not in verb_forms("speech"):
        # in a statement, what no one else is said to say is its author's ("Belarus's forced diversion of a
        # flight is a direct affront to international norms", in a statement by the White House)
        return actors.author if '"' not in doc.text else None
    for t in _subject_tokens(root):
        found = actors.of(t, refer_back=False)  # "..., they said": not the parties named before
        if found:
            return found[0]
    return None


def _an_idea_of(token: Token) -> bool:
    """Is an event noun what an abstract noun is of ("the establishment of the QUAD
    meetings", "the importance of dialogue", "the idea of talks")? Then no act is reported."""
    node = token
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    if not (node.dep_ == "pobj" and node.head.lower_ == "of"):
        return False
    head = node.head.head
    while head.dep_ == "conj" and head.head != head:  # "the significance and symbolism of"
        head = head.head
    heads = {head.lower_, node.head.head.lower_}
    if heads & set(kb.lexicon()["factual_topic_heads"]) and any(c.dep_ == "poss" for c in token.children):
        return False  # "the significance of Lavrov's visit": the visit was made
    return bool(heads & set(kb.lexicon()["topic_heads"]))


def _topic_of_talk(token: Token, triggered: dict[int, Entry]) -> bool:
    """Is an event noun what a consultation is about ("discussed Russia's war against
    Ukraine", "exchanged views on the conflict", "talks on the importance of the
    ceasefire")? It is a topic, not an act reported."""
    node = token
    for _ in range(8):
        if node.dep_ not in {"dobj", "pobj", "prep", "conj"} or node.head == node:
            return False
        node = node.head
        if node.dep_ == "prep" and node.lower_ not in TOPIC_PREPOSITIONS and not (node.lower_ == "of" and node.head.tag_.startswith("NN")):
            return False
        if node.i in triggered and triggered[node.i].code[:2] in TALK_ROOTS:
            # (but "hosted a meeting between Russia and Ukraine": the meeting is what is hosted)
            return not (token.head == node and token.dep_ in {"dobj", "obj"} and names(token, triggered[node.i].objects))
        if is_verb(node):
            # "talks which have covered the removal of sanctions", "negotiations focused on
            # securing the release": what talks were about; else a clause of its own
            # ("said that talks were held" reports them)
            if node.lower_ not in verb_forms("topic_verbs"):
                return False
            about = [node.head] if node.dep_ in {"relcl", "acl"} else [c for c in node.children if c.dep_ in SUBJECT_DEPS]
            about += [h.head for h in about if h.dep_ == "appos"]  # "a meeting, the sixth round of talks, which covered"
            about += [p for h in about for p in prep_objects(h, "of")]  # "the round of talks which covered"
            return any(t.i in triggered and triggered[t.i].code[:2] in TALK_ROOTS for t in about)
    return False


def _inside_other_act(token: Token, triggered: dict[int, Entry]) -> bool:
    """Is an event noun the purpose of another trigger's act ("recalled their ambassadors
    for consultations")?"""
    head = token.head
    if token.dep_ in {"dobj", "obj"} and head.i in triggered and triggered[head.i].prep and prep_objects(token, triggered[head.i].prep):
        return True  # "blamed the attack on India": what is blamed, its preposition the blamed one's
    return token.dep_ == "pobj" and head.lower_ == "for" and head.head.i in triggered and is_verb(head.head)


def _events_of(
    trigger: Trigger, doc: Doc, sentence: Sentence, actors: _Actors, dates: tuple[list[DateMention], list[DateMention]], occasion: DateValue | None,
    ctx: _Context,
    triggered: dict[int, Entry],
) -> list[Event]:
    token = doc[trigger.token]
    entry = trigger.entry
    if entry.possessor == "target":
        return _judged_conduct(trigger, doc, sentence, actors, dates, occasion, ctx)
    if entry.subject == "target":
        return _undergone(trigger, doc, sentence, actors, dates, occasion, ctx)
    # (but "ordered the ambassador to leave after the expulsion of its own": what came before is no content)
    before = (entry.kind == "noun" and token.dep_ == "pobj" and token.head.lower_ in {"after", "following", "since"}
              and bool(_envoys_posting(trigger, doc, actors)))
    if token.dep_ == "amod" and not hyphen_agent(token) or not before and _appeal_content(first_conjunct(doc[clause_verb(token)]), triggered):
        return []  # a describing word ("the visiting minister"), or the act an appeal asks for
    if any(c.dep_ == "oprd" for c in token.children) and not entry.objects or entry.kind == "noun" and token.dep_ == "oprd":
        return []  # naming, not acting: "called China's coercion the greatest challenge" (but "declared the envoy persona non grata")
    travellers = [c for c in token.children if c.dep_ in PASSIVE_SUBJECT_DEPS] if is_passive(token) else []  # "were flown to"
    if entry.kind == "verb" and entry.code[:2] in kb.lexicon()["meeting_roots"] and (movers := _subject_tokens(token) or travellers) and all(
            d.lower_ in kb.lexicon()["not_visiting_nouns"] for d in movers):
        return []  # people moved, not a visit: "the released servicemen had been flown to Belarus", "Russian troops arrived in Belarus"
    if entry.kind == "noun" and entry.frame == "mutual" and _organisations_meeting(token, actors):
        return []  # "attend a summit of the Shanghai Cooperation Organization": a body's meeting, not one between its guests
    if entry.kind == "noun" and (_inside_other_act(token, triggered) or _topic_of_talk(token, triggered) or _an_idea_of(token)):
        return []  # "recalled their ambassadors for consultations": part of that act; "discussed Russia's war": a topic
    named_with = (token, *([doc[trigger.object]] if trigger.object is not None else []))  # the noun and what the entry matched on it
    if (entry.kind == "noun" and token.dep_ in {"dobj", "obj"} and token.head.i in triggered
            and (entry.code[:2] in _force_roots() and triggered[token.head.i].code[:2] not in _force_roots() | {"15", "17"}
                 or triggered[token.head.i].code[:2] in kb.lexicon()["judging_roots"])  # "protested the expulsion of its ambassador"
            and not any(c.dep_ in {"poss", "amod", "compound", "nmod"} and actors.of(c) for h in named_with for c in h.children)
            and not any(prep_objects(h, "by") for h in named_with) and not _envoys_posting(trigger, doc, actors)):
        return []  # "the White House condemned the attack on Israeli diplomats": judged, not done, by the subject
    if entry.kind == "adj" and entry.target == "none":
        # "Iran is ready to defend itself", "ready to accept being isolated": ready for an act done to no one
        complements = [c for c in token.children if c.dep_ == "xcomp" and is_verb(c)]
        objects = [o for c in complements for o in direct_objects(c)]
        with_whom = [w for c in complements for p in ("with", "to") for w in prep_objects(c, p)]
        if objects and not _actors_or_doers(expand(objects + with_whom), actors):
            return []
    sources = _sources(trigger, doc, actors)
    targets = _targets(trigger, doc, actors, frozenset(c for side in sources for m in side for c in _countries(m)))
    if (entry.target or ("object" if entry.kind == "verb" and not entry.objects else "")) == "object" and not targets and direct_objects(token):
        return []  # the object is not an actor: "called the offensive 'Olive Branch'", "struggling to meet their own needs"
    people = [m for side in sources + targets for m in side]
    if entry.code[:2] in kb.lexicon()["place_target_roots"] and people and all(m.kind in {"person", "role"} for m in people):
        return []  # "Erdogan and Putin clashed in public", "Trump attacked Biden": words, not force
    pairs: list[tuple[str, str, Mention | None, Mention | None]] = []
    if entry.frame == "mutual":
        others = list(targets)
        # "held talks with Iran", "negotiations between Russia and Ukraine were held": on the verb or its noun
        # "discussed developments in Syria with Turkey": the parse may hang the partner on what was discussed
        # (not "discussed the US negotiations with Iran", "discussed ties with China": a noun that has partners of its own)
        loose = entry.kind == "verb" and not entry.objects and not prep_objects(token, "with")
        matched = [doc[trigger.object]] if trigger.object is not None and doc[trigger.object] not in direct_objects(token) else []
        for h in (token, *(o for o in direct_objects(token) if loose and not _joint_noun(o) or names(o, entry.objects)), *matched):
            for prep in ("with", "between", "among"):
                words = partner_objects(h) if prep == "with" else prep_objects(h, prep)
                others += [side for side in _actors_or_doers(words, actors) if side not in others]
            # "the joint exercise involving the armed forces of Belarus and Russia": those it involves
            involved = [o for c in h.children if c.dep_ == "acl" and c.lower_ in kb.lexicon()["involving_participles"] for o in direct_objects(c)]
            others += [side for side in _actors_or_doers(involved, actors) if side not in others]
        if entry.kind == "noun" and not others and token.dep_ == "pobj" and token.head.lower_ in {"during", "at", "in", "after"} \
                and (verb := verb_above(token)) is not None:
            # "Trump confronted Ramaphosa during an Oval Office meeting": the meeting was with whom the clause's act is done to
            others = _actors_or_doers(expand(direct_objects(verb)) + partner_objects(verb), actors)
        if entry.kind == "noun" and not others and token.dep_ in {"dobj", "obj"} and is_verb(token.head):
            # "followed a trilateral meeting on Sunday between defence chiefs from A, B and C": the
            # parse hangs "between" on the verb
            others = _actors_or_doers(prep_objects(token.head, "between"), actors)
        if entry.kind == "noun" and not others:
            # "clashes have erupted between Tajik and Kyrgyz guards", "the conflict that broke out between
            # India and Pakistan": "between" on the verb the act is the subject of
            others = _actors_or_doers([w for v in _verbs_of(token) for w in prep_objects(v, "between")], actors)
        # "the UK-EU summit", "EU-China talks": an organisation paired with a state by a hyphen is a party
        paired = entry.kind == "noun" and any(before_hyphen(c) for c in token.children if c.dep_ in {"compound", "amod", "npadvmod"})
        # "the United Kingdom and the European Union agreed a trade deal": an organisation coordinated with a
        # state in the subject is a party too
        coordinated = len(sources) >= 2 and any(_countries(m) and m.kind != "organisation" for side in sources for m in side)
        subject_sides = [[m for m in side if _is_party(m) or paired or coordinated] for side in sources]
        if not any(subject_sides) and trigger.object is not None and is_passive(token):
            # "Russian-Armenian talks were held in Yerevan": the parties named on the noun
            subject_sides = [[m] for m in _noun_sources(doc[trigger.object], actors) if _is_party(m)]
        lone = not others and len({c for side in subject_sides for m in side for c in _countries(m)}) < 2
        if entry.kind == "noun" and lone:
            return []  # "their hostility toward education", "the talks": a joint act with one party named is no event
        partners = _actors_or_doers([w for h in (token, *direct_objects(token)) for w in partner_objects(h)], actors)
        if not any(subject_sides) and others and all(side in partners for side in others):
            # "including signing trade deals with the US and India": done with each by someone
            # unnamed, not by the US with India
            return []
        # "works with other Turkic countries", "signed an agreement with NATO", "met with Ayatollah Ali
        # al-Sistani" (a name the knowledge base does not know): the other party is named and is no
        # state; the article's other participant is not meant
        named_other = any(w.tag_ in {"NN", "NNS", "NNP", "NNPS"} and (w.lower_ not in _plural_references() or _general_reference(w)) and not actors.of(w)
                          or any(not _is_party(m) for m in actors.of(w))
                          for h in (token, *direct_objects(token))
                          for p in {"with", "between", "among", *(t for t in entry.target.split("|") if t and t not in {"none", "object"})}
                          for w in prep_objects(h, p))
        alone = entry.target == "none" and any(lemma in kb.lexicon()["joint_only_verbs"] for _, lemma in _readings(token))  # "Trump spoke at the rally"
        if entry.kind == "verb" and entry.prep == "to" and "to" in entry.target.split("|"):
            # "spoke to Zelensky": one addressed is a partner only when named as an official or a state (not "spoke
            # to the media", "to BBC News", "to both sides of the story"), and none is implied
            # "Speaking to Putin amid the anniversary, Xi expressed ...": a participle that attributes what is said
            attributing = token.tag_ == "VBG" and token.dep_ == "advcl" and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
            addressed = [] if attributing else [
                m for w in expand(prep_objects(token, "to")) for m in actors.of(w, refer_back=False) if m.kind in {"state", "person", "role"}]
            others = [side for side in ([m for m in side if m in addressed] for side in others) if side]
            named_other = True
        pairs = _mutual_pairs(subject_sides, [[m for m in side if _is_party(m)] for side in others], ctx, implied=not named_other and not alone,
                              in_view=lambda c: _named_lately(actors, c))
        if takes_place(token) or entry.kind == "verb" and is_passive(token) and not sources and announced(token):
            # "Kenya said talks with Somalia will take place next week": the teller's intention; a meeting someone
            # else announces ("the Iran-US talks will be held in Rome on Friday, Oman said") is no intention either
            # party told
            teller = _speaker(doc, actors)
            if teller is not None and _countries(teller):
                pairs = [p for p in pairs if p[0] in _countries(teller)]
    else:
        targets_flat = [m for side in targets for m in side]
        source_states = list(dict.fromkeys(c for side in sources for m in side for c in _countries(m)))
        # the other participant is meant only where the act names nothing else: not
        # "welcomed the shutdown", "received their orders", "visited the Western Wall"
        other_objects = [o for o in direct_objects(token) if not names(o, entry.objects)] if entry.kind == "verb" else []
        # nor where its target preposition names someone else ("sent greetings to the people")
        unnamed = entry.target not in {"", "none", "object"} and not any(  # (not "on Thursday")
            o.lower_ not in TIME_WORDS for h in (token, *expand(direct_objects(token) + prep_objects(token, entry.prep) if entry.prep else
                                                                direct_objects(token))) for p in entry.target.split("|") for o in prep_objects(h, p))
        # "will respond to any aggression": a threat to the other party, unless its condition names someone else
        implied = entry.target == "none" or (entry.target == "" or unnamed or entry.when == "future" and not conditions(token)) and not other_objects
        if entry.target == "none" and _about_no_party(token, entry, actors):
            implied = False  # "expressed his hope that the final week of Ramadan will pass peacefully"
        if not targets_flat and entry.target == "none" and entry.code[:2] in kb.lexicon()["group_roots"] and len(source_states) >= 2:
            # "the two leaders committed to work together": each to the other
            doers = {c: m for side in sources for m in side for c in _countries(m)}
            pairs = [(a, b, doers[a], doers[b]) for a in source_states for b in source_states if a != b]
        for doer in (m for side in sources for m in side) if not pairs else ():
            for s in _countries(doer):
                named = [m for m in targets_flat if set(_countries(m)) - {s}]
                if named:
                    pairs += [(s, t, doer, m) for m in named for t in _countries(m) if t != s]
                elif not targets_flat and implied and s in ctx.participants and not set(ctx.participants) <= set(source_states) and (
                    (entry.target == "none" or unnamed) and entry.code[:2] <= "08" or entry.code[:2] in kb.lexicon()["implicit_target_roots"]
                ):
                    pairs += [(s, t, doer, None) for t in ctx.participants if t != s and _named_lately(actors, t)]
                elif (not targets_flat and implied and entry.code[:3] in kb.lexicon()["host_acts"] and entry.objects
                      and not any(s in _countries(m) for o in direct_objects(token) for m in actors.of(o))  # not its own diplomats
                      and (other := [t for t in actors.other_side(s) if t != s])):
                    # "Moldova expelled a Russian diplomat. In response, Russia expelled five diplomats": the other side's
                    pairs += [(s, t, doer, None) for t in other]
                elif not targets_flat and implied and entry.code[:2] in kb.lexicon()["continued_roots"] and (same := actors.continued(entry.code[:2], s)):
                    pairs += [(s, t, doer, None) for t in same]  # "announced further sanctions": on whom the last were
                elif (not targets_flat and implied and entry.code[:2] in kb.lexicon()["future_roots"] and not _has_complement(token)
                      and not _unknown_condition(token, actors)
                      and (other := [t for t in actors.other_side(s) if t != s])):
                    # "Sharif called the strikes an act of war and vowed to retaliate": against the other side of the
                    # last act between states the doer took part in
                    pairs += [(s, t, doer, None) for t in other]
    return _coded(trigger, doc, sentence, pairs, sources, dates, occasion, ctx)


def _judged_conduct(
    trigger: Trigger, doc: Doc, sentence: Sentence, actors: _Actors, dates: tuple[list[DateMention], list[DateMention]],
    occasion: DateValue | None, ctx: _Context,
) -> list[Event]:
    """An entry with `possessor: target`: whoever speaks of X's conduct in these words
    judges X ("discussed the PRC's dangerous and unlawful behaviour", "Russia's
    aggression"): X is the target; the source is the subject of the verb the phrase
    depends on, or the speaker."""
    token = first_conjunct(doc[trigger.token])  # "escalating and unlawful actions": the first adjective's noun
    noun = token.head if trigger.entry.kind == "adj" and token.dep_ == "amod" else token
    if trigger.entry.kind == "adj" and token.dep_ == "acomp":  # "the allegations by Sudan were unfounded"
        noun = next((c for c in token.head.children if c.dep_ in SUBJECT_DEPS), token)
    # "Russia's attacks on Ukraine are an affront to Trump", "the occupation of the Golan by Israel constitutes a
    # violation of international law": what the predicate names is the subject's conduct
    predicate = trigger.entry.kind == "noun" and (token.dep_ == "attr" or token.dep_ in {"dobj", "obj"} and token.head.lower_ in verb_forms("constituting_verbs"))
    if predicate and not any(c.dep_ == "poss" for c in token.children):
        noun = next((c for c in token.head.children if c.dep_ in SUBJECT_DEPS), token)
    if not is_noun(noun):
        return []
    targets = [m for side in _actors_or_doers([noun], actors) for m in side] or actors.act_referred(noun)  # "said the sanctions were unacceptable"
    node = noun
    if (trigger.entry.kind == "adj" and token.dep_ == "acomp" or predicate) and noun is not token and token.head.head != token.head:
        node = token.head.head  # "Kenya said Somalia's decision was unacceptable": who said so, not the judged
    for _ in range(6):  # up to the verb the phrase depends on
        if is_verb(node) or node.head == node:
            break
        node = node.head
    subjects = [m for t in _subject_tokens(node) for m in actors.of(t)] if is_verb(node) else []
    if not subjects:
        speaker = _speaker(doc, actors)
        subjects = [speaker] if speaker is not None else []
    pairs: list[tuple[str, str, Mention | None, Mention | None]] = [
        (s, t, sm, tm) for sm in subjects for s in _countries(sm) for tm in targets for t in _countries(tm) if s != t
    ]
    return _coded(trigger, doc, sentence, pairs, [subjects], dates, occasion, ctx)


def _year_of_noun(trigger: Trigger, doc: Doc) -> int | None:
    """The year a noun of the act carries before it: "the 2015 deal that Iran reached",
    "a 1900 treaty signed in Paris"."""
    token = doc[trigger.token]
    nouns = [token] if is_noun(token) else []
    if token.dep_ in {"relcl", "acl"} and is_noun(token.head):
        nouns.append(token.head)
    if trigger.object is not None:
        nouns.append(doc[trigger.object])
    for noun in nouns:
        for c in noun.children:
            if c.i < noun.i and c.dep_ in {"nummod", "compound", "amod", "npadvmod"} and re.fullmatch(r"(?:19|20)\d\d", c.text):
                return int(c.text)
    return None


def _undergone(
    trigger: Trigger, doc: Doc, sentence: Sentence, actors: _Actors, dates: tuple[list[DateMention], list[DateMention]],
    occasion: DateValue | None, ctx: _Context,
) -> list[Event]:
    """An entry with `subject: target`: the subject undergoes what the verb says ("South
    Korea will face devastating consequences"), so it is the target; the source is who
    says so: the subject of the speech verb the clause depends on ("warned that Damascus
    would face consequences"), or the sentence's speaker."""
    token = doc[trigger.token]
    if token.dep_ == "aux":  # "Rubio said Iran must not enrich uranium": the modal's verb
        token = token.head
    subjects = _subject_tokens(token)
    targets = [m for t in subjects for m in actors.of(t)]
    sources: list[Mention] = []
    node = token
    while node.dep_ in {"ccomp", "conj", "advcl", "acomp"} and node.head != node and not sources:
        node = node.head
        if is_verb(node) and node.lower_ in verb_forms("speech"):
            sources = [m for t in _subject_tokens(node) for m in actors.of(t, refer_back=False)]
            told = [m for o in direct_objects(node) for m in actors.of(o)]
            own = [c for c in token.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
            if told and own and all(t.tag_ == "PRP" for t in own):
                targets = told  # "warned Seoul that it would face consequences": "it" is whom it warned
    if not sources:
        speaker = _speaker(doc, actors)
        sources = [speaker] if speaker is not None else []
    modal = doc[trigger.token].tag_ == "MD"
    if modal and any(c.dep_ == "aux" and c.lower_ in {"have", "'ve"} for c in token.children):
        return []  # "the US should have been more hesitant": a judgement of the past, no appeal
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if not sources and not modal and root is not None and root.lower_ in verb_forms("speech") and not any(actors.of(t) for t in _subject_tokens(root)):
        # "Seoul will face consequences, state media said": said by a voice of the article's other participant
        sources = [_state_mention(c) for c in ctx.participants if not any(c in _countries(m) for m in targets)][:1]
    if modal and {c for m in sources for c in _countries(m)} & {c for m in targets for c in _countries(m)}:
        return []  # "China and Mexico should maintain high-level contacts, Wang said": what his side and another should
        # do together is no appeal to the other
    pairs: list[tuple[str, str, Mention | None, Mention | None]] = [
        (s, t, sm, tm) for sm in sources for s in _countries(sm) for tm in targets for t in _countries(tm) if s != t
    ]
    return _coded(trigger, doc, sentence, pairs, [sources], dates, occasion, ctx)


@lru_cache(maxsize=1)
def _allies() -> dict[str, frozenset[str]]:
    """Each member state of a collective-defence alliance: the alliances and the states it
    is allied with (lexicon `defence_alliances`, members from organisations.csv)."""
    named = set(kb.lexicon()["defence_alliances"])
    out: dict[str, set[str]] = {}
    for org in kb.organisations():
        if org.code in named:
            for member in org.members:
                out.setdefault(member, set()).update({org.code, *org.members})
    return {state: frozenset(allied - {state}) for state, allied in out.items()}


def _between_allies(source: str, target: str, code: str) -> str:
    """The code of an act between allies: a deployment in an ally's land is military
    cooperation (lexicon `allied_codes`)."""
    allied = kb.lexicon()["allied_codes"].get(code)
    return allied if allied and target in _allies().get(source, frozenset()) else code


def _coded(
    trigger: Trigger, doc: Doc, sentence: Sentence, pairs: list[tuple[str, str, Mention | None, Mention | None]], sources: list[Side],
    dates: tuple[list[DateMention], list[DateMention]], occasion: DateValue | None, ctx: _Context,
) -> list[Event]:
    """The events of a trigger's (source, target) pairs, with modality, date and evidence."""
    token = doc[trigger.token]
    entry = trigger.entry
    if not pairs:
        return []
    code = entry.code
    # "not happy with Russia's strike": the words before belong to the feeling the act is named in
    named_in_passing = (entry.kind == "noun" and token.dep_ == "pobj" and token.head.head.tag_ in {"JJ", "JJR"}
                        and not any(c.dep_ in {"det", "neg"} and c.lower_ in {"no", "not"} for c in token.children))
    # "agreed to a ceasefire brokered by Egypt": a participle describing a noun tells what was done
    named_in_passing = named_in_passing or (describes_noun(token) and token.tag_ == "VBN" and not any(
        c.dep_ in {"aux", "auxpass", "neg"} for c in token.children))
    # "agreed to a ceasefire at talks in Kuala Lumpur": the occasion of a past act took place
    named_in_passing = named_in_passing or (entry.kind == "noun" and token.dep_ == "pobj" and token.head.lower_ in {"during", "at", "after", "following"}
                                            and (verb := verb_above(token)) is not None and verb.tag_ == "VBD")
    modality = parse_modality(token) or ("asserted" if named_in_passing else text_modality(ctx.norm, sentence, trigger))
    if entry.when == "future":
        if modality not in {"intended", "hypothetical"} or not announced(token):
            return []  # "Iran responded with missile strikes": done, and coded by what was done
        modality = "asserted"  # "Iran will respond forcefully if ...": a threat, made now
    if modality == "negated":
        rejection = rejection_code(code, ctx.norm[max(sentence.start, trigger.start - 60) : trigger.start].lower(), refused(token))
        if rejection:  # "refused to meet", "did not support": a rejection, asserted
            code, modality = rejection, "asserted"
    if modality == "threatened":
        code, modality = threat_code(code), "asserted"
    if modality == "intended" and code[:2] in kb.lexicon()["future_roots"]:
        modality = "asserted"  # "warned that Seoul will face consequences": a threat is of what will be
    if modality == "intended" and (entry.kind == "verb" or token.dep_ in {"dobj", "obj"}) and code[:2] in {"18", "19", "20"}:
        code, modality = threat_code(code), "asserted"  # "wants to annex Canada", "vowed to strike Iran": a threat of force
    if modality in {"intended", "hypothetical"} and code[:2] in kb.lexicon()["conditional_threat_roots"] and conditional_or_warned(token):
        code, modality = threat_code(code), "asserted"  # "will impose sanctions on Tehran if Iran enriches further"
    if modality == "intended":
        code = kb.lexicon()["intent_codes"].get(code[:2], code)
        if code[:2] in kb.lexicon()["unintended_roots"]:
            modality = "hypothetical"  # "willing to work with China to push for": an appeal not (yet) made
    if code != entry.code and entry.frame == "mutual" and sources:
        # "Iran is ready for talks with Canada", "Modi refused to meet Xi": the subject's intention or refusal
        own = {c for side in sources for m in side for c in _countries(m)}
        pairs = [p for p in pairs if p[0] in own] or pairs
    when, date_source = _event_date(trigger, dates, sentence, occasion, ctx, doc)
    if when is not None and ctx.published and modality == "intended" and ahead(token) and any(
            d.date == when and d.kind == "weekday" for d in dates[1]):
        # "will visit Berlin on Wednesday": the weekday is the visit's, ahead (not the last one); the intention is
        # told now
        when, date_source = DateValue(ctx.published, "day"), "published"
    if when is not None and ctx.published and modality == "asserted" and _days_before(when, ctx.published) > RECALLED_AFTER_DAYS:
        modality = "recalled"
    year = _year_of_noun(trigger, doc)
    if year and ctx.published and modality == "asserted" and year < int(ctx.published[:4]):
        modality = "recalled"  # "the 2015 deal that Iran reached with the United States"
    coded: list[tuple[str, str, Mention | None, Mention | None, str]] = [(s, t, sm, tm, code) for s, t, sm, tm in pairs]
    if entry.reverse and modality == "asserted":
        coded += [(t, s, tm, sm, entry.reverse) for s, t, sm, tm in pairs]
    out = []
    seen: set[tuple[str, str, str]] = set()
    for s, t, sm, tm, c in coded:
        c = _between_allies(s, t, c)
        if (s, t, c) in seen:
            continue
        seen.add((s, t, c))
        info = kb.cameo_codes().get(c) or kb.cameo_codes()[c[:3]]
        out.append(
            Event(
                source=s,
                target=t,
                cameo=c,
                goldstein=info.goldstein,
                quad_class=info.quad_class,
                plover=info.plover_type,
                plover_mode=info.plover_mode,
                date=when.value if when else None,
                date_precision=when.precision if when else None,
                date_source=date_source,
                modality=modality,
                source_actor=_actor_name(sm, s),
                target_actor=_actor_name(tm, t),
                sentence=sentence.text,
                sentence_index=sentence.index,
                span=(trigger.start, trigger.end),
                evidence=ctx.text[trigger.start : trigger.end],
                pattern=entry.where,
                source_span=(sm.start, sm.end) if sm is not None and sm.end > sm.start else None,
                target_span=(tm.start, tm.end) if tm is not None and tm.end > tm.start else None,
            )
        )
    return out


def _mutual_pairs(subject_sides: list[Side], object_sides: list[Side], ctx: _Context,
                  implied: bool = True, in_view: Callable[[str], bool] | None = None) -> list[tuple[str, str, Mention | None, Mention | None]]:
    """Both directions between the states of every two sides that act together: the
    subject's sides among themselves and each with every object side ("Japan signed
    agreements with Britain and Australia": Japan with each, not Britain with
    Australia); with no subject, the object sides among themselves ("talks between A, B
    and C"). Sides, not states: "Iran and the E3 -- France, Germany and Britain -- met"
    is Iran with each of the three; the states of a lone side act among themselves ("the
    foreign ministers of Japan and Korea met"); a lone state acts with the article's
    other participant, unless the act names another party that is no state (`implied`
    false)."""
    seen: set[str] = set()

    def states_of(sides: list[Side]) -> list[list[tuple[str, Mention]]]:
        out = []
        for side in sides:
            states = []
            for m in side:
                for c in _countries(m):
                    if c not in seen:
                        seen.add(c)
                        states.append((c, m))
            if states:
                out.append(states)
        return out

    subjects, objects = states_of(subject_sides), states_of(object_sides)
    if not subjects:
        subjects, objects = objects, []
    if len(subjects) == 1 and not objects:
        if not implied:
            return []  # "Iran and Russia held talks with the Taliban": not with each other
        subjects = [[x] for x in subjects[0]]
    if len(subjects) == 1 and not objects and implied and subjects[0][0][0] in ctx.participants:
        objects = [[(c, _state_mention(c))] for c in ctx.participants if c != subjects[0][0][0] and (in_view is None or in_view(c))]
    links = [(a, b) for i, a in enumerate(subjects) for j, b in enumerate(subjects) if i != j]
    links += [(a, b) for a in subjects for b in objects] + [(b, a) for a in subjects for b in objects]
    pairs: list[tuple[str, str, Mention | None, Mention | None]] = []
    for side_a, side_b in links:
        pairs += [(a, b, am, bm) for a, am in side_a for b, bm in side_b if a != b]
    return pairs


def _actor_name(m: Mention | None, country: str) -> str:
    if m is not None and m.name and len(_countries(m)) == 1 and m.kind != "state":
        return m.name
    return kb.states().get(country, country)


# --- modality and dates ---------------------------------------------------------------


def _event_date(
    trigger: Trigger, dates: tuple[list[DateMention], list[DateMention]], sentence: Sentence, occasion: DateValue | None, ctx: _Context,
    doc: Doc,
) -> tuple[DateValue | None, str]:
    """The date expression of the trigger's clause, else the sentence's one near the
    trigger ("text"), else the date of the occasion the sentence reports, else the
    article's lead event ("lead"), else the publication date ("published"), which dates
    a report of the day. `dates` are (those of the trigger's clause, all the sentence's)."""
    governed, every = dates
    if not governed and (earlier := _time_after(doc[trigger.token], ctx)) is not None:
        return earlier, "text"  # "the move comes a week after Trump announced that America would lift its sanctions"
    near = governed or [d for d in every if not d.future and _near(trigger, sentence.start + d.start, sentence.start + d.end)]
    if near:
        best = min(near, key=lambda d: _distance(trigger, sentence.start + d.start, sentence.start + d.end))
        if ctx.lead_date is None and trigger.entry.code[:2] == "04" and not (
            ctx.published and _days_before(best.date, ctx.published) > RECALLED_AFTER_DAYS
        ):
            ctx.lead_date = best.date  # the story's lead event (never one recalled from long ago)
        return best.date, "text"
    if occasion is not None:
        return occasion, "text"
    if ctx.lead_date is not None:
        return ctx.lead_date, "lead"
    if ctx.published:
        return DateValue(ctx.published, "day"), "published"
    return None, ""


DURATION_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7}


def _time_after(token: Token, ctx: _Context) -> DateValue | None:
    """The day of an act told in a clause or phrase "N days/weeks after ..." ("comes a week
    after Trump announced ...", "two days after the bombardment of Afrin"): that many days
    before the story's own day (its lead's, else the publication's). None elsewhere."""
    anchor = ctx.lead_date or (DateValue(ctx.published, "day") if ctx.published else None)
    if anchor is None or anchor.precision != "day":
        return None
    node = token
    for _ in range(4):
        if node.head == node:
            return None
        after = None
        if node.dep_ == "advcl":
            after = next((c for c in node.children if c.dep_ == "mark" and c.lower_ == "after"), None)
            duration = [c for c in node.children if c.dep_ == "npadvmod"]
        elif node.dep_ == "pobj" and node.head.lower_ == "after":
            after = node.head
            duration = [c for c in after.children if c.dep_ == "npadvmod"]
        if after is not None:
            for d in duration:
                count = next((int(c.text) if c.text.isdigit() else _NUMBER_WORDS.get(c.lower_, 1 if c.lower_ in {"a", "one"} else 0)
                              for c in d.children if c.dep_ in {"nummod", "det"}), 0)
                if d.lower_ in DURATION_DAYS and count:
                    day = date.fromisoformat(anchor.value) - timedelta(days=count * DURATION_DAYS[d.lower_])
                    return DateValue(day.isoformat(), "day")
            return None
        if node.dep_ not in {"ccomp", "xcomp", "conj", "dobj", "pobj", "prep"}:
            return None
        node = node.head
    return None


def _occasion_date(triggers: list[Trigger], dates: list[DateMention], clauses: list[int], doc: Doc, sentence: Sentence) -> DateValue | None:
    """The date of the meeting or call a sentence reports (the date in its clause, else
    one near it): the sentence's other acts happened on that occasion."""
    for trigger in triggers:
        if trigger.entry.code[:2] != "04":
            continue
        verb = clause_verb(doc[trigger.token])
        own = [d for d in dates if not d.future and not _date_describes_noun(doc, d, trigger)]  # not "China's founding in 1949"
        for d, clause in zip(dates, clauses, strict=True):
            if d in own and clause == verb:
                return d.date
        for d in own:
            if _near(trigger, sentence.start + d.start, sentence.start + d.end):
                return d.date
    return None


def _date_clauses(doc: Doc, dates: list[DateMention]) -> list[int]:
    """For each date expression, the verb of the clause it is in ("received ... on
    Monday, 19 May": received), from the parse; -1 where no word starts it."""
    out = []
    for d in dates:
        token = _token_at(doc, d.start)
        out.append(clause_verb(token) if token is not None else -1)
    return out


def _token_at(doc: Doc, char: int) -> Token | None:
    """The word that holds the character (None on a space)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _date_describes_noun(doc: Doc, date: DateMention, trigger: Trigger) -> bool:
    """Does the date expression modify a noun other than the trigger ("the anniversary of
    China's founding in 1949", "his inauguration in January")? It dates that, not the act."""
    token = _token_at(doc, date.start)
    if token is None:
        return False
    node = token
    for _ in range(6):
        if node.head == node:
            return False
        node = node.head
        if node.i == trigger.token or is_verb(node):
            return False
        if is_noun(node) and node.i != trigger.token and node.dep_ != "npadvmod" and not (node.i < token.i and node.tag_ == "NNP"):
            return True
    return False


def _near(trigger: Trigger, start: int, end: int) -> bool:
    """A date expression belongs to the act if it comes before it in the sentence or
    right after it; one further on usually dates something else."""
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
    """One event per direction, code and date in a sentence; a root's general code
    ("discussed": 040) gives way to a specific one of the same sentence and direction
    ("held a phone call": 041)."""
    specific = {(e.source, e.target, e.cameo[:2], e.sentence_index) for e in events if not _general(e.cameo)}
    seen: set[tuple[Any, ...]] = set()
    out: list[Event] = []
    for e in events:
        key = (e.source, e.target, e.cameo, e.date, e.sentence_index)
        if key in seen or _general(e.cameo) and (e.source, e.target, e.cameo[:2], e.sentence_index) in specific:
            continue
        seen.add(key)
        out.append(e)
    return out


def one_event_per_occasion(events: list[Event]) -> list[Event]:
    """One act, one event per direction per occasion: the same (source, target, code)
    on the same date in several sentences of an article is one event ("met with ... The
    leaders discussed ... They also discussed"). Of its reports, the one that names the
    people acting wins ("China and Russia hold talks" in a headline, then "Wang Yi held
    talks with Sergey Lavrov"), then the one that says where it happened; the place any
    report gives is the event's."""
    kept: dict[tuple[Any, ...], int] = {}
    out: list[Event] = []
    for e in events:
        key = (e.source, e.target, e.cameo, e.date)
        if key in kept:
            best, other = (e, out[kept[key]]) if (_named_people(e), e.location is not None) > (
                _named_people(out[kept[key]]), out[kept[key]].location is not None) else (out[kept[key]], e)
            if best.location is None and other.location is not None:  # where one report says it happened
                best = replace(best, location=other.location, location_country=other.location_country, lat=other.lat, lon=other.lon)
            out[kept[key]] = best
            continue
        kept[key] = len(out)
        out.append(e)
    return out


def _named_people(e: Event) -> int:
    states = kb.states()
    return sum(name not in (states.get(code), code) for name, code in ((e.source_actor, e.source), (e.target_actor, e.target)))


def _general(code: str) -> bool:
    """A root's general code (040, 110, 190), which a specific one of its root refines."""
    return len(code) == 3 and code.endswith("0")
