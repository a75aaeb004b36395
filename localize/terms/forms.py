"""The forms of a glossary entry's approved term, per language, and the one a ``Need`` asks for.

Russian forms come from ``localize.morphology.ru`` (pymorphy3 for terms, petrovich's rules for
personal names), Bulgarian ones from ``localize.morphology.bg``; an entry's ``forms:LANG`` column
overrides any generated form. Every form carries a label (``gent``, ``pl-datv``, ``loc2``; ``short``,
``full``, ``count``, ``plural``) that the report and the review page name in the user's language.
"""

from __future__ import annotations

import contextvars
import dataclasses
import functools
import re
from dataclasses import dataclass

from localize.terms.context import Need

RU_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_RUSSIAN_SURNAME = re.compile(r"(ов|ев|ёв|ин|ын|ский|цкий|ской|ова|ева|ёва|ина|ына|ская|цкая)$")
_LONE_SURNAME = re.compile(r"(ов|ев|ёв|ский|цкий|ова|ева|ёва|ская|цкая)$")
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC_FIRST = re.compile(r"[А-Яа-яЁё][А-Яа-яЁё-]*\s")  # a Cyrillic word first, then more (Университет ADA)


@dataclass(frozen=True)
class Form:
    text: str
    label: str  # nomn, gent, ..., pl-gent, loc2 (ru); bare, short, full, count, plural (bg); dnt


#: Genders read from the English article's own pronouns, by entry source (set for a document or a file).
GENDER_HINTS: contextvars.ContextVar[dict | None] = contextvars.ContextVar("gender_hints", default=None)


def infer_genders(entries, english: str) -> dict[str, str]:
    """Genders of the name entries that have none, from the pronouns that follow their mentions in the
    English article (he/his/him, she/her) and a title before them (Mr, Mrs, Ms).

    >>> from localize.glossary.model import Entry
    >>> infer_genders([Entry("Nino Gvenetadze", {}, type="name")], "Nino Gvenetadze said she would resign.")
    {'Nino Gvenetadze': 'f'}
    """
    found = {}
    for entry in entries:
        if not entry.is_name or entry.type == "place" or entry.gender or entry.source.split()[-1] not in english:
            continue
        names = {entry.source, entry.source.split()[-1]}
        male = female = 0
        for name in names:
            for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", english):
                title = english[max(0, match.start() - 6):match.start()]
                male += bool(re.search(r"\bMr\.?\s+$", title))
                female += bool(re.search(r"\bM(?:rs|s)\.?\s+$", title))
                following = re.split(r"(?<=[.!?])\s+", english[match.end():match.end() + 300], maxsplit=2)
                window = " ".join(following[:2])
                male += len(re.findall(r"\b(?:he|him|his|himself)\b", window, re.I))
                female += len(re.findall(r"\b(?:she|her|hers|herself)\b", window, re.I))
        if male > 2 * female and male:
            found[entry.source] = "m"
        elif female > 2 * male and female:
            found[entry.source] = "f"
    return found


def gender(entry, lang: str) -> str:
    """The entry's gender in ``lang`` (``gender:LANG``, else ``gender``), else what the English article's
    pronouns say (``GENDER_HINTS``), else the first name's in pymorphy3's dictionary for a Russian person;
    "" when unknown."""
    for_lang = getattr(entry, "gender_for", None)
    value = for_lang(lang) if for_lang else entry.gender
    if not value and entry.is_name:
        value = (GENDER_HINTS.get() or {}).get(entry.source, "")
    if value or lang != "ru" or not entry.is_name:
        return value or ""
    approved = entry.approved(lang) or ""
    words = approved.split()
    if len(words) >= 2:
        from localize.morphology.ru import analyzer

        names = [p for p in analyzer().parse(words[0]) if "Name" in p.tag and p.tag.case == "nomn"]
        if names and len({"femn" in p.tag for p in names}) == 1:
            return "f" if "femn" in names[0].tag else "m"
    return ""


def is_person(entry, lang: str = "ru") -> bool:
    """A name entry that names a person (declines by petrovich's rules) rather than a place: the
    glossary's ``type`` person or place says so; for a plain ``name`` it is told from the name itself."""
    if entry.type in ("person", "place"):
        return entry.type == "person"
    if entry.type != "name":
        return False
    if getattr(entry, "person", None) is not None:
        return entry.person
    declension = entry.declension or "full"
    if declension in ("last", "first") and len((entry.approved(lang) or "").split()) > 1:
        return True  # (one word, Улан-Батор, "last" means its last part: a place)
    approved = entry.approved(lang) or ""
    if not approved or _LATIN.search(approved) or split_quotes(approved)[0] or re.search(r"[«»„“\"]", approved):
        return False  # a quoted name is a body or a brand
    return _looks_like_person(approved, gender(entry, lang))


@functools.lru_cache(maxsize=4096)
def _looks_like_person(approved: str, sex: str) -> bool:
    """Only what pymorphy3's dictionary knows counts (its guesses for unknown words read places such as
    «Анаклия» as surnames); then Russian surname endings; then two or more words with a gender."""
    from localize.morphology.ru import analyzer, in_dictionary

    words = approved.split()
    if sex not in ("m", "f", ""):
        return False  # plural (Балканы) or neuter names are places and bodies
    if any(re.fullmatch(r"[А-ЯЁA-Z]{2,}", w) for w in words):
        return False  # an acronym in it: a body or a plant (Козлодуйская АЭС), never a person
    best = [next((p for p in analyzer().parse(w) if in_dictionary(p)), None) for w in words]
    if words[0][:1].islower() and best[0] is not None and best[0].tag.POS == "NOUN" \
            and not {"Name", "Surn"} & set(best[0].tag.grammemes):
        return False  # a common noun first: «пролив Отранто», «порт Хамад»
    if len(words) >= 2 and sex in ("m", "f") and best[0] is not None and "Name" in best[0].tag \
            and best[0].tag.POS == "NOUN":
        return True  # a first name the dictionary knows, then a surname it may read as a place (Ольга Зарецкая)
    if len(words) >= 2 and sex in ("m", "f") and all(w[:1].isupper() for w in words) \
            and _RUSSIAN_SURNAME.search(words[-1].lower()):
        return True  # Румен Канев (Канев is also a town)
    if any(p is not None and "Geox" in p.tag for p in best):
        return False
    if len(words) == 1 and sex and _LONE_SURNAME.search(words[0].lower()):
        return True  # Рогачёв alone: a surname, not the possessive adjective of «рогач» (-ин: Видин is a town)
    if any(p is not None and "Geox" in p.tag for p in best):
        return False
    if best[0] is not None and best[0].tag.POS in ("ADJF", "PRTF") and "Surn" not in best[0].tag:
        return False  # an adjective first: «Грузинская мечта», «Чёрное море»
    if len(words) == 1 and sex in ("m", "f") and any(
            p.tag.POS == "NOUN" and "anim" in p.tag and in_dictionary(p) for p in analyzer().parse(words[0])):
        return True  # a surname that is also a common noun for a person (Бондарь, Кузнец)
    if best[0] is not None and "Name" in best[0].tag or best[-1] is not None and {"Surn", "Name"} & set(best[-1].tag.grammemes):
        return True
    if _RUSSIAN_SURNAME.search(words[-1].lower()):
        return True
    if len(words) >= 2 and sex in ("m", "f") and all(w[:1].isupper() or w.lower() in _PARTICLES for w in words):
        return True  # (every word of a personal name is capitalised: not «Праздник розы», «Сулинский рукав»)
    return sex == "f" and bool(re.search(r"[бвгджзклмнпрстфхцчшщ]$", words[-1].lower()))


_PARTICLES = set("де да ду дос дас фон дер ван ванн бен бин ибн аль эль ла ле дю ди дель делла ван-дер".split())


@functools.lru_cache(maxsize=4096)
def surname_or_place(approved: str) -> bool:
    """A one-word name pymorphy3's dictionary has both as a surname or first name and as a place (Рогачёв).

    >>> surname_or_place("Рогачёв"), surname_or_place("Иванов"), surname_or_place("Бургас")
    (True, False, False)
    """
    from localize.morphology.ru import analyzer, in_dictionary

    if len(approved.split()) != 1 or not _LONE_SURNAME.search(approved.lower()):
        return False  # only a man's surname in -ов/-ёв/-ин declines otherwise as a place (Рогачёва, Рогачёвым)
    parses = [p for p in analyzer().parse(approved) if in_dictionary(p)]
    return any("Geox" in p.tag for p in parses) and any({"Surn", "Name"} & set(p.tag.grammemes) for p in parses)


def _overrides(entry, lang: str) -> dict[str, str]:
    forms_for = getattr(entry, "forms_for", None)
    return dict(forms_for(lang) or {}) if forms_for else {}


def english_likeness(word: str, english_words) -> float:
    """How closely the Cyrillic ``word`` spells one of ``english_words`` (0 to 1: the best ratio against their
    readings letter by letter and as they sound; ё as е, й as и, ь left out): голф for "golf", винтидж for
    "vintage", дайв for "dive".

    >>> english_likeness("голф", ["golf"]), round(english_likeness("винтидж", ["vintage"]), 2), english_likeness("стая", [])
    (1.0, 0.71, 0.0)
    >>> english_likeness("дайв", ["dive"])  # as it sounds, not letter by letter (диве)
    1.0
    """
    from difflib import SequenceMatcher

    from localize.glossary.match import normalise
    from localize.terms.find import _spoken, transliterate

    plain = normalise(word).lower().replace("ь", "").replace("й", "и")
    return max((SequenceMatcher(None, plain, normalise(reading).lower().replace("ь", "").replace("й", "и")).ratio()
                for w in english_words for reading in (transliterate(w), _spoken(w))), default=0.0)


@functools.lru_cache(maxsize=4096)
def english_attribute(word: str, english: str) -> bool:
    """Is the Bulgarian ``word`` an English word of the term spelt in Cyrillic, used as an attribute (голф for
    "golf", гиг for "gig"), not an adjective of its own (Софийски)?

    >>> english_attribute("Гиг", "gig economy"), english_attribute("голф", "golf course")
    (True, True)
    >>> english_attribute("Софийски", "Sofia University"), english_attribute("Национален", "National Museum")
    (False, False)
    """
    plain = word.lower()
    if not re.fullmatch(r"[а-я]{3,}", plain) or re.search(
            r"(?:к[иаоя]|ен|н[аоия]|ов[аои]?|ев[аои]?|ин[аои]?|ия|ият|ят|ът|ата|ото|ите|та|то|те)$", plain):
        return False  # (an adjective or a word with its article: Словашки, Гагаузко, Национален)
    return english_likeness(plain, _english_modifiers(english)[:1]) >= 0.8


def _english_modifiers(english: str) -> list[str]:
    """The words of an English noun phrase before its head ("Royal Golf Club": Royal, Golf; "Institute of
    Oceanology": none — its head comes first).

    >>> _english_modifiers("Royal Golf Club"), _english_modifiers("Institute of Oceanology")
    (['Royal', 'Golf'], [])
    """
    words = re.findall(r"[A-Za-z][\w'’-]*", english)
    stop = next((i for i, w in enumerate(words) if w.islower() and w in _EN_FUNCTION_WORDS), len(words))
    return [w for w in words[:stop][:-1] if len(w) >= 3]


_EN_FUNCTION_WORDS = frozenset("of for in on at to and or with against from by under over between into upon de du des "
                               "la le del della di da van von".split())


@functools.lru_cache(maxsize=4096)
def english_first_parts(approved: str, english: str) -> dict[int, str]:
    """The hyphenated words of a Russian approved form whose first part spells a word of the English term
    (гольф-клуб for "golf club", гиг-экономика for "gig economy"): an English noun used as an attribute, which
    does not decline (гольф-клуба, like бизнес-центра; Rosenthal); by word index.

    >>> english_first_parts("Королевский гольф-клуб", "Royal Golf Club"), english_first_parts("гиг-экономика", "gig economy")
    ({1: 'гольф'}, {0: 'гиг'})
    >>> english_first_parts("ракета-носитель", "carrier rocket"), english_first_parts("школа-интернат", "boarding school")
    ({}, {})
    """
    if "-" not in approved:
        return {}
    modifiers = _english_modifiers(english)
    found = {}
    for i, word in enumerate(approved.split(" ")):
        first, hyphen, last = word.partition("-")
        if not hyphen or "-" in last or not re.fullmatch(r"[а-яё]{3,}", first.lower()) or not last[:1].islower():
            continue
        if english_likeness(first, modifiers) >= 0.8:
            found[i] = first
    return found


def russian(entry, case: str, number: str = "sing", inflect=None) -> str:
    """The entry's approved Russian term in ``case`` and ``number`` (``forms:ru`` first)."""
    approved = entry.approved("ru") or ""
    label = case if number == "sing" else "count" if number == "paucal" else f"pl-{case}"
    override = _overrides(entry, "ru").get(label) or (case == "loc2" and _overrides(entry, "ru").get(
        "loct" if number == "sing" else "pl-loct"))  # (the plural's second locative is its prepositional: на ремнях)
    if not override and number == "sing" and gender(entry, "ru") == "pl":
        # a plural-only name (Бельцы) whose forms the glossary gives as plurals (pl-gent=Бельц)
        override = _overrides(entry, "ru").get(f"pl-{case}") or (case == "loc2" and _overrides(entry, "ru").get("pl-loct"))
    if override:
        return override
    if entry.type == "dnt" or (_LATIN.search(approved) and not _CYRILLIC_FIRST.match(approved)
                               and not re.search(r"[A-Za-z0-9]-[а-яё]+$", approved)):
        return approved  # a Latin-script brand never takes a Cyrillic ending (Университет ADA: its first word does;
        #                  so does a Russian noun after a Latin prefix: SIM-карты, GPS-ошейником)
    opening, inner, closing = split_quotes(approved)
    if opening:  # «Грузинская мечта»: the words inside decline, the quotation marks stay; a quoted name is a
        inner_entry = Respelled(entry, inner)  # thing, never a person (оштрафовал «Кайрат», not «Кайрата»)
        inner_entry.person = False  # (and no second locative: во «Вкусном доме», not «дому»)
        return opening + russian(inner_entry, "loct" if case == "loc2" else case, number, inflect) + closing
    from localize.morphology import ru

    person = is_person(entry)
    sex = gender(entry, "ru")
    if not person and getattr(entry, "declension", "") == "full" and number == "sing" and sex == "m" \
            and re.fullmatch(r"[А-ЯЁ]{2,6}", approved) and approved[-1] in "БВГДЖЗКЛМНПРСТФХЦЧШЩ" \
            and re.search(r"[АЕЁИОУЫЭЮЯ]", approved):
        # «соответствуют ГОСТу»: a masculine acronym read as a word and said by the glossary to decline
        # (declension full) takes a noun's endings in lower case (ГОСТа, вуза, МИДа; Rosenthal)
        return approved + {"gent": "а", "datv": "у", "ablt": "ом", "loct": "е", "loc2": "е"}.get(case, "")
    inflect = inflect or ru.inflect
    loans = {} if person else english_first_parts(approved, entry.source or "")
    words = approved.split(" ")
    invariable = {} if person or len(words) < 2 else {
        i: w for i, w in enumerate(words[:-1]) if "-" in w and i not in loans and w[:1].islower()
        and english_likeness(w.replace("-", ""), [m.replace("-", "") for m in _english_modifiers(entry.source or "")]) >= 0.8}
    if invariable and len(invariable) < len(words):
        # «сет-топ бокс» for "set-top box": a hyphenated English modifier spelt in Cyrillic stays as it is, the noun
        # after it declines (сет-топ боксе)
        rest = Respelled(entry, " ".join(w for i, w in enumerate(words) if i not in invariable))
        rest.person = False
        declined = iter(russian(rest, case, number, inflect).split(" "))
        return " ".join(w if i in invariable else next(declined, "") for i, w in enumerate(words)).strip()
    phrase = " ".join(w.partition("-")[2] if i in loans else w for i, w in enumerate(approved.split(" ")))
    try:
        form = inflect(phrase, case, entry.declension or "full", person, sex, number)
    except TypeError:  # an inflector of the older signature (no number)
        form = inflect(phrase, case, entry.declension or "full", person, sex)
    if loans:
        words = form.split(" ")
        if len(words) == len(approved.split(" ")):
            form = " ".join(loans[i] + "-" + w if i in loans else w for i, w in enumerate(words))
        else:
            form = approved if phrase == approved else form
    if case == "loc2" and form == approved:
        return russian(entry, "loct", number, inflect)
    tail = getattr(entry, "plural_tail", None)
    if tail and number == "plur" and form.endswith(" " + tail[0]):
        form = form[:-len(tail[0])] + tail[1]  # владельцы палаток, as the translation wrote it
    return form


def genitive_tail(approved: str) -> tuple[str, str] | None:
    """(the tail, its genitive plural) of a Russian term made of a noun and the genitive singular of a common
    noun it governs (владелец палатки, проводник служебной собаки), else None. In the plural the translation
    may put the tail in the plural too, one for each (владельцы палаток): a form of the term, not another rendering.

    >>> genitive_tail("владелец палатки"), genitive_tail("проводник служебной собаки")
    (('палатки', 'палаток'), ('служебной собаки', 'служебных собак'))
    >>> genitive_tail("берег моря"), genitive_tail("порт"), genitive_tail("Союз кинологов")
    (('моря', 'морей'), None, None)
    """
    from localize.morphology.ru import analyzer, in_dictionary

    words = approved.split(" ")
    if not 2 <= len(words) <= 4 or not all(re.fullmatch(r"[а-яё]+", w) for w in words):
        return None
    head = [p for p in analyzer().parse(words[0]) if p.tag.POS == "NOUN" and p.tag.case == "nomn" and in_dictionary(p)]
    if not head or head[0].tag.number != "sing":
        return None
    tail = []
    for i, word in enumerate(words[1:], 1):
        wanted = "NOUN" if i == len(words) - 1 else "ADJF"
        parse = next((p for p in analyzer().parse(word) if p.tag.POS == wanted and p.tag.case == "gent"
                      and p.tag.number == "sing" and in_dictionary(p) and "Sgtm" not in p.tag and "Geox" not in p.tag
                      and "Name" not in p.tag and "Surn" not in p.tag), None)
        plural = parse.inflect({"gent", "plur"}) if parse is not None else None
        if plural is None:
            return None
        tail.append(plural.word)
    return " ".join(words[1:]), " ".join(tail)


class PluralTail:
    """An entry whose plural forms take the genitive tail in the plural too (владельцы палаток), as the
    translation wrote it."""

    def __init__(self, entry):
        self._entry = entry
        self.plural_tail = genitive_tail(entry.approved("ru") or "")

    def __getattr__(self, name):
        return getattr(self._entry, name)


def plural_tail_forms(entry, inflect=None) -> list[Form]:
    """The plural forms of a term of a noun and a genitive tail with the tail in the plural too (владельцы
    палаток, владельцам палаток), or [] (see ``genitive_tail``)."""
    if entry.type != "term" or entry.is_name or any(key.startswith("pl-") for key in _overrides(entry, "ru")) \
            or not genitive_tail(entry.approved("ru") or ""):
        return []
    variant = PluralTail(entry)
    return [Form(russian(variant, case, "plur", inflect), f"pl-{case}") for case in RU_CASES]


def russian_forms(entry, inflect=None, unique: bool = True) -> list[Form]:
    """Every Russian form of the entry, singular cases first, then the second locative and plurals."""
    forms = [Form(russian(entry, case, "sing", inflect), case) for case in RU_CASES]
    loc2 = russian(entry, "loc2", "sing", inflect)
    if loc2 not in {f.text for f in forms}:
        forms.append(Form(loc2, "loc2"))
    if not entry.is_name:
        forms += [Form(russian(entry, case, "plur", inflect), f"pl-{case}") for case in RU_CASES]
        forms.append(Form(russian(entry, "gent", "paucal", inflect), "count"))
    return distinct(forms) if unique else forms


def russian_cases_of(entry, text: str, inflect=None) -> tuple[str, ...]:
    """Every singular case whose form of the entry is ``text`` («Влёре»: dative and prepositional)."""
    return tuple(case for case in (*RU_CASES, "loc2") if russian(entry, case, "sing", inflect) == text)


def bulgarian(entry, need: Need) -> Form:
    """The entry's approved Bulgarian term with the article or count form ``need`` asks for."""
    from localize.morphology import bg

    approved = entry.approved("bg") or ""
    overrides = _overrides(entry, "bg")
    if entry.type == "dnt" or (_LATIN.search(approved) and not _CYRILLIC_FIRST.match(approved)) or is_acronym(approved):
        return Form(approved, "bare")  # (Университетът ADA: a Cyrillic first word takes the article)
    first, _, rest = approved.partition(" ")
    if rest[:1].islower() and ((english_attribute(first, entry.source or "") and not overrides) or _noun_attribute(entry, first, rest)):
        # "gig economy": Гиг икономика — an English noun used as an attribute takes no article, no plural; the noun
        # after it does (Гиг икономиката, голф игрищата, ескейп стаята)
        plural = need.number == "plur"
        key = ("plural" if gender(entry, "bg") in ("f", "n") or re.search(r"[аяое]$", rest.split(" ")[0]) else "count") \
            if need.count else ("pl-def" if need.article else "plural") if plural else need.article
        if key and overrides.get(key):  # (the glossary's own form: ескейп стаите)
            return Form(overrides[key], "count" if need.count else "pl-def" if plural and need.article
                        else "plural" if plural else need.article)
        inner = Respelled(entry, rest)
        form = bulgarian(inner, need)
        return Form(first + " " + form.text, form.label)
    article_for = getattr(entry, "article_for", None)
    if article_for and article_for("bg") == "always" and gender(entry, "bg") == "m" \
            and re.fullmatch(r"[А-Я][а-яъ]*[бвгдзклмнпрстфхцчшщж][ая]", approved):
        # a masculine name written with its short article (Босфора, article always): that is the short form,
        # the full one is built on the stem (Босфорът), never another article on top (Босфората)
        overrides.setdefault("short", approved)
        overrides.setdefault("full", approved[:-1] + ("ът" if approved.endswith("а") else "ят"))
    if need.count:  # the count form is a masculine noun's; feminine and neuter nouns take the plural (21 зони)
        if overrides.get("count"):
            return Form(overrides["count"], "count")  # the glossary's own count form says it has one
        if gender(entry, "bg") in ("f", "n") or (not gender(entry, "bg") and re.search(r"[аяое]$", approved)):
            return Form(overrides.get("plural") or bg.plural(approved), "count")
        return Form(overrides.get("count") or bg.count_phrase(approved), "count")
    plural = need.number == "plur"
    plural_entry = gender(entry, "bg") == "pl"  # Руски железници: a plural name takes the plural article
    if need.article and plural_entry and not plural:
        return Form(overrides.get("full" if need.article == "full" else "short")
                    or bg.definite(approved, plural=True), need.article)
    if need.article:
        label = ("pl-def" if plural else need.article)
        if plural:
            return Form(overrides.get("pl-def") or bg.definite(overrides.get("plural") or bg.plural(approved),
                                                                plural=True), label)
        full = need.article == "full"
        if full and overrides.get("full"):
            return Form(overrides["full"], "full")
        if not full and overrides.get("short"):
            return Form(overrides["short"], "short")
        first, _, rest = approved.partition(" ")
        if gender(entry, "bg") == "f" and re.fullmatch(r"[А-Яа-я]*[бвгджзклмнпрстфхцчшщ]", first):
            # купел, сол, вечер: a feminine noun in a consonant takes -та whatever the subject (купелта)
            return Form(" ".join(filter(None, (first + "та", rest))), label)
        if gender(entry, "bg") == "f" and re.fullmatch(r"[А-Яа-я]*ая", first):
            # мая, стая: a feminine word in -ая takes -та (маята), not a masculine short article's look (края)
            return Form(" ".join(filter(None, (first + "та", rest))), label)
        if gender(entry, "bg") == "n" and re.fullmatch(r"[А-Яа-я]*[иу]", first) and not rest:
            # такси, жури, татами: a neuter loanword in -и takes -то, not a plural's -те (таксито, татамито)
            return Form(first + "то", label)
        return Form(bg.definite(approved, subject=full), label)
    if plural:
        return Form(overrides.get("plural") or bg.plural(approved), "plural")
    return Form(approved, "bare")


def _noun_attribute(entry, first: str, rest: str) -> bool:
    """Is ``first``, a Bulgarian word in a consonant before a feminine or neuter noun, an invariable noun used as
    its attribute (ескейп стая, краудфъндинг кампания: the article goes on the noun, ескейп стаята), not the head
    with a noun in apposition after it (акар вароа: акарът вароа)? An adjective before such a noun would agree
    with it (нова стая), so ``first`` is a noun; the glossary's gender, else the English word it spells, tells
    which noun heads the phrase.

    >>> from localize.glossary.model import Entry
    >>> _noun_attribute(Entry("crowdfunding campaign", {}), "краудфъндинг", "кампания")
    True
    >>> _noun_attribute(Entry("varroa mite", {}), "акар", "вароа"), _noun_attribute(Entry("escape room", {}, gender="m"), "ескейп", "стая")
    (False, False)
    >>> _noun_attribute(Entry("yoga studio", {}, gender="n"), "йога", "студио")
    True
    """
    second = rest.split(" ")[0]
    sex = gender(entry, "bg")
    if re.fullmatch(r"[а-я]{3,}[ая]", first.lower()) and sex in ("n", "m") and re.fullmatch(r"[а-я]{2,}", second) \
            and not re.fullmatch(r"[а-я]+(?:ска|цка|на|ва|ла|та|ия)", first.lower()):
        return True  # йога студио: a feminine noun before a neuter head is its attribute (йога студиото), no adjective
    if not re.fullmatch(r"[а-я]{3,}[бвгджзклмнпрстфхцчшщ]", first.lower()) or not re.fullmatch(r"[а-я]{2,}[аяое]", second):
        return False
    if sex:
        return sex == ("n" if second[-1] in "ое" else "f")
    modifiers = _english_modifiers(entry.source or "")
    likeness = english_likeness(first, modifiers)
    return likeness >= 0.5 and likeness > english_likeness(second, modifiers)


def article_setting(entry, declared: bool = True) -> str:
    """``article:bg`` of the entry, else the default: names, acronyms and Latin-script terms never take
    the article, terms take it when the source is definite. ``declared=False``: the default whatever the entry
    says."""
    for_lang = getattr(entry, "article_for", None)
    value = for_lang("bg") if for_lang and declared else ""
    if value:
        return value
    approved = entry.approved("bg") or ""
    explicit = entry.forms.get("bg", {}) if hasattr(entry, "forms") else {}
    if ("short" in explicit or "full" in explicit) and not is_acronym(approved):
        return "source"  # the glossary spells out its definite forms: it takes the article
    if entry.type == "place" and re.fullmatch(r"[А-Я][а-яъ]+(?:ски|шки|цки|ен|ов|ев|ска|шка|цка|ско|шко|цко|на|но)"
                                              r"(?:\s+[а-я]+(?:ски|ска|ско|ен|на|но))?"
                                              r"\s+(?!море\b|езеро\b|океан\b|гора\b)[а-я]+(?:\s+„[^“]+“)?", approved):
        return "always"  # Керченски проток, Галатски мост, Национален парк „Пирин“, Алазанска долина: an adjective
        #                  and a common noun take the article (seas and lakes do not by custom: Черно море; nor a
        #                  country: Черна гора)
    if entry.type == "place" and re.fullmatch(r"(?!(?:град|село|река|гр\.|с\.)\s)(?:[а-я]+\s+){1,3}[„\"«]?[А-Я][^\s]*(?:\s+[А-Я][^\s]*)?",
                                              approved):
        return "source"  # проход Джвари, нос Калиакра: a common noun and a name, as the English says (the Jvari Pass);
        #                  also with adjectives before the noun (индустриална зона Девня: the Devnya industrial zone)
    if entry.type == "name" and not is_acronym(approved) and not re.search(r"[A-Za-z]", approved) \
            and re.fullmatch(r"[А-Я][а-яъ]+(?:\s+[а-я]+)*(?:\s+(?:[а-я]+|[А-Я][а-яъ]+|„[^“]+“))*", approved) \
            and (re.search(r"\s[а-я]", approved) or re.fullmatch(r"[А-Я][а-яъ]+\s+„[^“]+“", approved)) \
            and not re.search(r"\s(?:море|езеро|океан|планина)\b", approved):
        return "source"  # Съюз на грузинските фермери, Изпълнителна агенция по лозата и виното, Държавен фонд
        #                  „Земеделие“: the name of a body, made of common words, takes the article like a term
    if entry.type == "name" and re.fullmatch(r"(?!(?:град|село|река)\s)[а-я]+\s+„[^“]+“", approved):
        return "source"  # лотария „Фортуна“, казино „Атлантис“: a common noun and a quoted name, as the English
        #                  says (the Atlantis Casino: казиното „Атлантис“)
    if entry.type != "term" or is_acronym(approved) or re.search(r"[A-Za-z]", approved):
        return "never"
    return "source"


def bulgarian_forms(entry, unique: bool = True) -> list[Form]:
    forms = [Form(entry.approved("bg") or "", "bare")]
    if entry.type == "term" or _overrides(entry, "bg"):
        for need in (Need(article="short"), Need(article="full"), Need(count=True), Need(number="plur"),
                     Need(article="short", number="plur")):
            forms.append(bulgarian(entry, need))
    elif entry.type == "name" and article_setting(entry) in ("source", "always"):
        # a name that takes the article is found with it (Института „Халит“)
        forms += [bulgarian(entry, Need(article="short")), bulgarian(entry, Need(article="full"))]
    elif entry.type in ("place", "name") and article_setting(entry) == "never" \
            and re.fullmatch(r"[А-Я][а-я]+[ая]", entry.approved("bg") or ""):
        # a one-word name in -а/-я that takes no article is found with the one the translation gave it (Оката,
        # Варната), to be taken off
        from localize.morphology import bg

        forms.append(Form(bg.definite(entry.approved("bg")), "short"))
    return distinct(forms) if unique else [f for f in forms if f.text]


def avoided_forms(entry, lang: str, inflect=None) -> list[Form]:
    """Every form of a rendering to avoid (``entry`` a :class:`Respelled`): as :func:`all_forms`, and in Bulgarian
    with its articles whatever the entry's own setting (Лабиринтския институт, avoided for Институт „Лабиринт“,
    which takes none)."""
    found = all_forms(entry, lang, inflect)
    if lang == "bg" and entry.type != "dnt" and (entry.approved(lang) or "")[:1].isalpha():
        from localize.morphology import bg

        found = distinct(found + [bulgarian(entry, need) for need in (
            Need(article="short"), Need(article="full"), Need(number="plur"), Need(article="short", number="plur"))])
        words = (entry.approved(lang) or "").split()
        if 2 <= len(words) <= 3 and all(re.fullmatch(r"[а-я]{3,}", word) for word in words):
            # "шеф химик" written «шеф химика»: two nouns side by side, the translation put the article on the
            # second (a rendering to avoid is found in whatever form the translation chose)
            found = distinct(found + [Form(" ".join(words[:-1] + [bg.definite(words[-1], subject=subject)]), label)
                                      for subject, label in ((False, "short"), (True, "full"))])
        if len(words) == 3 and words[1] == "на" and all(re.fullmatch(r"[а-я]{3,}", w) for w in words[::2]):
            # «Държателите на щандове» for "stall holders": the avoided «държател на щанд» in the plural, its tail too
            many = f"{bg.plural(words[0])} на {bg.plural(words[2])}"
            found = distinct(found + [Form(many, "plural"), Form(bg.definite(many, plural=True), "pl-def")])
        own = getattr(entry, "_entry", entry)  # (the entry a Respelled rendering stands for)
        approved = (own.approved(lang) if own is not entry else "") or ""
        if words and re.fullmatch(r"(?:[а-я]+и\s+){0,2}[а-я]{3,}[^аеиоуъюя]и", " ".join(words)) \
                and (len(words) > 1 or len(words[0]) >= 6) \
                and not re.search(r"и$", approved) and gender(own, "bg") != "pl":
            # «празнични светлини» avoided for the singular mass «празнично осветление»: a rendering that is itself a
            # plural stands for the term in its number; with its article, for the term with its article
            found = [Form(entry.approved(lang), "bare"), Form(bg.definite(" ".join(words), plural=True), "short")]
    return found


def all_forms(entry, lang: str, inflect=None, unique: bool = True) -> list[Form]:
    """Every form of the entry in ``lang``; ``unique=False`` keeps a form spelt like another under its own
    label (the accusative of «холдинг» is its nominative)."""
    if entry.type == "dnt":
        return [Form(entry.approved(lang) or entry.source, "dnt")]
    if lang == "ru":
        return russian_forms(entry, inflect, unique)
    if lang == "bg":
        return bulgarian_forms(entry, unique)
    return [Form(entry.approved(lang) or "", "bare")]


def render(entry, lang: str, need: Need, inflect=None) -> Form:
    """The form of the entry ``need`` asks for."""
    if entry.type == "dnt":
        return Form(entry.approved(lang) or entry.source, "dnt")
    if lang == "ru":
        label = need.case if need.number == "sing" else "count" if need.number == "paucal" else f"pl-{need.case}"
        return Form(russian(entry, need.case, need.number, inflect), label)
    if lang == "bg":
        return bulgarian(entry, need)
    return Form(entry.approved(lang) or "", "bare")


_QUOTES = {"«": "»", "„": "“", "\"": "\"", "“": "”", "‚": "‘"}


def split_quotes(text: str) -> tuple[str, str, str]:
    """(opening mark, words, closing mark) of a form wholly in quotation marks, else ("", text, "").

    >>> split_quotes("«Грузинская мечта»"), split_quotes("Институт „Конфуций“")
    (('«', 'Грузинская мечта', '»'), ('', 'Институт „Конфуций“', ''))
    """
    if len(text) > 2 and text[0] in _QUOTES and text[-1] == _QUOTES[text[0]] and text.count(text[0]) == 1:
        return text[0], text[1:-1], text[-1]
    return "", text, ""


def attribute_reading(entry, written: str, need: Need, inflect=None) -> Form | None:
    """The form ``need`` asks for with the first part of the approved form's compound kept invariable, when the
    translation wrote it so (квест-комнату, в трёх квест-комнатах) and the generated form declines it (квеста-):
    the analyser reads an unknown compound in its first part's gender (both parts decline, дивана-кровати), the
    translation shows the second part's (an attribute, like бизнес-центра; Rosenthal); None otherwise.

    >>> from localize.glossary.model import Entry
    >>> room = Entry(source="escape room", targets={"ru": ["квест-комната"]})
    >>> attribute_reading(room, "квест-комнатах", Need("loct", number="plur")).text
    'квест-комнатах'
    >>> attribute_reading(room, "квеста-комнатах", Need("loct", number="plur")) is None
    True
    >>> master = Entry("game master", {"ru": ["гейм-мастер"]})  # гейм spells "game": generated invariable
    >>> attribute_reading(master, "гейм-мастера", Need("gent")) is None, render(master, "ru", Need("gent")).text
    (True, 'гейм-мастера')
    """
    if entry.type == "dnt" or is_person(entry, "ru"):
        return None
    approved = (entry.approved("ru") or "").split(" ")
    written_words = written.split(" ")
    form = render(entry, "ru", need, inflect)
    words = form.text.split(" ")
    if len(approved) != len(written_words) or len(words) != len(approved):
        return None
    for i, word in enumerate(approved):
        first, hyphen, last = word.partition("-")
        if not hyphen or "-" in last or not re.fullmatch(r"[а-яё]{3,}", first) or not last[:1].islower():
            continue
        if not written_words[i].lower().startswith(first + "-") or words[i].lower().startswith(first + "-") \
                or written_words[i].lower() == word.lower():
            continue  # (окно-роза, nothing declined: no evidence; нет окна-розы)
        from localize.morphology.ru import analyzer

        if first[-1] in "аеёиоуыэюяь" or any("anim" in p.tag for p in analyzer().parse(first)[:1]):
            continue  # (окно-роза, мастер-кузнец, астроном-любитель: a noun of its own or a person, both parts decline)
        parses = [p for p in analyzer().parse(last) if p.tag.POS == "NOUN" and p.tag.case == "nomn"]
        sex = {"masc": "m", "femn": "f", "neut": "n"}.get(parses[0].tag.gender if parses else "", "")
        if not sex:
            return None
        if dataclasses.is_dataclass(entry):  # the compound in its second part's gender (квест-комната, f)
            other = render(dataclasses.replace(entry, genders={**entry.genders, "ru": sex}), "ru", need, inflect)
            if other.text.split(" ")[i].lower().startswith(first + "-"):
                return other
        # гейм-мастер: both parts of one gender, one reading; the second part as generated, the first as written
        words[i] = word[:len(first)] + "-" + words[i].partition("-")[2]
        return Form(" ".join(words), form.label)
    return None


class Respelled:
    """An entry seen with another approved form (the words inside its quotation marks, a rendering to
    avoid), to generate that form's inflections; no ``forms:`` overrides apply, and a do-not-translate
    name's Cyrillic rendering declines like a name."""

    def __init__(self, entry, text: str, declined: bool = False):
        self._entry, self._text, self._declined = entry, text, declined  # (declined: as if the entry declined)
        self.person = getattr(entry, "person", None)

    def __getattr__(self, name):
        return getattr(self._entry, name)

    def approved(self, lang: str) -> str:
        return self._text

    def forms_for(self, lang: str) -> dict:
        return {}

    def gender_for(self, lang: str) -> str:
        """The entry's gender; a Bulgarian rendering of other words has its own, read from its words (кръвен тип
        avoided for the feminine кръвна група: кръвни типа after a numeral; басейн за потапяне for купел)."""
        own = self._entry.gender_for(lang) if hasattr(self._entry, "gender_for") else self._entry.gender
        if lang == "bg" and self._text.split()[:1] != (self._entry.approved(lang) or "").split()[:1]:
            return ""
        if lang == "ru" and re.search(r"[а-яё]-[а-яё]", self._text) and self._text != self._entry.approved(lang):
            return ""  # кит-белуга avoided for белуха, f: a compound's gender is its own (кита-белугу)
        return own

    @property
    def declension(self) -> str:
        """An acronym's spelt-out rendering (Европейский банк реконструкции и развития for ЕБРР) declines
        by its own words, not as the indeclinable acronym."""
        if self._declined:
            return "full"
        if self._entry.declension == "none" and not is_acronym(self._text) and \
                any(is_acronym(texts[0]) for texts in self._entry.targets.values() if texts):
            return ""
        if self._entry.declension == "none" and self._entry.type == "place" and not is_acronym(self._text) \
                and re.search(r"[бвгджзклмнпрстфхцчшщ]а?$|ье$", self._text.split()[-1] if self._text.split() else ""):
            return ""  # Алма-Ата, Тифлис avoided for the indeclinable Алматы, Тбилиси: the old names decline (в Алма-Ате;
            #            Поморье for Поморие: у Поморья)
        return self._entry.declension

    @property
    def type(self) -> str:
        return "name" if self._entry.type == "dnt" else self._entry.type


def is_acronym(text: str) -> bool:
    """All capitals (НАТО, ВПГ): never declined, never an article.

    >>> is_acronym("НАТО"), is_acronym("ВПГ"), is_acronym("Варна")
    (True, True, False)
    """
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def distinct(forms: list[Form]) -> list[Form]:
    seen, out = set(), []
    for form in forms:
        if form.text and form.text not in seen:
            seen.add(form.text)
            out.append(form)
    return out
