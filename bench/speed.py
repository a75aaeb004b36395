#!/usr/bin/env python3
"""Speed benchmark: localize against the engine's floor and against plain argostranslate, in one run.

Contenders, alternated, median of --repeat runs, on the bundled TEST models and a long article
(../shared/corpus/roadmap-article.txt repeated with variations when ../shared exists, else the bundled
sample article repeated; at least 3,000 words), English -> Russian:

  (a) floor: raw CTranslate2, the same pre-tokenised segments in one ``translate_batch``;
  (b) peer:  ``argostranslate.translate.translate`` on the article text (the test package carries
             a rule-based MiniSBD splitter in ``minisbd/en.onnx`` so argostranslate needs no download);
  (c) localize: ``translate_files`` end to end (read, segment, glossary, translate, enforce, write
             the edition, terms report, XLIFF and review page), models already loaded, memory off.

Also: ``localize --help`` wall time, peak RSS, and a second ``localize`` run after one paragraph is
edited, with the translation memory on (cold process both times).
Usage: python bench/speed.py [--repeat 5]       (make bench)
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "roadmap-article.txt"
WORK = Path(tempfile.mkdtemp(prefix="localize-bench-"))
for name in ("ARGOS_PACKAGES_DIR", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "LOCALIZE_CACHE_DIR"):
    os.environ[name] = str(WORK / name.lower())
    Path(os.environ[name]).mkdir(parents=True)
sys.path.insert(0, str(ROOT))


def article(min_words: int = 3000) -> str:
    """A long plain-text article, deterministic."""
    if CORPUS.exists():
        base = [p.strip() for p in CORPUS.read_text(encoding="utf-8").split("\n") if p.strip()]
    else:
        base = [p.strip() for p in (ROOT / "localize" / "data" / "sample-article.md").read_text().split("\n\n")]
    rng = random.Random(7)
    paragraphs, words = [], 0
    while words < min_words:
        for p in base:
            variant = re.sub(r"\b(\d+)\b", lambda m: str(int(m.group(1)) + rng.randint(0, 9)), p)
            paragraphs.append(variant)
            words += len(variant.split())
    return "\n\n".join(paragraphs) + "\n"


def timed(function, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        out.append(time.perf_counter() - started)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from localize import packages
    from localize.demo import TEST_MODELS
    from localize.engine import BEAM_SIZE, LENGTH_PENALTY, MAX_BATCH_TOKENS, Engine
    from localize.glossary import load
    from localize.pipeline import translate_files
    from localize.segment import split_sentences

    for file in sorted(TEST_MODELS.glob("*.argosmodel")):
        packages.install_file(file)
    text = article()
    source = WORK / "article.txt"
    source.write_text(text, encoding="utf-8")
    glossary = load([ROOT / "glossaries" / "news.tsv"])
    words = len(text.split())

    # (a) the floor: raw CTranslate2 on pre-tokenised segments
    import ctranslate2
    import sentencepiece

    pkg = packages.find("en", "ru")
    sp = sentencepiece.SentencePieceProcessor(model_file=str(pkg.tokenizer))
    segments = [s for line in text.split("\n") if line.strip() for s in split_sentences(line)]
    tokens = [sp.encode(s, out_type=str) for s in segments]
    raw = ctranslate2.Translator(str(pkg.model_dir), device="cpu", compute_type="auto", inter_threads=1,
                                 intra_threads=os.cpu_count() or 1)
    prefix = [[pkg.target_prefix]] * len(tokens)

    def floor():
        raw.translate_batch(tokens, target_prefix=prefix, beam_size=BEAM_SIZE, length_penalty=LENGTH_PENALTY,
                            replace_unknowns=True, max_batch_size=MAX_BATCH_TOKENS, batch_type="tokens")

    # (b) the peer: plain argostranslate
    started = time.perf_counter()
    import argostranslate.translate as argos

    argos_import = time.perf_counter() - started
    argos.translate("Warm up.", "en", "ru")

    def peer():
        argos.translate(text, "en", "ru")

    # (c) localize, models loaded once, memory off
    engine = Engine()
    engine.translate(["Warm up."], "en", "ru")
    out = WORK / "out"

    def ours():
        translate_files([str(source)], ["ru"], "en", out, True, engine=engine, glossary=glossary, memory=False)

    times = {"a": [], "b": [], "c": []}
    for _ in range(args.repeat):  # alternate the contenders
        times["a"] += timed(floor, 1)
        times["c"] += timed(ours, 1)
        times["b"] += timed(peer, 1)
    med = {k: statistics.median(v) for k, v in times.items()}

    # CLI: --help, and a re-run after a one-paragraph edit with the memory on (cold processes)
    localize = [sys.executable, "-m", "localize"]
    helps = [t for t in timed(lambda: subprocess.run(localize + ["--help"], capture_output=True, check=True), 5)]
    cli = localize + ["translate", str(source), "-t", "ru", "-g", str(ROOT / "glossaries" / "news.tsv"), "--force", "-q"]
    first = timed(lambda: subprocess.run(cli, check=True), 1)[0]
    paragraphs = text.split("\n\n")
    paragraphs[3] = "The government said on Tuesday that the new plan is important for the economy."
    source.write_text("\n\n".join(paragraphs), encoding="utf-8")
    second = timed(lambda: subprocess.run(cli, check=True), 1)[0]
    rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)

    print(f"article: {words} words, {len(segments)} segments, en->ru, test models, {os.cpu_count()} cores, "
          f"median of {args.repeat}")
    print(f"(a) raw CTranslate2 translate_batch : {med['a']:.3f} s")
    print(f"(b) argostranslate.translate        : {med['b']:.3f} s   (+ {argos_import:.2f} s to import it)")
    print(f"(c) localize translate_files        : {med['c']:.3f} s   (glossary, enforcement, 4 files written)")
    print(f"c/a = {med['c'] / med['a']:.2f}  (target <= 1.15)")
    print(f"b/c = {med['b'] / med['c']:.2f}  (target >= 3)")
    print(f"localize --help: {statistics.median(helps):.3f} s (median of 5; target <= 0.3 s)")
    print(f"CLI first run {first:.2f} s; after a one-paragraph edit {second:.2f} s: {first / second:.1f}x faster "
          f"(target >= 10x; both include process start and model load)")
    print(f"peak RSS: {rss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
