"""TMX 1.4b export of the translation memory (for any CAT tool).

Each segment pair is a ``<tu>`` with the origin (human/machine) as a ``prop``; our placeholders become
``<ph x="n"/>`` (an atom or the start of markup) and ``<ph x="n" type="x-close"/>`` (its end).
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

_PLACEHOLDER = re.compile(r"⟦(/?)(\d+)⟧")


def _seg(parent, text: str):
    from lxml import etree

    seg = etree.SubElement(parent, "seg")
    last = None
    position = 0
    for match in _PLACEHOLDER.finditer(text):
        chunk = text[position:match.start()]
        if last is None:
            seg.text = (seg.text or "") + chunk
        else:
            last.tail = (last.tail or "") + chunk
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
