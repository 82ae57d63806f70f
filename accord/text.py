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


def mask_boilerplate(text: str) -> str:
    """The text with the lexicon's boilerplate lines (a video player's notice glued to a
    caption) blanked: a paragraph break, then spaces, so that every offset stays and
    what stood on either side falls in different sentences."""
    from . import knowledge as kb

    for line in kb.lexicon()["boilerplate"]:
        if line in text:
            text = text.replace(line, "\n\n" + " " * (len(line) - 2))
    return text


def split_sentences(text: str) -> list[Sentence]:
    """Sentences in order; paragraph breaks always end a sentence, and a sentence is
    never longer than MAX_SENTENCE_CHARS: a longer one (a text without full stops) is
    cut at the last space before the bound, so that the work of every later stage,
    done sentence by sentence, grows with the text and not with its square."""
    sentences: list[Sentence] = []
    for para in re.finditer(r"[^\n]+", text):
        offset = para.start()
        for piece_start, piece in _pieces(para.group(0), MAX_SENTENCE_CHARS * 50):
            doc = _nlp()(piece)
            for sent in doc.sents:
                for start, end in _bounded(text, offset + piece_start + sent.start_char, offset + piece_start + sent.end_char):
                    chunk = text[start:end]
                    if chunk.strip():
                        sentences.append(Sentence(len(sentences), start, end, chunk))
    return sentences


def _pieces(paragraph: str, size: int) -> list[tuple[int, str]]:
    """A long paragraph in pieces of about `size` characters, each ending after a full
    stop and a space where there is one (else a space, else anywhere), so the tokenizer
    never sees a huge text at once."""
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(paragraph) - start > size:
        window = paragraph[start:start + size]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        cut = cut + 2 if cut > size // 2 else (window.rfind(" ") + 1 if window.rfind(" ") > size // 2 else size)
        pieces.append((start, window[:cut]))
        start += cut
    pieces.append((start, paragraph[start:]))
    return pieces


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span cut into spans of at most MAX_SENTENCE_CHARS, at spaces where possible."""
    spans = []
    while end - start > MAX_SENTENCE_CHARS:
        space = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = space + 1 if space > 0 else start + MAX_SENTENCE_CHARS
        spans.append((start, cut))
        start = cut
    spans.append((start, end))
    return spans


def straighten(text: str) -> str:
    """Straight quotes and hyphens for curly ones and dashes, keeping every offset (the
    same as knowledge.normalise_quotes, by str.replace, which is many times faster)."""
    for curly, straight in (("\u201c", '"'), ("\u201d", '"'), ("\u2019", "'"), ("\u2018", "'"), ("\u2013", "-"), ("\u2014", "-")):
        if curly in text:
            text = text.replace(curly, straight)
    return text
