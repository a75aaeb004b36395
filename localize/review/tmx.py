"""TMX 1.4b export of the translation memory (for any CAT tool).

Each segment pair is a ``<tu>`` with the origin (human/machine) as a ``prop``; our placeholders become
``<ph x="n"/>`` (an atom or the start of markup) and ``<ph x="n" type="x-close"/>`` (its end).
A control character (C0 but tab and line breaks, DEL, C1) or a non-character XML 1.0 cannot hold
(U+FFFE, U+FFFF, a lone surrogate) becomes a placeholder naming it, ``<ph type="x-ctrl">U+001B</ph>``:
the file stays well-formed and valid, and a CAT tool shows an inline code where the character was.

>>> from lxml import etree
>>> tu = etree.Element("tuv")
>>> _seg(tu, "Talks\x1b[1m in ⟦1⟧Sofia⟦/1⟧\x0c")
>>> etree.tostring(tu, encoding="unicode")
'<tuv><seg>Talks<ph type="x-ctrl">U+001B</ph>[1m in <ph x="1"/>Sofia<ph x="1" type="x-close"/><ph type="x-ctrl">U+000C</ph></seg></tuv>'
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

_INLINE = re.compile(r"⟦(/?)(\d+)⟧|([\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff])")


def _seg(parent, text: str):
    from lxml import etree

    seg = etree.SubElement(parent, "seg")
    last = None
    position = 0
    for match in _INLINE.finditer(text):
        chunk = text[position:match.start()]
        if last is None:
            seg.text = (seg.text or "") + chunk
        else:
            last.tail = (last.tail or "") + chunk
        if match.group(3):
            last = etree.SubElement(seg, "ph", type="x-ctrl")
            last.text = f"U+{ord(match.group(3)):04X}"
        else:
            attributes = {"x": match.group(2)}
            if match.group(1):
                attributes["type"] = "x-close"
            last = etree.SubElement(seg, "ph", **attributes)
        position = match.end()
    rest = text[position:]
    if last is None:
        seg.text = (seg.text or "") + rest
    else:
        last.tail = (last.tail or "") + rest


def write(rows, version: str) -> bytes:
    """rows: (src_lang, tgt_lang, source, target, origin, created, updated) from ``Memory.entries``."""
    from lxml import etree

    root = etree.Element("tmx", version="1.4")
    etree.SubElement(root, "header", creationtool="localize", creationtoolversion=version, segtype="sentence",
                     **{"o-tmf": "localize-sqlite", "adminlang": "en", "srclang": "*all*", "datatype": "plaintext"})
    body = etree.SubElement(root, "body")
    for src, tgt, source, target, origin, _created, updated in rows:
        stamp = datetime.fromtimestamp(updated, timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        tu = etree.SubElement(body, "tu", creationdate=stamp, changedate=stamp, srclang=src)
        etree.SubElement(tu, "prop", type="x-origin").text = origin
        for lang, text in ((src, source), (tgt, target)):
            tuv = etree.SubElement(tu, "tuv", **{"{http://www.w3.org/XML/1998/namespace}lang": lang})
            _seg(tuv, text)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True,
                          doctype='<!DOCTYPE tmx SYSTEM "tmx14.dtd">')
