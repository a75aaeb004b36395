"""Find how a translation rendered a glossary term: the approved term in some form, a rendering the
glossary says to avoid, a near miss (a transliteration variant, a clipped or misspelt name), or a
literal translation sharing the approved term's words (Каспийский трубопроводный союз for
консорциум). Nothing is invented: a rendering that is none of these is not found.

>>> find_form("Он говорил с Сун Чжунпином.", "сун чжунпином")
[(13, 26)]
"""

from __future__ import annotations

import difflib
import functools
import itertools
import os
import re
from dataclasses import dataclass

from localize.glossary.match import normalise
from localize.terms.forms import Form
from localize.terms.lexicon import GEO_PLURAL_GENERIC, GEO_SYNONYMS, PREPOSITIONS

#: How similar a near miss must be to an approved form (difflib ratio, lower case, ё = е).
NEAR_MISS = 0.8
#: The same for a multi-word rendering whose first word is the approved one's (Го Вэйдун for Го Уейдун).
NEAR_MISS_SAME_FIRST = 0.7
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


@dataclass
class Rendering:
    start: int
    end: int
    form: Form  # the approved form it is (or is nearest to)
    kind: str  # "exact", "alternative", "avoid", "near", "literal"
    detail: str = ""
    settled: bool = False  # its extent is known word for word (no settling: «фондом «Романо дром»»)
    own_adjective: bool = False  # a noun of the term with an adjective of the model's own before it (_head_alone)
    reordered: bool = False  # the translation's own generic words in another order went with it (Сеть аптек «X»)
    left_out: str = ""  # a word at its start that settling left out as no part of it (Судья | Городского суда Софии)
    guessed: str = ""  # why a rendering found by elimination, not by its words, was taken (brand_translated)
    placed: bool = False  # the approved words with the place's adjective written as the place after them


def find_form(text: str, form: str) -> list[tuple[int, int]]:
    """(start, end) of each occurrence of ``form`` in ``text``: whole words, any case, ё = е, any spacing."""
    words = normalise(form).lower().split()
    if not words:
        return []
    gaps = [r"\s+"] * (len(words) - 1)
    if len(words) > 1 and re.search(r"(?:ът|ят|та|то|те|ия)$", words[0]):
        gaps[0] = r"\s+(?:(?:си|му|ѝ|й|им|ни|ви|ми|ти)\s+)?"  # кръвния ѝ тип: a Bulgarian clitic after the first
        #                                                   word of a definite noun phrase
    pattern = r"(?<![^\W_])(?<![^\W_]-)" + "".join(re.escape(w) + gap for w, gap in zip(words, gaps + [""])) \
        + r"(?![^\W_])"
    # (not inside a hyphenated word: конго-крымской лихорадкой is no крымская лихорадка)
    return [m.span() for m in re.finditer(pattern, normalise(text).lower())]


def _capitalised_inside(target: str, start: int, form: str) -> bool:
    """Is a lower-case approved form written with a capital inside a sentence (not its first word)?

    >>> _capitalised_inside("Исследователи Института Черепица", 24, "черепица"), _capitalised_inside("Черепица дорожает", 0, "черепица")
    (True, False)
    """
    return form[:1].islower() and target[start:start + 1].isupper() and bool(
        re.search(r"[^\W\d_][^.!?…]*\s$", target[:start]))


def _after_name_word(target: str, start: int, form: str) -> bool:
    """Does a lower-case approved form follow a capitalised word inside a sentence, as the last word of a name
    (ярмарки Золотое руно: the fair's name, not the fleeces of the sentence)?

    >>> _after_name_word("ярмарки Золотое руно покупали руна", 16, "руно"), _after_name_word("Руно дорожает", 0, "руно")
    (True, False)
    """
    return form[:1].islower() and target[start:start + 1].islower() and bool(
        re.search(r"[^\W\d_][^.!?…]*\s[А-ЯЁ][а-яё]+\s$", target[:start]))


def _free(span, taken) -> bool:
    return not any(a < span[1] and span[0] < b for a, b in taken)


def find(target: str, forms: list[Form], alternatives: list[str], avoid: list[list[Form]], taken,
         proper: bool = False, labels: dict[str, Form] | None = None, english: str = "",
         common_word=None, noun=None, exact_only: bool = False) -> Rendering | None:
    """The rendering of one occurrence in ``target``, outside the ``taken`` spans, with the quotation
    marks around it when the approved form has its own (Института „Конфуций“). For a ``proper`` name
    (an entry matched case-sensitively: Signal) a rendering in lower case is a common noun, not it,
    unless the name is an acronym and the word is no ``common_word`` (наблюдатели обсе: ОБСЕ). ``noun``
    tells a common noun (a quoted name after another noun than the approved one is its rendering).
    ``exact_only``: an approved form or an accepted alternative, or None (no near miss is looked for)."""
    taken = list(taken)
    while True:
        rendering = _find(target, forms, alternatives, avoid, taken, labels, noun, exact_only, english)
        if rendering is None and english and forms and not exact_only and not re.search(r"[A-Za-z]", forms[0].text):
            english = re.sub(r"['’]s?$", "", english)  # (the IAC's experts: IAC)
            for span in find_form(target, english):  # left in English (с Stroytransgaz)
                if _free(span, taken):
                    rendering = Rendering(*span, forms[0], "near", "left in English")
                    break
            if rendering is None:  # Чен Ксиаодонг for Чън Сяодун: the English name spelt letter by letter
                rendering = _transliterated(target, english, forms[0], taken)
            if rendering is None:  # УПУ for ВПС ("UPU"): the English acronym spelt in Cyrillic letters
                rendering = _acronym_spelt(target, english, forms[0], taken)
        if rendering is not None and forms and (forms[0].text.isupper() or _LATIN_NAME.match(forms[0].text)):
            ending = re.match(r"[-'’][а-яё]{1,3}(?![^\W_])", target[rendering.end:])  # ЕБВР-то, Wizz Air'ом: no ending
            if ending and rendering.kind in ("exact", "near"):
                rendering.end += ending.end()
                rendering.kind = "near"
        if rendering is None or not proper or not target[rendering.start:rendering.start + 1].islower():
            break
        written = target[rendering.start:rendering.end]
        if rendering.kind == "exact" and forms[0].text.isupper() and len(forms[0].text) >= 3 and \
                written.islower() and common_word is not None and not common_word(written):
            break  # an acronym the translation wrote in lower case
        if rendering.kind == "exact" and _LATIN_NAME.match(forms[0].text) and not forms[0].text.islower() \
                and re.search(r"[А-Яа-яЁё]", target) and not re.search(r"[A-Za-z]", written.lower().replace(
                    forms[0].text.lower(), "", 1)):
            rendering.kind, rendering.detail = "near", "a Latin-script name written in lower case"
            break  # «через sprout» for Sprout: a Latin word in a Cyrillic sentence is the name, not a common noun
        taken.append((rendering.start, rendering.end))  # «ясный сигнал»: look further
    if rendering is not None and forms and rendering.kind == "near" and re.fullmatch(r"[а-яё]+", forms[0].text) \
            and re.fullmatch(re.escape(forms[0].text.lower()) + r"к(?:а|и|е|у|ой|ою)",
                             target[rendering.start:rendering.end].lower()):
        # «аспирантке» for «аспирант»: the feminine noun for a woman, no near miss (Иоане Попеску, аспирантке)
        written = target[rendering.start:rendering.end]
        rendering = Rendering(rendering.start, rendering.end, Form(written, "alternative"), "alternative")
    if rendering is not None and forms and rendering.kind in ("near", "literal") and len(forms[0].text.split()) > 1 \
            and not rendering.settled:
        before = (rendering.start, rendering.end, rendering.detail)
        settle(target, rendering, forms[0].text, noun)
        if not _free((rendering.start, rendering.end), taken):  # never into another term's rendering
            rendering.start, rendering.end, rendering.detail = before
            rendering.left_out = ""
        if _LATIN_NAME.match(forms[0].text):  # (settling keeps the words; a Cyrillic ending goes with them)
            ending = re.match(r"[-'’][а-яё]{1,3}(?![^\W_])", target[rendering.end:])
            if ending:
                rendering.end += ending.end()
    if rendering is not None and forms and rendering.kind in ("near", "literal") and english:
        _take_of_phrase(target, rendering, forms[0].text, english, taken)
        _take_place_phrase(target, rendering, forms[0].text, taken)
        _take_nationality(target, rendering, forms[0].text, english, taken)
    if rendering is not None and forms and rendering.kind in ("near", "literal"):
        _take_word_of_approved(target, rendering, forms[0].text, taken, preposition=False)
    if rendering is not None and forms and rendering.kind in ("near", "avoid", "literal"):
        _take_word_before(target, rendering, taken, english)
    if rendering is not None and forms and rendering.kind not in ("exact", "alternative"):
        _take_leading_words(target, rendering, forms[0].text)
    if rendering is not None and forms and forms[0].text:
        first, last = forms[0].text[0], forms[0].text[-1]
        if last in _CLOSING and rendering.end < len(target) and target[rendering.end] in _CLOSING \
                and target[rendering.end - 1] not in _CLOSING:
            rendering.end += 1
        if first in _OPENING and rendering.start > 0 and target[rendering.start - 1] in _OPENING \
                and target[rendering.start] not in _OPENING:
            rendering.start -= 1
        written = target[rendering.start:rendering.end]
        if rendering.kind not in ("exact", "alternative") and written[:1] in _OPENING and \
                not any(c in _CLOSING for c in written[1:]) and target[rendering.end:rendering.end + 1] in _CLOSING \
                and rendering.end < len(target):
            rendering.end += 1  # «Динамо Тбилиси» for «Динамо» Тбилиси: the translation's closing mark goes too
    if rendering is not None and forms and rendering.kind in ("avoid", "near", "literal") \
            and (parts := _GENERIC_AND_NAME.match(forms[0].text)) and not parts.group(1).isupper():
        generic = re.search(r"(?<![^\W\d_])([^\W\d_]+)\s*[«„\"]$", target[:rendering.start])
        written = target[rendering.start:rendering.end]
        if generic and not re.search(r"[«„\"]", written) and _same_stem(generic.group(1), parts.group(1).split()[-1]) \
                and _free((generic.start(1), rendering.end), taken):
            # «на турнире «Скай Кап»» for турнир «Небесный кубок»: the name to avoid stands in quotes after the
            # approved generic noun; the noun, in the translation's case, and both marks are the rendering
            rendering.start = generic.start(1)
            if not written.endswith(tuple(_CLOSING)) and target[rendering.end:rendering.end + 1] in _CLOSING:
                rendering.end += 1
            rendering.detail = target[rendering.start:rendering.end]
    if rendering is not None and rendering.kind == "near" and rendering.start > 0 \
            and target[rendering.start - 1] in "„«“\"" and target[rendering.end - 1:rendering.end] in ("“", "»", "”", "\"") \
            and not re.search(r"[„«]", target[rendering.start:rendering.end]) and _free((rendering.start - 1, rendering.end), taken):
        rendering.start -= 1  # «„Межда“ отпечата» for списание „Межда“: the name's opening quote goes with its closing one
    return rendering


def _take_nationality(target: str, rendering: Rendering, approved: str, english: str, taken) -> None:
    """A literal rendering whose English opens with a nationality (Turkish Ministry of Culture) takes the
    adjective the translation put before it for that word (турското | министерство ...), when the approved
    form says the country another way (Министерство ... на Турция)."""
    if not re.match(r"[A-Z][a-z]+\s+[A-Z]", english):  # (Turkish Ministry, Greek Ministry)
        return
    before = re.search(r"(?<![^\W_])([а-яё]+)\s+$", target[:rendering.start])
    if not before or not re.search(r"(?:ск|цк)(?:ий|ая|ое|ого|ой|ому|ую|им|ом|и|ата|ото|ия|ият)$", before.group(1)):
        return
    stem = sorted(normalise(before.group(1)).lower()[:3])  # (гръцкото, Гърция: the same letters, reordered)
    if any(sorted(normalise(w).lower()[:3]) == stem for w in re.findall(r"[^\W\d_]+", approved)[1:]) \
            and sorted(normalise(approved).lower()[:3]) != stem and _free((before.start(1), rendering.end), taken):
        rendering.start = before.start(1)
        rendering.detail = target[rendering.start:rendering.end]


def _take_word_before(target: str, rendering: Rendering, taken, english: str = "") -> None:
    """The word before a near miss or an avoided rendering that spells out a part of the approved word
    (туристических | операторов for туроператоров; лыжными | подъемниками for горнолыжными подъёмниками), or
    before a near miss or a literal rendering that lacks a word of the approved form and spells an ``english``
    word of the term in Cyrillic (Винтидж | автомобили for "vintage cars", ретро автомобили): it goes with the
    rendering.

    >>> t = "агентство оштрафовало десятки туристических операторов"
    >>> r = Rendering(t.index("операторов"), len(t), Form("туроператоров", "pl-gent"), "near")
    >>> _take_word_before(t, r, []); t[r.start:r.end]
    'туристических операторов'
    >>> t = "Винтидж автомобили от шест държави"
    >>> r = Rendering(t.index("автомобили"), t.index(" от"), Form("ретро автомобили", "plural"), "near")
    >>> _take_word_before(t, r, [], "vintage cars"); t[r.start:r.end]
    'Винтидж автомобили'
    """
    before = re.search(r"(?<![^\W\d_])([^\W\d_]{3,})\s+$", target[:rendering.start])
    if not before or not _free((before.start(1), rendering.end), taken):
        return
    word = normalise(before.group(1)).lower()
    written = normalise(target[rendering.start:rendering.end]).lower().split()
    approved = normalise(rendering.form.text).lower().split()
    if not written or not approved or word in FUNCTION_WORDS:
        return
    if rendering.kind in ("near", "avoid") and len(word) >= 4:
        if len(approved) == len(written) + 1 and approved[0] != word and approved[0].endswith(word):
            rendering.start = before.start(1)  # лыжными | подъемниками: the end of горнолыжными
            return
        if len(approved) == 1 == len(written) and approved[0].endswith(written[0]) and len(approved[0]) - len(
                written[0]) >= 3 and word.startswith(approved[0][:len(approved[0]) - len(written[0])]):
            rendering.start = before.start(1)  # туристических | операторов: the тур- of туроператоров spelt out
            return
    if rendering.kind in ("near", "avoid", "literal") and len(word) >= 4 and 1 < len(approved) == len(written) \
            and len(written[0]) >= 6:
        cut = approved[0].find(written[0][:len(written[0]) - 2])
        if cut >= 3 and word.startswith(approved[0][:cut]):
            rendering.start = before.start(1)  # спортивным | комплексом «Олимп»: the спорт- of спорткомплекс spelt out
            return
    if english and rendering.kind in ("near", "literal") and len(approved) > len(written) and word not in approved \
            and re.fullmatch(r"[а-яё]+", word):
        from localize.terms.forms import english_likeness

        modifiers = [w for w in re.findall(r"[A-Za-z]{3,}", english)[:-1]
                     if w.lower() not in ("with", "from", "that", "the", "and", "for")]
        modifiers = [w for w in modifiers if normalise(transliterate(w)).lower()[:1] == word[:1]
                     and (len(word) >= 4 or len(w) == 3)]  # (пъб for "pub": a short word only for a short one)
        if english_likeness(word, modifiers) >= 0.55:  # (винтидж for "vintage", spelt by sound: винтаге letter by letter)
            rendering.start = before.start(1)
            rendering.detail = target[rendering.start:rendering.end]


def _take_of_phrase(target: str, rendering: Rendering, approved: str, english: str, taken) -> None:
    """A literal rendering that ends where the English term's "of"-phrase begins takes that phrase's
    words after it when the approved form says it in other words (Tbilisi State Academy of Arts:
    Тбилиската държавна академия | на изкуствата, for Тбилиска държавна художествена академия)."""
    of = re.search(r"\bof\s+(?:the\s+)?([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)$", english)
    if not of:
        return
    if re.search(r"(?<![^\W_])(?:на|за|по|от)(?![^\W_])", approved.lower()):
        _take_word_of_approved(target, rendering, approved, taken)
        return
    if len(re.findall(r"[^\W\d_]+", target[rendering.start:rendering.end])) >= len(re.findall(r"[^\W\d_]+", approved)):
        return  # (Гибралтарския проток | за по-малко: the rendering lacks no word, the "of" is in it)
    count = len(of.group(1).split())
    words = re.match(r"\s+на" + r"\s+[а-яё][\w-]*" * count + r"(?![^\W_])", target[rendering.end:])
    if words and _free((rendering.start, rendering.end + words.end()), taken):
        rendering.end += words.end()
        rendering.detail = target[rendering.start:rendering.end]


def _take_word_of_approved(target: str, rendering: Rendering, approved: str, taken, preposition: bool = True) -> None:
    """A near miss followed by «на»/«за» and a word of the approved form's stem that the rendering lacks
    (Северният институт за технологии | на гумите, for Северният институт по гумени технологии): the
    English "of"-phrase said in other words; that phrase is the rendering's. Without ``preposition`` the
    «на»/«за» may be missing too: the genitive of a word the approved form holds as a part or an adjective
    it lacks (владельцев | судов for судовладельцев, Азовский флот | буксиров for Азовский буксирный флот,
    Собственикът | на кораба for Корабособственикът).

    >>> t = "Северният институт за технологии на гумите предупреди"
    >>> r = Rendering(0, t.index(" на гумите"), Form("Северният институт по гумени технологии", "full"), "near")
    >>> _take_word_of_approved(t, r, r.form.text, []); t[r.start:r.end]
    'Северният институт за технологии на гумите'
    >>> t = "Ассоциация владельцев судов выразила протест."
    >>> r = Rendering(t.index("владельцев"), t.index(" судов"), Form("судовладельцев", "pl-gent"), "near")
    >>> _take_word_of_approved(t, r, "судовладелец", [], preposition=False); t[r.start:r.end]
    'владельцев судов'
    >>> t = "Ассоциация владельцев выразила протест судам."
    >>> r = Rendering(t.index("владельцев"), t.index(" выразила"), Form("судовладельцев", "pl-gent"), "near")
    >>> _take_word_of_approved(t, r, "судовладелец", [], preposition=False); t[r.start:r.end]
    'владельцев'
    """
    phrase = re.match(r"\s+(?:на|за)\s+([а-я]{4,})(?![^\W_])" if preposition else
                      r"\s+(?:(?:на|за)\s+)?([а-яё]{4,})(?![^\W_])", target[rendering.end:])
    if not phrase:
        return
    written = [normalise(w).lower() for w in re.findall(r"[^\W\d_]+", target[rendering.start:rendering.end])]
    word = normalise(phrase.group(1)).lower()
    missing = [normalise(w).lower() for w in re.findall(r"[^\W\d_]{4,}", approved)
               if not any(_common_start(normalise(w).lower(), x) >= 4 for x in written)]
    # (a bare genitive is a looser cue than «на»: it must share more of the stem and be no word of the rendering)
    least = (lambda w: 3) if preposition else (lambda w: max(3, min(4, len(w) - 2)))
    if (preposition or (word not in written and word not in FUNCTION_WORDS)) \
            and any(_common_start(word, m) >= least(word) for m in missing) \
            and _free((rendering.start, rendering.end + phrase.end()), taken):
        rendering.end += phrase.end()
        rendering.detail = target[rendering.start:rendering.end]


def _take_place_phrase(target: str, rendering: Rendering, approved: str, taken) -> None:
    """A rendering that lacks the approved form's place adjective and is followed by that place in a
    phrase (Международното морско търговско пристанище | в Баку, for Бакинското международно ...; порт
    | в Актау): the phrase is the rendering's, so the approved form replaces both."""
    written = normalise(target[rendering.start:rendering.end]).lower()
    places = [w for w in approved.split() if w[:1].isupper() and normalise(w).lower() not in written
              and not _same_stem(w, target[rendering.start:rendering.end].split()[0])]
    phrase = re.match(r"\s+(?:(?:в|във|на|от|из|во)\s+)?([А-ЯЁ][\w-]*)(?![^\W_])", target[rendering.end:])
    # (прохода | Шипка for Шипченския проход: the name in apposition goes too)
    if not phrase or not places:
        return
    place = normalise(phrase.group(1)).lower()
    if any(_common_start(place, normalise(w).lower()) >= min(3, len(place) - 1) for w in places) \
            and _free((rendering.start, rendering.end + phrase.end()), taken):
        rendering.end += phrase.end()
        rendering.detail = target[rendering.start:rendering.end]


_OPENING, _CLOSING = "«„“\"‚'", "»“”\"‘'"


def _same_stem(a: str, b: str) -> bool:
    """Two forms of one word (инициативы, инициатива, инициативата): a long common beginning.

    >>> _same_stem("инициативы", "инициативата"), _same_stem("пояс", "путь")
    (True, False)
    """
    a, b = normalise(a).lower(), normalise(b).lower()
    common, shorter = _common_start(a, b), min(len(a), len(b))
    # (монахи and монастырь share four letters and no stem: longer words must share five)
    return common >= 4 and common >= shorter - 3 and (common >= 5 or shorter <= 5)


def _take_leading_words(target: str, rendering: Rendering, approved: str) -> None:
    """A rendering that lacks the approved form's first words, which the translation has right before it
    (инициативы «Пояс и путь» for инициатива «Один пояс, один путь»): those words are part of it, so that
    the repair does not write them twice."""
    words = approved.split()
    first = _WORD.search(target[rendering.start:rendering.end])
    if words and first and _same_stem(first.group(0), words[0]):
        return  # перевалом Торугартом: it begins with the approved first word already (not «Перед» too)
    for k in range(len(words) - 1, 0, -1):
        before = list(_WORD.finditer(target[:rendering.start]))[-k:]
        if any(normalise(m.group(0)).lower() in FUNCTION_WORDS for m in before):
            continue
        if len(before) < k or target[before[-1].end():rendering.start].strip():
            continue
        if any(target[a.end():b.start()].strip() for a, b in zip(before, before[1:])):
            continue
        if all(_same_stem(m.group(0), w) for m, w in zip(before, words[:k])):
            rendering.start = before[0].start()
            return
    if words and rendering.kind == "literal" and _ORG_NOUN.match(words[0]):
        other = re.search(r"(?<![^\W\d_])([^\W\d_]+)\s+$", target[:rendering.start])
        if other and other.group(1)[:1].isupper() and _ORG_NOUN.match(other.group(1)) \
                and not _same_stem(other.group(1), words[0]):
            # «о Гильдии ортопедических техников» for «Ассоциация техников-ортопедов»: another body's generic noun
            # opens the literal rendering (a guild for an association); it goes with it
            rendering.start = other.start(1)


#: The generic nouns that open the name of a body (Ассоциация, Гильдия, Союз, Асоциация, Съюз ...).
_ORG_NOUN = re.compile(r"(?i:ассоциац|гильди|гилди|союз|съюз|обществ|дружеств|федераци|палат|лиг|клуб|фонд|"
                       r"академи|институт|центр|център|агентств|агенци|служб|комисси|комитет|совет|съвет|бюро|"
                       r"дирекци|инспекци|управлени|департамент|кооператив|кооперац|объединени|сдружени|"
                       r"консорциум|корпораци|компани|братств|гильд)")


_TRANSLIT = [("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("th", "т"), ("ph", "ф"), ("ts", "ц"), ("ya", "я"), ("yu", "ю"),
             ("ee", "и"), ("oo", "у"), ("ce", "се"), ("ci", "си"), ("a", "а"), ("b", "б"), ("c", "к"), ("d", "д"),
             ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "х"), ("i", "и"), ("j", "дж"), ("k", "к"), ("l", "л"), ("m", "м"),
             ("n", "н"), ("o", "о"), ("p", "п"), ("q", "к"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"),
             ("w", "в"), ("x", "кс"), ("y", "и"), ("z", "з")]
_LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9&.+-]*(?:\s+[A-Za-z0-9&.+-]+)*$")  # Wizz Air, Maersk
_LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9&.+-]*$")


def transliterate(latin: str) -> str:
    """How a Cyrillic text may spell a Latin-script brand (Telegram -> телеграм).

    >>> transliterate("Telegram"), transliterate("COSCO"), transliterate("Signal")
    ('телеграм', 'коско', 'сигнал')
    """
    out, text = [], latin.lower()
    i = 0
    while i < len(text):
        for latin_part, cyrillic in _TRANSLIT:
            if text.startswith(latin_part, i):
                out.append(cyrillic)
                i += len(latin_part)
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


_LOOKALIKE = str.maketrans("ABCEHKMOPTXY", "АВСЕНКМОРТХУ")
#: English spellings read otherwise than letter by letter, for a brand a translation wrote as it sounds.
_SPOKEN = ((r"igh", "ай"), (r"ee|ea", "и"), (r"a([bcdfgklmnprstvz])e\b", r"ей\1"), (r"i([bcdfgklmnprstvz])e\b", r"ай\1"),
           (r"(?<=^[bcdfghjklmnprstvwz])a(?=[bcdfgklmnprstvz][eiou])", "ей"),  # an open first syllable: Haven хейвен
           (r"o([bcdfgklmnprstvz])e\b", r"оу\1"), (r"ck", "к"),
           (r"ay|ai", "ей"), (r"oo", "у"), (r"ou", "ау"), (r"c(?=[eiy])", "с"), (r"e\b", ""))


def _spoken(word: str) -> str:
    """A rough reading of an English word in Cyrillic letters (NightCrane: найткрейн).

    >>> _spoken("NightCrane"), _spoken("Beacon"), _spoken("VoteTrack"), _spoken("Haven")
    ('наиткреин', 'бикон', 'воуттрак', 'хеивен')
    """
    segments = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[^A-Za-z]+", word) or [word]  # VoteTrack: vote, track
    out = []
    for text in (s.lower() for s in segments):
        for pattern, cyrillic in _SPOKEN:
            text = re.sub(pattern, cyrillic, text)
        out.append(transliterate(text) if re.search(r"[a-z]", text) else text)
    return _spelling("".join(out))


def _cyrillic_spellings(part: str) -> list[str]:
    """How a translation may write one word of a Latin-script name in Cyrillic: transliterated, with
    a final y read [ай] (Sky: скай), an acronym in look-alike letters (ECC: ЕСС).

    >>> _cyrillic_spellings("ECC"), _cyrillic_spellings("Sky")
    (['екк', 'есс'], ['ски', 'скаи'])
    """
    spellings = [transliterate(part)]
    if re.search(r"[^aeiou]y$", part, re.I):
        spellings.append(transliterate(part[:-1]) + "аи")
    spoken = _spoken(part)  # as English is read (NightCrane: найткрейн, Beacon: бикон)
    if spoken != spellings[0]:
        spellings.append(spoken)
    if part.isupper() and len(part) > 1:
        spellings.append(part.translate(_LOOKALIKE).lower())
    return spellings


def _transliterated(target: str, english: str, form: Form, taken) -> Rendering | None:
    """A capitalised name of the translation that reads like the English name transliterated letter by letter
    (Chen Xiaodong: Чен Ксиаодонг, where the approved form is Чън Сяодун), or None.

    >>> t = "Посланикът Чен Ксиаодонг отказа коментар."
    >>> r = _transliterated(t, "Chen Xiaodong", Form("Чън Сяодун", "short"), [])
    >>> t[r.start:r.end], r.detail
    ('Чен Ксиаодонг', 'the English name spelt letter by letter')
    """
    parts = english.split()
    if not parts or len(parts) > 4 or not all(re.fullmatch(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?", p) for p in parts):
        return None
    span = _spelt_run(target, [[transliterate(p), _spoken(p)] for p in parts], taken, 0.85,
                      r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?")
    return Rendering(*span, form, "near", "the English name spelt letter by letter") if span else None


#: The Cyrillic letters a translation may write for each letter of an English acronym (UPU: УПУ, OLAF: ОЛАФ).
_ACRONYM_LETTERS = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", ("А", "Б", "СКЦ", "Д", "ЕИЭ", "Ф", "Г", "Х", "ИА", "ДЙ", "К",
                                                           "Л", "М", "Н", "О", "П", "К", "Р", "С", "Т", "УЮ", "В",
                                                           "ВУ", "КХ", "ИЙЮ", "З")))


def _acronym_spelt(target: str, english: str, form: Form, taken) -> Rendering | None:
    """An all-capitals Cyrillic word that spells the English acronym letter by letter (УПУ for "UPU", where
    the approved form is ВПС), or None.

    >>> t = "Представители УПУ прибыли в Тбилиси."
    >>> r = _acronym_spelt(t, "UPU", Form("ВПС", "nomn"), [])
    >>> t[r.start:r.end], r.detail
    ('УПУ', 'the English acronym spelt in Cyrillic letters')
    >>> _acronym_spelt(t, "UPU", Form("УПУ", "nomn"), []) is None
    True
    """
    if not re.fullmatch(r"[A-Z]{2,6}", english):
        return None
    for match in re.finditer(r"(?<![^\W\d_])[А-ЯЁ]{%d}(?![^\W\d_])" % len(english), target):
        word = match.group(0)
        if word != form.text and _free(match.span(), taken) and \
                all(c in _ACRONYM_LETTERS[e] for c, e in zip(word, english)):
            return Rendering(match.start(), match.end(), form, "near", "the English acronym spelt in Cyrillic letters")
    return None


def _spelt_run(target: str, spellings: list[list[str]], taken, threshold: float, word: str) -> tuple[int, int] | None:
    """The first free run of as many words of ``target`` (each matching ``word`` and starting with a capital) as
    there are lists in ``spellings`` that reads like one of their combinations (ratio >= ``threshold``, the
    letters transliterations disagree on made alike): a Latin-script name written in Cyrillic."""
    stems = {_spelling(" ".join(spelt)) for spelt in itertools.product(*spellings)}
    words = list(re.finditer(word, target))
    for i in range(len(words) - len(spellings) + 1):
        run = words[i:i + len(spellings)]
        if not run[0].group(0)[:1].isupper() or any(target[a.end():b.start()].strip() for a, b in zip(run, run[1:])):
            continue
        span = (run[0].start(), run[-1].end())
        piece = _spelling(normalise(target[span[0]:span[1]]).lower())
        if _free(span, taken) and max(difflib.SequenceMatcher(None, piece, stem).ratio() for stem in stems) >= threshold:
            return span
    return None


def _brand(target: str, form: Form, taken, endings_only: bool = False) -> Rendering | None:
    """A Latin-script brand given Cyrillic endings (Signal'е, Signalа) or written in Cyrillic (в Телеграме, КОСКО,
    Кореан Эйр)."""
    parts = form.text.split()
    if len(parts) > 1 and not endings_only and all(_LATIN_WORD.match(p) for p in parts):
        span = _spelt_run(target, [_cyrillic_spellings(p) for p in parts], taken, 0.75, r"[А-Яа-яЁё]+")
        return Rendering(*span, form, "near", "the Latin-script name written in Cyrillic") if span else None
    if not _LATIN_WORD.match(form.text):
        return None
    stem = re.escape(form.text)
    if len(form.text) >= 4 and form.text[-1:].lower() in "aeiouy" and form.text[-2:-1].lower() not in "aeiouy":
        stem += "?"  # Veloxой for Veloxa: the Cyrillic ending took the place of the name's last vowel
    latin = re.compile(rf"(?<![^\W_]){stem}(?:['’-]?[а-яё]{{1,3}})(?![^\W_])", re.I)
    for match in latin.finditer(target):
        if _free(match.span(), taken):
            return Rendering(*match.span(), form, "near", "Cyrillic ending on a Latin-script name")
    if endings_only:
        return None
    stems = [s for s in _cyrillic_spellings(form.text) if len(s) >= 3]
    if not stems:
        return None
    for match in re.finditer(r"[А-Яа-яЁё]+(?:\.[А-Яа-яЁё]+)*", target):  # also Каспи.кз for Kaspi.kz
        word = normalise(match.group(0)).lower()
        for cut in range(0, max(0, min(3, len(word) - min(map(len, stems)) + 1)) + 1):  # (МаринТрафик: shorter)
            piece = word[:len(word) - cut] if cut else word
            if max(max(difflib.SequenceMatcher(None, piece, stem).ratio(),
                       difflib.SequenceMatcher(None, _spelling(piece), _spelling(stem)).ratio()) for stem in stems) >= 0.8 \
                    and _free(match.span(), taken):
                if not match.group(0)[:1].isupper() and not match.group(0).isupper():
                    break  # a common noun (ясный сигнал) is not the brand
                return Rendering(*match.span(), form, "near", "the Latin-script name written in Cyrillic")
    return None


def _find(target, forms, alternatives, avoid, taken, labels=None, noun=None, exact_only=False,
          english: str = "") -> Rendering | None:
    if forms and _LATIN_WORD.match(forms[0].text):  # Signal'е: a Latin name with a Cyrillic ending is no exact form
        brand = _brand(target, forms[0], taken, endings_only=True)
        if brand is not None:
            return None if exact_only else brand
    lowered = normalise(target).lower()  # (a form whose first word is nowhere in the line is not looked for)
    exact = [(span, form) for form in forms if (normalise(form.text).lower().split() or [""])[0] in lowered
             for span in find_form(target, form.text) if _free(span, taken) and not (
                 form.text[:1].islower() and target[span[0]:span[0] + 1].isupper()
                 and target[span[0] - 1:span[0]] in _OPENING and span[0] > 0)]
    # (a common term is no capitalised quoted name: «халит» is not the «Халит» of Институт „Халит“)
    if exact and re.fullmatch(r"[a-z][a-z-]*[^s\W]", english or "") and any(not _plural_label(f.label) for _, f in exact):
        # "danced the horo": хорото, not the хора (people) earlier in the line that spells the term's plural — an
        # English singular common noun is a singular form
        exact = [(span, f) for span, f in exact if not _plural_label(f.label)]
    if exact:  # 1. the approved term, in some form: the first in the line (a name mentioned twice, «плана
        #        Соколовой, и теперь Соколова»: the first English occurrence is the first rendering)
        span, form = min(exact, key=lambda found: (_capitalised_inside(target, found[0][0], found[1].text),
                                                   _after_name_word(target, found[0][0], found[1].text),
                                                   found[0][0], -found[0][1]))
        # (a common term written with a capital inside a sentence is likely another name's word, «Института
        # Черепица»: a lower-case occurrence later in the line is preferred, «50 видов черепицы»; so is one after a
        # capitalised word, the last word of a name: ярмарки Золотое руно покупали руна)
        wider = _avoided_around(target, span, forms, avoid, taken, labels)
        return (None if exact_only else wider) if wider else Rendering(*span, form, "exact")
    for alternative in alternatives:
        for span in find_form(target, alternative):
            if _free(span, taken):
                return Rendering(*span, Form(alternative, "alternative"), "alternative")
    if exact_only:
        return None  # (the first pass of a line: only what the translation wrote in an approved form)
    for bad_forms in avoid:  # 2. a rendering the glossary says to avoid, in the same form
        # each avoided form stands for the approved form with its label (``labels``: every label, also
        # those spelt like another form)
        pairs = [(bad, labels.get(bad.label, forms[0])) for bad in bad_forms] if labels else zip(bad_forms, forms)
        for bad, good in pairs:
            for span in find_form(target, bad.text):
                if _free(span, taken):
                    return Rendering(*span, good, "avoid", target[span[0]:span[1]])
    brand = _brand(target, forms[0], taken) if forms else None  # 3. a Latin-script name in disguise
    if brand is not None:
        return brand
    reordered = _reordered(target, forms, taken) if forms else None  # 4. the same words, another order
    if reordered is not None:
        return reordered
    spelt = _plural_name_spelt_out(target, forms, taken) if forms else None  # Карпатските планини: Карпатите
    if spelt is not None:
        return spelt
    generic = _other_generic(target, forms[0], taken, noun) if forms and noun else None  # «Заря-М» after a noun
    if generic is not None:
        return generic
    near = _near_misses(target, forms, taken)  # 4. a near miss
    if near:
        ratio, start, end, form = near
        compound = re.search(r"([^\W\d_]+)\s+$", target[:start])
        if compound and " " not in form.text and len(compound.group(1)) >= 5 and \
                normalise(form.text).lower().startswith(normalise(compound.group(1)).lower()[:5]) and \
                not normalise(target[start:end]).lower().startswith(normalise(compound.group(1)).lower()[:5]) and \
                _free((compound.start(1), end), taken):
            # политических заключённых for политзаключённых: a compound word spelt out, its first part goes too
            return Rendering(compound.start(1), end, form, "near", target[compound.start(1):end], settled=True)
        if ratio == _SPLIT_NAME:  # its extent is known: every letter of the name, one space more
            return Rendering(start, end, form, "near", "a name written in one word more", settled=True)
        start, end, ratio = _closest_run(target, start, end, form.text, ratio)
        return Rendering(start, end, form, "near", f"{ratio:.2f}")
    return _literal(target, forms, taken, noun, english) \
        or _english_spelt(target, forms, taken, english)  # 5. a literal translation sharing its words; 6. the English
    #                                                       word spelt in Cyrillic


def _english_spelt(target: str, forms: list[Form], taken, english: str) -> Rendering | None:
    """A word that spells the one-word English term in Cyrillic, with an ending of its own (смокджамперов for
    "smokejumpers", whose approved form is парашютист-пожарный): the transliteration the glossary replaces. Only
    where the approved form is no such spelling itself, and for words long enough to be told apart.

    >>> t = "Пять смокджамперов получили травмы."
    >>> r = _english_spelt(t, [Form("парашютист-пожарный", "nomn")], [], "smokejumpers"); t[r.start:r.end]
    'смокджамперов'
    >>> _english_spelt("Пять парашютистов получили травмы.", [Form("пожарный", "nomn")], [], "smokejumpers") is None
    True
    """
    from localize.terms.forms import english_likeness

    words = re.findall(r"[A-Za-z]+", english)
    if len(words) != 1 or len(words[0]) < 6 or not forms or not words[0].islower():
        return None
    singular = re.sub(r"(?<=[a-z])(?:e?s)$", "", words[0]) if words[0].endswith("s") else words[0]
    if any(english_likeness(w, [singular, words[0]]) >= 0.6 for w in re.findall(r"[^\W\d_]{3,}", forms[0].text)):
        return None  # the approved form is itself the loanword (компьютер): nothing to replace
    best = None
    for match in re.finditer(r"(?<![^\W\d_-])[А-Яа-яЁё]{5,}(?![^\W\d_-])", target):
        if not _free(match.span(), taken):
            continue
        word = match.group(0).lower()
        score = max(english_likeness(stem, [singular, words[0]])
                    for stem in [word] + [word[:-cut] for cut in (1, 2, 3) if len(word) - cut >= 5])
        if score >= (0.75 if len(singular) >= 9 else 0.85) and (best is None or score > best[0]):
            best = (score, match.span())
    if best is None:
        return None
    return Rendering(*best[1], forms[0], "literal", "the English word spelt in Cyrillic")


def _plural_label(label) -> bool:
    """Is a form's label a plural one (pl-gent, plural, pl-def, count)?

    >>> _plural_label("pl-gent"), _plural_label("plural"), _plural_label("short"), _plural_label("gent")
    (True, True, False, False)
    """
    return str(label).startswith("pl") or str(label) == "count"


def _avoided_around(target, span, forms, avoid, taken, labels):
    """An avoided rendering that contains the approved form (Суверенният фонд за богатство, where the
    glossary says «фонд за богатство» is wrong): the whole of it is the rendering."""
    for bad_forms in avoid:
        pairs = [(bad, labels.get(bad.label, forms[0])) for bad in bad_forms] if labels else zip(bad_forms, forms)
        for bad, good in pairs:
            for wide in find_form(target, bad.text):
                if wide[0] <= span[0] and span[1] <= wide[1] and wide != span and _free(wide, taken):
                    return Rendering(*wide, good, "avoid", target[wide[0]:wide[1]])
    return None


_NOUN_ENDING = re.compile(r"(?:ов|ев|ей|ам|ям|ами|ями|ах|ях|ом|ем|ой|ы|и|а|я|у|ю|е)")


def _wrong_ending(text: str, forms: list[Form], taken):
    """A one-word term with an ending it does not take (юанов for юаней, шекелов): its stem and a noun ending."""
    base = forms[0].text
    if " " in base or not re.fullmatch(r"[а-яё]{4,}", base.lower()):
        return None
    stem = normalise(base).lower()[:-1] if re.search(r"[ьйаяоеыиу]$", base.lower()) else normalise(base).lower()
    if len(stem) < (3 if re.search(r"[ьйая]$", base.lower()) or base[:1].isupper() else 4):
        return None  # (a lower-case stem of three letters is in too many words)
    known = {normalise(f.text).lower() for f in forms}
    for match in re.finditer(r"[^\W\d_]+", text):
        word = normalise(match.group(0)).lower()
        ending = word[len(stem):]
        if word.startswith(stem) and word not in known and not _relational_adjective(word, normalise(base).lower()) \
                and (_NOUN_ENDING.fullmatch(ending) or (
                base[:1].isupper() and ending in ("ым", "им") and re.search(r"(?:ов|ев|ин|ын)а$", base.lower()))) \
                and match.group(0)[:1].isupper() == base[:1].isupper() and _free(match.span(), taken):
            # (в Батумах for в Батуми: an indeclinable name given an ending; Кировым for a woman's Кирова)
            return 0.9, match.start(), match.end(), forms[0]
    return None


def _acronym_miss(text: str, forms: list[Form], taken):
    """An acronym with one letter wrong (ОССЕ for ОБСЕ, ЕБРР for ЕБВР): all capitals, the same length."""
    form = forms[0]
    if not (len(form.text) >= 3 and form.text.isupper() and form.text.isalpha()):
        return None
    for match in re.finditer(r"[^\W\d_]+", text):
        word = match.group(0)
        if len(word) == len(form.text) and word.isupper() and word != form.text and _free(match.span(), taken) \
                and sum(a != b for a, b in zip(word, form.text)) == 1:
            return 0.9, match.start(), match.end(), form
        if word.startswith(form.text) and re.fullmatch(r"(?:а|у|ом|е|ов|ам|ами|ах|ы|и)", word[len(form.text):]) \
                and _free(match.span(), taken):
            return 0.9, match.start(), match.end(), form  # ГЭСов, ЕБВРа: a case ending glued to an acronym
    return None


_SPLIT_NAME = 0.99  # the ratio given to a name split in two words (Чжан Ли Хуа for Чжан Лихуа)


def _near_misses(text: str, forms: list[Form], taken):
    acronym = _acronym_miss(text, forms, taken) if forms else None
    if acronym:
        return acronym
    ending = _wrong_ending(text, forms, taken) if forms else None
    if ending:
        return ending
    words = [m.span() for m in _WORD.finditer(text)]
    lowered = normalise(text).lower()
    best = None
    for candidate, spelt in ((c, s) for c in forms for s in (False, True)):
        size = len(candidate.text.split())
        target = normalise(candidate.text).lower()
        if spelt:  # the same, with the letters transliterations disagree on made alike
            target = _spelling(target)
        matcher = difflib.SequenceMatcher(None, "", target)  # set once: difflib caches what it knows of seq2
        flat_target = target.replace("-", " ").split()
        for n in {max(1, size - 1), size, size + 1} | ({size - 2} if size >= 5 else set()):
            for i in range(len(words) - n + 1):
                start, end = words[i][0], words[i + n - 1][1]
                # difflib's own upper bound (real_quick_ratio), without building a matcher
                if 2 * min(end - start, len(target)) < NEAR_MISS_SAME_FIRST * (end - start + len(target)):
                    continue
                if not _free((start, end), taken):
                    continue
                if n > 1 and (lowered[words[i][0]:words[i][1]] in _NUMBER_WORDS or lowered[start].isdigit()) \
                        and not target.split()[0] in _NUMBER_WORDS:
                    continue  # «пет терминала» is no near miss of «зърнен терминал»: the numeral is the sentence's
                if size == 1 and n == 1 and (_relational_adjective(lowered[start:end], normalise(forms[0].text).lower())
                                             or (forms[0].text[:1].islower() and re.search(r"\s(?:на|of)\s$", lowered[:start])
                                                 and _base_of_derived(lowered[start:end], target))):
                    continue  # «Арфовый фестиваль» for "harp festival": the adjective of the noun, no rendering of it;
                    #           «Пилетата на щрауса» (chicks of the ostrich) for щраусчетата: the word it is made
                    #           from, the complement of another noun in a periphrasis (not «три кожарни»)
                if size == 1 and n > 1 and lowered[words[i + n - 1][0]:words[i + n - 1][1]] in FUNCTION_WORDS:
                    continue  # «овце в» is no near miss of «овцевъди»: a preposition ends no rendering (a
                    #           longer term's run is settled later, and may end so before it is)
                piece = _spelling(lowered[start:end]) if spelt else lowered[start:end]
                if n == size + 1 and size >= 2 and piece.replace(" ", "") == target.replace(" ", "") \
                        and piece.split()[0] == target.split()[0]:
                    best = (_SPLIT_NAME, start, end, candidate)  # Чжан Ли Хуа for Чжан Лихуа: a name split in two
                    continue
                # a name whose first word is exact and whose other word is mistransliterated (Го Вэйдун)
                threshold = NEAR_MISS_SAME_FIRST if size >= 2 and n == size and \
                    piece.split()[0] == target.split()[0] else NEAR_MISS
                flat_piece = piece.replace("-", " ").split() if len(flat_target) >= 2 else []
                if len(flat_piece) == len(flat_target) and flat_piece[1:] == flat_target[1:]:
                    # a name whose first word is mistransliterated and the rest exact (Чой Мин Сок for Чхве Мин-сок)
                    ratio = difflib.SequenceMatcher(None, " ".join(flat_piece), " ".join(flat_target)).ratio()
                    if ratio >= NEAR_MISS_SAME_FIRST and (best is None or ratio > best[0]):
                        best = (ratio, start, end, candidate)
                    continue
                matcher.set_seq1(piece)
                if matcher.quick_ratio() < threshold:
                    continue
                ratio = matcher.ratio()
                if ratio >= threshold and (best is None or ratio > best[0]) and not (
                        3 <= n < size and not _edge_word_fits(piece.split()[-1], target)):
                    # (not «министерство на морските дела издаде»: a verb at its edge is none of the term's words)
                    best = (ratio, start, end, candidate)
    return best


def _base_of_derived(word: str, term: str) -> bool:
    """Is ``word`` (a form of) the lower-case word ``term`` is derived from by a suffix of two letters or more
    (щрауса: щраус, the base of щраусче; not a misspelling of the term itself)?

    >>> _base_of_derived("щрауса", "щраусчета"), _base_of_derived("казанлак", "казанлък"), _base_of_derived("батуме", "батуми")
    (True, False, False)
    """
    stem = word[:-1] if re.search(r"[аяоеыиуюь]$", word) else word
    return word[:1].islower() and len(stem) >= 4 and term.startswith(stem) and len(term) - len(stem) >= 2


def _relational_adjective(word: str, noun: str) -> bool:
    """Is ``word`` an adjective made from the lower-case ``noun`` (арфовый from арфа, щраусови from щраус)?

    >>> _relational_adjective("арфовый", "арфа"), _relational_adjective("арфой", "арфа")
    (True, False)
    >>> _relational_adjective("щраусовите", "щраус"), _relational_adjective("щрауса", "щраус")
    (True, False)
    >>> _relational_adjective("родопов", "родопы"), _relational_adjective("юанов", "юань")
    (False, False)
    """
    stem = noun[:-1] if re.search(r"[аяоеьйы]$", noun) else noun
    return len(stem) >= 3 and word.startswith(stem) and bool(re.fullmatch(
        r"(?:ов|ев|ёв|ин|н|ск|ьн|ен|ян)(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими|"
        r"а|о|и|ия|ият|ата|ото|ите)", word[len(stem):]))  # (an ending of its own: Родопов, юанов are plurals)


def _edge_word_fits(word: str, target: str) -> bool:
    """Is the word at a near miss's edge like some word of the approved form (its first letter, or half its
    letters in common)?

    >>> _edge_word_fits("издаде", "министерство на морските дела на черна гора"), _edge_word_fits("чой", "чхве мин-сок")
    (False, True)
    """
    return any(word[:1] == other[:1] or difflib.SequenceMatcher(None, word, other).ratio() >= 0.5
               for other in re.split(r"[\s-]+", target) if other)


_SPELLING = str.maketrans({"ё": "е", "э": "е", "й": "и", "ь": None, "ъ": None})


def _spelling(text: str) -> str:
    """A name with the letters transliterations disagree on made alike (Чэнь Юйтин, Чен Ютин; Вратса,
    Враца), so that a near miss is measured on what differs.

    >>> _spelling("чэнь юйтин"), _spelling("вратса"), _spelling("толиати")
    ('чен юитин', 'враца', 'толяти')
    """
    return text.translate(_SPELLING).replace("тс", "ц").replace("иа", "я").replace("иу", "ю")


def _closest_run(text: str, start: int, end: int, form: str, ratio: float) -> tuple[int, int, float]:
    """The run inside ``text[start:end]``, one or two words shorter at either edge, that reads closest to
    ``form`` (a window of as many words as the term may take in words of the sentence)."""
    words = [m.span() for m in _WORD.finditer(text) if m.start() >= start and m.end() <= end]
    target = normalise(form).lower()
    best = (ratio, start, end)
    for cut_left in range(0, 3):
        for cut_right in range(0, 3):
            if (cut_left or cut_right) and cut_left + cut_right < len(words):
                a, b = words[cut_left][0], words[len(words) - 1 - cut_right][1]
                r = difflib.SequenceMatcher(None, normalise(text[a:b]).lower(), target).ratio()
                if r > best[0] + 0.02:
                    best = (r, a, b)
    return best[1], best[2], best[0]


def _stem(word: str) -> str:
    word = normalise(word).lower()
    return word[:max(4, len(word) - 3)] if len(word) > 5 else word


def _literal(text: str, forms: list[Form], taken, noun=None, english: str = "") -> Rendering | None:
    """A run of as many words as the approved term (or one more or fewer) of which all but one share a
    stem with the approved term's words, in the same order: a term the model translated word by word
    with one word of its own (Каспийский трубопроводный союз, Транскаспийский транспортный путь)."""
    base = forms[0]
    stems = [_stem(w) for w in base.text.split()]
    if len(stems) < 2:
        return _split_compound(text, forms, taken)
    words = [m.span() for m in _WORD.finditer(text)]
    best = None
    for n in (len(stems), len(stems) - 1, len(stems) + 1):
        for i in range(len(words) - n + 1):
            span = (words[i][0], words[i + n - 1][1])
            if not _free(span, taken):
                continue
            pieces = [_stem(text[a:b]) for a, b in words[i:i + n]]
            shared = sum(1 for p in pieces if p in stems)
            if normalise(text[words[i][0]:words[i][1]]).lower() in FUNCTION_WORDS or \
                    normalise(text[words[i + n - 1][0]:words[i + n - 1][1]]).lower() in FUNCTION_WORDS:
                continue  # a rendering neither starts nor ends with a preposition or an auxiliary
            # the approved words in order, all but one: the odd one anywhere, also the head (Управление of
            # Администрация Суэцкого канала)
            if shared >= max(2, len(stems) - 1) and (pieces[0] in stems[:2] or pieces[1:] == stems[1:]):
                score = shared - abs(n - len(stems)) * 0.5 + 0.25 * (pieces[-1] == stems[-1])
                if best is None or score > best[0]:
                    best = (score, span)
    if best is None:
        return ((_head_alone(text, base, words, taken) or _adjective_alone(text, base, words, taken, noun))
                if len(stems) == 2 else _quoted_name_with_head(text, base, taken)) or (
            _quoted_name_alone(text, forms, taken) if len(english.split()) == 1 else None)
        # (only for an English name of one word, "Mezha": the translation then writes the name alone)
    return Rendering(*best[1], base, "literal", text[best[1][0]:best[1][1]])


def _quoted_name_alone(text: str, forms: list[Form], taken) -> Rendering | None:
    """A Russian term of a generic noun and a quoted one-word name (журнал «Межа») of which the translation kept
    only the name, declined as a noun, with or without its quotation marks (в «Меже», читатели Межи): the name,
    standing for the term in the case its ending shows.

    >>> forms = [Form("журнал «Межа»", "nomn"), Form("журнала «Межа»", "gent"), Form("журнале «Межа»", "loct")]
    >>> t = "Статья вышла в «Меже»."
    >>> r = _quoted_name_alone(t, forms, [])
    >>> t[r.start:r.end], r.form.text
    ('«Меже»', 'журнале «Межа»')
    >>> t = "Читатели Межи раскритиковали реформу."
    >>> r = _quoted_name_alone(t, forms, [])
    >>> t[r.start:r.end], r.form.text
    ('Межи', 'журнала «Межа»')
    """
    base = forms[0] if forms else None
    match = re.fullmatch(r"([а-яё][а-яё -]*?)\s+«([А-ЯЁ][а-яё]{2,})»", base.text) if base else None
    if not match:
        return None
    from localize.morphology.ru import inflect

    name = match.group(2)
    stem = name[:-1] if name[-1] in "аяоеьй" else name
    for found in re.finditer(r"(«?)(" + re.escape(stem) + r"[а-яё]{0,3})(»?)(?![^\W\d_])", text):
        start, end = found.span()
        if bool(found.group(1)) != bool(found.group(3)):  # one mark only: the word alone
            start, end = found.span(2)
        if not _free((start, end), taken) or (start and text[start - 1].isalpha()):
            continue
        written = found.group(2)
        labels = [case for case in ("nomn", "gent", "datv", "accs", "ablt", "loct")
                  if inflect(name, case).lower() == written.lower()]
        preposition = re.search(r"(?<![^\W\d_])([а-яё]+)\s+$", text[:start].lower())
        allowed = PREPOSITIONS.get(preposition.group(1), ()) if preposition else ()
        labels.sort(key=lambda case: case not in allowed)  # в «Меже»: dative and prepositional alike, «в» says which
        form = next((f for f in forms if labels and f.label == labels[0]), None)
        if form is not None:
            return Rendering(start, end, form, "near", text[start:end], settled=True)
    return None


def _quoted_name_with_head(text: str, base: Form, taken) -> Rendering | None:
    """A term of adjectives, a noun and a quoted name (Оперный хор «Гусла») of which the translation kept the
    noun and the name but dropped an adjective (о хоре «Гусла»): the noun and the name.

    >>> t = "Книга рассказывает о хоре «Гусла»."
    >>> r = _quoted_name_with_head(t, Form("Оперный хор «Гусла»", "nomn"), [])
    >>> t[r.start:r.end]
    'хоре «Гусла»'
    """
    match = re.fullmatch(r"(.+?)\s+([«„\"].+[»“\"])", base.text)
    if not match or len(match.group(1).split()) < 2:
        return None
    head = match.group(1).split()[-1]
    stem = re.sub(r"[аеёиоуыэюяьй]$", "", normalise(head).lower())
    for found in re.finditer(r"([^\W\d_]+)\s+" + re.escape(match.group(2)), text):
        span = (found.start(), found.end())
        word = normalise(found.group(1)).lower()
        if _free(span, taken) and (_same_stem(word, head) or (word.startswith(stem) and len(word) - len(stem) <= 3)):
            return Rendering(*span, base, "literal", found.group(0), settled=True)
    return None


def _no_noun(noun, word: str) -> bool:
    """Does ``noun`` know ``word`` is no noun? Only a test backed by a dictionary (Russian) can say so; the
    Bulgarian one reads endings, and a noun in -ат or -ит would read as a verb."""
    return getattr(noun, "dictionary", False) and not noun(word.lower())


def _adjective_alone(text: str, base: Form, words, taken, noun=None) -> Rendering | None:
    """A two-word term whose first word is an adjective made of a name (Нурекски язовир) and whose noun the
    translation rendered by another noun (Нурекският резервоар): the one word of the adjective's stem in the
    sentence and the lower-case noun right after it; the approved noun before the name (моря Азова for
    Азовское море); the name alone when ``noun`` tells it is one and no noun follows it (через Каспий
    связывают: the verb after it is no part of the rendering).

    >>> t = "Нурекският резервоар събира 10 кубически километра вода."
    >>> r = _adjective_alone(t, Form("Нурекски язовир", "short"), [m.span() for m in _WORD.finditer(t)], [])
    >>> t[r.start:r.end]
    'Нурекският резервоар'
    >>> t = "Пожары на побережье моря Азова уничтожили 40 домов."
    >>> r = _adjective_alone(t, Form("Азовское море", "nomn"), [m.span() for m in _WORD.finditer(t)], [])
    >>> t[r.start:r.end]
    'моря Азова'
    """
    adjective, head = base.text.split()
    if not adjective[:1].isupper() or not head[:1].islower() or not _ADJECTIVE_END.search(normalise(adjective).lower()):
        return None
    spans = [(a, b) for a, b in words if _same_stem(text[a:b], adjective) and _free((a, b), taken)]
    if len(spans) != 1:
        return None
    k = words.index(spans[0])
    if k > 0 and re.fullmatch(r"\s+", text[words[k - 1][1]:words[k][0]]) and _free(words[k - 1], taken) \
            and text[words[k - 1][0]:words[k - 1][1]][:1].islower() == head[:1].islower() \
            and _similar_word(text[words[k - 1][0]:words[k - 1][1]], head):
        return Rendering(words[k - 1][0], words[k][1], base, "literal", text[words[k - 1][0]:words[k][1]],
                         settled=True)  # моря Азова: the approved noun, then the name it is made of
    name_alone = noun is not None and noun(text[words[k][0]:words[k][1]]) and text[words[k][0]].isupper() and not (
        k + 1 < len(words) and text[words[k + 1][0]].isupper() and not text[words[k][1]:words[k + 1][0]].strip())
    # (not «в Софии Тех Парк»: a name goes on after it)
    alone = Rendering(*words[k], base, "literal", text[words[k][0]:words[k][1]], settled=True) if name_alone else None
    if k + 1 >= len(words) or not re.fullmatch(r"\s+", text[words[k][1]:words[k + 1][0]]):
        return alone
    word = normalise(text[words[k + 1][0]:words[k + 1][1]])
    if not word[:1].islower() or word.lower() in FUNCTION_WORDS or _ADJECTIVE_END.search(word.lower()) \
            or len(word) < 4 or not _free(words[k + 1], taken) \
            or _no_noun(noun, word):
        return alone  # (Нурекският язовир's adjective before another adjective or a verb: no noun of its own)
    return Rendering(words[k][0], words[k + 1][1], base, "literal", text[words[k][0]:words[k + 1][1]], settled=True)


_ADJECTIVE_END = re.compile(r"(?:[ыио]й|[ая]я|[ое]е|[ыи]е|[ыи]х|ого|ему|ому|ым|ой|ую|[сшжц]к[аио]|ен|на|но|ни|"
                            r"ия|ият|ата|ото|ите|щ[аеи]|ва|во|ви)$")


def _head_alone(text: str, base: Form, words, taken) -> Rendering | None:
    """A two-word term (an adjective and its noun) of which the translation kept only the noun, or put
    another adjective before it (до 500 000 крон for норвежских крон, в Татрите for Високите Татри,
    Плаващата станция for Дрейфуващата станция): the one free word of the noun's stem in the sentence,
    with the adjective before it if there is one. A last resort before reporting no rendering; the
    decision carries a check (the words around it may belong to the term)."""
    adjective, head = base.text.split()
    if not _ADJECTIVE_END.search(normalise(adjective).lower()):
        return None
    spans = [(a, b) for a, b in words if (_same_stem(text[a:b], head) or re.fullmatch(
        r"(?:[A-Z0-9]{2,}|[а-яё]{2,6})-\w+", text[a:b], re.I) and (_same_stem(text[a:b].split("-")[-1], head) or (
            len(head) <= 5 and _common_start(normalise(text[a:b].split("-")[-1]).lower(), normalise(head).lower())
            >= max(3, len(head) - 1))))
        and _free((a, b), taken)]
    # (GPS-ошейником for спутниковым ошейником: a Latin acronym made the model's own adjective; паб-лигу for барную
    # лигу: an English word spelt in Cyrillic made the first part of a compound)
    if len(spans) != 1:
        return None
    start, end = spans[0]
    k = words.index(spans[0])
    if head[:1].islower() and text[start:end][:1].isupper() and k > 0 and not re.search(r"[.!?]\s*$", text[:start]) \
            and not re.fullmatch(r"(?:[A-Z0-9]{2,}|[а-яё]{2,6})-\w+", text[start:end], re.I):
        return None  # a capitalised word mid-sentence is a name, not this common noun
    own = False
    if k > 0 and re.fullmatch(r"\s+", text[words[k - 1][1]:start]):
        before = normalise(text[words[k - 1][0]:words[k - 1][1]]).lower()
        noun = normalise(text[start:end]).lower()
        bulgarian_article = bool(re.search(r"[^аеиоуъюя](?:ата|ята|ото|ето|ите|те|ът|ят)$", noun)) \
            and not re.search(r"(?:ата|ята|ото|ето|ите|ия|ият|ния)$", before)
        # (not «смени | въжетата»: a Bulgarian noun with its article has no adjective before it without one — the
        # article would be the adjective's; that word is the verb)
        if before not in FUNCTION_WORDS and _ADJECTIVE_END.search(before) and not before.isdigit() \
                and not bulgarian_article:
            start, own = words[k - 1][0], True  # another adjective of the model's own: it goes too
    return Rendering(start, end, base, "literal", text[start:end], settled=True, own_adjective=own)


def _related(word: str, approved: str) -> bool:
    """One word of a term rendered by another form or part of speech of it: Софии for Софийский, Пулково for
    Пулковская, истории for исторический (a long common beginning)."""
    a, b = normalise(word).lower(), normalise(approved).lower()
    if _same_stem(a, b):
        return True
    if any((a.startswith(x) and b.startswith(y)) or (a.startswith(y) and b.startswith(x)) for x, y in GEO_SYNONYMS):
        return True  # регион Владимир for Владимирская область
    common = _common_start(a, b)
    return common >= 4 and common * 2 >= min(len(a), len(b))


def _reordered(text: str, forms: list[Form], taken) -> Rendering | None:
    """A multi-word term whose words the translation put in another order or turned into a phrase
    (Университета Софии for Софийский университет, обсерваторию Пулково, Институтът Каролинска,
    Национального музея истории): a run of words each related to a different word of the term, or a
    preposition between them, that relates to every content word of the term."""
    base = forms[0].text
    opening, inner, closing = _QUOTES.match(base).groups() if _QUOTES.match(base) else ("", base, "")
    wanted = [w for w in _WORD.findall(inner) if normalise(w).lower() not in FUNCTION_WORDS | _NAMED_AFTER]
    if len(wanted) < 2 or opening:
        return None
    words = list(_WORD.finditer(text))
    best = None
    for size in (len(wanted), len(wanted) + 1, len(wanted) + 2):
        for i in range(len(words) - size + 1):
            run = words[i:i + size]
            if re.search(r"[.;:!?,]", text[run[0].start():run[-1].end()]):
                continue
            content = [m for m in run if normalise(m.group(0)).lower() not in FUNCTION_WORDS]
            if len(content) != len(wanted) or content[0] is not run[0] or content[-1] is not run[-1]:
                continue
            used: set[int] = set()
            score = 0
            for m in content:
                match = next((j for j, w in enumerate(wanted) if j not in used and _related(m.group(0), w)), None)
                if match is None:
                    break
                used.add(match)
                score += _common_start(m.group(0), wanted[match])
            else:
                if [m.group(0).lower() for m in content] == [w.lower() for w in wanted]:
                    continue  # the approved words in their own order are an exact or inflected form
                span = (run[0].start(), run[-1].end())
                if text[span[0]:span[1]].count("«") > text[span[0]:span[1]].count("»") and \
                        text[span[1]:span[1] + 1] == "»":
                    span = (span[0], span[1] + 1)
                if _free(span, taken) and _reordered_not_exact(text[span[0]:span[1]], forms) and \
                        (best is None or score - size > best[0]):
                    best = (score - size, span)  # the closest run wins (Алавердского монастыря, not Монахи ...)
    if best is None:
        return None
    return Rendering(*best[1], forms[0], "literal", text[best[1][0]:best[1][1]])


#: «имени» in a Russian institution's name (Институт археологии имени Маргулана): a translation may say it
#: with an adjective instead (Маргуланский институт археологии).
_NAMED_AFTER = {"имени", "им"}


def _common_start(a: str, b: str) -> int:
    """How many letters two words share from their start (lower case, ё = е)."""
    return len(os.path.commonprefix([normalise(a).lower(), normalise(b).lower()]))


_QUOTES = re.compile(r"^(.*?[«„“\"])(.+)([»“”\"])$")


def _reordered_not_exact(piece: str, forms: list[Form]) -> bool:
    wanted = normalise(piece).lower()
    return all(normalise(f.text).lower() != wanted for f in forms)


_GENERIC_AND_NAME = re.compile(r"^([а-яё]+(?:\s+[а-яё]+)?|[А-ЯЁ]{2,6})\s+([«„\"])(.+?)([»“\"])$")
_GENERIC_AND_BARE_NAME = re.compile(r"^([а-яё]{4,})\s+()([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)()$")  # област Ширак


def _other_generic(text: str, form: Form, taken, noun) -> Rendering | None:
    """A quoted name after another common noun than the approved one (связь с аппаратом «Заря-М» for
    спутник «Заря-М»; дамба Студена for язовир „Студена“): the noun and the name are the rendering."""
    parts = _GENERIC_AND_NAME.match(form.text) or _GENERIC_AND_BARE_NAME.match(form.text)
    if not parts:
        return None
    name = parts.group(3)
    acronym = parts.group(1).lower() if parts.group(1).isupper() else ""
    for joined in re.finditer(r"(?<![^\W\d_-])" + re.escape(name) + r"-([а-яё]{4,})(?![^\W\d_-])", text):
        if _same_stem(joined.group(1), parts.group(1).split()[-1]) and _free(joined.span(), taken):
            # «Организаторы Эхо-фестиваля» for фестиваль «Эхо»: the name and its generic noun made one compound
            return Rendering(*joined.span(), form, "literal", joined.group(0), settled=True)
    for quoted in re.finditer(r"[«„\"]" + re.escape(name) + r"[»“\"]|(?<![^\W\d_])" + re.escape(name) + r"(?![^\W\d_])",
                              text):  # (also unquoted: от дамба Студена for язовир „Студена“)
        before = list(re.finditer(r"(?<![^\W\d_])[а-яё]+", text[:quoted.start()]))[-3:]
        if not before or text[before[-1].end():quoted.start()].strip():
            continue
        first = before[-1]  # аппаратом «Заря-М»
        for word in reversed(before[:-1]):  # an acronym's words (пункта пропуска «Капитан Андреево» for КПП «...»)
            if not acronym or word.group(0)[0] not in acronym or len(acronym) < 2 or \
                    text[word.end():first.start()].strip():
                break
            first = word
        start = first.start()
        generic = parts.group(1).split()
        own = re.search(r"(?<![^\W\d_])([А-ЯЁа-яё]+)\s+$", text[:first.start()])
        if own and len(generic) > 1 and any(_same_stem(own.group(1), g) for g in generic):
            start = own.start(1)  # «Сеть аптек «Ремедиум»» for «аптечная сеть «Ремедиум»»: its own generic word too
        span = (start, quoted.end())
        if normalise(first.group(0)).lower() not in FUNCTION_WORDS and noun(first.group(0)) and _free(span, taken):
            return Rendering(*span, form, "literal", text[span[0]:span[1]], settled=True,
                             reordered=start != first.start())
    return None


def _plural_name_spelt_out(text: str, forms: list[Form], taken) -> Rendering | None:
    """A plural name written as its adjective and a generic noun (Карпатские горы for Карпаты, Курильских
    островов for Курил): a capitalised word beginning like the name, then a generic noun of geography."""
    name = forms[0].text
    if " " in name or not name[:1].isupper() or len(name) < 5:
        return None
    words = list(_WORD.finditer(text))
    for a, b in zip(words, words[1:]):
        if text[a.end():b.start()].strip() or not a.group(0)[:1].isupper() or not GEO_PLURAL_GENERIC.match(b.group(0)):
            continue
        common = _common_start(a.group(0), name)
        if common >= 4 and common >= len(name) - 2 and _free((a.start(), b.end()), taken):
            return Rendering(a.start(), b.end(), forms[0], "literal", text[a.start():b.end()], settled=True)
    return None


def _split_compound(text: str, forms: list[Form], taken) -> Rendering | None:
    """A compound the model wrote as two words (энергетических блоков for энергоблоков, енергийни блока
    for енергоблока): the first word begins like the compound, the second is its ending in the same form."""
    words = list(_WORD.finditer(text))
    for form in forms:
        whole = normalise(form.text).lower()
        if " " in whole or len(whole) < 7:
            continue
        for a, b in zip(words, words[1:]):
            first, second = normalise(a.group(0)).lower(), normalise(b.group(0)).lower()
            if text[a.end():b.start()].strip() or len(second) < 4 or len(whole) < len(second) + 3:
                continue
            if whole.endswith(second) and whole.startswith(first[:4]) and not whole.startswith(first) \
                    and _free((a.start(), b.end()), taken):
                return Rendering(a.start(), b.end(), form, "compound", text[a.start():b.end()])
    return None


#: Words a multi-word rendering never begins or ends with: prepositions, conjunctions, auxiliaries (ru, bg).
#: Numerals in words (ru, bg): a near miss never starts with one.
_NUMBER_WORDS = set("один одна одно два две три четыре пять шесть семь восемь девять десять сто тысяча "
                    "един една едно два две три четири пет шест седем осем девет десет сто хиляда "
                    "двама трима четирима петима шестима".split())
FUNCTION_WORDS = set("в во на за по с со к ко о об от из у до для при без под над через между и или а но что как "
                     "перед передо надо подо около после вокруг возле против среди про "
                     "был была было были будет будут есть е са беше бяха бе ще би съм си сме сте във със към "
                     "през след преди пред около срещу чрез според".split())


def _function_count(words: list[str]) -> int:
    return sum(normalise(w).lower() in FUNCTION_WORDS for w in words)


def _similar_word(word: str, approved: str) -> bool:
    a, b = normalise(word).lower(), normalise(approved).lower()
    if a == b or any(part == b for part in a.split("-")):
        return True
    if min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)) and abs(len(a) - len(b)) <= 3:
        return True  # зон, зона
    if word[:1].isupper() and approved[:1].isupper() and len(a) > 3 and a[:3] == b[:3] and a[:4] != b[:4] \
            and min(len(a), len(b)) <= 7:
        return True  # Руското for Русия: a country and its adjective
    return _same_stem(a, b) or (len(a) > 3 and difflib.SequenceMatcher(None, a, b).ratio() >= 0.75)


def settle(target: str, rendering: Rendering, approved: str, noun=None) -> None:
    """The extent of a near miss or literal rendering of a multi-word term, so that a repair neither eats
    the words around it nor leaves a piece of it: edge words that resemble none of the approved words are
    left out when a shorter run reads closer (Конференцията на ООН по климата | беше открита); a
    neighbouring word like an approved word the rendering lacks is taken in (Банка | азиатского
    развития), also past one or two words of its own (Министерство | по охране | окружающей среды), and
    a preposition with a piece of a split compound (производителите | на зърно); an opened quotation
    mark is closed (фонда «Сельское хозяйство»). A word the translation put in the place of an approved noun is
    a noun when ``noun`` can tell (not «выпущенные | Хамкорбанк» for банк «Хамкорбанк»)."""
    wanted = re.findall(r"[^\W_]+", approved)  # Джи-хун: two pieces, as a translation may write them apart
    if len(wanted) < 2:
        return
    spans = [m.span() for m in _WORD.finditer(target)]
    inside = [i for i, (a, b) in enumerate(spans) if a >= rendering.start and b <= rendering.end]
    if not inside:
        return
    first, last = inside[0], inside[-1]

    def covers(i):
        return {j for j, w in enumerate(wanted) if _similar_word(target[spans[i][0]:spans[i][1]], w)}

    covered = set().union(*(covers(i) for i in range(first, last + 1)))
    # edges: function words out; words like none of the approved ones out while the run is longer than it
    def pieces(i, j):
        return len(re.findall(r"[^\W_]+", target[spans[i][0]:spans[j][1]]))

    while last > first and not covers(last) and (
            normalise(target[spans[last][0]:spans[last][1]]).lower() in FUNCTION_WORDS or pieces(first, last) > len(wanted)):
        last -= 1
    while last > first and not covers(first) and (
            normalise(target[spans[first][0]:spans[first][1]]).lower() in FUNCTION_WORDS or pieces(first, last) > len(wanted)):
        first += 1
    # neighbours like an approved word not yet covered (up to two words of its own in between)
    for direction in (-1, 1):
        edge = first if direction < 0 else last
        for gap in range(0, 3):
            k = edge + direction * (gap + 1)
            if not 0 <= k < len(spans) or re.search(r"[.;:!?,]", target[min(spans[k][1], spans[edge][0]):
                                                                         max(spans[k][0], spans[edge][1])]):
                break
            new = covers(k) - covered
            lower_gap = all(target[spans[edge + direction * g][0]].islower() for g in range(1, gap + 1))
            if new and lower_gap and (gap == 0 or (direction < 0 and 0 in new)
                                      or (direction > 0 and gap == 1 and new == {len(wanted) - 1})):
                # (Всемирной ассоциации | производителей | стали: the approved last word one word further)
                covered |= new
                if direction < 0:
                    first = k
                else:
                    last = k
                break
        # a preposition and a piece of a split compound (на зърно for зърнопроизводителите)
        k = last + 1
        if direction > 0 and k + 1 < len(spans) and normalise(target[spans[k][0]:spans[k][1]]).lower() in (
                "на", "за", "по") and covers(k + 1) and not target[spans[last][1]:spans[k + 1][0]].strip(" ").count(",") \
                and not re.search(r"[.;:!?]", target[spans[last][1]:spans[k + 1][0]]):
            last = k + 1
    # an edge word that only repeats what the words inside already cover, past the approved number of words
    # (Судья | Городского суда Софии: «Софии» came in for Софийский, «Судья» is no second «суд»)
    def redundant(i, rest):
        return not covers(i) - set().union(*(covers(j) for j in rest))

    while last > first and pieces(first, last) > len(wanted) and redundant(first, range(first + 1, last + 1)):
        rendering.left_out = (rendering.left_out + " " + target[spans[first][0]:spans[first][1]]).strip()
        first += 1
    # one word of its own in the place of the approved one the rendering lacks at its end (Японската
    # метеорологична служба for ... агенция)
    missing = {j for j in set(range(len(wanted))) - covered if normalise(wanted[j]).lower() not in FUNCTION_WORDS}
    k = first - 1  # ... and at its start (Управление по демократическим институтам for Бюро по ...)
    if missing == {0} and len(wanted) - 1 - _function_count(wanted) <= pieces(first, last) < len(wanted) and k >= 0 \
            and not target[spans[k][1]:spans[first][0]].strip() \
            and normalise(target[spans[k][0]:spans[k][1]]).lower() not in FUNCTION_WORDS \
            and target[spans[k][0]].isupper() == wanted[0][:1].isupper() \
            and (noun is None or not noun(wanted[0].lower()) or noun(target[spans[k][0]:spans[k][1]].lower())):
        first = k
        missing = set()
    k = last + 1
    if missing == {len(wanted) - 1} and pieces(first, last) == len(wanted) - 1 and k < len(spans) \
            and not target[spans[last][1]:spans[k][0]].strip() \
            and normalise(target[spans[k][0]:spans[k][1]]).lower() not in FUNCTION_WORDS \
            and not (noun is not None and noun(wanted[-1].lower())
                     and _no_noun(noun, target[spans[k][0]:spans[k][1]])) \
            and (target[spans[k][0]].islower() == wanted[-1][:1].islower() or wanted[-1].isupper()):
        last = k
    if normalise(wanted[-1]).lower() not in FUNCTION_WORDS:  # (... за съвместна киберотбрана | в Талин)
        while last > first and normalise(target[spans[last][0]:spans[last][1]]).lower() in FUNCTION_WORDS:
            last -= 1
    start, end = spans[first][0], spans[last][1]
    piece = target[start:end]
    if piece.count("«") > piece.count("»"):
        close = target.find("»", end)
        if close != -1 and close - end < 40:
            end = close + 1
    if piece.count("„") > piece.count("“"):
        close = target.find("“", end)
        if close != -1 and close - end < 40:
            end = close + 1
    rendering.start, rendering.end = start, end
    rendering.detail = target[start:end]


def case_of(text: str, forms: list[Form]) -> str | None:
    """The label of the form ``text`` is (the case the translation wrote a term in), if it is one."""
    wanted = normalise(text).lower()
    for form in forms:
        if normalise(form.text).lower() == wanted:
            return form.label
    return None


#: English words written with a capital that a Russian or Bulgarian translation writes small: days, months,
#: nationalities and languages (Monday, January, Bulgarian, Chinese, French).
_ENGLISH_CAPITAL_ONLY = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|French|Dutch|Greek|Thai|Swiss|Czech|Welsh|Irish|Scottish"
    r"|[A-Z][a-z]+(?:ian|ean|ese|ish))$")
_ENGLISH_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+)[\"'“‘(\[*_\s]*$")


@functools.lru_cache(maxsize=4)
def _country_words(lang: str) -> frozenset:
    """The one-word country and territory names CLDR gives in ``lang`` (Bulgaria, България, Россия): a country
    named in the English sentence and the translation is no brand (not the words of longer names: New, United).

    >>> "Bulgaria" in _country_words("en"), "България" in _country_words("bg")
    (True, True)
    """
    from babel import Locale

    names = Locale.parse(lang).territories.values()
    return frozenset(name for name in names if re.fullmatch(r"[^\W\d_]{3,}", name) and name[:1].isupper())


def _a_country(word: str, lang: str) -> bool:
    """Is ``word`` a country's name in ``lang``, in any case (в России for Россия)?

    >>> _a_country("России", "ru"), _a_country("България", "bg"), _a_country("Стакана", "ru")
    (True, True, False)
    """
    if word in _country_words(lang):
        return True
    return lang == "ru" and len(word) >= 5 and any(
        word.startswith(name[:-1]) and len(word) - len(name) <= 2 for name in _country_words(lang)
        if len(name) >= 5 and name[-1] in "аяь")


def brand_translated(source: str, span: tuple[int, int], spans: list[tuple[int, int]], target: str,
                     form: Form, taken, noun=None, lang: str = "ru") -> Rendering | None:
    """A Latin brand that is also English words (Tumbler, Wharf, Stride, Turkish Airlines) which the translation
    rendered as their common noun, with the capital the brand gave it (Пользователи Стакана, в приложении
    Шаг). Found by elimination, never by its meaning: the English sentence has no capitalised word that the
    glossary does not account for besides the brand (``spans``: the source spans of the line's terms; a
    country's name counts as accounted for, as its name in ``lang`` in the translation does), and the
    translation exactly one capitalised word inside a sentence outside the terms' renderings (``taken``) — a
    common noun where ``noun`` can tell (Russian's dictionary). A brand in lower case (в урожае for "in
    Harvest") leaves nothing to tell it by and is not found.

    >>> text = "Пользователи Стакана могут вызвать мастера."
    >>> found = brand_translated("Users of Tumbler can book a locksmith.", (9, 16), [(9, 16)], text,
    ...                          Form("Tumbler", "nomn"), [])
    >>> text[found.start:found.end]
    'Стакана'
    >>> brand_translated("Users of Tumbler in Sofia can book it.", (9, 16), [(9, 16)], text,
    ...                  Form("Tumbler", "nomn"), []) is None   # Sofia may be the capitalised word
    True
    """
    english = re.sub(r"['’]s?$", "", source[span[0]:span[1]])  # (Ember's new cigarettes: цигари на Жарава)
    if not (_LATIN_NAME.match(form.text) and len(form.text.split()) <= 3 and english[:1].isupper()
            and english.lower() == form.text.lower()):
        return None
    for word in re.finditer(r"[A-Za-z][A-Za-z'’-]*", source):
        if not word.group()[:1].isupper() or any(a <= word.start() < b for a, b in spans) or word.group() == "I" \
                or _ENGLISH_SENTENCE_START.search(source[:word.start()]) or _ENGLISH_CAPITAL_ONLY.match(word.group()) \
                or word.group() in _country_words("en"):
            continue  # (a country the translation names in its own words: "sold in Bulgaria", в България)
        return None  # another capitalised English word (a name or title outside the glossary) may be the one
    candidates, openers = [], []
    opens = re.search(r"(?:^|[.!?…]\s+)[\"'“(*_\[\s]*$", source[:span[0]]) and re.match(r"\s*([,(—–])", source[span[1]:])
    for word in re.finditer(r"(?<![^\W\d_])[А-ЯЁ][а-яё]+(?![^\W\d_])(?!-)", target):
        if not _free(word.span(), taken) or _a_country(word.group(), lang):
            continue
        before = target[:word.start()]
        if re.search(r"(?:^|[.!?…]\s+)[\"'„“«(*_\[\s]*$", before) or re.search(r"-$", before):
            if opens and re.match(r"[»“\"]?\s*" + re.escape(opens.group(1)), target[word.end():]):
                openers.append(word)  # "Pledge, a Bulgarian app, ...": Залог, болгарское приложение — the sentence's
                #                       first word in the place of the brand that opens the English one, both before
                #                       the same apposition
            continue  # a sentence's first word, or a part of a hyphenated name: the capital tells nothing
        candidates.append(word)
    if not candidates and len(openers) == 1 and len(form.text.split()) == 1:
        candidates = openers
    if len(candidates) != 1:
        return None
    word = candidates[0]
    start, end = word.span()  # (a quoted one loses its quotation marks with the repair: в приложении «Шаг»)
    following = re.match(r"\s+([а-яё]+)(?![^\W\d_])", target[end:])
    if following and following.group(1) not in FUNCTION_WORDS and _adjective_before_noun(
            word.group(), following.group(1), noun):
        end += following.end()  # an adjective and its noun (чрез Възходящ поток for "through Updraft")
        word = re.match(r"\S+", following.group(1))  # (the noun is what must be a common noun)
    elif len(form.text.split()) > 1:
        return None  # two English words, one Cyrillic word: not their rendering, or not all of it
    if noun is not None and getattr(noun, "dictionary", False) and not noun(word.group()):
        return None  # (Russian: a surname, a place or a word the dictionary does not know is no common noun)
    return Rendering(start, end, form, "literal", target[start:end], settled=True,
                     guessed=f"the only capitalised word the English does not account for ({target[start:end]}) "
                             f"was taken for the brand {form.text} translated as a common word: check it")


def _adjective_before_noun(word: str, after: str, noun=None) -> bool:
    """Is ``word`` an adjective of the lower-case word ``after`` (Восходящий поток, Възходящ поток)? Russian asks
    the dictionary (``noun`` has one); Bulgarian goes by the adjective's ending.

    >>> _adjective_before_noun("Възходящ", "поток"), _adjective_before_noun("Чаша", "за")
    (True, False)
    """
    if noun is not None and getattr(noun, "dictionary", False):
        from localize.morphology.ru import analyzer

        first = analyzer().parse(word.lower())
        return bool(first) and first[0].tag.POS in ("ADJF", "PRTF") and noun(after)
    return bool(re.search(r"(?:ск(?:и|а|о|ия|ият|ата|ото|ите)|[яае]щ(?:ия|ият|ата|ото|ите)?|ен|н(?:ия|ият))$",
                          word.lower())) and after not in FUNCTION_WORDS
