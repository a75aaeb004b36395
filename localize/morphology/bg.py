"""Bulgarian: the definite article on the first word of a phrase, and the count form after numerals.

Bulgarian has no cases; a definite noun phrase carries the article on its first word. Masculine
words take the full article (-ът/-ят) as the subject and the short one (-а/-я) elsewhere; feminine
-та, neuter -то, plural -те (or -та for plurals in -а). After a numeral a masculine noun takes the
count form (два лева). Names of people and places take no article.

>>> definite("Дипломатическа академия")
'Дипломатическата академия'
>>> definite("Руско-китайски комитет за приятелство, мир и развитие", subject=True)
'Руско-китайският комитет за приятелство, мир и развитие'
>>> definite("български лев"), definite("лев", subject=True), definite("Японско море")
('българския лев', 'левът', 'Японското море')
>>> count_form("лев"), count_form("град")
('лева', 'града')
"""

from __future__ import annotations

import re

_ALREADY_DEFINITE = re.compile(r"(ът|ят|та|то|те)$")
#: Masculine nouns that take -ят/-я (soft): -тел, -ар (many), and a few common ones.
_SOFT_MASCULINE = re.compile(r"(тел|ар|ден|път|кон|крал|огън|сън)$")
_ADJECTIVE_M = re.compile(r"(ски|шки|цки|ен|ов|ев|ин|ен|ен|и)$")


def _with_article(word: str, subject: bool, following_noun: bool) -> str:
    lower = word.lower()
    if "-" in word:  # "Руско-китайски": the article goes on the last part
        head, _, tail = word.rpartition("-")
        return head + "-" + _with_article(tail, subject, following_noun)
    if lower.endswith(("а", "я")) and not lower.endswith(("ия", "ая")) or lower.endswith(("ия",)):
        return word + "та"  # feminine (академия -> академията, Дипломатическа -> Дипломатическата)
    if lower.endswith(("о", "е")) and not lower.endswith("те"):
        return word + "то"  # neuter (море -> морето, Японско -> Японското)
    if lower.endswith("и"):
        if following_noun and _ADJECTIVE_M.search(lower):  # masculine adjective: български -> българския(т)
            return word + ("ят" if subject else "я")
        return word + "те"  # plural
    if lower.endswith("й"):
        return word[:-1] + ("ят" if subject else "я")
    if lower.endswith("ост") or lower.endswith("ест"):
        return word + "та"  # feminine in a consonant (сигурност -> сигурността)
    if _SOFT_MASCULINE.search(lower):
        return word + ("ят" if subject else "я")
    if following_noun and re.search(r"(ен|ов|ев|ин)$", lower):  # нов -> новия(т)
        return word + ("ият" if subject else "ия")
    return word + ("ът" if subject else "а")  # masculine


def definite(phrase: str, subject: bool = False) -> str:
    """``phrase`` with the definite article on its first word (a phrase already definite is kept)."""
    words = phrase.split(" ")
    if not words or _ALREADY_DEFINITE.search(words[0].lower()) and len(words[0]) > 4:
        return phrase
    words[0] = _with_article(words[0], subject, following_noun=len(words) > 1)
    return " ".join(words)


def count_form(word: str) -> str:
    """The count form of a masculine noun after a numeral (два лева, три града)."""
    lower = word.lower()
    if lower.endswith(("а", "я", "о", "е", "и")):
        return word
    if lower.endswith("й"):
        return word[:-1] + "я"
    return word + "а"
