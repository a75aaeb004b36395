"""Russian: the six case forms of an approved glossary term, with pymorphy3.

A multi-word term declines around its head noun: adjectives (and participles) before the head agree
with it in case, number and gender; words after the head stay as they are (frozen genitive tails:
«Дипломатическая академия МИД России»). Personal names decline word by word (``declension=full``),
Chinese male names only in their last part (``last``), and female Chinese names, foreign female
surnames and acronyms not at all (``none``). Persons are animate: their accusative is the genitive.

>>> forms("Дипломатическая академия МИД России")["ablt"]
'Дипломатической академией МИД России'
>>> forms("Сун Чжунпин", declension="last", person=True, gender="m")["ablt"]
'Сун Чжунпином'
>>> forms("Олег Иванов", person=True, gender="m")["accs"]
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
_ADJECTIVE_ENDING = re.compile(r"(ый|ий|ой|ая|яя|ое|ее|ые|ие)$")
_LAST_WORD = re.compile(r"([А-Яа-яЁё]+(?:\s+[А-Яа-яЁё]+)?)\s*$")


@functools.lru_cache(maxsize=1)
def analyzer():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@functools.lru_cache(maxsize=1)
def _petrovich():
    from petrovich.main import Petrovich

    return Petrovich()


def _match_case(original: str, word: str) -> str:
    if "-" in original and original.count("-") == word.count("-"):
        return "-".join(_match_case(o, w) for o, w in zip(original.split("-"), word.split("-")))
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _pick(word: str, wanted_pos=("NOUN",), animate: bool | None = None, number: str | None = None):
    """The nominative parse of ``word`` with a part of speech in ``wanted_pos`` (best score first).

    A capitalised word is never read as an abbreviation (pymorphy3 guesses «Бургас» as one)."""
    parses = [p for p in analyzer().parse(word) if p.tag.POS in wanted_pos and p.tag.case == "nomn"
              and ("Abbr" not in p.tag or word.isupper())
              and not ({"Surn", "Patr"} & set(p.tag.grammemes) or "Name" in p.tag and "Fixd" in p.tag)]
    # (a term or a place is no surname: «Кавала» read as an indeclinable surname would never decline)
    if word[:1].islower():  # a common noun in lower case is no place (белуха the whale, not Белуха the mountain)
        parses = [p for p in parses if "Geox" not in p.tag] or parses
    if number is not None:
        parses = [p for p in parses if p.tag.number == number] or parses
    if animate is not None:
        preferred = [p for p in parses if ("anim" in p.tag) == animate]
        parses = preferred or parses
    if word.lower() == "лев":  # the currency, not the animal nor the name: лева, not льва
        parses = [p for p in parses if "inan" in p.tag and "Name" not in p.tag] or parses
    return parses[0] if parses else None


#: Endings of a noun the analyser does not know (a foreign place or name), by the nominative's last letters.
_ANALOGY = (
    ("ия", {"gent": "ии", "datv": "ии", "accs": "ию", "ablt": "ией", "loct": "ии"}),
    ("а", {"gent": "ы", "datv": "е", "accs": "у", "ablt": "ой", "loct": "е"}),
    ("я", {"gent": "и", "datv": "е", "accs": "ю", "ablt": "ей", "loct": "е"}),
    ("й", {"gent": "я", "datv": "ю", "accs": "й", "ablt": "ем", "loct": "е"}),
)
_CONSONANT_FINAL = {"gent": "а", "datv": "у", "accs": "", "ablt": "ом", "loct": "е"}
_SOFT_MASCULINE = {"gent": "я", "datv": "ю", "ablt": "ем", "loct": "е"}
_SOFT_FEMININE = {"gent": "и", "datv": "и", "ablt": "ью", "loct": "и"}


def _plural_analogy(word: str, case: str) -> str | None:
    """The plural of a masculine common noun the dictionary has no plural for, by its ending (шекель:
    шекели, шекелей; хаб: хабы, хабов), or None.

    >>> _plural_analogy("шекель", "gent"), _plural_analogy("хаб", "ablt"), _plural_analogy("хаб", "gent")
    ('шекелей', 'хабами', 'хабов')
    >>> _plural_analogy("вбрасывание", "gent"), _plural_analogy("вбрасывание", "datv")
    ('вбрасываний', 'вбрасываниям')
    """
    case = "loct" if case == "loc2" else case
    lower = word.lower()
    if lower.endswith("ие"):  # a neuter in -ие the dictionary has only in the singular (вбрасывание: вбрасываний)
        stem, table = word[:-1], {"nomn": "я", "gent": "й", "datv": "ям", "accs": "я", "ablt": "ями", "loct": "ях"}
    elif lower.endswith("ь"):
        stem, table = word[:-1], {"nomn": "и", "gent": "ей", "datv": "ям", "accs": "и", "ablt": "ями", "loct": "ях"}
    elif lower.endswith("й"):
        stem, table = word[:-1], {"nomn": "и", "gent": "ев", "datv": "ям", "accs": "и", "ablt": "ями", "loct": "ях"}
    elif re.search(r"[бвгджзклмнпрстфхцчшщ]$", lower):
        soft = lower[-1] in "гкхжшчщ"
        stem, table = word, {"nomn": "и" if soft else "ы", "gent": "ей" if lower[-1] in "жшчщ" else "ов",
                             "datv": "ам", "accs": "и" if soft else "ы", "ablt": "ами", "loct": "ах"}
    else:
        return None
    return stem + table[case]


def _analogy(word: str, case: str, animate: bool = False) -> str:
    """``word`` in ``case`` by the pattern of its ending, for a capitalised noun pymorphy3 does not know.

    >>> _analogy("Бургас", "ablt"), _analogy("Констанца", "datv"), _analogy("Поти", "gent")
    ('Бургасом', 'Констанце', 'Поти')
    """
    case = "loct" if case == "loc2" else case
    lower = word.lower()
    for ending, table in _ANALOGY:
        if lower.endswith(ending):
            stem, suffix = word[:-len(ending)], table[case]
            if ending == "й" and case == "accs":
                return word if not animate else stem + "я"
            if ending == "а" and case == "gent" and stem[-1:].lower() in "гкхжшчщ":
                suffix = "и"
            if ending == "а" and case == "ablt" and stem[-1:].lower() in "жшчщц":
                suffix = "ей"
            return stem + suffix
    if re.search(r"[бвгджзклмнпрстфхцчшщ]$", lower):
        if case == "accs":
            return word + ("а" if animate else "")
        suffix = _CONSONANT_FINAL[case]
        if case == "ablt" and lower[-1] in "жшчщц":
            suffix = "ем"
        return word + suffix
    return word  # a vowel-final foreign name (Поти, Тбилиси) does not decline


def _indeclinable_loan(word: str, gender: str) -> bool:
    """Is ``word`` the head of a singular term that the dictionary knows only as another noun's plural (лари:
    «ларь» in the plural)? A loanword in -и of the glossary's singular gender does not decline.

    >>> _indeclinable_loan("лари", "m"), _indeclinable_loan("бумаги", "f"), _indeclinable_loan("сутки", "f")
    (True, False, False)
    """
    if gender not in ("m", "f", "n") or not word.islower() or not word.endswith("и"):
        return False
    nouns = [p for p in analyzer().parse(word) if p.tag.POS == "NOUN"]  # (бумаги is also бумага's genitive)
    return any(p.tag.case == "nomn" for p in nouns) and all(p.tag.number == "plur" and "Pltm" not in p.tag
                                                            and "inan" in p.tag for p in nouns)  # (гости, люди)


def in_dictionary(parse) -> bool:
    """A parse from pymorphy3's dictionary, not a guess (a guess may be a dictionary ending after an unknown
    prefix, or an analogy with a known ending)."""
    return len(parse.methods_stack) == 1 and type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


#: Nouns the dictionary knows only as persons that also name devices (регистратор: a registrar, a data logger;
#: видеорегистратор: a dashcam).
DEVICES_AS_PERSONS = ("регистратор",)
#: Shellfish and other sea creatures sold as food or goods: as a commodity their accusative may be inanimate
#: (цены на мидии, экспортирует креветки) or animate (разводят мидий), as the dictionary marks устрица (Inmx);
#: the translation's choice stands.
SEAFOOD = frozenset("мидия креветка моллюск омар лангуст краб осьминог гребешок кальмар устрица рапан".split())


def mixed_animacy(phrase: str) -> bool:
    """Does a lower-case noun of ``phrase`` take either accusative, animate or inanimate, by its sense (the
    dictionary marks it Inmx, or knows it both as animate and as inanimate)? The translation's choice then
    stands: делает марионетки (puppets as things), охота на кабанов (the animals).

    >>> mixed_animacy("марионетка"), mixed_animacy("кабан"), mixed_animacy("таможенный брокер"), mixed_animacy("завод")
    (True, True, False, False)
    >>> mixed_animacy("Егор Соболев"), mixed_animacy("театр «Кукла»"), mixed_animacy("солепроизводитель")
    (False, False, True)
    >>> mixed_animacy("морской лев"), inflect("морской лев", "accs", number="plur")
    (False, 'морских львов')
    >>> mixed_animacy("видеорегистратор"), mixed_animacy("регистратор влажности"), mixed_animacy("черноморская мидия")
    (True, True, True)
    >>> mixed_animacy("кинолог"), mixed_animacy("Северный сетевой оператор"), mixed_animacy("кабельный оператор")
    (False, False, False)
    """
    words = re.findall(r"(?<![\w-])[а-яё][а-яё-]*(?![\w-])", phrase)  # (not a name: Егор Соболев)
    body = phrase[:1].isupper() and " " in phrase  # Северный сетевой оператор: a body named by its head noun
    for i, word in enumerate(words):
        if _new_specialist(word, _pick(word)) or (body and _pick(word) is not None and _mostly_animate(word)):
            return False  # кинолог: a person; оператор heading a body's name: the operator, an agent
        if word == "лев" and i and words[i - 1] in _LION_ADJECTIVES:
            return False  # морской лев: the animal (not the currency лев)
        guessed = [p for p in analyzer().parse(word) if p.tag.POS == "NOUN" and p.tag.case == "nomn"]
        nouns = [p for p in guessed if in_dictionary(p)]
        if guessed and word.endswith(DEVICES_AS_PERSONS):
            return True  # видеорегистратор: a device too, which the dictionary knows only as a person
        if any(p.normal_form in SEAFOOD for p in guessed):
            return True  # мидия: a creature, or a commodity (цены на мидии)
        if nouns:  # the head: the first noun (the words after it are its frozen tail)
            return any("Inmx" in p.tag for p in nouns) or ({"anim", "inan"} <= {p.tag.animacy for p in nouns}
                                                           and not _mostly_animate(word, by=3))
            # (кабельный оператор: a person or a firm, animate — the dictionary's other оператор, a mathematical one,
            # is rare; not кабан, as often a thing as an animal in its readings)
        if guessed and {"anim", "inan"} <= {p.tag.animacy for p in guessed} and \
                not any(p.tag.POS in ("ADJF", "PRTF") for p in analyzer().parse(word)[:1]):
            return True  # a noun the dictionary does not know (солепроизводитель): no animacy to trust but the
            #              translation's
    return False


#: Nouns whose second locative in -у the dictionary lists but the written norm does not use.
_NO_SECOND_LOCATIVE = {"склад", "цех", "отпуск", "клей", "чай", "сыр", "пляж", "дом", "стол", "чан"}  # (в детском доме; на дому is an idiom)


#: Nouns that stand invariable as the first part of a compound (мастер-класс: мастер-класса; пресс-центр: пресс-центра;
#: Rosenthal, «Правописание сложных существительных»).
_INVARIABLE_FIRST_PARTS = set("мастер пресс шоу арт поп рок топ экспресс фитнес офис бизнес интернет медиа веб блиц "
                              "гранд премиум гольф фан генерал штаб блок стоп кают конгресс экспо сервис колл дата".split())
# (гольф-клуба, штаб-квартиры, генерал-майора: an attributive first part does not decline; Rosenthal)


def _mostly_animate(noun: str, by: float = 1) -> bool:
    """Does the dictionary read ``noun`` as a person more often (``by`` times more) than as a thing (оператор: the
    operator, rarely the mathematical one; not передатчик)?

    >>> _mostly_animate("оператор"), _mostly_animate("оператор", by=3), _mostly_animate("передатчик")
    (True, True, False)
    """
    nouns = [p for p in analyzer().parse(noun) if p.tag.POS == "NOUN"]
    return sum(p.score for p in nouns if "anim" in p.tag) > by * sum(p.score for p in nouns if "inan" in p.tag)


def _new_specialist(word: str, parse) -> bool:
    """A specialist's name in -олог the dictionary does not know (кинолог, which it guesses as кино + лог, a
    ravine: лога): it declines like геолог, a person (кинологи, кинологов); the things in -олог (каталог,
    некролог) the dictionary knows.

    >>> inflect("кинолог", "accs"), inflect("кинолог", "nomn", number="plur"), inflect("каталог", "accs", number="plur")
    ('кинолога', 'кинологи', 'каталоги')
    """
    return parse is not None and word.endswith("олог") and parse.tag.POS == "NOUN" and not in_dictionary(parse)


def _inflect_word(word: str, case: str, parse, extra=frozenset()) -> str:
    if "-" in word and parse is not None and parse.tag.POS == "NOUN" and parse.methods_stack \
            and type(parse.methods_stack[0][0]).__name__ == "HyphenatedWordsAnalyzer" \
            and (word.rpartition("-")[0].lower() in _INVARIABLE_FIRST_PARTS or not any(
                in_dictionary(p) and p.tag.POS == "NOUN" for p in analyzer().parse(word.rpartition("-")[0].lower()))):
        # (also a Russian noun used as an invariable first part: мастер-ленты, like мастер-класса)
        # a compound the dictionary does not know whose first part is no Russian noun (фулфилмент-центр, like
        # бизнес-центр): only the last part declines (фулфилмент-центра, not фулфилмента-центра)
        head, _, tail = word.rpartition("-")
        return head + "-" + _inflect_word(tail, case, _pick(tail, ("NOUN",)), extra)
    if word.count("-") == 1 and parse is not None and parse.tag.POS == "NOUN" and parse.methods_stack \
            and type(parse.methods_stack[0][0]).__name__ == "HyphenatedWordsAnalyzer" \
            and word[:1].isupper() and word.rpartition("-")[2][:1].isupper() and _pick(word.rpartition("-")[2], ("NOUN",)) \
            and not any(p.tag.POS == "ADJF" for p in analyzer().parse(word.rpartition("-")[2].lower())[:1]):
        # a place name of two capitalised parts the dictionary does not list, the last a noun (Баден-Баден): only
        # the last part declines (в Баден-Бадене, like Улан-Баторе; Rosenthal, «Склонение географических
        # названий»); an adjective after the noun declines with it (в Гусе-Хрустальном)
        head, _, tail = word.rpartition("-")
        return head + "-" + _inflect_word(tail, "loct" if case == "loc2" else case, _pick(tail, ("NOUN",)), extra)
    if "-" in word and parse is None:
        head, _, tail = word.rpartition("-")
        case = "loct" if case == "loc2" else case  # в Нови-Саде, not Нови-Саду
        return head + "-" + _inflect_word(tail, case, _pick(tail, ("ADJF", "NOUN", "PRTF")), extra)
    if parse is None:
        return word
    if _new_specialist(word, parse):
        model = next(p for p in analyzer().parse("геолог") if p.tag.POS == "NOUN" and in_dictionary(p))
        return word + model.inflect({"loct" if case == "loc2" else case} | set(extra)).word[len("геолог"):]
    if case == "loc2" and (parse.normal_form in _NO_SECOND_LOCATIVE or parse.normal_form.endswith("дом")):
        # (на автодоме, в роддоме: a compound of дом, like в доме)
        case = "loct"  # на складе, в цехе: the dictionary's -у is colloquial (Rosenthal, «Окончания -е/-у»)
    if case == "loc2" and not in_dictionary(parse) and parse.tag.POS == "NOUN":
        case = "loct"  # на дронопорте: a new compound the dictionary guesses from its last part (порт: в порту)
        #               takes the regular ending; the second locative belongs to the words that have it
    if case == "loc2" and word[:1].isupper() and "Geox" not in parse.tag and word == word.capitalize() \
            and parse.normal_form == word.lower():
        case = "loct"  # в Боре (the Serbian town), not в бору (the pine forest): a name read as a common noun
    if "plur" in extra and parse.normal_form in _NEWS_PLURALS and parse.tag.POS == "NOUN":
        # судно: суда, судов (ships), not the dictionary's first paradigm судна, суден (bedpans)
        return _match_case(word, _NEWS_PLURALS[parse.normal_form][{"loc2": "loct"}.get(case, case)])
    grammemes = {case} | set(extra)
    form = parse.inflect(grammemes)
    if form is None and case == "loc2":
        form = parse.inflect(({"loct"} | set(extra)))
    if form is None and "plur" in extra and word[:1].islower() and "Sgtm" in parse.tag:
        plural = _plural_analogy(word, case)  # шекель, read as a place with no plural: шекелей
        if plural:
            return plural
    form = form or parse.inflect({case if case != "loc2" else "loct"})
    if form is not None and "Supr" in parse.tag and not form.word.startswith(word.lower()[:-2]):
        # «Высший» is the superlative of «высокий»: keep its own stem (Высшим, not Высочайшим)
        same = [f for f in parse.lexeme if f.word.startswith(word.lower()[:-2]) and grammemes <= set(f.tag.grammemes)
                | ({"loct"} if case == "loc2" else set())
                | ({"anim", "inan"} if not {"anim", "inan"} & set(f.tag.grammemes) else set())]
        # (a feminine accusative has no animacy: Московскую высшую школу)
        form = same[0] if same else None
    if form is not None and word[:1].isupper() and re.search(r"[жшчщц]ом$", form.word) and not in_dictionary(parse):
        # a guessed paradigm for a name: unstressed -ем after ж, ш, ч, щ, ц (Добричем, like Дубровником's -ом)
        return _match_case(word, form.word[:-2] + "ем")
    if form and word[:1].islower() and "ё" in form.word and "ё" not in word and in_dictionary(parse) \
            and "ё" not in parse.normal_form:
        # пчела: пчёлы, озеро: озёр — a common noun's ё where the stress falls on it in another form (the
        # glossary could not write it); a word the glossary wrote without its own ё (самолет for самолёт)
        # keeps the glossary's е in every form (самолетов)
        return _match_case(word, form.word)
    return _keep_e(word, _match_case(word, form.word)) if form else word


#: Prepositions that end a term's head phrase (уполномоченный | по правам человека).
_PHRASE_PREPOSITIONS = set("по при для в во на с со о об за из от до у к под над между".split())
#: Plural-only mountain names whose genitive pymorphy3's dictionary gives in -ов where the norm has no ending
#: (Лопатин, «Русский орфографический словарь»: Альпы, Альп; Балканы, Балкан).
#: Nouns whose plural in news is another paradigm than the dictionary's first (Ожегов: судно, мн. суда, судов — a
#: ship; судна, суден — a bedpan).
_NEWS_PLURALS = {"судно": {"nomn": "суда", "gent": "судов", "datv": "судам", "accs": "суда", "ablt": "судами",
                           "loct": "судах"},
                 # учителя (school teachers), not учители (mentors of a doctrine); лагеря (camps), not лагери (sides)
                 "учитель": {"nomn": "учителя", "gent": "учителей", "datv": "учителям", "accs": "учителей",
                             "ablt": "учителями", "loct": "учителях"},
                 "лагерь": {"nomn": "лагеря", "gent": "лагерей", "datv": "лагерям", "accs": "лагеря",
                            "ablt": "лагерями", "loct": "лагерях"}}
_PLURALIA_GENITIVE = {"альпы": "альп", "балканы": "балкан", "салоники": "салоник", "родопы": "родоп"}
_RUSSIAN_FEMALE_SURNAME = re.compile(r"(ова|ева|ёва|ина|ына|ая)$")
_RUSSIAN_MALE_SURNAME = re.compile(r"[^аеёиоуыэюя](ов|ев|ёв|ский|цкий)$")  # (not -ин: Си Цзиньпином)
_PETROVICH_CASES = {"gent": "GENITIVE", "datv": "DATIVE", "accs": "ACCUSATIVE", "ablt": "INSTRUMENTAL",
                    "loct": "PREPOSITIONAL", "loc2": "PREPOSITIONAL"}


def _keep_e(word: str, form: str) -> str:
    """``form`` with е where ``word`` wrote е and the dictionary ё (Анналена: Анналены, not Анналёны)."""
    if "ё" not in form.lower() or "ё" in word.lower():
        return form
    return "".join("е" if c == "ё" and i < len(word) and word[i].lower() == "е" else
                   "Е" if c == "Ё" and i < len(word) and word[i].lower() == "е" else c for i, c in enumerate(form))


def _person_word(word: str, case: str, female: bool, role: str = "last") -> str:
    """
    >>> _person_word("Лоренц", "ablt", False, "first"), _person_word("Шульц", "ablt", False)
    ('Лоренцем', 'Шульцем')
    >>> _person_word("Зорница", "ablt", True, "first")
    'Зорницей'
    >>> _person_word("Аксой", "ablt", False), _person_word("Толстой", "gent", False), _person_word("Лановой", "gent", False)
    ('Аксоем', 'Толстого', 'Ланового')
    >>> _person_word("Гварамия", "accs", False), _person_word("Гварамия", "gent", False), _person_word("Гамсахурдиа", "gent", False)
    ('Гварамию', 'Гварамии', 'Гамсахурдиа')
    >>> _person_word("Пологий", "gent", False), _person_word("Пологий", "ablt", False), _person_word("Горький", "datv", False)
    ('Пологого', 'Пологим', 'Горькому')
    """
    if role == "first" and "-" in word:  # Жан-Люк: Жан-Люка (the first part of a compound first name stays)
        head, _, tail = word.rpartition("-")
        return head + "-" + _person_word(tail, case, female, role)
    form = _keep_e(word, _person_word_form(word, case, female, role))
    if case == "ablt" and word.lower().endswith("ц") and form.lower() == word.lower() + "ом":
        form = form[:-2] + "ем"  # a foreign name in -ц, unstressed: Лоренцем, Шульцем (Rosenthal: Францем)
    if case == "ablt" and re.search(r"[цжшчщ]а$", word.lower()) and form.lower() == word.lower()[:-1] + "ой":
        form = form[:-2] + "ей"  # after ц, ж, ш, ч, щ the unstressed ending is -ей: с Зорницей, Марицей
    return form


def _person_word_form(word: str, case: str, female: bool, role: str = "last") -> str:
    """A first name, patronymic or surname in ``case`` by petrovich's rules for Russian personal names
    (Rosenthal's: «с Тодоровым», «Атанасовой», «Оливера Гранта», but «Лору Финч»)."""
    from petrovich.enums import Case, Gender

    if role == "first":  # a first name in pymorphy3's dictionary has its exact paradigm (Юрий: о Юрии)
        known = next((p for p in analyzer().parse(word) if "Name" in p.tag and p.tag.case == "nomn"
                      and ("femn" in p.tag) == female), None)
        form = known.inflect({"loct" if case == "loc2" else case}) if known else None
        if form is not None:
            return _match_case(word, form.word)
    if role == "last" and female and re.search(r"[^иеоуюэёыая][ая]$", word.lower()) \
            and not _RUSSIAN_FEMALE_SURNAME.search(word.lower()) and not word.lower().endswith(("ская", "цкая")):
        # a woman's surname in -а or -я after a consonant that is not of the Russian type (-ова, -ина, -ая) declines
        # as a noun, as Rosenthal has it (Кьяры Фонтаны, Лауры Россы), not as an adjective (Фонтаной)
        return _analogy(word, case, animate=True)
    if role == "last" and not female and re.search(r"[бвгджзклмнпрстфхцчшщ]ой$", word.lower()) \
            and not re.search(r"(?:[ое]в|н|ск|цк)ой$", word.lower()) \
            and not any(p.tag.POS == "ADJF" and in_dictionary(p) for p in analyzer().parse(word.lower())):
        # a surname in -ой that is no Russian adjective (Толстой, Донской, Лановой: Толстого) declines as a noun in
        # -й, as a Turkish one in -сой does (Аксой: Аксоя, с Аксоем)
        return _analogy(word, case, animate=True)
    if role == "last" and not female and re.search(r"[гкхнвтдлрзс]ий$|ый$", word.lower()) and not word.lower().endswith(
            ("ский", "цкий")):
        adjective = next((p for p in analyzer().parse(word.lower()) if p.tag.POS == "ADJF" and in_dictionary(p)
                          and {"masc", "sing", "nomn"} <= set(p.tag.grammemes)), None)
        wanted = {"gent" if case == "accs" else "loct" if case == "loc2" else case, "masc", "sing"}
        form = adjective.inflect(wanted) if adjective is not None else None
        if form is not None:  # Пологий, an adjective (пологий склон): Пологого, с Пологим (Rosenthal: surnames of
            return _match_case(word, form.word)  # an adjective's form decline as adjectives)
    if role == "last" and not female and re.search(r"[бвгджзклмнпрстфхцчшщ]ия$", word.lower()):
        # a Georgian (Abkhaz) surname in -ия declines (Гулия: Гулии, Гварамию; Rosenthal), unlike one in -иа
        # (Гамсахурдиа)
        return _analogy(word, case, animate=True)
    if role == "last" and not female and re.search(r"[^ц]ын$", word.lower()):
        # a Turkic surname in -ын (Айдын, Алтын) is no Russian possessive surname (Синицын): Айдыном
        return _analogy(word, case, animate=True)
    inflect = getattr(_petrovich(), {"first": "firstname", "middle": "middlename"}.get(role, "lastname"))
    try:
        form = inflect(word, getattr(Case, _PETROVICH_CASES[case]), Gender.FEMALE if female else Gender.MALE)
    except (KeyError, IndexError, ValueError):
        form = None
    if form and not female and role == "last" and word.lower().endswith("ок") \
            and not form.lower().startswith(word.lower()):
        # a surname in -ок keeps its vowel (Уитлок: Уитлока, Уитлоку; Rosenthal: a surname keeps its sound), not
        # the common noun's fleeting one (звонок: звонка) that petrovich's rules apply
        return _analogy(word, case, animate=True)
    if form and not female and role == "last" and form.lower().endswith("ым") and re.search(r"[бвгджзклмнпрстфхцчшщ]$", word.lower()) and (
            not re.search(r"(?:ов|ев|ёв|ин|ын)$", word.lower()) or len(re.findall(r"[аеёиоуыэюя]", word.lower())) < 2):
        # the possessive -ым is for Russian surnames in -ов/-ин of two syllables or more (Пушкиным); a one-
        # syllable foreign surname declines like a noun (с Чжэном, Дэном, Грином)
        return _analogy(word, case, animate=True)
    if (not form or form == word) and role != "middle" and re.search(r"[^иеоуюэё][ая]$", word.lower()) \
            and not (female and role == "last" and _RUSSIAN_FEMALE_SURNAME.search(word.lower())):
        return _analogy(word, case, animate=True)  # a man's name or a surname in -а/-я declines: Николы, Фиалы
    if (not form or form == word) and not female and role != "middle" \
            and re.search(r"[бвгджзклмнпрстфхцчшщ]$", word.lower()):
        return _analogy(word, case, animate=True)  # a man's name in a consonant declines: Драгошу
    return _match_case(word, form) if form else word


def _chinese_last(word: str, case: str) -> str:
    """The last part of a male Chinese name declines like a noun in a consonant (с Сун Чжунпином).

    >>> _chinese_last("Чжунпин", "ablt"), _chinese_last("И", "ablt"), _chinese_last("Хаожань", "accs")
    ('Чжунпином', 'И', 'Хаожаня')
    """
    if re.search(r"[бвгджзклмнпрстфхцчшщ][ая]$", word.lower()) and len(word) >= 5:
        return _analogy(word, case, animate=True)  # a Japanese surname in -а (Харуки Морияму, Куросавы)
    if re.search(r"[бвгджзклмнпрстфхцчшщ]ь$", word.lower()):  # Хаожань: с Линь Хаожанем (Чэнь Шуйбяня)
        return word[:-1] + _SOFT_MASCULINE["gent" if case == "accs" else "loct" if case == "loc2" else case]
    return _analogy(word, case, animate=True) if re.search(r"[бвгджзклмнпрстфхцчшщй]$", word.lower()) else word


def _compound_parse(word: str, gender: str, parse):
    """The parse of a hyphenated compound the dictionary does not know in the glossary's ``gender``.

    A compound takes the gender of the part that declines: квест-комната, f, has an invariable attribute before its
    declining feminine noun (квест-комнату, квест-комнаты), диван-кровать, m, declines both parts (дивана-кровати;
    Rosenthal, «Правописание сложных существительных»); the analyser offers both readings, the first part's gender
    first.

    >>> _compound_parse("квест-комната", "f", _pick("квест-комната")).inflect({"gent"}).word
    'квест-комнаты'
    >>> _compound_parse("квест-комната", "", _pick("квест-комната")).inflect({"gent"}).word
    'квеста-комнаты'
    """
    wanted = {"m": "masc", "f": "femn", "n": "neut"}.get(gender)
    if "-" not in word or wanted is None or parse is None or not parse.methods_stack \
            or type(parse.methods_stack[0][0]).__name__ != "HyphenatedWordsAnalyzer" or parse.tag.gender == wanted:
        return parse
    return next((p for p in analyzer().parse(word) if p.tag.POS == "NOUN" and p.tag.case == "nomn"
                 and p.tag.gender == wanted and p.methods_stack
                 and type(p.methods_stack[0][0]).__name__ == "HyphenatedWordsAnalyzer"), parse)


@functools.lru_cache(maxsize=1024)
def _stressed_adjective(word: str) -> bool:
    """Is ``word`` an adjective with a stressed -ой the dictionary knows only in -ый or -ий (козловой: козловый)?

    >>> _stressed_adjective("козловой"), _stressed_adjective("городской"), _stressed_adjective("другой")
    (True, False, False)
    """
    if not (word.islower() and word.endswith("ой") and len(word) > 4):
        return False
    if any(p.tag.POS == "ADJF" and p.tag.case == "nomn" and "masc" in p.tag for p in analyzer().parse(word)):
        return False
    plain = word[:-2] + ("ий" if word[-3:-2] in "кгхжшчщ" else "ый")
    return any(p.tag.POS == "ADJF" and p.tag.case == "nomn" and "masc" in p.tag and in_dictionary(p)
               for p in analyzer().parse(plain))


@functools.lru_cache(maxsize=8192)
def inflect(phrase: str, case: str, declension: str = "full", person: bool = False, gender: str = "",
            number: str = "sing") -> str:
    """``phrase`` (a nominative approved form) in ``case`` (a pymorphy3 case: nomn, gent, ..., loc2 for
    the second locative) and ``number`` (sing; plur for an English plural of a term; paucal after
    два, три, четыре: «два контейнерных терминала», «две новые станции»).

    A person whose gender is not known is not declined (the caller reports it)."""
    if (case == "nomn" and number == "sing") or declension == "none" or not phrase.strip():
        return phrase
    if case == "loc2" and "-" in phrase.split()[-1]:
        case = "loct"  # в Нови-Саде: no second locative inside a hyphenated name
    if case == "gent" and phrase.lower() in _PLURALIA_GENITIVE:
        return _match_case(phrase, _PLURALIA_GENITIVE[phrase.lower()])
    words = phrase.split()
    stressed = next((w for w in words[:-1] if _stressed_adjective(w)), None) if not person else None
    if stressed:
        # козловой кран: an adjective with a stressed -ой the dictionary knows only as -ый (козловый) declines as
        # that one, keeping its own -ой where the masculine nominative stands (козлового крана, козловой кран)
        plain = stressed[:-2] + ("ий" if stressed[-3:-2] in "кгхжшчщ" else "ый")
        return " ".join(stressed if w == plain else w
                        for w in inflect(phrase.replace(stressed, plain, 1), case, declension, person, gender,
                                         number).split())
    if person:
        if gender not in ("m", "f") or case == "nomn":
            return phrase
        female = gender == "f"
        if declension == "last":  # only the last part declines: a man's (Сун Чжунпином); a woman's only when
            #                      it is a Russian-type surname (Айгюн Мамедовой), never a Chinese one
            if female:
                if re.search(r"[бвгджзклмнпрстфхцчшщ][ая]$", words[-1].lower()) and len(words[-1]) >= 5 \
                        and not _RUSSIAN_FEMALE_SURNAME.search(words[-1].lower()):
                    # a foreign surname in unstressed -а declines for a woman too (с Ёко Накамурой, Джульетты
                    # Мазины); a Chinese one never ends so
                    return " ".join(words[:-1] + [_analogy(words[-1], case)])
                if not _RUSSIAN_FEMALE_SURNAME.search(words[-1].lower()):
                    return phrase
                return " ".join(words[:-1] + [_person_word(words[-1], case, True, "last")])
            if _RUSSIAN_MALE_SURNAME.search(words[-1].lower()):  # с Ивайло Герджиковым: a surname in -ов, -ин
                return " ".join(words[:-1] + [_person_word(words[-1], case, False, "last")])
            return " ".join(words[:-1] + [_chinese_last(words[-1], case)])
        if declension == "first":
            return " ".join([_person_word(words[0], case, female, "first")] + words[1:])
        roles = ["first"] * (len(words) - 1) + ["last"]
        if len(words) == 3 and re.search(r"(вич|вна|чна|оглы|кызы)$", words[1].lower()):
            roles[1] = "middle"
        # particles never decline (Лулы да Силвы, Мухаммеда бен Салмана, Шарля де Голля)
        return " ".join(w if w[:1].islower() else _person_word(w, case, female, role) for w, role in zip(words, roles))
    if len(words) == 1 and number == "sing" and gender == "f" and words[0].islower() and words[0].endswith("а") \
            and not any(in_dictionary(p) for p in analyzer().parse(words[0])) \
            and all(p.tag.POS == "NOUN" and p.tag.gender == "masc" and p.tag.case == "gent"
                    for p in analyzer().parse(words[0])[:1]):
        return _analogy(words[0], case)  # бальса, f, guessed as the genitive of a masculine «бальс»: на бальсу
    if declension == "last" and len(words) > 1 and not all(
            w.islower() and _pick(w, ("ADJF", "PRTF")) is not None and in_dictionary(_pick(w, ("ADJF", "PRTF")))
            for w in words[:-1]):  # Жогорку Кенеш: only the last word declines (a Russian adjective before it
        #                            agrees all the same: грузинских лари)
        return " ".join(words[:-1] + [inflect(words[-1], case, "full", False, gender, number)])
    if len(words) > 1 and _indeclinable_loan(words[-1], gender) and gender in ("m", "f", "n") \
            and all(_pick(w, ("ADJF", "PRTF")) is not None for w in words[:-1]):
        # грузинский лари: a loanword that does not decline (лари is no plural of ларь); the adjectives before it
        # agree with the glossary's gender (грузинских лари, грузинским лари)
        grammemes = {"sing", {"m": "masc", "f": "femn", "n": "neut"}[gender]} if number == "sing" else {"plur"}
        if case == "accs":
            grammemes.add("inan")
        adjective_case = "loct" if case == "loc2" else case
        return " ".join([_inflect_word(w, adjective_case, _pick(w, ("ADJF", "PRTF")), grammemes)
                         for w in words[:-1]] + [words[-1]])
    # a term: find the head noun; adjectives before it agree, words after it are frozen; a name in quotation
    # marks is never the head (КПП «Капитан Андреево»: the checkpoint's name stays as it is)
    quoted = next((i for i, w in enumerate(words) if w[:1] in "«„\"“"), len(words))
    head = next((i for i, w in enumerate(words[:quoted]) if (_pick(w) is not None or (
                    _substantive_before_genitive(words, i) and _pick(w, ("ADJF", "PRTF")) is not None)) and not w.isupper()
                 and not (_pick(w) is not None and "Fixd" in _pick(w).tag and not in_dictionary(_pick(w))
                          and re.fullmatch(r"[А-ЯЁ][а-яё]+[ая]", w))
                 # (Шория, guessed as an indeclinable like «шория»: a noun in -я declines, Горной Шории)
                 and not (_ADJECTIVE_ENDING.search(w.lower()) and _adjective(w) is not None
                          and len(words) > 1 and not _substantive_before_genitive(words, i))), None)
    # (пожарный, лесничий alone: a noun made of an adjective; прачечная самообслуживания: one that heads its phrase,
    # the noun after it, which does not agree with it, a genitive)
    if head is None and 1 < quoted == len(words) and not words[-1].isupper() and _pick(words[-1]) is not None \
            and _ADJECTIVE_ENDING.search(words[-1].lower()) and all(_pick(w, ("ADJF", "PRTF")) is not None for w in words[:-1]):
        head = len(words) - 1  # Северная реставрационная мастерская: a noun made of an adjective after adjectives
        #                        heads the phrase (Северной реставрационной мастерской)
    if head is None and quoted == len(words) == 1 and words[0].islower() and gender in ("m", "f", "n") \
            and _ADJECTIVE_ENDING.search(words[0]) and _pick(words[0], ("ADJF", "PRTF")) is not None:
        head = 0  # кебабная, f: a noun made of an adjective the dictionary does not know declines as the adjective
        #           (две кебабные, кебабных)
    preposition = next((i for i, w in enumerate(words[:quoted]) if i and w.lower() in _PHRASE_PREPOSITIONS), None)
    if preposition is not None and (head is None or head > preposition) and number in ("sing", "plur") \
            and all(_pick(w, ("ADJF", "PRTF")) is not None and _ADJECTIVE_ENDING.search(w.lower())
                    for w in words[:preposition]):
        # уполномоченный по правам пациентов: an adjective made a noun heads the phrase, the words from the
        # preposition on are frozen (уполномоченному по правам пациентов); it names a person: animate
        grammemes = ({"sing", {"f": "femn", "n": "neut"}.get(gender, "masc")} if number == "sing" else {"plur"}) \
            | ({"anim"} if case == "accs" else set())
        adjective_case = "loct" if case == "loc2" else case
        return " ".join([_inflect_word(w, adjective_case, _pick(w, ("ADJF", "PRTF")), grammemes)
                         for w in words[:preposition]] + words[preposition:])
    acronym = next((i for i, w in enumerate(words) if w.isupper() and len(w) > 1 and w.isalpha()), None)
    if (head is None or (acronym is not None and acronym < head)) and acronym and gender in ("m", "f", "n") \
            and all(_pick(w, ("ADJF", "PRTF")) is not None for w in words[:acronym]):
        # Запорожская АЭС: the acronym does not decline, the adjectives before it agree with its gender
        grammemes = {"sing", {"m": "masc", "f": "femn", "n": "neut"}[gender]} if number != "plur" else {"plur"}
        if case == "accs":
            grammemes.add("inan")
        adjective_case = "loct" if case == "loc2" else case
        return " ".join([_inflect_word(w, adjective_case, _pick(w, ("ADJF", "PRTF")), grammemes)
                         for w in words[:acronym]] + words[acronym:])
    if head is None and len(words) == 1 and re.fullmatch(r"[а-яё]{2,}-[а-яё]{2,}[бвгджзклмнпрстфхцчшщ]", words[0]) \
            and _pick(words[0].partition("-")[2], ("NOUN",)) is None and number in ("sing", "plur", "paucal"):
        # гольф-кар, whose «кар» the analyser knows only as a genitive plural of «кара»: the last part by its ending
        first, _, last = words[0].partition("-")
        if number == "paucal":
            return f"{first}-{_analogy(last, 'gent')}"
        return f"{first}-" + (_analogy(last, case) if number == "sing" else (_plural_analogy(last, case) or last))
    if head is None and len(words) == 1 and (re.fullmatch(r"[а-яё]{2,}[бвгджзклмнпрстфхцчшщ]", words[0]) and _pick(
            words[0], ("ADJF", "PRTF", "VERB", "INFN")) is None or re.fullmatch(r"[а-яё]{2,}[аеоуяэ]й", words[0])
            and gender == "m" and _pick(words[0], ("ADJF", "PRTF")) is None) and number in ("sing", "plur", "paucal"):
        # (also фервей, masculine by the glossary, which the analyser guesses as an imperative: фервея, на фервее)
        # стейблкоин: a common noun the dictionary does not know, by the pattern of its ending (стейблкоинами);
        # драм, which it knows only as a plural of драма (драмов, драмом)
        if number == "paucal":
            return _analogy(words[0], "gent")  # три драма
        return _analogy(words[0], case) if number == "sing" else (_plural_analogy(words[0], case) or phrase)
    if head is None and len(words) > 1 and re.fullmatch(r"[а-яёА-ЯЁ][а-яё]+", words[-1]) and gender in ("m", "f", "n") \
            and number in ("sing", "plur", "paucal") and all(_pick(w, ("ADJF", "PRTF")) is not None for w in words[:-1]):
        # Черноморский инновационный хаб: a common noun the dictionary does not know, after adjectives that
        # agree with the glossary's gender (Черноморским инновационным хабом); also a name (Горная Шория: Горной
        # Шории)
        grammemes = {"sing", {"m": "masc", "f": "femn", "n": "neut"}[gender]} if number == "sing" else {"plur"}
        if case == "accs":
            grammemes.add("inan")
        adjective_case = "loct" if case == "loc2" else case
        if number == "paucal":  # два транспортных кувеза (masculine, neuter), две новые X (feminine)
            adjective_case, case = ("nomn" if gender == "f" else "gent"), "gent"
        noun = _analogy(words[-1], case) if number in ("sing", "paucal") else (_plural_analogy(words[-1], case) or words[-1])
        return " ".join([_inflect_word(w, adjective_case, _pick(w, ("ADJF", "PRTF")), grammemes)
                         for w in words[:-1]] + [noun])
    if head is None and len(words) == 1 and words[0].count("-") == 1 and words[0][:1].isupper() \
            and words[0].rpartition("-")[2][:1].isupper() and number in ("sing", "paucal") \
            and _pick(words[0].rpartition("-")[0], ("NOUN",)) is not None \
            and _pick(words[0].rpartition("-")[2], ("ADJF",)) is not None:
        # Каменск-Уральский, which the analyser reads as one compound adjective: a town's noun and its adjective,
        # each declines (в Каменске-Уральском; Rosenthal, «Склонение географических названий»)
        noun, _, adjective = words[0].rpartition("-")
        noun_parse = _pick(noun, ("NOUN",))
        own_case = "loct" if case == "loc2" else case
        agreement = {"sing", noun_parse.tag.gender} if noun_parse.tag.gender else {"sing"}
        return _inflect_word(noun, own_case, noun_parse, {"sing"}) + "-" + \
            _inflect_word(adjective, own_case, _pick(adjective, ("ADJF",)), agreement | ({"inan"} if case == "accs" else set()))
    if head is None:
        first = next((i for i, w in enumerate(words) if w[:1].isupper() and not w.isupper()
                      and (_pick(w, ("ADJF", "PRTF")) is None
                           or (len(words) == 1 and not in_dictionary(_pick(w, ("ADJF", "PRTF")))))), None)
        # (Куньмин alone is no possessive adjective like «мамин», as the analyser guesses: Куньмина, в Куньмине)
        if first is None or number == "plur":
            return phrase
        words[first] = _analogy(words[first], case)  # a place the analyser does not know (Бургас)
        return " ".join(words)
    if number == "paucal":  # after два/три/четыре: the noun genitive singular, adjectives genitive plural
        head_parse = _compound_parse(words[head], gender, _pick(words[head], number=None)) \
            or _pick(words[head], ("ADJF", "PRTF"))
        # (masculine, neuter) or nominative plural (feminine); управляющий: a participle made a noun
        out = list(words)
        adjective_case = "nomn" if head_parse.tag.gender == "femn" else "gent"
        substantive = _ADJECTIVE_ENDING.search(words[head].lower()) and _pick(words[head], ("ADJF", "PRTF")) is not None
        out[head] = _inflect_word(words[head], adjective_case, head_parse, {"plur"}) if substantive else \
            _inflect_word(words[head], "gent", head_parse, {"sing"})
        # (a noun made of an adjective takes the adjectives' form: две мастерские, два рабочих)
        for i in range(head):
            out[i] = _inflect_word(words[i], adjective_case, _pick(words[i], ("ADJF", "PRTF")), {"plur"})
        return " ".join(out)
    head_parse = _compound_parse(words[head], gender, _pick(words[head], number=None)) \
        or _pick(words[head], ("ADJF", "PRTF"))  # (управляющий домом; квест-комната, f: квест-комнаты)
    lion = words[head].lower() == "лев" and head > 0 and words[head - 1].lower() in _LION_ADJECTIVES
    if lion:  # морской лев, горный лев: the animal (морских львов), not the currency
        head_parse = next((p for p in analyzer().parse(words[head]) if p.tag.POS == "NOUN" and "anim" in p.tag
                           and p.tag.case == "nomn" and "Name" not in p.tag), head_parse)
    if words[head][:1].isupper() and number == "sing" and gender in ("m", "f", "n") and not in_dictionary(head_parse) \
            and re.search(r"[ая]$", words[head]) and len(words) > 1 \
            and ("plur" in head_parse.tag or head_parse.tag.gender != {"m": "masc", "f": "femn", "n": "neut"}[gender]):
        # «Капитания порта Ахтопол», f: a head the dictionary does not know, guessed as another gender's word or a
        # plural (капитание); it declines by its ending in the glossary's gender (Капитании порта Ахтопол)
        grammemes = {"sing", {"m": "masc", "f": "femn", "n": "neut"}[gender]} | ({"inan"} if case == "accs" else set())
        adjective_case = "loct" if case == "loc2" else case
        return " ".join([_inflect_word(w, adjective_case, _pick(w, ("ADJF", "PRTF")), grammemes) for w in words[:head]]
                        + [_analogy(words[head], adjective_case)] + words[head + 1:])
    if len(words) == 1 and words[0][:1].isupper() and number == "sing" and words[0].lower().endswith("ь") \
            and gender in ("m", "f") and (not in_dictionary(head_parse)
                                          or {"m": "masc", "f": "femn"}[gender] != head_parse.tag.gender):
        # (also a place the dictionary knows in the other gender: Лодзь, feminine by the glossary — в Лодзи)
        # a foreign place in -ь the dictionary does not know: the glossary's gender says how it declines
        # (Шэньчжэнь, m: Шэньчжэня, в Шэньчжэне; Кемь, f: Кеми)
        table = _SOFT_MASCULINE if gender == "m" else _SOFT_FEMININE
        return words[0][:-1] + table["loct" if case == "loc2" else case] if case != "accs" else words[0]
    if len(words) == 1 and words[0][:1].isupper() and number == "sing" and re.search(r"[ая]$", words[0]) \
            and not in_dictionary(head_parse):  # a guess for a foreign place in -а (Кавала read as a man's name)
        return _analogy(words[0], case)

    if len(words) == 1 and words[0][:1].isupper() and number == "sing" and "ё" not in words[0].lower() \
            and "ё" in head_parse.normal_form and head_parse.normal_form.replace("ё", "е") == words[0].lower():
        return _analogy(words[0], case)  # Копер is not копёр: no fleeting vowel (Копера, в Копере)
    if len(words) == 1 and words[0][:1].isupper() and re.search(r"[еиоуэю]$", words[0]) and not in_dictionary(head_parse):
        return phrase  # a foreign name in a vowel the dictionary does not know (Мумбаи) does not decline
    specialist = _new_specialist(words[head], head_parse)  # кинолог: a person the dictionary does not know
    animate = ("anim" in head_parse.tag or ("Subx" in head_parse.tag and head_parse.tag.gender == "masc")
               or specialist) and not words[head][:1].isupper()  # a capitalised head is a place or body; управляющего: a person
    if animate and not person and not lion and not specialist and (any(w[:1] in "«„\"" for w in words[head + 1:]) or (any(
            "inan" in p.tag and p.tag.POS == "NOUN" for p in analyzer().parse(words[head]))
            and not ((head > 0 and words[0][:1].isupper() and _mostly_animate(words[head]))
                     or _mostly_animate(words[head], by=3 if number == "plur" else 10)))):
        animate = False  # передатчик «Камчия», передатчик: a thing that has a name, or a noun that may be one
        # (but a body named by a noun of persons, Центральный оператор автомагистралей: the operator, an agent —
        # консультировал Центрального оператора; not the mathematical operator)
    if case == "accs" and not animate and (number == "plur" or head_parse.tag.number == "plur"
                                           or head_parse.tag.gender in ("masc", "neut")):
        return inflect(phrase, "nomn", declension, person, gender, number)  # inanimate: accusative = nominative
    out = list(words)
    extra = {"plur"} if number == "plur" else set()
    out[head] = _inflect_word(words[head], case, head_parse, extra)
    plural = number == "plur" or head_parse.tag.number == "plur"
    agreement = {"plur" if plural else "sing"}
    if not plural and head_parse.tag.gender:
        agreement.add(head_parse.tag.gender)
    if case == "accs":
        agreement.add("anim" if animate else "inan")
    adjective_case = "loct" if case == "loc2" else case
    for i in range(head):
        if re.fullmatch(r"[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)", words[i]) and not plural \
                and head_parse.tag.gender in ("masc", "neut"):
            out[i] = words[i] + _POSSESSIVE_ENDINGS["accs-anim" if adjective_case == "accs" and animate
                                                    else adjective_case]  # Карлов университет: Карлова университета
            continue
        out[i] = _inflect_word(words[i], adjective_case, _adjective(words[i]), agreement)
    if head + 2 == len(words) and words[head].lower() in _GEO_GENERICS and words[head + 1][:1].isupper():
        after = _pick(words[head + 1], ("ADJF",))
        if after is not None and after.tag.number == head_parse.tag.number == "sing" \
                and after.tag.gender == head_parse.tag.gender:
            # «на реке Великой»: a river's name of an adjective's form after «река» agrees with it; not a noun's
            # (река Волга), nor an island's or a lake's, which the sets keep (над островом Змеиный)
            out[head + 1] = _inflect_word(words[head + 1], adjective_case, after, agreement)
    return " ".join(out)


#: Generic nouns before a place's name, with which a name of an adjective's form agrees (река Великая: на реке Великой).
_GEO_GENERICS = frozenset(["река"])
# (not остров, озеро: «над островом Змеиный», «на озере Белое» stay as the sets and usage have them)


def _substantive_before_genitive(words: list[str], i: int) -> bool:
    """Is ``words[i]``, an adjective in form, a noun of the dictionary followed by a noun that cannot agree with it
    (прачечная | самообслуживания: no nominative of «самообслуживание» is feminine singular), so that it heads the
    phrase and the rest is its genitive?

    >>> _substantive_before_genitive(["прачечная", "самообслуживания"], 0)
    True
    >>> _substantive_before_genitive(["пожарный", "автомобиль"], 0), _substantive_before_genitive(["пожарный"], 0)
    (False, False)
    >>> _substantive_before_genitive(["мастерская", "ремесленного", "мыла"], 0)
    True
    >>> _substantive_before_genitive(["пожарная", "красная", "машина"], 0)
    False
    """
    if i + 1 >= len(words) or not words[i + 1][:1].islower():
        return False
    noun = next((p for p in analyzer().parse(words[i].lower()) if p.tag.case == "nomn" and in_dictionary(p) and (
        (p.tag.POS == "NOUN" and p.score >= 0.3) or "Subx" in p.tag)), None)  # (управляющий домом: a Subx participle)
    adjective = _pick(words[i], ("ADJF", "PRTF"))
    if noun is None or adjective is None:
        return False
    following = [p for p in analyzer().parse(words[i + 1].lower()) if p.tag.POS in ("NOUN", "ADJF", "PRTF")]
    if following and not any(p.tag.POS == "NOUN" for p in following) and i + 2 < len(words) \
            and words[i + 2][:1].islower() and any(p.tag.POS == "NOUN" for p in analyzer().parse(words[i + 2].lower())):
        pass  # мастерская | ремесленного мыла: an adjective of the genitive after it — whether it can agree decides
    elif not following or not any(p.tag.POS == "NOUN" for p in following):
        return False
    return not any(p.tag.case == "nomn" and p.tag.number == adjective.tag.number
                   and (p.tag.number == "plur" or p.tag.gender == adjective.tag.gender) for p in following)


def _adjective(word: str):
    """The adjective parse of a word before a head noun; a capitalised one in an adjective's ending that the analyser
    knows only as a surname declines as the surname does, which is the adjective's way (Деснянская фабрика:
    Деснянской фабрики)."""
    parse = _pick(word, ("ADJF", "PRTF"))
    if parse is None and word[:1].isupper() and _ADJECTIVE_ENDING.search(word.lower()):
        parse = next((p for p in analyzer().parse(word) if p.tag.POS == "NOUN" and "Surn" in p.tag
                      and p.tag.case == "nomn"), None)
    return parse


#: Adjectives that make «лев» the animal, not the currency (морской лев, горный лев: the zoological names).
_LION_ADJECTIVES = {"морской", "горный", "пещерный", "африканский", "азиатский", "берберийский"}

#: A capitalised possessive adjective in -ов/-ин before a masculine or neuter noun (Карлов университет,
#: Петров день) declines by the short pattern: Карлова, Карлову, Карловым, о Карловом.
_POSSESSIVE_ENDINGS = {"nomn": "", "gent": "а", "datv": "у", "accs": "", "accs-anim": "а", "ablt": "ым", "loct": "ом"}


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
