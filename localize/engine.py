"""The translation engine: installed Argos packages decoded directly by CTranslate2.

A package is found from its ``metadata.json`` (``localize.packages``); its ``model/`` is loaded once
per run as a ``ctranslate2.Translator`` and its ``sentencepiece.model`` or ``bpe.model`` (Moses + BPE,
as argostranslate does it: ``localize.tokenizers``) tokenises. All segments of a
document go to the model in **one** ``translate_batch`` call per hop (two hops when pivoting through
English), with Argos's decoding settings (beam 4, length penalty 0.2, unknowns replaced) and
token-sized batches. ``argostranslate.translate`` (spaCy, stanza, torch) is never imported.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from localize import packages
from localize.errors import MissingModelError
from localize.i18n import _

PIVOT = "en"
#: Argos's decoding settings (argostranslate/translate.py, 1.11).
BEAM_SIZE = 4
LENGTH_PENALTY = 0.2
#: Batches are sized in tokens; CTranslate2 sorts by length inside a call and cuts it into batches of
#: at most this many source tokens. Smaller batches waste less on padding and on beams that finished
#: early: on the test models 512 decodes the benchmark article in 0.25-0.27 s against 0.31-0.34 s with
#: 2048 (256: 0.28, 1024: 0.31; README, Performance). Models much larger than the test ones may
#: prefer larger batches: this is the one place to change it.
MAX_BATCH_TOKENS = 512
MAX_DECODING_LENGTH = 512
#: Batches per decoding thread at least, so that no thread waits while another finishes a long batch.
BATCHES_PER_THREAD = 2


def batch_tokens(total: int, threads: int) -> int:
    """Tokens per batch for a call of ``total`` source tokens on ``threads`` decoding threads:
    ``MAX_BATCH_TOKENS``, or less when that would leave threads idle (a short request -- a re-run's
    changed paragraph, the glossary's retranslations -- still spreads over every core).

    >>> batch_tokens(6954, 2), batch_tokens(1195, 2), batch_tokens(40, 2), batch_tokens(100_000, 2)
    (512, 299, 10, 512)
    """
    return max(1, min(MAX_BATCH_TOKENS, -(-total // (BATCHES_PER_THREAD * max(1, threads)))))


@dataclass
class BatchRecord:
    """One ``translate_batch`` call: which package, how many segments, how many source tokens."""

    package: str
    segments: int
    tokens: int


COMPUTE_TYPES = ("auto", "default", "int8", "int8_float32", "int8_float16", "int8_bfloat16", "int16", "float32",
                 "float16", "bfloat16")


@dataclass
class Engine:
    """Translates lists of segments; keeps each model loaded for the life of the engine."""

    packages_dir: Path | None = None
    intra_threads: int = 1  # threads inside one batch: small matrices gain little from more (see README)
    inter_threads: int = 0  # batches decoded in parallel; 0: the cores, shared between concurrent targets
    batches: list[BatchRecord] = field(default_factory=list)
    #: CTranslate2's compute type; "auto" (Argos's choice) keeps an int8 model int8 where the CPU allows.
    #: int8 kernels differ between CPUs (AVX2, AVX-512 VNNI) and may change a word; float32 decodes the
    #: same everywhere, which is what the test suite asks for (LOCALIZE_COMPUTE_TYPE).
    compute_type: str = field(default_factory=lambda: os.environ.get("LOCALIZE_COMPUTE_TYPE", "auto"))

    def __post_init__(self):
        if self.compute_type not in COMPUTE_TYPES:
            from localize.errors import UsageError

            raise UsageError(_("LOCALIZE_COMPUTE_TYPE={value!r} is not one of: {known}").format(
                value=self.compute_type, known=", ".join(COMPUTE_TYPES)))
        self._parallel = 1  # how many translations run at once (translate_many); sizes new translators
        self._translators: dict[Path, object] = {}
        self._threads: dict[Path, int] = {}  # decoding threads (inter_threads) of each translator
        self._tokenizers: dict[Path, object] = {}
        self._lock = threading.Lock()
        self._installed = None
        self._fingerprints: dict[tuple[str, str], str] = {}

    # -- routing ----------------------------------------------------------------------------------
    def installed(self) -> list[packages.InstalledPackage]:
        if self._installed is None:
            self._installed = packages.installed(self.packages_dir)
        return self._installed

    def _find(self, src: str, tgt: str):
        matches = [p for p in self.installed() if (p.from_code, p.to_code) == (src, tgt)]
        return matches[-1] if matches else None

    def route(self, src: str, tgt: str) -> list[packages.InstalledPackage]:
        """The packages that take ``src`` to ``tgt``: a direct one, or two through English."""
        direct = self._find(src, tgt)
        if direct:
            return [direct]
        if PIVOT not in (src, tgt):
            first, second = self._find(src, PIVOT), self._find(PIVOT, tgt)
            if first and second:
                return [first, second]
        raise MissingModelError(src, tgt, _(
            "no model for {src} -> {tgt}; install one with: localize models install {src} {tgt} "
            "(online) or localize models install FILE.argosmodel").format(src=src, tgt=tgt))

    # -- decoding ---------------------------------------------------------------------------------
    def _translator(self, pkg: packages.InstalledPackage):
        with self._lock:
            translator = self._translators.get(pkg.model_dir)
            if translator is None:
                import ctranslate2

                share = max(1, (os.cpu_count() or 1) // (self._parallel * max(1, self.intra_threads)))
                try:  # install refuses a model that does not load; one copied in by other means may not
                    translator = ctranslate2.Translator(
                        str(pkg.model_dir), device="cpu", compute_type=self.compute_type,
                        inter_threads=self.inter_threads or share, intra_threads=max(1, self.intra_threads))
                except (RuntimeError, ValueError, OSError, UnicodeError, IndexError) as error:
                    raise packages.unusable(pkg.path, error) from None
                self._translators[pkg.model_dir] = translator
                self._threads[pkg.model_dir] = self.inter_threads or share
            return translator

    def _tokenizer(self, pkg: packages.InstalledPackage):
        with self._lock:
            path = pkg.tokenizer
            if path is None:
                raise MissingModelError(pkg.from_code, pkg.to_code, _(
                    "package {path} has no tokenizer (neither sentencepiece.model nor bpe.model)"
                ).format(path=pkg.path))
            tokenizer = self._tokenizers.get(path)
            if tokenizer is None:
                from localize import tokenizers

                try:
                    tokenizer = tokenizers.load(path, pkg.from_code, pkg.to_code)
                except (RuntimeError, OSError, ValueError, SystemExit) as error:  # apply_bpe exits on a bad line
                    raise packages.unusable(pkg.path, error) from None
                self._tokenizers[path] = tokenizer
            return tokenizer

    def fingerprint(self, src: str, tgt: str) -> str:
        """Identifies the models of a route (metadata, model size and time) without hashing weights."""
        if (src, tgt) not in self._fingerprints:
            self._fingerprints[(src, tgt)] = self._fingerprint(src, tgt)
        return self._fingerprints[(src, tgt)]

    def _fingerprint(self, src: str, tgt: str) -> str:
        import hashlib

        digest = hashlib.sha256()
        for pkg in self.route(src, tgt):
            digest.update((pkg.path / "metadata.json").read_bytes() if (pkg.path / "metadata.json").exists() else b"")
            stat = (pkg.model_dir / "model.bin").stat()
            digest.update(f"{pkg.path.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
        return digest.hexdigest()[:32]

    def translate(self, segments: list[str], src: str, tgt: str) -> list[str]:
        """Translate every segment; one ``translate_batch`` per hop for the whole list."""
        route = self.route(src, tgt)
        for pkg in route:
            segments = self._hop(pkg, segments)
        return segments

    def translate_many(self, requests: list[tuple[list[str], str, str]]) -> list[list[str]]:
        """Several (segments, src, tgt) translations at once -- e.g. one article into bg and ru.

        CTranslate2 releases the GIL while decoding, so each request runs in its own thread, with the
        cores shared between the translators it creates. Each request is still one batch per hop.
        """
        busy = [r for r in requests if any(s.strip() for s in r[0])]
        if len(busy) <= 1:
            return [self.translate(*r) for r in requests]
        for _segments, src, tgt in requests:
            self.route(src, tgt)  # MissingModelError before any thread starts
        from concurrent.futures import ThreadPoolExecutor

        self._parallel = len(busy)
        try:
            with ThreadPoolExecutor(max_workers=len(busy)) as pool:
                futures = [pool.submit(self.translate, *r) for r in requests]
                return [f.result() for f in futures]
        finally:
            self._parallel = 1

    def _hop(self, pkg: packages.InstalledPackage, segments: list[str]) -> list[str]:
        todo = [i for i, s in enumerate(segments) if s.strip()]
        out = list(segments)
        if not todo:
            return out
        tokenizer = self._tokenizer(pkg)
        tokens = tokenizer.encode([segments[i] for i in todo])
        prefix = [[pkg.target_prefix]] * len(tokens) if pkg.target_prefix else None
        total = sum(map(len, tokens))
        self.batches.append(BatchRecord(pkg.path.name, len(tokens), total))
        translator = self._translator(pkg)
        results = translator.translate_batch(
            tokens, target_prefix=prefix, beam_size=BEAM_SIZE, length_penalty=LENGTH_PENALTY,
            replace_unknowns=True, max_batch_size=batch_tokens(total, self._threads[pkg.model_dir]),
            batch_type="tokens",
            max_decoding_length=MAX_DECODING_LENGTH,
        )
        skip = 1 if prefix else 0
        for i, text in zip(todo, tokenizer.decode([result.hypotheses[0][skip:] for result in results])):
            out[i] = text.strip()
        return out
