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
>>> definite("данък върху хазарта", subject=True), count_phrase("данък върху хазарта")
('данъкът върху хазарта', 'данъка върху хазарта')
>>> definite("акар вароа", subject=True), definite("къдроглав пеликан", subject=True)
('акарът вароа', 'къдроглавият пеликан')
>>> count_form("лев"), count_form("град")
('лева', 'града')
"""

from __future__ import annotations

import re

_ALREADY_DEFINITE = re.compile(r"(ът|ят|ата|ята|ото|ето|ите|ете)$")  # not делта, квота, злато
#: Feminine nouns whose own ending is -ата (фрегата, палата): no article yet (фрегатата, палатата).
_FEMININE_IN_ATA = re.compile(r"(?:^|-)(?:до|за|из|на)?(?:палата|фрегата|регата|цитата|плата|лопата|соната|кантата|"
                              r"дата)$")
#: Feminine nouns in -ст that are no -ост abstract (област -> областта; чест, вест before a noun are nouns).
_FEMININE_IN_ST = set("област власт част страст напаст чест вест съвест повест благовест злост радост младост "
                      "плъст пръст кост мас".split())
#: Other feminine nouns in a consonant (Официален правописен речник): -та for either article (солта, нощта).
_FEMININE_IN_CONSONANT = set("сол нощ помощ мощ вечер пролет есен кръв любов пепел мисъл смърт захар кал ръж".split())
#: Masculine nouns that take -ят/-я (soft): -тел, people in -ар (лекар, but пазар, долар, календар are hard),
#: and a few common ones.
_SOFT_MASCULINE = re.compile(r"(?:^|-)(?:ден|път|кон|крал|огън|сън|цар)$|(тел|лекар|рибар|овчар|аптекар|секретар|библиотекар|"
                             r"писар|пчелар|вратар|грънчар|кръчмар|митничар|звънар|говедар|златар|лозар|градинар|"
                             r"воденичар|стопанин|бояджия|зидар|дърводелец|чиновник|цигулар|гайдар|кобзар|бъчвар|"
                             r"кожар|обущар|седлар|въжар|стъклар|часовникар|книжар|пекар|кравар|свинар|козар|"
                             r"антиквар|архивар|стругар|ключар|сладкар|медар|пивовар|гъбар|лодкар|ветеринар)$")
# (people by their trade in -ар, as the normative grammar lists them: цигуларят, бъчварят, сладкарят)
_ADJECTIVE_M = re.compile(r"(ски|шки|цки|ен|ов|ев|ин|ен|ен|и)$")


def _with_article(word: str, subject: bool, following_noun: bool, before_common_noun: bool = False) -> str:
    lower = word.lower()
    if "-" in word:  # "Руско-китайски": the article goes on the last part
        head, _, tail = word.rpartition("-")
        return head + "-" + _with_article(tail, subject, following_noun)
    if lower.endswith(("а", "я")) and not lower.endswith(("ия", "ая")) or lower.endswith(("ия", "стая")):
        # (стая -> стаята; a word in -ая is otherwise a masculine noun's short article: края, Китая)
        return word + "та"  # feminine (академия -> академията, Дипломатическа -> Дипломатическата)
    if lower.endswith(("о", "е")) and not lower.endswith("те"):
        return word + "то"  # neuter (море -> морето, Японско -> Японското)
    if lower.endswith(("у", "ю")):
        return word + "то"  # a loanword in -у, -ю is neuter (шоу -> шоуто, авиошоу -> авиошоуто, интервю -> интервюто)
    if lower.endswith("и"):
        if following_noun and _ADJECTIVE_M.search(lower):  # masculine adjective: български -> българския(т)
            return word + ("ят" if subject else "я")
        if lower in _NEUTER_IN_I:
            return word + "то"  # a neuter loanword in -и: такси -> таксито, рали -> ралито (not a plural)
        return word + "те"  # plural
    if lower.endswith("й"):
        return word[:-1] + ("ят" if subject else "я")
    if lower.endswith("ест") and following_noun and lower not in _FEMININE_IN_ST:
        return word + ("ият" if subject else "ия")  # сенчест флот -> сенчестия(т) флот: an adjective
    if (lower.endswith("ост") or lower.endswith("ест")) and len(lower) > 4 or lower in _FEMININE_IN_ST \
            or lower in _FEMININE_IN_CONSONANT:
        return word + "та"  # feminine in a consonant (сигурност -> сигурността; but мост, пост: masculine)
    if following_noun and lower.endswith(("иен", "еен")):  # енергиен -> енергийния(т), питеен -> питейния(т)
        return word[:-2] + "йн" + ("ият" if subject else "ия")
    if following_noun and lower.endswith("ен") and fleeting_e(lower):  # Среден коридор -> Средният коридор
        return word[:-2] + "н" + ("ият" if subject else "ия")
    if lower.endswith("изъм"):  # механизъм -> механизма(т), туризъм -> туризма(т): the ъ is fleeting
        return word[:-2] + "м" + ("ът" if subject else "а")
    if _SOFT_MASCULINE.search(lower):
        return word + ("ят" if subject else "я")
    if following_noun and lower.endswith("ен") and fleeting_e(lower):  # контейнерен -> контейнерния(т)
        return word[:-2] + "н" + ("ият" if subject else "ия")
    if following_noun and re.search(r"(ен|ов|ев|ин)$", lower):  # нов -> новия(т), зелен -> зеления(т)
        return word + ("ият" if subject else "ия")
    if following_noun and _MASCULINE_ADJECTIVE.search(lower):  # висш -> висшия(т), специализиран -> ...ния(т)
        return word + ("ият" if subject else "ия")
    if before_common_noun and word[:1].islower() and lower[-1:] not in "аеиоуъюя" and not (
            _NOUN_OF_A_PERSON.search(lower) and len(lower) > 4):
        return word + ("ият" if subject else "ия")  # a lower-case word before a common noun is its adjective:
        #                                            къдроглав пеликан -> къдроглавия(т) пеликан
        # (not a noun for a person in apposition: астроном любител -> астронома любител)
    return word + ("ът" if subject else "а")  # masculine


#: Endings of nouns for a person or a trade (астроном, журналист, инженер, златар, любител, директор, ученик),
#: which stand in apposition before another noun rather than qualify it as adjectives.
_NOUN_OF_A_PERSON = re.compile(r"(?:ном|лог|граф|ист|ер|ар|ач|тел|тор|ент|ант|ец|ник|чик|щик)$")
#: A masculine adjective or participle before its noun (Висш съдебен съвет, Специализиран наказателен съд,
#: Обединен, Свързан): -ия(т), not the noun's -а/-ът.
_MASCULINE_ADJECTIVE = re.compile(r"(?:ш|ж|щ|ан|ян|ат|ят|ит|ял|ал|ен|ов|ев|ин|им|ък|ък|ек|ик|ок|ен|ден|тен|лен|рен|"
                                  r"ичен|ичен|ален|арен|ен|ен)$")
#: Adjectives in -ен that keep their е (зелен: зелена, зеления); the others drop it (среден: средна, средния).
_KEEP_E = set("зелен червен студен блажен учен солен стъклен дървен вълнен ленен глинен копринен ранен "
              "свещен благословен вроден скромен зърнен леден кожен особен обществен роден "
              "обединен назначен определен ограничен въоръжен изоставен построен одобрен разрушен ядрен "
              "смирен бесен нефтен".split())


def fleeting_e(adjective: str) -> bool:
    """Does a masculine adjective in -ен lose its е in the other forms (контейнерен: контейнерна)?

    >>> fleeting_e("контейнерен"), fleeting_e("среден"), fleeting_e("зелен")
    (True, True, False)
    """
    lower = adjective.lower()
    if lower.endswith("ствен"):  # правителствен, междуправителствен, обществен: правителствена
        return False
    return lower.endswith("ен") and lower not in _KEEP_E and len(lower) > 3


def plural(phrase: str) -> str:
    """The indefinite plural of a noun phrase whose head noun comes last (adjectives before it).

    >>> plural("контейнерен терминал"), plural("Дипломатическа академия"), plural("порт"), plural("министерство")
    ('контейнерни терминали', 'Дипломатически академии', 'портове', 'министерства')
    >>> plural("град побратим"), plural("кит белуга"), plural("акар вароа"), plural("шоу пещера"), plural("такси")
    ('градове побратими', 'китове белуги', 'акари вароа', 'шоу пещери', 'таксита')
    >>> plural("резервна част"), plural("ретро автомобил")
    ('резервни части', 'ретро автомобили')
    >>> plural("механик"), plural("моряк"), plural("биолог"), plural("паркинг"), plural("парк"), plural("киоск")
    ('механици', 'моряци', 'биолози', 'паркинги', 'паркове', 'киоски')
    >>> plural("разрешително за добив"), plural("село")
    ('разрешителни за добив', 'села')
    >>> plural("легнал полицай"), plural("ПЕ учител")
    ('легнали полицаи', 'ПЕ учители')
    """
    words = phrase.split(" ")
    tail = next((i for i, w in enumerate(words) if i and w.lower() in _FUNCTION_WORDS), None)
    if tail is not None:  # Министерство на земеделието: only the part before «на» is plural
        return " ".join([plural(" ".join(words[:tail]))] + words[tail:])
    head = len(words) - 1
    for i, word in enumerate(words):
        if (word.lower() in _PLURAL_TA | _INVARIABLE or (word.isupper() and len(word) > 1)) and i < len(words) - 1:
            continue  # шоу пещера, ПЕ учител: a loan or an acronym before the noun is an invariable modifier
        if not re.search(r"(ски|шки|цки|ен|ов|ев|ин|на|но|ска|ско|ни|а|о|[^и]ал|ял)$", word.lower()) or i == len(words) - 1:
            head = i  # (легнал полицай: a past participle in -ал, -ял is an adjective too, легнали полицаи)
            break
    out = [w if w.lower() in _PLURAL_TA | _INVARIABLE or (w.isupper() and len(w) > 1) else _plural_adjective(w)
           for w in words[:head]] \
        + [_plural_noun(words[head])] + words[head + 1:]
    if head == len(words) - 2 and re.fullmatch(r"[а-я]{2,}[бвгджзклмнпрстфхцчшщ][ая]?", words[-1]) \
            and words[-1] not in _FUNCTION_WORDS:
        out[-1] = _plural_noun(words[-1])  # a noun in apposition takes the plural too: китове белуги, градове побратими
        #                                    (not a borrowed genus name: акари вароа)
    return " ".join(out)


def _plural_adjective(word: str) -> str:
    lower = word.lower()
    if lower.endswith(("иен", "еен")):  # енергийни, питейни
        return word[:-2] + "йни"
    if lower.endswith("ен") and fleeting_e(lower):
        return word[:-2] + "ни"
    if lower.endswith(("а", "о")):
        return word[:-1] + "и"
    if lower.endswith("и"):
        return word
    return word + "и"


#: Nouns in a vowel borrowed whole: the same in the plural (три тенге, пет евро).
_INVARIABLE = set("евро тенге радио метро ретро макси".split())
#: Neuter loans in -и, -у, -ю whose plural adds -та («Официален правописен речник»: такси, мн. таксита; меню,
#: менюта; шоу, шоута); бюро, казино, депо, кило take -а like any neuter in -о (бюра, казина).
_PLURAL_TA = set("такси меню шоу ревю интервю жури кану кафе".split())
#: Neuter loanwords in -и («Официален правописен речник»: такси, таксито; рали, ралито; хоби, хобито), whose
#: definite form adds -то.
_NEUTER_IN_I = frozenset("такси жури рали хоби уиски суши киви сафари пони колибри".split())  # (not ски: plural, ските)


def _plural_noun(word: str) -> str:
    lower = word.lower()
    if lower in _INVARIABLE:
        return word
    if lower in _PLURAL_TA:
        return word + "та"  # такси -> таксита
    if lower.endswith("ия"):
        return word[:-1] + "и"
    if lower.endswith(("а", "я")):
        return word[:-1] + "и"
    if lower.endswith("телно"):
        return word[:-1] + "и"  # a neuter adjective made a noun: разрешително -> разрешителни (not -а like село, села)
    if lower.endswith("о"):
        return word[:-1] + "а"
    if lower.endswith(("ие", "ще", "це")):  # събрание -> събрания, летище -> летища, сърце -> сърца
        return word[:-1] + ("я" if lower.endswith("ие") else "а")
    if lower.endswith("е"):
        return word + "та"
    if lower.endswith("й"):
        return word[:-1] + "и"
    if lower in _FEMININE_IN_ST | _FEMININE_IN_CONSONANT or (lower.endswith("ост") and len(lower) > 4):
        return word + "и"  # a feminine noun in a consonant: част -> части, вечер -> вечери, радост -> радости
    if lower.endswith(("и", "у", "ю")):
        return word
    if lower.endswith("център"):
        return word[:-2] + "рове"  # център -> центрове
    if lower.endswith("вятър"):
        return word[:-5] + ("В" if word[-5:-4].isupper() else "в") + "етрове"
    if re.search(r"[бвгдзклмнпрстфхцчшщ]ъм$", lower) and len(re.findall(r"[аеиоуъюя]", lower)) > 1:
        return word[:-2] + "ми"  # механизъм -> механизми, алгоритъм -> алгоритми
    if re.search(r"[бвгдзклмнпрстфхцчшщ]ър$", lower) and len(re.findall(r"[аеиоуъюя]", lower)) > 1:
        return word[:-2] + "ри"  # the ъ is fleeting: министър -> министри, литър -> литри, театър -> театри
    if len(re.findall(r"[аеиоуъюя]", lower)) == 1:
        return word + "ове"  # one syllable: град -> градове
    if re.search(r"[аеиоуъюя]к$", lower):
        return word[:-1] + "ци"  # к before -и softens: механик -> механици, учебник -> учебници, урок -> уроци
        #                           (not after a consonant: аквапарк -> аквапаркове is a compound of парк, киоск -> киоски)
    if lower.endswith("ог"):
        return word[:-1] + "зи"  # биолог -> биолози, каталог -> каталози (but паркинг -> паркинги)
    return word + "и"


def definite(phrase: str, subject: bool = False, plural: bool = False) -> str:
    """``phrase`` with the definite article on its first word (a phrase already definite is kept);
    a plural phrase takes -те (-та after -а: министерствата).

    >>> definite("контейнерни терминали", plural=True), definite("министерства", plural=True)
    ('контейнерните терминали', 'министерствата')
    >>> definite("Арктически и антарктически институт", subject=True)
    'Арктическият и антарктически институт'
    >>> definite("ВиК дружество"), definite("ВиК дружества", plural=True)
    ('ВиК дружеството', 'ВиК дружествата')
    >>> definite("Голф игрище", subject=True), definite("паркинг инспектор", subject=True)
    ('Голф игрището', 'паркинг инспекторът')
    >>> definite("гейм дизайнер", subject=True)
    'гейм дизайнерът'
    >>> definite("рали „Сребърен азимут“", subject=True), definite("такси")
    ('ралито „Сребърен азимут“', 'таксито')

    """
    words = phrase.split(" ")
    acronym = sum(c.isupper() for c in words[0]) >= 2
    if len(words) > 1 and (acronym and re.match(r"[А-Яа-я]", words[1])
                           or words[0].lower() in ATTRIBUTIVE_LOANS and re.match(r"[а-я]", words[1])):
        # an acronym takes no article: the noun after it does; nor does an invariable loanword used as an
        # attribute (Голф игрището, паркинг инспекторът, хоби магазинът)
        return words[0] + " " + definite(" ".join(words[1:]), subject, plural)
    if not words or _ALREADY_DEFINITE.search(words[0].lower()) and len(words[0]) > 4 \
            and not _FEMININE_IN_ATA.search(words[0].lower()):
        return phrase
    if plural:
        words[0] += "та" if words[0].lower().endswith(("а", "я")) else "те"
        return " ".join(words)
    following = len(words) > 1 and bool(re.match(r"[А-Яа-я]", words[1])) and words[1].lower() not in _FUNCTION_WORDS
    if len(words) > 3 and words[1].lower() in ("и", "или") and _ADJECTIVE_M.search(words[2].lower()) \
            and words[0].lower()[-1:] == words[2].lower()[-1:] and re.search(r"[^аеиоуъюя]$", words[-1].lower()):
        following = True  # Арктически и антарктически ... институт: coordinated adjectives before one noun
    words[0] = _with_article(words[0], subject, following_noun=following,
                             before_common_noun=following and words[1][:1].islower()
                             and not re.search(r"[аеиоуюя]$", words[1].lower()))
    # (a masculine word before a noun in a vowel is no adjective of it: акарът вароа, an apposition)
    return " ".join(words)


#: Invariable loanwords that stand before a noun as its attribute (голф игрище, паркинг инспектор): the
#: article goes on the noun after them.
ATTRIBUTIVE_LOANS = frozenset("голф бизнес фитнес спа уелнес паркинг пътинг онлайн офлайн интернет уеб шоу поп рок джаз "
                              "фолк ски сърф тенис фото видео аудио арт хоби стрийт фуд кетъринг ретро макси гейм борд "
                              "фен".split())
# (ретро, макси: invariable adjectives, «Официален правописен речник»: ретро автомобилите)


#: Bulgarian prepositions (also read by the article rules in localize.terms.context).
PREPOSITIONS = frozenset(
    "в във на за от с със към до по при през между след преди пред под над около без срещу чрез според "
    "заради освен върху сред покрай из като спрямо относно вместо поради край зад отвъд извън въпреки съгласно "
    "измежду откъм насред".split())  # (край Мурманския бряг: "off the Murman Coast")
#: Words after which the first word of a phrase is its noun, not an adjective (Секретариат на ООН; данък върху
#: хазарта: данъкът, not an adjective's данъкият).
_FUNCTION_WORDS = PREPOSITIONS | {"и", "или", "а", "но"}


def count_phrase(phrase: str) -> str:
    """The count form of a noun phrase after a numeral: adjectives plural, the head noun's count form.

    >>> count_phrase("контейнерен терминал"), count_phrase("лев"), count_phrase("български лев")
    ('контейнерни терминала', 'лева', 'български лева')
    """
    words = phrase.split(" ")
    tail = next((i for i, w in enumerate(words) if i and w.lower() in _FUNCTION_WORDS), None)
    if tail is not None:  # Комитет за приятелство: only the part before «за» takes the count form
        return " ".join([count_phrase(" ".join(words[:tail]))] + words[tail:])
    if re.search(r"[аяое]$", words[-1].lower()) or words[-1].lower() in _PLURAL_TA:
        return plural(phrase)  # a feminine or neuter head: the plural (три ядрени централи, две таксита)
    if len(words) == 1:
        return count_form(phrase)
    return " ".join([_plural_adjective(w) for w in words[:-1]] + [count_form(words[-1])])


def count_form(word: str) -> str:
    """The count form of a masculine noun after a numeral (два лева, три града); a noun in -тел is soft (два
    двигателя, два презастрахователя), as its article is (двигателят).

    >>> count_form("двигател"), count_form("терминал"), count_form("трамвай")
    ('двигателя', 'терминала', 'трамвая')
    """
    lower = word.lower()
    if lower.endswith(("а", "я", "о", "е", "и")):
        return word
    if lower.endswith("й"):
        return word[:-1] + "я"
    if lower.endswith("тел"):
        return word + "я"
    return word + "а"
