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


def test_a_remembered_decision_is_kept_apart_for_another_english_reading():
    """Two occurrences with the same words around them in the translation but another English reading (a bare
    subject Bulgarian makes definite, and a plain one) do not share a remembered decision."""
    from localize.enforce import Inflector, Slot, _form
    from localize.terms.context import Role

    entry = Entry("windfall tax", {"bg": ["данък върху свръхпечалбата"]}, type="term", gender="m")
    inflector = Inflector()
    generic = Slot(1, 0, entry, "windfall tax", False, role=Role(subject=True, bare=True, generic=True))
    plain_subject = Slot(2, 0, entry, "windfall tax", False, role=Role(subject=True))
    assert _form(generic, "bg", "", inflector, after=" беше отменен.")[0] == "данъкът върху свръхпечалбата"
    assert _form(plain_subject, "bg", "", inflector, after=" беше отменен.")[0] == "данък върху свръхпечалбата"


def test_a_remembered_decision_reads_no_english_sentence_again(monkeypatch):
    """The English reading of an occurrence (``english_role``) is done when its decision is computed, not for every
    occurrence before translation: a re-run whose decisions are remembered reads no English sentence again, and
    another English sentence around the same translation is another decision."""
    from localize import enforce
    from localize.enforce import Inflector

    calls = []
    real = enforce.english_role
    monkeypatch.setattr(enforce, "english_role", lambda *args: calls.append(args[0]) or real(*args))
    entry = Entry("Burgas", {"ru": ["Бургас"]}, type="place", gender="m")
    inflector = Inflector()

    def run(english):
        masked = plain(english)
        protect_terms(masked, Matcher([entry]), 0)
        slot = next(iter(masked.terms.values()))
        return render_terms(f"Порт в ⟦{slot.id}⟧ открылся.", masked, "ru", inflector=inflector)[0]

    assert run("The port in Burgas opened.") == "Порт в Бургасе открылся." and len(calls) == 1
    assert run("The port in Burgas opened.") == "Порт в Бургасе открылся." and len(calls) == 1  # remembered
    assert run("A port in Burgas opened.") == "Порт в Бургасе открылся." and len(calls) == 2  # another English
