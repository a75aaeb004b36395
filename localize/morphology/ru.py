"""Russian: the six case forms of an approved glossary term, with pymorphy3.

A multi-word term declines around its head noun: adjectives (and participles) before the head agree
with it in case, number and gender; words after the head stay as they are (frozen genitive tails:
«Дипломатическая академия МИД России»). Personal names decline word by word (``declension=full``),
Chinese male names only in their last part (``last``), and female Chinese names, foreign female
surnames and acronyms not at all (``none``). Persons are animate: their accusative is the genitive.

>>> forms("Дипломатическая академия МИД России")["ablt"]
'Дипломатической академией МИД России'
>>> forms("Сун Чжунпин", declension="last", person=True)["ablt"]
'Сун Чжунпином'
>>> forms("Олег Иванов", person=True)["accs"]
'Олега Иванова'
>>> forms("Хуа Чуньин", declension="none")["datv"]
'Хуа Чуньин'
>>> forms("болгарский лев")["gent"]
'болгарского лева'
>>> case_from_context("переговоры с")
'ablt'
"""

from __future__ import annotations

import functools
import re

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
#: The case a preposition governs when it directly precedes the term (the most frequent reading).
PREPOSITIONS = {
    "без": "gent", "для": "gent", "до": "gent", "из": "gent", "от": "gent", "у": "gent", "около": "gent",
    "после": "gent", "против": "gent", "вокруг": "gent", "среди": "gent", "со стороны": "gent", "возле": "gent",
    "во время": "gent", "в течение": "gent", "в ходе": "gent", "в рамках": "gent",
    "к": "datv", "ко": "datv", "по": "datv", "благодаря": "datv", "согласно": "datv",
    "про": "accs", "через": "accs", "сквозь": "accs",
    "с": "ablt", "со": "ablt", "между": "ablt", "над": "ablt", "под": "ablt", "перед": "ablt", "за": "ablt",
    "в": "loct", "во": "loct", "на": "loct", "о": "loct", "об": "loct", "обо": "loct", "при": "loct",
}
_LAST_WORD = re.compile(r"([А-Яа-яЁё]+(?:\s+[А-Яа-яЁё]+)?)\s*$")


@functools.lru_cache(maxsize=1)
def analyzer():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def _match_case(original: str, word: str) -> str:
    if "-" in original and original.count("-") == word.count("-"):
        return "-".join(_match_case(o, w) for o, w in zip(original.split("-"), word.split("-")))
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _pick(word: str, wanted_pos=("NOUN",), animate: bool | None = None):
    """The nominative parse of ``word`` with a part of speech in ``wanted_pos`` (best score first)."""
    parses = [p for p in analyzer().parse(word) if p.tag.POS in wanted_pos and p.tag.case == "nomn"]
    if animate is not None:
        preferred = [p for p in parses if ("anim" in p.tag) == animate]
        parses = preferred or parses
    if word.lower() == "лев":  # the currency, not the animal nor the name: лева, not льва
        parses = [p for p in parses if "inan" in p.tag and "Name" not in p.tag] or parses
    return parses[0] if parses else None


def _inflect_word(word: str, case: str, parse, extra=frozenset()) -> str:
    if "-" in word and parse is None:
        head, _, tail = word.rpartition("-")
        return head + "-" + _inflect_word(tail, case, _pick(tail, ("ADJF", "NOUN", "PRTF")), extra)
    if parse is None:
        return word
    grammemes = {case} | set(extra)
    form = parse.inflect(grammemes) or parse.inflect({case})
    return _match_case(word, form.word) if form else word


def _person_word(word: str, case: str, female: bool) -> str:
    """A first name or surname; unknown foreign masculine names decline like «Чжунпин»."""
    parse = next((p for p in analyzer().parse(word) if p.tag.POS == "NOUN" and p.tag.case == "nomn"
                  and (("femn" in p.tag) == female or {"Name", "Surn"} & set(p.tag.grammemes) == set())), None)
    if parse is None:
        parse = next((p for p in analyzer().parse(word) if p.tag.case == "nomn" and p.tag.POS in ("NOUN", "ADJF")), None)
    if parse is None:
        return word
    case_for = "gent" if case == "accs" and not female else case  # masculine animate: accusative = genitive
    form = parse.inflect({case_for}) if parse.tag.POS == "NOUN" else parse.inflect({case_for, "femn" if female else "masc"})
    return _match_case(word, form.word) if form else word


@functools.lru_cache(maxsize=8192)
def inflect(phrase: str, case: str, declension: str = "full", person: bool = False, gender: str = "") -> str:
    """``phrase`` (a nominative approved form) in ``case`` (a pymorphy3 case: nomn, gent, ...)."""
    if case == "nomn" or declension == "none" or not phrase.strip():
        return phrase
    words = phrase.split()
    if person:
        female = gender == "f"
        if female and any(_is_foreign_female_surname(w) for w in words[-1:]):
            return phrase
        if declension == "last":
            return " ".join(words[:-1] + [_person_word(words[-1], case, female)])
        return " ".join(_person_word(w, case, female) for w in words)
    # a term: find the head noun; adjectives before it agree, words after it are frozen
    head = next((i for i, w in enumerate(words) if _pick(w) is not None and not w.isupper()), None)
    if head is None:
        return phrase
    head_parse = _pick(words[head])
    out = list(words)
    out[head] = _inflect_word(words[head], case, head_parse)
    agreement = {head_parse.tag.number or "sing"}
    if head_parse.tag.number != "plur" and head_parse.tag.gender:
        agreement.add(head_parse.tag.gender)
    if case == "accs":
        agreement.add("anim" if "anim" in head_parse.tag else "inan")
    for i in range(head):
        out[i] = _inflect_word(words[i], case, _pick(words[i], ("ADJF", "PRTF")), agreement)
    return " ".join(out)


def _is_foreign_female_surname(word: str) -> bool:
    """A female surname that does not end like a Russian one (-ова, -ева, -ина, -ая...) never declines."""
    return not re.search(r"(ова|ева|ёва|ина|ына|ая|яя|ская|цкая)$", word.lower())


def forms(phrase: str, declension: str = "full", person: bool = False, gender: str = "") -> dict[str, str]:
    """All six case forms of ``phrase``."""
    return {case: inflect(phrase, case, declension, person, gender) for case in CASES}


def case_from_context(before: str) -> str:
    """The case a term needs after ``before`` (the output text preceding it), from a preposition.

    >>> case_from_context("заявил профессор"), case_from_context("встреча в"), case_from_context("со стороны")
    ('nomn', 'loct', 'gent')
    """
    match = _LAST_WORD.search(before.lower())
    if not match:
        return "nomn"
    words = match.group(1).split()
    if len(words) == 2 and " ".join(words) in PREPOSITIONS:
        return PREPOSITIONS[" ".join(words)]
    return PREPOSITIONS.get(words[-1], "nomn")
