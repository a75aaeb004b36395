"""`translate -g`: every glossary occurrence comes out approved and inflected, or flagged; no leaks."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NEWS = ROOT / "glossaries" / "news.tsv"
ARTICLE = (ROOT / "localize" / "data" / "sample-article.md").read_text(encoding="utf-8")


def test_sample_article_with_the_news_glossary(invoke, tmp_path):
    source = tmp_path / "roadmap.md"
    source.write_text(ARTICLE, encoding="utf-8")
    result = invoke("translate", source, "-t", "bg", "-t", "ru", "-g", NEWS)
    assert result.exit_code == 0, result.stderr
    for lang in ("bg", "ru"):
        edition = (tmp_path / f"roadmap.{lang}.md").read_text()
        report = json.loads((tmp_path / f"roadmap.{lang}.terms.json").read_text())
        assert "⟦" not in edition and "⟧" not in edition
        occurrences = report["occurrences"]
        assert len(occurrences) >= 10
        assert [o for o in occurrences if o["status"] == "flagged"] == []
        for o in occurrences:
            assert o["output"] in edition
            assert o["segment"] and o["glossary"].startswith(str(NEWS))
        assert re.search(rf"{lang}: \d+ terms — \d+ ok, 0 repaired, \d+ inflected, \d+ kept, 0 flagged", result.stderr)
    ru = (tmp_path / "roadmap.ru.md").read_text()
    bg = (tmp_path / "roadmap.bg.md").read_text()
    assert "Сун Чжунпин" in ru and "Song Zhongping" not in ru
    assert "[Дипломатической академии](https://example.org/academy)" in ru  # "at" -> у + genitive, link kept
    assert "из Российско-Китайского комитета дружбы, мира и развития" in ru
    assert "Панагюриште" in ru and "Панагюрище" in bg
    assert "*СОФИЯ," in ru and "*СОФИЯ," in bg  # an ALL-CAPS dateline stays in capitals
    assert "Ivanov" not in ru and "Иванов" in ru  # the surname alone has its own entry
    assert "[Дипломатическата академия](https://example.org/academy)" in bg  # "the" -> definite


class CorruptingEngine:
    """The real engine, whose output then loses, duplicates or mangles term placeholders."""

    def __init__(self, real, how):
        self.real, self.how = real, how

    def route(self, src, tgt):
        return self.real.route(src, tgt)

    def translate(self, segments, src, tgt):
        out = self.real.translate(segments, src, tgt)
        if self.how == "drop":
            return [re.sub(r"⟦\d+⟧", "", s, count=1) for s in out]
        if self.how == "duplicate":
            return [re.sub(r"(⟦\d+⟧)", r"\1 \1", s, count=1) for s in out]
        if self.how == "mangle":
            return [re.sub(r"⟦(\d+)⟧", r"[\1]", s, count=1) for s in out]
        return [s.replace("⟦", "⟦⟦") for s in out]


@pytest.mark.parametrize("how", ["drop", "duplicate", "mangle", "garble"])
def test_placeholder_faults_are_flagged_never_leaked(packages_dir, how):
    from localize.engine import Engine
    from localize.glossary import load
    from localize.pipeline import translate_document

    engine = CorruptingEngine(Engine(), how)
    text = "Song Zhongping met Oleg Ivanov in Beijing. The Diplomatic Academy and Huawei agreed."
    editions = translate_document(text, "txt", "en", ["ru"], engine, load([NEWS]))
    edition = editions["ru"]
    assert "⟦" not in edition.text and "⟧" not in edition.text
    statuses = [d.status for d in edition.terms.decisions]
    assert len(statuses) == 5
    if how in ("duplicate", "garble"):
        assert "flagged" not in statuses and edition.text.count("Сун Чжунпин") == 1
    elif how == "mangle":
        repaired = [d for d in edition.terms.decisions if d.status == "repaired"]
        assert "flagged" not in statuses and len(repaired) >= 2  # the first placeholder of each output
        assert all("mangled" in d.reason or "retranslated" in d.reason for d in repaired)
        assert not re.search(r"\[\d+\]", edition.text)
    else:
        flagged = [d for d in edition.terms.decisions if d.status == "flagged"]
        assert flagged and all("lost" in d.reason for d in flagged)
        for d in flagged:
            assert d.approved in edition.text  # the approved form is never silently missing


def test_a_lost_term_is_found_again_by_retranslating(packages_dir):
    """The fallback real models need: the placeholder is lost, the segment is translated again with the
    term spelled out, and the model's rendering of it is repaired to the approved form."""
    from faults import FaultyEngine
    from localize.glossary import load
    from localize.pipeline import translate_document

    engine = FaultyEngine(lambda text: re.sub(r"⟦\d+⟧", "", text))
    text = "Officials of the Diplomatic Academy met in Moscow.\n"
    edition = translate_document(text, "txt", "en", ["ru"], engine, load([NEWS]))["ru"]
    assert engine.calls[1] == ["Officials of the Diplomatic Academy met in Moscow."]  # one retranslation batch
    by_entry = {d.entry: d for d in edition.terms.decisions}
    assert by_entry["Diplomatic Academy"].status == "repaired"  # "дипломатический академия" -> approved
    assert "retranslated" in by_entry["Diplomatic Academy"].reason
    # the model wrote "в Москва": the approved form, in the wrong case for "в", is corrected, never "ok"
    assert by_entry["Moscow"].status == "repaired" and "в Москве" in edition.text
    assert "из Дипломатической академии" in edition.text
    assert "⟦" not in edition.text


def test_report_offsets_are_those_of_the_english_words(packages_dir):
    """terms.json offsets point at the matched English words in the segment's source as translators read
    it (numbers and terms spelled out, markup left out), not into an internal placeholder string."""
    from localize.engine import Engine
    from localize.enforce import readable_source
    from localize.glossary import load
    from localize.pipeline import translate_document

    text = "In 2025 the [navy](https://n.org) of *Song Zhongping* met Oleg Ivanov's team for $120 million in Moscow.\n"
    edition = translate_document(text, "md", "en", ["ru"], Engine(), load([NEWS]))["ru"]
    by_id = {s.id: s for s in edition.segments}
    decisions = edition.terms.decisions
    assert {d.entry for d in decisions} >= {"Song Zhongping", "Oleg Ivanov", "Moscow"}
    for d in decisions:
        readable = readable_source(by_id[d.segment], edition.document.units)
        assert readable[d.start:d.end] == d.source, (readable, d)
