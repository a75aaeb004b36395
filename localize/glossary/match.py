"""Find glossary entries in text: longest match first, whole words, Unicode-aware.

Entries are indexed by their first word, so a text is scanned once, word by word, whatever the size
of the glossary. At each word the longest entry that matches wins and the scan continues after it
("Academy" never fires inside "Bulgarian Academy of Sciences"). Acronyms and do-not-translate entries
match case-sensitively; the rest ignore case (sentence starts, ALL-CAPS datelines). A possessive
``'s`` is part of the occurrence; a hyphenated compound (``Huawei-built``) contains its parts unless
the compound itself is listed. Entry text is never a regular expression. Placeholders (``⟦n⟧``: code,
URLs, markup already protected) are never matched into. ``ё`` and ``е`` are the same letter here.
Invisible format characters (soft hyphens, zero-width spaces and joiners, bidi controls) do not hide
a term: ``Mos\\u00adcow`` is Moscow, and the occurrence spans the characters as written.

>>> from localize.glossary.model import Entry
>>> m = Matcher([Entry("Academy", {}), Entry("Bulgarian Academy of Sciences", {}), Entry("NATO", {}),
...              Entry("Huawei", {}), Entry("Beijing-Moscow", {}), Entry("Beijing", {})])
>>> [(o.text, o.possessive) for o in m.find("The BULGARIAN ACADEMY OF SCIENCES and the academy's head")]
[('BULGARIAN ACADEMY OF SCIENCES', False), ("academy's", True)]
>>> [o.text for o in m.find("Nato is not NATO; Huawei-built Beijing-Moscow links, Beijing ⟦1⟧")]
['NATO', 'Huawei', 'Beijing-Moscow', 'Beijing']
>>> [(o.start, o.end, o.text) for o in m.find("\\u2067Hua\\u00adwei\\u2069 and Bei\\u200bjing")]
[(1, 8, 'Hua\\xadwei'), (14, 22, 'Bei\\u200bjing')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from localize.glossary.model import Entry
from localize.protect import INVISIBLE

_WORD = re.compile(r"⟦/?\d+⟧|[^\W_]+")
_HIDDEN = re.compile(f"[{INVISIBLE}]")
_POSSESSIVE = re.compile(r"['’]s(?![^\W_])")
_NORMALISE = str.maketrans({"ё": "е", "Ё": "Е", "\u00a0": " ", "\t": " ", "\n": " ", "\u2009": " ", "\u202f": " ",
                            "\u2010": "-", "\u2011": "-"})


@dataclass(frozen=True)
class Occurrence:
    start: int
    end: int  # the possessive ending included
    entry: Entry
    text: str
    possessive: bool = False


def tokens(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word (placeholders count as one word)."""
    return [m.span() for m in _WORD.finditer(text)]


def normalise(text: str) -> str:
    """Same length as ``text``: spaces unified, ё as е, non-breaking hyphens as hyphens."""
    return text.translate(_NORMALISE)


class Matcher:
    def __init__(self, entries: list[Entry]):
        # first word (lower case) -> [(words to compare, case-sensitive, ends in a letter/digit, entry)]
        self._index: dict[str, list[tuple[list[str], bool, bool, Entry]]] = {}
        for entry in entries:
            words = normalise(_HIDDEN.sub("", entry.source)).split()
            first = _WORD.match(words[0]) if words else None
            if not first:
                continue  # must start with a word character (see glossary check)
            sensitive = entry.case_sensitive
            compare = words if sensitive else [w.lower() for w in words]
            self._index.setdefault(first.group(0).lower(), []).append(
                (compare, sensitive, words[-1][-1:].isalnum(), entry))
        for candidates in self._index.values():
            candidates.sort(key=lambda c: -len(c[3].source))

    def find(self, text: str) -> list[Occurrence]:
        if not _HIDDEN.search(text):
            return self._find(text)
        kept = [i for i, c in enumerate(text) if not _HIDDEN.match(c)]  # offsets in ``text`` of what is matched
        return [Occurrence(kept[o.start], kept[o.end - 1] + 1, o.entry, text[kept[o.start]:kept[o.end - 1] + 1],
                           o.possessive) for o in self._find(_HIDDEN.sub("", text))]

    def _find(self, text: str) -> list[Occurrence]:
        norm = normalise(text)
        lower = norm.lower()
        if len(lower) != len(norm):  # a character whose lower case is longer: keep offsets exact
            lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in norm)
        found, position = [], 0
        for match in _WORD.finditer(norm):
            start = match.start()
            if start < position or match.group(0).startswith("⟦"):
                continue
            candidates = self._index.get(match.group(0).lower())
            if not candidates:
                continue
            for words, sensitive, ends_in_word, entry in candidates:
                end = _match_words(norm if sensitive else lower, start, words)
                if end < 0:
                    continue
                after = norm[end:end + 1]
                if ends_in_word and after and (after.isalnum() or after in "_⟦"):
                    continue  # inside a longer word
                possessive = _POSSESSIVE.match(norm, end)
                stop = possessive.end() if possessive else end
                found.append(Occurrence(start, stop, entry, text[start:stop], bool(possessive)))
                position = stop
                break
        return found


def _match_words(text: str, position: int, words: list[str]) -> int:
    """End offset if ``words`` occur at ``position`` separated by any run of spaces, else -1."""
    for i, word in enumerate(words):
        if not text.startswith(word, position):
            return -1
        position += len(word)
        if i < len(words) - 1:
            spaces = position
            while position < len(text) and text[position] == " ":
                position += 1
            if position == spaces:
                return -1
    return position
