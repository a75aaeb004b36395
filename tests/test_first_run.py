"""What a new user meets on the first run (issue 12): the light install, plurals, translated help, the
packaging metadata, Argos's folders, the TMX export, the XLIFF's inline codes, the formats offered."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT / "glossaries" / "news.tsv"


# -- the light install --------------------------------------------------------------------------------

HEAVY = ("torch", "spacy", "stanza")
RUN_TRANSLATE = (
    "import sys, json\n"
    "import localize, localize.cli, localize.engine, localize.packages, localize.pipeline\n"
    "from localize.cli import main\n"
    "sys.argv = ['localize'] + sys.argv[1:]\n"
    "try:\n    main()\nexcept SystemExit as exit:\n    assert not exit.code, exit.code\n"
    "import argostranslate.package  # what models install/available use: no torch behind it either\n"
    f"print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}} & set({list(HEAVY)!r}))))\n"
)


def test_translate_loads_neither_torch_nor_spacy_nor_stanza(packages_dir, tmp_path):
    source = tmp_path / "story.txt"
    source.write_text("Talks with Song Zhongping in Moscow.\n", encoding="utf-8")
    env = {**os.environ, "LOCALIZE_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-c", RUN_TRANSLATE, "translate", str(source), "-t", "ru", "-g", str(NEWS),
                             "--force", "-q"], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def test_the_dependencies_pull_no_torch():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = [re.split(r"[<>=\[; ]", d, maxsplit=1)[0].lower() for d in project["dependencies"]]
    assert "argos-translate-lt" in names and "argostranslate" not in names
    assert not set(names) & {"torch", "spacy", "stanza"}
    extras = project["optional-dependencies"]
    assert [e for e in extras if any(d.startswith("torch") for d in extras[e])] == ["build"]


# -- plurals ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,n,expected", [
    ("en", 1, "ru: 1 term — 1 ok, 0 repaired, 0 inflected, 0 kept, 0 flagged"),
    ("en", 2, "ru: 2 terms — 2 ok, 0 repaired, 0 inflected, 0 kept, 0 flagged"),
    ("ru", 1, "ru: 1 термин — "),
    ("ru", 3, "ru: 3 термина — "),
    ("ru", 5, "ru: 5 терминов — "),
    ("bg", 1, "ru: 1 термин — "),
    ("bg", 2, "ru: 2 термина — "),
], ids=["en-1", "en-2", "ru-1", "ru-3", "ru-5", "bg-1", "bg-2"])
def test_term_counts_agree_with_their_number(lang, n, expected):
    from localize.cli import terms_summary
    from localize.i18n import set_language

    set_language(lang)
    try:
        line = terms_summary("ru", {"ok": n, "repaired": 0, "inflected": 0, "dnt-kept": 0, "flagged": 0})
    finally:
        set_language("en")
    assert line.startswith(expected)


def test_one_approved_segment_is_singular():
    from localize.cli import _approved

    assert _approved(1) == "1 approved segment stored in the translation memory"
    assert _approved(2) == "2 approved segments stored in the translation memory"


def test_glossary_messages_count_in_the_singular(runner, tmp_path):
    from localize.cli import cli

    glossary = tmp_path / "one.tsv"
    glossary.write_text("en\tru\nSofia\tСофия\n", encoding="utf-8")
    result = runner.invoke(cli, ["glossary", "convert", str(glossary), str(tmp_path / "one.csv")])
    assert result.exit_code == 0 and "Wrote 1 entry to" in result.stderr
    result = runner.invoke(cli, ["glossary", "check", str(glossary)])
    assert result.stderr.strip() == "1 file: 0 errors, 0 warnings"


# -- help in the UI language ------------------------------------------------------------------------

@pytest.mark.parametrize("how", ["--ui-lang", "LANG"])
def test_ui_lang_translates_the_help_line_too(how):
    env = {**os.environ, "LANG": "ru_RU.UTF-8" if how == "LANG" else "C.UTF-8"}
    env.pop("LC_ALL", None)
    args = ["--ui-lang", "ru", "--help"] if how == "--ui-lang" else ["--help"]
    for command in ([], ["translate"], ["models", "list"]):
        argv = [sys.executable, "-m", "localize", *(args[:2] if how == "--ui-lang" else []), *command, "--help"]
        result = subprocess.run(argv, capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stderr
        assert "Show this message and exit." not in result.stdout, command
        assert re.search(r"-h, --help\s+Показать это сообщение", result.stdout), result.stdout


# -- packaging -------------------------------------------------------------------------------------

def test_license_is_an_spdx_expression_with_a_setuptools_that_reads_it():
    """A table `license = {text = ...}` makes setuptools >= 77 print a deprecation warning on every install."""
    import tomllib

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["license"] == "MIT"
    assert not any(c.startswith("License ::") for c in pyproject["project"].get("classifiers", []))
    (requirement,) = [r for r in pyproject["build-system"]["requires"] if r.startswith("setuptools")]
    assert int(re.search(r">=\s*(\d+)", requirement).group(1)) >= 77


def test_sample_glossary_is_the_news_glossary():
    """localize demo applies the bundled copy: it must say what glossaries/news.tsv says."""
    from localize.demo import SAMPLE_GLOSSARY

    assert SAMPLE_GLOSSARY.read_bytes() == NEWS.read_bytes(), "cp glossaries/news.tsv localize/data/sample-glossary.tsv"


# -- Argos's folders ---------------------------------------------------------------------------------

def test_models_commands_leave_home_alone(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), ARGOS_PACKAGES_DIR=str(tmp_path / "packages"), LOCALIZE_CACHE_DIR=str(tmp_path / "cache"),
               no_proxy="*", http_proxy="http://127.0.0.1:9", https_proxy="http://127.0.0.1:9")
    for command in (["models", "list"], ["models", "available"]):
        result = subprocess.run([sys.executable, "-m", "localize", *command], capture_output=True, text=True, env=env,
                                timeout=120)
        assert result.returncode in (0, 2), result.stderr
        assert "Traceback" not in result.stderr
    assert sorted(str(p.relative_to(home)) for p in home.rglob("*")) == []


# -- TMX ----------------------------------------------------------------------------------------------

def test_tmx_holds_the_real_text_once(invoke, tmp_path, monkeypatch):
    from lxml import etree

    monkeypatch.setenv("LOCALIZE_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "story.md"
    source.write_text("Talks with Song Zhongping.\n\nThe talks cost $120 million in **Sofia**.\n", encoding="utf-8")
    assert invoke("translate", source, "-t", "ru", "-g", NEWS).exit_code == 0
    assert invoke("translate", source, "-t", "ru", "-g", NEWS, "--force").exit_code == 0  # from the memory
    assert invoke("tm", "export", tmp_path / "memory.tmx").exit_code == 0
    document = etree.parse(str(tmp_path / "memory.tmx"))
    units = document.findall(".//tu")
    sources = ["".join(tu.find("tuv[1]/seg").itertext()) for tu in units]
    targets = ["".join(tu.find("tuv[2]/seg").itertext()) for tu in units]
    assert sorted(sources) == ["Talks with Song Zhongping.", "The talks cost $120 million in Sofia."]
    edition = (tmp_path / "story.ru.md").read_text(encoding="utf-8")
    assert "Сун Чжунпин" in targets[sources.index("Talks with Song Zhongping.")]
    for target in targets:
        assert target.replace("**", "") in edition.replace("**", "") or target in edition
    phs = document.findall(".//ph")
    assert phs and all(ph.get("x") for ph in phs)  # the only placeholders: the emphasis around Sofia


# -- XLIFF ---------------------------------------------------------------------------------------------

def test_xliff_inline_codes_gain_no_spaces(invoke, tmp_path):
    source = tmp_path / "story.md"
    source.write_text("**Sofia**, Moscow and Beijing.\n\nTalks in *Sofia and Moscow* today.\n", encoding="utf-8")
    assert invoke("translate", source, "-t", "ru", "-g", NEWS).exit_code == 0
    data = (tmp_path / "story.ru.xlf").read_text(encoding="utf-8")
    assert re.search(r"<source><pc [^>]*><mrk [^>]*>Sofia</mrk></pc>, <mrk", data), data
    assert not re.search(r"<(pc|source|target|mrk)\b[^>]*>\s+<", data)
    assert not re.search(r">\s+</(pc|source|target|mrk)>", data)


# -- formats ---------------------------------------------------------------------------------------------

def test_html_offered_in_help_is_what_translate_accepts(invoke, tmp_path):
    """--help offers html, and --format html and .html files are translated (the papercut: it was offered
    and refused)."""
    result = invoke("translate", "--help")
    assert "auto|txt|md|html]" in result.output
    source = tmp_path / "story.txt"
    source.write_text("<p>Russia and China.</p>\n", encoding="utf-8")
    assert invoke("translate", source, "-t", "ru", "--format", "html").exit_code == 0
    assert (tmp_path / "story.ru.txt").read_text(encoding="utf-8") == "<p>Россия и Китай.</p>\n"
    (tmp_path / "page").mkdir()
    page = tmp_path / "page" / "story.html"
    page.write_text("<p>Russia and China.</p>\n", encoding="utf-8")
    assert invoke("translate", page, "-t", "ru").exit_code == 0
    assert (tmp_path / "page" / "story.ru.html").read_text(encoding="utf-8") == "<p>Россия и Китай.</p>\n"


# -- the demo as the README shows it ------------------------------------------------------------------

def test_demo_output_is_the_readme_quickstart(runner, tmp_path, monkeypatch):
    """`localize demo` from any folder applies the bundled sample glossary and prints what the README shows."""
    import tomllib

    from localize.cli import cli

    assert "data/*.tsv" in tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"][
        "localize"]
    monkeypatch.setenv("LOCALIZE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["demo"])
    assert result.exit_code == 0, result.output
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.search(r"\n```\n(Source:   localize-demo/.*?)```\n", readme, re.S).group(1)
    assert result.stdout == shown
    assert "Сун Чжунпин" in (tmp_path / "localize-demo" / "sample-article.ru.md").read_text(encoding="utf-8")
