"""Enforcement without the engine: random glossaries and texts, random corruption of the output."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from localize.enforce import protect_terms, render_terms
from localize.glossary.match import Matcher
from localize.glossary.model import Entry
from localize.protect import plain, restore

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=7)
FORM = st.text(alphabet="абвгдежзиклмнопрстуфхцчшщъюяАБВГДЕЖЗИКЛМНОПРСТ ", min_size=2, max_size=12).map(str.strip).filter(bool)


@settings(max_examples=200, deadline=None)
@given(terms=st.lists(st.tuples(st.lists(WORD, min_size=1, max_size=3), FORM, st.sampled_from(["term", "name", "dnt"])),
                      min_size=1, max_size=6, unique_by=lambda t: " ".join(t[0]).lower()),
       filler=st.lists(WORD, min_size=0, max_size=12), seed=st.integers(0, 10_000),
       fault=st.sampled_from(["none", "drop", "duplicate", "mangle", "swap", "garble"]))
def test_no_placeholder_leaks_and_no_term_goes_missing(terms, filler, seed, fault):
    rng = random.Random(seed)
    entries = [Entry(" ".join(words), {"bg": [form]}, type=kind) for words, form, kind in terms]
    pieces = filler + [e.source for e in entries for _ in range(rng.randint(1, 2))]
    rng.shuffle(pieces)
    masked = plain(" ".join(pieces) + ".")
    slots = protect_terms(masked, Matcher(entries), 0)
    output = masked.text  # a model that copies everything ...
    tokens = output.split(" ")
    if fault != "none" and tokens:  # ... then misbehaves
        i = rng.randrange(len(tokens))
        if fault == "drop":
            tokens.pop(i)
        elif fault == "duplicate":
            tokens.insert(i, tokens[i])
        elif fault == "mangle":
            tokens[i] = tokens[i].replace("⟦", "[").replace("⟧", "]")
        elif fault == "swap":
            j = rng.randrange(len(tokens))
            tokens[i], tokens[j] = tokens[j], tokens[i]
        else:
            tokens[i] = "⟦" + tokens[i] + "⟧⟧"
    text, decisions = render_terms(" ".join(tokens), masked, "bg")
    text, _ = restore(text, masked)
    assert "⟦" not in text and "⟧" not in text, text
    assert len(decisions) == len(slots)  # every occurrence has a decision
    for decision in decisions:
        assert decision.output and decision.output in text  # no term silently missing
