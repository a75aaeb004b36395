import pytest

from localize.segment import MAX_SEGMENT_CHARS, sentence_spans, split_sentences

CASES = [
    ("Russia and China signed a deal. The U.S. objected.", ["Russia and China signed a deal.", "The U.S. objected."]),
    ("The U.S. Navy and the U.K. government reacted.", ["The U.S. Navy and the U.K. government reacted."]),
    ("Mr. Ivanov and Dr. Song met Gen. Li. They talked.", ["Mr. Ivanov and Dr. Song met Gen. Li.", "They talked."]),
    ("J. R. R. Tolkien wrote it. Nobody else did.", ["J. R. R. Tolkien wrote it.", "Nobody else did."]),
    ("Prices rose 3.5 percent. Oil hit $80.50 on Monday.", ["Prices rose 3.5 percent.", "Oil hit $80.50 on Monday."]),
    ('"It is a threat." Ivanov said so.', ['"It is a threat."', "Ivanov said so."]),
    ('“Why now?” he asked. Nobody knew.', ['“Why now?” he asked.', "Nobody knew."]),
    ("The deal, signed on Nov. 24, covers 2021-2025.", ["The deal, signed on Nov. 24, covers 2021-2025."]),
    ("Wait... What happened? Nothing!", ["Wait...", "What happened?", "Nothing!"]),
    ("Русия и Китай подписаха. Това е важно.", ["Русия и Китай подписаха.", "Това е важно."]),
    ("It ends with an acronym U.N. Then more.", ["It ends with an acronym U.N. Then more."]),
    ("No final stop", ["No final stop"]),
    ("Placeholders ⟦1⟧ stay. ⟦2⟧ starts one.", ["Placeholders ⟦1⟧ stay.", "⟦2⟧ starts one."]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:30] for c in CASES])
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected


def test_spans_cover_the_text_without_overlap():
    text = "One. Two!  Three?\tFour"
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["One.", "Two!", "Three?", "Four"]
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))


def test_run_on_text_is_cut_into_bounded_segments():
    text = " ".join(["word"] * 2000)
    pieces = split_sentences(text)
    assert all(len(p) <= MAX_SEGMENT_CHARS for p in pieces)
    assert " ".join(pieces) == text
