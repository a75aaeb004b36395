"""`localize translate` end to end with the test models."""

from __future__ import annotations

import hashlib
from pathlib import Path

from markdown_tree import structure

ARTICLE = (Path(__file__).resolve().parents[2] / "localize" / "data" / "sample-article.md").read_text(encoding="utf-8")


def test_markdown_article_into_bg_and_ru_keeps_its_structure(invoke, tmp_path):
    source = tmp_path / "roadmap.md"
    source.write_text(ARTICLE, encoding="utf-8")
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    result = invoke("translate", source, "-t", "bg", "-t", "ru")
    assert result.exit_code == 0, result.stderr
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before
    bg, ru = (tmp_path / "roadmap.bg.md").read_text(), (tmp_path / "roadmap.ru.md").read_text()
    for edition in (bg, ru):
        assert structure(edition) == structure(ARTICLE)  # same tokens; URLs and code identical
        assert "⟦" not in edition and "⟧" not in edition
        assert "(https://example.org/academy)" in edition and "`road-map-2030`" in edition
    assert bg.startswith("# Русия и Китай") and ru.startswith("# Россия и Китай")
    # without a glossary the test model goes word by word; the link text is translated, the URL kept
    assert "[Дипломатически Академия](https://example.org/academy)" in bg
    assert "[Дипломатический Академия](https://example.org/academy)" in ru
    assert f"bg: wrote {tmp_path / 'roadmap.bg.md'}" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "roadmap.bg.md", "roadmap.bg.review.html", "roadmap.bg.terms.json", "roadmap.bg.xlf", "roadmap.md",
        "roadmap.ru.md", "roadmap.ru.review.html", "roadmap.ru.terms.json", "roadmap.ru.xlf"]


def test_output_dir_and_several_inputs(invoke, tmp_path):
    (tmp_path / "a.txt").write_text("Russia and China.\n")
    (tmp_path / "b.md").write_text("# The navy\n")
    out = tmp_path / "editions"
    result = invoke("translate", tmp_path / "a.txt", tmp_path / "b.md", "-t", "ru", "-o", out, "-q", "--no-review")
    assert result.exit_code == 0 and result.stderr == ""
    assert sorted(p.name for p in out.iterdir()) == ["a.ru.terms.json", "a.ru.txt", "b.ru.md", "b.ru.terms.json"]
    assert (out / "a.ru.txt").read_text() == "Россия и Китай.\n"
    assert (out / "b.ru.md").read_text() == "# флот\n"  # the test model drops articles, keeps case


def test_stdin_to_stdout(invoke):
    result = invoke("translate", "-", "-t", "bg", input="The government and the army.\n")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "правителство и армия.\n"


def test_bg_to_ru_pivots_through_english(invoke, tmp_path):
    source = tmp_path / "novina.txt"
    source.write_text("Русия и Китай подписа споразумение.\n")
    result = invoke("translate", source, "-f", "bg", "-t", "ru")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "novina.ru.txt").read_text() == "Россия и Китай подписал соглашение.\n"


def test_every_command_has_help(runner):
    from localize.cli import cli

    for args in (["--help"], ["translate", "--help"], ["models", "--help"], ["models", "list", "--help"],
                 ["models", "install", "--help"], ["models", "available", "--help"],
                 ["models", "remove", "--help"], ["demo", "--help"]):
        result = runner.invoke(cli, args)
        assert result.exit_code == 0 and "Usage:" in result.output and len(result.output) > 100, args
