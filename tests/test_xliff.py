"""The XLIFF of an edition validates against the OASIS XLIFF 2.1 schemas (core + glossary + metadata)."""

from __future__ import annotations

from pathlib import Path

import pytest

SCHEMAS = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "xliff-2.1"
NEWS = Path(__file__).resolve().parents[1] / "glossaries" / "news.tsv"
ARTICLE = (Path(__file__).resolve().parents[1] / "localize" / "data" / "sample-article.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def xliff_schema(tmp_path_factory):
    etree = pytest.importorskip("lxml.etree")
    if not SCHEMAS.is_dir():
        pytest.skip("../shared/schemas is not beside the checkout")
    wrapper = tmp_path_factory.mktemp("xsd") / "wrapper.xsd"
    imports = "".join(
        f'<xs:import namespace="{ns}" schemaLocation="{(SCHEMAS / name).as_uri()}"/>'
        for ns, name in [("urn:oasis:names:tc:xliff:document:2.0", "xliff_core_2.0.xsd"),
                         ("urn:oasis:names:tc:xliff:glossary:2.0", "glossary.xsd"),
                         ("urn:oasis:names:tc:xliff:metadata:2.0", "metadata.xsd")])
    wrapper.write_text(f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">{imports}</xs:schema>')
    return etree.XMLSchema(etree.parse(str(wrapper)))


def _validate_strictly(schema, data: bytes):
    """Validate, and validate each module's elements too (the core admits other namespaces laxly)."""
    from lxml import etree

    document = etree.fromstring(data)
    assert schema.validate(document), schema.error_log
    tags = {e.tag.split("}")[0][1:] for e in document.iter()}
    assert {"urn:oasis:names:tc:xliff:glossary:2.0", "urn:oasis:names:tc:xliff:metadata:2.0"} <= tags
    return document


def test_edition_xliff_validates_and_carries_terms_markup_and_metadata(invoke, tmp_path, xliff_schema):
    source = tmp_path / "roadmap.md"
    source.write_text(ARTICLE, encoding="utf-8")
    assert invoke("translate", source, "-t", "ru", "-t", "bg", "-g", NEWS).exit_code == 0
    for lang in ("ru", "bg"):
        data = (tmp_path / f"roadmap.{lang}.xlf").read_bytes()
        document = _validate_strictly(xliff_schema, data)
        ns = {"x": "urn:oasis:names:tc:xliff:document:2.0", "g": "urn:oasis:names:tc:xliff:glossary:2.0",
              "m": "urn:oasis:names:tc:xliff:metadata:2.0"}
        assert document.get("srcLang") == "en" and document.get("trgLang") == lang
        units = document.findall(".//x:unit", ns)
        assert len(units) == 17 and all(u.find("x:segment", ns).get("state") == "translated" for u in units)
        assert document.findall(".//x:source/x:mrk[@type='term']", ns)  # terms marked in the source
        assert document.findall(".//g:glossEntry", ns)
        assert any(e.text == "https://example.org/academy" or "https://example.org/academy" in (e.text or "")
                   for e in document.findall(".//x:originalData/x:data", ns))
        assert document.findall(".//x:pc", ns) and document.findall(".//x:ph", ns)
        metas = {m.get("type"): m.text for m in document.findall(".//m:meta", ns)}
        assert metas["source"] == str(source.resolve()) and len(metas["source-sha256"]) == 64
        assert metas["edition"] == str((tmp_path / f"roadmap.{lang}.md").resolve())


def test_flagged_terms_get_notes_and_the_file_still_validates(packages_dir, tmp_path, xliff_schema):
    from localize.engine import Engine
    from localize.glossary import load
    from localize.pipeline import Edition, translate_document
    from localize.review import xliff

    class Dropping:
        real = Engine()

        def route(self, s, t):
            return self.real.route(s, t)

        def translate(self, segments, s, t):  # a model that loses the placeholders and the names with them
            return [x.replace("⟦", "").replace("⟧", "").replace("Song Zhongping", "").replace("Oleg Ivanov", "")
                    for x in self.real.translate(segments, s, t)]

    edition: Edition = translate_document("Song Zhongping met *Oleg Ivanov*. Beijing replied.", "md", "en", ["ru"],
                                          Dropping(), load([NEWS]))["ru"]
    data = xliff.write(edition, "x.md", "0" * 64, "en", {"edition": "x.ru.md"})
    document = _validate_strictly(xliff_schema, data)
    notes = document.findall(".//{urn:oasis:names:tc:xliff:document:2.0}note")
    assert notes and all(n.get("category") == "terminology" and "flagged" in n.text for n in notes)


def test_a_check_quoting_hostile_translation_text_still_validates(packages_dir, xliff_schema):
    """A check quotes the translation's own words (a literal rendering it replaced), which come from outside:
    markup, a CDATA end, an escape character and a bidi override in them stay text in a valid file."""
    from localize.engine import Engine
    from localize.glossary import load
    from localize.pipeline import translate_document
    from localize.review import xliff

    edition = translate_document("Song Zhongping met Oleg Ivanov.", "md", "en", ["ru"], Engine(), load([NEWS]))["ru"]
    assert edition.terms.decisions
    hostile = "a literal translation (]]></note><x a='1'>&amp;\x1b\u202e) was replaced: check the words around it"
    edition.terms.decisions[0].check = hostile
    data = xliff.write(edition, "x.md", "0" * 64, "en", {"edition": "x.ru.md"})
    document = _validate_strictly(xliff_schema, data)
    notes = [n.text for n in document.findall(".//{urn:oasis:names:tc:xliff:document:2.0}note")]
    assert any("]]></note><x a='1'>&amp;\ufffd\u202e) was replaced" in n for n in notes), notes
    assert edition.terms.as_dict()["to_check"] == 1
