#!/usr/bin/env python3
"""Benchmark: a 10,000-entry glossary over 1 MB of text (target: under 1 s, index + scan).

Deterministic synthetic data (fixed seed): names of 1-4 words, and a text that mixes unknown words,
common words and glossary names in every case form the matcher must handle.
Usage: python bench/glossary_match.py [--entries 10000] [--chars 1000000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from localize.glossary.match import Matcher  # noqa: E402
from localize.glossary.model import Entry  # noqa: E402

SYLLABLES = "ka lo mi ne ri sa to vu de zhong ping xi an ov sky ber lin pe kin mos".split()


def data(entries: int, chars: int, seed: int = 1):
    rng = random.Random(seed)

    def word():
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()

    glossary = [Entry(" ".join(word() for _ in range(rng.randint(1, 4))), {"ru": ["x"]}) for _ in range(entries)]
    words, size = [], 0
    while size < chars:
        kind = rng.random()
        if kind < 0.15:
            token = glossary[rng.randrange(entries)].source
            token = token.upper() if rng.random() < 0.1 else token + ("'s" if rng.random() < 0.1 else "")
        else:
            token = rng.choice([word(), "the", "and", "said", "in", "of", "Huawei-built", "U.S."])
        words.append(token)
        size += len(token) + 1
    return glossary, " ".join(words)[:chars]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    glossary, text = data(args.entries, args.chars)
    index, scan, found = [], [], 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        matcher = Matcher(glossary)
        built = time.perf_counter()
        found = len(matcher.find(text))
        index.append(built - started)
        scan.append(time.perf_counter() - built)
    total = statistics.median(i + s for i, s in zip(index, scan))
    print(f"{args.entries} entries, {len(text):,} chars, {found} occurrences")
    print(f"index {statistics.median(index):.3f} s + scan {statistics.median(scan):.3f} s = {total:.3f} s "
          f"(median of {args.repeat}; target < 1 s: {'met' if total < 1 else 'MISSED'})")


if __name__ == "__main__":
    main()
