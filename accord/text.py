"""Sentences of an article, with their character offsets (spaCy's blank English
tokenizer and rule-based sentencizer: no trained model, no download)."""

from __future__ import annotations

import re
from functools import lru_cache

from .records import Sentence

MAX_SENTENCE_CHARS = 2000


@lru_cache(maxsize=1)
def _nlp():  # type: ignore[no-untyped-def]
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def split_sentences(text: str) -> list[Sentence]:
    """Sentences in order; paragraph breaks always end a sentence."""
    sentences: list[Sentence] = []
    for para in re.finditer(r"[^\n]+", text):
        offset = para.start()
        doc = _nlp()(para.group(0))
        for sent in doc.sents:
            start = offset + sent.start_char
            end = offset + sent.end_char
            chunk = text[start:end]
            if not chunk.strip():
                continue
            sentences.append(Sentence(len(sentences), start, end, chunk))
    return sentences


def straighten(text: str) -> str:
    """Straight quotes and hyphens for curly ones and dashes, keeping every offset (the
    same as knowledge.normalise_quotes, by str.replace, which is many times faster)."""
    for curly, straight in (("\u201c", '"'), ("\u201d", '"'), ("\u2019", "'"), ("\u2018", "'"), ("\u2013", "-"), ("\u2014", "-")):
        if curly in text:
            text = text.replace(curly, straight)
    return text
