"""Enforcement without the engine: random glossaries and texts, random corruption of the output."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from faults import FAULTS, corrupt
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
       faults=st.lists(st.sampled_from(FAULTS), max_size=3))
def test_no_placeholder_leaks_and_no_term_goes_missing(terms, filler, seed, faults):
    rng = random.Random(seed)
    entries = [Entry(" ".join(words), {"bg": [form]}, type=kind) for words, form, kind in terms]
    pieces = filler + [e.source for e in entries for _ in range(rng.randint(1, 2))]
    rng.shuffle(pieces)
    masked = plain(" ".join(pieces) + ".")
    slots = protect_terms(masked, Matcher(entries), 0)
    output = corrupt(masked.text, faults, rng)  # a model that copies everything, then misbehaves
    text, decisions = render_terms(output, masked, "bg")
    text, _ = restore(text, masked)
    assert "⟦" not in text and "⟧" not in text, text
    assert len(decisions) == len(slots)  # every occurrence has a decision
    for decision in decisions:
        assert decision.output and decision.output in text  # no term silently missing
