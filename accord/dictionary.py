"""The event dictionary: how English says each CAMEO act, over lemmas.

`knowledge/dictionary/*.yaml` hold one entry a line (see its README): a trigger lemma
(verb, event noun or predicate adjective), what must come with it (a particle, an
object of a class, a preposition), where its target is, and its code. This module
loads and checks the entries, indexes them by lemma, and knows every inflected form of
every trigger (from lemminflect) so that a sentence can be tested for a possible
trigger before anything is parsed.

`python -m accord.dictionary grep "impose @sanction on" FILE...` lists the sentences of
a corpus (text or JSON Lines) that hold the words of a wording, for checking an entry on
real text before adding it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from . import knowledge as kb
from .errors import KnowledgeError

DICTIONARY_DIR = Path(__file__).parent / "knowledge" / "dictionary"
KINDS = ("verb", "noun", "adj")
KEYS = {"code", "verb", "noun", "adj", "prt", "object", "prep", "target", "frame", "reverse", "possessor", "subject", "when", "clause", "ex"}
TARGET_PREPOSITIONS = {"on", "to", "with", "against", "at", "from", "for", "over", "of", "between", "into", "toward", "towards", "about", "in",
                       "regarding", "concerning", "around", "near", "off", "along", "across", "inside", "through", "upon", "among", "by"}
FRAMES = {"directed", "mutual"}


class DictionaryError(KnowledgeError):
    """An entry of the event dictionary that cannot be used; the message names it."""


@dataclass(frozen=True)
class Entry:
    code: str
    kind: str  # verb | noun | adj
    lemmas: frozenset[str]
    prt: str = ""
    objects: frozenset[str] = frozenset()  # lemmas the direct object must have (classes expanded)
    prep: str = ""
    target: str = ""  # object | a preposition | none | "" (the kind's default)
    frame: str = "directed"
    reverse: str = ""
    possessor: str = ""  # "target": whose the act or conduct named is, is its target ("China's unlawful behaviour")
    subject: str = ""  # "target": the verb's subject undergoes it, whoever says so is the source ("Seoul will face consequences")
    when: str = ""  # "future": the act counts only as announced or on a condition ("Iran will respond if ..."): a threat
    clause: str = ""  # "subjunctive": the verb's that-clause says what is wanted done ("insisted that Iran abandon")
    example: str = ""
    where: str = ""  # file#index, for evidence

    @property
    def specificity(self) -> int:
        """How much an entry asks of the sentence: a more specific entry wins."""
        return 2 * bool(self.objects) + bool(self.prep) + bool(self.prt) + bool(self.clause)


@lru_cache(maxsize=1)
def _files() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in sorted(DICTIONARY_DIR.glob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = f":{mark.line + 1}" if mark is not None else ""
            raise DictionaryError(f"{path.name}{line}: not valid YAML ({getattr(exc, 'problem', None) or exc})") from None
        if not isinstance(data, dict):
            raise DictionaryError(f"{path.name}: expected a mapping with `entries:` (and optionally `classes:`)")
        out.append((path.name, data))
    return out


@lru_cache(maxsize=1)
def classes() -> dict[str, frozenset[str]]:
    """The noun classes (`@name`) declared across the dictionary files."""
    found: dict[str, frozenset[str]] = {}
    where: dict[str, str] = {}
    for name, data in _files():
        for cls, words in (data.get("classes") or {}).items():
            if cls in found:
                raise DictionaryError(f"{name}: class @{cls} is declared again (first in {where[cls]})")
            if not isinstance(words, list) or not words:
                raise DictionaryError(f"{name}: class @{cls} must be a non-empty list of words")
            found[cls] = frozenset(str(w).lower() for w in words)
            where[cls] = name
    return found


def _word(value: Any) -> str:
    """A word of an entry; YAML reads a bare `on` or `off` as a boolean, which means the word."""
    if value is True:
        return "on"
    if value is False:
        return "off"
    return str(value).strip().lower()


def _expand(value: str, where: str) -> frozenset[str]:
    words: set[str] = set()
    for part in str(value).split("|"):
        part = part.strip().lower()
        if '"' in part or "'" in part:
            raise DictionaryError(f"{where}: quotation marks inside {value!r}; quote the whole value instead: \"a|b c\"")
        if part.startswith("@"):
            if part[1:] not in classes():
                raise DictionaryError(f"{where}: unknown class {part}; declared classes: {', '.join('@' + c for c in sorted(classes()))}")
            words |= classes()[part[1:]]
        elif part:
            words.add(part)
    return frozenset(words)


def _noun_forms(words: frozenset[str]) -> frozenset[str]:
    """The words of an object class with their plurals ("tie" -> "ties")."""
    return frozenset(form for w in words for form in inflections(w, "noun"))


@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    """Every entry of the dictionary, checked."""
    codes = kb.cameo_codes()
    out = []
    for name, data in _files():
        for i, raw in enumerate(data.get("entries") or []):
            where = f"{name}#{i}"
            if not isinstance(raw, dict):
                raise DictionaryError(f"{where}: an entry is a mapping such as {{code: \"111\", verb: condemn}}")
            unknown = set(raw) - KEYS
            if unknown:
                raise DictionaryError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}; expected {', '.join(sorted(KEYS))}")
            kinds = [k for k in KINDS if k in raw]
            if len(kinds) != 1:
                raise DictionaryError(f"{where}: give exactly one of verb, noun, adj")
            code = str(raw.get("code", ""))
            if code not in codes:
                raise DictionaryError(f"{where}: CAMEO code {code!r} is not in cameo.csv")
            target = _word(raw.get("target", ""))
            if target and not set(target.split("|")) <= TARGET_PREPOSITIONS | {"object", "none"}:
                raise DictionaryError(
                    f"{where}: target {target!r}; expected object, none or prepositions joined with | among {', '.join(sorted(TARGET_PREPOSITIONS))}"
                )
            frame = str(raw.get("frame", "directed"))
            if frame not in FRAMES:
                raise DictionaryError(f"{where}: frame {frame!r}; expected directed or mutual")
            possessor = _word(raw.get("possessor", ""))
            if possessor not in {"", "target"} or possessor and kinds[0] == "verb":
                raise DictionaryError(f"{where}: possessor {possessor!r}; expected `target`, on a noun or adj entry")
            subject = _word(raw.get("subject", ""))
            if subject not in {"", "target"} or subject and kinds[0] == "noun":
                raise DictionaryError(f"{where}: subject {subject!r}; expected `target`, on a verb or adj entry")
            when = _word(raw.get("when", ""))
            if when not in {"", "future"}:
                raise DictionaryError(f"{where}: when {when!r}; expected `future`")
            clause = _word(raw.get("clause", ""))
            if clause not in {"", "subjunctive"} or clause and kinds[0] != "verb":
                raise DictionaryError(f"{where}: clause {clause!r}; expected `subjunctive`, on a verb entry")
            reverse = str(raw.get("reverse", ""))
            if reverse and reverse not in codes:
                raise DictionaryError(f"{where}: reverse code {reverse!r} is not in cameo.csv")
            out.append(
                Entry(
                    code=code,
                    kind=kinds[0],
                    lemmas=_expand(raw[kinds[0]], where),
                    prt=_word(raw.get("prt", "")),
                    objects=_noun_forms(_expand(raw["object"], where)) if raw.get("object") else frozenset(),
                    prep=_word(raw.get("prep", "")),
                    target=target,
                    frame=frame,
                    reverse=reverse,
                    possessor=possessor,
                    subject=subject,
                    when=when,
                    clause=clause,
                    example=str(raw.get("ex", "")),
                    where=where,
                )
            )
    return tuple(out)


@lru_cache(maxsize=1)
def by_lemma() -> dict[tuple[str, str], tuple[Entry, ...]]:
    """Entries by (kind, lemma), the most specific first (built once, kept between runs: cache.py)."""
    from .cache import cached

    def build() -> dict[tuple[str, str], tuple[Entry, ...]]:
        index: dict[tuple[str, str], list[Entry]] = {}
        for entry in entries():
            for lemma in entry.lemmas:
                index.setdefault((entry.kind, lemma), []).append(entry)
        return {key: tuple(sorted(found, key=lambda e: -e.specificity)) for key, found in index.items()}

    return cached("dictionary-lemmas", build)


def inflections(lemma: str, kind: str) -> set[str]:
    """Every form of a lemma (\"hold\" -> held, holding, holds); a multi-word lemma inflects its last word."""
    known = _lexicon_inflections().get((lemma, kind))
    return set(known) if known is not None else _inflect(lemma, kind)


EXTRA_VERBS = ("say", "announce", "tell", "state", "add", "warn", "confirm")  # speech verbs the coder adds to the lexicon's


@lru_cache(maxsize=1)
def _lexicon_inflections() -> dict[tuple[str, str], frozenset[str]]:
    """The forms of the verbs the coder inflects at run time (the lexicon's `*_verbs`
    lists), kept between runs (cache.py), so that a start needs no lemminflect."""
    from . import knowledge as kb
    from .cache import cached

    def build() -> dict[tuple[str, str], frozenset[str]]:
        verbs = set(EXTRA_VERBS)
        for key, value in kb.lexicon().items():
            if key.endswith("_verbs") and isinstance(value, list):
                verbs |= {w for w in value if isinstance(w, str)}
        return {(verb, "verb"): frozenset(_inflect(verb, "verb")) for verb in sorted(verbs)}

    return cached("lexicon-inflections", build)


def _inflect(lemma: str, kind: str) -> set[str]:
    from lemminflect import getAllInflections, getAllInflectionsOOV

    forms = {lemma}
    if kind == "adj":
        return forms
    *before, last = lemma.split()
    upos = "VERB" if kind == "verb" else "NOUN"
    found = getAllInflections(last, upos=upos) or getAllInflectionsOOV(last, upos=upos)
    for values in found.values():
        forms |= {" ".join([*before, v.lower()]) for v in values}
    return forms


@lru_cache(maxsize=1)
def surface_forms() -> dict[str, frozenset[tuple[str, str]]]:
    """Every inflected form of every trigger word -> its (kind, lemma) readings:
    "held" -> {("verb", "hold")}. Multi-word lemmas are indexed by their last word."""
    def build() -> dict[str, frozenset[tuple[str, str]]]:
        table: dict[str, set[tuple[str, str]]] = {}
        for kind, lemma in by_lemma():
            for form in inflections(lemma, kind):
                table.setdefault(form.split()[-1], set()).add((kind, lemma))
        return {form: frozenset(readings) for form, readings in table.items()}

    from .cache import cached

    return cached("dictionary-forms", build)


WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def candidate_words(text: str) -> list[tuple[int, int, frozenset[tuple[str, str]]]]:
    """The words of a text that may be triggers, with their offsets and readings."""
    forms = surface_forms()
    out = []
    for m in WORD.finditer(text):
        word = m.group().lower()
        readings = forms.get(word)
        if not readings and "-" in word:  # "a US-brokered ceasefire", "Oman-mediated talks"
            readings = forms.get(word.rsplit("-", 1)[1])
        if readings:
            out.append((m.start(), m.end(), readings))
    return out


def may_code(text: str, implied_only: bool = False, answering_only: bool = False) -> bool:
    """Could an entry match this text? A trigger word is there and, for an entry that
    needs them, a word of its object class, its preposition and its particle, and the
    words before a multi-word lemma: the cheap test before a sentence is parsed. With
    `implied_only`, only entries whose act may be aimed at the article's other
    participant without naming it ("offered condolences") count; with `answering_only`,
    only a summons, an expulsion or an arrest of someone ("expelled five diplomats")."""
    candidates = candidate_words(text)
    if not candidates:
        return False
    words = {w.lower() for w in WORD.findall(text)} | ({"$"} if "$" in text else set())  # "pledged $50 million"
    words |= {part for w in words if "-" in w for part in w.split("-")}  # "Egypt-brokered talks"
    index = by_lemma()
    for _, _, readings in candidates:
        for reading in readings:
            if any(_needs_met(entry, reading[1], words) and (not implied_only or may_imply_target(entry))
                   and (not answering_only or entry.code[:3] in kb.lexicon()["host_acts"] and bool(entry.objects)) for entry in index.get(reading, ())):
                return True
    return False


def may_imply_target(entry: Entry) -> bool:
    """Can the entry's act have the article's other participant as its unnamed target?"""
    roots = kb.lexicon()["implicit_target_roots"]
    if entry.code[:3] in kb.lexicon()["host_acts"]:
        return True  # "the ambassador was declared persona non grata by the government": the host is implied
    return entry.code[:2] in roots or entry.target == "none" and entry.code[:2] <= "08" or entry.frame == "mutual"


def _needs_met(entry: Entry, lemma: str, words: set[str]) -> bool:
    if " " in lemma and not set(lemma.split()[:-1]) <= words:
        return False
    if entry.prep and entry.prep not in words or entry.prt and entry.prt not in words:
        return False
    return not entry.objects or any(o.split()[-1] in words for o in entry.objects)


def _grep(wording: str, paths: Iterable[str]) -> Iterable[str]:
    """Sentences of the files holding every word of a wording (inflected forms and
    classes included), for checking an entry on real text."""
    import json

    groups: list[set[str]] = []
    for word in wording.split():
        if word.startswith("@"):
            groups.append(set(classes()[word[1:]]))
        else:
            groups.append(inflections(word.lower(), "verb") | inflections(word.lower(), "noun"))
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
            text = line
            if line.startswith("{"):
                try:
                    text = json.loads(line).get("text", "")
                except ValueError:
                    pass
            for sentence in re.split(r"(?<=[.!?])\s+", text):
                words = [w.lower() for w in WORD.findall(sentence)]
                positions = [[i for i, w in enumerate(words) if w in g] for g in groups]
                if all(positions) and positions[0][0] <= positions[-1][-1]:
                    yield sentence.strip()


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m accord.dictionary", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    g = sub.add_parser("grep", help="sentences of FILEs (text or JSON Lines) holding the words of a wording, in order")
    g.add_argument("wording", help='words and @classes, e.g. "impose @sanction on"')
    g.add_argument("files", nargs="+")
    g.add_argument("--max", type=int, default=40)
    args = parser.parse_args(argv)
    count = 0
    for sentence in _grep(args.wording, args.files):
        count += 1
        if count <= args.max:
            print(sentence[:300])
    print(f"-- {count} sentence(s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
