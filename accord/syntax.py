"""Reading a dependency parse: the words around a trigger that English uses to say who
did what (subjects, objects, prepositional phrases, conjuncts, appositions, hyphenated
agents, conditions), independent of any event. `coding.py` builds the roles of an act
from these; `modality.py` reads what the parse says of whether it happened."""

from __future__ import annotations

import calendar
from functools import cache
from typing import TYPE_CHECKING

from . import knowledge as kb

if TYPE_CHECKING:
    from spacy.tokens import Token


SUBJECT_DEPS = {"nsubj", "csubj"}


PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}


RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}


HYPHENS = frozenset({"-", "–", "—"})


def before_hyphen(word: Token) -> list[Token]:
    """The words of a hyphenated pair that lead up to the word: "US" in "US-Turkish",
    "Canadian" in "Canadian-American"."""
    return [g for g in word.children if g.i < word.i and g.i + 1 < len(g.doc) and g.doc[g.i + 1].text in HYPHENS]


def is_verb(token: Token) -> bool:
    """A verb by its Penn Treebank tag (the parse runs without spaCy's attribute ruler)."""
    return token.tag_.startswith("VB") or token.tag_ == "MD"


def is_noun(token: Token) -> bool:
    return token.tag_.startswith("NN")


NOUN_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
MODIFIERS_BETWEEN = 4  # how many other words (a hyphenated modifier is three) may stand among those of a multi-word noun


def words_before_match(token: Token, lemma: str) -> bool:
    """A multi-word lemma ("air strike", "exchange views") holds when the words
    before its last one stand right before the trigger or, for a noun, among the
    modifiers before it, in order, with a few others between them ("joint strategic
    air patrol", "joint counter-terrorism patrols")."""
    return lemma_start(token, lemma) is not None


def lemma_start(token: Token, lemma: str) -> int | None:
    """Where the words of a multi-word lemma ending at the word begin (see
    `words_before_match`); None where they are not there."""
    words = lemma.split()
    if len(words) == 1:
        return token.i
    doc = token.doc
    i = token.i - (len(words) - 1)
    if i >= 0 and [t.lower_ for t in doc[i : token.i]] == words[:-1]:
        return i
    if not is_noun(token):
        return None
    run: list[str] = []
    j = token.i - 1
    while j >= 0 and len(run) < len(words) - 1 + MODIFIERS_BETWEEN and (
            doc[j].dep_ in NOUN_MODIFIER_DEPS or doc[j].text in HYPHENS) and token.i >= doc[j].head.i > j:
        run.insert(0, doc[j].lower_)
        j -= 1
    if not run or run[0] != words[0] or doc[j + 1].head != token:
        return None  # the first word of the lemma opens the modifiers and modifies the noun itself
    rest = iter(run)
    return j + 1 if all(w in rest for w in words[:-1]) else None


def is_passive(token: Token) -> bool:
    return any(c.dep_ in {"auxpass"} | PASSIVE_SUBJECT_DEPS for c in token.children)


def visiting_guest(verb: Token) -> Token | None:
    """The participle "visiting" right after a verb, which the parser takes for a verb of its
    own ("met visiting Brazilian President Lula": Lula is the visitor, not visited)."""
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.lower_ == "visiting" and nxt.tag_ == "VBG" and nxt.head == verb and is_verb(verb):
        return nxt
    return None


def participle_read_as_verb(verb: Token) -> Token | None:
    """A participle right after a verb that has no object of its own, which the parser takes
    for a verb with that object ("suspending planned 50% tariffs on the EU": "planned"
    describes the tariffs, which are what is suspended)."""
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.tag_ not in {"VBD", "VBN"} or not is_verb(verb):
        return None
    if nxt.head not in {verb, verb.head} or nxt.dep_ not in {"ccomp", "conj", "dep", "xcomp", "advcl"}:
        return None
    if any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"aux", "auxpass", "cc"} for c in nxt.children):
        return None
    objects = [c for c in nxt.children if c.dep_ in {"dobj", "obj"}]
    return nxt if objects and objects[0].i < nxt.i + 5 else None


def direct_objects(token: Token) -> list[Token]:
    """The direct objects of a verb (the passive subject of a passive one), with their
    conjuncts; for a participle or a relative clause, the noun it describes."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
    if token.dep_ == "relcl":  # "the sanctions that Canada imposed": the noun the clause describes
        objects = [token.head if c.lower_ in RELATIVE_PRONOUNS else c for c in objects]
    if is_passive(token):
        objects += [c for c in token.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    if not objects and hyphen_agent(token):  # "a Turkish-brokered deal": the deal
        objects.append(token.head)
    if not objects and (guest := visiting_guest(token)) is not None:  # "met visiting Brazilian President Lula": Lula
        objects += [c for c in guest.children if c.dep_ in {"dobj", "obj"}]
    if not objects and (described := participle_read_as_verb(token)) is not None:  # "suspending planned tariffs"
        objects += [c for c in described.children if c.dep_ in {"dobj", "obj"}]
    if not objects and is_verb(token):  # "considers Japan's deployment a provocation", parsed as a clause without a verb
        objects += [s for c in small_clauses(token) for s in c.children if s.dep_ in SUBJECT_DEPS]
    if not objects and token.dep_ in {"acl", "relcl"} and (is_noun(token.head) or token.head.tag_ == "PRP"):
        if token.dep_ == "acl" or not any(c.dep_ in {"dobj"} for c in token.children):
            subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
            if token.dep_ == "acl" or (subjects and subjects[0].lower_ not in RELATIVE_PRONOUNS):
                objects.append(token.head)
    return [o for obj in objects for o in (obj, *obj.conjuncts)]


def small_clauses(verb: Token) -> list[Token]:
    """The complements of a verb that the parser makes clauses of their own without a
    verb, with their subject: "holds Iran accountable", "considers the move a provocation"."""
    return [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and (c.tag_.startswith("JJ") or c.tag_ in {"NN", "NNS"})
            and any(s.dep_ in SUBJECT_DEPS for s in c.children)]


def participle_antecedents(pronoun: Token) -> list[Token]:
    """"issued a reprimand of Israel, demanding it cease the offensive", "criticised Israel,
    urging it to halt": "it" or "them" in a participle clause after a verb stands for
    what that verb was done to. The words it may stand for, the likeliest first: the
    verb's objects and the nouns after their prepositions, then the verb's own."""
    verb = pronoun.head
    if pronoun.dep_ in SUBJECT_DEPS and verb.dep_ in {"ccomp", "xcomp"}:
        verb = verb.head  # "demanding it cease": the subject of the demanded act
    elif pronoun.dep_ not in {"dobj", "obj", "dative"}:
        return []
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp", "conj"} or head.i > verb.i or not head.tag_.startswith("VB"):
        return []
    words: list[Token] = []
    for obj in direct_objects(head):
        words += [obj, *(w for p in ("of", "against", "on", "to", "with") for w in prep_objects(obj, p))]
    return words + [w for p in ("on", "against", "to", "with") for w in prep_objects(head, p)]


def hyphen_agent(token: Token) -> list[Token]:
    """"a US-brokered ceasefire", "Qatari-mediated talks": the word a hyphen joins to a
    participle before a noun names who did it (the parse makes it the participle's
    modifier, and the participle the noun's)."""
    doc = token.doc
    if token.dep_ != "amod" or token.tag_ != "VBN" or token.i < 2 or doc[token.i - 1].text != "-":
        return []
    return [c for c in token.children if c.dep_ in {"npadvmod", "compound", "nmod"} and c.i == token.i - 2]


def conditions(token: Token) -> list[Token]:
    """The clauses that set a condition on a verb: "if the Europeans activate the snapback"."""
    return [c for c in token.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)]


def phrase_words(token: Token, depth: int = 4) -> list[Token]:
    """The words of a verb's objects and prepositional phrases, not of the clauses or
    subjects below it."""
    out: list[Token] = []
    frontier = [token]
    for _ in range(depth):
        frontier = [c for t in frontier for c in t.children if c.dep_ in {"dobj", "obj", "prep", "pobj", "conj", "appos", "compound", "npadvmod"}
                    and not (c.dep_ == "conj" and is_verb(c))]
        out += frontier
    return out


def due_to(verb: Token) -> bool:
    """Is the verb under "be to" ("are to take part", "is to visit"): an act arranged for
    later? Not under "it is possible to", where the copula has an adjective of its own."""
    head = verb.head
    return (verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and head.lower_ in {"is", "are", "am", "was", "were"} and head.dep_ != "aux"
            and not any(c.dep_ in {"acomp", "attr"} for c in head.children))


def reciprocal(token: Token) -> bool:
    """ "each other", "one another": the doers, each to the others."""
    words = {token.lower_} | {c.lower_ for c in token.children if c.dep_ in {"det", "amod", "nummod"}}
    return words in ({"each", "other"}, {"one", "another"})


def verb_above(noun: Token) -> Token | None:
    """The verb a noun's prepositional phrase hangs on, through the nouns between: "agreed
    to a ceasefire at talks" (talks -> agreed); None when the phrase is not a verb's."""
    node = noun
    for _ in range(4):
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return None
        node = node.head.head
        if is_verb(node):
            return node
    return None


def describes_noun(token: Token) -> bool:
    """A participle that describes a noun: "talks mediated by Oman", "Oman-mediated talks"."""
    return is_noun(token.head) and (token.dep_ == "acl" or bool(hyphen_agent(token)))


def prep_objects(token: Token, preposition: str) -> list[Token]:
    """The objects of a preposition attached to a word ("sanctions on X", "talks with X
    and Y"), with their conjuncts."""
    out = []
    for c in token.children:
        if c.dep_ in {"prep", "agent", "dative", "prt"} and c.lower_ == preposition:
            for p in c.children:
                if p.dep_ in {"pobj", "pcomp"}:
                    out += [p, *p.conjuncts]
    return out


def partner_objects(token: Token) -> list[Token]:
    """Whom a joint act is with: "talks with Israel", or, where the parse hangs the
    partner on the act's subject matter, "talks on a trade deal with Israel"."""
    out = prep_objects(token, "with")
    if not out and is_noun(token):
        out = [w for p in ("on", "over", "about") for topic in prep_objects(token, p) if is_noun(topic) for w in prep_objects(topic, "with")]
    if not out:  # "signing a loan agreement worth $40 million with Senegal": "with" hung on "worth"
        out = [w for c in token.children if c.dep_ == "prep" and c.lower_ in {"worth", "valued"} for w in prep_objects(c, "with")]
    return out


def name_words(token: Token) -> list[Token]:
    """The words a name is built of, its title among them: in "German ambassador Jan
    Christian Gordon Kricke" the parse may hang the title on a first name."""
    out: list[Token] = []
    stack = [c for c in token.children if c.dep_ == "compound"]
    while stack and len(out) < 12:
        word = stack.pop()
        out.append(word)
        stack += [c for c in word.children if c.dep_ == "compound"]
    return out


def compound_text(token: Token) -> str:
    """A noun with the modifiers right before it that make one name with it ("phone
    call", "military action", "chemical weapons")."""
    words = [token.lower_]
    i = token.i - 1
    while i >= 0 and token.doc[i].head == token and token.doc[i].dep_ in {"compound", "amod"} and len(words) < 3:
        words.insert(0, token.doc[i].lower_)
        i -= 1
    return " ".join(words)


def names(token: Token, words: frozenset[str]) -> bool:
    """Does the noun, alone or with the modifiers before it, say one of the words?"""
    if token.lower_ in words:
        return True
    if token.tag_ == "NNP":
        titled = sorted(name_words(token), key=lambda w: w.i)
        if any(c.lower_ in words for c in titled) or any(f"{a.lower_} {b.lower_}" in words for a, b in zip(titled, titled[1:], strict=False)):
            return True  # "German ambassador Jan Kricke", "the Indian High Commissioner Pranay Verma": a name with its title
    text = compound_text(token).split()
    if any(" ".join(text[i:]) in words for i in range(len(text) - 1)):
        return True
    # "an act of war", "a note of protest", "a state of emergency": the noun with its "of" phrase
    return any(f"{token.lower_} of {p.lower_}" in words or f"{token.lower_} of {compound_text(p)}" in words for p in prep_objects(token, "of"))


def of_time(preposition: Token) -> bool:
    """A preposition of time ("insisted on Wednesday that ..."), not of the act's object."""
    return any(p.dep_ == "pobj" and (p.lower_ in TIME_WORDS or p.like_num) for p in preposition.children)


TIME_WORDS = frozenset(w.lower() for w in (*calendar.day_name, *calendar.month_name[1:])) | {"today", "tomorrow", "yesterday"}


def expand(tokens: list[Token]) -> list[Token]:
    """The words with their conjuncts, and a list in apposition ("Saudi Arabia, Egypt,
    Bahrain and the UAE" parsed as an apposition)."""
    out: list[Token] = []
    for t in tokens:
        for w in (t, *t.conjuncts):
            for x in (w, *(a for c in w.children if c.dep_ == "appos" for a in (c, *c.conjuncts))):
                if x not in out:
                    out.append(x)
    return out


def first_conjunct(token: Token) -> Token:
    """The first of coordinated words ("allow ..., release ... and enter into": allow)."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


@cache
def verb_forms(key: str) -> frozenset[str]:
    """Every inflected form of the lexicon's verbs under `key` ("intent_verbs": commit ->
    committed, commits ...); "speech" is the speech verbs and their lemmas together."""
    from .dictionary import inflections

    lex = kb.lexicon()
    words = lex["speech_verbs"] + lex["speech_lemmas"] if key == "speech" else lex[key]
    return frozenset(f for w in words if " " not in w for f in inflections(w, "verb"))


def clause_verb(token: Token) -> int:
    """The verb of the clause a word is in (the word itself when it is a verb)."""
    node = token
    for _ in range(10):
        if is_verb(node) or node.head == node:
            return node.i
        node = node.head
    return node.i


def subjunctive_clause(token: Token) -> Token | None:
    """A that-clause of the verb in the subjunctive, or with "should": what someone wants
    done ("insisted that Tehran abandon enrichment", "that the group be abolished"), not what
    they hold true ("insisted that the gift is legal")."""
    for clause in (c for c in token.children if c.dep_ == "ccomp" and is_verb(c)):
        auxes = [a for a in clause.children if a.dep_ in {"aux", "auxpass"}]
        if any(a.lower_ == "should" for a in auxes):
            return clause
        if any(a.tag_ == "MD" or a.tag_ in {"VBZ", "VBD", "VBP"} for a in auxes):
            continue  # "that Iran will abandon", "that it is pushing", "that they have agreed"
        subjects = [s for s in clause.children if s.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
        if any(a.lower_ == "be" and a.tag_ == "VB" for a in auxes):
            return clause  # "that the group be abolished"
        if clause.tag_ in {"VB", "VBP"} and not auxes and subjects and subjects[0].tag_ in {"NN", "NNP"}:
            return clause  # "that Tehran abandon": a singular subject with the bare verb
    return None
