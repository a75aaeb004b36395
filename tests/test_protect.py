import pytest
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


def _build(*steps):
    """A Masked text from steps: a str is text, ("atom", s), ("open", before, after), ("close",)."""
    m = Masker()
    for step in steps:
        if isinstance(step, str):
            m.text(step)
        else:
            getattr(m, step[0])(*step[1:])
    return m.result()


HOSTILE = [
    pytest.param(["Mos\u00adcow, Mos\u200bcow, Chi\u200cna, \u2067Beijing\u2069 \u202eNATO\u202c"],
                 "Moscow, Moscow, China, Beijing NATO", None, "Moscow, Moscow, China, Beijing NATO",
                 id="invisible-characters-never-reach-the-model"),
    pytest.param(["Chat 👨\u200d👩\u200d👧 here"], "Chat 👨\u200d👩\u200d👧 here", None, "Chat 👨\u200d👩\u200d👧 here",
                 id="a-joiner-inside-an-emoji-stays"),
    pytest.param(["Russia \x1b[31mand\x1b[0m China\x0bsaid\x85 so"], "Russia ⟦1⟧ and ⟦2⟧ China ⟦3⟧ said ⟦4⟧ so",
                 "Россия ⟦1⟧ и ⟦2⟧ Китай ⟦3⟧ сказал ⟦4⟧ так", "Россия \x1b[31mи\x1b[0m Китай\x0bсказал\x85 так",
                 id="control-characters-come-back-where-they-stood"),
    pytest.param(["The marker ⟦/1⟧ and ⟦2⟧ stay"], "The marker ⟦1⟧ and ⟦2⟧ stay", "Маркер ⟦1⟧ и ⟦2⟧ остаются",
                 "Маркер ⟦/1⟧ и ⟦2⟧ остаются", id="our-brackets-in-the-source-come-out-unchanged"),
    pytest.param(["See ", ("open", "[", '](https://a.org/⟦1⟧ "⟦/2⟧")'), "the map", ("close",), " and ", ("atom", "`⟦3⟧`")],
                 "See ⟦1⟧ the map ⟦/1⟧ and ⟦2⟧", "Вижте ⟦1⟧ карта ⟦/1⟧ и ⟦2⟧",
                 'Вижте [карта](https://a.org/⟦1⟧ "⟦/2⟧") и `⟦3⟧`', id="restored-markup-is-never-rescanned"),
    pytest.param([("open", "**", "**"), ("open", "[", "](u)"), ("open", "*", "*"), "Moscow", ("close",), ("close",),
                  ("close",), " talks"], "⟦1⟧ Moscow ⟦/1⟧ talks", "⟦1⟧ Москва ⟦/1⟧ переговоры",
                 "**[*Москва*](u)** переговоры", id="pairs-around-the-same-text-are-one"),
    pytest.param([("atom", "`a`"), ("atom", "<b>"), " x"], "⟦1⟧ x", None, "`a`<b> x", id="atoms-side-by-side-are-one"),
    pytest.param(["met ", ("open", "*", "*"), "China", ("close",), ". See (", ("open", "**", "**"), "this", ("close",),
                  ")."], "met ⟦1⟧ China ⟦/1⟧ . See ( ⟦2⟧ this ⟦/2⟧ ).", "встретил ⟦1⟧ Китай ⟦/1⟧ . См. ( ⟦2⟧ это ⟦/2⟧ ).",
                 "встретил *Китай*. См. (**это**).", id="markup-hugs-punctuation"),
]


@pytest.mark.parametrize("steps, masked_text, translation, restored", HOSTILE)
def test_hostile_text_round_trip(steps, masked_text, translation, restored):
    masked = _build(*steps)
    assert masked.text == masked_text
    assert restore(translation or masked.text, masked) == (restored, [])


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
