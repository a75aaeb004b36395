"""Inflection tables: Russian cases with pymorphy3, Bulgarian articles and count forms."""

import pytest

from localize.morphology import bg, ru

RU = [
    # (approved nominative, options, nomn, gent, datv, accs, ablt, loct)
    # an adjective made a noun heads the phrase; the words from the preposition on are frozen; a person: animate
    ("уполномоченный по правам человека", {"gender": "m"}, "уполномоченный по правам человека",
     "уполномоченного по правам человека", "уполномоченному по правам человека", "уполномоченного по правам человека",
     "уполномоченным по правам человека", "уполномоченном по правам человека"),
    ("Дипломатическая академия", {}, "Дипломатическая академия", "Дипломатической академии",
     "Дипломатической академии", "Дипломатическую академию", "Дипломатической академией", "Дипломатической академии"),
    ("Дипломатическая академия МИД России", {}, "Дипломатическая академия МИД России", "Дипломатической академии МИД России",
     "Дипломатической академии МИД России", "Дипломатическую академию МИД России",
     "Дипломатической академией МИД России", "Дипломатической академии МИД России"),
    ("Российско-Китайский комитет дружбы, мира и развития", {}, "Российско-Китайский комитет дружбы, мира и развития",
     "Российско-Китайского комитета дружбы, мира и развития", "Российско-Китайскому комитету дружбы, мира и развития",
     "Российско-Китайский комитет дружбы, мира и развития", "Российско-Китайским комитетом дружбы, мира и развития",
     "Российско-Китайском комитете дружбы, мира и развития"),
    # «высшая» is the superlative of «высокий»: its own stem in every case, the feminine accusative too
    ("Московская высшая школа дизайна", {}, "Московская высшая школа дизайна", "Московской высшей школы дизайна",
     "Московской высшей школе дизайна", "Московскую высшую школу дизайна", "Московской высшей школой дизайна",
     "Московской высшей школе дизайна"),
    ("Высший арбитражный суд", {}, "Высший арбитражный суд", "Высшего арбитражного суда", "Высшему арбитражному суду",
     "Высший арбитражный суд", "Высшим арбитражным судом", "Высшем арбитражном суде"),
    ("Болгарская академия наук", {}, "Болгарская академия наук", "Болгарской академии наук", "Болгарской академии наук",
     "Болгарскую академию наук", "Болгарской академией наук", "Болгарской академии наук"),
    ("Соединённые Штаты", {}, "Соединённые Штаты", "Соединённых Штатов", "Соединённым Штатам", "Соединённые Штаты",
     "Соединёнными Штатами", "Соединённых Штатах"),
    ("Олег Иванов", {"person": True, "gender": "m"}, "Олег Иванов", "Олега Иванова", "Олегу Иванову", "Олега Иванова",
     "Олегом Ивановым", "Олеге Иванове"),
    ("Юрий Тавровский", {"person": True, "gender": "m"}, "Юрий Тавровский", "Юрия Тавровского", "Юрию Тавровскому",
     "Юрия Тавровского", "Юрием Тавровским", "Юрии Тавровском"),
    ("Мария Захарова", {"person": True, "gender": "f"}, "Мария Захарова", "Марии Захаровой", "Марии Захаровой",
     "Марию Захарову", "Марией Захаровой", "Марии Захаровой"),
    ("Сун Чжунпин", {"person": True, "declension": "last", "gender": "m"}, "Сун Чжунпин", "Сун Чжунпина", "Сун Чжунпину",
     "Сун Чжунпина", "Сун Чжунпином", "Сун Чжунпине"),
    ("Хуа Чуньин", {"person": True, "declension": "none", "gender": "f"}, *["Хуа Чуньин"] * 6),
    ("Анна Шмидт", {"person": True, "gender": "f"}, "Анна Шмидт", "Анны Шмидт", "Анне Шмидт", "Анну Шмидт", "Анной Шмидт",
     "Анне Шмидт"),  # a foreign female surname in a consonant stays; her first name declines (Rosenthal)
    ("НАТО", {"declension": "none"}, *["НАТО"] * 6),
    ("болгарский лев", {}, "болгарский лев", "болгарского лева", "болгарскому леву", "болгарский лев",
     "болгарским левом", "болгарском леве"),
    ("Пекин", {}, "Пекин", "Пекина", "Пекину", "Пекин", "Пекином", "Пекине"),
    ("Москва", {}, "Москва", "Москвы", "Москве", "Москву", "Москвой", "Москве"),
    # an acronym head and a name of several words in quotation marks: nothing declines (the quoted words
    # were once taken for the head: КПП «капитана Андреево»)
    ("КПП «Капитан Андреево»", {"gender": "m"}, *["КПП «Капитан Андреево»"] * 6),
    ("Институт «Новая экономика»", {"gender": "m"}, "Институт «Новая экономика»", "Института «Новая экономика»",
     "Институту «Новая экономика»", "Институт «Новая экономика»", "Институтом «Новая экономика»",
     "Институте «Новая экономика»"),
    # a foreign place the analyser guesses as a possessive adjective (куньмин like «мамин»): a noun, by its ending
    ("Куньмин", {"gender": "m"}, "Куньмин", "Куньмина", "Куньмину", "Куньмин", "Куньмином", "Куньмине"),
    # a foreign man's name in -ц: the unstressed instrumental -ем (Rosenthal: Францем, Шульцем)
    ("Лоренц Пфайфер", {"person": True, "gender": "m"}, "Лоренц Пфайфер", "Лоренца Пфайфера", "Лоренцу Пфайферу",
     "Лоренца Пфайфера", "Лоренцем Пфайфером", "Лоренце Пфайфере"),
    # hyphenated place names (Rosenthal, «Склонение географических названий»): a noun and its adjective both
    # decline; two nouns of a foreign name, only the last; the dictionary's own (Йошкар-Ола) as it lists them
    ("Каменск-Уральский", {"gender": "m"}, "Каменск-Уральский", "Каменска-Уральского", "Каменску-Уральскому",
     "Каменск-Уральский", "Каменском-Уральским", "Каменске-Уральском"),
    ("Баден-Баден", {"gender": "m"}, "Баден-Баден", "Баден-Бадена", "Баден-Бадену", "Баден-Баден", "Баден-Баденом",
     "Баден-Бадене"),
    ("Йошкар-Ола", {"gender": "f"}, "Йошкар-Ола", "Йошкар-Олы", "Йошкар-Оле", "Йошкар-Олу", "Йошкар-Олой",
     "Йошкар-Оле"),
    # a place the analyser guesses as indeclinable (Шория) after its adjective; a place the dictionary knows in
    # the other gender (Лодзь, feminine by the glossary)
    ("Горная Шория", {"gender": "f"}, "Горная Шория", "Горной Шории", "Горной Шории", "Горную Шорию", "Горной Шорией",
     "Горной Шории"),
    ("Лодзь", {"gender": "f"}, "Лодзь", "Лодзи", "Лодзи", "Лодзь", "Лодзью", "Лодзи"),
    # a masculine noun in -ей the analyser guesses as an imperative (фервей: like музей); a compound whose last part
    # the analyser knows only as another word's genitive plural (кар), by its ending; an attributive first part
    ("фервей", {"gender": "m"}, "фервей", "фервея", "фервею", "фервей", "фервеем", "фервее"),
    ("гольф-кар", {"gender": "m"}, "гольф-кар", "гольф-кара", "гольф-кару", "гольф-кар", "гольф-каром", "гольф-каре"),
    ("штаб-квартира", {"gender": "f"}, "штаб-квартира", "штаб-квартиры", "штаб-квартире", "штаб-квартиру",
     "штаб-квартирой", "штаб-квартире"),
    # an unknown compound in the gender of its second part: the first part is an invariable attribute (квест-комната,
    # f); in the first part's gender both parts decline (диван-кровать, m)
    ("квест-комната", {"gender": "f"}, "квест-комната", "квест-комнаты", "квест-комнате", "квест-комнату",
     "квест-комнатой", "квест-комнате"),
    ("диван-кровать", {"gender": "m"}, "диван-кровать", "дивана-кровати", "дивану-кровати", "диван-кровать",
     "диваном-кроватью", "диване-кровати"),
    # a noun made of an adjective heads a phrase of adjectives (it once stayed undeclined)
    ("Северная реставрационная мастерская", {}, "Северная реставрационная мастерская",
     "Северной реставрационной мастерской", "Северной реставрационной мастерской", "Северную реставрационную мастерскую",
     "Северной реставрационной мастерской", "Северной реставрационной мастерской"),
]


@pytest.mark.parametrize("row", RU, ids=[r[0] for r in RU])
def test_russian_six_cases(row):
    phrase, options, *expected = row
    assert list(ru.forms(phrase, **options).values()) == expected


@pytest.mark.parametrize("before, case", [
    ("встреча с", "ablt"), ("профессор из", "gent"), ("доклад о", "loct"), ("письмо к", "datv"),
    ("визит в", "loct"), ("заявил", "nomn"), ("", "nomn"), ("во время", "gent"), ("между", "ablt"),
])
def test_case_from_preposition(before, case):
    assert ru.case_from_context(before) == case


BG = [
    ("Дипломатическа академия", False, "Дипломатическата академия"),
    ("Руско-китайски комитет за приятелство, мир и развитие", True, "Руско-китайският комитет за приятелство, мир и развитие"),
    ("Руско-китайски комитет за приятелство, мир и развитие", False, "Руско-китайския комитет за приятелство, мир и развитие"),
    ("комитет", True, "комитетът"), ("комитет", False, "комитета"),
    ("учител", True, "учителят"), ("музей", False, "музея"),
    ("Японско море", False, "Японското море"), ("министерство", False, "министерството"),
    ("сигурност", False, "сигурността"), ("Съединените щати", False, "Съединените щати"),
    ("Българска академия на науките", False, "Българската академия на науките"),
    # a noun for a person before another noun stands in apposition, not as its adjective; an adjective stays one
    ("астроном аматьор", False, "астронома аматьор"), ("инженер конструктор", True, "инженерът конструктор"),
    ("стар град", False, "стария град"), ("къдроглав пеликан", True, "къдроглавият пеликан"),
]


@pytest.mark.parametrize("phrase, subject, expected", BG, ids=[f"{b[0]}-{b[1]}" for b in BG])
def test_bulgarian_definite_article(phrase, subject, expected):
    assert bg.definite(phrase, subject) == expected


def test_bulgarian_count_form():
    assert [bg.count_form(w) for w in ("лев", "град", "музей", "евро")] == ["лева", "града", "музея", "евро"]


# Personal names by Rosenthal (§ 151): particles stay, a man's surname in -а declines, a woman's foreign
# surname in a consonant stays, the spelling of the glossary is kept (е, not the dictionary's ё).
NAMES = [
    ("Луис Инасиу Лула да Силва", "m", "full", "gent", "Луиса Инасиу Лулы да Силвы"),
    ("Мухаммед бен Салман", "m", "full", "ablt", "Мухаммедом бен Салманом"),
    ("Шарль де Голль", "m", "full", "datv", "Шарлю де Голлю"),
    ("Урсула фон дер Ляйен", "f", "full", "gent", "Урсулы фон дер Ляйен"),
    ("Анналена Бербок", "f", "full", "ablt", "Анналеной Бербок"),
    ("Фумио Кисида", "m", "full", "gent", "Фумио Кисиды"),
    ("Николай Римский-Корсаков", "m", "full", "ablt", "Николаем Римским-Корсаковым"),
    ("Мехрибан Алиева", "f", "last", "datv", "Мехрибан Алиевой"),
    ("Ван Ипин", "f", "last", "datv", "Ван Ипин"),
    ("Мехмет Айдын", "m", "full", "ablt", "Мехметом Айдыном"),
    ("Игорь Синицын", "m", "full", "ablt", "Игорем Синицыным"),
]


@pytest.mark.parametrize("name, gender, declension, case, expected", NAMES, ids=[f"{n[0]}-{n[3]}" for n in NAMES])
def test_russian_personal_names(name, gender, declension, case, expected):
    from localize.morphology.ru import inflect

    assert inflect(name, case, declension, True, gender) == expected


@pytest.mark.parametrize("phrase, subject, expected", [
    ("Висш съдебен съвет", True, "Висшият съдебен съвет"), ("Висш съдебен съвет", False, "Висшия съдебен съвет"),
    ("Специализиран наказателен съд", True, "Специализираният наказателен съд"),
    ("Секретариат на ООН", True, "Секретариатът на ООН"), ("зърнен терминал", True, "зърненият терминал"),
])
def test_bulgarian_article_on_adjectives_in_a_consonant(phrase, subject, expected):
    from localize.morphology.bg import definite

    assert definite(phrase, subject=subject) == expected


@pytest.mark.parametrize("phrase, definite_full, plural, count", [
    ("пазар", "пазарът", "пазари", "пазара"), ("лекар", "лекарят", "лекари", "лекара"),
    ("цигулар", "цигуларят", "цигулари", "цигулара"), ("часовникар", "часовникарят", "часовникари", "часовникара"),
    ("енергиен оператор", "енергийният оператор", "енергийни оператори", "енергийни оператора"),
    # an adjective in -еен turns its е before н into й like one in -иен (питеен: питейна, питейният)
    ("питеен фонтан", "питейният фонтан", "питейни фонтани", "питейни фонтана"),
    ("музеен експонат", "музейният експонат", "музейни експонати", "музейни експоната"),
    ("Министерство на земеделието", "Министерството на земеделието", "Министерства на земеделието",
     "Министерства на земеделието"),
    ("Народно събрание", "Народното събрание", "Народни събрания", "Народни събрания"),
    ("ядрена централа", "ядрената централа", "ядрени централи", "ядрени централи"),
    ("летище", "летището", "летища", "летища"),
])
def test_bulgarian_phrases_with_tails_soft_nouns_and_plurals(phrase, definite_full, plural, count):
    from localize.morphology import bg

    assert (bg.definite(phrase, subject=True), bg.plural(phrase), bg.count_phrase(phrase)) == (definite_full, plural, count)


@pytest.mark.parametrize("approved, case, number, expected", [
    # a common noun's ё where the stress falls on it in another form: the glossary could not write it
    ("краинская пчела", "accs", "plur", "краинских пчёл"),
    ("ледниковое озеро", "gent", "plur", "ледниковых озёр"),
    # a word the glossary wrote without its own ё keeps the glossary's е in every form
    ("пожарный самолет", "gent", "plur", "пожарных самолетов"),
])
def test_russian_yo_where_the_glossary_could_not_write_it(approved, case, number, expected):
    assert ru.inflect(approved, case, number=number) == expected
