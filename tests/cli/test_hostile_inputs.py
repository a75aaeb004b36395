"""Hostile and careless inputs to `translate`: what is read, and what a run may write.

Every refusal: exit 2, one `Error:` line, no traceback, no output file, the inputs byte-identical.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

GOOD = "Russia and China signed a new agreement.\n"


def _snapshot(folder: Path) -> dict:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _refused(result, *words):
    assert result.exit_code == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "Traceback" not in result.stderr + result.output
    for word in words:
        assert word in lines[0], lines[0]


# --- point 3: every output of a run is planned before the first write ---------------------------------

def _two_stories(tmp):
    (tmp / "a").mkdir()
    (tmp / "b").mkdir()
    (tmp / "a" / "story.md").write_text("# One\n")
    (tmp / "b" / "story.md").write_text("# Two\n")
    return [tmp / "a" / "story.md", tmp / "b" / "story.md", "-t", "ru", "-o", tmp / "out"]


def _input_is_an_edition(tmp):
    (tmp / "s.md").write_text(GOOD)
    (tmp / "s.ru.md").write_text("Моя правка.\n")
    return [tmp / "s.md", tmp / "s.ru.md", "-t", "ru", "--force"]


def _text_named_xlf(tmp):
    (tmp / "notes.xlf").write_text(GOOD)
    return [tmp / "notes.xlf", "-t", "bg", "--format", "txt"]


def _same_input_twice(tmp):
    (tmp / "s.txt").write_text(GOOD)
    return [tmp / "s.txt", tmp / "." / "s.txt", "-t", "bg"]


def _symlinked_input(tmp):
    (tmp / "s.txt").write_text(GOOD)
    (tmp / "s.bg.txt").symlink_to(tmp / "s.txt")
    return [tmp / "s.txt", tmp / "s.bg.txt", "-t", "bg", "--force"]


COLLISIONS = [
    pytest.param(_two_stories, ["written twice"], id="two-inputs-one-name-into-one-folder"),
    pytest.param(_input_is_an_edition, ["s.ru.md", "is one of the inputs"], id="an-input-is-another-input's-edition"),
    pytest.param(_text_named_xlf, ["notes.bg.xlf", "written twice"], id="text-input-named-xlf"),
    pytest.param(_same_input_twice, ["written twice"], id="the-same-input-twice"),
    pytest.param(_symlinked_input, ["is one of the inputs"], id="an-edition-is-a-link-to-an-input"),
]


@pytest.mark.parametrize("make, words", COLLISIONS)
def test_colliding_outputs_are_refused_before_any_write(invoke, tmp_path, make, words):
    args = make(tmp_path)
    before = _snapshot(tmp_path)
    _refused(invoke("translate", *args), *words)
    assert _snapshot(tmp_path) == before
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_an_input_without_extension_gets_the_language_in_every_name(invoke, tmp_path):
    (tmp_path / "story").write_text(GOOD)
    result = invoke("translate", tmp_path / "story", "-t", "bg", "-t", "ru")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "story", "story.bg", "story.bg.review.html", "story.bg.terms.json", "story.bg.xlf",
        "story.ru", "story.ru.review.html", "story.ru.terms.json", "story.ru.xlf"]
    assert invoke("review", "import", tmp_path / "story.ru.xlf").exit_code == 0


# --- point 4: only regular files (or -) are read, never more than the limit plus one byte ----------------

def _fifo(tmp):
    os.mkfifo(tmp / "story.txt")  # reading it would hang
    return tmp / "story.txt"


def _directory(tmp):
    (tmp / "story.md").mkdir()
    return tmp / "story.md"


def _unix_socket(tmp):
    import socket

    path = tmp / "story.txt"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    return path


NOT_FILES = [
    pytest.param(_fifo, ["not a regular file"], id="fifo"),
    pytest.param(lambda tmp: Path("/dev/zero"), ["not a regular file"], id="dev-zero"),
    pytest.param(lambda tmp: Path("/dev/null"), ["not a regular file"], id="dev-null"),
    pytest.param(_directory, ["is a directory"], id="directory"),
    pytest.param(_unix_socket, ["not a regular file"], id="unix-socket"),
]


@pytest.mark.parametrize("make, words", NOT_FILES)
def test_what_is_not_a_regular_file_is_refused_in_one_line(invoke, tmp_path, make, words):
    path = make(tmp_path)
    _refused(invoke("translate", path, "-t", "bg", "-o", tmp_path / "out"), str(path), *words)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_an_input_is_read_up_to_the_limit_plus_one_byte(monkeypatch, tmp_path):
    from localize import inputs
    from localize.errors import InputError

    monkeypatch.setattr(inputs, "MAX_INPUT_BYTES", 1000)
    reads = []
    real_open = os.fdopen

    class Counting:
        def __init__(self, file):
            self.file = file

        def read(self, n=-1):
            reads.append(n)
            return self.file.read(n)

        def fileno(self):
            return self.file.fileno()

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.file.close()

    monkeypatch.setattr(os, "fdopen", lambda *a, **k: Counting(real_open(*a, **k)))
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 10_000)
    with pytest.raises(InputError, match="larger than"):
        inputs.read_source(str(big))
    assert reads == [1001]


@pytest.mark.skipif(os.uname().sysname != "Linux", reason="Linux file names are bytes")
def test_a_file_name_that_is_not_utf8_is_refused_in_one_line(tmp_path):
    import subprocess
    import sys

    name = os.fsencode(str(tmp_path)) + b"/caf\xe9.txt"
    with open(name, "wb") as file:
        file.write(GOOD.encode())
    run = subprocess.run([sys.executable, "-m", "localize", "translate", name, "-t", "bg"],
                         capture_output=True, env={**os.environ, "LC_ALL": "C.UTF-8"})
    assert run.returncode == 2, run.stderr
    assert run.stderr.decode().count("\n") == 1 and "caf\\xe9.txt" in run.stderr.decode()
    assert "not valid UTF-8" in run.stderr.decode()
    assert sorted(os.listdir(os.fsencode(str(tmp_path)))) == [b"caf\xe9.txt"]


@pytest.mark.parametrize("character", ["\x1b", "\x0c", "\x07", "\x7f", "\x85", "\x9b"],
                         ids=["ESC", "form-feed", "bell", "DEL", "NEL", "CSI"])
def test_control_characters_in_an_article_never_crash_a_run(invoke, tmp_path, character):
    from lxml import etree

    source = tmp_path / "story.md"
    data = f"# Talks{character}in Moscow\n\nRussia and China signed{character} a new agreement.\n".encode()
    source.write_bytes(data)
    result = invoke("translate", source, "-t", "ru", "-t", "bg")
    assert result.exit_code in (0, 2), result.stderr
    assert "Traceback" not in result.stderr and "Internal error" not in result.stderr
    assert source.read_bytes() == data
    if result.exit_code == 0:
        for lang in ("ru", "bg"):
            etree.fromstring((tmp_path / f"story.{lang}.xlf").read_bytes())  # well-formed XML
            assert (tmp_path / f"story.{lang}.md").exists()
    else:
        assert sorted(p.name for p in tmp_path.iterdir()) == ["story.md"]


NEWS = Path(__file__).resolve().parents[2] / "glossaries" / "news.tsv"


def _apply_onto_target(tmp):
    (tmp / "s.txt").write_text("Talks with Song Zhongping.\n")
    (tmp / "t.txt").write_text("Переговоры с Сун Чжунпином.\n")
    return ["glossary", "apply", "-g", NEWS, "-t", "ru", tmp / "s.txt", tmp / "t.txt", "-o", tmp / "t.txt", "--force"]


def _report_onto_source(tmp):
    (tmp / "s.txt").write_text("Talks with Song Zhongping.\n")
    (tmp / "t.txt").write_text("Переговоры с Сун Чжунпином.\n")
    return ["glossary", "apply", "-g", NEWS, "-t", "ru", tmp / "s.txt", tmp / "t.txt", "--report", tmp / "s.txt",
            "--force"]


def _convert_onto_itself(tmp):
    (tmp / "g.tsv").write_bytes(NEWS.read_bytes())
    return ["glossary", "convert", tmp / "g.tsv", tmp / "g.tsv", "--force"]


def _output_is_a_directory(tmp):
    (tmp / "g.tsv").write_bytes(NEWS.read_bytes())
    (tmp / "g.tbx").mkdir()
    return ["glossary", "convert", tmp / "g.tsv", tmp / "g.tbx", "--force"]


OTHER_COMMANDS = [
    pytest.param(_apply_onto_target, ["is one of the inputs"], id="apply-output-is-the-target"),
    pytest.param(_report_onto_source, ["is one of the inputs"], id="apply-report-is-the-source"),
    pytest.param(_convert_onto_itself, ["is one of the inputs"], id="convert-onto-itself"),
    pytest.param(_output_is_a_directory, ["is a directory"], id="convert-output-is-a-directory"),
]


@pytest.mark.parametrize("make, words", OTHER_COMMANDS)
def test_other_commands_never_overwrite_their_inputs(invoke, tmp_path, make, words):
    args = make(tmp_path)
    before = _snapshot(tmp_path)
    _refused(invoke(*args), *words)
    assert _snapshot(tmp_path) == before


def test_tm_export_never_overwrites_the_memory(invoke, tmp_path, monkeypatch):
    monkeypatch.setenv("LOCALIZE_CACHE_DIR", str(tmp_path))
    (tmp_path / "s.txt").write_text(GOOD)
    assert invoke("translate", tmp_path / "s.txt", "-t", "bg").exit_code == 0
    memory = tmp_path / "memory.sqlite"
    before = memory.read_bytes()
    _refused(invoke("tm", "export", memory, "--force"), "is one of the inputs")
    assert memory.read_bytes() == before
