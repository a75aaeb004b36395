"""Find glossary entries in text: longest match first, whole words, Unicode-aware.

Entries are indexed by their first word, so a text is scanned once, word by word, whatever the size
of the glossary. At each word the longest entry that matches wins and the scan continues after it
("Academy" never fires inside "Bulgarian Academy of Sciences"). Acronyms and do-not-translate entries
match case-sensitively; the rest ignore case (sentence starts, ALL-CAPS datelines). A possessive
(``'s``, or a bare apostrophe after an ``s``: "the terminals' owners") is part of the occurrence; a
hyphenated compound (``Huawei-built``) contains its parts unless the compound itself is listed. Entry
text is never a regular expression. Placeholders (``⟦n⟧``: code, URLs, markup already protected) are
never matched into. ``ё`` and ``е`` are the same letter here.

English plurals match too ("container terminals" is an occurrence of "container terminal", with
``plural=True``): the entry's ``forms:en`` ``plural=...`` when it gives one, else ``english_plurals``
(a small rule set). Do-not-translate entries and plural-only ones (gender ``pl`` on an English name in -s,
"Balkans", or ``gender:en`` pl) have no plural.

Invisible format characters (soft hyphens, zero-width spaces and joiners, bidi controls) do not hide
a term: ``Mos\\u00adcow`` is Moscow, and the occurrence spans the characters as written.

>>> from localize.glossary.model import Entry
>>> m = Matcher([Entry("Academy", {}), Entry("Bulgarian Academy of Sciences", {}), Entry("NATO", {}),
...              Entry("Huawei", {}), Entry("Beijing-Moscow", {}), Entry("Beijing", {})])
>>> [(o.text, o.possessive) for o in m.find("The BULGARIAN ACADEMY OF SCIENCES and the academy's head")]
[('BULGARIAN ACADEMY OF SCIENCES', False), ("academy's", True)]
>>> [o.text for o in m.find("Nato is not NATO; Huawei-built Beijing-Moscow links, Beijing ⟦1⟧")]
['NATO', 'Huawei', 'Beijing-Moscow', 'Beijing']
>>> [(o.text, o.plural, o.possessive) for o in m.find("Academies, the academies' heads and two NATOs")]
[('Academies', True, False), ("academies'", True, True), ('NATOs', True, False)]
>>> [(o.start, o.end, o.text) for o in m.find("\\u2067Hua\\u00adwei\\u2069 and Bei\\u200bjing")]
[(1, 8, 'Hua\\xadwei'), (14, 22, 'Bei\\u200bjing')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import itemgetter

from localize.glossary.model import Entry
from localize.protect import INVISIBLE

_WORD = re.compile(r"⟦/?\d+⟧|[^\W_]+")
_HIDDEN = re.compile(f"[{INVISIBLE}]")
_POSSESSIVE = re.compile(r"['’]s(?![^\W_])")
_BARE_POSSESSIVE = re.compile(r"['’](?![^\W_])")  # after an s: "the terminals' owners"
_OPEN_QUOTE = re.compile(r"(?:^|(?<=[\s(\[“\"«—–-]))['‘](?=[^\W_])")
_CLOSE_QUOTE = re.compile(r"(?<=\S)['’](?![^\W_])")
_NORMALISE = str.maketrans({"ё": "е", "Ё": "Е", "\u00a0": " ", "\t": " ", "\n": " ", "\u2009": " ", "\u202f": " ",
                            "\u2010": "-", "\u2011": "-"})


@dataclass(frozen=True)
class Occurrence:
    start: int
    end: int  # the possessive ending included
    entry: Entry
    text: str
    possessive: bool = False  # 's, or ' after an s
    plural: bool = False  # a plural of the entry ("container terminals"); False for a plural spelled as
    # the singular ("two aircraft", "the series")


def tokens(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word (placeholders count as one word)."""
    return [m.span() for m in _WORD.finditer(text)]


def normalise(text: str) -> str:
    """Same length as ``text``: spaces unified, ё as е, non-breaking hyphens as hyphens."""
    return text.translate(_NORMALISE)


class Matcher:
    """Finds ``entries`` in text (``find``). ``source_lang``: the language of the entries' source terms;
    English plural rules apply only to ``en``, an explicit ``forms:LANG`` plural to any language."""

    def __init__(self, entries: list[Entry], source_lang: str = "en"):
        self.entries = entries
        # first word (lower case) -> candidates, longest first: (words before the head, [(head word,
        # plural, ends in a letter or digit)] longest first, words after the head, case-sensitive, entry,
        # order). An entry and its plurals differ in one word, the head ("container terminal[s]",
        # "Chief[s] of Staff"): one candidate holds them all when they share their first word, so the
        # words before the head are compared once.
        self._index: dict[str, list[tuple[list[str], list[tuple[str, bool, bool]], list[str], bool, Entry, int]]] = {}
        for entry in entries:
            words = normalise(_HIDDEN.sub("", entry.source)).split()
            first = _WORD.match(words[0]) if words else None
            if not first:
                continue  # must start with a word character (see glossary check)
            sensitive = entry.case_sensitive
            if not sensitive:
                words = [w.lower() for w in words]
            head, plural_forms = _plural_forms(entry, source_lang, words, lower=not sensitive)
            length = len(entry.source)
            if head is not None and (head > 0 or not plural_forms):
                alternatives = [(words[head], False, length)]
                alternatives += [(form[head], True, length + len(form[head]) - len(words[head])) for form in plural_forms]
                self._add(first.group(0).lower(), words, head, alternatives, sensitive, entry)
                continue
            # "Chief[s] of Staff", or an explicit plural of another shape: each form a candidate of its own
            head = 0 if head is not None else len(words) - 1
            self._add(first.group(0).lower(), words, head, [(words[head], False, length)], sensitive, entry)
            for form in plural_forms:
                first = _WORD.match(form[0])
                if first:
                    at = 0 if head == 0 else len(form) - 1
                    self._add(first.group(0).lower(), form, at, [(form[at], True, _length(form))], sensitive, entry)
        for candidates in self._index.values():
            candidates.sort(key=itemgetter(5))

    def _add(self, key: str, words: list[str], head: int, alternatives: list[tuple[str, bool, int]], sensitive: bool,
             entry: Entry) -> None:
        """Index one candidate: ``words`` with, at ``head``, one of the ``alternatives`` (word, plural,
        length of the whole form). Candidates are ordered by their shortest form, longest first (where
        two match at one place, the longer always wins), an entry before a plural as long."""
        after = words[head + 1:]
        if len(alternatives) > 1:
            alternatives.sort(key=lambda a: (-a[2], a[1]))  # longest first; a singular before a plural
        shortest, plural = min((length, plural) for _word, plural, length in alternatives)
        heads = [(word, is_plural, (after[-1] if after else word)[-1:].isalnum()) for word, is_plural, _n in alternatives]
        self._index.setdefault(key, []).append((words[:head], heads, after, sensitive, entry, plural - 2 * shortest))

    def find(self, text: str) -> list[Occurrence]:
        if not _HIDDEN.search(text):
            return self._find(text)
        kept = [i for i, c in enumerate(text) if not _HIDDEN.match(c)]  # offsets in ``text`` of what is matched
        return [Occurrence(kept[o.start], kept[o.end - 1] + 1, o.entry, text[kept[o.start]:kept[o.end - 1] + 1],
                           o.possessive, o.plural) for o in self._find(_HIDDEN.sub("", text))]

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
            for before, heads, after, sensitive, entry, _order in candidates:
                haystack = norm if sensitive else lower
                at = _match_words(haystack, start, before, True) if before else start
                if at < 0:
                    continue
                for word, plural, ends_in_word in heads:
                    if not haystack.startswith(word, at):
                        continue
                    end = at + len(word)
                    if after:
                        end = _match_words(haystack, end, after, False)
                        if end < 0:
                            continue
                    next_char = norm[end:end + 1]
                    if ends_in_word and next_char and (next_char.isalnum() or next_char == "⟦"):
                        continue  # inside a longer word
                    if entry.type == "place" and _NAME_PREFIX.search(norm, 0, start):
                        continue  # "near Novi Iskar": a place's name inside another place's (Нови Искър)
                    possessive = _POSSESSIVE.match(norm, end)
                    if not possessive and norm[end - 1:end] in ("s", "S"):
                        bare = _BARE_POSSESSIVE.match(norm, end)
                        possessive = bare if bare and not _quoted(norm, start) else None
                    stop = possessive.end() if possessive else end
                    found.append(Occurrence(start, stop, entry, text[start:stop], bool(possessive), plural))
                    position = stop
                    break
                else:
                    continue  # no form of this candidate is here: the next (shorter) candidate
                break
        return found


#: The first words of compound place names (Novi Iskar, Stara Zagora, Veliko Tarnovo, Upper Volta): a place entry
#: right after one is part of another name.
_NAME_PREFIX = re.compile(r"(?<![\w-])(?:Novi|Nova|Novo|Stari|Stara|Staro|Gorna|Gorni|Gorno|Dolna|Dolni|Dolno|Veliko|"
                          r"Veliki|Velika|Malko|Mali|Malka|Golyamo|Golyam|Golyama|Nizhny|Nizhni|Nizhnyaya|Verkhny|"
                          r"Verkhnyaya|Upper|Lower|Novy|Novaya|Staraya|Stary)\s+$")


def _quoted(text: str, position: int, window: int = 300) -> bool:
    """Whether ``position`` is inside single quotes opened before it (within ``window`` characters), so
    that a ``'`` after the occurrence closes the quotation rather than making a possessive.

    >>> _quoted("the 'container terminals' said", 5), _quoted("the terminals' owners", 4)
    (True, False)
    """
    start = max(0, position - window)
    opening = max((m.start() for m in _OPEN_QUOTE.finditer(text, start, position + 1)), default=-1)
    if opening < 0:
        return False
    return not any(True for _ in _CLOSE_QUOTE.finditer(text, opening + 1, position))


def _match_words(text: str, position: int, words: list[str], before_head: bool) -> int:
    """Where ``words`` end if they occur at ``position`` separated by runs of spaces, else -1.
    ``before_head``: they are followed by spaces (the end is after them); else preceded by spaces.

    >>> _match_words("the Diplomatic  Academy", 4, ["Diplomatic"], True), _match_words("x  of Staff", 1, ["of", "Staff"], False)
    (16, 11)
    """
    end = len(text)
    for word in words:
        if not before_head:
            spaces = position
            while position < end and text[position] == " ":
                position += 1
            if position == spaces:
                return -1
        if not text.startswith(word, position):
            return -1
        position += len(word)
        if before_head:
            spaces = position
            while position < end and text[position] == " ":
                position += 1
            if position == spaces:
                return -1
    return position


# --- English plurals -------------------------------------------------------------------------------

#: Nouns (or the ends of compounds: "chairman", "spokesperson") whose plural no suffix rule makes.
_IRREGULAR = {
    "man": ("men",), "woman": ("women",), "person": ("people", "persons"), "child": ("children",),
    "foot": ("feet",), "tooth": ("teeth",), "mouse": ("mice",), "goose": ("geese",), "ox": ("oxen",),
    "axis": ("axes",), "criterion": ("criteria",), "phenomenon": ("phenomena",), "datum": ("data",),
    "medium": ("media", "mediums"), "memorandum": ("memoranda", "memorandums"), "curriculum": ("curricula",),
    "index": ("indexes", "indices"), "appendix": ("appendices", "appendixes"), "formula": ("formulas", "formulae"),
    "stimulus": ("stimuli",), "nucleus": ("nuclei",), "radius": ("radii",), "quiz": ("quizzes",),
}
#: Ends of compounds that take the irregular plural ("chairman" -> "chairmen", "grandchild" -> "grandchildren").
_IRREGULAR_ENDINGS = ("woman", "man", "person", "child")
#: Words in -man with a regular plural ("Germans", "humans").
_MAN_REGULAR = {"german", "roman", "human", "ottoman", "shaman", "talisman", "caiman", "walkman", "norman"}
#: Plural the same as the singular: such an entry needs no plural of its own.
_INVARIANT = {"aircraft", "spacecraft", "series", "species", "sheep", "deer", "fish", "news", "headquarters",
              "means", "crossroads", "offspring", "barracks", "corps", "police", "staff", "personnel", "equipment"}
#: -f/-fe -> -ves (also at the end of a compound: "bookshelf").
_VES = ("leaf", "loaf", "half", "calf", "wolf", "shelf", "self", "thief", "sheaf", "knife", "wife", "life")
#: -o -> -oes; the second set takes both.
_OES = {"hero", "potato", "tomato", "veto", "echo", "embargo", "torpedo"}
_OES_OR_OS = {"volcano", "tornado", "cargo", "motto", "zero", "mosquito", "buffalo", "domino"}
#: -ch said /k/: -chs.
_CH_K = {"stomach", "epoch", "monarch", "oligarch", "patriarch", "matriarch", "tech", "czech", "loch", "eunuch"}
#: Endings that surely take a plain -s: no rule below applies to them.
_PLAIN = ("al", "el", "il", "ol", "ul", "nt", "rt", "st", "ng", "er", "or", "ion", "ad", "ed", "id", "od", "ud",
          "ank", "ink", "ark", "ork", "ip", "op", "ap", "im", "am", "um", "em", "om", "ow", "ew", "aw", "et", "at", "it", "ot")
#: The head of "Chief of Staff", "Committee for Friendship" is the word before the first of these.
_PREPOSITIONS = {"of", "for", "in", "on", "at", "to", "with", "from", "under", "against", "between", "without",
                 "within", "per", "by", "over", "into", "among", "about", "across"}


def plural_words(word: str, name: bool = False) -> list[str]:
    """The English plural(s) of one noun; ``name``: a proper name ("the Kennedys", "the Joneses").
    Empty when the plural is the word itself, or the word does not end in a letter.

    >>> [plural_words(w) for w in ("terminal", "Academy", "key", "tax", "church", "crisis", "euro", "hero")]
    [['terminals'], ['Academies'], ['keys'], ['taxes'], ['churches'], ['crises'], ['euros'], ['heroes']]
    >>> [plural_words(w) for w in ("chairman", "German", "spokesperson", "shelf", "chief", "monarch", "NGO")]
    [['chairmen'], ['Germans'], ['spokespeople', 'spokespersons'], ['shelves'], ['chiefs'], ['monarchs'], ['NGOs']]
    >>> plural_words("series"), plural_words("Japanese"), plural_words("Kennedy", name=True), plural_words("Jones", name=True)
    ([], [], ['Kennedys'], ['Joneses'])
    >>> plural_words("cheese"), plural_words("diocese")
    (['cheeses'], ['dioceses'])
    """
    if not word[-1:].isalpha():
        return []
    lower = word.lower()
    if word.isupper() and len(word) > 1:
        return [word + "s"]  # acronyms: NGOs, SMEs
    if name:
        return [word + ("es" if lower.endswith(("s", "x", "z", "ch", "sh")) else "s")]
    if lower in _INVARIANT or lower.endswith("ese") and not lower.endswith(("cheese", "diocese")):
        return []  # (Japanese, Maltese: the same in the plural; not cheese, diocese)

    def ending(drop: int, *adds: str) -> list[str]:
        return [word[:len(word) - drop] + add for add in adds]

    if lower in _IRREGULAR or lower.endswith(_IRREGULAR_ENDINGS) and lower not in _MAN_REGULAR:
        end = lower if lower in _IRREGULAR else next(e for e in _IRREGULAR_ENDINGS if lower.endswith(e))
        return [word[:len(word) - len(end)] + (p.capitalize() if lower == end and word[:1].isupper() else p)
                for p in _IRREGULAR[end]]
    if lower.endswith(_PLAIN):
        return [word + "s"]  # the common case, before the rules below
    if lower.endswith(_VES):
        return ending(2, "ves") if lower.endswith("fe") else ending(1, "ves")
    if lower in _OES:
        return ending(0, "es")
    if lower in _OES_OR_OS:
        return ending(0, "es", "s")
    if lower.endswith("sis"):
        return ending(2, "es")
    if lower.endswith("y") and lower[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return ending(1, "ies")
    if lower.endswith(("s", "x", "z", "sh")) or lower.endswith("ch") and lower not in _CH_K:
        return ending(0, "es")
    return ending(0, "s")


def english_plurals(phrase: str, name: bool = False) -> list[str]:
    """The English plural(s) of a term: its head noun made plural, the head being the last word, or
    the word before the first preposition ("Chiefs of Staff").

    >>> english_plurals("container terminal"), english_plurals("Chief of Staff")
    (['container terminals'], ['Chiefs of Staff'])
    >>> english_plurals("Committee for Friendship, Peace and Development")
    ['Committees for Friendship, Peace and Development']
    """
    words = phrase.split()
    head = _head(words)
    return [" ".join(words[:head] + [plural] + words[head + 1:]) for plural in plural_words(words[head], name)] if words else []


def _head(words: list[str]) -> int:
    """The index of the head noun: the word before the first preposition, else the last word."""
    for i in range(1, len(words)):
        if words[i].lower() in _PREPOSITIONS:
            return i - 1
    return len(words) - 1


def _differs(form: list[str], words: list[str]) -> int | None:
    """The one word in which ``form`` differs from ``words``; None when they differ otherwise."""
    if len(form) != len(words):
        return None
    different = [i for i, (a, b) in enumerate(zip(form, words)) if a != b]
    return different[0] if len(different) == 1 else None


def _length(words: list[str]) -> int:
    return sum(map(len, words)) + len(words) - 1


def plurals(entry: Entry, source_lang: str = "en") -> list[str]:
    """The plural phrases an occurrence of ``entry`` may take in the source text: the entry's explicit
    ``forms:LANG`` ``plural``, else (English only) ``english_plurals``; none for do-not-translate and
    plural-only (gender ``pl``) entries.

    >>> plurals(Entry("container terminal", {})), plurals(Entry("Huawei", {}, type="dnt"))
    (['container terminals'], [])
    >>> plurals(Entry("Bulgarian lev", {}, forms={"en": {"plural": "Bulgarian leva"}}))
    ['Bulgarian leva']
    """
    return [" ".join(words) for words in _plural_forms(entry, source_lang, normalise(entry.source).split())[1]]


def _plural_forms(entry: Entry, source_lang: str, words: list[str], lower: bool = False) -> tuple[int | None, list[list[str]]]:
    """(the index of the word in which the singular and the plurals differ, or None when an explicit
    plural differs otherwise; ``plurals`` as lists of words). ``words``: the entry's source, normalised
    and split, in lower case if ``lower`` (an explicit plural is then made the same)."""
    explicit = entry.forms[source_lang].get("plural") if source_lang in entry.forms else None
    if explicit:
        plural = normalise(explicit.lower() if lower else explicit).split()
        return (None, []) if plural == words else (_differs(plural, words), [plural])
    plural_only = entry.genders.get(source_lang) == "pl" or (
        entry.gender_for(source_lang) == "pl" and words and re.search(r"[sS]$", words[-1]))
    # (gender pl for "Balkans", "Dardanelles"; not for "rescue excavation", plural only in the translations)
    if source_lang != "en" or entry.type == "dnt" or plural_only:
        return len(words) - 1, []
    head = _head(words)
    return head, [words[:head] + [plural] + words[head + 1:] for plural in plural_words(words[head], entry.is_name)]
