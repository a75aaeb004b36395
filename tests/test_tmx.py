"""TMX 1.4b export: whatever the memory holds comes out as well-formed, DTD-valid TMX that reads back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from localize.review import tmx

etree = pytest.importorskip("lxml.etree")
DTD_FILE = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "tmx" / "tmx14.dtd"

ODD = [
    pytest.param("Talks\x1b[1m in Sofia\x1b[0m", id="escape-sequences"),
    pytest.param("Page one\x0cpage two", id="form-feed"),
    pytest.param("".join(map(chr, range(0x20))), id="every-c0-control"),
    pytest.param("del\x7f and c1 " + "".join(map(chr, range(0x80, 0xa0))), id="del-and-every-c1-control"),
    pytest.param("non-characters \ufffe\uffff", id="xml-non-characters"),
    pytest.param("⟦1⟧Sofia⟦/1⟧ and ⟦7⟧ and a lone ⟦/9⟧", id="placeholders-even-unbalanced"),
    pytest.param("", id="empty"),
    pytest.param("<b>&amp;</b> ]]> \"quotes\" 'and' &", id="markup-characters"),
    pytest.param("emoji 🇧🇬 👩🏽‍💻, combining е́, RTL שלום \u202e", id="astral-combining-bidi"),
    pytest.param("x" * 1_000_000, id="a-million-characters"),
]


def _read_back(seg) -> str:
    """The text of a <seg>, with our placeholders and control characters restored."""
    parts = [seg.text or ""]
    for ph in seg:
        if ph.get("type") == "x-ctrl":
            parts.append(chr(int(ph.text[2:], 16)))
        else:
            parts.append(f"⟦{'/' if ph.get('type') == 'x-close' else ''}{ph.get('x')}⟧")
        parts.append(ph.tail or "")
    return "".join(parts)


@pytest.mark.parametrize("text", ODD)
def test_anything_the_memory_holds_exports_as_valid_tmx_and_reads_back(text):
    rows = [("en", "ru", text, text[::-1], "machine", 1.0, 1_800_000_000.5)]
    data = tmx.write(rows, "1.0")
    document = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
    if DTD_FILE.exists():
        dtd = etree.DTD(str(DTD_FILE))
        assert dtd.validate(document), dtd.error_log
    source, target = document.iterfind(".//seg")
    assert (_read_back(source), _read_back(target)) == (text, text[::-1])


def test_a_control_character_is_a_placeholder_naming_it():
    data = tmx.write([("en", "bg", "a\x1bb", "а\x0cб", "human", 1.0, 1.0)], "1.0").decode()
    assert re.search(r'<seg>a<ph type="x-ctrl">U\+001B</ph>b</seg>', data)
    assert re.search(r'<seg>а<ph type="x-ctrl">U\+000C</ph>б</seg>', data)
