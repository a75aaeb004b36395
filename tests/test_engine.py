"""The engine on the real test packages: real argostranslate package API, real CTranslate2."""

from __future__ import annotations

import json

import pytest

from conftest import GOLDEN
from localize.engine import Engine
from localize.pipeline import translate_document


class CountingTranslator:
    """Wraps a real ctranslate2.Translator and records each translate_batch call."""

    def __init__(self, real, calls):
        self._real, self._calls = real, calls

    def translate_batch(self, tokens, **options):
        self._calls.append(len(tokens))
        return self._real.translate_batch(tokens, **options)


@pytest.fixture
def counting_engine(packages_dir, monkeypatch):
    engine = Engine()
    calls: list[int] = []
    real = Engine._translator
    monkeypatch.setattr(engine, "_translator", lambda pkg: CountingTranslator(real(engine, pkg), calls))
    return engine, calls


def test_golden_sentences_are_reproduced(packages_dir):
    rows = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 60
    engine = Engine()
    for src, tgt in {(r["from"], r["to"]) for r in rows}:
        mine = [r for r in rows if (r["from"], r["to"]) == (src, tgt)]
        assert engine.translate([r["source"] for r in mine], src, tgt) == [r["output"] for r in mine]


def test_one_translate_batch_per_document_and_target(counting_engine):
    engine, calls = counting_engine
    article = "# Title\n\n" + "\n\n".join(
        f"Russia and China signed agreement {i}. The navy held drills. Experts warned." for i in range(12))
    editions = translate_document(article, "md", "en", ["bg", "ru"], engine)
    assert calls == [37, 37]  # 1 title + 12 paragraphs x 3 sentences, once per target
    assert "Русия и Китай" in editions["bg"].text and "Россия и Китай" in editions["ru"].text


def test_pivot_through_english_when_no_direct_package(counting_engine):
    engine, calls = counting_engine
    assert [p.to_code for p in engine.route("bg", "ru")] == ["en", "ru"]
    out = engine.translate(["Русия и Китай подписа споразумение.", ""], "bg", "ru")
    assert out == ["Россия и Китай подписал соглашение.", ""]
    assert calls == [1, 1]  # one batch per hop, empty segments never sent


def test_names_numbers_and_placeholders_are_copied(packages_dir):
    out = Engine().translate(["Song Zhongping said ⟦1⟧ 14.5% of 210,000 ⟦2⟧ ⟦/2⟧."], "en", "ru")[0]
    for kept in ("Song Zhongping", "⟦1⟧", "14.5%", "210,000", "⟦2⟧", "⟦/2⟧"):
        assert kept in out


def test_no_model_is_loaded_twice_in_one_run(packages_dir, monkeypatch, tmp_path):
    """Two articles into bg and ru (decoded concurrently), then a pivot bg -> en -> ru: each package's
    model is loaded once, whatever the number of documents, targets and threads."""
    import ctranslate2

    from localize.pipeline import translate_files

    loads: list[str] = []
    real = ctranslate2.Translator

    def counting(model_path, *args, **kwargs):
        loads.append(model_path)
        return real(model_path, *args, **kwargs)

    monkeypatch.setattr(ctranslate2, "Translator", counting)
    engine = Engine()
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(f"Russia and China signed agreement {name}. Experts warned.\n")
    translate_files([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], ["bg", "ru"], "en", tmp_path / "out",
                    engine=engine, memory=False)
    engine.translate(["Русия и Китай подписа споразумение."], "bg", "ru")
    assert sorted(loads) == sorted(set(loads)) and len(loads) == 3, loads


def test_models_run_int8_with_a_decoder_per_core(packages_dir):
    """The test models are stored int8 and decoded int8 ("auto" keeps the stored type where the CPU
    allows it); one decoding thread per core, one thread inside each batch (README, Performance)."""
    import os

    import ctranslate2

    engine = Engine(compute_type="auto")  # what a user gets; the suite decodes float32 (conftest)
    translator = engine._translator(engine.route("en", "ru")[0])
    assert "int8" in ctranslate2.get_supported_compute_types("cpu")
    assert translator.compute_type.startswith("int8")
    assert translator.num_translators == (os.cpu_count() or 1)
