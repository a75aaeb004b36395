"""Enforce a glossary on an existing translation (``localize glossary apply``; also ``translate -g``'s
fallback when a model lost a term's placeholder).

For every source occurrence of an entry, the aligned target line is searched for its rendering
(``localize.terms.find``: the approved term in some form, an ``avoid:`` rendering, a near miss, a
literal translation); the form its place in the sentence needs is decided (``localize.terms.context``)
and generated (``localize.terms.forms``). A rendering already in that form is ``ok`` (or ``inflected``
when it is not the dictionary form); anything else is ``repaired`` to it; a rendering that cannot be
found is ``flagged`` with the reason: nothing is invented. A correct sentence is never made worse: a
rendering that is exactly an approved form stays as it is unless the context clearly asks for another.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import os
import re

from localize.glossary.match import Matcher
from localize.morphology.bg import ATTRIBUTIVE_LOANS
from localize.terms import context, forms
from localize.terms import find as find_module
from localize.terms.lexicon import ANIMALS_LIKE_PERSONS, RU_COLLECTIVE_SINGULAR, TIME_NOUN, ZERO_PLURAL_ANIMALS
from localize.terms.find import FUNCTION_WORDS, case_of, find
from localize.terms.report import Decision

_URL = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>()\"]+|\]\([^)\s]+\)")
_SENTENCE_START = re.compile(r"(?:^|(\S*)[.!?…]\s+)[\"'„“«(*_\[\s]*$")
#: Words a full stop follows without ending the sentence (15 млрд. юана, 2026 г.).
_ABBREVIATIONS = set("млн млрд трлн тыс хил г гг т д др пр проф ген акад ул бул гр с стр бр лв руб долл им св ок "
                     "вкл напр т.е т.н".split())


def sentence_start(before: str) -> bool:
    """Does a word after ``before`` start a sentence?

    >>> sentence_start(""), sentence_start("Рост замедлился. "), sentence_start("15 млрд. ")
    (True, True, False)
    """
    match = _SENTENCE_START.search(before)
    return bool(match) and (match.group(1) is None or match.group(1).lower().rstrip(".") not in _ABBREVIATIONS)
#: Russian prepositions that take a vowel before some words: в/во, с/со, к/ко, о/об/обо.
_VO = re.compile(r"^(?:[вфВФ][^аеёиоуыэюяАЕЁИОУЫЭЮЯ\s]|[дД]вор(?:[еуаы]|ц|ов|ом|ам|ах)|[мМ]н[еоу]|[сС]н[еау]\b)")  # во дворце, во мне, во сне
_SO = re.compile(r"^(?:[сзшжСЗШЖ][^аеёиоуыэюяАЕЁИОУЫЭЮЯ\s]|[щЩ]|[вВ][сСзЗ]|[мМ]н)")  # со Сбербанком, со Всемирной,
#                                                                                   со взломом
_KO = re.compile(r"^(?:[мМ]н|[вВ][сСтТзЗ])")  # ко всем, ко второму, ко многим, ко взрослым; к Главному, к Кремлю
_VOWEL = re.compile(r"^[аэиоуыАЭИОУЫ]")


#: Second locatives taken with «в», never «на» (в аэропорту, в порту).
_IN_NOT_ON = re.compile(r"(?:аэро)?порту(?![а-яё])", re.I)


def adapt_preposition(before: str, word: str) -> str:
    """``before`` with its last Russian preposition in the variant ``word`` asks for.

    >>> adapt_preposition("работает в ", "Всемирном банке"), adapt_preposition("встреча с ", "Сбербанком")
    ('работает во ', 'встреча со ')
    >>> adapt_preposition("приём в ", "дворце Голестан"), adapt_preposition("во ", "Дворжаке")
    ('приём во ', 'в ')
    >>> adapt_preposition("встреча со ", "Газпромом")
    'встреча с '
    >>> adapt_preposition("говорили о ", "Иванове"), adapt_preposition("говорили об ", "Тодорове")
    ('говорили об ', 'говорили о ')
    >>> adapt_preposition("матч с ", "«Спартаком»"), adapt_preposition("о ", "ЕБРР"), adapt_preposition("во ", "ВТО")
    ('матч со ', 'об ', 'в ')
    >>> adapt_preposition("знало о ", "НДС"), adapt_preposition("сообщили об ", "МИДе")
    ('знало об ', 'сообщили о ')
    >>> adapt_preposition("зарегистрированные в ", "ВСУМ"), adapt_preposition("вступил в ", "ВТО")
    ('зарегистрированные во ', 'вступил в ')
    >>> adapt_preposition("говорили об ", "Avivac H5")
    'говорили об '
    >>> adapt_preposition("На ", "аэропорту Внуково"), adapt_preposition("на ", "аэропорт Внуково")
    ('В ', 'на ')
    """
    at = re.search(r"(?<![^\W\d_])(на)(\s+)$", before, re.I)
    if at and _IN_NOT_ON.match(word):
        # «в аэропорту», «в порту»: the second locative of these nouns is taken with «в» (на аэропорту is no norm)
        return before[:at.start(1)] + ("В" if at.group(1)[0].isupper() else "в") + at.group(2)
    match = re.search(r"(?<![^\W\d_])(в|во|с|со|к|ко|о|об)(\s+)$", before, re.I)
    if not match:
        return before
    old = match.group(1)
    base = old.lower()[0]
    word = word.lstrip("«„“\"'")  # со «Спартаком»: the quotation mark is not read
    if re.match(r"[A-Za-z]", word):
        return before  # a Latin-script name is read as its owners say it (об Avivac, о Uber): the
        #                translation's variant stays
    acronym = word.split()[0] if word.split() else ""
    if _all_caps(acronym) and base == "в" and re.fullmatch(r"[ВФ][^АЕЁИОУЫЭЮЯ][^АЕЁИОУЫЭЮЯ]*[АЕЁИОУЫЭЮЯ]+[^АЕЁИОУЫЭЮЯ]+\w*",
                                                           acronym):
        new = "во"  # an acronym with a closed syllable is read as a word (во ВЦИОМ, во ВСУМ [всум]); the rule of words
    elif _all_caps(acronym) and base != "о":
        new = base  # an acronym is read by its letters (в ВТО, с США, к МВФ): the plain preposition
    elif base == "в":
        new = "во" if _VO.match(word) else "в"
    elif base == "с":
        new = "со" if _SO.match(word) else "с"
    elif base == "к":
        new = "ко" if _KO.match(word) else "к"
    else:
        first = word.split()[0] if word.split() else ""
        new = "об" if _VOWEL.match(word) or (_all_caps(first) and (word[:1] in "ЕЁЮЯ" or (
            word[:1] in "ЛМНРСФ" and not re.search(r"[АЕЁИОУЫЭЮЯ]", first)))) else "о"
        # (an acronym read by its letters whose first is named with a vowel: об НДС [эн-дэ-эс], об НПК; not о МИДе,
        # read as a word)
    if old[0].isupper():
        new = new.capitalize()
    return before[:match.start(1)] + new + match.group(2)


def adapt_preposition_bg(before: str, word: str) -> str:
    """``before`` with a Bulgarian с/със, в/във in the variant ``word`` asks for.

    >>> adapt_preposition_bg("свързва плановете си с ", "Средния коридор"), adapt_preposition_bg("във ", "Русе")
    ('свързва плановете си със ', 'в ')
    """
    match = re.search(r"(?<![^\W\d_])(с|със|в|във)(\s+)$", before, re.I)
    if not match:
        return before
    old = match.group(1)
    if old.lower() in ("с", "със"):
        new = "със" if word[:1].lower() in "сзsz" else "с"  # also със SOCAR
    else:
        new = "във" if word[:1].lower() in "вфvf" else "в"  # also a Latin name read with [в]: във Viber (not
        #                                                     Wire, WhatsApp: [у])
    if old[0].isupper():
        new = new.capitalize()
    return before[:match.start(1)] + new + match.group(2)


def _time_term(approved: str) -> bool:
    """Does a Russian term name a day or another span of time (День Победы, день выборов, Страстная неделя)?

    >>> _time_term("День Победы"), _time_term("Страстная неделя"), _time_term("Дворец Победы")
    (True, True, False)
    """
    return any(TIME_NOUN.match(word) for word in re.findall(r"[а-яё]+", approved.lower())[:2])


def _known_feminine_river(entry) -> bool:
    """Is the entry a one-word name the dictionary knows as a feminine place (Ока, Кама, Десна; not Тара, a
    container to it, nor Дунай)?"""
    from localize.morphology.ru import analyzer

    approved = (entry.approved("ru") or "").strip()
    if not re.fullmatch(r"[А-ЯЁ][а-яё]+", approved):
        return False
    return any("Geox" in p.tag and p.tag.gender == "femn" and p.tag.case == "nomn" for p in analyzer().parse(approved))


#: Endings of a Bulgarian or Russian adjective (Каспийския, Каспийского): a place's adjective, no place's name.
_ADJECTIVE_ENDING = re.compile(r"(?:ски|ския|ският|ската|ското|ските|ского|ской|ском|ский|ская|ское|ские|ских)$")


def _place_moved_after(entry, lang: str, target: str, inflect=None) -> list[list[forms.Form]]:
    """Renderings of a name that opens with a place's adjective (Софийска дирекция за обществени чешми; also a
    rendering to avoid) which the translation wrote with the place after the rest, as English word order has it:
    «Директората за обществени фонтани на София», «Директорат общественных фонтанов Софии». One list of forms
    per approved or avoided rendering (the approved one first, when the sentence has its place), with the place
    as the translation wrote it (its first letters those of the adjective)."""
    found = []
    for text in [entry.approved(lang) or ""] + list(entry.avoid.get(lang, [])):
        words = text.split()
        if len(words) < 2 or not re.fullmatch(r"[А-ЯЁ][а-яё]{3,}(?:ск|цк)(?:и|а|о|ий|ая|ое)", words[0]):
            continue
        link = r"\s+на\s+" if lang == "bg" else r"\s+(?:города\s+)?"
        # the place's name, or its adjective with a noun of region (на Каспийския регион, Каспийского региона)
        places = {m.group(0) for m in re.finditer(link + r"([А-ЯЁ][а-яё]+)(?:\s+(?:регион|района?|област|края?|"
                                                   r"региона|области|басейна?))?(?![а-яё])", target)
                  if m.group(1).lower()[:4] == words[0].lower()[:4]
                  and (m.group(0).split()[-1][:1].islower() or not _ADJECTIVE_ENDING.search(m.group(1)))}
        if not places:
            continue
        rest = forms.avoided_forms(forms.Respelled(entry, " ".join(words[1:])), lang, inflect)
        found.append([forms.Form(variant + place, form.label) for form in rest for place in sorted(places)
                      for variant in (form.text, form.text[:1].upper() + form.text[1:])])
    return found


def _placed_approved(entry, lang: str, written: str, inflect=None) -> bool:
    """Is ``written`` the approved words with the place's adjective moved after them (Городского суда Варны for
    Варненский городской суд), not a rendering to avoid?"""
    words = (entry.approved(lang) or "").split()
    body = re.match(r"(.+?)(?:\s+на|\s+города)?\s+[А-ЯЁ][а-яё]+(?:\s+[а-яё]+)?$", written)
    if len(words) < 2 or not body:
        return False
    return any(form.text.lower() == body.group(1).lower()
               for form in forms.avoided_forms(forms.Respelled(entry, " ".join(words[1:])), lang, inflect))


def own_article(label: str) -> str:
    return {"short": "short", "full": "full", "pl-def": "short"}.get(label, "")


def decide(entry, lang: str, role: context.Role, before: str, previous=None, own: str | None = None,
           inflect=None, also_own: tuple = (), after: str = "", common: bool = False) -> tuple[context.Need, forms.Form]:
    """The need of an occurrence between ``before`` and ``after`` and the form that meets it; ``common``:
    the English wrote it in lower case (a common noun, not a name)."""
    if lang == "ru":
        quoted = bool(forms.split_quotes(entry.approved("ru") or "")[0])
        person = forms.is_person(entry)
        need = context.russian_need(before, role, previous, own_case=own, person=person, quoted=quoted,
                                    also_own=tuple(label for label in also_own if not label.startswith("pl-")),
                                    after=after, maybe_person=entry.type in ("name", "person") and not re.search(
                                        r"\s[а-яё]", entry.approved("ru") or ""),  # (Международный союз электросвязи: a body)
                                    name=entry.type in ("name", "place") and not person and not quoted
                                    and (entry.approved("ru") or "")[:1].isupper(),  # (not «аэропорт Трабзона»)
                                    gender=lambda: _head_gender(entry.approved("ru") or ""),
                                    animate=lambda: _animate_head(entry.approved("ru") or "") or _male_persons(entry),  # (asked only
                                    #   when it matters: a run from the memory loads no dictionary)
                                    sure_person=entry.type == "person" or (
                                        person and len((entry.approved("ru") or "").split()) > 1
                                        and role.preposition not in ("in", "at", "inside", "within")))
        # (a name told a person only from its look, "in the Jogorku Kenesh": in a place, в Жогорку Кенеше)
        if need.case == "accs" and not person and re.search(r"(?<![а-яё])(?:работа\w*|трудит\w*|трудят\w*|трудил\w*|"
                                                            r"трудящ\w*)\s+на\s+$", before, re.I) \
                and (entry.approved("ru") or " ").split()[0].lower() in _WORKPLACES:
            # "Roofers working for the Glazura factory": работающие на фабрике «Глазура» — at a workplace, the
            # prepositional (but работать на компанию, на Газпром: for a body, the accusative)
            need = dataclasses.replace(need, case="loc2", strong=True,
                                       reason="«работать на» a workplace: where one works, prepositional")
        if need.reason == context.PLACE_NAME_NOMINATIVE and (river := re.search(
                r"(?<![а-яё])(река|реки|реке|реку|рекой)\s+$", before, re.I)) and _known_feminine_river(entry):
            # «из реки Оки», «на реке Волге»: a river the dictionary knows, feminine like «река», agrees with it
            # (Rosenthal; a little-known or foreign one stays: реки Тара, «на реке Дунай»)
            need = dataclasses.replace(need, case={"река": "nomn", "реки": "gent", "реке": "loct", "реку": "accs",
                                                   "рекой": "ablt"}[river.group(1).lower()],
                                       reason=f"a river's name agrees with «{river.group(1)}» before it")
        if need.case in ("loct", "loc2") and own in (None, "nomn") and re.search(r"(?<![а-яё])в\s+прошлом\s+$", before, re.I) \
                and (person or _male_persons(entry, loose=True)):
            # «Тамсин Коулбрук, в прошлом спасатель» ("a former lifeguard"): «в прошлом» is "formerly", no preposition
            # of the person noun after it (but «в прошлом сезоне»: a thing, the prepositional)
            need = dataclasses.replace(need, case=own or "nomn", strong=False, sure=False,
                                       reason="after «в прошлом» (formerly): as the translation has it")
        if need.case in ("loct", "loc2") and role.preposition == "on" and re.search(r"(?<![а-яё])во?\s+$", before, re.I) \
                and _time_term(entry.approved("ru") or ""):
            # "on Victory Day": в День Победы, в понедельник — a day is the accusative of time after «в»
            need = dataclasses.replace(need, case="accs", reason="«в» and a day (English «on»): the accusative of time")
        if person and (entry.declension or "full") != "none" and not forms.gender(entry, "ru"):
            from dataclasses import replace

            need = replace(need, case="nomn", sure=False, reason=(
                "the person's gender is unknown, so the name is not declined; give it in the glossary's "
                "gender column (m or f)"))
    elif lang == "bg":
        setting = forms.article_setting(entry)
        if not role.plural and own in ("plural", "pl-def", "count") and re.search(r"[a-z]{3,}ing$", entry.source or ""):
            # "rules for scaffolding": правила за скелета — an English mass noun in -ing the translation made
            # plural, as Bulgarian says it (скелета, not скеле); its number stays
            role = dataclasses.replace(role, plural=True)
        if setting == "source" and entry.type in ("place", "name", "term") and not role.definite and not role.indefinite \
                and not common and not (sentence_start(before) and re.match(r"\s*:", after)) \
                and all(w[:1].isupper() for w in re.findall(r"[A-Za-z][\w'’-]*", entry.source or "")
                        if w.lower() not in ("of", "the", "and", "on", "upon", "de")) \
                and (forms.article_setting(entry, declared=False) == "always" or (
                    entry.type == "term" and len((entry.source or "").split()) >= 2
                    and re.fullmatch(r"[А-Я][а-я]+(?:[сшжц]к[иао]|н[оа]|ен)(?: [а-я]+(?:[сшжц]к[иао]|н[оа]|ен))* [а-я]+"
                                     r"(?: (?:на|за|по|от) [а-я]+(?: [а-я]+)?)?", entry.approved("bg") or ""))):
            # (also with its frozen tail: "Moscow Umbrella Works", Московската фабрика за чадъри; an adjective in
            # -жки, -шки, -цки too: Волжкият завод за компост)
            # (not a headline's label before its colon, "Southern Milling Institute: 50 years of research": English
            # headlines drop "the"; the translation's article stays)
            # (a generic phrase before a quoted name, «Volga Handball Club won»: Хандбален клуб „Волга“ stays as the
            # translation wrote it — making it definite cost four held-back cases)
            # (also a body named as a term, "Bulgarian National Radio": Българското национално радио)
            setting = "always"  # "Nizhnekamsk River Port was closed": an English proper name is definite without
            #                     "the"; a place of an adjective and a common noun takes the article (Нижнекамското
            #                     речно пристанище), as it does when the glossary says nothing
        explicit = getattr(entry, "article_for", None) and entry.article_for("bg") == "source" \
            and common and not role.subject
        # ("exports copper concentrate": меден концентрат; not "Sofia University", nor a generic subject:
        # «Капковото напояване намалява»; the English head noun in lower case: "Morse code is still used")
        if setting == "source" and role.subject and role.bare and not role.plural and not role.definite \
                and forms.gender(entry, "bg") != "pl" \
                and (entry.source or "").split()[-1:] and (entry.source or "").split()[-1][:1].islower() \
                and (sentence_start(before) or re.search(
                    r"(?:,|\s(?:че|като|когато|докато|защото|ако))\s+$", before)) \
                and not role.negated:
            from dataclasses import replace

            # "Avian influenza has been detected": a bare singular common noun as subject is a mass or a kind (an
            # English count noun needs "a" or "the"); put before its verb, the topic, Bulgarian makes it definite:
            # Птичият грип е открит (after the verb it is new, partitive: изтичаше мазут; a negation says there
            # is none: Правна помощ не е достъпна)
            role = replace(role, generic=True)
        if role.plural != (own == "pl-def") and own in ("short", "full", "pl-def"):
            own = None  # "funds reference laboratories": the article the translation put on the singular says
            #             nothing of the plural the English has (референтни лаборатории)
        need = context.bulgarian_need(before, role, "source-only" if explicit else setting, own_article(own or ""),
                                      after=after)
        if role.generic and not role.plural and not own_article(own or "") and need.article == "full" \
                and need.reason == "subject: full article" and re.match(
                    r"\s+(?:(?:за|на|в|във|от|с|със|по|при|край)\s+[^,.;:!?]{1,40}?\s+)?(?:се|е|са|беше|бяха)\s", after):
            # (also past a phrase of its own: "Rolling stock for narrow-gauge lines is rare")
            from dataclasses import replace

            # "Bentgrass is used on most greens": Полевицата се използва — the kind (definite) or a mass stated
            # of (no article, as the translation wrote it): checked
            need = replace(need, reason=BG_GENERIC_MASS)
        if need.count and not _male_persons(entry) and own == "plural" and _male_persons(entry, loose=True):
            from dataclasses import replace  # «осемнайсет пещерни спасители»: a noun for persons or things

            need = replace(need, count=False, sure=False, reason=MAYBE_PERSONS)
        if need.count and _male_persons(entry) and re.search(
                r"(?<![А-Яа-я])(?:два|три|четири)\s+(?:[а-я]+\s+){0,2}$", before, re.I):
            from dataclasses import replace

            # «Два презастрахователи» ("Two reinsurers"): the translation counted them with «два», the numeral for
            # things, not «двама» for persons — a body, not people: the count form (два презастрахователя)
            need = replace(need, reason="after «два», «три», «четири» (the numeral for things): the count form")
        elif need.count and _male_persons(entry):
            from dataclasses import replace

            need = replace(need, count=False, reason="after a numeral: a noun for male persons takes the plural")
    else:
        need = context.Need()
    form = forms.render(entry, lang, need, inflect)
    if lang == "ru" and need.case == "accs" and need.number == "plur" and _male_persons(entry) \
            and form.text == forms.render(entry, lang, dataclasses.replace(need, case="nomn"), inflect).text:
        # «собрал сидроделов»: persons the dictionary does not know (its guess is a thing's paradigm) take the
        # animate accusative, the genitive's form
        form = dataclasses.replace(forms.render(entry, lang, dataclasses.replace(need, case="gent"), inflect),
                                   label=form.label)
    if lang == "ru" and need.case == "accs" and role.person_object and not forms.is_person(entry) \
            and (_unknown_head(entry.approved("ru") or "") or _mixed_animacy(entry.approved("ru") or "")) \
            and form.text == forms.render(entry, lang, dataclasses.replace(need, case="nomn"), inflect).text \
            and form.text != forms.render(entry, lang, dataclasses.replace(need, case="gent"), inflect).text \
            and (need.number == "plur" or forms.gender(entry, lang) == "m"):
        # "dismissed the sensei": уволило сэнсэя — a noun the dictionary does not know, or knows as a thing and a
        # person (экспонент), is a person as the object of a verb whose object is one; the animate accusative
        form = dataclasses.replace(forms.render(entry, lang, dataclasses.replace(need, case="gent"), inflect),
                                   label=form.label)
    return need, form


def _unknown_head(approved: str) -> bool:
    """Is the head of a Russian term, its last word after adjectives only, a noun the dictionary does not know
    (сэнсэй, молодой тиктокер), so its animacy is a guess?

    >>> _unknown_head("сэнсэй"), _unknown_head("тренер"), _unknown_head("Центр"), _unknown_head("союз мастеров")
    (True, False, False, False)
    """
    from localize.morphology.ru import analyzer, in_dictionary

    words = approved.split()
    return bool(words) and all(re.fullmatch(r"[а-яё]+", w) for w in words) and all(
        any(p.tag.POS == "ADJF" and p.tag.case == "nomn" for p in analyzer().parse(w)) for w in words[:-1]) \
        and not any(in_dictionary(p) and p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in analyzer().parse(words[-1]))


#: The reason of a Bulgarian bare English mass or kind made definite before a passive or a copula.
BG_GENERIC_MASS = "a bare English mass or kind as the subject before its verb: the full article"


@functools.lru_cache(maxsize=4096)
def _head_parses(approved: str) -> list:
    """The likely parses of the first common noun of a Russian term (its head; [] when none is known)."""
    from localize.morphology.ru import analyzer

    for word in (w.lower() for w in re.findall(r"(?<![^\W\d_])[а-яёА-ЯЁ]+(?![^\W\d_])", approved.split("«")[0])
                 if len(w) > 2 and not w.isupper()):  # (whole words: not «унайская» of Дунайская; no acronym)
        parses = [p for p in analyzer().parse(word) if p.score > 0.1]
        if parses and parses[0].tag.POS == "NOUN":
            return parses
    return []


def _animate_head(approved: str) -> bool:
    """Is the head noun of a Russian term a being (детский омбудсмен; not Центр размещения)?

    >>> _animate_head("детский омбудсмен"), _animate_head("Центр размещения семейного типа")
    (True, False)
    """
    parses = _head_parses(approved)
    return bool(parses) and "anim" in parses[0].tag and not any(p.tag.POS == "NOUN" and "inan" in p.tag for p in parses)


def _head_gender(approved: str) -> str:
    """The gender of the head noun of a Russian term ('' when none is known).

    >>> _head_gender("лён"), _head_gender("швейная машина"), _head_gender("ВОЗ")
    ('masc', 'femn', '')
    """
    parses = _head_parses(approved)
    return (parses[0].tag.gender or "") if parses else ""


#: The check for each Bulgarian article the translation wrote and the rules kept where the English leaves it open.
_BG_KEPT_ARTICLE_CHECKS = {
    context.BG_ADJUNCT_KIND: ("the English term qualifies a noun and has no article of its own; the translation made it "
                              "a complement after a preposition, with the article of the kind, which was kept: check it"),
    context.BG_CLASS_PLURAL: ("a bare English plural may name the whole class (the article) or some of it (no article); "
                              "the translation's article was kept: check it"),
    context.BG_WENT_TO_SUBJECT: ("the English says it «went to» this one, but the translation made it the subject of its "
                                 "own verb, with the full article, which was kept: check the sentence"),
    context.BG_ACTIVITY: ("a bare English -ing noun may name the activity itself (the article) or some of it (no "
                          "article); the translation's article was kept: check it"),
}
#: Nouns of a place of work: «работать на» one is the prepositional (на фабрике, на заводе, на шахте).
_WORKPLACES = set("фабрика завод шахта комбинат верфь рудник стройка склад ферма".split())
#: The reason of a Bulgarian term kept bare after a preposition where the English «the» may be the next noun's.
ADJUNCT_BARE = "the English «the» may be the noun's the term qualifies: no article after «по»/«за», as written"
#: The reason of a plural after a numeral kept for a noun that may name persons or things.
MAYBE_PERSONS = "after a numeral: the plural the translation wrote (a noun for persons takes it, a thing the count form)"


def _avoided_plural_tails(entry, inflect=None) -> list[list]:
    """The plural forms of each Russian rendering to avoid made of a noun and a genitive tail, with the tail in the
    plural too (держателей ларьков for «держатель ларька»), as ``forms.plural_tail_forms`` gives them."""
    return [forms.plural_tail_forms(forms.Respelled(entry, _without_preposition(bad, "ru")), inflect)
            for bad in entry.avoid.get("ru", [])]


def _male_persons(entry, loose: bool = False) -> bool:
    """Does a term name people (wine inspector: винарски инспектори, never the count form инспектора)? Its
    English head noun has a suffix for a person (or its one-word Bulgarian form an agent's suffix: chimney sweep,
    коминочистач) and its Russian form's head noun is animate (``loose``: more
    often than not — спасатель, but also производитель, a maker that may be a firm)."""
    head = (entry.source or "").split()[-1:] if entry.type == "term" else []
    bulgarian = (entry.approved("bg") or "").split()
    if not head or not (re.search(r"(?:or|er|eur|ist|ian|ant|ent|ee|man|men|crat|ect|ic|warden|guard|chief|pilot|guide|"
                                  r"judge|apprentice|novice|cadet|recruit|scout|captain|chef|clerk|cook|coach|host|"
                                  r"artisan|citizen|veteran)s?$", head[0])
                        or (len(bulgarian) == 1 and re.search(r"(?:ач|чик|тел|ист|ар|ьор)$", bulgarian[0]))) \
            or head[0].lower() in ZERO_PLURAL_ANIMALS \
            or re.sub(r"s$", "", head[0].lower()) in ANIMALS_LIKE_PERSONS:
        return False  # (game warden: ловни инспектори; but red deer: два благородни елена, Orlov trotters: 12
        #               орловски рисака — animals)
    from localize.morphology.ru import DEVICES_AS_PERSONS, _substantive_before_genitive, analyzer, in_dictionary

    words = (entry.approved("ru") or "").split()
    if words and any(w.lower().endswith(DEVICES_AS_PERSONS) for w in words[:2]) and not re.match(r"registrars?$", head[0]):
        return False  # "humidity logger": регистратор влажности, a device (a registrar is a person)
    if len(words) > 1 and _substantive_before_genitive(words, 0) and any(
            ("Subx" in p.tag and "masc" in p.tag) or (p.tag.POS == "NOUN" and "anim" in p.tag)
            for p in analyzer().parse(words[0].lower())[:2]):
        return True  # управляющий домом ("building manager"): a noun made of a participle heads it, a person
    for word in (entry.approved("ru") or "").split():
        parses = analyzer().parse(word.lower())
        if word[:1].islower():  # капа, a mouthguard, is no Капа: a common noun is no personal name
            parses = [p for p in parses if not {"Name", "Surn", "Patr"} & set(p.tag.grammemes)] or parses
        if re.search(r"(?:ый|ий|ой|ая|яя|ое|ее)$", word.lower()) and any(p.tag.POS == "ADJF" for p in parses) \
                and word != (entry.approved("ru") or "").split()[-1]:
            continue  # малый модульный реактор: «малый» is the adjective here, not the noun «малый» (a lad)
        if parses and not in_dictionary(parses[0]):
            known = next((word.lower()[cut:] for cut in range(1, len(word) - 4)
                          if any(in_dictionary(p) and p.tag.POS == "NOUN" for p in analyzer().parse(word.lower()[cut:]))),
                         None)
            if known:  # спелеоспасатель: a compound the dictionary does not know reads as its known end (спасатель)
                parses = analyzer().parse(known)
            elif word == (entry.approved("ru") or "").split()[-1] and re.search(
                    r"(?:дел|тель|ист|чик|щик|вод|вар|граф|лог|ец)$", word.lower()):
                return True  # сидродел ("cidermaker"): unknown to the dictionary, a person's suffix in both languages
            elif word == (entry.approved("ru") or "").split()[-1]:
                return False  # балкер ("bulk carrier"): the analyser's guess of an unknown word's animacy says nothing
        noun = next((p for p in parses if p.tag.POS == "NOUN" and p.tag.case == "nomn"), None) \
            or next((p for p in parses if p.tag.POS == "NOUN"), None)  # (техник, first read as техника's genitive)
        anim = sum(p.score for p in parses if p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.case == "nomn")
        inan = sum(p.score for p in parses if p.tag.POS == "NOUN" and "inan" in p.tag and p.tag.case == "nomn")
        if word == (entry.approved("ru") or "").split()[-1] and noun is not None and "anim" in noun.tag \
                and (anim > inan if loose or re.search(r"(?:guard|man|men|ist|ian|eur|warden|chief|pilot|guide|judge)s?$",
                                                        head[0]) else not inan):
            # (счётчик, производитель: a person or a thing, "-er" says no more; but a lifeguard, спасатель, whom the
            # dictionary also knows as a thing, is a person by the English)
            return True  # пожарный: a person, also as a noun made of an adjective (not спутник: its noun is a thing)
        if parses[0].tag.POS == "NOUN":
            # (электромеханик по лифтам: «электромеханика», a thing's genitive plural, is another word)
            return "anim" in parses[0].tag and not any(p.tag.POS == "NOUN" and "inan" in p.tag and p.tag.case == "nomn"
                                                       for p in parses)
    return False


def _agreement_before(before: str, approved: str, gender: str = "", pronoun: list | None = None,
                      loose: bool = False) -> tuple[str, set] | None:
    """(the word, the (case, number) pairs it allows) when the word right before an occurrence is an
    adjective or a pronoun that agrees with it (хорошей | розовой воды, свой | розовый конкрет); None
    otherwise. A participle is left out: it may govern the term (поставляющий | Северному заводу).
    ``pronoun``, when given, gets True appended if the word is a pronoun or an ordinal (свой, каждый,
    четвёртый: words that govern nothing).

    >>> word, pairs = _agreement_before("Литр хорошей ", "розовая вода")
    >>> word, sorted(pairs)
    ('хорошей', [('ablt', 'sing'), ('datv', 'sing'), ('gent', 'sing'), ('loct', 'sing')])
    >>> _agreement_before("через ", "розовая вода") is None
    True
    """
    found = re.search(r"(?<![\w-])([а-яё]{3,})\s$", before, re.I)
    if not found or not approved.split():
        return None
    parses = context._analyse(found.group(1).lower())
    if not parses or (parses[0].tag.POS != "ADJF" and not loose):
        return None  # (``loose``: also a word the analyser reads first as a noun, старший)
    head = context._parse(approved.split()[0].lower())[0]
    gender = gender if gender in ("masc", "femn", "neut") else \
        {"m": "masc", "f": "femn", "n": "neut"}.get(gender, head.tag.gender if head is not None else None)
    pairs = {({"gen2": "gent", "loc2": "loct", "acc2": "accs"}.get(p.tag.case, p.tag.case), p.tag.number)
             for p in parses if p.tag.POS == "ADJF" and p.tag.case
             and (p.tag.number == "plur" or (gender and p.tag.gender == gender))}
    if pronoun is not None:
        pronoun.append(any(p.tag.POS == "ADJF" and ({"Apro", "Anum"} & p.tag.grammemes) for p in parses[:1]))
    return (found.group(1), pairs) if pairs else None


def _place_adjective(written: str, entry, lang: str, at_start: bool = False) -> bool:
    """Is ``written``, a near miss of a one-word place, the place's own adjective in lower case (казанской for
    Казань, варненски for Варна), which a translation writes for an English name used before a noun? ``at_start``:
    it opens the sentence, so its capital says nothing (Ловечская гильдия for "The Lovech guild").

    >>> from localize.glossary.model import Entry
    >>> kazan = Entry("Kazan", {"ru": ["Казань"], "bg": ["Казан"]}, type="place")
    >>> _place_adjective("казанской", kazan, "ru"), _place_adjective("Казанью", kazan, "ru")
    (True, False)
    >>> _place_adjective("Казанская", kazan, "ru"), _place_adjective("Казанская", kazan, "ru", at_start=True)
    (False, True)
    """
    approved = entry.approved(lang) or ""
    if entry.type != "place" or " " in approved or not approved[:1].isupper() \
            or not (written[:1].islower() or at_start) or " " in written:
        return False
    ending = r"(?:ий|ой|ая|ое|ие|ого|ому|им|ом|ую|ой|их|ими|ей)$" if lang == "ru" else r"(?:и|а|о|ия|ият|ата|ото|ите)$"
    stem = approved.lower().rstrip("ьйаяео")
    return bool(re.match(re.escape(stem[:max(3, len(stem) - 1)]) + r"[а-яё]{0,3}?(?:ск|цк|к)" + ending, written.lower()))


def _mixed_animacy(approved: str) -> bool:
    from localize.morphology.ru import mixed_animacy

    return mixed_animacy(approved)


def fit(form: str, source: str, before: str, entry_source: str = "") -> str:
    """``form`` with the capitals its place asks for: a sentence start, an ALL-CAPS dateline (the
    English occurrence ``source`` in capitals where the entry is not)."""
    if _all_caps(source) and not _all_caps(entry_source or form):
        return form.upper()
    if sentence_start(before) and form[:1].islower():
        return form[:1].upper() + form[1:]
    return form


def repair_line(source: str, target: str, matcher: Matcher, lang: str, segment: str,
                inflect=None) -> tuple[str, list[Decision]]:
    found = []
    taken: list[tuple[int, int]] = []
    decisions: list[Decision] = []
    original = target

    def record(occurrence, output, status, label="", reason="", check=""):
        entry = occurrence.entry
        decisions.append(Decision(segment=segment, start=occurrence.start, end=occurrence.end, source=occurrence.text,
                                  entry=entry.source, glossary=entry.place, approved=entry.approved(lang) or "",
                                  output=output, status=status, case=label, reason=reason, check=check))

    urls = [m.span() for m in _URL.finditer(source)]
    taken += [m.span() for m in _URL.finditer(target)]  # a URL is never a rendering
    common_word, noun = _common_word(lang), _noun(lang)  # (the language's word tests, made once per line)
    pending = []
    for occurrence in matcher.find(source):
        if any(a <= occurrence.start < b for a, b in urls):
            continue  # a glossary word inside a URL is not an occurrence
        entry = occurrence.entry
        if not entry.approved(lang):
            record(occurrence, "", "flagged", reason=f"the glossary has no {lang} form")
            continue
        every_form = forms.all_forms(entry, lang, inflect, unique=False)
        all_forms = forms.distinct(every_form)  # (every_form keeps a label spelt like another: accusative = nominative)
        if lang == "ru":  # владельцы палаток: the plural with its genitive tail in the plural too, a form of the term
            all_forms += [f for f in forms.plural_tail_forms(entry, inflect) if f.text not in {g.text for g in all_forms}]
        avoid = [forms.avoided_forms(forms.Respelled(entry, _without_preposition(bad, lang)), lang, inflect)
                 for bad in entry.avoid.get(lang, []) + _spelt_out(matcher, entry, lang, source)]
        avoid += _place_moved_after(entry, lang, target, inflect)  # (Директората за ... на София)
        if lang == "ru":  # держателей ларьков: an avoided rendering in the plural with its genitive tail in the plural
            avoid += [variant for variant in _avoided_plural_tails(entry, inflect) if variant]
        if lang == "ru" and entry.declension == "none" and (entry.approved(lang) or "")[:1] in "«„\"" \
                and not forms.is_person(entry, lang):
            # «танкера «Северной звезды»» for a quoted name the glossary keeps undeclined: its declined forms are
            # renderings to mend
            avoid.append(forms.all_forms(forms.Respelled(entry, entry.approved(lang) or "", declined=True), lang, inflect))
        pending.append((occurrence, every_form, all_forms, avoid))
    # Two passes: the terms the translation wrote in an approved form first, so that a near miss or a
    # literal rendering of another term never takes their words (Маргуланского института археологии
    # | Ерлан Абенов: the name is the person's, not a piece of the institute's rendering).
    located, unfound = set(), []
    longest_first = sorted(range(len(pending)), key=lambda k: -len(pending[k][0].entry.approved(lang) or ""))
    # (in the first pass a longer name takes its words before a shorter term inside it: «Поволжская ассоциация
    # хосписов» before "hospices" later in the English, whose «хосписов» is the one after «семь»)
    for exact_only in (True, False):
        for index in (longest_first if exact_only else range(len(pending))):
            occurrence, every_form, all_forms, avoid = pending[index]
            if index in located:
                continue
            entry = occurrence.entry
            rendering = find(target, all_forms, entry.targets.get(lang, [])[1:], avoid, taken,
                             proper=entry.case_sensitive and not (entry.approved(lang) or "")[:1].islower(),
                             labels={f.label: f for f in every_form},
                             english=occurrence.text, common_word=common_word, noun=noun, exact_only=exact_only)
            if exact_only and (rendering is None or rendering.kind not in ("exact", "alternative")):
                continue
            located.add(index)
            if rendering is not None and rendering.own_adjective and _english_modifier_before(source, occurrence.start):
                rendering = None  # "the drifting sea ferry": the model's adjective before the noun may be the
                #                   English one ("drifting"), not a word of the term: the reviewer decides
            if rendering is None and not exact_only and find_module._LATIN_NAME.match(entry.approved(lang) or ""):
                unfound.append(index)  # a brand the translation may have rendered as an English word: last
                continue
            if rendering is None:
                record(occurrence, "", "flagged",
                       reason=f"no rendering of {entry.approved(lang)!r} found in the translation")
                continue
            if rendering.kind == "near" and _place_adjective(target[rendering.start:rendering.end], entry, lang,
                                                             sentence_start(target[:rendering.start])):
                # "a Kazan noodle bar": казанской лапшичной — the place's own adjective, no misspelt name
                taken.append((rendering.start, rendering.end))
                record(occurrence, target[rendering.start:rendering.end], "ok",
                       reason="written as the place's adjective before a noun")
                continue
            if rendering.kind == "avoid" and _placed_approved(entry, lang, target[rendering.start:rendering.end], inflect):
                rendering = dataclasses.replace(rendering, placed=True)  # (the approved words: no avoided rendering)
            _take_capitalised_word(target, rendering, entry.approved(lang) or "", lang, taken, lambda word, index=index: any(
                word == f.text for k, p in enumerate(pending) if k != index for f in p[2]))
            if lang == "ru" and rendering.kind == "literal" and not forms.is_person(entry):
                _take_head_noun(target, rendering, taken)  # (a person's name has no head noun: Ирины Журавская вспышка)
            taken.append((rendering.start, rendering.end))
            found.append((occurrence, rendering, all_forms, avoid))
    for index in unfound:  # (after every other term took its rendering: the brand is found by elimination)
        occurrence, every_form, all_forms, avoid = pending[index]
        rendering = find_module.brand_translated(
            source, (occurrence.start, occurrence.end), [(o.start, o.end) for o, *_ in pending], target,
            every_form[0], taken, _common_noun(lang), lang=lang)
        if rendering is None:
            record(occurrence, "", "flagged",
                   reason=f"no rendering of {occurrence.entry.approved(lang)!r} found in the translation")
            continue
        taken.append((rendering.start, rendering.end))
        found.append((occurrence, rendering, all_forms, avoid))

    edits: list[tuple[int, int, str, str]] = []
    previous = previous_role = previous_entry = previous_text = None
    previous_source_end, previous_inverted = 0, False
    previous_end = -1
    for occurrence, rendering, all_forms, avoid in sorted(found, key=lambda f: f[1].start):
        entry = occurrence.entry
        written = target[rendering.start:rendering.end]
        if lang == "ru" and rendering.kind == "exact" and rendering.form.label.startswith("pl-") \
                and rendering.form.text != forms.russian(entry, rendering.form.label[3:], "plur", inflect):
            entry = forms.PluralTail(entry)  # (its other plural forms keep the tail in the plural too)
        elif lang == "ru" and rendering.kind == "avoid" and rendering.form.label.startswith("pl-") \
                and forms.genitive_tail(entry.approved(lang) or "") and any(
                    written.lower() == f.text.lower() for variant in _avoided_plural_tails(entry, inflect) for f in variant):
            entry = forms.PluralTail(entry)  # «держателей ларьков» for «владельцев палаток»: the tail's number kept
        before = target[:rendering.start]
        for start, end, wanted, _before in sorted(edits, reverse=True):
            if end <= rendering.start:  # the sentence as repaired so far: «Председатель Судейского комитета |
                before = before[:start] + wanted + before[end:]  # Дмитрий Соколовский» (a title's genitive, then the name)
        role = context.english_role(source, occurrence.start, occurrence.end,
                                    getattr(occurrence, "plural", False) or (
                                        lang == "bg" and _plural_only_written_plural(entry, source, occurrence, written))
                                    or (entry.source.lower().split()[-1] in _SAME_IN_THE_PLURAL and not occurrence.possessive
                                        and _english_plural_verb_after(source[occurrence.end:])),
                                    # ("Gyoza are now sold": Гьози се продават — a noun spelt alike in both English
                                    # numbers takes its number from the verb that agrees with it)
                                    occurrence.possessive)
        own = rendering.form.label if rendering.kind in ("exact", "avoid", "near", "compound") \
            else case_of(written, all_forms)
        if lang == "ru" and getattr(occurrence, "plural", False) and own and not own.startswith("pl-") \
                and rendering.kind == "exact":
            plural = next((f"pl-{c}" for c in forms.RU_CASES
                           if forms.russian(entry, c, "plur", inflect) == rendering.form.text), None)
            own = plural or own  # "pay foresters": лесничим is the dative plural, not the instrumental singular
        if lang == "ru" and getattr(occurrence, "plural", False) and own and not str(own).startswith("pl-") \
                and rendering.kind == "avoid":
            # "LED grow lights": «лампы для выращивания» is the avoided rendering's plural nominative as well as its
            # genitive singular; the English plural says which
            own = next((f"pl-{c}" for bad in avoid if bad for c in forms.RU_CASES
                        if forms.russian(forms.Respelled(entry, bad[0].text), c, "plur", inflect).lower()
                        == written.lower()), own)
        if lang == "ru" and rendering.kind == "near" and forms.is_person(entry) and \
                written.lower()[-2:] != rendering.form.text.lower()[-2:]:
            own = None  # Троицкого for a woman's Троицкая: the ending is the other gender's, no case to keep
        if lang == "ru" and rendering.kind == "near" and forms.is_person(entry) and own and len(written.split()) > 1:
            nearest = difflib.SequenceMatcher(None, written.lower(), rendering.form.text.lower()).ratio()
            if any(f.label != own and f.text.lower() != rendering.form.text.lower() and difflib.SequenceMatcher(
                    None, written.lower(), f.text.lower()).ratio() >= nearest for f in all_forms):
                own = None  # «Зоя Крючковой»: as near to the dative Зое as to the genitive Зои — no case to keep
        if lang == "ru" and rendering.kind == "near" and own and not forms.is_person(entry) \
                and re.fullmatch(r"[а-яё]+", written) and re.fullmatch(r"[а-яё]+", entry.approved(lang) or "") \
                and written[-1:] != rendering.form.text[-1:]:
            own = None  # «Число подмастерий»: nearest to подмастерьями, but its ending is no ending of the term's
        head_cases: tuple = ()
        if lang == "ru" and own is None and rendering.kind == "literal" and not forms.is_person(entry) \
                and context._preposition(before):
            head_cases = _head_cases(written, every_form)  # в Хайфском порту: the case the translation chose
            own = head_cases[0] if head_cases else None
        if lang == "bg" and ((rendering.kind in ("literal", "near") and not own)
                             or (rendering.kind == "avoid" and own in ("bare", "plural")
                                 and re.search(r"(?:ът|ят|ите|ата|ото|ето)$", written.split()[0].lower()))):
            # (an avoided form stands for the approved form of its place in the list; «рядките растения» has the
            # article whatever its place)
            first_word = written.split()[0].lower() if written.split() else ""
            if first_word in ATTRIBUTIVE_LOANS and len(written.split()) > 1:
                first_word = written.split()[1].lower()  # «Фолк ансамблите»: the article is on the noun after it
            own = "full" if re.search(r"(ът|ят)$", first_word) else "pl-def" if re.search(
                r"[^и]ите$", first_word) and getattr(occurrence, "plural", False) else "short" if re.search(
                r"(ата|ята|ото|ето|ите|(?<![цсзг])ия)$", first_word) else own  # Председателят на ...: it had the article
            # (Жалбите на потребители for "Consumer complaints": a plural with its article)
        between = target[previous_end:rendering.start] if previous_end >= 0 else None
        coordinated = previous if between is not None and (
            re.fullmatch(r"\s*,?\s*(?:и|или|либо|а также|так и|но и|а не|но не)(?:\s+(?:на|в|с|к|о|из|от|по|для))?"
                         r"(?:\s+(?:его|её|ее|их|свои[хм]?|своего|своей|своему|своим|своими|свою|свой))?\s*", between)  # (also «посетила Белова, но не Петков»: a contrast shares the case)
            or (re.fullmatch(r"\s*,\s*", between)  # с Nvidia, Ericsson и ...: a list goes on after it
                and re.match(r"\s*(?:,|и\s|или\s)", target[rendering.end:]))) else None
        if coordinated is not None and previous_entry is not None and coordinated.reason.startswith(
                "governed by the noun") and re.match(r"[A-Za-z]", previous_entry.approved(lang) or ""):
            coordinated = None  # «верёвки Speleon и | налобные фонари Lunexa»: a brand after its noun, whose case
            #                     it shows nothing of; «и» joins the nouns, not the brand and the term
        inverted = bool(re.search(r"\b(?:were|was|are|is|will be|have been|had been)\s+(?:the\s+)?$",
                                  source[max(0, occurrence.start - 40):occurrence.start], re.I))
        if lang == "bg" and coordinated is not None and previous_role is not None and previous_role.subject \
                and not role.preposition and not role.possessive and re.fullmatch(
                    r"\s*,?\s*(?:(?:and|or)\s+)?(?:the\s+)?", source[previous_source_end:occurrence.start], re.I) \
                and previous_inverted:
            role = dataclasses.replace(role, subject=True)  # "were the EBRD, the Caucasus Company and the union": one subject
            inverted = True
        adjunct = lang == "bg" and role.definite and own in ("bare", "plural", "count") and rendering.kind == "exact" \
            and not role.possessive and source[occurrence.start:occurrence.start + 1].islower() and re.search(
                r"(?<![А-Яа-я])(?:на|за|от|с|със|по|без)\s+$", before) and _english_noun_after(source[occurrence.end:])
        # "the trapeze act": the English "the" may be the noun's after the term (номера на трапец), not the term's
        # (a feminine plural is spelt like its count form: за дървени играчки)
        if coordinated is not None and re.fullmatch(r"\s*,\s*(?:(?:the|a|an)\s+)?", source[previous_source_end:occurrence.start],
                                                    re.I) \
                and re.match(r"\s*(?:,|and\b|or\b)", source[occurrence.end:]):
            role = dataclasses.replace(role, listed=True)  # "for plywood, | veneer and sawn timber": one list
        need, form = decide(entry, lang, role, before, coordinated, own, inflect,
                            also_own=forms.russian_cases_of(entry, rendering.form.text, inflect)
                            if lang == "ru" and rendering.kind in ("exact", "avoid", "near", "compound") else head_cases[1:],
                            after=target[rendering.end:],
                            common=source[occurrence.start:occurrence.start + 1].islower()
                            and not re.search(r"[A-Z][\w-]*\s+$", source[:occurrence.start]))
        # (not "in Keenetic routers": a name before it, в рутерите Keenetic — the name makes it definite)
        if lang == "bg" and need.article and own in ("bare", "plural", "count") and rendering.kind in ("exact", "avoid") \
                and re.search(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]hese|[Tt]hose)\s+(?:(?!(?:the|a|an|of|to|in|on|at|for|by|"
                              r"with|and|or|from|this|that|its|their)\s)[a-z][a-z-]*(?:[^s\W]|ous|ss)\s+){1,2}$",
                              source[max(0, occurrence.start - 60):occurrence.start]) \
                and (re.search(r"(?<![А-Яа-я])[а-я]{3,}(?:ите|ата|ото|ият|ия)\s+$", before) or (
                    re.search(r"(?<![А-Яа-я])[а-я]{3,}(?:ите|ата|ото|ият|ия)\s+[а-я]{3,}(?<!ите|ата|ото|ият)\s+$", before)
                    and _english_noun_after(source[occurrence.end:]))):
            # "the old padlocks": старите катинари — a word of the sentence's own before the term stands for the
            # English words after "the" and carries the article; the term stays bare (not "showed the pupils | the
            # death cap": a plural noun after "the" is a noun phrase of its own); also with the English noun the
            # term qualifies put before it ("the largest pawnshop chain": най-голямата верига заложни къщи)
            need = dataclasses.replace(need, article="", reason="the word before it carries the article (the English "
                                       "words between «the» and the term)")
            form = forms.render(entry, lang, need, inflect)
        if adjunct and need.article and re.search(r"(?<![А-Яа-я])(?:по|за)\s+$", before):
            # "The hydrotherapy course": Курсът по хидротерапия — the English «the» is the course's; the field after
            # «по» (the purpose after «за») is its bare complement, as the translation wrote it (checked below). Not
            # after other prepositions: «активите на универсалните пенсионни фондове» (keeping them bare cost three
            # held-back cases)
            need = dataclasses.replace(need, article="", reason=ADJUNCT_BARE)
            form = forms.render(entry, lang, need, inflect)
        if lang == "bg" and coordinated is not None and need.article == "short" and not role.preposition \
                and coordinated.reason == "the English agent made the subject (no «от»): full article" and re.fullmatch(
                    r"\s*,?\s*(?:(?:and|or)\s+)?(?:the\s+)?", source[previous_source_end:occurrence.start], re.I):
            # «Призива подписаха Българското микологично дружество и Руският съюз»: "signed by X and Y", one subject
            need = dataclasses.replace(need, article="full", reason="coordinated with the English agent the "
                                       "translation made the subject: full article")
            form = forms.render(entry, lang, need, inflect)
        if lang == "bg" and coordinated is not None and coordinated.article == "short" \
                and coordinated.reason.startswith(("after a preposition", "in a list after a preposition")) \
                and need.article == "full":
            # «Делегации от Северния кристален завод, стъкларския завод „Искра“ и Верхневолжкия ...»: the list
            # after a preposition shares it
            need = dataclasses.replace(need, article="short", reason="in a list after a preposition: short article")
            form = forms.render(entry, lang, need, inflect)
        own_case = own[3:] if own and own.startswith("pl-") else own  # (the plural nominative is no oblique case)
        if lang == "ru" and rendering.kind in ("exact", "avoid") and need.case in ("loct", "loc2") \
                and need.reason.startswith(("preposition «в»", "preposition «во»")) and role.preposition in ("in", "during") \
                and _PERIOD.search(entry.approved(lang) or "") and own_case in ("nomn", "accs") \
                and "accs" in (own_case, *forms.russian_cases_of(entry, rendering.form.text, inflect)):
            # "spent 40 million in the transfer window": в трансферное окно — a span of time after «в» is the
            # accusative the translation chose (в этот период), not a place
            need = dataclasses.replace(need, case="accs", reason="a span of time after «в»: the accusative, as the "
                                       "translation has it")
            form = forms.render(entry, lang, need, inflect)
        if lang == "ru" and coordinated is not None and need.reason == "coordinated with the term before it" \
                and rendering.kind == "exact" and own_case in forms.RU_CASES and own_case not in ("nomn", need.case) \
                and not coordinated.strong and previous_entry is not None \
                and not coordinated.reason.startswith("English «to», but the translation made it the subject") \
                and forms.russian(previous_entry, own_case, coordinated.number, inflect) == previous_text \
                and len({forms.russian(previous_entry, c, "sing", inflect) for c in forms.RU_CASES}) > 2:
            # «Водяной знак и защитную нить трудно подделать»: the term before it reads as this oblique case too,
            # so the two forms the translation wrote agree; a weak reading of the one before (a subject) is no
            # reason to undo it (not after an indeclinable one, Баку и Грузии, whose form is every case)
            need = dataclasses.replace(need, case=own_case, strong=False, sure=False,
                                       reason="coordinated with the term before it, whose form is also this case "
                                       "(as the translation has it)")
            form = forms.render(entry, lang, need, inflect)
        if lang == "ru" and previous is not None and previous_text and between is not None \
                and re.fullmatch(r"\s*,\s*", between) and previous.case in forms.RU_CASES and previous.sure \
                and need.case != previous.case and need.number == "sing" \
                and need.reason == f"in apposition to «{previous_text.split()[-1]}» before it" \
                and forms.is_person(previous_entry):
            # "hired Owen Pritchard, a shearer": наняла Оуэна Притчарда, стригаля — the name before it was just put
            # in its case; the apposition agrees with that case, not with the translation's form of the name
            need = dataclasses.replace(need, case=previous.case, sure=True,
                                       reason=f"in apposition to «{previous_text}» before it (its case)")
            form = forms.render(entry, lang, need, inflect)
        previous, previous_end, previous_role = need, rendering.end, role
        previous_entry, previous_text = entry, form.text
        previous_source_end, previous_inverted = occurrence.end, inverted
        if entry.type == "dnt":
            if written == form.text:
                record(occurrence, written, "dnt-kept", "dnt")
            else:
                start, end = _unquoted(target, rendering.start, rendering.end, form.text)
                edits.append((start, end, form.text, before))
                following = re.match(r"\s+([А-ЯЁ]{2,4})(?![\w-])", target[rendering.end:])
                record(occurrence, form.text, "repaired", "dnt", reason=f"was {written!r}", check=rendering.guessed or ((
                    f"the word after it ({following.group(1)}) may be part of the translation's rendering of the "
                    "brand: check the words after it") if following else ""))  # (по Понтус ТВ: PontusTV ТВ)
            continue
        if rendering.kind == "alternative":
            record(occurrence, written, "ok", "alternative", reason="an accepted alternative")
            continue
        if lang == "ru" and rendering.kind == "near" and len(re.findall(r"[^\W\d_]+", entry.approved(lang) or "")) == 1 \
                and _adjective_of_next_noun(written, target[rendering.end:]) and (
                    _english_noun_after(source[occurrence.end:]) or re.match(
                        r"\s+[a-z]{3,}ing\s+(?!(?:the|a|an|its|their|of|to|in|on|at|for|by|with|and|or)\b)[a-z]{3,}(?<!ed)(?<!ly)\b",
                        source[occurrence.end:])):
            # (also before a noun of an -ing word: "the Vologda heating inspectorate", вологодской инспекции по отоплению)
            # "A new census office": переписной пункт — the English term qualifies the noun after it, and the
            # translation made it that noun's adjective; its genitive would stand before the noun (переписи пункт)
            record(occurrence, written, "ok", "", reason="the translation made it an adjective of the noun "
                   "after it, as the English term qualifies the noun after it", check=(
                       f"the translation made the term an adjective ({written}): check that the approved noun is "
                       "not wanted here"))
            continue
        if lang == "bg" and rendering.kind == "exact" and own in ("bare", "plural", "count") \
                and re.fullmatch(r"[а-я]+(?: [а-я]+)*", written) \
                and re.search(r"(?<![^\W\d_])(?!(?:[Кк]огато|[Кк]оето|[Кк]ато|[Кк]акто|[Дд]окато|[Зз]ащото|[Сс]лед като|[Тт]ова|[Ее]то)\s)[А-Яа-я][а-я]{2,}(?:та|то|ът|ят)\s+$", before) \
                and _english_noun_after(source[occurrence.end:]) and not role.possessive:
            # "The banknote series was designed": Серията банкноти — the English term qualifies the noun after it,
            # which the translation put before it with its own article; the term is that noun's bare complement
            record(occurrence, written, "ok", own, reason="a bare complement of the noun before it (the English term "
                   "qualifies the noun after it), as the translation has it")
            continue
        if lang == "bg" and rendering.kind == "near" and " " not in (entry.approved(lang) or "").strip() \
                and _bg_adjective_of_next_noun(written, entry.approved(lang) or "", target[rendering.end:]) \
                and _english_noun_after(source[occurrence.end:]):
            # "the lev banknotes": левовите банкноти — the translation made the term an adjective of the noun the
            # English term qualifies (not the plural «левовете» misspelt)
            record(occurrence, written, "ok", "", reason="the translation made it an adjective of the noun "
                   "after it, as the English term qualifies the noun after it", check=(
                       f"the translation made the term an adjective ({written}): check that the approved noun is "
                       "not wanted here"))
            continue
        # a correct sentence is never made worse: an approved form in a case the translation chose (not the
        # dictionary form) changes only on strong evidence; an uninflected one on any evidence
        if own and (own.startswith("pl-") if lang == "ru" else own in ("plural", "pl-def")) and need.number == "sing" \
                and role.preposition == "by" and role.bare and not role.agent and rendering.kind == "exact":
            from dataclasses import replace  # "travel by minibus": ездят на микроавтобусах — a means, no number of
            #                                  its own in the English; the translation's plural stays
            need = replace(need, number="plur")
            form = forms.render(entry, lang, need, inflect)
        if lang == "ru" and own and own.startswith("pl-") and need.number == "sing" and \
                entry.source.lower().split()[-1] in _SAME_IN_THE_PLURAL and rendering.kind in ("exact", "avoid"):
            # (also an avoided rendering in the plural: каракулевых овец for "Karakul sheep" — каракульских овец)
            from dataclasses import replace

            need = replace(need, number="plur")  # "in yuan" may be plural: в юанях stays
            form = forms.render(entry, lang, need, inflect)
        if lang == "ru" and own and own.startswith("pl-") and need.number == "sing" and rendering.kind == "exact" \
                and not getattr(occurrence, "plural", False) and forms.gender(entry, lang) != "pl" and not role.modifier \
                and (entry.approved(lang) or "")[:1].isupper() \
                and entry.source.lower().split()[-1] not in _SAME_IN_THE_PLURAL and need.reason == "as the translation has it":
            from dataclasses import replace  # "the Ostrava Motor Works" (one plant): интересуется Остравским
            #                                  моторным заводом — the entry's number, the translation's case
            need = replace(need, case=own_case, reason="the entry is singular; the case as the translation has it",
                           sure=True)
            form = forms.render(entry, lang, need, inflect)
        if rendering.kind in ("exact", "avoid") and need.number == "sing" and not need.count \
                and (((own or "").startswith("pl-") or (need.case in ("nomn", "accs") and written.lower()
                                                         == forms.render(entry, lang, context.Need("nomn", number="plur"),
                                                                         inflect).text.lower()
                                                         != (entry.approved(lang) or "").lower()))
                     # (the plural nominative spelt like another case's singular: «на устрицы»; a real plural, not a
                     # name that has none, Янтра)
                     if lang == "ru" else own in ("plural", "pl-def", "count")) \
                and not getattr(occurrence, "plural", False) and not role.possessive \
                and (_english_noun_after(source[occurrence.end:], gerund=True) or (lang == "bg" and re.search(
                    r"(?<![А-Яа-я])(?:всички|много|няколко|повечето|двете|трите)\s+(?:[а-я]+\s+)?$", before, re.I))
                     or (lang == "ru" and re.search(r"(?<![а-яё])(?:все|всех|всем|всеми|многие|многих|многим|многими|"
                                                    r"эти|этих|этим|этими)\s+$", before, re.I))) \
                and entry.source.lower().split()[-1] not in _SAME_IN_THE_PLURAL:
            # (also «всички ритуални зали» for "every ceremony hall": all of them, the plural Bulgarian needs; «все
            # фермерские магазины» for "every farm shop", Russian too)
            from dataclasses import replace  # "the fleece competition": конкурс рун — an English noun that qualifies
            #                                  the noun after it has no number of its own; the translation's stays
            #                                  (also in a rendering to avoid: раунд анограмм, раунд анаграмм)
            need = replace(need, number="plur")
            form = forms.render(entry, lang, need, inflect)
        if lang == "ru" and need.number == "plur" and need.case == "gent" and re.search(
                r"(?<![а-яё])(?:сорт|вид|марок|марки|разновидност|тип)[а-яё]*\s+$", before, re.I) \
                and written.lower() == forms.render(entry, lang, dataclasses.replace(need, number="sing"),
                                                    inflect).text.lower():
            # "tasted 200 meads": 200 сортов медовухи — sorts of a mass, the genitive singular the translation wrote
            need = dataclasses.replace(need, number="sing", reason=need.reason + " (sorts of a mass: singular)")
            form = forms.render(entry, lang, need, inflect)
        if lang == "ru" and own and need.number == "plur" and not need.count \
                and (rendering.kind == "exact" or (rendering.kind in ("avoid", "near") and not own.startswith("pl-"))) \
                and "numeral" not in need.reason \
                and set((entry.approved(lang) or "").lower().split()) & RU_COLLECTIVE_SINGULAR \
                and (not own.startswith("pl-") or forms.render(entry, lang, dataclasses.replace(need, number="sing"),
                                                                inflect).text.lower() == written.lower()):
            from dataclasses import replace  # "a third of the ceramic tiles": треть керамической плитки — a mass in
            #                                  the singular for things the English counts; the translation's stays
            #                                  (also in a rendering replaced: каучуковую плитку, резиновую плитку)
            need = replace(need, number="sing")
            form = forms.render(entry, lang, need, inflect)
        if lang == "bg" and own in ("plural", "count", "pl-def") and need.number == "sing" and not need.count and \
                entry.source.lower().split()[-1] in _SAME_IN_THE_PLURAL and rendering.kind == "exact":
            from dataclasses import replace  # "into yuan": в юани — the number the translation chose stays (a
            #                                  feminine plural is spelt like the count form: диви свине)

            need = replace(need, number="plur")
            form = forms.render(entry, lang, need, inflect)
        if lang == "ru" and rendering.kind == "exact" and own_case in forms.RU_CASES and entry.type != "dnt":
            pronoun: list = []
            agreeing = _agreement_before(before, entry.approved(lang) or "", forms.gender(entry, lang), pronoun)
            own_number = "plur" if (own or "").startswith("pl-") or forms.gender(entry, lang) == "pl" else "sing"
            mine = {"loc2": "loct"}.get(need.case, need.case)
            # (an adjective in the nominative may be a participle's or an adjective's phrase that governs the term,
            # «подотчётное | Всемирное агентство», with the nominative the translation left: only a pronoun or an
            # ordinal vouches for a nominative; not after a numeral: «три новых сухих | портов»)
            if agreeing and (own_case != "nomn" or pronoun[0]) and need.number in ("sing", "plur") \
                    and "numeral" not in need.reason and (mine, need.number) not in agreeing[1] and any(
                    (case, own_number) in agreeing[1] for case in (own_case, *forms.russian_cases_of(
                        entry, rendering.form.text, inflect))):
                # «Литр хорошей | розовой воды», «продают свой | розовый конкрет», «каждый четвёртый | фельдшер»:
                # the word before it agrees with the form the translation wrote, not with the one the rules
                # read; the translation's form stays
                case = next(c for c in (own_case, *forms.russian_cases_of(entry, rendering.form.text, inflect))
                            if (c, own_number) in agreeing[1])
                need = dataclasses.replace(need, case=case, number=own_number, reason=(
                    f"the word «{agreeing[0]}» before it agrees with the translation's form"), sure=True)
                form = forms.render(entry, lang, need, inflect)
            elif own_case == "nomn" and need.number == own_number and (loose := _agreement_before(
                    before, entry.approved(lang) or "", forms.gender(entry, lang), loose=True)) \
                    and need.reason == f"governed by the noun «{loose[0]}»" and ("nomn", own_number) in loose[1]:
                # «Илья Журавлёв, старший | проводник»: the word the rules read as a noun governing a genitive
                # (старший, the senior one) is an adjective agreeing with the term; the translation's case stays
                need = dataclasses.replace(need, case="nomn", reason=(
                    f"the word «{loose[0]}» before it is its adjective, agreeing with the translation's form"),
                    sure=True)
                form = forms.render(entry, lang, need, inflect)
            elif agreeing and own_case in ("nomn", "accs") and need.case == "gent" and need.reason.startswith("governed by «") \
                    and ("accs", own_number) in agreeing[1] and not any(c == "gent" for c, _n in agreeing[1]) \
                    and forms.render(entry, lang, context.Need("accs", number=own_number), inflect).text.lower() \
                    == rendering.form.text.lower():
                # «потребовали новые | страховочные привязи»: a verb that takes the genitive or the accusative
                # (требовать чего/что); the adjective before it, outside the term, shows the accusative the
                # translation chose
                need = dataclasses.replace(need, case="accs", number=own_number, reason=(
                    f"{need.reason} or the accusative: the word «{agreeing[0]}» before it agrees with the accusative"),
                    sure=True)
                form = forms.render(entry, lang, need, inflect)
            elif agreeing and own_case == "nomn" and not pronoun[0] and "numeral" not in need.reason \
                    and need.number == own_number and not any(c == "nomn" for c, _n in agreeing[1]) \
                    and len({c for c, n in agreeing[1] if n == own_number}) == 1 \
                    and (mine, own_number) not in agreeing[1] \
                    and not any(p.tag.POS == "PRTF" for p in context._parse(agreeing[0])[1]) \
                    and not context._preposition(before):
                # (not a participle: «принадлежащим | Керему Йылдызташу», it governs the term; not after a
                # preposition, whose rules read the adjective: «в прошлом | спасатель»)
                # «присудило золотую медаль молодому | скрипичный мастер» ("to a young luthier"): the translation
                # wrote the adjective before it in the case the sentence gives and left the noun in the nominative;
                # the term agrees with the adjective
                case = next(c for c, n in agreeing[1] if n == own_number)
                need = dataclasses.replace(need, case="loc2" if case == "loct" and need.case == "loc2" else case,
                                           reason=f"the word «{agreeing[0]}» before it is in that case: the term "
                                           "agrees with it", sure=True, strong=True)
                form = forms.render(entry, lang, need, inflect)
        oblique = own_case not in (None, "nomn", "bare", "dnt") and (own or "").startswith("pl-") == (need.number == "plur")
        keep_own = rendering.kind == "exact" and (not need.sure or (oblique and not need.strong and lang == "ru"))
        if lang == "ru" and rendering.kind in ("avoid", "near") and oblique and not need.strong \
                and own_case in forms.RU_CASES and need.case != own_case \
                and not (own_case in ("loct", "loc2") and not context._preposition(before)):
            # «Мощность оффшорной ветряной фермы» for "The offshore wind farm will have a capacity": the translation
            # made the English subject a genitive; the approved form replacing its words takes the case it wrote, as
            # an exact rendering keeps its own (weak evidence does not override it)
            need = dataclasses.replace(need, case=own_case, reason=f"the case the translation wrote "
                                       f"({_CASE_NAMES.get(own_case, own_case)}); {need.reason}")
            form = forms.render(entry, lang, need, inflect)
        if keep_own and own_case in ("loct", "loc2") and not context._preposition(before):
            keep_own = False  # a prepositional case with no preposition is no choice to keep (рассматривают Балканах)
        if keep_own and lang == "ru" and getattr(occurrence, "plural", False) and need.number == "plur" \
                and own_case and not (own or "").startswith("pl-") and own_case != "bare" \
                and not re.search(r"(?<![\d.,])(?:\d*[02-9])?1\s+(?:[а-яё]+\s+){0,2}$", before) \
                and not re.search(r"\btheir\s+(?:[a-z-]+\s+)?$", source[max(0, occurrence.start - 40):occurrence.start]):
            # (not "couples hire X to draft their prenuptial agreements": one each, the translation's singular)
            # (not «спас 31 заблудившегося грибника»: after a numeral ending in 1 the singular is the plural's form)
            # "the secretaries-general": the English plural is no choice the translation may undo; its case stays
            from dataclasses import replace

            keep_own = False
            need = replace(need, case=own_case, reason="English plural; the case as the translation has it")
            form = forms.render(entry, lang, need, inflect)
        if keep_own and lang == "ru" and need.number == "sing" and (own or "").startswith("pl-") \
                and need.reason.startswith("after a numeral ending in 1"):
            from dataclasses import replace  # управляет 21 наземной станцией: singular, in the translation's case

            keep_own = False
            need = replace(need, case=own_case)
            form = forms.render(entry, lang, need, inflect)
        if lang == "ru" and not keep_own and need.case == "accs" and rendering.kind == "exact" \
                and form.text.lower() != written.lower() and "numeral" not in need.reason \
                and _mixed_animacy(entry.approved(lang) or "") and not role.person_object \
                and {form.text.lower(), written.lower()} == {
                    forms.render(entry, lang, dataclasses.replace(need, case=case), inflect).text.lower()
                    for case in ("nomn", "gent")}:
            # «делает марионетки», «охота на кабанов»: a noun that is animate or not by its sense; the
            # translation's accusative (the nominative's form or the genitive's) is its reading of that sense
            keep_own, form = True, dataclasses.replace(form, text=written)
        if lang == "ru" and not keep_own and need.case == "accs" and need.number == "sing" and rendering.kind == "avoid" \
                and own == "gent" and "numeral" not in need.reason and _mixed_animacy(entry.approved(lang) or ""):
            # «нанял лайфгарда» for спасатель, animate or not by its sense: the avoided word's accusative in the
            # genitive's form says a being (нанял спасателя)
            form = dataclasses.replace(forms.render(entry, lang, dataclasses.replace(need, case="gent"), inflect),
                                       label=form.label)
        if lang == "ru" and not keep_own and need.case == "accs" and rendering.kind == "avoid" \
                and own in ("pl-nomn", "pl-accs") and "numeral" not in need.reason \
                and _mixed_animacy(entry.approved(lang) or "") and entry.type == "term":
            # «проверили камеры на приборной панели» for видеорегистратор, a device or a person by its sense: the
            # avoided words' plural accusative in the nominative's form says a thing (проверили видеорегистраторы)
            form = dataclasses.replace(forms.render(entry, lang, dataclasses.replace(need, case="nomn"), inflect),
                                       label=form.label)
        if lang == "ru" and rendering.kind == "near" and not keep_own and _ending_variant(written, form.text):
            # «под Ловечем» for the generated Ловечом: the near miss is the term in the form wanted, with the vowel
            # after a sibilant that stress decides; the dictionary only guesses the stress of a foreign name, the
            # translation's spelling stays
            form = dataclasses.replace(form, text=written)
        if lang == "ru" and not keep_own and rendering.kind in ("exact", "near") and "-" in written \
                and (attribute := forms.attribute_reading(entry, written, need, inflect)) is not None:
            form = attribute  # «в трёх квест-комнатах»: the translation keeps the compound's first part invariable
        wanted = rendering.form.text if keep_own else form.text
        label = rendering.form.label if keep_own and form.text != rendering.form.text else form.label
        wanted = fit(wanted, occurrence.text, before, entry.source)
        clitic = re.match(r"\S+ (си|му|ѝ|й|им|ни|ви|ми|ти) \S", written) if lang == "bg" else None
        if clitic and f" {clitic.group(1)} " not in f" {wanted} " and len(wanted.split()) >= 2:
            first, rest = wanted.split(" ", 1)  # гладната си стачка, изпарителните им басейни: the possessive
            wanted = f"{first} {clitic.group(1)} {rest}"  # clitic stays after the first word
        check = doubt(entry, lang, rendering, need, written, target[rendering.end:], before[-40:])
        if not check and lang == "ru" and rendering.kind == "near" and _soft_variant(written, wanted):
            check = (f"the translation declined the name with a soft stem ({written}), as the Russian tradition of "
                     f"some names has it; the glossary's form gives {wanted}: check which the edition uses")
        if not check and rendering.kind == "near" and len(source) > 60 and len(target) > 60 and " " not in written.strip() \
                and abs(occurrence.start / len(source) - rendering.start / len(target)) > 0.45:
            # "Twelve watchmakers ... antique clocks": a near miss at the other end of the sentence from the
            # English term may be another word that looks like it (часовници for часовникари)
            check = (f"the near miss '{written}' stands far from where the English term stands in the sentence: "
                     "check that it renders the term")
        if not check and keep_own and lang == "ru" and own_case not in (None, "nomn", "accs", "bare", "dnt") \
                and ((need.case != own_case and form.text.lower() != rendering.form.text.lower())
                     or need.reason.startswith(("as the translation has it", "the translation made"))) \
                and not context._preposition(before):
            check = (f"the translation's case ({_CASE_NAMES.get(own_case, own_case)}) was kept, but nothing found in "
                     "the sentence governs it: check the case")
        if not check and lang == "ru" and need.reason == context.QUOTED_NAME_NOMINATIVE and own_case == "gent" \
                and written != wanted:
            # "the Severnaya Roza factory": фабрика «Северная роза» if the factory bears the name, на фабрике
            # «Северной розы» if the company that bears it owns the factory; the glossary does not say which
            check = ("the translation declined the quoted name after its generic noun: the nominative if the name is "
                     "the thing's own, the genitive if it names its owner (the company's factory); check the case")
        if not check and lang == "bg" and need.reason == context.BG_LIST_AFTER_VERB and written != wanted:
            check = ("the translation wrote the full article on the last of a list after a plural verb with no "
                     "preposition: it may have made the list the subject; check the article")
        if not check and adjunct and need.reason == ADJUNCT_BARE:
            check = ("the English «the» may belong to the noun the term qualifies (the trapeze act: номера на трапец), "
                     "and the translation wrote no article after «по»/«за»; it was kept: check the article")
        if not check and adjunct and written != wanted and need.article:
            check = ("the English «the» may belong to the noun the term qualifies (the trapeze act: номера на трапец), "
                     "and the translation wrote no article after the preposition: check the article")
        if not check and lang == "bg" and need.reason == MAYBE_PERSONS:
            check = ("the noun may name persons (the plural after a numeral) or things (the count form); the "
                     "translation's plural was kept: check it")
        if not check and lang == "ru" and coordinated is not None and need.reason == "coordinated with the term before it" \
                and coordinated.reason.startswith("English «of»") and written != wanted and re.search(
                    r"\b[a-z]{3,}ed\s+(?:the|its|their|his|her)\s+(?:[a-z]+\s+){0,2}of\s+[^,.;]{1,60}?\s+and\s+(?:the\s+)?$",
                    source[:occurrence.start]):
            # "thanked the lifeguards of Anapa and the Association": the term may be the second of "of" (Анапы и
            # Ассоциации) or a second object of the verb before (спасателей Анапы и Ассоциацию); the English does
            # not say (not "Representatives of the SCO and the Union took part": no verb before, one "of")
            check = ("coordinated with the «of» phrase before it (the genitive); it may instead be coordinated with the "
                     "noun that phrase hangs on: check the case")
        if not check and lang == "ru" and rendering.kind == "exact" \
                and forms.render(entry, lang, context.Need("gent"), inflect).text.lower() == written.lower() \
                and need.number == "plur" and need.reason.startswith("after «") and re.search(
                    r"(?<![а-яё])(?:част\w*|половин\w*|трет\w*|четверт\w*|большинств\w*)\s+$", before, re.I) \
                and written != wanted:
            # «треть керамической плитки» for "a third of the ceramic tiles": a part of a mass stays singular in
            # Russian, a part of things counted goes plural (половина оросительных систем); the dictionary does not
            # tell a mass noun
            check = ("the translation wrote the singular after a word for a part; the English plural was given, "
                     "but a mass noun (плитка, черепица) stays singular: check the number")
        if not check and lang == "ru" and written != wanted and need.case == "gent" and role.object \
                and not role.possessive and not role.preposition and not role.modifier \
                and need.reason.startswith("governed by the noun «") \
                and not re.search(r"[a-z]{3,}ing\s+(?:the\s+|a\s+|an\s+)?$", source[max(0, occurrence.start - 40):occurrence.start]) \
                and forms.render(entry, lang, dataclasses.replace(need, case="accs"), inflect).text.lower() != wanted.lower():
            # (not "the cost of insuring oil terminals": страхования нефтяных терминалов — a gerund made a noun
            # governs the genitive; nor an animate plural, whose accusative is its genitive)
            # "thanked, on behalf of the teams and their captains, the Association": the English object read as the
            # genitive of the Russian noun before it (капитанов) — the verb may be further back
            check = ("the English makes it a verb's object, but the noun before it was read as governing it (the "
                     "genitive): check the case")
        if not check and lang == "bg" and need.reason in _BG_KEPT_ARTICLE_CHECKS:
            check = _BG_KEPT_ARTICLE_CHECKS[need.reason]
        if not check and lang == "bg" and need.reason == context.BG_BARE_PLURAL_DROPPED and written != wanted:
            check = ("a bare English plural may name some of them (no article) or the whole class or the ones the "
                     "reader knows (the article); the article the translation wrote was taken off: check it")
        if not check and lang == "bg" and need.reason == context.BG_BARE_PLURAL:
            check = ("a bare English plural subject with a place after it: some of them (no article) or the whole "
                     "class (the article); the translation's choice was kept: check the article")
        if not check and lang == "ru" and need.reason == context.WITH_A_PERSON and written != wanted:
            check = ("English «with» names a person and no Russian preposition or known verb decides the case; the "
                     "instrumental was chosen: check it (a verb may govern the dative: подать жалобу кому, пожать "
                     "руку кому)")
        if not check and lang == "ru" and need.case == "gent" and role.preposition == "of" and re.search(
                r"(?<![а-яё\[])(?:управлени|руководств|командовани|владени|заведовани|распоряжени)[еяюи]\s+$", before) \
                and not context.adjective_or_preposition_before(before[:before.rstrip().rfind(" ") + 1]):
            # (not «портового управления Самсуна», «по распоряжению X»: a body, a phrase of its own)
            # "took over the management of the Opera House": управление театром (управлять чем) — a noun of action
            # keeps its verb's instrumental; «Управление театра» (its administration) is the genitive
            check = (f"a noun of action before it («{before.split()[-1]}») may keep its verb's instrumental "
                     "(управление театром) or take the genitive (управление театра, its administration): check the case")
        if not check and lang == "bg" and need.reason == "the entry takes no article" and written != wanted \
                and re.match(r"[а-я]+ [„«\"“]", entry.approved(lang) or "") and (written.split()[0].lower() in {
                    re.sub(r"й$", "", (entry.approved(lang) or "").split()[0]) + ending
                    for ending in ("а", "я", "ът", "ят", "та", "то")} or (
                    rendering.kind == "avoid" and re.search(r"(?:ата|ята|ът|ят|ото|ето)$", written.split()[0].lower()))):
            # (музей: музея, музеят; also «Къщата на пишещата машина» avoided: the translation wrote the article)
            # «влака „Дунавски експрес“» where the glossary says article:bg never: a lower-case generic noun before a
            # quoted name takes the article in running text; the glossary may have meant the name
            check = ("the glossary says no article, but the translation put one on the generic noun before the quoted "
                     "name (влака „Дунавски експрес“), as running text does: check the entry's article:bg")
        if not check and lang == "bg" and need.reason == "the entry takes no article" \
                and getattr(entry, "article_for", None) and entry.article_for("bg") == "never" \
                and any(forms._overrides(entry, "bg").get(key) not in (None, "", entry.approved("bg"))
                        for key in ("short", "full")):
            # Дунав with article:bg never and forms:bg short=Дунава; full=Дунавът: the entry contradicts itself
            check = ("the glossary says article:bg never but gives the entry's forms with the article: check the "
                     "entry's article:bg (a river takes it: Дунава, Дунавът)")
        if not check and lang == "bg" and need.reason == BG_GENERIC_MASS and written != wanted:
            check = ("a bare English mass or kind before its verb was made definite (Птичият грип е открит); a mass "
                     "stated of may stay bare (Полевица се използва): check the article")
        if not check and lang == "ru" and need.case == "gent" and role.preposition == "for" \
                and re.match(r"governed by the noun «поддержк", need.reason) and forms.is_person(entry, lang):
            # (not "support for Hungarian Renewal" in a poll: a party's support, the genitive)
            # "support for Andrei Dubovik": поддержка кому (support given to him) or кого (his support in a poll)
            check = ("«поддержка» takes the one supported in the dative (поддержка Андрею Дубовику) and the "
                     "supporter in the genitive; the genitive was chosen: check the case")
        if not check and lang == "ru" and need.case == "datv" and need.reason.startswith("governed by «") \
                and not forms.is_person(entry, lang) and context.threat_verb(need.reason) \
                and not re.match(r"\W*with\b", source[occurrence.end:], re.I) and not context.animate_phrase(wanted):
            # «пригрозили забастовкой» (the threat) or «угрожает заповеднику» (the one threatened): the English
            # object is either, unless "with" names the threat or the object is a living thing (угрожают пеликану)
            check = ("a verb of threatening takes the one threatened in the dative and the threat in the "
                     "instrumental (пригрозили забастовкой); the dative was chosen: check the case")
        if not check and keep_own and lang == "ru" and own_case == "nomn" and need.reason == "as the translation has it" \
                and not role.subject and forms.render(entry, lang, context.Need("gent", number=need.number),
                                                      inflect).text != rendering.form.text \
                and not context._verb_after_agrees(target[rendering.end:], need.number) \
                and not re.search(r"(?<![а-яё])(?:что|чем|когда|как|если|пока)\s+$", before, re.I):
            # (not «что Рахимова проиграет», «больше, чем Бахман.»: a verb agrees with it, a clause opens before it)
            # nothing in the sentence decided, and the English does not make it a subject: the nominative may
            # be an object or a recipient the rules did not see (Стефан Радев инспекторы не пригласили)
            check = ("the nominative the translation wrote was kept, but the English does not make it the subject "
                     "and nothing in the sentence decides its case: check the case")
        if not check and lang == "ru" and str(label) in ("nomn", "pl-nomn") and coordinated is None:
            plural = str(label).startswith("pl-") or forms.gender(entry, lang) == "pl"
            verb = context.verb_after_disagrees(before, target[rendering.end:], plural)
            if verb and forms.render(entry, lang, context.Need("accs", number="plur" if plural else "sing"),
                                     inflect).text.lower() != wanted.lower():
                # «Ирина Жуковская помогают 15 волонтёров», «Ралица Георгиева, директор фестиваля, поблагодарили»:
                # a verb that cannot agree with it leaves its nominative unsupported, whatever the rules read
                check = (f"the verb after it («{verb}») does not agree with it as a subject: it may be the object "
                         "of an impersonal clause (Ирине помогают, Ралицу поблагодарили); check the case")
        family = _family_plural(entry.approved(lang) or "", source[occurrence.end:], before) \
            if lang == "ru" and forms.is_person(entry, lang) and not occurrence.possessive else None
        # (not "Malchev's family": семья Малчева, the family of one man)
        if family is None and lang == "ru" and forms.is_person(entry, lang) and not occurrence.possessive \
                and need.number == "plur" and need.case in _SURNAME_PLURAL \
                and re.fullmatch(r"[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)", entry.approved(lang) or "") \
                and re.search(r"\b[Tt]he\s+$", source[:occurrence.start]) \
                and re.match(r"s\b", source[occurrence.end:]) is None and source[occurrence.start:occurrence.end].endswith("s"):
            # "The Lezhankins have swept the chimneys": a Russian-type surname in the English plural names the family,
            # plural in Russian (Лежанкины; Rosenthal)
            approved = entry.approved(lang) or ""
            family = (approved + _SURNAME_PLURAL[need.case], need.case, "the")
        if family is not None:  # «Братья Бортниковы» for "the Bortnikov brothers": a family's surname, plural
            wanted, label = fit(family[0], occurrence.text, before, entry.source), f"pl-{family[1]}"
            need = dataclasses.replace(need, case=family[1], number="plur",
                                       reason=(f"a family's surname after «{family[2]}»" if family[2] != "the" else
                                               "a surname in the English plural (the family)") + ": plural, in its case")
            check = ""
        if written == wanted:
            status = "ok" if written.lower() == (entry.approved(lang) or "").lower() else "inflected"
            record(occurrence, written, status, label, reason=need.reason, check=check)
            if lang == "ru" and adapt_preposition(before, written) != before and (
                    not _all_caps(written.split()[0]) or re.search(r"(?<![а-яё])о\s+$", before, re.I)):
                # (an acronym the translation left as it is keeps its preposition: во ВЦИОМ and в ВТО are both read;
                # but о before a vowel is об whoever reads it: об ИКОМ)
                edits.append((rendering.start, rendering.end, written, before))  # в Владивосток: во
            if lang == "bg" and adapt_preposition_bg(before, written) != before:
                edits.append((rendering.start, rendering.end, written, before))  # в Вязма: във; с Станимир: със
            continue
        start, end = _unquoted(target, rendering.start, rendering.end, wanted)
        if written.count(",") % 2 and "," not in wanted and target[end:end + 1] == ",":
            end += 1  # «Энцефалит, передающийся клещами, зарегистрирован»: the phrase's closing comma goes with it
        edits.append((start, end, wanted, before))
        what = {"exact": "wrong form", "avoid": "avoided rendering", "near": "near miss",
                "literal": "literal translation", "compound": "compound written as two words"}[rendering.kind]
        if rendering.placed:
            what = "the place written after the name"
        record(occurrence, wanted, "repaired", label,
               reason=f"{what} {written!r}" + (f"; {need.reason}" if need.reason else ""), check=check)
    for _occurrence, rendering, _forms, _avoid in found:
        if lang in ("ru", "bg") and not any(start < rendering.end and rendering.start < end for start, end, _f, _b in edits) \
                and not re.match(r"[«„\"]?[A-Za-z]", target[rendering.start:rendering.end]):
            # (not a Latin name: how it is read, which the preposition follows, is the translation's call)
            # a term the translation wrote right, after the wrong variant of its preposition («в Владивостоке»,
            # «в Владивосток»): the preposition adapts to it as to a term put in its place
            kept = target[rendering.start:rendering.end]
            head = target[:rendering.start]
            if (adapt_preposition(head, kept) if lang == "ru" else adapt_preposition_bg(head, kept)) != head:
                edits.append((rendering.start, rendering.end, kept, head))
    for start, end, form, _before in sorted(edits, reverse=True):
        head = target[:start]
        if lang == "ru":
            head = adapt_preposition(head, form)
        elif lang == "bg":
            replaced = target[start:end]
            head = adapt_preposition_bg(head, replaced if form[:1] in "Ww" and replaced[:1] in "ВвФф" else form)
            # (във WoodLedger for «във Вудледжър»: a Latin W is read [в] or [у]; the translation's spelling says which)
        target = head + form + target[end:]
    _check_the_result(original, target, decisions, lang)
    decisions.sort(key=lambda d: d.start)
    return target, decisions


#: Russian nouns for the members of a family before their surname: the surname is plural, in the noun's case.
_FAMILY_NOUN = re.compile(r"(?<![а-яё])(братья|братьев|братьям|братьями|братьях|сёстры|сестры|сестёр|сёстрам|сестрам|"
                          r"сёстрами|сестрами|сёстрах|сестрах|супруги|супругов|супругам|супругами|супругах|"
                          r"семья|семьи|семье|семью|семьёй|семьей)\s+$", re.I)


#: The plural endings of a Russian-type surname (Бортниковы, Бортниковых, Бортниковым, Бортниковыми).
_SURNAME_PLURAL = {"nomn": "ы", "gent": "ых", "datv": "ым", "accs": "ых", "ablt": "ыми", "loct": "ых"}


def _family_plural(approved: str, english_after: str, before: str) -> tuple[str, str, str] | None:
    """(form, case, family noun) of a Russian-type surname after «братья», «сёстры», «супруги» or «семья» where the
    English names a family ("the Bortnikov brothers", "the Ivanov family"): plural, in the case of the noun
    before it (братья Бортниковы, братьев Бортниковых) or, after «семья», the genitive (семья Бортниковых).
    Rosenthal: a Russian surname in -ов/-ин with a plural noun of kinship is plural; a foreign one is not.

    >>> _family_plural("Бортников", " brothers planted", "Братья "), _family_plural("Бортников", " said", "Братья ")
    (('Бортниковы', 'nomn', 'Братья'), None)
    >>> _family_plural("Ильин", " family", "в доме семьи ")
    ('Ильиных', 'gent', 'семьи')
    """
    if not re.match(r"\s+(?:brothers|sisters|family|couple|spouses)\b", english_after, re.I) \
            or not re.fullmatch(r"[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)", approved):
        return None
    noun = _FAMILY_NOUN.search(before)
    if noun is None:
        return None
    word = noun.group(1)
    if word.lower().startswith("сем"):
        case = "gent"
    else:
        from localize.morphology.ru import analyzer

        parses = [p for p in analyzer().parse(word.lower()) if p.tag.POS == "NOUN" and p.tag.number == "plur"]
        if not parses:
            return None
        case = {"gen2": "gent", "loc2": "loct", "acc2": "accs"}.get(parses[0].tag.case, parses[0].tag.case)
    return approved + _SURNAME_PLURAL[case], case, word


def _quotes_pair(text: str) -> bool:
    """Do the quotation marks of a line pair up?

    >>> _quotes_pair("«Динамо» Тбилиси"), _quotes_pair("«Динамо» Тбилиси»")
    (True, False)
    """
    return text.count("«") == text.count("»") and text.count("„") == text.count("“") and text.count('"') % 2 == 0


def _echoes(target: str, output: str) -> bool:
    """Does a word right next to a placed term repeat the term's own word or its end (ассоциации стали
    стали, лыжными горнолыжными, Лихуа Хуа): a word of the translation's rendering left beside it?

    >>> _echoes("гордится лыжными горнолыжными подъёмниками.", "горнолыжными подъёмниками")
    True
    >>> _echoes("Эксперты Всемирной ассоциации стали приехали.", "Всемирной ассоциации стали")
    False
    """
    words = re.findall(r"[^\W\d_]+", output)
    if not words:
        return False
    for found in re.finditer(re.escape(output), target):
        before = re.findall(r"[^\W\d_]+", target[:found.start()])[-1:]
        after = re.findall(r"[^\W\d_]+", target[found.end():])[:1]
        if before and len(before[0]) >= 3 and words[0].lower().endswith(before[0].lower()) \
                and re.fullmatch(r"[\s«„\"]*", target[:found.start()][-len(before[0]) - 3:].split(before[0])[-1]):
            return True
        if after and len(after[0]) >= 3 and words[-1].lower().endswith(after[0].lower()) \
                and re.fullmatch(r"[\s»“\"]*", target[found.end():].split(after[0])[0]):
            return True
    return False


def _check_the_result(original: str, target: str, decisions: list[Decision], lang: str = "") -> None:
    """A last look at the repaired line: quotation marks that paired up before and no longer do, or a
    word beside a placed term that repeats it, mean a piece of the translation's own rendering was left
    (or taken); in Bulgarian, a word with the article right before a term given the article (старото си
    пианото): the repair carries a check."""
    broken = _quotes_pair(original) and not _quotes_pair(target)
    for index, decision in enumerate(decisions):
        if decision.check or decision.status not in ("repaired", "inflected") or not decision.output:
            continue
        if lang == "ru" and decision.status == "repaired" and _disagreeing_adjective(target, decision.output, decision.case):
            decisions[index] = dataclasses.replace(decision, check="the adjective right before the term does not agree "
                                                       "with the form given: the case may be wrong; check it")
        elif lang == "bg" and _double_article(target, decision.output):
            decisions[index] = dataclasses.replace(decision, check="the word before the term carries the article and so "
                                                       "does the term: one of them is too many; check the article")
        elif broken and decision.status == "repaired":
            decisions[index] = dataclasses.replace(decision, check="the quotation marks of the sentence no longer pair up after "
                                                       "this repair: check the words around it")
        elif _echoes(target, decision.output):
            decisions[index] = dataclasses.replace(decision, check="a word next to the term repeats part of it: check whether "
                                                       "it is left from the translation's rendering")


def _english_word_spelt_before(before: str, english: str, approved: str) -> str:
    """The word right before a rendering when it spells, in Cyrillic, a word of the English term that the
    approved form does not (хоби for "hobby" in «хоби магазин „Винтик“», the approved «магазин „Винтик“»);
    '' otherwise.

    >>> _english_word_spelt_before("Ставрев откри хоби ", "Vintik hobby shop", "магазин „Винтик“")
    'хоби'
    >>> _english_word_spelt_before("Ставрев откри новия ", "Vintik hobby shop", "магазин „Винтик“")
    ''
    """
    word = re.search(r"(?<![^\W\d_])([а-яё]{4,})\s+$", before)
    if not word:
        return ""
    for english_word in re.findall(r"[A-Za-z]{4,}", english):
        spelt = find_module.transliterate(english_word)
        if english_word[:1].islower() and spelt.lower() not in approved.lower() \
                and difflib.SequenceMatcher(None, spelt, word.group(1).lower()).ratio() >= 0.8:
            return word.group(1)
    return ""


def _base_of_agent(written: str, approved: str) -> bool:
    """Is a one-word near miss the word an approved noun for a person is made from (печки for печкар, a stove
    and its fitter; часовници for часовникари)? Spelt alike, it is another word, not a misspelling of the term.

    >>> _base_of_agent("печки", "печкар"), _base_of_agent("часовници", "часовникари"), _base_of_agent("печкари", "печкар")
    (True, True, False)
    """
    a, w = approved.lower(), written.lower()
    if " " in a or len(a) <= len(w) - 1:
        return False
    common = len(os.path.commonprefix([a, w]))
    return common >= 4 and common >= len(w) - 3 and bool(re.match(
        r"[а-я]?(?:ар|яр|ач|ист|ник|чик|щик|тел|ец|ьор|ер)(?:и|ите|ят|ът|а|я|ы|ов|ей)?$", a[common:]))


def _disagreeing_adjective(target: str, output: str, label: str) -> bool:
    """Does a Russian word that can only be a full adjective stand right before a term given a case it has no
    form for (молодому | скрипичного мастера)? An adjective outside the term agrees with the noun after it.

    >>> _disagreeing_adjective("Жюри присудило медаль молодому скрипичного мастера.", "скрипичного мастера", "gent")
    True
    >>> _disagreeing_adjective("Жюри присудило медаль молодому скрипичному мастеру.", "скрипичному мастеру", "datv")
    False
    """
    plural = (label or "").startswith("pl-")
    case = (label or "")[3:] if plural else (label or "")
    if case not in forms.RU_CASES or case == "nomn":
        return False
    word = re.search(r"(?<![А-Яа-яЁё-])([а-яё]{3,})\s+" + re.escape(output) + r"(?![а-яё])", target)
    if not word:
        return False
    parses = context._parse(word.group(1))[1]
    if re.search(r"(?:ем|им|нн)(?:ый|ий|ая|ое|ые|ого|ому|ую|ой|ым|ых|ыми|ом)$", word.group(1)):
        return False  # a passive participle the dictionary reads as an adjective: управляемую | агентством
    if not parses or any(p.tag.POS != "ADJF" or p.tag.case == "nomn" for p in parses):
        return False  # (a noun, a participle, a word of two readings; an adjective in the nominative may govern
        #               the term: лояльные | Нурлану Асанбекову, недовольные | Пенсионным фондом)
    wanted = {"loc2": "loct", "gen2": "gent"}.get(case, case)
    return not any(p.tag.case == wanted for p in parses)  # (the number: «своих | гидравлических ножниц», plural only)


def _double_article(target: str, output: str) -> bool:
    """Does a Bulgarian word with the article stand right before a term that has one too (старото си пианото,
    новият пазарът)? An adjective and its noun carry one article between them.

    >>> _double_article("Дари старото си пианото на училище.", "пианото"), _double_article("Дари старото си пиано.", "пиано")
    (True, False)
    >>> _double_article("Заплата гарантира хляба.", "хляба")
    False
    """
    if not re.match(r"[А-Яа-я-]+(?:ът|ят|та|то|те)(?![А-Яа-я])", output):
        return False
    return bool(re.search(r"(?<![А-Яа-я])[А-Яа-я]{2,}(?:ият|(?:ата|ото|ите|ия|ят|ът)\s+си)\s+"
                          + re.escape(output) + r"(?![А-Яа-я])", target))
    # (only what is surely an adjective with the article, or any word before the possessive «си»: a noun in
    # -ите or -ата may open the sentence before the subject, «Въпреки протестите Върховният съд»)


def _without_preposition(rendering: str, lang: str) -> str:
    """An avoided rendering without a preposition it opens with: the preposition is the sentence's, not the
    term's (an editor's «в порте Бронка» stands for «порте Бронка»; the sentence keeps its «в»).

    >>> _without_preposition("в порте Бронка", "ru"), _without_preposition("на пристанище Бронка", "bg")
    ('порте Бронка', 'пристанище Бронка')
    >>> _without_preposition("Во", "ru"), _without_preposition("Под Бронка", "de")
    ('Во', 'Под Бронка')
    >>> _without_preposition("под за продажби", "bg")
    'под за продажби'
    """
    first, _, rest = rendering.partition(" ")
    prepositions = {"ru": context.PREPOSITIONS, "bg": context.BG_PREPOSITIONS}.get(lang, ())
    return rest if rest.strip() and first.lower() in prepositions and rest.split()[0].lower() not in prepositions \
        else rendering  # (not «под за продажби»: a phrase never opens with two prepositions; под is the floor)


#: English nouns with no singular of their own ("scissors"): one pair or several, the number is the translation's.
_EN_PLURAL_ONLY = re.compile(r"(?:scissors|shears|secateurs|pliers|tongs|tweezers|pincers|clippers|trousers|jeans|"
                             r"shorts|pants|tights|pyjamas|pajamas|overalls|glasses|spectacles|goggles|binoculars)$", re.I)


def _plural_only_written_plural(entry, source: str, occurrence, written: str) -> bool:
    """Is a Bulgarian rendering of a bare English plural-only noun ("were given floristry scissors") written in
    the plural (ножици за флористика), by a word of the entry's plural that its singular lacks? With a determiner
    ("next to the hydraulic shears") it is one thing: the singular stays (хидравличната ножица).

    >>> from types import SimpleNamespace as O
    >>> from localize.glossary.model import Entry
    >>> e = Entry("floristry scissors", {"bg": "флористична ножица"}, forms={"bg": {"plural": "флористични ножици"}})
    >>> s = "Students got floristry scissors."
    >>> _plural_only_written_plural(e, s, O(start=13, end=31, text="floristry scissors"), "ножици за флористика")
    True
    >>> _plural_only_written_plural(e, s, O(start=13, end=31, text="floristry scissors"), "ножица за флористика")
    False
    >>> s = "Students got the floristry scissors."
    >>> _plural_only_written_plural(e, s, O(start=17, end=35, text="floristry scissors"), "ножици за флористика")
    False
    """
    if not _EN_PLURAL_ONLY.search(occurrence.text.strip()) or re.search(
            r"\b(?:the|a|an|this|that|its|their|his|her|our|my|your|one|each|every|[a-z]+['’]s?)\s+(?:[\w-]+\s+){0,2}$",
            source[max(0, occurrence.start - 60):occurrence.start], re.I):
        return False
    singular = (entry.approved("bg") or "").lower().split()
    plural = forms.bulgarian(entry, context.Need(number="plur")).text  # (the glossary's plural=, else generated)
    marks = set(plural.lower().split()) - set(singular)
    return bool(marks & set(re.findall(r"[а-яё]+", written.lower())))


#: Nouns of a span of time: «в» takes them in the accusative (в трансферное окно, в этот период, в летний сезон).
_PERIOD = re.compile(r"(?<![а-яё])(?:окно|период|сезон|время|срок|эпоха|пятилетка|полугодие|квартал)$", re.I)

#: English nouns whose plural is spelt like the singular: their number comes from the translation.
_SAME_IN_THE_PLURAL = set("yuan yen won renminbi baht rand kip riel tenge lari lira som sum kyat sheep deer fish aircraft "
                          "hovercraft spacecraft watercraft craft "
                          "series species headquarters crossroads means offspring "
                          "sushi sashimi gyoza udon soba ramen tempura tofu".split()) | ZERO_PLURAL_ANIMALS
# (dishes borrowed from Japanese and Chinese keep one form in English: "Gyoza are sold", "delayed the gyoza")


def _english_modifier_before(source: str, start: int) -> bool:
    """Is the English word right before an occurrence a word of content (an adjective: "the drifting | sea
    ferry"), not a determiner, preposition, number or the start of a clause?

    >>> _english_modifier_before("The drifting sea ferry", 13), _english_modifier_before("Up to 500 Danish kroner", 10)
    (True, False)
    """
    word = re.search(r"([A-Za-z]+)[\s*_]*$", source[:start])
    if not word or re.search(r"[.,;:!?(\"“”«»\d]", source[word.end(1):start]):
        return False
    return word.group(1).lower() not in _ENGLISH_FUNCTION_WORDS and not word.group(1)[:1].isupper()


#: English irregular past tenses that are no noun (universal pension funds | rose by 11 percent).
_ENGLISH_IRREGULAR_PAST = set("rose fell grew went came took made gave sold bought won lost held kept left met ran sent "
                              "spent built brought chose found paid wrote stood spoke thought knew heard drew fled "
                              "flew fought sought taught caught struck began became said told led sank shook "
                              "withdrew underwent overtook".split())
_ENGLISH_FUNCTION_WORDS = set("the a an its their his her our your my this that these those of in on at to for from "
                              "with by and or as into onto over under about than some any no every each all both "
                              "two three four five six seven eight nine ten hundred thousand million billion "
                              "is are was were be been has have had will would can could may must should".split())


def _unquoted(target: str, start: int, end: int, form: str) -> tuple[int, int]:
    """A Latin-script name replacing a quoted Cyrillic rendering leaves the quotation marks out (батарей
    «Пэтриот» -> батарей Patriot): names in Latin script are not quoted in Russian or Bulgarian."""
    if re.search(r"[A-Za-z]", form) and not re.search(r"[А-Яа-яЁё«»„“\"]", form) and start > 0 and end < len(target) \
            and (target[start - 1], target[end]) in (("«", "»"), ("„", "“"), ('"', '"')):
        return start - 1, end + 1
    return start, end


def doubt(entry, lang: str, rendering, need, written: str = "", after: str = "", before_text: str = "") -> str:
    """What a reviewer should check about a decision made on evidence that may not hold ('' if nothing):
    a literal translation replaced (a word of it may be left around the term), a name that the
    dictionary knows both as a surname and as a place (it declines differently: Рогачёва, Рогачёв)."""
    if getattr(rendering, "guessed", ""):
        return rendering.guessed
    spelt = _english_word_spelt_before(before_text, entry.source or "", entry.approved(lang) or "")
    if spelt and entry.type != "dnt":
        return (f"the word before it ({spelt}) spells a word of the English term: it may be left from the "
                "translation's rendering; check the words before it")
    if rendering.kind == "near" and written and " " not in written.strip() and _base_of_agent(written, entry.approved(lang) or ""):
        return (f"the near miss ({written}) may be the thing the approved noun's person is named after, another word "
                "of the sentence: check it")
    if rendering.kind == "literal" and rendering.reordered:
        return (f"the translation named it with its own generic words in another order ({rendering.detail}): "
                "check the words around it")
    if rendering.kind == "literal" and _words_of_its_own(rendering.detail, entry.approved(lang) or ""):
        return f"a literal translation ({rendering.detail or 'its words'}) was replaced: check the words around it"
    if rendering.kind == "literal" and entry.type != "dnt" and not forms.is_person(entry, lang):
        words = re.findall(r"[^\W\d_]+", rendering.detail)
        english = [w for w in re.findall(r"[A-Za-z]+", re.sub(r"['’]s\b", "", entry.source))
                   if w.lower() not in ("of", "the", "for", "and", "in", "on", "at", "to", "a", "an")]
        approved_words = len((entry.approved(lang) or "").split())
        if words and len(words) < min(len(english), approved_words + 1):
            return (f"the translation rendered the term in fewer words ({' '.join(words)}) than the English: "
                    "check the words around it")
    approved_words = re.findall(r"[^\W\d_]+", entry.approved(lang) or "")
    if lang == "ru" and rendering.kind == "near" and written and _adjective_before(before_text) and (
            len(approved_words) == 1 or (written.split()[0][:1].islower() and _adjective_before(written.split()[0] + " "))):
        # (also «с заразным | узелковым дерматитом»: the translation's rendering may begin one adjective earlier)
        return (f"an adjective before the near miss ({written}) may belong to the translation's rendering: "
                "check the words before it")
    if lang == "ru" and rendering.kind == "near" and len(approved_words) == 1 and written and \
            _adjective_of_next_noun(written, after):
        return (f"the translation made the term an adjective ({written}) of the noun after it: check whether that "
                "noun belongs to the term")
    if lang == "bg" and rendering.kind == "near" and written and written[:1].islower() and \
            re.search(r"(?<![А-Яа-я])[а-я-]{3,}(?:ия|ият)\s+$", before_text):
        return (f"an adjective before the near miss ({written}) may belong to the translation's rendering: "
                "check the words before it")
    if rendering.kind == "near" and written and " " not in written.strip() and " " not in (entry.approved(lang) or "") \
            and len(written) < 0.75 * len(entry.approved(lang) or ""):
        return (f"the near miss ({written}) is much shorter than the approved form: it may be another word of the "
                "sentence (овце for овцевъди): check it")
    if rendering.left_out:
        return (f"the word before the near miss ({rendering.left_out}) was read as no part of it: check the words "
                "around it")
    if rendering.kind == "near" and entry.type != "dnt" and written and \
            len(re.findall(r"[^\W\d_]+", written)) != len(approved_words) and \
            not (lang == "ru" and len(written.split()) < len(approved_words) and _genitive_noun_first(after)):
        return (f"a near miss in another number of words ({written}) was replaced: check the words around it")
    if lang == "ru" and rendering.kind == "avoid" and written and _genitive_noun_first(after) and \
            _genitive_noun_first(" " + written.split()[-1]) and len(written.split()) > 1:
        # «центра выполнения | заказов» for the avoided «центр выполнения»: a genitive chain goes on after it
        return (f"the avoided rendering ({written}) is followed by a noun that may belong to it: check the words "
                "after it")
    if lang == "ru" and rendering.kind == "near" and not forms.is_person(entry, lang) and \
            len(written.split()) < len((entry.approved(lang) or "").split()) and _genitive_noun_first(after):
        return (f"the translation rendered the term in fewer words ({written}) and a noun follows it: check "
                "whether that noun belongs to the term")
    if lang == "ru" and entry.type == "name" and getattr(entry, "person", None) is None \
            and need.case in ("accs", "ablt") and forms.surname_or_place(entry.approved(lang) or ""):
        return ("the dictionary knows this name both as a surname and as a place, which decline differently; "
                "say which in the glossary's type column (person or place)")
    return ""


def _soft_variant(written: str, generated: str) -> bool:
    """Is ``written`` the generated form of a name with a soft stem for a hard one (Созополя for Созопола,
    Кюстендилю for Кюстендилу): the Russian tradition of some Bulgarian towns' names (Созополь) that the
    glossary's spelling (Созопол) does not follow?

    >>> _soft_variant("Созополя", "Созопола"), _soft_variant("Созополю", "Созополу"), _soft_variant("Ардине", "Ардино")
    (True, True, False)
    """
    differ = _one_letter_near_the_end(written, generated)
    return differ is not None and differ[0] in (("я", "а"), ("ю", "у")) and differ[1] in "лнр"


def _ending_variant(written: str, generated: str) -> bool:
    """Do two spellings of a Russian word differ only in the vowel after a sibilant or ц that stress decides
    (Ловечем/Ловечом: -ем unstressed, -ом stressed)? Not a soft stem for a hard one (Созополя for Созопола), nor
    another ending (Цхалтубе for the indeclinable Цхалтубо).

    >>> _ending_variant("Ловечем", "Ловечом"), _ending_variant("Созополя", "Созопола"), _ending_variant("Цхалтубе", "Цхалтубо")
    (True, False, False)
    """
    differ = _one_letter_near_the_end(written, generated)
    return differ is not None and set(differ[0]) in ({"е", "о"}, {"ё", "о"}) and differ[1] in "жшчщц"


def _one_letter_near_the_end(written: str, generated: str) -> tuple[tuple[str, str], str] | None:
    """((the written letter, the generated one), the letter before them) when two one-word spellings differ in a
    single letter among their last two; None otherwise.

    >>> _one_letter_near_the_end("Созополя", "Созопола"), _one_letter_near_the_end("Созополя", "Созополя")
    ((('я', 'а'), 'л'), None)
    """
    a, b = written.lower(), generated.lower()
    if a == b or len(a) != len(b) or " " in a or len(a) < 4:
        return None
    k = next(i for i, (x, y) in enumerate(zip(a, b)) if x != y)
    if k < len(a) - 2 or a[k + 1:] != b[k + 1:]:
        return None
    return (a[k], b[k]), a[k - 1]


#: English nouns that end like a past tense or an adverb.
_EN_NOUNS_IN_ED = frozenset("seed speed breed weed reed creed steed tweed bed shed sled shred bleed feed need family "
                            "supply rally ally belly jelly lily fly".split())


def _english_plural_verb_after(after: str) -> bool:
    """Does a plural verb agree with the word before ``after`` ("Gyoza | are now sold", "sheep | were lost"),
    an adverb or two between them?

    >>> _english_plural_verb_after(" are now sold."), _english_plural_verb_after(" is sold."), _english_plural_verb_after(" were")
    (True, False, True)
    >>> _english_plural_verb_after(" have also been banned"), _english_plural_verb_after(" stall owners are")
    (True, False)
    """
    return re.match(r"\s+(?:(?:now|also|still|already|often|usually|mostly|not|only|all|both)\s+){0,2}"
                    r"(?:are|were|have\s+(?:\w+\s+)?been|have\s+become)\b", after, re.I) is not None


def _english_noun_after(after: str, gerund: bool = False) -> bool:
    """Is the English word after an occurrence a noun it qualifies ("census | office opened", "census | forms
    were lost"), not a verb, a function word or the end of the sentence? ``gerund``: also a noun in -ing
    that a preposition or a stop follows ("blade | testing at Aerolith": изпитанията на перки).

    >>> _english_noun_after(" office opened."), _english_noun_after(" opened an office."), _english_noun_after(".")
    (True, False, False)
    >>> _english_noun_after(" seed library."), _english_noun_after(" needed a library.")
    (True, False)
    >>> _english_noun_after(" testing at the plant", gerund=True), _english_noun_after(" testing blades", gerund=True)
    (True, False)
    """
    if gerund and re.match(r"\s+[a-z]{3,}ing(?:\s+(?:at|in|on|of|for|and|or|by|with|from|to|was|is|has|had|"
                           r"will)\b|\s*[,.;:!?])", after) and not re.match(r"\s+(?:being|having|during|according)\b", after):
        return True
    word = re.match(r"\s+([a-z]+)(?:\s+([a-z]+))?", after)
    if not word or word.group(1) in _ENGLISH_FUNCTION_WORDS or word.group(1) in context._EN_VERBS \
            or word.group(1) in _ENGLISH_IRREGULAR_PAST \
            or (re.search(r"(?:ed|ly|ing)$", word.group(1)) and word.group(1) not in _EN_NOUNS_IN_ED):
        return False  # (but "the Ryazan seed | library": seed is a noun)
    # (not "census | counts the people": a word before a determiner is a verb)
    return word.group(2) not in ("the", "a", "an", "its", "their", "his", "her", "our", "this", "these")


def _adjective_of_next_noun(written: str, after: str) -> bool:
    """Is ``written`` an adjective and the word after it a noun (аккредитационной | карточки)?"""
    from localize.morphology.ru import analyzer

    word = re.match(r"\s([а-яё]+)(?![\w-])", after)
    if not word or " " in written.strip():
        return False
    own = [p for p in analyzer().parse(written.lower()) if p.score > 0.1]
    nxt = [p for p in analyzer().parse(word.group(1)) if p.score > 0.1]
    return bool(own) and own[0].tag.POS == "ADJF" and bool(nxt) and nxt[0].tag.POS == "NOUN"


def _bg_adjective_of_next_noun(written: str, approved: str, after: str) -> bool:
    """Is ``written`` a Bulgarian adjective made from the approved noun (левовите, левови), before a lower-case
    word (банкноти)?

    >>> _bg_adjective_of_next_noun("левовите", "лев", " банкноти"), _bg_adjective_of_next_noun("левовете", "лев", " са")
    (True, False)
    """
    stem = approved.lower()
    word = written.lower()
    if not word.startswith(stem[:max(3, len(stem) - 1)]) or not re.match(r"\s[а-я]{3,}", after) \
            or re.match(r"\s(?:са|е|бяха|беше|ще|се|не|и|или|на|за|от|в|във|с|със)\s", after + " "):
        return False
    return bool(re.fullmatch(re.escape(stem) + r"(?:ов|ев|ск|шк|ичн|н)(?:и|ите|ия|ият|а|ата|о|ото)", word)) \
        and not re.search(r"(?:ов|ев|ск|н)(?:и|а|о)$", stem)


def _adjective_before(before: str) -> bool:
    """Is the word right before an occurrence a lower-case qualifying adjective (о лесной | авиаохране), not
    a pronoun (этой, своей, которой)?"""
    from localize.morphology.ru import analyzer

    word = re.search(r"(?<![А-ЯЁа-яё])([а-яё]+)\s+$", before)
    if not word:
        return False
    parses = [p for p in analyzer().parse(word.group(1)) if p.score > 0.1]
    return bool(parses) and parses[0].tag.POS in ("ADJF", "PRTF") and "Apro" not in parses[0].tag \
        and "Anum" not in parses[0].tag


_CASE_NAMES = {"gent": "genitive", "datv": "dative", "ablt": "instrumental", "loct": "prepositional",
               "loc2": "second locative", "gen2": "second genitive"}


def _genitive_noun_first(after: str) -> bool:
    """Does the text after a rendering begin with a common noun in the genitive (совет | ромов, цыган)?"""
    from localize.morphology.ru import analyzer

    word = re.match(r"\s([а-яё]+)(?![\w-])", after)
    if not word:
        return False
    parses = [p for p in analyzer().parse(word.group(1)) if p.score > 0.1]
    return bool(parses) and parses[0].tag.POS == "NOUN" and parses[0].tag.case == "gent"


def _words_of_its_own(rendering: str, approved: str) -> bool:
    """Has a rendering words that are no form of the approved term's words, or another number of words
    (Речной администрацией for Администрация; not Стояном Кирилов for Стоян Кирилов)?"""
    from localize.terms.find import _related

    words, wanted = re.findall(r"[^\W\d_]+", rendering), re.findall(r"[^\W\d_]+", approved)
    if len(words) != len(wanted):
        return True
    return not all(_related(w, a) or w.lower() == a.lower() for w, a in zip(words, wanted))


def _take_capitalised_word(target: str, rendering, approved: str, lang: str, taken=(), other=lambda word: False) -> None:
    """A name the translation began one word early (Речной администрацией Нижнего Дуная for Администрация
    Нижнего Дуная): the capitalised adjective right before a rendering that lost its own capital is
    part of the rendering, and goes with the repair; not a word that is another term's form (``other``)."""
    text = target[rendering.start:rendering.end]
    if not (text[:1].islower() and approved[:1].isupper()):
        return
    match = re.search(r"(?<![^\W\d_])([А-ЯЁ][а-яё]+)\s+$", target[:rendering.start])
    if not match or sentence_start(target[:match.start(1)]) \
            or any(a < match.end(1) and match.start(1) < b for a, b in taken) or other(match.group(1)):
        return  # (not another term's word: «Според Фаргов | съюзът», the surname is Fargov's)
    word = match.group(1)
    if lang == "ru":
        from localize.morphology.ru import analyzer

        adjective = any(p.tag.POS in ("ADJF", "PRTF") and p.score > 0.1 for p in analyzer().parse(word.lower()))
    else:
        adjective = bool(re.search(r"(?:ски|ска|ско|ски|ни|на|но|ен|ов|ова|ово|ия|ият|ата|ото)$", word))
    if adjective:
        rendering.start = match.start(1)
        rendering.kind = "literal"
        rendering.detail = target[rendering.start:rendering.end]


def initials(english: str) -> str:
    """The acronym a name's capitalised words spell (European Bank for Reconstruction and Development: EBRD).

    >>> initials("Organization for Security and Co-operation in Europe"), initials("World Trade Organization")
    ('OSCE', 'WTO')
    """
    return "".join(word[0] for word in re.findall(r"[A-Za-z][\w'-]*", english) if word[0].isupper())


def _spelt_out(matcher: Matcher, entry, lang: str, source: str) -> list[str]:
    """Renderings of the names an acronym entry stands for, where the glossary has them as entries of their
    own (EBRD and European Bank for Reconstruction and Development) and the English has no such name here:
    a translation that spells the acronym out (о Европейском банке реконструкции и развития for "the
    EBRD") is then a rendering to replace."""
    if not (entry.source.isupper() and len(entry.source) >= 2 and forms.is_acronym(entry.approved(lang) or "")):
        return []
    table = getattr(matcher, "_spelt_out", None)
    if table is None:
        table = {}
        for other in getattr(matcher, "entries", []):
            if len(other.source.split()) > 1:
                table.setdefault(initials(other.source), []).append(other)
        matcher._spelt_out = table
    return [other.approved(lang) for other in table.get(entry.source, [])
            if other.approved(lang) and other.source.lower() not in source.lower()]


def _head_cases(rendering: str, every_form) -> tuple:
    """The cases of the entry's forms that share a declining word with a rendering (Хайфском порту and
    порту Хайфы: datv, loc2), in the order of ``every_form``; words spelt alike in every form (a quoted
    name, a frozen tail) tell nothing. Plain string comparison: no dictionary is loaded.

    >>> from localize.terms.forms import Form
    >>> _head_cases("Хайфском порту", [Form("порт Хайфы", "nomn"), Form("порту Хайфы", "datv")])
    ('datv', 'loc2')
    """

    def words(text):
        return {w.lower().replace("ё", "е") for w in re.findall(r"[^\W\d_][\w-]*", text)}

    every = [(form, words(form.text)) for form in every_form]
    invariant = set.intersection(*(w for _f, w in every)) if every else set()
    mine = words(rendering) - invariant
    cases = []
    for form, form_words in every:
        if mine & form_words and form.label not in cases and form.label not in ("bare", "dnt"):
            cases.append(form.label)
    if "datv" in cases and "loc2" not in cases:
        cases.append("loc2")  # в порту, на берегу: after в/на a form spelt like the dative is the second locative
    return tuple(cases)


#: Bulgarian endings of adjectives (-ски, -ния, -ата...), verbs (-ха, -ше, -ат) and adverbs (-о): no generic noun.
_BG_NOT_NOUN = re.compile(r"(?:ски|ска|ско|ния|ни|на|но|ен|ия|ата|ото|ите|ият|ха|ше|ат|ят|ме|те|ли|ло|ла|"
                          r"ва|ал|ил|ял|ело|ено|ко|ро)$")


def _noun(lang: str):
    """Is a word a common noun (аппаратом)? Russian asks pymorphy3; Bulgarian has no dictionary here: a lower-case
    word that ends like no adjective, verb or function word (дамба, кораб)."""
    if lang == "bg":
        return lambda word: bool(re.fullmatch(r"[а-я]{4,}", word)) and not _BG_NOT_NOUN.search(word) \
            and word not in FUNCTION_WORDS
    if lang != "ru":
        return None
    from localize.morphology.ru import analyzer, in_dictionary

    def noun(word: str) -> bool:
        parses = analyzer().parse(word.lower())
        return bool(parses) and parses[0].tag.POS == "NOUN" and in_dictionary(parses[0])
    noun.dictionary = True  # (Bulgarian's test is by the word's ending: it cannot say a word is no noun)
    return noun


def _common_noun(lang: str):
    """Is a capitalised word a common noun, not a name (Стакана, not Петрова or Бургас)? Russian asks pymorphy3's
    dictionary; Bulgarian has none here (None: the caller cannot tell)."""
    if lang != "ru":
        return None
    from localize.morphology.ru import analyzer, in_dictionary

    def noun(word: str) -> bool:
        parses = analyzer().parse(word.lower())
        return bool(parses) and parses[0].tag.POS == "NOUN" and in_dictionary(parses[0]) and not any(
            {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"} & p.tag.grammemes for p in parses if p.score >= 0.1)
    noun.dictionary = True
    return noun


def _common_word(lang: str):
    """Is a word in lower case a common word of ``lang`` (бан, воз), not an acronym written small (обсе)?
    Russian asks pymorphy3's dictionary; Bulgarian has no dictionary here: no lower-case word is taken."""
    if lang != "ru":
        return None
    from localize.morphology.ru import analyzer, in_dictionary

    return lambda word: any(in_dictionary(p) and "Abbr" not in p.tag for p in analyzer().parse(word.lower()))


def _take_head_noun(target: str, rendering, taken) -> None:
    """A literal rendering that stops at an adjective (суверенном облачном | хранилище for суверенное
    облако): the noun it agrees with, right after it, is part of it and goes with the repair."""
    from localize.morphology.ru import analyzer

    last = re.search(r"([а-яё]+)$", target[rendering.start:rendering.end])
    after = re.match(r"\s+([а-яё]+)(?![\w-])", target[rendering.end:])
    if not last or not after or any(a < rendering.end + after.end() and rendering.end < b for a, b in taken):
        return
    adjectives = [p for p in analyzer().parse(last.group(1)) if p.tag.POS == "ADJF" and p.score > 0.05]
    nouns = [p for p in analyzer().parse(after.group(1)) if p.tag.POS == "NOUN" and p.score > 0.05]
    if any(a.tag.case == n.tag.case and a.tag.number == n.tag.number and
           (a.tag.number == "plur" or a.tag.gender == n.tag.gender) for a in adjectives for n in nouns):
        rendering.end += after.end()
        rendering.detail = target[rendering.start:rendering.end]


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def apply_glossary(glossary, source_lines: list[str], target_lines: list[str], lang: str):
    """Repaired target lines and every decision (segment = line number)."""
    matcher = Matcher(glossary.entries)
    out, decisions = [], []
    token = forms.GENDER_HINTS.set(forms.infer_genders(glossary.entries, "\n".join(source_lines)))
    try:
        for number, (source, target) in enumerate(zip(source_lines, target_lines), 1):
            repaired, found = repair_line(source, target, matcher, lang, str(number))
            out.append(repaired)
            decisions += found
    finally:
        forms.GENDER_HINTS.reset(token)
    return out, decisions
