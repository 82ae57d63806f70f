"""Whether an act happened: asserted, intended (announced, planned, arranged, ready
for), hypothetical (possible, weighed, believed, conditional), negated, or threatened,
from the parse first ("is contemplating a strike", "the planned visit", "will respond if
...") and the words before the trigger second (the lexicon's cue lists); and the codes
of an act refused (root 12) or threatened (root 13)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from . import knowledge as kb
from .syntax import PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, clause_verb, conditions, describes_noun, due_to, is_noun, is_verb, verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .coding import Trigger
    from .records import Sentence


COPULAS = frozenset({"is", "are", "am", "was", "were", "be", "been", "being", "'s", "'re"})


def announced(token: Token) -> bool:
    """Is the act announced for the future, not done or tried: "will respond", "would
    retaliate", "ready to respond", "vowed to retaliate", "respond if attacked"?"""
    if any(c.dep_ == "aux" and c.lower_ in {"will", "would", "shall", "'ll", "wo"} for c in token.children) or conditions(token):
        return True
    head = token.head
    if token.dep_ == "xcomp" and (head.lower_ in kb.lexicon()["intent_adjectives"]
                                  or is_verb(head) and head.lower_ in verb_forms("intent_verbs") | verb_forms("threat_verbs")):
        return True
    # "ready to use all means to respond": the purpose of an act announced
    return (token.dep_ in {"advcl", "xcomp"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and head != token
            and announced(head))


def ahead(token: Token) -> bool:
    """Is the act told as one still to come: "will visit Berlin on Wednesday", "talks will
    be held on Friday", "is due to meet Merz on Friday", "is expected to visit"? (Not
    "would": a condition or a past's future.)"""
    clause = token.doc[clause_verb(token)]
    verbs = [token, clause] + ([clause.head] if clause.dep_ == "xcomp" and clause.head != clause else [])
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"will", "shall", "'ll"} for v in verbs for c in v.children):
        return True
    if is_verb(clause) and due_to(clause):
        return True
    return clause.dep_ == "xcomp" and clause.head.lower_ in kb.lexicon()["expected_words"]  # "is expected to visit"


def conditional_or_warned(token: Token) -> bool:
    """Is the act set on a condition ("if Iran enriches further, the US will impose
    sanctions") or the content of a warning ("warned that it would expel diplomats")?"""
    node = token
    for _ in range(4):
        if conditions(node):
            return True
        if node.dep_ not in {"xcomp", "ccomp", "conj", "advcl"} or node.head == node:
            return False
        below, node = node, node.head
        if below.dep_ == "ccomp" and is_verb(node):
            return node.lower_ in verb_forms("warning_verbs") or bool(conditions(node))
    return False


@lru_cache(maxsize=1)
def modality_cues() -> dict[str, re.Pattern[str]]:
    """The lexicon's cue lists, each compiled once as one alternation."""
    lex = kb.lexicon()

    def words(key: str) -> str:
        return "|".join(re.escape(cue) for cue in sorted(lex[key], key=len, reverse=True))

    return {
        "negations": re.compile(rf"(?<![\w'])(?:{words('negations')})(?![\w'])"),
        "hypothetical": re.compile(rf"\b(?:{words('hypothetical')})\b"),
        "requested": re.compile(rf"\b(?:{words('requested')})\b[^.;]*\bto\s+(?:\w+\s+)?$"),
        "future": re.compile(rf"\b(?:{words('future')})\b"),
    }


def threat_code(code: str) -> str:
    """The root-13 code of an act threatened ("threatened to impose sanctions": 1312),
    by the longest prefix of the act's code in the lexicon's table."""
    table = kb.lexicon()["threat_codes"]
    for n in (4, 3, 2):
        if code[:n] in table:
            return str(table[code[:n]])
    return "130"


def rejection_code(code: str, before: str, refused: bool = True) -> str:
    """The root-12 code of a cooperative act refused ("refused to meet": 125) or of
    support withheld ("did not support": 120); empty when the negation is no rejection.
    `refused`: the act is what the refusal verb governs ("refused to hold talks"), not a
    word further inside ("declining to give any information about the call")."""
    lex = kb.lexicon()
    if re.search(r"\b(?:refus|declin|reject)\w*\s+(?:\w+\s+)?to\b", before):
        return str(lex["refusal_codes"].get(code[:2], "")) if refused else ""
    return next((str(v) for k, v in lex["withheld_codes"].items() if code.startswith(str(k))), "")


def refused(token: Token) -> bool:
    """Is the act (a verb, or a noun that is its object) the infinitive a verb of refusing
    governs: "refused to meet", "refuses to hold talks", "declined to send aid"?"""
    node = token.head if token.dep_ in {"dobj", "obj", "pobj"} and not is_verb(token) else token
    if node.dep_ == "prep":
        node = node.head  # "refused to agree on a truce"
    while node.dep_ == "conj" and node.head != node:
        node = node.head  # "refused to meet or talk"
    return node.dep_ == "xcomp" and re.match(r"(?:refus|declin|reject)", node.head.lower_) is not None


def takes_place(token: Token) -> bool:
    """Is an event noun the subject of a verb of taking place in the future ("the fifth round
    of talks will take place in Rome", "talks will be held", "Somalia said talks would
    resume next week")? Then the meeting is announced, not held."""
    node = token
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in kb.lexicon()["quantity_nouns"]:
        node = token.head.head  # "the fifth round of talks will be held"
    head = node.head
    # (the parser may tag "talks" a verb even as the subject)
    if not ((is_noun(node) or node.tag_ == "VBZ") and node.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and is_verb(head) and head != node):
        return False
    if head.lower_ not in verb_forms("occurrence_verbs") and not (
            head.lower_ in verb_forms("take_place_verbs") and any(c.dep_ in {"dobj", "prt"} and c.lower_ in {"place", "ahead"} for c in head.children)):
        return False
    auxes = {c.lower_ for c in head.children if c.dep_ in {"aux", "auxpass"}}
    reported = head.dep_ == "ccomp" and head.head.lower_ in verb_forms("speech")
    return bool(auxes & {"will", "'ll", "shall"}) or "would" in auxes and reported


def parse_modality(token: Token) -> str:
    """Modality that the parse shows: an act under an expression of belief ("believes
    Iran and America will reach an agreement": hypothetical), or under one of readiness
    ("ready for talks", "open to dialogue": intended). Empty when the parse says nothing."""
    lex = kb.lexicon()
    if token.dep_ in {"xcomp", "ccomp"} and token.head.lower_ in verb_forms("threat_verbs"):
        return "threatened"  # "threatened to impose sanctions on Iran": the threat is the act
    if takes_place(token):
        return "intended"  # "talks will take place in Rome on Friday", "said the talks would resume next week"
    if token.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and any(c.dep_ == "aux" and c.lower_ in {"would", "could", "might", "may"} for c in token.head.children):
        return "hypothetical"  # "an assault by Russian forces would lead to ...": what would follow an act not done
    if token.dep_ in {"ccomp", "advcl"} and any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in token.children):
        return "hypothetical"  # "did not say whether Germany would send missiles"
    if any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in {"may", "might", "can"} for c in token.children):
        return "hypothetical"  # "Trump may well move to normalize relations" (the parse tells "may" from "May"), "Ukraine can strike"
    if any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ == "must" for c in token.children):
        # "We must strengthen cooperation with Iran, Putin said": what the speaker's side means to do; what
        # another must do is demanded of it (the entry for "must"), not done
        own = any(c.dep_ in SUBJECT_DEPS and c.lower_ in {"we", "i"} for c in token.children)
        return "intended" if own else "hypothetical"
    if is_noun(token) and any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return "negated"  # "there will be no lifting of sanctions"
    if is_noun(token) and token.dep_ in {"dobj", "obj"} and is_verb(token.head) and token.head.lower_ in verb_forms("averting_verbs"):
        return "hypothetical"  # "designed to prevent a Russian-Syrian attack on Idlib": what is averted has not happened
    clause = token.doc[clause_verb(token)]
    if is_verb(clause) and due_to(clause):
        return "intended"  # "delegations from Sweden and Norway are also to take part in the summit"
    if is_noun(token) and token.dep_ == "pobj" and token.head.lower_ == "for" and is_verb(token.head.head) and any(
            c.dep_ == "aux" and c.lower_ in {"is", "are", "am", "'s", "'re", "will", "'ll"} for c in token.head.head.children):
        return "intended"  # "Fidan is coming for talks with Lavrov": the talks are ahead
    modifiers = {c.lower_ for c in token.children if c.dep_ in {"amod", "compound"} and c.i < token.i} if is_noun(token) else set()
    if modifiers & set(lex["possible_modifiers"]):
        return "hypothetical"  # "a possible meeting between Putin and Zelensky"
    if modifiers & set(lex["planned_modifiers"]):
        return "intended"  # "the planned visit of Netanyahu", "an upcoming summit"
    reported = token.dep_ == "ccomp" and token.head.lower_ in verb_forms("speech")
    negated = any(c.dep_ == "neg" for c in token.children)
    if reported and not negated and any(c.dep_ == "aux" and c.lower_ in {"would", "will", "'ll"} for c in token.children):
        if token.head.lower_ in verb_forms("decision_verbs"):
            return "asserted"  # "announced that America would lift its sanctions": the decision is the act
        return "intended"  # "said that it would send aid": a stated intention, not a condition
    if token.tag_ == "VBG" and token.dep_ == "conj" and token.head.tag_ in {"VBD", "VBZ", "VBP"} and not any(
            c.dep_ in {"aux", "nsubj"} for c in token.children):
        # "emphasized its commitment to X, Y, and cooperating with Vietnam": a gerund in the
        # list of the verb's object, misparsed as a second verb
        listed = [o for o in token.head.children if o.dep_ in {"dobj", "obj"}]
        if listed and listed[0].lower_ in lex.get("intent_nouns", []):
            return "intended"
    node = token
    for _ in range(6):
        if node.dep_ in {"ROOT"} or node.head == node:
            break
        below, node = node, node.head
        if below.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in below.children):
            break  # "The Prime Minister promised quick action, and the President thanked him": a clause of its own
        if below.dep_ == "pobj" and node.lower_ in {"during", "at", "on", "after", "following", "in"}:
            break  # "willingness to enhance cooperation during a phone conversation": the call is the occasion
        if describes_noun(below) and below.tag_ in {"VBN", "VBD"}:
            break  # "agreed to a ceasefire brokered by Egypt": the brokering is told, not intended
        if below.dep_ == "pobj" and is_noun(node.head) and node.head.lower_ not in lex.get("intent_nouns", []):
            break  # "the only outcome of the meeting ... they had agreed to": the meeting is told, not intended
        word = node.lower_
        if is_verb(node) and word in verb_forms("ending_verbs") and below.dep_ in {"dobj", "obj"}:
            break  # "pledged to fight until Israel ends its military campaign": what is ended is under way
        if below.dep_ == "xcomp" and any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in {"may", "might"} for c in node.children):
            return "hypothetical"  # "Trump may well move to normalize relations"
        if is_verb(node) and word in verb_forms("belief_verbs") and below.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in node.children):
            return "intended"  # "Zelensky is expected to visit Berlin on Wednesday": what is scheduled
        if is_verb(node) and word in verb_forms("belief_verbs") and below.dep_ in {"ccomp", "xcomp"}:
            return "hypothetical"  # what is believed, not "what the EU expected from the call"
        if is_verb(node) and word in verb_forms("decision_verbs") and below.dep_ == "xcomp":
            if any(c.dep_ == "neg" for c in (*node.children, *below.children)):
                return "negated"  # "Russia decided not to expel the diplomats"
            return ""  # "Russia decided to expel ten diplomats": the decision is the act (as its own words say)
        if is_verb(node) and word in verb_forms("deliberation_verbs") and below.dep_ in {"dobj", "obj", "xcomp", "ccomp"}:
            return "hypothetical"  # "is contemplating a military strike against Iran", "considering whether to expel"
        if is_verb(node) and word in verb_forms("intent_verbs") and below.dep_ != "ccomp":
            # "committed to strengthening ... and expanded ties", "agreed on pursuing"; but "it is not
            # possible to advance discussions": what cannot be done is not intended
            return _ability(node) or "intended"
        if ability := _ability(node, 0):
            return ability  # "Ankara is also able to work with Iran": a capacity, not an act
        if node.tag_.startswith("NN") and word in lex["threat_nouns"] and below.dep_ == "acl":
            return "threatened"  # "Trump's threat to impose a 50% tariff on EU imports": threatened, not done
        if node.tag_.startswith("NN") and word in lex.get("intent_nouns", []) and any(c.dep_ == "det" and c.lower_ == "no" for c in node.children):
            return "negated"  # "Germany has no plans to provide Ukraine with missiles"
        if (node.tag_.startswith("JJ") or node.tag_ == "VBN") and word in lex.get("intent_adjectives", []) or node.tag_.startswith("NN") and word in lex.get("intent_nouns", []):
            return "intended"  # "ready for talks", "its readiness to assist"
    return ""


def _ability(token: Token, above: int = 3) -> str:
    """The modality an adjective of capacity or likelihood gives the act under it, if the
    word or one of the next `above` words it hangs from is one: "is able to work with
    Iran" is hypothetical; "unable to", "not possible to" negated."""
    lex = kb.lexicon()
    node = token
    for _ in range(above + 1):
        # the adjective, or the one its copula takes ("it is not possible to advance": "advance" hangs from "is")
        for adjective in (node, *(c for c in node.children if c.dep_ == "acomp" and node.lower_ in COPULAS)):
            if adjective.tag_.startswith("JJ") and adjective.lower_ in lex["ability_adjectives"]:
                copula = adjective.head if adjective.dep_ == "acomp" else adjective  # "is not able to": the negation is the copula's
                if adjective.lower_ in lex["inability_adjectives"] or any(c.dep_ == "neg" for c in (*adjective.children, *copula.children)):
                    return "negated"
                return "hypothetical"
        if node.head == node:
            break
        node = node.head
    return ""


def text_modality(norm: str, sentence: Sentence, trigger: Trigger) -> str:
    """Negated, hypothetical, intended or asserted, from cues in the trigger's clause
    before it ("did not meet", "if ... invaded", "will visit")."""
    window = norm[max(sentence.start, trigger.start - 120) : trigger.start].lower()
    window = re.split(r"[;:]|,(?!\s+(?:jr|sr)\b)|\bbut\b", window)[-1]
    window = re.split(r"\b(?:during|after|before|following|amid|said|says|told)\b", window)[-1]
    words = " " + window + " "
    cues = modality_cues()
    if cues["negations"].search(words):
        return "negated"
    if cues["hypothetical"].search(words) or cues["requested"].search(words):
        return "hypothetical"
    if cues["future"].search(words):
        return "intended"
    return "asserted"
