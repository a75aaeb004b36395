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
