"""Glossary files: reading, merging, linting with file:line, converting without loss, matching."""

from __future__ import annotations

from pathlib import Path

import pytest

from localize.glossary import check, load, load_one, save
from localize.glossary.match import Matcher

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
HEADER = "en\tbg\tru\ttype\tnote\n"

BROKEN = [
    pytest.param(HEADER + "Beijing\tПекин\tПекин\tname\t\nBeijing\tПекин\tБэйцзин\tname\t\n", 3, "already at line 2", id="duplicate-source-other-targets"),
    pytest.param(HEADER + "\tПекин\tПекин\tname\t\n", 2, "empty source term", id="empty-source"),
    pytest.param(HEADER + "   \tПекин\tПекин\tname\t\n", 2, "empty source term", id="whitespace-source"),
    pytest.param(HEADER + "# comment\nBeijing\tПекин\tname\t\n", 3, "4 fields, the header has 5", id="too-few-fields"),
    pytest.param(HEADER + "Beijing\tПекин\tПекин\tname\t\tx\n", 2, "6 fields", id="too-many-fields"),
    pytest.param("en\tbg\tru\tcolour\nBeijing\tПекин\tПекин\tred\n", 1, "unknown column 'colour'", id="unknown-column"),
    pytest.param("en\tbg\tavoid:ru\nBeijing\tПекин\tx\n", 1, "unknown column 'avoid:ru'", id="avoid-for-missing-language"),
    pytest.param(HEADER + "Beijing\tПекин\tПекин\tplace\t\n", 2, "type 'place'", id="bad-type"),
]


@pytest.mark.parametrize("text, line, message", BROKEN)
def test_broken_tsv_is_an_error_with_its_line(tmp_path, runner, text, line, message):
    from localize.cli import cli

    path = tmp_path / "g.tsv"
    path.write_text(text, encoding="utf-8")
    errors = [i for i in check(load([path])) if i.severity == "error"]
    assert [(i.line, message in i.message) for i in errors][:1] == [(line, True)], errors
    result = runner.invoke(cli, ["glossary", "check", str(path)])
    assert result.exit_code == 1
    assert f"{path}:{line}: error:" in result.stdout


def test_broken_csv_quoting_is_an_error_with_its_line(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text('en,bg,ru\nBeijing,Пекин,Пекин\n"Moscow,"Москва",Москва\n', encoding="utf-8")
    errors = [i for i in check(load([path])) if i.severity == "error"]
    assert errors and errors[0].line == 3 and "CSV quoting" in errors[0].message


def test_warnings_do_not_fail_the_check(tmp_path, runner):
    from localize.cli import cli

    path = tmp_path / "g.tsv"
    path.write_text(HEADER + "Academy\tакадемия\t\tterm\t\nDiplomatic Academy\tДипломатическа академия\t"
                    "Дипломатическая академия\tterm\t\n-Beijing\tПекин\tПекин\tname\t\n", encoding="utf-8")
    result = runner.invoke(cli, ["glossary", "check", str(path)])
    assert result.exit_code == 0
    assert f"{path}:2: warning: empty ru cell" in result.stdout
    assert f"{path}:2: warning: 'Academy' is shadowed inside 'Diplomatic Academy'" in result.stdout
    assert f"{path}:4: warning: '-Beijing' can never match" in result.stdout


def test_bom_crlf_comments_and_alternatives(tmp_path):
    path = tmp_path / "g.tsv"
    path.write_bytes("\ufeffen\tbg\tru\r\n# c\r\nSong Zhongping\tСун Джунпин\tСун Чжунпин | Сун Чжун-пин\r\n".encode())
    glossary = load([path])
    assert glossary.errors == [] and glossary.languages == ["en", "bg", "ru"]
    assert glossary.entries[0].targets["ru"] == ["Сун Чжунпин", "Сун Чжун-пин"] and glossary.entries[0].line == 3


def test_later_file_wins_with_a_warning_naming_both_places(tmp_path):
    first, second = tmp_path / "a.tsv", tmp_path / "b.tsv"
    first.write_text("en\tru\nBeijing\tПекин\n")
    second.write_text("en\tru\n# newer\nBeijing\tБэйцзин\n")
    glossary = load([first, second])
    assert [e.targets["ru"] for e in glossary.entries] == [["Бэйцзин"]]
    assert any(str(i) == f"{second}:3: warning: 'Beijing' overrides {first}:2" for i in glossary.issues)


def test_shipped_glossaries_pass_the_check(runner):
    from localize.cli import cli

    files = sorted(str(p) for p in (ROOT / "glossaries").glob("*.tsv"))
    assert files
    result = runner.invoke(cli, ["glossary", "check", *files])
    assert result.exit_code == 0, result.output
    news = load_one(ROOT / "glossaries" / "news.tsv")
    names = {e.source for e in news.entries}
    for needed in ("Song Zhongping", "Oleg Ivanov", "Yuri Tavrovsky", "Diplomatic Academy", "Panagyurishte",
                   "Russian-Chinese Committee for Friendship, Peace and Development", "Beijing", "Moscow", "United States"):
        assert needed in names


@pytest.mark.parametrize("via", [".tbx", ".csv", ".tsv"])
def test_convert_round_trip_loses_nothing(tmp_path, runner, via):
    from localize.cli import cli

    source = ROOT / "glossaries" / "news.tsv"
    middle, back = tmp_path / f"news{via}", tmp_path / "back.tsv"
    assert runner.invoke(cli, ["glossary", "convert", str(source), str(middle)]).exit_code == 0
    assert runner.invoke(cli, ["glossary", "convert", str(middle), str(back)]).exit_code == 0
    fields = ("source", "targets", "type", "case", "gender", "declension", "avoid", "note")
    original = [tuple(getattr(e, f) for f in fields) for e in load_one(source).entries]
    assert [tuple(getattr(e, f) for f in fields) for e in load_one(back).entries] == original
    refused = runner.invoke(cli, ["glossary", "convert", str(source), str(middle)])
    assert refused.exit_code == 2 and "--force" in refused.stderr


def test_tbx_export_validates_against_the_tbx_core_schema(tmp_path):
    etree = pytest.importorskip("lxml.etree")
    schema_file = SHARED / "schemas" / "tbx" / "TBX_core.xsd"
    if not schema_file.exists():
        pytest.skip("../shared/schemas is not beside the checkout")
    xml_xsd = SHARED / "schemas" / "xliff-2.1" / "informativeCopiesOf3rdPartySchemas" / "w3c" / "xml.xsd"
    text = schema_file.read_text().replace("http://www.w3.org/2001/xml.xsd", xml_xsd.as_uri())
    local = tmp_path / "TBX_core.xsd"
    local.write_text(text)
    schema = etree.XMLSchema(etree.parse(str(local)))
    document = etree.fromstring(save(load_one(ROOT / "glossaries" / "news.tsv"), Path("x.tbx")))
    assert schema.validate(document), schema.error_log


def test_tbx_with_entities_is_not_expanded(tmp_path):
    path = tmp_path / "evil.tbx"
    path.write_text('<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY x "boom">]>'
                    '<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body/></text></tbx>')
    glossary = load_one(path)
    assert glossary.errors and "DTD" in glossary.errors[0].message


MATCHES = [
    ("Academy", "The Bulgarian Academy of Sciences met.", ["Bulgarian Academy of Sciences"]),
    ("Academy", "The ACADEMY said; the academy's head.", ["ACADEMY", "academy's"]),
    ("NATO", "Nato and NATO.", ["NATO"]),
    ("Huawei", "Huawei-built towers.", ["Huawei"]),
    ("Beijing", "Beijing-Moscow talks in Beijing.", ["Beijing-Moscow", "Beijing"]),
    ("Beijing", "Beijingers and xBeijing.", []),
    ("C++", "C++ and C are languages.", ["C++"]),  # metacharacters are literal
    ("Song Zhongping", "SONG ZHONGPING, Beijing — Song  Zhongping said", ["SONG ZHONGPING", "Beijing", "Song  Zhongping"]),
    ("Beijing", "See ⟦1⟧ Beijing ⟦/1⟧ and ⟦2⟧.", ["Beijing"]),
    ("Wang (Yi)", "Wang (Yi) and (Yi).", ["Wang (Yi)"]),
    ("Huawei", "Hua\u00adwei, Hua\u200bwei, Hua\u200cwei, Hua\u200dwei", ["Hua\u00adwei", "Hua\u200bwei", "Hua\u200cwei",
                                                                        "Hua\u200dwei"]),  # invisible characters
    ("Song Zhongping", "\u2067Song\u2069 Zhong\u00adping\u200f said", ["Song\u2069 Zhong\u00adping"]),  # bidi controls
]


@pytest.mark.parametrize("_, text, expected", MATCHES, ids=[m[1][:25] for m in MATCHES])
def test_matching(_, text, expected):
    from localize.glossary.model import Entry

    entries = [Entry(s, {}) for s in ("Academy", "Bulgarian Academy of Sciences", "NATO", "Huawei", "Beijing",
                                       "Beijing-Moscow", "C++", "Song Zhongping", "Wang (Yi)")]
    assert [o.text for o in Matcher(entries).find(text)] == expected
