"""Split a block of text into sentences: rule-based, no downloads, tuned for news copy.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or brackets) followed by
whitespace and a capital letter, a digit or an opening quote -- unless the word before the stop is
a known abbreviation (``Mr.``, ``U.S.``, ``Gen.``...) or an initial (``J. Smith``).

>>> split_sentences('Mr. Ivanov spoke. "It is a threat," he said. Prices rose 3.5%.')
['Mr. Ivanov spoke.', '"It is a threat," he said.', 'Prices rose 3.5%.']
>>> split_sentences("The U.S. Navy sailed. Beijing protested!")
['The U.S. Navy sailed.', 'Beijing protested!']
>>> split_sentences("J. R. Smith of the U.N. arrived on Jan. 5. He left.")
['J. R. Smith of the U.N. arrived on Jan. 5.', 'He left.']
>>> split_sentences('He asked: "Why now?" Nobody answered.')
['He asked: "Why now?"', 'Nobody answered.']
"""

from __future__ import annotations

import re

#: Words that end with a full stop without ending the sentence (compared without the stop).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen col lt maj capt cmdr adm sgt cpl pvt sen rep gov pres amb rev fr st mt
    jr sr inc ltd co corp bros dept univ assn est approx vs etc e.g i.e cf al no nos vol pp
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    u.s u.k u.n e.u u.s.a u.s.s.r p.m a.m d.c ph.d
    """.split()
)
#: A stop, its closing quotes, then whitespace and what can begin a sentence (a capital, a digit,
#: an opening quote or bracket, or a placeholder ``⟦n⟧`` from protect.py).
_BOUNDARY = re.compile(r"""[.!?…]+["'”’»)\]]*(?=\s+(?:["'“‘„«(\[]*[A-ZÀ-ÖØ-ÞА-ЯЁ0-9]|⟦))""")
_WORD_BEFORE = re.compile(r"(\S+)$")
#: Longest segment handed to the engine; longer sentences are cut at a space (see ``bounded``).
MAX_SEGMENT_CHARS = 800


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text`` with their surrounding whitespace stripped."""
    return [text[start:end] for start, end in sentence_spans(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence, whitespace between sentences excluded."""
    spans, start = [], 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if _is_abbreviation(text[start:match.start() + 1]):
            continue
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.extend(bounded(text, a, b))
    return out


def _is_abbreviation(head: str) -> bool:
    """Does ``head`` (text up to and including the stop) end with an abbreviation or an initial?"""
    if not head.endswith("."):
        return False
    match = _WORD_BEFORE.search(head[:-1])
    if not match:
        return False
    word = match.group(1).lstrip("\"'“‘«([").lower()
    if word in ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha()  # an initial: "J. Smith"


def bounded(text: str, start: int, end: int, limit: int = MAX_SEGMENT_CHARS) -> list[tuple[int, int]]:
    """Cut [start, end) into pieces of at most ``limit`` characters at spaces (a run-on "sentence").

    >>> bounded("aaa bbb ccc", 0, 11, limit=7)
    [(0, 7), (8, 11)]
    """
    pieces = []
    while end - start > limit:
        cut = text.rfind(" ", start + 1, start + limit + 1)
        if cut <= start:
            cut = start + limit  # no space at all: a hard cut
            pieces.append((start, cut))
            start = cut
        else:
            pieces.append((start, cut))
            start = cut + 1
    pieces.append((start, end))
    return pieces


def segment_document(units) -> list:
    """The sentences of every unit, in order, as ``Segment`` values with ids ``UNIT.N``."""
    from localize.model import Segment

    segments = []
    for index, unit in enumerate(units):
        text = unit.masked.text
        previous_end = None
        for n, (start, end) in enumerate(sentence_spans(text), 1):
            separator = "" if previous_end is None else (text[previous_end:start] or " ")
            segments.append(Segment(id=f"{unit.id}.{n}", unit=index, source=text[start:end], separator=separator))
            previous_end = end
    return segments
