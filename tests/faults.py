"""What a real model may do to placeholders, for property tests: one fault applied to a token list."""

from __future__ import annotations

import random

FAULTS = ("drop", "duplicate", "invent", "swap", "mangle", "garble")


def corrupt(text: str, faults, rng: random.Random) -> str:
    """Apply each fault in ``faults`` at a random space-separated token of ``text``."""
    tokens = text.split(" ")
    for fault in faults:
        if not tokens:
            break
        i = rng.randrange(len(tokens))
        if fault == "drop":
            tokens.pop(i)
        elif fault == "duplicate":
            tokens.insert(i, tokens[i])
        elif fault == "invent":
            tokens.insert(i, f"⟦{rng.randint(0, 99)}⟧")
        elif fault == "swap":
            j = rng.randrange(len(tokens))
            tokens[i], tokens[j] = tokens[j], tokens[i]
        elif fault == "mangle":
            tokens[i] = tokens[i].replace("⟦", "[").replace("⟧", "]")
        elif fault == "garble":
            tokens[i] = "⟦" + tokens[i] + "⟧⟧"
    return " ".join(tokens)


class FaultyEngine:
    """The real engine, whose every output then goes through ``fault`` (a text -> text function)."""

    def __init__(self, fault, real=None):
        from localize.engine import Engine

        self.fault, self.real, self.calls = fault, real or Engine(), []

    def route(self, src, tgt):
        return self.real.route(src, tgt)

    def fingerprint(self, src, tgt):
        return self.real.fingerprint(src, tgt)

    def translate(self, segments, src, tgt):
        self.calls.append(list(segments))
        return [self.fault(s) for s in self.real.translate(segments, src, tgt)]
