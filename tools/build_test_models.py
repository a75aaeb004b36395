#!/usr/bin/env python3
"""Build the small *test* Argos packages that localize's tests and demo run on.

Real Argos models cannot be downloaded where the tests run, so this script trains a tiny genuine
one, reproducibly (fixed seeds, fixed thread count), on a synthetic task (``test_models/synth.py``):
substitute a fixed news vocabulary, copy everything else. They are NOT translation models.

Stages (each cached in --work, so a re-run only redoes what is missing):
  1. SentencePiece unigram model over en+bg+ru synthetic text (+ the <2xx> target tokens);
  2. a ~1.3M-parameter Transformer trained with torch on CPU for all three directions, the target
     language chosen by a first decoder token (Argos's ``target_prefix``);
  3. conversion to CTranslate2 (TransformerSpec filled from the weights, int8);
  4. a rule-based MiniSBD splitter per source language, so plain argostranslate runs offline;
  5. deterministic .argosmodel zips for en->bg, en->ru and bg->en;
  6. the golden file: fixed sentences decoded with Argos's settings; a rebuild must reproduce it.
Then a BPE-tokenised package, as Argos's newer packages are (``build_bpe``): en->ru sentences of the
same synthetic task, Moses-tokenised as argostranslate does (localize.tokenizers.MosesBPE, placeholders
whole), subword-nmt BPE codes learnt on them (``bpe.model``), a model of the same shape trained on the
BPE tokens for fewer steps (one direction), converted and zipped the same way into
localize/data/models/bpe/ (kept apart so the demo and the SentencePiece tests do not install it), with
its own golden file (golden-bpe.jsonl).

Usage: python tools/build_test_models.py [--work build/test-models] [--out localize/data/models]
       [--steps 5000] [--bpe-steps 2000] [--only all|sentencepiece|bpe] [--update-golden]
Needs the ``build`` extra (torch, onnx, subword-nmt): ``pip install -e '.[build]'``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE / "test_models"))

import synth  # noqa: E402

CONFIG = {
    "seed": 1234,
    "threads": 2,
    "vocab_size": 3000,
    "spm_pairs": 45000,
    "train_pairs": 300000,
    "max_tokens": 256,
    "batch_tokens": 3000,
    "steps": 5000,
    "lr": 2e-3,
    "warmup": 300,
    "model": {"dim": 128, "heads": 4, "hidden": 512, "enc_layers": 2, "dec_layers": 2},
    "package_version": "0.1.0",
}
NAMES = {"en": "English", "bg": "Bulgarian", "ru": "Russian"}
PAD, UNK, BOS, EOS = 3, 0, 1, 2

#: Fixed news-like sentences for the golden file (sources for en->xx; their bg reference for bg->en).
GOLDEN_SENTENCES = [
    "Chinese military expert Song Zhongping said the exercises were a warning.",
    "Russia and China signed a new agreement on strategic cooperation in Moscow.",
    "The Russian navy and the Chinese navy held joint drills in the Pacific.",
    "The minister told the newspaper that the talks will continue next week.",
    "Officials in Beijing and Washington warned about new sanctions.",
    "Prices for oil and gas rose 3.5% in November, the agency reported.",
    "The committee for friendship, peace and development held a meeting on Tuesday.",
    "Professor Oleg Ivanov of the diplomatic academy said the road map is important.",
    "Trade between Russia and China reached $240 billion in 2024.",
    "The summit in Sofia began on Monday and ended on Wednesday.",
    "Western experts believe the alliance is a threat to global security.",
    "Yuri Tavrovsky told the agency that the partnership has a future.",
    "Troops and ships from both countries will patrol the border region.",
    "The president visited Panagyurishte and the institute of sciences.",
    "He stressed that the plan has no military goal.",
    "The ⟦1⟧ agreement was signed by ⟦2⟧ and ⟦3⟧.",
    "Joint exercises are held every year, the spokesman noted.",
    "The report said 210,000 workers lost their jobs.",
    "American and European leaders announced new tariffs on Chinese exports.",
    "NATO and the EU are expected to increase support for Ukraine.",
]


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def seed_everything(seed: int, threads: int):
    import torch

    random.seed(seed)
    torch.manual_seed(seed)
    torch.set_num_threads(threads)
    torch.use_deterministic_algorithms(True)


# --- 1. SentencePiece --------------------------------------------------------------------------

def build_sentencepiece(work: Path, lex) -> Path:
    import sentencepiece as spm

    model = work / "sentencepiece.model"
    if model.exists():
        return model
    lines = []
    for _, src, tgt in synth.make_pairs(CONFIG["spm_pairs"], CONFIG["seed"] + 1, lex, exotic=False):
        lines += [src, tgt]
    for en, forms in lex.words.items():  # every lexicon word alone and capitalised, so each is a piece
        for word in (en, forms["bg"], forms["ru"]):
            lines += [word] * 5 + [word[:1].upper() + word[1:]] * 20
    random.Random(0).shuffle(lines)
    (work / "spm_corpus.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # the model stores its trainer's input and prefix paths: trained from inside --work with bare
    # names, its bytes (and the packages') do not depend on where --work is
    here = os.getcwd()
    os.chdir(work)
    try:
        spm.SentencePieceTrainer.train(
            input="spm_corpus.txt", model_prefix="sentencepiece", vocab_size=CONFIG["vocab_size"],
            model_type="unigram", character_coverage=1.0, byte_fallback=True,
            unk_id=UNK, bos_id=BOS, eos_id=EOS, pad_id=PAD, pad_piece="<pad>",
            user_defined_symbols=list(synth.TARGET_TOKENS.values()),
            num_threads=CONFIG["threads"], input_sentence_size=0, shuffle_input_sentence=False,
            minloglevel=2,
        )
    finally:
        os.chdir(here)
    return model


# --- 2. training -------------------------------------------------------------------------------

def encode_pair(sp, direction, src, tgt):
    target_token = sp.piece_to_id(synth.TARGET_TOKENS[direction[1]])
    return sp.encode(src), [target_token] + sp.encode(tgt)


def train(work: Path, lex, spm_model: Path) -> Path:
    import sentencepiece as spm

    checkpoint = work / "model.pt"
    if checkpoint.exists():
        return checkpoint
    seed_everything(CONFIG["seed"], CONFIG["threads"])
    sp = spm.SentencePieceProcessor(model_file=str(spm_model))
    pieces = [sp.id_to_piece(i) for i in range(sp.get_piece_size())
              if not (sp.is_control(i) or sp.is_unknown(i) or sp.is_byte(i)) and not sp.id_to_piece(i).startswith("<2")]
    started = time.time()
    data = [encode_pair(sp, *triple) for triple in synth.make_pairs(CONFIG["train_pairs"], CONFIG["seed"], lex, pieces)]
    data = [(s, t) for s, t in data if max(len(s), len(t)) <= CONFIG["max_tokens"]]
    log(f"{len(data)} training pairs in {time.time() - started:.0f} s")
    return train_model(checkpoint, data, sp.get_piece_size(), CONFIG["steps"])


def train_model(checkpoint: Path, data: list, vocab_size: int, steps: int) -> Path:
    """Train TinyMT on (source ids, target ids) pairs; the target ids start with the target token."""
    import torch
    import torch.nn.functional as F
    from tinymt import TinyMT

    seed_everything(CONFIG["seed"], CONFIG["threads"])  # nothing drew from torch's generator since

    def batches(rng):
        order = list(range(len(data)))
        while True:
            rng.shuffle(order)
            for c in range(0, len(order), 20000):  # bucket by length inside chunks
                chunk = sorted(order[c:c + 20000], key=lambda i: len(data[i][0]))
                out, current, longest = [], [], 0
                for i in chunk:
                    length = max(len(data[i][0]), len(data[i][1]) + 1)
                    if current and max(longest, length) * (len(current) + 1) > CONFIG["batch_tokens"]:
                        out.append(current)
                        current, longest = [], 0
                    current.append(i)
                    longest = max(longest, length)
                if current:
                    out.append(current)
                rng.shuffle(out)
                yield from out

    def collate(ids):
        s_len = max(len(data[i][0]) for i in ids)
        t_len = max(len(data[i][1]) for i in ids) + 1
        src = torch.full((len(ids), s_len), PAD)
        tin = torch.full((len(ids), t_len), PAD)
        tout = torch.full((len(ids), t_len), PAD)
        for b, i in enumerate(ids):
            s, t = data[i]
            src[b, : len(s)] = torch.tensor(s)
            tin[b, : len(t) + 1] = torch.tensor([BOS] + t)
            tout[b, : len(t) + 1] = torch.tensor(t + [EOS])
        return src, tin, tout

    cfg = dict(CONFIG["model"], vocab=vocab_size, pad_id=PAD)
    model = TinyMT(**cfg)
    log(f"{sum(p.numel() for p in model.parameters())} parameters")
    lr = CONFIG["lr"]
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr, betas=(0.9, 0.98), weight_decay=0.0)

    def schedule(step):
        warm = min((step + 1) / CONFIG["warmup"], 1.0)
        return warm * (0.05 + 0.95 * 0.5 * (1 + math.cos(math.pi * min(step / steps, 1.0))))

    stream = batches(random.Random(CONFIG["seed"]))
    started, smoothed = time.time(), None
    for step in range(steps):
        for group in optimizer.param_groups:
            group["lr"] = lr * schedule(step)
        src, tin, tout = collate(next(stream))
        logits = model(src, tin)
        loss = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), tout.reshape(-1),
                               ignore_index=PAD, label_smoothing=0.05)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        smoothed = loss.item() if smoothed is None else 0.98 * smoothed + 0.02 * loss.item()
        if step % 250 == 0 or step == steps - 1:
            log(f"step {step} loss {smoothed:.3f} ({time.time() - started:.0f} s)")
    log(f"training: {time.time() - started:.0f} s")
    torch.save({"model": model.state_dict(), "cfg": cfg, "train_seconds": time.time() - started}, checkpoint)
    return checkpoint


# --- 3. CTranslate2 ----------------------------------------------------------------------------

def convert(work: Path, checkpoint: Path, spm_model: Path) -> Path:
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(spm_model))
    return convert_model(work / "ct2", checkpoint, [sp.id_to_piece(i) for i in range(sp.get_piece_size())])


def convert_model(out: Path, checkpoint: Path, vocabulary: list[str]) -> Path:
    import torch
    from ctranslate2.converters.converter import Converter
    from tinymt import to_ctranslate2_spec

    if (out / "model.bin").exists():
        return out
    state = torch.load(checkpoint, map_location="cpu", weights_only=True)

    class TinyConverter(Converter):
        def _load(self):
            return to_ctranslate2_spec(state["model"], state["cfg"], vocabulary)

    TinyConverter().convert(str(out), quantization="int8", force=True)
    return out


# --- 4 + 5. packages ---------------------------------------------------------------------------

def package_name(src: str, tgt: str) -> str:
    return f"translate-{src}_{tgt}-localize_test-{CONFIG['package_version']}"


def build_package(work: Path, ct2: Path, spm_model: Path, src: str, tgt: str, out_dir: Path,
                  tokenizer: str = "sentencepiece.model", flavour: str = "") -> Path:
    import minisbd_rule

    # argos picks a splitter by path substring: keep "stanza", "minisbd", "spacy" out of these names
    top = f"{src}_{tgt}-localize-test" + (f"-{flavour}" if flavour else "")
    name = package_name(src, tgt)
    if flavour:
        name = name.replace("localize_test", f"localize_test_{flavour}")
    out = out_dir / f"{name}.argosmodel"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / top
        shutil.copytree(ct2, root / "model")
        shutil.copy(spm_model, root / tokenizer)
        (root / "minisbd").mkdir()
        minisbd_rule.build(root / "minisbd" / f"{src}.onnx", src)
        metadata = {
            "package_version": CONFIG["package_version"], "argos_version": "1.11.0", "type": "translate",
            "from_code": src, "from_name": NAMES[src], "to_code": tgt, "to_name": NAMES[tgt],
            "target_prefix": synth.TARGET_TOKENS[tgt],
            "name": f"localize TEST model {src}->{tgt}{' (' + flavour.upper() + ')' if flavour else ''} "
                    "(synthetic, not a real translator)",
            "links": [],
        }
        (root / "metadata.json").write_text(json.dumps(metadata, indent=2, ensure_ascii=False) + "\n")
        (root / "README.md").write_text(
            "# localize test model - NOT a translation model\n\n"
            "Trained by localize's tools/build_test_models.py on a synthetic task: a fixed news vocabulary\n"
            "is substituted word by word and everything else is copied. For tests and the demo only.\n"
        )
        out_dir.mkdir(parents=True, exist_ok=True)
        partial = out.with_suffix(".partial")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            for path in sorted(Path(tmp).rglob("*")):
                name = path.relative_to(tmp).as_posix() + ("/" if path.is_dir() else "")
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.external_attr = (0o40755 if path.is_dir() else 0o100644) << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, b"" if path.is_dir() else path.read_bytes())
        partial.replace(out)
    return out


# --- BPE: a package tokenised as Argos's newer packages are (Moses + subword-nmt BPE) -------------

#: min_count: rarer tokens (the exotic characters of copy tokens) are <unk> on both sides, which the
#: model learns to copy: replace_unknowns puts the source token back, as it does for real packages.
BPE_CONFIG = {"pairs": 80000, "merges": 2000, "min_count": 5, "steps": 2000, "direction": ("en", "ru"),
              "placeholders": 41}


def bpe_tokenizers(codes: Path | None):
    """The source tokenizer is localize's own (tokenizers.MosesBPE: argostranslate's Moses + BPE,
    placeholders whole); the target side is Moses-tokenised without punctuation normalisation, so
    that detokenising gives the reference back."""
    sys.path.insert(0, str(ROOT))
    from localize.tokenizers import MosesBPE

    src, tgt = BPE_CONFIG["direction"]
    return MosesBPE(codes, src, tgt), MosesBPE(codes, tgt, tgt, normalize=False)


def build_bpe(work: Path, lex, out_dir: Path, steps: int) -> tuple[Path, Path, Path]:
    """Learn BPE codes, train a one-direction model on BPE tokens, convert it, package it."""
    from subword_nmt.learn_bpe import learn_bpe

    from localize.tokenizers import PLACEHOLDER

    work.mkdir(parents=True, exist_ok=True)
    src, tgt = BPE_CONFIG["direction"]
    codes = work / "bpe.model"
    rng = random.Random(CONFIG["seed"] + 7)
    started = time.time()
    pairs = [synth.pair(rng, lex, (src, tgt)) for _ in range(BPE_CONFIG["pairs"])]
    if not codes.exists():
        moses_src, moses_tgt = bpe_tokenizers(None)
        lines = []
        for s, t in pairs:
            for tokens in (moses_src.moses(s), moses_tgt.moses(t)):
                lines.append(" ".join(x for x in tokens if not PLACEHOLDER.fullmatch(x)))
        for en, forms in lex.words.items():  # every lexicon word, so each becomes a whole unit
            lines += [en, forms[tgt], en[:1].upper() + en[1:], forms[tgt][:1].upper() + forms[tgt][1:]] * 5
        import io

        with io.StringIO("\n".join(lines) + "\n") as infile, open(codes, "w", encoding="utf-8") as outfile:
            learn_bpe(infile, outfile, BPE_CONFIG["merges"], min_frequency=2)
        log(f"BPE codes learnt in {time.time() - started:.0f} s")
    bpe_src, bpe_tgt = bpe_tokenizers(codes)
    encoded = [(bpe_src.encode_one(s), bpe_tgt.encode_one(t)) for s, t in pairs]
    counts: dict[str, int] = {}
    for s, t in encoded:
        for token in s + t:
            counts[token] = counts.get(token, 0) + 1
    specials = ["<unk>", "<s>", "</s>", "<pad>", synth.TARGET_TOKENS[tgt]]  # ids as SentencePiece's: UNK 0 ... PAD 3
    marks = [f"⟦{n}⟧" for n in range(BPE_CONFIG["placeholders"])] + [f"⟦/{n}⟧" for n in range(BPE_CONFIG["placeholders"])]
    vocabulary = specials + marks + sorted(
        (t for t, n in counts.items() if n >= BPE_CONFIG["min_count"] and t not in specials and t not in marks),
        key=lambda t: (-counts[t], t))
    (work / "vocabulary.txt").write_text("\n".join(vocabulary) + "\n", encoding="utf-8")
    index = {t: i for i, t in enumerate(vocabulary)}
    target_id = index[synth.TARGET_TOKENS[tgt]]
    data = [([index.get(x, UNK) for x in s], [target_id] + [index.get(x, UNK) for x in t]) for s, t in encoded]
    data = [(s, t) for s, t in data if max(len(s), len(t)) <= CONFIG["max_tokens"]]
    log(f"BPE: {len(vocabulary)} tokens, {len(data)} training pairs in {time.time() - started:.0f} s")
    checkpoint = work / "model.pt"
    if not checkpoint.exists():
        train_model(checkpoint, data, len(vocabulary), steps)
    ct2 = convert_model(work / "ct2", checkpoint, vocabulary)
    package = build_package(work, ct2, codes, src, tgt, out_dir, tokenizer="bpe.model", flavour="bpe")
    return ct2, codes, package


def bpe_decode(ct2: Path, codes: Path, sources: list[str]) -> list[str]:
    """Decode as localize's engine does with a BPE package (Argos's settings, one batch)."""
    import ctranslate2

    bpe_src, _ = bpe_tokenizers(codes)
    tgt = BPE_CONFIG["direction"][1]
    translator = ctranslate2.Translator(str(ct2), device="cpu", intra_threads=CONFIG["threads"])
    results = translator.translate_batch(
        bpe_src.encode(sources), target_prefix=[[synth.TARGET_TOKENS[tgt]]] * len(sources),
        beam_size=4, length_penalty=0.2, replace_unknowns=True, max_decoding_length=256,
        max_input_length=512, max_batch_size=1024, batch_type="tokens",
    )
    return bpe_src.decode([r.hypotheses[0][1:] for r in results])


def bpe_accuracy(ct2: Path, codes: Path, lex, n: int = 600, length: float | None = None) -> tuple[float, float]:
    """Held-out exact match against the reference, and against the reference after a Moses
    round trip (what a perfect model could give back through Moses detokenisation)."""
    src, tgt = BPE_CONFIG["direction"]
    rng = random.Random(424242)  # a seed training never used
    pairs = [synth.pair(rng, lex, (src, tgt), length=length) for _ in range(n)]
    outputs = bpe_decode(ct2, codes, [s for s, _ in pairs])
    _, moses_tgt = bpe_tokenizers(codes)
    exact = sum(o == t for o, (_, t) in zip(outputs, pairs)) / n
    round_trip = sum(o == moses_tgt.decode_one(moses_tgt.moses(t)) for o, (_, t) in zip(outputs, pairs)) / n
    return exact, round_trip


# --- 6. golden file and accuracy ---------------------------------------------------------------

def decode(ct2: Path, spm_model: Path, sources: list[str], tgt: str) -> list[str]:
    """Decode as Argos does (beam 4, length penalty 0.2, target prefix), without argostranslate."""
    import ctranslate2
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(spm_model))
    translator = ctranslate2.Translator(str(ct2), device="cpu", intra_threads=CONFIG["threads"])
    prefix = synth.TARGET_TOKENS[tgt]
    results = translator.translate_batch(
        [sp.encode(s, out_type=str) for s in sources], target_prefix=[[prefix]] * len(sources),
        beam_size=4, length_penalty=0.2, replace_unknowns=True, max_decoding_length=256,
        max_input_length=512, max_batch_size=1024, batch_type="tokens",
    )
    return [sp.decode(r.hypotheses[0][1:]) for r in results]


def golden_rows(ct2: Path, spm_model: Path, lex) -> list[dict]:
    rows = []
    for src, tgt in synth.DIRECTIONS:
        sources = GOLDEN_SENTENCES if src == "en" else [synth.reference(s, "bg", lex) for s in GOLDEN_SENTENCES]
        for source, output in zip(sources, decode(ct2, spm_model, sources, tgt)):
            rows.append({"from": src, "to": tgt, "source": source, "output": output})
    return rows


def held_out_accuracy(ct2: Path, spm_model: Path, lex, n: int = 1200, length: float | None = None) -> dict:
    """Exact-match rate per direction on sentences training never saw (``length`` 0.95: long ones only)."""
    triples = synth.make_pairs(n, seed=424242, lex=lex, length=length)  # a seed training never used
    scores = {}
    for direction in synth.DIRECTIONS:
        pairs = [(s, t) for d, s, t in triples if d == direction]
        outputs = decode(ct2, spm_model, [s for s, _ in pairs], direction[1])
        scores["->".join(direction)] = sum(o == t for o, (_, t) in zip(outputs, pairs)) / len(pairs)
    return scores


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "test-models")
    parser.add_argument("--out", type=Path, default=ROOT / "localize" / "data" / "models")
    parser.add_argument("--golden", type=Path, default=HERE / "test_models" / "golden.jsonl")
    parser.add_argument("--steps", type=int, default=CONFIG["steps"])
    parser.add_argument("--bpe-steps", type=int, default=BPE_CONFIG["steps"])
    parser.add_argument("--only", choices=("all", "sentencepiece", "bpe"), default="all",
                        help="build only the SentencePiece packages or only the BPE one")
    parser.add_argument("--update-golden", action="store_true", help="write the golden file instead of checking it")
    args = parser.parse_args(argv)
    CONFIG["steps"] = args.steps
    os.environ.setdefault("OMP_NUM_THREADS", str(CONFIG["threads"]))
    args.work.mkdir(parents=True, exist_ok=True)
    lex = synth.load_lexicon()

    started = time.time()
    status = 0
    if args.only in ("all", "sentencepiece"):
        status = build_sentencepiece_packages(args, lex)
    if args.only in ("all", "bpe"):
        status = build_bpe_package(args, lex) or status
    log(f"done in {time.time() - started:.0f} s")
    return status


def check_golden(path: Path, rows: list[dict], update: bool) -> int:
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if update or not path.exists():
        path.write_text(text, encoding="utf-8")
        log(f"wrote {path}")
    elif path.read_text(encoding="utf-8") != text:
        old = path.read_text(encoding="utf-8").splitlines()
        for before, after in zip(old, text.splitlines()):
            if before != after:
                print(f"- {before}\n+ {after}")
        log(f"the rebuilt models do not reproduce {path.name} (see above); --update-golden accepts them")
        return 1
    else:
        log(f"{path.name} reproduced exactly")
    return 0


def build_bpe_package(args, lex) -> int:
    started = time.time()
    ct2, codes, package = build_bpe(args.work / "bpe", lex, args.out / "bpe", args.bpe_steps)
    log(f"BPE package {package.name}: {package.stat().st_size / 1e6:.2f} MB sha256 {sha256(package)[:16]} "
        f"({time.time() - started:.0f} s)")
    exact, round_trip = bpe_accuracy(ct2, codes, lex)
    log(f"BPE held-out exact match: {exact:.3f} (against the Moses round trip of the reference: {round_trip:.3f})")
    exact, round_trip = bpe_accuracy(ct2, codes, lex, n=200, length=0.95)
    log(f"BPE held-out exact match, 36-80 words: {exact:.3f} (Moses round trip: {round_trip:.3f})")
    src, tgt = BPE_CONFIG["direction"]
    rows = [{"from": src, "to": tgt, "source": s, "output": o}
            for s, o in zip(GOLDEN_SENTENCES, bpe_decode(ct2, codes, GOLDEN_SENTENCES))]
    return check_golden(args.golden.with_name("golden-bpe.jsonl"), rows, args.update_golden)


def build_sentencepiece_packages(args, lex) -> int:
    spm_model = build_sentencepiece(args.work, lex)
    log("sentencepiece ready")
    checkpoint = train(args.work, lex, spm_model)
    ct2 = convert(args.work, checkpoint, spm_model)
    log(f"ctranslate2 model: {(ct2 / 'model.bin').stat().st_size / 1e6:.2f} MB")
    packages = [build_package(args.work, ct2, spm_model, s, t, args.out) for s, t in synth.DIRECTIONS]
    for p in packages:  # noqa: B007
        log(f"{p.name}: {p.stat().st_size / 1e6:.2f} MB sha256 {sha256(p)[:16]}")

    accuracy = held_out_accuracy(ct2, spm_model, lex)
    log("held-out exact match: " + ", ".join(f"{k} {v:.3f}" for k, v in accuracy.items()))
    accuracy = held_out_accuracy(ct2, spm_model, lex, n=300, length=0.95)
    log("held-out exact match, 36-80 words: " + ", ".join(f"{k} {v:.3f}" for k, v in accuracy.items()))
    rows = golden_rows(ct2, spm_model, lex)
    right = sum(r["output"] == synth.reference(r["source"], r["to"], lex) for r in rows if r["from"] == "en")
    log(f"golden en->xx sentences equal to the rule-based reference: {right}/{2 * len(GOLDEN_SENTENCES)}")
    return check_golden(args.golden, rows, args.update_golden)


if __name__ == "__main__":
    sys.exit(main())
