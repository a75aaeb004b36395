"""`review import` of XLIFF files that come back from outside: the file never decides what is written.

Each case takes a real XLIFF written by `translate`, changes it as a careless or hostile translator
would, and asserts the exit code, the one `Error:` line, that the edition, the source and any file the
XLIFF names are byte-identical afterwards, and that the memory holds nothing new.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

NEWS = Path(__file__).resolve().parents[2] / "glossaries" / "news.tsv"
ARTICLE = ("# Talks in Moscow\n\nInflation was 5.5% in 2025, and 1,234,567 people voted. The [navy](https://n.org) "
           "held drills.\n\nOleg Ivanov said the plan is important.\n")


@pytest.fixture
def translated(invoke, tmp_path, monkeypatch):
    """A folder with story.md, its ru edition and XLIFF (glossary applied), and a victim file outside it."""
    monkeypatch.setenv("LOCALIZE_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "desk"
    folder.mkdir()
    source = folder / "story.md"
    source.write_text(ARTICLE, encoding="utf-8")
    result = invoke("translate", source, "-t", "ru", "-g", NEWS)
    assert result.exit_code == 0, result.stderr
    victim = tmp_path / "home" / ".bashrc"
    victim.parent.mkdir()
    victim.write_text("export PATH=$HOME/bin:$PATH\n")
    return folder


def _human_rows(folder: Path) -> list:
    from localize.memory import Memory

    with Memory(folder.parent / "cache" / "memory.sqlite") as memory:
        return memory.entries("human")


def _edit(xlf: Path, old: str, new: str, count: int = 1, regex: bool = False) -> None:
    data = xlf.read_text(encoding="utf-8")
    changed = re.sub(old, new, data, count=count, flags=re.S) if regex else data.replace(old, new, count)
    assert changed != data, f"the XLIFF has no {old!r}"
    xlf.write_text(changed, encoding="utf-8")


def _approve_first(xlf: Path) -> None:
    _edit(xlf, 'state="translated"', 'state="final"')


def _target_of(unit: str) -> str:
    return rf'(<unit id="{re.escape(unit)}".*?<target>)(.*?)(</target>)'


HOSTILE = [
    pytest.param(lambda f, x: _edit(x, str((f / "story.ru.md").resolve()), str(f.parent / "home" / ".bashrc")),
                 ["names the edition", ".bashrc"], id="metadata-edition-outside-the-folder"),
    pytest.param(lambda f, x: _edit(x, str((f / "story.ru.md").resolve()), str((f / "story.md").resolve())),
                 ["names the edition"], id="metadata-edition-is-the-source"),
    pytest.param(lambda f, x: _edit(x, str((f / "story.ru.md").resolve()), str(f / ".." / "desk" / "other.ru.md")),
                 ["names the edition"], id="metadata-edition-another-file-in-the-folder"),
    pytest.param(lambda f, x: (_edit(x, r'<mda:meta type="source">[^<]*</mda:meta>',
                                     f'<mda:meta type="source">{f.parent / "home" / "story.md"}</mda:meta>', regex=True),
                               (f.parent / "home" / "story.md").write_text("# Another story\n")),
                 ["has changed since"], id="metadata-source-another-file"),
    pytest.param(lambda f, x: _edit(x, r'<mda:meta type="source">[^<]*</mda:meta>',
                                    f'<mda:meta type="source">{f.parent / "home" / ".bashrc"}</mda:meta>', regex=True),
                 ["names the edition"], id="metadata-source-without-extension"),
    pytest.param(lambda f, x: _edit(x, r'<mda:meta type="source">[^<]*</mda:meta>',
                                    '<mda:meta type="source">/dev/zero</mda:meta>', regex=True),
                 ["names the edition"], id="metadata-source-a-device"),
    pytest.param(lambda f, x: _edit(x, r'<mda:meta type="format">[^<]*</mda:meta>',
                                    '<mda:meta type="format">../../etc</mda:meta>', regex=True),
                 ["belongs to no localize edition"], id="metadata-format-unknown"),
    pytest.param(lambda f, x: _edit(x, r'<mda:meta type="edition-sha256">[^<]*</mda:meta>', "", regex=True),
                 ["was changed since", "--force"], id="no-edition-checksum"),
    pytest.param(lambda f, x: _edit(x, '<?xml version=\'1.0\' encoding=\'UTF-8\'?>',
                                    '<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa">'
                                    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'),
                 ["DOCTYPE"], id="billion-laughs-doctype"),
    pytest.param(lambda f, x: _edit(x, _target_of("s1.1"), r"\1&nbsp;Москва\3", regex=True),
                 ["not well-formed XML"], id="undefined-entity-in-target"),
    pytest.param(lambda f, x: _edit(x, 'id="s1.1"', 'id="s999.1"'), ["s999.1"], id="unit-of-no-block"),
    pytest.param(lambda f, x: _edit(x, 'id="s2.1"', 'id="s2.²"'), ["s2.²"], id="unit-id-superscript-digit"),
    pytest.param(lambda f, x: _edit(x, 'id="s2.1"', 'id="intro"'), ["'intro'"], id="unit-id-not-ours"),
    pytest.param(lambda f, x: _edit(x, 'id="s2.1"', 'id="s1.1"'), ["appears twice"], id="duplicate-unit"),
    pytest.param(lambda f, x: _edit(x, r'<unit id="s3\.1".*?</unit>', "", regex=True), ["s3.1"], id="unit-removed"),
    pytest.param(lambda f, x: _edit(x, ' srcLang="en"', ""), ["srcLang"], id="no-srcLang"),
    pytest.param(lambda f, x: _edit(x, 'trgLang="ru"', 'trgLang="xx"'), ["unknown language code 'xx'"],
                 id="unknown-trgLang"),
    pytest.param(lambda f, x: _edit(x, 'trgLang="ru"', 'trgLang="bg"'), ["STEM.bg.xlf"], id="trgLang-not-the-file's"),
    pytest.param(lambda f, x: (_approve_first(x), _edit(x, r'(<unit id="s1\.1".*?<source>)(.*?)(</source>)',
                                                       r"\1Russia and China signed a new agreement.\3", regex=True)),
                 ["source text of unit s1.1 differs"], id="source-text-tampered-to-poison-the-memory"),
    pytest.param(lambda f, x: _edit(x, _target_of("s2.1"), r'\1<ph id="x1" dataRef="d1"/>\3', regex=True),
                 ["'x1'"], id="inline-code-id-not-ours"),
    pytest.param(lambda f, x: _edit(x, _target_of("s2.1"), r'\1<cp hex="D800"/>\3', regex=True),
                 ["D800"], id="cp-surrogate"),
    pytest.param(lambda f, x: _edit(x, _target_of("s2.1"), r'\1<cp hex="zz"/>\3', regex=True),
                 ["zz"], id="cp-not-hex"),
    pytest.param(lambda f, x: x.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256))), ["not well-formed XML"],
                 id="binary-file"),
    pytest.param(lambda f, x: x.write_text('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" '
                                           'srcLang="en" trgLang="ru"><file id="f"/></xliff>'),
                 ["belongs to no localize edition"], id="no-metadata"),
]


@pytest.mark.parametrize("spoil, words", HOSTILE)
def test_hostile_xliff_is_refused_and_nothing_is_written(invoke, translated, spoil, words):
    folder = translated
    xlf = folder / "story.ru.xlf"
    spoil(folder, xlf)
    before = {p: p.read_bytes() for p in folder.parent.rglob("*") if p.is_file() and "cache" not in p.parts}
    result = invoke("review", "import", xlf)
    assert result.exit_code == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "Traceback" not in result.stderr + result.output
    for word in words:
        assert word in lines[0]
    after = {p: p.read_bytes() for p in folder.parent.rglob("*") if p.is_file() and "cache" not in p.parts}
    assert after == before  # the edition, the source, the victim: byte-identical, nothing new
    assert _human_rows(folder) == []


def test_an_xliff_renamed_or_moved_cannot_write_elsewhere(invoke, translated):
    folder = translated
    other = folder.parent / "home" / "story.ru.xlf"
    other.write_bytes((folder / "story.ru.xlf").read_bytes())
    (folder / "notes.ru.xlf").write_bytes((folder / "story.ru.xlf").read_bytes())
    edition = (folder / "story.ru.md").read_bytes()
    for xlf in (other, folder / "notes.ru.xlf"):
        result = invoke("review", "import", xlf)
        assert result.exit_code == 2 and "names the edition" in result.stderr
    assert not (folder.parent / "home" / "story.ru.md").exists() and not (folder / "notes.ru.md").exists()
    assert (folder / "story.ru.md").read_bytes() == edition


@pytest.mark.parametrize("kind", ["directory", "fifo"])
def test_an_xliff_that_is_not_a_regular_file(invoke, tmp_path, kind):
    import os

    path = tmp_path / "story.ru.xlf"
    if kind == "directory":
        path.mkdir()
    else:
        os.mkfifo(path)
    result = invoke("review", "import", path)
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and result.stderr.startswith("Error: ")


def test_a_no_op_import_leaves_the_edition_byte_identical(invoke, translated):
    folder = translated
    edition = folder / "story.ru.md"
    before, stat = edition.read_bytes(), edition.stat()
    assert "\u00a0".encode() in before  # localised numbers: 1 234 567 with no-break spaces
    for _ in range(2):  # the second import is not refused either
        result = invoke("review", "import", folder / "story.ru.xlf")
        assert result.exit_code == 0, result.stderr
        assert "left as it was" in result.stderr
        assert edition.read_bytes() == before and edition.stat().st_mtime_ns == stat.st_mtime_ns


@pytest.mark.parametrize("extra", [
    pytest.param("<!-- checked by J. --> ", id="comment"),
    pytest.param("<?cat-tool locked?>", id="processing-instruction"),
])
def test_comments_and_processing_instructions_in_targets_are_dropped(invoke, translated, extra):
    folder = translated
    xlf = folder / "story.ru.xlf"
    _edit(xlf, _target_of("s3.1"), r"\1" + extra + r"Олег Иванов сказал, что план важен.\3", regex=True)
    result = invoke("review", "import", xlf)
    assert result.exit_code == 0, result.stderr
    edition = (folder / "story.ru.md").read_text(encoding="utf-8")
    assert edition.endswith("\n\nОлег Иванов сказал, что план важен.\n")
    assert "checked" not in edition and "cat-tool" not in edition


def test_control_characters_round_trip_as_cp(invoke, tmp_path, monkeypatch):
    """ESC and form feed in the source: kept in the edition, written as <cp/> in a valid XLIFF, read back."""
    from lxml import etree

    monkeypatch.setenv("LOCALIZE_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "story.txt"
    source.write_bytes(b"Russia and China \x1b[1msigned\x1b[0m a new agreement.\n\x0c\nThe navy held drills.\n")
    result = invoke("translate", source, "-t", "ru")
    assert result.exit_code == 0, result.stderr
    edition = (tmp_path / "story.ru.txt").read_bytes()
    assert edition.count(b"\x1b") == 2 and b"\n\x0c\n" in edition
    data = (tmp_path / "story.ru.xlf").read_bytes()
    etree.fromstring(data)  # well-formed
    assert b'<cp hex="001B"/>' in data
    result = invoke("review", "import", tmp_path / "story.ru.xlf")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "story.ru.txt").read_bytes() == edition


def test_a_line_break_in_a_heading_target_does_not_break_the_heading(invoke, translated):
    folder = translated
    xlf = folder / "story.ru.xlf"
    _edit(xlf, _target_of("s1.1"), "\\1Переговоры\n\nв Москве\\3", regex=True)
    assert invoke("review", "import", xlf).exit_code == 0
    assert (folder / "story.ru.md").read_text(encoding="utf-8").startswith("# Переговоры в Москве\n\n")


def test_the_memory_keys_come_from_the_article_not_from_the_xliff(invoke, translated):
    folder = translated
    xlf = folder / "story.ru.xlf"
    _edit(xlf, _target_of("s3.1"), r"\1Олег Иванов сказал, что план важен.\3", regex=True)
    _edit(xlf, r'(<unit id="s3\.1".*?state=")translated', r"\1final", regex=True)
    result = invoke("review", "import", xlf)
    assert result.exit_code == 0, result.stderr
    rows = _human_rows(folder)
    assert [(r[2], r[3]) for r in rows] == [("Oleg Ivanov said the plan is important.", "Олег Иванов сказал, что план важен.")]


class _FailingCommit:
    """A memory whose commit fails after the edition was renamed in."""

    def __init__(self, real):
        self.real = real

    def store(self, src, tgt, rows, origin, context="", before_commit=None):
        def then():
            before_commit()
            raise OSError("disk full")

        self.real.store(src, tgt, rows, origin, context, before_commit=then)

    def close(self):
        self.real.close()


def test_edition_and_memory_change_together_or_not_at_all(invoke, translated, monkeypatch):
    from localize import write
    from localize.memory import Memory
    from localize.review.reimport import import_xliff

    folder = translated
    xlf = folder / "story.ru.xlf"
    _edit(xlf, _target_of("s3.1"), r"\1Олег Иванов сказал, что план важен.\3", regex=True)
    _edit(xlf, r'(<unit id="s3\.1".*?state=")translated', r"\1final", regex=True)
    edition = folder / "story.ru.md"
    before = edition.read_bytes()
    memory = Memory(folder.parent / "cache" / "memory.sqlite")
    with pytest.raises(OSError, match="disk full"):  # the memory's commit fails: the edition is put back
        import_xliff(xlf, memory=_FailingCommit(memory))
    assert edition.read_bytes() == before and _human_rows(folder) == []

    def no_space(*args, **kwargs):
        raise OSError("no space left on device")

    monkeypatch.setattr(write, "atomic_write_bytes", no_space)  # the edition cannot be written: nothing stored
    with pytest.raises(OSError):
        import_xliff(xlf, memory=memory)
    memory.close()
    assert edition.read_bytes() == before and _human_rows(folder) == []
