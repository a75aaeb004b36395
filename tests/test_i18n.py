"""The tool's own messages: complete, up-to-date catalogs; the CLI speaks bg and ru."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))


def test_catalogs_are_complete_up_to_date_and_not_fuzzy():
    import messages

    assert messages.problems() == []


def _run(args, lang, cwd):
    env = {**os.environ, "LANG": lang, "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    return subprocess.run([sys.executable, "-m", "localize", *args], capture_output=True, text=True, env=env, cwd=cwd)


def test_help_in_bulgarian(tmp_path):
    result = _run(["--help"], "bg_BG.UTF-8", tmp_path)
    assert result.returncode == 0
    for words in ("Употреба: localize", "Опции:", "Команди:", "Показва това съобщение и излиза.",
                  "Превежда английски новинарски статии"):
        assert words in result.stdout


def test_error_in_russian(tmp_path):
    result = _run(["translate", "missing.md", "-t", "ru"], "ru_RU.UTF-8", tmp_path)
    assert result.returncode == 2
    assert result.stderr == "Ошибка: missing.md: нет такого файла\n"


@pytest.mark.parametrize("lang, expected", [("ru", "Использование:"), ("bg", "Употреба:"), ("en", "Usage:")])
def test_ui_lang_wins_over_the_environment(tmp_path, lang, expected):
    result = _run(["--ui-lang", lang, "translate", "--help"], "bg_BG.UTF-8" if lang != "bg" else "ru_RU.UTF-8", tmp_path)
    assert result.returncode == 0 and result.stdout.startswith(expected)


def test_click_usage_errors_are_translated(tmp_path):
    result = _run(["translate"], "ru_RU.UTF-8", tmp_path)
    assert result.returncode == 2 and "Ошибка: Не хватает аргумента 'INPUTS...'." in result.stderr


def test_review_page_speaks_the_ui_language(tmp_path, packages_dir):
    source = tmp_path / "story.md"
    source.write_text("# Talks\n\nRussia and China signed an agreement in Beijing.\n")
    result = _run(["translate", str(source), "-t", "bg", "-g", str(ROOT / "glossaries" / "news.tsv")], "ru_RU.UTF-8", tmp_path)
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "story.bg.review.html").read_text()
    assert '<html lang="ru">' in page and "Показывать только сегменты, требующие внимания" in page
    assert "Проверка: английский → болгарский: story.md" in page
