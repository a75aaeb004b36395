"""Plain text through the real pipeline (test models, en->ru, the news glossary): invisible characters
never hide a term or become spaces, control characters and our own brackets come back where they stood."""

from __future__ import annotations

from pathlib import Path

import pytest

NEWS = Path(__file__).resolve().parents[1] / "glossaries" / "news.tsv"
CASES = [
    pytest.param("Mos\u200bcow and China signed.\n", "Москва и Китай подписал.\n", id="zero-width-space-in-a-term"),
    pytest.param("Mos\u00adcow and Chi\u200cna signed.\n", "Москва и Китай подписал.\n", id="soft-hyphen-and-non-joiner"),
    pytest.param("\u202eMoscow\u202c and \u2067China\u2069 signed.\n", "Москва и Китай подписал.\n", id="bidi-controls"),
    pytest.param("The marker ⟦/1⟧ and ⟦2⟧ stay in Moscow.\n", "marker ⟦/1⟧ и ⟦2⟧ stay в Москве.\n", id="our-brackets"),
    pytest.param("Russia \x1b[31mand\x1b[0m China signed.\n", "Россия \x1b[31mи\x1b[0m Китай подписал.\n",
                 id="terminal-escape-sequence"),
    pytest.param("  Russia and China signed.\x0c\n\nMoscow\x0bsaid\x85 so\x7f.\n",
                 "  Россия и Китай подписал.\x0c\n\nМосква\x0bсказал\x85 so\x7f.\n", id="form-feed-vt-nel-delete"),
]


@pytest.fixture(scope="module")
def to_ru(packages_dir):
    from localize.engine import Engine
    from localize.glossary import load
    from localize.pipeline import translate_document

    engine, glossary = Engine(), load([NEWS])
    return lambda text: translate_document(text, "txt", "en", ["ru"], engine, glossary)["ru"]


@pytest.mark.parametrize("source, edition", CASES)
def test_hostile_text(to_ru, source, edition):
    result = to_ru(source)
    assert (result.text, result.problems) == (edition, [])
