"""Packages tokenised with Moses + BPE (``bpe.model``), end to end on a real BPE test package.

The package (localize/data/models/bpe/, built by tools/build_test_models.py) is a genuine Argos
package: a CTranslate2 model trained on Moses + BPE tokens, its subword-nmt codes as ``bpe.model``,
a ``target_prefix`` and a minisbd/ splitter. Nothing here mocks the engine.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from localize import packages
from localize.engine import Engine
from localize.pipeline import translate_document
from localize.tokenizers import MosesBPE

ROOT = Path(__file__).resolve().parents[1]
BPE_PACKAGE = ROOT / "localize" / "data" / "models" / "bpe" / "translate-en_ru-localize_test_bpe-0.1.0.argosmodel"
GOLDEN_BPE = ROOT / "tools" / "test_models" / "golden-bpe.jsonl"


@pytest.fixture(scope="session")
def bpe_dir(tmp_path_factory) -> Path:
    """A packages folder of its own holding only the BPE en->ru package, installed by localize."""
    directory = tmp_path_factory.mktemp("bpe-packages")
    pkg = packages.install_file(BPE_PACKAGE, directory)
    assert pkg.tokenizer == pkg.path / "bpe.model"
    return directory


@pytest.fixture
def counted(bpe_dir, monkeypatch):
    """A real engine on the BPE package whose translate_batch calls are counted (not replaced)."""
    engine, calls = Engine(packages_dir=bpe_dir), []
    real = Engine._translator

    class Counting:
        def __init__(self, translator):
            self.translator = translator

        def translate_batch(self, tokens, **options):
            calls.append((len(tokens), options.get("target_prefix")))
            return self.translator.translate_batch(tokens, **options)

    monkeypatch.setattr(engine, "_translator", lambda pkg: Counting(real(engine, pkg)))
    return engine, calls


def codes(bpe_dir) -> Path:
    return packages.installed(bpe_dir)[0].path / "bpe.model"


SENTENCES = [
    'Chinese military expert Song Zhongping said "the exercises" were a warning.',
    "Prices rose 3.5% in «November», it's [a] 1,000 - 2 ... A&B <b> x|y",
    "  spaced   text ",
    "The minister told the newspaper that the talks will continue next week.",
]


def test_tokenisation_is_argostranslates_when_there_is_no_placeholder(bpe_dir):
    from argostranslate.tokenizer import BPETokenizer

    theirs, ours = BPETokenizer(codes(bpe_dir), "en", "ru"), MosesBPE(codes(bpe_dir), "en", "ru")
    assert ours.encode(SENTENCES) == [theirs.encode(s) for s in SENTENCES]
    tokens = [theirs.encode(s) for s in SENTENCES]
    assert ours.decode(tokens) == [theirs.decode(t) for t in tokens]


def test_placeholders_are_whole_tokens_through_moses_and_bpe(bpe_dir):
    tokenizer = MosesBPE(codes(bpe_dir), "en", "ru")
    tokens = tokenizer.encode_one("See the ⟦1⟧ Diplomatic Academy ⟦/1⟧ site,⟦12⟧x and ⟦/3⟧.")
    assert [t for t in tokens if "⟦" in t or "⟧" in t] == ["⟦1⟧", "⟦/1⟧", "⟦12⟧", "⟦/3⟧"]
    # Moses alone cuts them ("⟦ / 1 ⟧") -- which is why they are kept out of it
    assert tokenizer.tokenizer.tokenize("⟦/1⟧") == ["⟦", "/", "1", "⟧"]
    assert tokenizer.decode_one(tokens) == "See the ⟦1⟧ Diplomatic Academy ⟦/1⟧ site, ⟦12⟧ x and ⟦/3⟧."


def test_golden_sentences_are_reproduced(bpe_dir):
    rows = [json.loads(line) for line in GOLDEN_BPE.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 20 and {(r["from"], r["to"]) for r in rows} == {("en", "ru")}
    engine = Engine(packages_dir=bpe_dir)
    assert engine.translate([r["source"] for r in rows], "en", "ru") == [r["output"] for r in rows]


def test_markdown_with_a_link_and_a_glossary_term_in_one_batch(counted, tmp_path):
    from localize.glossary import load

    engine, calls = counted
    glossary_file = tmp_path / "g.tsv"
    glossary_file.write_text("en\tru\nDiplomatic Academy\tДипломатическая академия\n", encoding="utf-8")
    article = ("# Talks in Moscow\n\n"
               "Russia and China signed a new agreement, the [minister](https://example.org/a_b) said.\n\n"
               "Experts at the Diplomatic Academy warned about new sanctions.\n")
    edition = translate_document(article, "md", "en", ["ru"], engine, glossary=load([glossary_file]))["ru"]
    text = edition.text
    assert len(calls) == 1 and calls[0][0] == 3 and calls[0][1] == [["<2ru>"]] * 3  # one batch, prefix given
    assert text.startswith("# ") and text.count("\n\n") == 2  # the structure: a heading and two paragraphs
    assert "[министр](https://example.org/a_b)" in text  # the link's pair placeholders came through
    assert "у Дипломатической академии" in text  # the approved form, inflected (genitive after «у»)
    assert "⟦" not in text and "⟧" not in text
    assert "Россия и Китай" in text


def test_install_list_and_translate_through_the_cli(bpe_dir, tmp_path):
    env = {**os.environ, "ARGOS_PACKAGES_DIR": str(tmp_path / "argos")}

    def localize(*args):
        return subprocess.run([sys.executable, "-m", "localize", *map(str, args)], capture_output=True, text=True,
                              env=env, cwd=tmp_path)

    result = localize("models", "install", BPE_PACKAGE)
    assert result.returncode == 0, result.stderr
    result = localize("models", "list")
    assert result.returncode == 0 and re.search(r"en\s+ru\s+0\.1\.0", result.stdout), result.stdout
    source = tmp_path / "story.txt"
    source.write_text("Russia and China signed a new agreement.\n", encoding="utf-8")
    result = localize("translate", source, "-t", "ru", "--no-review")
    assert result.returncode == 0, result.stderr
    expected = Engine(packages_dir=bpe_dir).translate(["Russia and China signed a new agreement."], "en", "ru")[0]
    assert (tmp_path / "story.ru.txt").read_text(encoding="utf-8") == expected + "\n"
    assert expected.startswith("Россия и Китай")


def test_plain_argostranslate_runs_the_package(bpe_dir, tmp_path):
    """argos-translate-lt's own translate (what LibreTranslate runs) on the same installed package."""
    env = {**os.environ, "ARGOS_PACKAGES_DIR": str(bpe_dir)}
    for name in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        env[name] = str(tmp_path / name)
    sentence = "Russia and China signed a new agreement on strategic cooperation in Moscow."
    code = "import sys, argostranslate.translate as t\nprint(t.translate(sys.argv[1], 'en', 'ru'))\n"
    result = subprocess.run([sys.executable, "-c", code, sentence], capture_output=True, text=True, env=env,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    ours = Engine(packages_dir=bpe_dir, compute_type="auto")  # argostranslate's compute type: int8 where it can
    assert result.stdout.strip() == ours.translate([sentence], "en", "ru")[0]


def test_a_package_without_a_tokenizer_is_one_clear_error(bpe_dir, tmp_path):
    import shutil

    from localize.errors import MissingModelError

    copy = tmp_path / "packages"
    shutil.copytree(bpe_dir, copy)
    (packages.installed(copy)[0].path / "bpe.model").unlink()
    with pytest.raises(MissingModelError, match=r"has no tokenizer \(neither sentencepiece.model nor bpe.model\)$"):
        Engine(packages_dir=copy).translate(["Hello."], "en", "ru")
