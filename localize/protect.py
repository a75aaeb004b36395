"""Protect what must not be translated by replacing it with placeholders the model copies.

A block's text is masked as it is built: translatable text stays, an *atom* (code span, URL, raw
HTML, image) becomes ``⟦n⟧``, and markup around translatable text (a link, emphasis) becomes a pair
``⟦n⟧ ... ⟦/n⟧``. The shapes survive SentencePiece normalisation and argostranslate's decoding (no
``_``), and the test models were trained to copy them. After translation ``restore`` puts the
originals back and repairs what a real model may do to a placeholder -- drop, duplicate, invent or
reorder one -- so that a placeholder never leaks into an edition; each repair is reported.

>>> m = Masker()
>>> m.text("See the ")
>>> m.open("[", "](https://example.org/a_b)")
>>> m.text("Diplomatic Academy")
>>> m.close()
>>> m.text(" site, or run ")
>>> m.atom("`make demo`")
>>> masked = m.result()
>>> masked.text
'See the ⟦1⟧ Diplomatic Academy ⟦/1⟧ site, or run ⟦2⟧'
>>> restore("Вижте сайта на ⟦1⟧ Дипломатическата академия ⟦/1⟧ или ⟦2⟧", masked)
('Вижте сайта на [Дипломатическата академия](https://example.org/a_b) или `make demo`', [])
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

OPEN, CLOSE = "⟦", "⟧"
PLACEHOLDER = re.compile(r"⟦(/?)(\d+)⟧")
#: A placeholder, or a fragment of one a model mangled (``⟦3]``, a lone ``⟧``).
_PLACEHOLDER_OR_FRAGMENT = re.compile(r"⟦(/?)(\d+)⟧|⟦/?\d*\]?|⟧")
#: What is kept verbatim inside translatable text: URLs, e-mail addresses, and our own brackets.
_VERBATIM = re.compile(
    r"(?:https?://|ftp://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)\]'’”»]"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|[⟦⟧]"
)


@dataclass
class Masked:
    """A block's text with placeholders, and what each placeholder stands for."""

    text: str
    atoms: dict[int, str] = field(default_factory=dict)
    pairs: dict[int, tuple[str, str]] = field(default_factory=dict)
    terms: dict = field(default_factory=dict)  # glossary slots (enforce.py), rendered before restore
    quantities: dict = field(default_factory=dict)  # numbers, money, dates (localise.py), rendered before restore

    @property
    def ids(self) -> set[int]:
        return set(self.atoms) | set(self.pairs) | set(self.terms) | set(self.quantities)


class Masker:
    """Builds a ``Masked`` text piece by piece (see the module example)."""

    def __init__(self, protect_urls: bool = True):
        self._parts: list[str] = []
        self._masked = Masked("")
        self._stack: list[int] = []
        self._next = 1
        self._protect_urls = protect_urls

    def _id(self) -> int:
        self._next += 1
        return self._next - 1

    def text(self, text: str) -> None:
        if not self._protect_urls:
            self._parts.append(text)
            return
        last = 0
        for match in _VERBATIM.finditer(text):
            self._parts.append(text[last:match.start()])
            self.atom(match.group(0))
            last = match.end()
        self._parts.append(text[last:])

    def atom(self, original: str) -> None:
        n = self._id()
        self._masked.atoms[n] = original
        self._parts.append(f"{OPEN}{n}{CLOSE}")

    def open(self, before: str, after: str) -> None:
        n = self._id()
        self._masked.pairs[n] = (before, after)
        self._stack.append(n)
        self._parts.append(f" {OPEN}{n}{CLOSE} ")

    def close(self) -> None:
        n = self._stack.pop()
        self._parts.append(f" {OPEN}/{n}{CLOSE} ")

    def result(self) -> Masked:
        while self._stack:  # unbalanced input: close what is open
            self.close()
        text = re.sub(r"[ \t]{2,}", " ", "".join(self._parts)).strip(" \t")
        self._masked.text = text
        return self._masked


def plain(text: str) -> Masked:
    """Mask a plain-text block (only URLs and e-mail addresses are protected).

    >>> plain("Read https://example.org/x_y now.").text
    'Read ⟦1⟧ now.'
    """
    masker = Masker()
    masker.text(text)
    return masker.result()


def restore(translated: str, masked: Masked) -> tuple[str, list[str]]:
    """Put the originals back into a translation; returns (text, problems repaired).

    >>> m = Masker(); m.text("a "); m.atom("`x`"); m.text(" b "); m.open("*", "*"); m.text("c"); m.close()
    >>> masked = m.result()
    >>> restore("A ⟦1⟧ ⟦1⟧ B ⟦9⟧ C", masked)
    ('A `x` B C', ['placeholder ⟦1⟧ duplicated', 'unknown placeholder ⟦9⟧ removed', 'markup ⟦2⟧ lost'])
    >>> restore("A B", masked)[0]
    'A B `x`'
    """
    problems: list[str] = []
    seen: dict[tuple[str, int], int] = {}
    pieces: list[str] = []
    last = 0
    for match in PLACEHOLDER.finditer(translated):
        pieces.append(translated[last:match.start()])
        last = match.end()
        slash, n = match.group(1), int(match.group(2))
        key = (slash, n)
        seen[key] = seen.get(key, 0) + 1
        if n not in masked.ids or (slash and n not in masked.pairs):
            problems.append(f"unknown placeholder {match.group(0)} removed")
            continue
        if seen[key] > 1:
            problems.append(f"placeholder {match.group(0)} duplicated")
            continue
        pieces.append(match.group(0))  # resolved below, once we know which pairs are whole
    pieces.append(translated[last:])
    text = "".join(pieces)

    # pairs: both halves, in order, or neither
    for n, (before, after) in masked.pairs.items():
        opening, closing = f"{OPEN}{n}{CLOSE}", f"{OPEN}/{n}{CLOSE}"
        i, j = text.find(opening), text.find(closing)
        if i < 0 or j < 0 or j < i:
            problems.append(f"markup {OPEN}{n}{CLOSE} lost")
            text = text.replace(opening, " ").replace(closing, " ")
            continue
        text = re.sub(re.escape(opening) + r"\s*", lambda _: before, text, count=1)
        text = re.sub(r"\s*" + re.escape(closing), lambda _: after, text, count=1)
    text = re.sub(r"[ \t]{2,}", " ", text)
    placed: set[int] = set()

    def put_back(match: re.Match) -> str:  # one pass, so restored text is never rescanned
        if match.group(2) is None:
            return ""  # a mangled fragment
        n = int(match.group(2))
        if match.group(1) or n not in masked.atoms or n in placed:
            return ""  # nothing of ours may leak
        placed.add(n)
        return masked.atoms[n]

    text = _PLACEHOLDER_OR_FRAGMENT.sub(put_back, text).strip(" \t")
    for n, original in masked.atoms.items():
        if n not in placed:
            problems.append(f"placeholder {OPEN}{n}{CLOSE} missing; appended")
            text = text.rstrip() + " " + original
    return text, problems
