"""The demo works from the bundled files alone; --help stays light and fast."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def test_demo_writes_both_editions_without_touching_argos_packages(runner, tmp_path, monkeypatch, packages_dir):
    from localize.cli import cli

    monkeypatch.setenv("LOCALIZE_CACHE_DIR", str(tmp_path / "cache"))
    before = sorted(p.name for p in Path(os.environ["ARGOS_PACKAGES_DIR"]).iterdir())
    out = tmp_path / "demo"
    result = runner.invoke(cli, ["demo", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "sample-article.bg.md", "sample-article.bg.review.html", "sample-article.bg.terms.json",
        "sample-article.bg.xlf", "sample-article.md", "sample-article.ru.md", "sample-article.ru.review.html",
        "sample-article.ru.terms.json", "sample-article.ru.xlf"]
    assert "Сун Чжунпин" in (out / "sample-article.ru.md").read_text()  # the news glossary is applied
    assert "Русия" in (out / "sample-article.bg.md").read_text()
    assert "Россия" in (out / "sample-article.ru.md").read_text()
    assert f"Edition (Russian): {out / 'sample-article.ru.md'}" in result.output
    assert sorted(p.name for p in Path(os.environ["ARGOS_PACKAGES_DIR"]).iterdir()) == before
    assert len([p for p in (tmp_path / "cache" / "test-packages").iterdir() if p.is_dir()]) == 3
    again = runner.invoke(cli, ["demo", "-o", str(out)])
    assert again.exit_code == 2 and "--force" in again.stderr
    assert runner.invoke(cli, ["demo", "-o", str(out), "--force"]).exit_code == 0


def test_help_imports_no_heavy_module():
    code = (
        "import sys, json\n"
        "from localize.cli import main\n"
        "sys.argv = ['localize', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ['torch', 'stanza', 'spacy', 'ctranslate2', 'argostranslate', 'argostranslate.translate',"
        " 'markdown_it', 'babel', 'sentencepiece', 'onnxruntime', 'pymorphy3', 'lxml', 'sqlite3']\n"
        "print(json.dumps([m for m in heavy if m in sys.modules]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def test_python_dash_m_works():
    result = subprocess.run([sys.executable, "-m", "localize", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and "localize, version" in result.stdout


RUN_AND_LIST = (
    "import sys, json\n"
    "from localize.cli import main\n"
    "sys.argv = ['localize'] + sys.argv[1:]\n"
    "try:\n    main()\nexcept SystemExit as exit:\n    assert not exit.code, exit.code\n"
    "heavy = ['torch', 'stanza', 'spacy', 'onnxruntime', 'argostranslate.package', 'argostranslate.translate',"
    " 'ctranslate2', 'pymorphy3']\n"
    "print(json.dumps([m for m in heavy if m in sys.modules]))\n"
)


def test_translate_imports_only_what_it_needs(packages_dir, tmp_path):
    """A run decodes with ctranslate2 alone; a re-run whose segments are all in the memory loads neither
    ctranslate2 nor pymorphy3 (the case forms are remembered too)."""
    source = tmp_path / "story.txt"
    source.write_text("Officials of the Diplomatic Academy met Oleg Ivanov in Moscow.\n", encoding="utf-8")
    env = {**os.environ, "LOCALIZE_CACHE_DIR": str(tmp_path / "cache")}
    args = ["translate", str(source), "-t", "ru", "-g", str(Path(__file__).parents[1] / "glossaries" / "news.tsv"),
            "--force", "-q"]

    def loaded() -> list[str]:
        result = subprocess.run([sys.executable, "-c", RUN_AND_LIST, *args], capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout.strip().splitlines()[-1])

    assert loaded() == ["ctranslate2", "pymorphy3"]  # no argostranslate.package: packages listed from metadata.json
    assert loaded() == []


def test_demo_with_an_unusable_cache_folder_is_one_error_line(runner, tmp_path, monkeypatch):
    from localize.cli import cli

    (tmp_path / "file").write_text("x")
    monkeypatch.setenv("LOCALIZE_CACHE_DIR", str(tmp_path / "file" / "cache"))
    result = runner.invoke(cli, ["demo", "-o", str(tmp_path / "demo")])
    assert result.exit_code == 2
    assert result.stderr == (f"Error: {tmp_path / 'file' / 'cache' / 'test-packages'}: cannot hold the test models "
                             "(Not a directory); set LOCALIZE_CACHE_DIR to a writable folder\n")
    assert not any((tmp_path / "demo").glob("*"))
