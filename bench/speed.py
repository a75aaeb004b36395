#!/usr/bin/env python3
"""Speed benchmark: localize against the engine's floor and against plain argostranslate, in one run.

Contenders, alternated (each round: --inner pairs of (a) and (c), then (b)), medians over --repeat
rounds, on the bundled TEST models and a long article
(../shared/corpus/roadmap-article.txt repeated with variations when ../shared exists, else the bundled
sample article repeated; at least 3,000 words), English -> Russian:

  (a) floor: raw CTranslate2, the same pre-tokenised segments in one ``translate_batch``;
  (b) peer:  plain argostranslate 1.11 (spaCy, stanza, torch), ``argostranslate.translate.translate`` on
             the article text, in an environment of its own (``--argos-python``; ``make bench`` creates
             build/bench-argos-venv), run by bench/argos_peer.py (the test package carries a rule-based
             MiniSBD splitter in ``minisbd/en.onnx`` so argostranslate needs no download);
  (b') the lighter peer: argos-translate-lt's own ``argostranslate.translate`` (what LibreTranslate
             runs; localize's dependency) from this environment, the same way;
  (c) localize: ``translate_files`` end to end (read, segment, glossary, translate, enforce, write
             the edition, terms report, XLIFF and review page), models already loaded, memory off.

Also: ``localize --help`` wall time, peak RSS, and a second ``localize`` run after one paragraph is
edited, with the translation memory on (cold process both times).
With ``--profile FILE``, one more (c) run goes through pyinstrument and its call tree is written to
FILE (HTML; ``.txt`` for text) -- where the time over the floor goes.
Usage: python bench/speed.py [--argos-python build/bench-argos-venv/bin/python] [--repeat 3] [--inner 3]
                            [--profile build/profile.html]                                  (make bench)
"""

from __future__ import annotations

import argparse
import json
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


def profile(path: Path, function) -> None:
    """Run ``function`` under pyinstrument (``pip install -e '.[bench]'``); its call tree goes to ``path``."""
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.0005)
    profiler.start()
    function()
    profiler.stop()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(profiler.output_text(show_all=False) if path.suffix == ".txt" else profiler.output_html(),
                    encoding="utf-8")
    print(f"profile of one (c) run: {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="rounds: (b) once per round")
    parser.add_argument("--inner", type=int, default=3, help="(a), (c) pairs per round")
    parser.add_argument("--profile", type=Path, help="profile one more (c) run with pyinstrument into this file")
    parser.add_argument("--argos-python", type=Path,
                        help="the interpreter of an environment with plain argostranslate, for (b); without it (b) is "
                             "left out")
    args = parser.parse_args()

    from localize import packages
    from localize.demo import TEST_MODELS
    from localize.engine import BEAM_SIZE, LENGTH_PENALTY, MAX_DECODING_LENGTH, Engine, batch_tokens
    from localize.glossary import load
    from localize.pipeline import translate_document, translate_files

    for file in sorted(TEST_MODELS.glob("*.argosmodel")):
        packages.install_file(file)
    text = article()
    source = WORK / "article.txt"
    source.write_text(text, encoding="utf-8")
    glossary = load([ROOT / "glossaries" / "news.tsv"])
    words = len(text.split())

    # Every run gets its own text (argostranslate caches translated paragraphs; nobody may reuse a run).
    paragraphs = [p for p in text.split("\n\n") if p.strip()]

    def variant(k: int) -> str:
        return "\n\n".join(f"Run {k}: {p}" for p in paragraphs) + "\n"

    # (a) the floor: raw CTranslate2 on exactly the segments localize sends, pre-tokenised
    import ctranslate2
    import sentencepiece

    from localize.pipeline import prepare

    pkg = packages.find("en", "ru")
    sp = sentencepiece.SentencePieceProcessor(model_file=str(pkg.tokenizer))
    # the floor uses the engine's thread sizing: 1 thread per batch, batches in parallel on every core
    threads = os.cpu_count() or 1
    raw = ctranslate2.Translator(str(pkg.model_dir), device="cpu", compute_type="auto",
                                 inter_threads=threads, intra_threads=1)

    def floor(tokens) -> None:  # Argos's decoding settings and the engine's batch sizing
        raw.translate_batch(tokens, target_prefix=[[pkg.target_prefix]] * len(tokens), beam_size=BEAM_SIZE,
                            length_penalty=LENGTH_PENALTY, replace_unknowns=True, batch_type="tokens",
                            max_batch_size=batch_tokens(sum(map(len, tokens)), threads),
                            max_decoding_length=MAX_DECODING_LENGTH)

    def floor_tokens(k: int):  # exactly the segments localize sends to the model (terms, numbers protected)
        _document, segments = prepare(variant(k), "txt", "en", glossary)
        return sp.encode([s.source for s in segments if s.source.strip()], out_type=str)

    # (b) plain argostranslate in its own environment, (b') argos-translate-lt from this one: each round one
    # process per peer (imports, model load and a warm-up untimed), on a text no contender has seen
    peers = {"b'": sys.executable}
    if args.argos_python:
        peers["b"] = str(args.argos_python)
    peer_info: dict[str, dict] = {}

    def run_peer(key: str, text_file: Path) -> float:
        result = subprocess.run([peers[key], str(ROOT / "bench" / "argos_peer.py"), "en", "ru", str(text_file)],
                                capture_output=True, text=True, check=True)
        peer_info[key] = json.loads(result.stdout.strip().splitlines()[-1])
        return peer_info[key]["times"][0]

    # (c) localize, models loaded once, memory off
    engine = Engine()
    engine.translate(["Warm up."], "en", "ru")
    out = WORK / "out"

    # one untimed run of (a) and (c) first: what a process pays once (imports, Babel's locale data,
    # pymorphy3's dictionaries, CTranslate2's first large allocation; ~0.2 s for (c)) is in the CLI
    # figures below, not in the per-article medians
    warm = WORK / "article-warm.txt"
    warm.write_text(variant(50), encoding="utf-8")
    translate_files([str(warm)], ["ru"], "en", out, True, engine=engine, glossary=glossary, memory=False)
    floor(floor_tokens(50))

    times = {"a": [], "b": [], "b'": [], "c": []}
    segments = fallback = 0
    for k in range(args.repeat):  # alternate the contenders, each on a text no one has seen
        for j in range(args.inner):  # (a) and (c) take 0.2-1 s: several pairs per round steady their medians
            n = k * args.inner + j
            tokens = floor_tokens(300 + n)
            segments = len(tokens)
            started = time.perf_counter()
            floor(tokens)
            times["a"].append(time.perf_counter() - started)
            run_source = WORK / f"article-{n}.txt"
            run_source.write_text(variant(100 + n), encoding="utf-8")
            before = len(engine.batches)
            started = time.perf_counter()
            translate_files([str(run_source)], ["ru"], "en", out, True, engine=engine, glossary=glossary,
                            memory=False)
            times["c"].append(time.perf_counter() - started)
            fallback = sum(b.segments for b in engine.batches[before + 1:])  # batches after the article's own
        for offset, key in enumerate(peers):
            peer_file = WORK / f"peer-{key}-{k}.txt"
            peer_file.write_text(variant(200 + 10 * k + offset), encoding="utf-8")
            times[key].append(run_peer(key, peer_file))
    med = {k: statistics.median(v) for k, v in times.items() if v}
    if args.profile:
        profile(args.profile, lambda: translate_files([str(run_source)], ["ru"], "en", out, True, engine=engine,
                                                      glossary=glossary, memory=False))

    # CLI: --help, and a re-run after a one-paragraph edit with the memory on (cold processes)
    localize = [sys.executable, "-m", "localize"]
    helps = [t for t in timed(lambda: subprocess.run(localize + ["--help"], capture_output=True, check=True), 5)]
    cli = localize + ["translate", str(source), "-t", "ru", "-g", str(ROOT / "glossaries" / "news.tsv"), "--force", "-q"]
    version = statistics.median(timed(lambda: subprocess.run(localize + ["--version"], capture_output=True, check=True), 5))
    firsts, seconds, unchanged = [], [], []
    original = text.split("\n\n")
    for k in range(args.repeat):  # each first run with a memory of its own
        env = {**os.environ, "LOCALIZE_CACHE_DIR": str(WORK / f"cli-memory-{k}")}
        source.write_text(text, encoding="utf-8")
        firsts += timed(lambda: subprocess.run(cli, check=True, env=env), 1)  # noqa: B023
        edited = list(original)
        edited[3] = f"The government said on Tuesday that the new plan {k} is important for the economy."
        source.write_text("\n\n".join(edited), encoding="utf-8")
        seconds += timed(lambda: subprocess.run(cli, check=True, env=env), 1)  # noqa: B023
        unchanged += timed(lambda: subprocess.run(cli, check=True, env=env), 1)  # noqa: B023
    first, second = statistics.median(firsts), statistics.median(seconds)
    # the same, in one process with the models loaded (what the memory itself saves)
    os.environ["LOCALIZE_CACHE_DIR"] = str(WORK / "fresh-memory")  # a cold memory for this measurement
    warm_source = WORK / "warm.txt"
    warm_source.write_text(variant(900), encoding="utf-8")
    run = lambda: translate_files([str(warm_source)], ["ru"], "en", out, True, engine=engine,  # noqa: E731
                                  glossary=glossary, memory=True)
    warm_first = timed(run, 1)[0]
    edited = variant(900).split("\n\n")
    edited[3] = "The government said on Tuesday that the new plan is important for the economy."
    warm_source.write_text("\n\n".join(edited), encoding="utf-8")
    warm_second = timed(run, 1)[0]
    rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)

    print(f"article: {words} words, {segments} segments, en->ru, test models, {os.cpu_count()} cores; "
          f"medians of {args.repeat * args.inner} for (a) and (c), of {args.repeat} for (b)")
    print(f"(a) raw CTranslate2 translate_batch : {med['a']:.3f} s")
    for key in peers:
        info = peer_info[key]
        print(f"({key}) {info['distribution']} {info['version']} translate{' ' * (14 - len(info['distribution']))}: "
              f"{med[key]:.3f} s   (imports {info['import']:.1f} s and model load not included; "
              f"loads {', '.join(info['heavy']) or 'no torch, spaCy, stanza'})")
    print(f"(c) localize translate_files        : {med['c']:.3f} s   (glossary, enforcement, 4 files written)")
    print(f"c/a = {med['c'] / med['a']:.2f}  (target <= 1.15)")
    if fallback:
        print(f"    (c) includes a second batch of {fallback} segments: term placeholders the model lost, "
              f"retranslated with the terms spelled out (the glossary's fallback)")
    for key in peers:
        print(f"{key}/c = {med[key] / med['c']:.2f}  (target >= 3)")
    print(f"localize --help: {statistics.median(helps):.3f} s (median of 5; target <= 0.3 s)")
    print(f"CLI first run {first:.2f} s; after a one-paragraph edit {second:.2f} s: {first / second:.1f}x faster "
          f"(target >= 10x; medians of {args.repeat}; both include process start and model load)")
    print(f"    CLI re-run with nothing changed {statistics.median(unchanged):.2f} s; "
          f"`localize --version` {version:.2f} s (process start and imports)")
    # bg+ru: one call (the two decoded at once, each translator with half the cores) against one target
    # after the other (each with all of them); each engine's two models loaded before timing
    together, apart = Engine(), Engine()
    translate_document(variant(650), "txt", "en", ["bg", "ru"], together)
    for tgt in ("bg", "ru"):
        apart.translate(["Warm up."], "en", tgt)
    concurrent, sequential = [], []
    for k in range(args.repeat):
        started = time.perf_counter()
        translate_document(variant(700 + k), "txt", "en", ["bg", "ru"], together)
        concurrent.append(time.perf_counter() - started)
        started = time.perf_counter()
        for tgt in ("bg", "ru"):
            translate_document(variant(800 + k), "txt", "en", [tgt], apart)
        sequential.append(time.perf_counter() - started)
    concurrent, sequential = statistics.median(concurrent), statistics.median(sequential)
    print(f"bg+ru in one call (decoded concurrently) {concurrent:.2f} s; one after the other {sequential:.2f} s")
    print(f"in one process, models loaded (what translate --watch does): first {warm_first:.2f} s; "
          f"after a one-paragraph edit {warm_second:.3f} s: {warm_first / warm_second:.0f}x faster")
    print(f"peak RSS: {rss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
