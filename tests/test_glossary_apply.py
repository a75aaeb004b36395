"""`glossary apply` on realistic machine output: what an Argos model writes, and what we make of it.

Each row: English source, the target as a model would render it (wrong transliterations, capitals,
cases, ё, synonyms from avoid:), the exact expected repaired sentence, and the statuses in order.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from localize.glossary import load
from localize.terms.repair import apply_glossary

NEWS = Path(__file__).resolve().parents[1] / "glossaries" / "news.tsv"

RU = [
    ("Song Zhongping said the drills were a warning.",
     "Сонг Чжунпин сказал, что учения были предупреждением.",
     "Сун Чжунпин сказал, что учения были предупреждением.", ["repaired"]),
    ("Analysts agree with Song Zhongping.",
     "Аналитики согласны с Сун Чжунпингом.",
     "Аналитики согласны с Сун Чжунпином.", ["repaired"]),
    ("A statement by Song Zhongping followed.",
     "Последовало заявление Сун Чжунпина.",
     "Последовало заявление Сун Чжунпина.", ["inflected"]),
    ("Xi Jinping met Vladimir Putin.",
     "Си Джинпин встретился с Владимиром Путиным.",
     "Си Цзиньпин встретился с Владимиром Путиным.", ["repaired"]),
    ("The talks with Xi Jinping lasted two hours.",
     "Переговоры с Си Цзиньпином длились два часа.",
     "Переговоры с Си Цзиньпином длились два часа.", ["inflected"]),
    ("Hua Chunying declined to comment.",
     "Хуа Чуньиня отказалась от комментариев.",
     "Хуа Чуньин отказалась от комментариев.", ["repaired"]),
    ("Reporters asked Hua Chunying about the deal.",
     "Журналисты спросили Хуа Чунин о сделке.",
     "Журналисты спросили Хуа Чуньин о сделке.", ["repaired"]),
    ("Oleg Ivanov of the Diplomatic Academy spoke first.",
     "Олег Иванов из дипломатической академии выступил первым.",
     "Олег Иванов из Дипломатической академии выступил первым.", ["ok", "repaired"]),
    ("The Diplomatic Academy hosted the meeting.",
     "Дипломатическая Академия провела встречу.",
     "Дипломатическая академия провела встречу.", ["repaired"]),
    ("Students of the Diplomatic Academy protested.",
     "Студенты Дипломатической академии протестовали.",
     "Студенты Дипломатической академии протестовали.", ["inflected"]),
    ("He teaches at the Diplomatic Academy of the Russian Foreign Ministry.",
     "Он преподаёт в Дипломатической академии МИД России.",
     "Он преподаёт в Дипломатической академии МИД России.", ["inflected"]),
    ("Yuri Tavrovsky heads the Russian-Chinese Committee for Friendship, Peace and Development.",
     "Юрий Тавровски возглавляет Русско-Китайский комитет дружбы, мира и развития.",
     "Юрий Тавровский возглавляет Российско-Китайский комитет дружбы, мира и развития.", ["repaired", "repaired"]),
    ("We spoke to Yuri Tavrovsky.",
     "Мы поговорили с Юрием Тавровски.",
     "Мы поговорили с Юрием Тавровским.", ["repaired"]),
    ("Sergei Lavrov met Wang Yi in Beijing.",
     "Сергей Лавров встретился с Ванг И в Бейджине.",
     "Сергей Лавров встретился с Ван И в Пекине.", ["ok", "repaired", "repaired"]),
    ("Maria Zakharova criticised the United States.",
     "Мария Захарова раскритиковала Объединенные Штаты.",
     "Мария Захарова раскритиковала Соединённые Штаты.", ["ok", "repaired"]),
    ("Moscow and Washington disagree.",
     "Москва и Вашингтон не согласны.",
     "Москва и Вашингтон не согласны.", ["ok", "ok"]),
    ("The deal angered the United States.",
     "Сделка разозлила Соединенные Штаты.",
     "Сделка разозлила Соединённые Штаты.", ["repaired"]),
    ("Relations with the United States worsened.",
     "Отношения с Соединенными Штатами ухудшились.",
     "Отношения с Соединёнными Штатами ухудшились.", ["repaired"]),
    ("NATO responded.", "Нато ответило.", "НАТО ответило.", ["repaired"]),
    ("The ship sailed into the Sea of Japan.",
     "Корабль вошёл в Японское море.",
     "Корабль вошёл в Японское море.", ["ok"]),
    ("The meeting in Panagyurishte ended.",
     "Встреча в Панагюрище завершилась.",
     "Встреча в Панагюриште завершилась.", ["repaired"]),
    ("The People's Liberation Army held drills.",
     "Народная освободительная армия провела учения.",
     "Народно-освободительная армия провела учения.", ["repaired"]),
    ("Huawei-built towers were banned.",
     "Вышки, построенные Huawei, были запрещены.",
     "Вышки, построенные Huawei, были запрещены.", ["dnt-kept"]),
    ("The price is 1.73 Bulgarian lev.",
     "Цена составляет 1,73 болгарского льва.",
     "Цена составляет 1,73 болгарского лева.", ["repaired"]),
    ("Song Zhongping's comments were sharp.",
     "Комментарии Сун Чжунпина были резкими.",
     "Комментарии Сун Чжунпина были резкими.", ["inflected"]),
    ("Song Zhongping spoke to reporters.",
     "Военный эксперт выступил перед журналистами.",
     "Военный эксперт выступил перед журналистами.", ["flagged"]),
    ("Beijing and Moscow signed the Shanghai Cooperation Organisation charter.",
     "Пекин и Москва подписали устав Шанхайской организации сотрудничества.",
     "Пекин и Москва подписали устав Шанхайской организации сотрудничества.", ["ok", "ok", "inflected"]),
]

BG = [
    ("Song Zhongping said the drills were a warning.",
     "Сонг Джонгпинг каза, че ученията са предупреждение.",
     "Сун Джунпин каза, че ученията са предупреждение.", ["repaired"]),
    ("Oleg Ivanov of the Diplomatic Academy spoke.",
     "Олег Иванов от Дипломатичната академия говори.",
     "Олег Иванов от Дипломатическата академия говори.", ["ok", "repaired"]),
    ("The Diplomatic Academy hosted the meeting.",
     "Дипломатическата академия беше домакин на срещата.",
     "Дипломатическата академия беше домакин на срещата.", ["inflected"]),
    ("Yuri Tavrovsky spoke in Panagyurishte.",
     "Юри Тавровски говори в Панагюрище.",
     "Юрий Тавровски говори в Панагюрище.", ["repaired", "ok"]),
    ("The United States objected.", "САЩ възразиха.", "Съединените щати възразиха.", ["repaired"]),
    ("Xi Jinping arrived in Moscow.", "Си Джинпин пристигна в Москва.", "Си Цзинпин пристигна в Москва.",
     ["repaired", "ok"]),
    ("The Bulgarian Academy of Sciences published the report.",
     "Българската академия на науките публикува доклада.",
     "Българската академия на науките публикува доклада.", ["inflected"]),
    ("Song Zhongping gave an interview.", "Експертът даде интервю.", "Експертът даде интервю.", ["flagged"]),
]


@pytest.fixture(scope="module")
def glossary():
    return load([NEWS])


@pytest.mark.parametrize("lang, source, machine, expected, statuses",
                         [("ru", *row) for row in RU] + [("bg", *row) for row in BG],
                         ids=[f"ru-{r[0][:30]}" for r in RU] + [f"bg-{r[0][:30]}" for r in BG])
def test_apply_repairs_machine_output(glossary, lang, source, machine, expected, statuses):
    repaired, decisions = apply_glossary(glossary, [source], [machine], lang)
    assert repaired == [expected]
    assert [d.status for d in sorted(decisions, key=lambda d: d.start)] == statuses
    for decision in decisions:
        if decision.status == "flagged":
            assert decision.reason and decision.output == ""


def test_cli_apply_writes_output_and_report(runner, tmp_path):
    from localize.cli import cli

    source, target = tmp_path / "story.txt", tmp_path / "story.ru.txt"
    source.write_text("\n".join(r[0] for r in RU) + "\n")
    target.write_text("\n".join(r[1] for r in RU) + "\n")
    out, report = tmp_path / "fixed.ru.txt", tmp_path / "report.json"
    result = runner.invoke(cli, ["glossary", "apply", "-g", str(NEWS), "-t", "ru", str(source), str(target),
                                 "-o", str(out), "--report", str(report)])
    assert result.exit_code == 0, result.output
    assert out.read_text().splitlines() == [r[2] for r in RU]
    data = json.loads(report.read_text())
    assert data["counts"]["flagged"] == 1 and data["counts"]["repaired"] > 15
    assert {"segment", "start", "end", "entry", "approved", "output", "status", "reason"} <= set(data["occurrences"][0])
    assert "ru: " in result.stderr and " flagged" in result.stderr
    assert target.read_text().splitlines() == [r[1] for r in RU]  # the input is never modified


def test_cli_apply_refuses_misaligned_files(runner, tmp_path):
    from localize.cli import cli

    source, target = tmp_path / "s.txt", tmp_path / "t.txt"
    source.write_text("one\ntwo\n")
    target.write_text("one\n")
    result = runner.invoke(cli, ["glossary", "apply", "-g", str(NEWS), "-t", "ru", str(source), str(target)])
    assert result.exit_code == 2 and "aligned line by line" in result.stderr


def test_a_name_without_gender_takes_it_from_the_articles_pronouns():
    """No gender in the glossary and a first name no dictionary knows: the English article's own pronouns
    decide (he: Аяна Гранта); with none, the name is not declined and the report says why and names the column."""
    from localize.glossary.model import Entry, Glossary

    glossary = Glossary(["en", "ru"], [Entry("Ayan Grant", {"ru": ["Аян Грант"]}, type="name")])
    source = ["They invited Ayan Grant.", "He accepted the invitation."]
    target = ["Они пригласили Аян Грант.", "Он принял приглашение."]
    repaired, decisions = apply_glossary(glossary, source, target, "ru")
    assert repaired[0] == "Они пригласили Аяна Гранта."
    repaired, decisions = apply_glossary(glossary, source[:1], target[:1], "ru")
    assert repaired[0] == "Они пригласили Аян Грант." and "gender column" in decisions[0].reason


@pytest.mark.parametrize("kind, expected", [("person", "Инспекторы допрашивали Рогачёва."),
                                            ("place", "Инспекторы посетили Рогачёв.")])
def test_type_person_or_place_settles_a_name_that_is_both(kind, expected):
    """Рогачёв is a surname and a town: the glossary's type says which, and so how it declines."""
    from localize.glossary.model import Entry, Glossary

    glossary = Glossary(["en", "ru"], [Entry("Rogachev", {"ru": ["Рогачёв"]}, type=kind, gender="m")])
    verb = "questioned" if kind == "person" else "visited"
    machine = "Инспекторы допрашивали Рогачев." if kind == "person" else "Инспекторы посетили Рогачев."
    repaired, _decisions = apply_glossary(glossary, [f"Inspectors {verb} Rogachev."], [machine], "ru")
    assert repaired == [expected]


def test_a_repair_on_evidence_that_may_not_hold_says_what_to_check(runner, tmp_path):
    """A literal translation replaced and a name that is both surname and place come with a check: in
    terms.json (and its count), in the XLIFF notes and on the review page; a plain repair has none."""
    from localize.cli import cli
    from localize.glossary.model import Entry, Glossary

    glossary = Glossary(["en", "ru"], [Entry("Rogachev", {"ru": ["Рогачёв"]}, type="name", gender="m"),
                                       Entry("Lower Danube River Administration", {"ru": ["Администрация Нижнего Дуная"]},
                                             type="term", gender="f")])
    source = ["Inspectors questioned Rogachev.", "Works are funded by the Lower Danube River Administration."]
    target = ["Инспекторы допрашивали Рогачев.", "Работы финансируются Речной администрацией Нижнего Дуная."]
    repaired, decisions = apply_glossary(glossary, source, target, "ru")
    checks = {d.entry: d.check for d in decisions}
    assert "type column" in checks["Rogachev"]
    assert "literal translation" in checks["Lower Danube River Administration"]
    assert repaired[1] == "Работы финансируются Администрацией Нижнего Дуная."
    _repaired, plain = apply_glossary(glossary, ["Works are funded by the Lower Danube River Administration."],
                                      ["Работы финансируются Администрация Нижнего Дуная."], "ru")
    assert plain[0].status == "repaired" and plain[0].check == ""

    tsv = tmp_path / "g.tsv"
    tsv.write_text("en\tru\ttype\tgender\nRogachev\tРогачёв\tname\tm\n", encoding="utf-8")
    src, tgt = tmp_path / "s.txt", tmp_path / "t.txt"
    src.write_text(source[0] + "\n", encoding="utf-8")
    tgt.write_text(target[0] + "\n", encoding="utf-8")
    report = tmp_path / "r.json"
    result = runner.invoke(cli, ["glossary", "apply", "-g", str(tsv), "-t", "ru", str(src), str(tgt),
                                 "-o", str(tmp_path / "o.txt"), "--report", str(report)])
    assert result.exit_code == 0, result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["to_check"] == 1 and "type column" in data["occurrences"][0]["check"]


@pytest.mark.parametrize("entry, approved, gender, source, machine, says", [
    # a case the translation chose, kept with nothing found to govern it
    ("container terminal", "контейнерный терминал", "m", "Container terminals on the Danube lack cranes.",
     "Контейнерным терминалам на Дунае не хватает кранов.", "nothing found in the sentence governs it"),
    # a literal rendering in fewer words than the English: a word of it may be left beside the term
    ("Chief Mufti's Office", "Главное муфтийство", "n", "The Chief Mufti's Office condemned the attack.",
     "Офис главного муфтия осудил нападение.", "fewer words"),
    # a near miss shorter than the approved form, a genitive noun after it
    ("National Roma Council", "Национальный ромский совет", "m", "The minister will support the National Roma Council.",
     "Министр будет поддерживать Национальный совет цыган.", "a noun follows it"),
    # a near miss in another number of words than the approved form: a word may be left or taken
    ("National Roma Council", "Национальный ромский совет", "m", "The National Roma Council met on Monday.",
     "Национальный совет собрался в понедельник.", "another number of words"),
])
def test_a_decision_on_thin_evidence_carries_a_check(entry, approved, gender, source, machine, says):
    from localize.glossary.model import Entry, Glossary

    glossary = Glossary(["en", "ru"], [Entry(entry, {"ru": [approved]}, type="term", gender=gender)])
    _repaired, decisions = apply_glossary(glossary, [source], [machine], "ru")
    assert says in decisions[0].check, decisions[0]


def test_a_report_quoting_hostile_translation_text_is_valid_json(runner, tmp_path):
    """The words a check quotes come from the translation under QA: quotes, backslashes and control
    characters in them leave terms.json loadable and the edition written."""
    from localize.cli import cli

    tsv = tmp_path / "g.tsv"
    tsv.write_text("en\tru\ttype\tgender\nLower Danube River Administration\tАдминистрация Нижнего Дуная\tterm\tf\n",
                   encoding="utf-8")
    src, tgt = tmp_path / "s.txt", tmp_path / "t.txt"
    src.write_text("Works are funded by the \"Lower Danube River Administration\".\n", encoding="utf-8")
    tgt.write_text("Работы \\ финансируются \"Речной администрацией Нижнего Дуная\"\x07.\n", encoding="utf-8")
    report, out = tmp_path / "r.json", tmp_path / "o.txt"
    result = runner.invoke(cli, ["glossary", "apply", "-g", str(tsv), "-t", "ru", str(src), str(tgt),
                                 "-o", str(out), "--report", str(report)])
    assert result.exit_code == 0, result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["to_check"] == 1 and "Речной администрацией" in data["occurrences"][0]["check"]
    edition = out.read_text(encoding="utf-8")
    assert "Речной" not in edition and "дминистраци" in edition and "Нижнего Дуная\"\x07." in edition
    assert edition.startswith("Работы \\ финансируются \"")  # the translation's own characters stay where they were
