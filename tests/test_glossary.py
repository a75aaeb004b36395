"""Glossary files: reading, merging, linting with file:line, converting without loss, matching."""

from __future__ import annotations

import re
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
    pytest.param(HEADER + "Beijing\tПекин\tПекин\ttown\t\n", 2, "type 'town'", id="bad-type"),
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


def _tbx_schema(tmp_path):
    """The TBX v3 core schema from ../shared/schemas (its xml.xsd import made local); skips without it."""
    etree = pytest.importorskip("lxml.etree")
    schema_file = SHARED / "schemas" / "tbx" / "TBX_core.xsd"
    if not schema_file.exists():
        pytest.skip("../shared/schemas is not beside the checkout")
    xml_xsd = SHARED / "schemas" / "xliff-2.1" / "informativeCopiesOf3rdPartySchemas" / "w3c" / "xml.xsd"
    text = schema_file.read_text().replace("http://www.w3.org/2001/xml.xsd", xml_xsd.as_uri())
    local = tmp_path / "TBX_core.xsd"
    local.write_text(text)
    return etree.XMLSchema(etree.parse(str(local)))


def test_tbx_export_validates_against_the_tbx_core_schema(tmp_path):
    from lxml import etree

    schema = _tbx_schema(tmp_path)
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


# --- glossaries at scale and hostile glossaries (issue 10, point 7) ------------------------------------

def _big_glossary(n: int, seed: int = 1) -> str:
    """A TSV of ``n`` distinct made-up names of 1-4 words; some single words recur inside longer names."""
    import random

    rng = random.Random(seed)
    syllables = ["ba", "ko", "ri", "ten", "mo", "sa", "lu", "vik", "dor", "zan", "pe", "qui", "ra", "sto", "nel"]
    seen, rows = set(), ["en\tbg\tru"]
    while len(rows) <= n:
        name = " ".join("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()
                        for _ in range(rng.randint(1, 4)))
        if name.casefold() not in seen:
            seen.add(name.casefold())
            rows.append(f"{name}\tБ{name}\tР{name}")
    return "\n".join(rows) + "\n"


def test_check_of_50000_entries_takes_seconds(tmp_path):
    import time

    # before: pairwise, 2,000 entries took 44 s and 50,000 never finished
    path = tmp_path / "big.tsv"
    path.write_text(_big_glossary(50_000), encoding="utf-8")
    glossary = load([path])
    started = time.perf_counter()
    issues = check(glossary)
    assert time.perf_counter() - started < 10
    assert len(glossary.entries) == 50_000
    assert len(issues) > 1000 and all("is shadowed inside" in i.message for i in issues)


def _pairwise_shadows(entries):
    """The former check: every entry against every other one, O(n²)."""
    from localize.glossary.model import Entry

    found = []
    for entry in entries:
        probe = Matcher([Entry(entry.source, {}, case="sensitive" if entry.case_sensitive else "insensitive")])
        longer = [other for other in entries if other is not entry and len(other.source) > len(entry.source)
                  and probe.find(other.source)]
        if longer:
            found.append((entry, longer[0]))
    return found


def test_the_fast_shadow_check_finds_what_the_pairwise_one_found():
    import random

    from localize.glossary import shadowed
    from localize.glossary.model import Entry

    rng = random.Random(7)
    words = ["Beijing", "Moscow", "NATO", "Nato", "Huawei", "Huawei-built", "Beijing-Moscow", "Academy", "academy's",
             "Ёлкин", "Елкин", "C++", "Wang (Yi)", "U.S.", "St. Petersburg", "Bank", "of", "the", "İstanbul", "ΟΔΟΣ"]
    entries, seen = [], set()
    while len(entries) < 400:
        source = " ".join(rng.choice(words) for _ in range(rng.choice([1, 1, 2, 2, 3, 4])))
        if source not in seen:
            seen.add(source)
            entries.append(Entry(source, {}, type=rng.choice(["term", "term", "dnt"])))
    expected = _pairwise_shadows(entries)
    assert len(expected) > 100
    assert [(a.source, b.source) for a, b in shadowed(entries)] == [(a.source, b.source) for a, b in expected]


MULTILINE_CSV = [
    pytest.param('en,bg,ru\n"Diplomatic\nAcademy",Дипломатическа академия,Дипломатическая академия\n', 2,
                 "the en cell has a line break: a term must be on one line", id="line-break-in-the-source-term"),
    pytest.param('en,bg,ru,note\nBeijing,Пекин,Пекин,"capital\nof\nChina"\nMoscow,Москва,"Моск\nва",\n', 5,
                 "the ru cell has a line break: a term must be on one line", id="line-break-in-a-target-after-a-note"),
    pytest.param('en,bg,ru,note\nBeijing,Пекин,Пекин,"two\r\nlines"\r\nBeijing,Пекин,Бэйцзин,\r\n', 4,
                 "'Beijing' is already at line 2 with other targets", id="crlf-line-count-after-a-multi-line-note"),
    pytest.param('en,bg,ru\n"Beijing\tcity",Пекин,Пекин\n', 2, "the en cell has the control character U+0009",
                 id="tab-in-a-term"),
]


@pytest.mark.parametrize("text, line, message", MULTILINE_CSV)
def test_csv_line_breaks_in_terms_are_errors_at_the_line_the_record_starts(tmp_path, runner, text, line, message):
    from localize.cli import cli

    path = tmp_path / "g.csv"
    path.write_bytes(text.encode("utf-8"))
    result = runner.invoke(cli, ["glossary", "check", str(path)])
    assert result.exit_code == 1
    assert f"{path}:{line}: error: {message}\n" in result.stdout
    converted = runner.invoke(cli, ["glossary", "convert", str(path), str(tmp_path / "g.tbx")])
    assert converted.exit_code == 2 and not (tmp_path / "g.tbx").exists()
    assert path.read_bytes() == text.encode("utf-8")


def test_a_note_with_line_breaks_converts_to_tbx_and_csv_and_is_refused_by_tsv(tmp_path, runner):
    from localize.cli import cli

    path = tmp_path / "g.csv"
    path.write_text('en,bg,ru,note\nMoscow,Москва,Москва,\nBeijing,Пекин,Пекин,"capital\nof China"\n', encoding="utf-8")
    assert runner.invoke(cli, ["glossary", "check", str(path)]).exit_code == 0
    for middle in ("g.tbx", "g2.csv"):
        assert runner.invoke(cli, ["glossary", "convert", str(path), str(tmp_path / middle)]).exit_code == 0
        assert load_one(tmp_path / middle).entries[1].note == "capital\nof China"
    result = runner.invoke(cli, ["glossary", "convert", str(path), str(tmp_path / "g.tsv")])
    assert result.exit_code == 2
    assert result.stderr == (f"Error: {path}:3: the note cell has a line break or a tab, which a TSV file cannot hold; "
                             "convert to .csv or .tbx instead\n")
    assert not (tmp_path / "g.tsv").exists()


LAUGHS = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
TBX_TERM = ('<?xml version="1.0"?>{doctype}<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="c">'
            '<langSec xml:lang="en"><termSec><term>{en}</term></termSec></langSec>'
            '<langSec xml:lang="ru"><termSec><term>Пекин</term></termSec></langSec></conceptEntry></body></text></tbx>')
HOSTILE = [  # (file name, bytes, line, message): glossary check says FILE:LINE: error: message, exit 1
    pytest.param("g.tsv", b"en\tbg\tru\nBei\x00jing\t\xd0\x9f\tx\n", 2, "the en cell has the control character U+0000",
                 id="tsv-nul-byte"),
    pytest.param("g.tsv", "en\tbg\tru\nBeijing\tПекин\tПе\x1bкин\n".encode(), 2,
                 "the ru cell has the control character U+001B", id="tsv-escape"),
    pytest.param("g.tsv", "en\tru\tnote\nBeijing\tПекин\tsee\x0cpage 2\n".encode(), 2,
                 "the note cell has the control character U+000C", id="tsv-form-feed-in-a-note"),
    pytest.param("g.tsv", "en\tru\nBeijing\uffff\tПекин\n".encode(), 2, "the en cell has the control character U+FFFF",
                 id="tsv-non-character"),
    pytest.param("g.tsv", ("en\tbg\tru\n" + "\t".join(["x"] * 100_000) + "\n").encode(), 2,
                 "100000 fields, the header has 3", id="tsv-100k-columns"),
    pytest.param("g.tbx", TBX_TERM.format(doctype="", en="Bei\u0085jing").encode(), 1,
                 "the en cell has the control character U+0085", id="tbx-c1-control"),
    pytest.param("g.tbx", TBX_TERM.format(doctype="", en="Diplomatic\nAcademy").encode(), 1,
                 "the en cell has a line break: a term must be on one line", id="tbx-line-break-in-a-term"),
    pytest.param("g.tbx", TBX_TERM.format(doctype=f'<!DOCTYPE tbx [<!ENTITY l0 "lol">{LAUGHS}]>', en="&l9;").encode(), 1,
                 "not well-formed XML", id="tbx-billion-laughs"),
    pytest.param("g.tbx", TBX_TERM.format(doctype='<!DOCTYPE tbx [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
                                          en="&x;").encode(), 1, "a DTD inside a TBX file is refused", id="tbx-external-entity"),
    pytest.param("g.tbx", TBX_TERM.format(doctype='<!DOCTYPE tbx SYSTEM "http://example.invalid/tbx.dtd">',
                                          en="Beijing").encode(), 1, "a DTD inside a TBX file is refused", id="tbx-external-dtd"),
]


@pytest.mark.parametrize("name, data, line, message", HOSTILE)
def test_hostile_glossaries_are_errors_with_their_line(tmp_path, runner, name, data, line, message):
    from localize.cli import cli

    path = tmp_path / name
    path.write_bytes(data)
    result = runner.invoke(cli, ["glossary", "check", str(path)])
    assert result.exit_code == 1, result.output
    assert result.stdout.startswith(f"{path}:{line}: error: {message}")
    for target in ("out.tbx", "out.tsv"):
        converted = runner.invoke(cli, ["glossary", "convert", str(path), str(tmp_path / target)])
        assert converted.exit_code == 2 and converted.stderr.count("\n") == 1
        assert not (tmp_path / target).exists()
    assert path.read_bytes() == data


def _fifo(path: Path) -> None:
    import os

    os.mkfifo(path)


NOT_A_GLOSSARY = [
    pytest.param(_fifo, "is not a regular file (a pipe, socket or device)", id="fifo-no-hang"),
    pytest.param(lambda path: path.symlink_to("/dev/zero"), "is not a regular file (a pipe, socket or device)", id="dev-zero-no-endless-read"),
    pytest.param(lambda path: path.write_bytes(b"") or __import__("os").truncate(path, 64 * 1024 * 1024 + 1),
                 "is larger than 64 MB; a glossary is at most that size", id="over-64-mib"),
]


@pytest.mark.parametrize("make, message", NOT_A_GLOSSARY)
def test_what_is_not_a_glossary_file_is_one_error_line(tmp_path, invoke, make, message):
    path = tmp_path / "g.tsv"
    make(path)
    result = invoke("glossary", "check", path)
    assert result.exit_code == 2 and result.stderr == f"Error: {path}: {message}\n"
    source = tmp_path / "story.txt"
    source.write_text("Beijing.\n")
    result = invoke("translate", source, "-t", "ru", "-g", path)
    assert result.exit_code == 2 and result.stderr == f"Error: {path}: {message}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.tsv", "story.txt"]


# --- the glossary format of issue 11: per-language grammar, plurals ------------------------------------

# Every new column at once: gender:LANG (bg differs from the default), gender of the source language,
# forms:LANG for en (plural), bg and ru, declension first, article:bg; and the languages a column names
# without an approved term to carry it in TBX (Laura Finch has no bg form).
FORMAT_TSV = (
    "en\tbg\tru\ttype\tgender\tgender:bg\tgender:ru\tgender:en\tdeclension\tarticle:bg\tforms:en\tforms:bg\tforms:ru\t"
    "avoid:ru\tnote\n"
    "European Investment Bank\tЕвропейска инвестиционна банка\tЕвропейский инвестиционный банк\tterm\tm\tf\t\t\tfull\t"
    "source\tplural=European Investment Banks\tfull=Европейската инвестиционна банка; short=Европейската инвестиционна "
    "банка\tgent=Европейского инвестиционного банка\tЕвробанк\tthe EIB\n"
    "Dardanelles\tДарданели\tДарданеллы\tname\tpl\t\t\t\tfull\talways\t\tplural=Дарданели; pl-def=Дарданелите\t"
    "loct=Дарданеллах; gent=Дарданелл\t\tstrait\n"
    "Laura Finch\t\tЛора Финч\tname\tf\t\tf\tf\tfirst\tnever\t\t\tdatv=Лоре Финч; accs=Лору Финч\t\t\n"
    "port\tпристанище\tпорт\tterm\tm\tn\t\t\t\tsource\tplural=ports\tcount=пристанища; plural=пристанища\t"
    "loc2=порту; pl-nomn=порты; pl-gent=портов; pl-datv=портам; pl-accs=порты; pl-ablt=портами; pl-loct=портах\t\t\n"
)


def _comparable(entry):
    """An entry's content: every field but its place; empty target cells dropped (TBX has no empty term)."""
    import dataclasses

    fields = {f.name: getattr(entry, f.name) for f in dataclasses.fields(entry) if f.name not in ("path", "line")}
    fields["targets"] = {lang: forms for lang, forms in entry.targets.items() if forms}
    return fields


@pytest.mark.parametrize("hops", [(".tsv", ".csv", ".tbx", ".tsv"), (".tsv", ".tbx", ".csv", ".tbx", ".tsv")],
                         ids=["tsv-csv-tbx-tsv", "tsv-tbx-csv-tbx-tsv"])
def test_convert_round_trip_keeps_every_new_column(tmp_path, runner, hops):
    from lxml import etree

    from localize.cli import cli

    schema = _tbx_schema(tmp_path)
    path = tmp_path / "g0.tsv"
    path.write_text(FORMAT_TSV, encoding="utf-8")
    original = load_one(path)
    assert original.issues == [] or all(i.severity == "warning" for i in original.issues)
    expected = [_comparable(e) for e in original.entries]
    assert expected[0]["genders"] == {"bg": "f"} and expected[2]["declension"] == "first"
    assert expected[3]["forms"]["ru"]["loc2"] == "порту" and expected[1]["article"] == {"bg": "always"}
    for number, suffix in enumerate(hops[1:], 1):
        target = tmp_path / f"g{number}{suffix}"
        result = runner.invoke(cli, ["glossary", "convert", str(path), str(target)])
        assert result.exit_code == 0, result.output
        if suffix == ".tbx":
            assert schema.validate(etree.parse(str(target))), schema.error_log
        hop = load_one(target)
        assert hop.errors == []
        assert [_comparable(e) for e in hop.entries] == expected, f"{path.name} -> {target.name}"
        path = target
    assert load_one(path).languages == ["en", "bg", "ru"]


def test_tbx_carries_the_grammar_as_tbx_basic_data_categories(tmp_path):
    from lxml import etree

    path = tmp_path / "g.tsv"
    path.write_text(FORMAT_TSV, encoding="utf-8")
    root = etree.fromstring(save(load_one(path), Path("x.tbx")))
    ns = {"t": "urn:iso:std:iso:30042:ed-2"}

    def notes(concept, lang):
        return {n.get("type"): n.text for n in root.xpath(
            f"//t:conceptEntry[@id='{concept}']/t:langSec[@xml:lang='{lang}']/t:termSec[1]/t:termNote", namespaces=ns)}

    eib_en, eib_bg = notes("c1", "en"), notes("c1", "bg")
    assert eib_en["grammaticalGender"] == "masculine" and eib_bg["grammaticalGender"] == "feminine"
    assert eib_bg["localize:article"] == "source" and eib_en["localize:forms"] == "plural=European Investment Banks"
    assert notes("c2", "en")["grammaticalNumber"] == "plural" and notes("c2", "en")["partOfSpeech"] == "properNoun"
    assert notes("c2", "ru")["localize:forms"] == "loct=Дарданеллах; gent=Дарданелл"
    finch = notes("c3", "en")  # no bg term: what the glossary says for bg travels on the source term
    assert finch["localize:article:bg"] == "never" and finch["localize:gender:en"] == "f"
    assert finch["localize:declension"] == "first" and notes("c3", "ru")["grammaticalGender"] == "feminine"


def test_tbx_from_elsewhere_gender_on_target_terms_and_earlier_exports(tmp_path):
    path = tmp_path / "g.tbx"
    path.write_text(
        '<?xml version="1.0"?><tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">'
        '<text><body><conceptEntry id="c1">'
        '<langSec xml:lang="en"><termSec><term>EIB</term><termNote type="partOfSpeech">noun</termNote></termSec></langSec>'
        '<langSec xml:lang="bg"><termSec><term>ЕИБ</term><termNote type="grammaticalGender">feminine</termNote></termSec></langSec>'
        '<langSec xml:lang="ru"><termSec><term>ЕИБ</term><termNote type="grammaticalGender">masculine</termNote></termSec>'
        '</langSec></conceptEntry><conceptEntry id="c2">'
        '<langSec xml:lang="en"><termSec><term>United States</term><termNote type="grammaticalGender">otherGender'
        '</termNote><termNote type="partOfSpeech">properNoun</termNote></termSec></langSec>'
        '<langSec xml:lang="ru"><termSec><term>Соединённые Штаты</term><termNote type="grammaticalGender">other'
        '</termNote></termSec></langSec></conceptEntry></body></text></tbx>', encoding="utf-8")
    glossary = load_one(path)
    assert glossary.issues == []
    eib, us = glossary.entries
    assert (eib.gender, eib.gender_for("bg"), eib.gender_for("ru"), eib.type) == ("", "f", "m", "term")
    assert (us.gender, us.genders, us.type) == ("pl", {}, "name")  # otherGender: what localize wrote for pl before


FORMAT_ERRORS = [  # (header + row, line, message): glossary check says FILE:LINE: error: message, exit 1
    pytest.param("en\tru\tgender:ru\nEIB\tЕИБ\tfem\n", 2, "gender:ru 'fem' is not one of m, f, n, pl", id="bad-gender-lang"),
    pytest.param("en\tru\tdeclension\nWang Yi\tВан И\tmiddle\n", 2, "declension 'middle' is not one of full, last, "
                 "first, none", id="bad-declension"),
    pytest.param("en\tbg\tarticle:bg\nBlack Sea\tЧерно море\tsometimes\n", 2, "article:bg 'sometimes' is not one of "
                 "never, always, source", id="bad-article"),
    pytest.param("en\tru\tforms:ru\nport\tпорт\tloc2=порту; locative=в порту\n", 2, "forms:ru: unknown key 'locative' "
                 "(use nomn, gent, datv, accs, ablt, loct, loc2, pl-nomn, pl-gent, pl-datv, pl-accs, pl-ablt, pl-loct)",
                 id="forms-unknown-key"),
    pytest.param("en\tbg\tforms:bg\nport\tпристанище\tplural=пристанища; count=\n", 2,
                 "forms:bg: the form of 'count' is empty", id="forms-empty-form"),
    pytest.param("en\tru\tforms:ru\n# c\nport\tпорт\tloc2=порту; loc2=порте\n", 3, "forms:ru: the key 'loc2' is given "
                 "twice", id="forms-duplicate-key"),
    pytest.param("en\tru\tforms:ru\nport\tпорт\tпорту\n", 2, "forms:ru: 'порту' is not key=form", id="forms-no-key"),
    pytest.param("en\tru\tforms:en\nport\tпорт\tplurals=ports\n", 2, "forms:en: unknown key 'plurals' (use plural)",
                 id="forms-en-only-plural"),
    pytest.param("en\tru\tgenders:ru\nport\tпорт\tm\n", 1, "unknown column 'genders:ru' (use ISO 639-1 codes, type, case, "
                 "gender, declension, note, avoid:LANG, gender:LANG, forms:LANG, article:LANG)", id="unknown-prefix"),
]


@pytest.mark.parametrize("text, line, message", FORMAT_ERRORS)
def test_glossary_check_validates_the_new_columns(tmp_path, runner, text, line, message):
    from localize.cli import cli

    for suffix, data in ((".tsv", text), (".csv", text.replace("\t", ","))):
        path = tmp_path / f"g{suffix}"
        path.write_text(data, encoding="utf-8")
        result = runner.invoke(cli, ["glossary", "check", str(path)])
        assert result.exit_code == 1, result.output
        assert f"{path}:{line}: error: {message}\n" in result.stdout, result.stdout


def test_glossary_check_of_tbx_forms_and_genders(tmp_path, runner):
    from localize.cli import cli

    path = tmp_path / "g.tbx"
    path.write_text(
        '<?xml version="1.0"?>\n<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">\n'
        '<text><body>\n<conceptEntry id="c1">'
        '<langSec xml:lang="en"><termSec><term>port</term><termNote type="localize:declension">middle</termNote>'
        '</termSec></langSec><langSec xml:lang="ru"><termSec><term>порт</term>'
        '<termNote type="localize:forms">loc2=порту; loc2=порте</termNote></termSec></langSec></conceptEntry>'
        '</body></text></tbx>', encoding="utf-8")
    result = runner.invoke(cli, ["glossary", "check", str(path)])
    assert result.exit_code == 1
    assert f"{path}:4: error: forms:ru: the key 'loc2' is given twice\n" in result.stdout
    assert f"{path}:4: error: declension 'middle' is not one of full, last, first, none\n" in result.stdout


def test_columns_for_a_language_not_in_the_header_are_a_warning(tmp_path, runner):
    from localize.cli import cli

    path = tmp_path / "g.tsv"
    path.write_text("en\tru\tgender:bg\tforms:de\tarticle:bg\tgender:ru\n"
                    "EIB\tЕИБ\tf\tgen=EIB\tnever\tm\n", encoding="utf-8")
    result = runner.invoke(cli, ["glossary", "check", str(path)])
    assert result.exit_code == 0, result.output
    for column, lang in (("gender:bg", "bg"), ("forms:de", "de"), ("article:bg", "bg")):
        assert f"{path}:1: warning: the column {column!r} is for {lang!r}, which has no column in the header\n" in result.stdout
    assert "'gender:ru'" not in result.stdout
    entry = load_one(path).entries[0]
    assert (entry.gender_for("bg"), entry.gender_for("ru"), entry.forms_for("de")) == ("f", "m", {"gen": "EIB"})


def test_the_shipped_glossary_reads_as_before():
    entries = {e.source: e for e in load_one(ROOT / "glossaries" / "news.tsv").entries}
    song = entries["Song Zhongping"]
    assert (song.genders, song.forms, song.article) == ({}, {}, {})
    assert (song.gender_for("ru"), song.forms_for("ru"), song.article_for("bg")) == ("m", {}, "")


PLURALS = [  # (text, [(occurrence, plural, possessive)])
    ("Two container terminals and a container terminal.", [("container terminals", True, False),
                                                           ("container terminal", False, False)]),
    ("The CONTAINER TERMINALS' owners, the terminal's cranes", [("CONTAINER TERMINALS'", True, True),
                                                                ("terminal's", False, True)]),
    ("Academies, the academy's head, academy-run schools", [("Academies", True, False), ("academy's", False, True),
                                                            ("academy", False, False)]),
    ("The Chiefs of Staff met the Chief of Staff's deputy.", [("Chiefs of Staff", True, False),
                                                             ("Chief of Staff's", False, True)]),
    ("NGOs and the NGO's staff; ngos", [("NGOs", True, False), ("NGO's", False, True)]),
    ("Both Bulgarian leva, not levs.", [("Bulgarian leva", True, False)]),
    ("The United States' policy and the 'United States' as a name.", [("United States'", False, True),
                                                                      ("United States", False, False)]),
    ("Huaweis and Huawei's phones", [("Huawei's", False, True)]),
    ("Chairmen and chairwomen of two committees", [("Chairmen", True, False), ("chairwomen", True, False),
                                                   ("committees", True, False)]),
    ("The spokespeople and spokespersons", [("spokespeople", True, False), ("spokespersons", True, False)]),
    ("the Diplomatic Academies of Sciences", [("Diplomatic Academies of Sciences", True, False)]),
    ("the terminalsx and terminals-based", [("terminals", True, False)]),
]


@pytest.mark.parametrize("text, expected", PLURALS, ids=[p[0][:30] for p in PLURALS])
def test_english_plurals_and_possessives_match(text, expected):
    from localize.glossary.model import Entry

    entries = [Entry(s, {}) for s in ("container terminal", "Academy", "Chief of Staff", "NGO", "United States",
                                      "chairman", "chairwoman", "committee", "spokesperson",
                                      "Diplomatic Academy of Sciences")]
    entries += [Entry("terminal", {}), Entry("Bulgarian lev", {}, forms={"en": {"plural": "Bulgarian leva"}}),
                Entry("Huawei", {}, type="dnt")]
    entries[4].gender = "pl"
    found = [(o.text, o.plural, o.possessive) for o in Matcher(entries).find(text)]
    assert found == expected
    for occurrence in Matcher(entries).find(text):
        assert text[occurrence.start:occurrence.end] == occurrence.text


def test_plural_matching_keeps_longest_match_first():
    import random

    from localize.glossary.match import english_plurals
    from localize.glossary.model import Entry

    rng = random.Random(11)
    vocabulary = ["terminal", "container", "port", "Academy", "of", "Sciences", "Chief", "Staff", "man",
                  "chairman", "child", "city", "box", "Poti", "crisis"]
    sources = sorted({" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 3))) for _ in range(150)})
    entries = [Entry(source, {}) for source in sources]
    forms = [(entry, phrase.lower(), phrase is not entry.source) for entry in entries
             for phrase in [entry.source] + english_plurals(entry.source)]
    matcher = Matcher(entries)
    plurals = singulars = 0
    for _ in range(300):
        text = " ".join(rng.choice(forms)[1] if rng.random() < 0.5 else rng.choice(vocabulary) for _ in range(8))
        found = matcher.find(text)
        # brute force: at each word not inside an earlier occurrence, the longest form that matches there
        expected, position = [], 0
        for word in re.finditer(r"[^\W_]+", text):
            if word.start() < position:
                continue
            best = None
            for entry, phrase, plural in forms:
                if re.match(r"\s+".join(map(re.escape, phrase.split())) + r"(?![^\W_])", text[word.start():], re.I):
                    if best is None or len(phrase) > len(best[1]) or len(phrase) == len(best[1]) and best[2] and not plural:
                        best = (entry, phrase, plural)
            if best:
                expected.append((word.start(), best[1], best[2]))
                position = word.start() + len(best[1])
        assert [(o.start, o.text.lower(), o.plural) for o in found] == expected, text
        plurals += sum(o.plural for o in found)
        singulars += sum(not o.plural for o in found)
    assert plurals > 200 and singulars > 200


def test_an_explicit_english_plural_overrides_the_rules():
    from localize.glossary.match import plurals
    from localize.glossary.model import Entry

    cases = [  # (entry, text, [(occurrence, plural)])
        (Entry("port", {}, forms={"en": {"plural": "Ports"}}), "ports, PORTS, port", [("ports", True), ("PORTS", True),
                                                                                    ("port", False)]),
        (Entry("aircraft", {}, forms={"en": {"plural": "aircraft"}}), "aircraft aircrafts", [("aircraft", False)]),
        (Entry("Bulgarian lev", {}, forms={"en": {"plural": "leva"}}), "two leva; Bulgarian levs; Bulgarian lev",
         [("leva", True), ("Bulgarian lev", False)]),  # another shape: a candidate of its own; "levs" no longer
    ]
    for entry, text, expected in cases:
        assert [(o.text, o.plural) for o in Matcher([entry]).find(text)] == expected
    assert plurals(cases[0][0]) == ["Ports"] and plurals(cases[1][0]) == []
