"""Every bad input: exit code 2 (3 for a missing model), one line on stderr, no traceback, no output."""

from __future__ import annotations

import codecs
import os

import pytest

GOOD = "Russia and China signed a new agreement.\n"


def _outputs(folder):
    return sorted(p.name for p in folder.iterdir() if ".bg." in p.name or ".ru." in p.name or p.name.endswith(".partial"))


def _assert_refused(result, code, *words):
    assert result.exit_code == code, result.output + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    assert "Traceback" not in result.stderr + result.output
    for word in words:
        assert word in lines[0]


BAD_FILES = [
    pytest.param(b"", ["empty"], id="empty"),
    pytest.param(b"   \n\t\n  \r\n", ["empty"], id="whitespace-only"),
    pytest.param("\u00a0\u2003\u200b\u2060\n\u3000".encode(), ["empty"], id="unicode-spaces-and-zero-width"),
    pytest.param("Sofia café".encode("latin-1"), ["not UTF-8", "0xE9", "offset 9"], id="latin-1"),
    pytest.param("Русия и Китай".encode("cp1251"), ["not UTF-8", "0xD0", "offset 0"], id="windows-1251"),
    pytest.param(b"Russia\x00China\n", ["binary"], id="nul-byte"),
    pytest.param(bytes(range(256)) * 4, ["binary"], id="binary"),
    pytest.param(b"word " * (3 * 1024 * 1024 // 5), ["MB"], id="3MB-without-line-break"),
]


@pytest.mark.parametrize("data, words", BAD_FILES)
def test_bad_file_is_refused(invoke, tmp_path, data, words):
    source = tmp_path / "story.txt"
    source.write_bytes(data)
    result = invoke("translate", source, "-t", "bg", "-t", "ru")
    _assert_refused(result, 2, str(source), *words)
    assert _outputs(tmp_path) == []
    assert source.read_bytes() == data  # never modified


@pytest.mark.parametrize("encode", [
    pytest.param(lambda t: codecs.BOM_UTF8 + t.replace("\n", "\r\n").encode(), id="utf8-bom-crlf"),
    pytest.param(lambda t: t.encode("utf-16"), id="utf16-bom"),
    pytest.param(lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), id="utf16-be-bom"),
])
def test_other_encodings_are_decoded(invoke, tmp_path, encode):
    source = tmp_path / "story.txt"
    data = encode("Title\n\n" + GOOD)
    source.write_bytes(data)
    result = invoke("translate", source, "-t", "bg")
    assert result.exit_code == 0, result.stderr
    edition = (tmp_path / "story.bg.txt").read_bytes()
    assert not edition.startswith(codecs.BOM_UTF8)
    assert "Русия".encode() in edition and "Китай".encode() in edition
    crlf = b"\r\n" in data
    assert (b"\r\n" in edition) == crlf  # line ends come back as they were
    assert source.read_bytes() == data


def test_unknown_language_code(invoke, tmp_path):
    source = tmp_path / "story.txt"
    source.write_text(GOOD)
    _assert_refused(invoke("translate", source, "-t", "xx"), 2, "unknown language code 'xx'")
    _assert_refused(invoke("translate", source, "-t", "bg", "-f", "english"), 2, "unknown language code")
    assert _outputs(tmp_path) == []


def test_pair_without_a_model_exits_3_and_names_the_install_command(invoke, tmp_path):
    source = tmp_path / "story.txt"
    source.write_text(GOOD)
    result = invoke("translate", source, "-t", "bg", "-t", "de")
    _assert_refused(result, 3, "en -> de", "localize models install en de")
    assert _outputs(tmp_path) == []  # not even the bg edition


def test_existing_output_needs_force(invoke, tmp_path):
    source = tmp_path / "story.txt"
    source.write_text(GOOD)
    existing = tmp_path / "story.ru.txt"
    existing.write_text("keep me")
    result = invoke("translate", source, "-t", "bg", "-t", "ru")
    _assert_refused(result, 2, str(existing), "--force")
    assert existing.read_text() == "keep me"
    assert not (tmp_path / "story.bg.txt").exists()
    assert invoke("translate", source, "-t", "bg", "-t", "ru", "--force").exit_code == 0
    assert "Россия" in existing.read_text()


def test_output_directory_that_is_a_file(invoke, tmp_path):
    source = tmp_path / "story.txt"
    source.write_text(GOOD)
    blocker = tmp_path / "out"
    blocker.write_text("a file, not a folder")
    _assert_refused(invoke("translate", source, "-t", "bg", "-o", blocker / "sub"), 2, "not a directory")
    assert _outputs(tmp_path) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_unwritable_output_directory(invoke, tmp_path):
    source = tmp_path / "story.txt"
    source.write_text(GOOD)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        _assert_refused(invoke("translate", source, "-t", "bg", "-o", locked), 2, "cannot write")
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)


def test_read_only_file_system(invoke, tmp_path):
    if not os.path.isdir("/proc/self"):
        pytest.skip("no /proc")
    source = tmp_path / "story.txt"
    source.write_text(GOOD)
    _assert_refused(invoke("translate", source, "-t", "bg", "-o", "/proc/self/localize-out"), 2, "/proc/self/localize-out")


def test_missing_input_and_directory_input(invoke, tmp_path):
    _assert_refused(invoke("translate", tmp_path / "nope.md", "-t", "bg"), 2, "no such file")


def test_stdin_allows_one_target_only(invoke):
    _assert_refused(invoke("translate", "-", "-t", "bg", "-t", "ru", input=GOOD), 2, "standard input")
