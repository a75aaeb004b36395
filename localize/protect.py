"""Protect what must not be translated by replacing it with placeholders the model copies.

A block's text is masked as it is built: translatable text stays, an *atom* (code span, URL, raw
HTML, image) becomes ``⟦n⟧``, and markup around translatable text (a link, emphasis) becomes a pair
``⟦n⟧ ... ⟦/n⟧``. The shapes survive SentencePiece normalisation and argostranslate's decoding (no
``_``), and the test models were trained to copy them. After translation ``restore`` puts the
originals back and repairs what a real model may do to a placeholder -- drop, duplicate, invent or
reorder one -- so that a placeholder never leaks into an edition; each repair is reported.

Text never carries to the model what it would lose or misread: our own brackets ``⟦ ⟧`` and control
characters (ESC, form feed, other C0/C1) become atoms, so they come back where they stood; invisible
format characters inside translatable text (soft hyphens, zero-width spaces and joiners, bidi controls)
are dropped (``visible``): they belong to the English spelling, and SentencePiece would turn some of them
into visible spaces ("Mos cow"). Atoms side by side are one atom, and markup pairs around exactly the
same text (``**[*x*](u)**``) are one pair, so a model sees as few placeholders as possible.

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
#: What is kept verbatim inside translatable text: URLs, e-mail addresses, our own brackets (with what
#: they enclose: ``⟦/1⟧``) and control characters (a terminal colour sequence ``ESC[31m`` as a whole).
_VERBATIM = re.compile(
    r"(?:https?://|ftp://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)\]'’”»]"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|⟦[^\s⟦⟧]{0,20}⟧|[⟦⟧]"
    r"|(?P<control>[ \t]*(?:\x1b\[[0-?]*[ -/]*[@-~]|[\x00-\x08\x0b-\x1f\x7f-\x9f])+[ \t]*)"
)
#: Invisible format characters: soft hyphen, Arabic letter mark, Mongolian vowel separator, zero-width
#: space, non-joiner and joiner, left-to-right and right-to-left marks, bidi embeddings, overrides and
#: isolates, word joiner, invisible operators, zero-width no-break space.
INVISIBLE = "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
#: ... except a joiner between two symbols: it builds one emoji out of several (👨\u200d👩).
_DROPPED = re.compile(rf"(?<![^\w\s])\u200d|\u200d(?![^\w\s])|[{INVISIBLE.replace(chr(0x200d), '')}]")
#: Closing markup takes no space before these, opening markup none after these (restore).
_CLOSING_PUNCTUATION, _OPENING_PUNCTUATION = ".,;:!?…)]»", "([«„"


@dataclass
class Masked:
    """A block's text with placeholders, and what each placeholder stands for."""

    text: str
    atoms: dict[int, str] = field(default_factory=dict)
    pairs: dict[int, tuple[str, str]] = field(default_factory=dict)
    terms: dict = field(default_factory=dict)  # glossary slots (enforce.py), rendered before restore
    quantities: dict = field(default_factory=dict)  # numbers, money, dates (localise.py), rendered before restore
    glued: set[int] = field(default_factory=set)  # atoms whose placeholder was spaced out for the model (restore)

    @property
    def ids(self) -> set[int]:
        return set(self.atoms) | set(self.pairs) | set(self.terms) | set(self.quantities)


class Masker:
    """Builds a ``Masked`` text piece by piece (see the module example)."""

    def __init__(self, protect_urls: bool = True):
        self._parts: list[str] = []
        self._masked = Masked("")
        self._stack: list[int] = []
        self._first_inside: dict[int, int] = {}  # pair -> the pair that opens right after it
        self._merged: set[str] = set()  # the markers of pairs merged into the pair around them
        self._last_atom: int | None = None  # the atom just added, nothing after it yet
        self._next = 1
        self._protect_urls = protect_urls

    def _id(self) -> int:
        self._next += 1
        return self._next - 1

    def text(self, text: str) -> None:
        last = 0
        for match in _VERBATIM.finditer(text) if self._protect_urls else ():
            self._text(text[last:match.start()])
            self.atom(match.group(0), glued=bool(match.group("control")))
            last = match.end()
        self._text(text[last:])

    def _text(self, text: str) -> None:
        shown = visible(text)
        if text and not shown:  # nothing but invisible characters: not part of a word, kept as they are
            self.atom(text)
        elif shown:
            self._parts.append(shown)
            self._last_atom = None

    def atom(self, original: str, glued: bool = False) -> None:
        """A placeholder for ``original``. A *glued* one (a line break, control characters) stands apart
        for the model, so that the words around it are translated, and is glued back to them on restore."""
        if self._last_atom is not None and (self._last_atom in self._masked.glued) == glued:
            self._masked.atoms[self._last_atom] += original
            return
        n = self._last_atom = self._id()
        self._masked.atoms[n] = original
        if glued:
            self._masked.glued.add(n)
        self._parts.append(f" {OPEN}{n}{CLOSE} " if glued else f"{OPEN}{n}{CLOSE}")

    def open(self, before: str, after: str) -> None:
        n = self._id()
        self._masked.pairs[n] = (before, after)
        if self._stack and self._parts[-1] == f" {OPEN}{self._stack[-1]}{CLOSE} ":
            self._first_inside[self._stack[-1]] = n
        self._stack.append(n)
        self._parts.append(f" {OPEN}{n}{CLOSE} ")
        self._last_atom = None

    def close(self) -> None:
        n = self._stack.pop()
        inner = self._first_inside.get(n)
        if inner is not None and self._parts[-1] == f" {OPEN}/{inner}{CLOSE} ":  # around the same text: one pair
            pairs = self._masked.pairs
            pairs[n] = (pairs[n][0] + pairs[inner][0], pairs[inner][1] + pairs[n][1])
            del pairs[inner]
            self._merged |= {f" {OPEN}{inner}{CLOSE} ", f" {OPEN}/{inner}{CLOSE} "}
        self._parts.append(f" {OPEN}/{n}{CLOSE} ")
        self._last_atom = None

    def result(self) -> Masked:
        while self._stack:  # unbalanced input: close what is open
            self.close()
        parts = [part for part in self._parts if part not in self._merged]
        self._masked.text = re.sub(r"[ \t]{2,}", " ", "".join(parts)).strip(" \t")
        return self._masked


def visible(text: str) -> str:
    """``text`` without invisible format characters (``INVISIBLE``), but for joiners inside emoji.

    >>> visible("Mos\\u00adcow, Mos\\u200bcow, \\u2067China\\u2069, 👨\\u200d👩")
    'Moscow, Moscow, China, 👨\\u200d👩'
    """
    return _DROPPED.sub("", text)


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
    where: dict[tuple[str, int], int] = {}  # the one place each placeholder is kept: its index in pieces
    pieces: list[str] = []
    last, ids = 0, masked.ids
    for match in PLACEHOLDER.finditer(translated):
        pieces.append(translated[last:match.start()])
        last = match.end()
        key = slash, n = match.group(1), int(match.group(2))
        if n not in ids or (slash and n not in masked.pairs):
            problems.append(f"unknown placeholder {match.group(0)} removed")
        elif key in where:
            problems.append(f"placeholder {match.group(0)} duplicated")
        else:
            where[key] = len(pieces)
            pieces.append(match.group(0))  # resolved below, once we know which pairs are whole
    pieces.append(translated[last:])

    # pairs: both halves, in order, or neither
    whole = set()
    for n in masked.pairs:
        i, j = where.get(("", n)), where.get(("/", n))
        if i is None or j is None or j < i:
            problems.append(f"markup {OPEN}{n}{CLOSE} lost")
            for k in (i, j):
                if k is not None:
                    pieces[k] = " "
        else:
            whole.add(n)
    text = _hug(re.sub(r"[ \t]{2,}", " ", "".join(pieces)), whole, masked.glued).strip(" \t")
    placed: set[int] = set()

    def put_back(match: re.Match) -> str:  # one pass, so restored text is never rescanned
        if match.group(2) is None:
            return ""  # a mangled fragment
        n = int(match.group(2))
        if n in whole:
            return masked.pairs[n][1 if match.group(1) else 0]
        if match.group(1) or n not in masked.atoms or n in placed:
            return ""  # nothing of ours may leak
        placed.add(n)
        return masked.atoms[n]

    text = _PLACEHOLDER_OR_FRAGMENT.sub(put_back, text)
    missing = [n for n in masked.atoms if n not in placed]
    problems += [f"placeholder {OPEN}{n}{CLOSE} missing; appended" for n in missing]
    if missing:
        text = text.rstrip(" \t") + "".join(" " + masked.atoms[n] for n in missing)
    return text, problems


def _hug(text: str, pairs: set[int], glued: set[int]) -> str:
    """Markup hugs its text: no space just inside a pair of ``pairs``, nor between an opening bracket
    and the pair, nor between the pair and a full stop, comma or closing bracket after it; no space
    on either side of a ``glued`` atom.

    >>> _hug("( ⟦1⟧ word ⟦/1⟧ ) and ⟦2⟧ x ⟦/2⟧ . A ⟦3⟧ B", {1, 2}, {3})
    '(⟦1⟧word⟦/1⟧) and ⟦2⟧x⟦/2⟧. A⟦3⟧B'
    """
    parts = PLACEHOLDER.split(text)  # text, slash, number, text, ...

    def side(k: int) -> str:  # "open" or "close" for a marker of ``pairs``, "glued" for a glued atom, else ""
        if not 0 < k < len(parts):
            return ""
        n = int(parts[k + 1])
        return ("close" if parts[k] else "open") if n in pairs else "glued" if n in glued and not parts[k] else ""

    for i in range(0, len(parts), 3):
        before, after, chunk = side(i - 2), side(i + 1), parts[i]
        first, last = chunk.lstrip()[:1] or "x", chunk.rstrip()[-1:] or "x"
        if before in ("open", "glued") or (before == "close" and first in _CLOSING_PUNCTUATION):
            chunk = chunk.lstrip(" \t\n")
        if after in ("close", "glued") or (after == "open" and last in _OPENING_PUNCTUATION):
            chunk = chunk.rstrip(" \t\n")
        parts[i] = chunk
    return "".join(part if k % 3 == 0 else (f"{OPEN}{part}" if k % 3 == 1 else f"{part}{CLOSE}")
                   for k, part in enumerate(parts))
