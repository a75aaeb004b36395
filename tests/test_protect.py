from hypothesis import given, settings
from hypothesis import strategies as st

from faults import FAULTS, corrupt
from localize.protect import Masker, plain, restore


def _masked():
    m = Masker()
    m.text("Talks at the ")
    m.open("[", "](https://example.org/a_b)")
    m.text("Diplomatic Academy")
    m.close()
    m.text(" on ")
    m.atom("`code`")
    m.text(" see https://example.org/x_y.")
    return m.result()


def test_round_trip_of_an_untouched_text():
    masked = _masked()
    assert masked.text == "Talks at the ⟦1⟧ Diplomatic Academy ⟦/1⟧ on ⟦2⟧ see ⟦3⟧."
    text, problems = restore(masked.text, masked)
    assert text == "Talks at the [Diplomatic Academy](https://example.org/a_b) on `code` see https://example.org/x_y."
    assert problems == []


def test_moved_placeholders_are_restored_where_the_model_put_them():
    masked = _masked()
    text, problems = restore("⟦2⟧ и ⟦3⟧: разговори в ⟦1⟧ Академията ⟦/1⟧.", masked)
    assert text == "`code` и https://example.org/x_y: разговори в [Академията](https://example.org/a_b)."
    assert problems == []


def test_lost_half_of_a_pair_drops_the_markup_but_keeps_the_text():
    text, problems = restore("Разговори в Академията ⟦/1⟧ ⟦2⟧ ⟦3⟧.", _masked())
    assert text == "Разговори в Академията `code` https://example.org/x_y."
    assert problems == ["markup ⟦1⟧ lost"]


def test_source_brackets_are_not_mistaken_for_placeholders():
    masked = plain("Literal ⟦7⟧ in the source.")
    assert restore(masked.text, masked) == ("Literal ⟦7⟧ in the source.", [])


corruptions = st.lists(st.sampled_from(FAULTS), max_size=6)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="⟦⟧"), min_size=1, max_size=8), min_size=1, max_size=8),
       corruption=corruptions, seed=st.integers(0, 1000))
def test_no_placeholder_ever_leaks(words, corruption, seed):
    """Whatever a model does to placeholders, none reaches the edition and every atom is kept."""
    import random

    rng = random.Random(seed)
    m = Masker()
    for i, word in enumerate(words):
        if i % 3 == 1:
            m.atom(f"`{word}`")
        elif i % 3 == 2:
            m.open("*", "*")
            m.text(word)
            m.close()
        else:
            m.text(word + " ")
    masked = m.result()
    text, _ = restore(corrupt(masked.text, corruption, rng), masked)
    assert "⟦" not in text and "⟧" not in text, text
    for original in masked.atoms.values():
        assert original in text
