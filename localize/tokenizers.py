"""The two tokenizers an Argos package may ship, behind one batched interface.

``sentencepiece.model``: SentencePiece encodes and decodes (the whole batch in one C++ call).

``bpe.model``: what argostranslate's ``BPETokenizer`` does (argostranslate/tokenizer.py, 1.11 and
argos-translate-lt 1.12): Moses punctuation normalisation and tokenisation (sacremoses, escaping on,
in the source language), then the subword-nmt BPE codes of ``bpe.model`` (argostranslate's own
``apply_bpe``, separator ``@@``); decoding joins ``@@ `` continuations and runs the Moses
detokenizer of the target language. One thing differs, on purpose: our placeholders ``⟦n⟧`` and
``⟦/n⟧`` are kept as whole tokens. Moses alone would cut ``⟦/3⟧`` into ``⟦ / 3 ⟧`` and BPE would
cut those again; kept whole, a model trained on them copies them, and a model that never saw one
maps it to ``<unk>``, which ``replace_unknowns`` turns back into the source token. A text without
placeholders is tokenised exactly as argostranslate tokenises it (tests/test_bpe.py compares them).
"""

from __future__ import annotations

import re
from pathlib import Path

#: Our placeholders (protect.py); never split by Moses nor by BPE.
PLACEHOLDER = re.compile(r"⟦/?\d+⟧")
TOKENIZER_FILES = ("sentencepiece.model", "bpe.model")


def tokenizer_file(package: Path) -> Path | None:
    """The package's tokenizer file (SentencePiece first, as argostranslate picks it), or None."""
    for name in TOKENIZER_FILES:
        if (Path(package) / name).is_file():
            return Path(package) / name
    return None


def load(path: Path, from_code: str, to_code: str):
    """A tokenizer for the file ``path`` (``sentencepiece.model`` or ``bpe.model``)."""
    if Path(path).name == "bpe.model":
        return MosesBPE(path, from_code, to_code)
    return SentencePiece(path)


def check_codes(codes) -> None:
    """ValueError unless every line after an optional ``#version:`` line is one merge (two units)."""
    for n, line in enumerate(codes, 1):
        if n == 1 and line.startswith("#version:"):
            continue
        if len(line.strip("\r\n ").split(" ")) != 2:
            raise ValueError(f"bpe.model line {n} is not a BPE merge (two units): {line.strip()[:40]!r}")
    codes.seek(0)


class SentencePiece:
    def __init__(self, path: Path):
        import sentencepiece

        self.processor = sentencepiece.SentencePieceProcessor(model_file=str(path))

    def encode(self, texts: list[str]) -> list[list[str]]:
        return self.processor.encode(texts, out_type=str)  # one call: the loop runs in C++

    def decode(self, tokens: list[list[str]]) -> list[str]:
        return self.processor.decode(tokens)


class MosesBPE:
    """Moses + BPE as argostranslate applies them, placeholders kept whole."""

    def __init__(self, path: Path, from_code: str, to_code: str, normalize: bool = True):
        from argostranslate.apply_bpe import BPE  # argostranslate's copy of subword-nmt's apply_bpe
        from sacremoses.normalize import MosesPunctNormalizer
        from sacremoses.tokenize import MosesDetokenizer, MosesTokenizer

        self.normalizer = MosesPunctNormalizer(from_code) if normalize else None  # None: training targets
        self.tokenizer = MosesTokenizer(from_code)
        self.detokenizer = MosesDetokenizer(to_code)
        self.bpe = None
        if path is not None:  # None: Moses only (the build learns the codes from Moses tokens)
            with open(path, encoding="utf-8") as codes:
                check_codes(codes)
                self.bpe = BPE(codes)  # (apply_bpe would print to stderr and exit on a bad line)

    def moses(self, text: str) -> list[str]:
        """Moses tokens of one text (normalised, escaped), placeholders as single tokens."""
        tokens, last = [], 0
        for match in PLACEHOLDER.finditer(text):
            tokens += self._moses(text[last:match.start()])
            tokens.append(match.group())
            last = match.end()
        return tokens + self._moses(text[last:])

    def _moses(self, text: str) -> list[str]:
        if not text.strip():
            return []
        normalized = self.normalizer.normalize(text) if self.normalizer else text  # then exactly argostranslate's BPETokenizer.encode
        return [t for t in " ".join(self.tokenizer.tokenize(normalized)).strip("\r\n ").split(" ") if t]

    def encode_one(self, text: str) -> list[str]:
        out, run = [], []
        for token in self.moses(text):
            if PLACEHOLDER.fullmatch(token):
                out += self.bpe.segment_tokens(run) if run else []
                out.append(token)
                run = []
            else:
                run.append(token)
        return out + (self.bpe.segment_tokens(run) if run else [])

    def encode(self, texts: list[str]) -> list[list[str]]:
        return [self.encode_one(text) for text in texts]

    def decode_one(self, tokens: list[str]) -> str:
        joined = " ".join(tokens).replace("@@ ", "")
        if joined.endswith("@@"):  # a hypothesis cut inside a word
            joined = joined[:-2]
        return self.detokenizer.detokenize(joined.split(" ")) if joined.strip() else ""

    def decode(self, tokens: list[list[str]]) -> list[str]:
        return [self.decode_one(t) for t in tokens]
