"""XLIFF 2.1 for translators' CAT tools: one ``<unit>`` per segment, and back.

- Inline markup becomes XLIFF inline codes: a code span, URL or image is ``<ph/>``; a link or emphasis
  is ``<pc>`` when it opens and closes in the segment, else an isolated ``<sc/>``/``<ec/>``; the markup
  itself is kept in ``<originalData>``. A glossary occurrence in the source is ``<mrk type="term">``.
- The glossary module (``gls:glossary``) lists the unit's terms with their approved forms; flagged
  terms get a ``<note category="terminology">``.
- The metadata module (``mda:metadata``) on the file ties the XLIFF to its edition: source path and
  SHA-256, format, edition path, languages, packages, glossaries, localize version.
- Unit ids are the segment ids (``UNIT.N``), which is all ``review import`` needs to rebuild units.
"""

from __future__ import annotations

import re

XLF = "urn:oasis:names:tc:xliff:document:2.0"
GLS = "urn:oasis:names:tc:xliff:glossary:2.0"
MDA = "urn:oasis:names:tc:xliff:metadata:2.0"
NSMAP = {None: XLF, "gls": GLS, "mda": MDA}
_PLACEHOLDER = re.compile(r"⟦(/?)(\d+)⟧")
_NOT_XML = re.compile(r"([\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff])")  # characters XML 1.0 cannot carry
STATES = ("initial", "translated", "reviewed", "final")


def _q(ns: str, tag: str) -> str:
    return f"{{{ns}}}{tag}"


def _inline(parent, text: str, masked, segment_text_pairs: set[int], terms: dict, in_source: bool) -> None:
    """Fill ``parent`` (<source>/<target>) with text and inline elements for our placeholders."""
    from lxml import etree

    stack = [parent]
    last = None  # the element whose tail receives the next text

    def add_text(value: str):
        nonlocal last
        if not value:
            return
        if last is None:
            stack[-1].text = (stack[-1].text or "") + value
        else:
            last.tail = (last.tail or "") + value

    position = 0
    for match in _PLACEHOLDER.finditer(text):
        add_text(text[position:match.start()])
        position = match.end()
        closing, n = match.group(1) == "/", int(match.group(2))
        if n in terms and in_source:
            element = etree.SubElement(stack[-1], _q(XLF, "mrk"), id=f"m{n}", type="term")
            element.text = terms[n].source
        elif n in (masked.quantities or {}):
            add_text(masked.quantities[n].source if in_source else "")
            continue
        elif n in masked.atoms:
            element = etree.SubElement(stack[-1], _q(XLF, "ph"), id=str(n), dataRef=f"d{n}")
        elif n in masked.pairs and n in segment_text_pairs:  # both halves here: <pc>
            if not closing:
                element = etree.SubElement(stack[-1], _q(XLF, "pc"), id=str(n), dataRefStart=f"d{n}s", dataRefEnd=f"d{n}e")
                stack.append(element)
                last = None
                continue
            if len(stack) > 1 and stack[-1].get("id") == str(n):
                element = stack.pop()
            else:
                continue
        elif n in masked.pairs:
            if closing:
                element = etree.SubElement(stack[-1], _q(XLF, "ec"), id=str(n), isolated="yes", dataRef=f"d{n}e")
            else:
                element = etree.SubElement(stack[-1], _q(XLF, "sc"), id=str(n), isolated="yes", dataRef=f"d{n}s")
        else:
            continue
        last = element
    add_text(text[position:])
    while len(stack) > 1:  # a <pc> the text never closed (a model moved the close away)
        stack.pop()


def _paired_here(text: str) -> set[int]:
    opens = {int(m.group(2)) for m in _PLACEHOLDER.finditer(text) if not m.group(1)}
    closes = {int(m.group(2)) for m in _PLACEHOLDER.finditer(text) if m.group(1)}
    ordered = set()
    for n in opens & closes:
        if text.index(f"⟦{n}⟧") < text.index(f"⟦/{n}⟧"):
            ordered.add(n)
    return ordered


def _data(parent, ident: str, value: str) -> None:
    """``<data>`` holding ``value``; a control character XML cannot carry is a ``<cp hex=".."/>``."""
    from lxml import etree

    element = etree.SubElement(parent, _q(XLF, "data"), id=ident)
    pieces = _NOT_XML.split(value)  # text, character, text, ...
    element.text = pieces[0]
    for character, text in zip(pieces[1::2], pieces[2::2]):
        etree.SubElement(element, _q(XLF, "cp"), hex=f"{ord(character):04X}").tail = text


def write(edition, source_path: str, source_sha256: str, src: str, metadata: dict) -> bytes:
    """The XLIFF 2.1 document of one edition (a ``pipeline.Edition`` with its document and segments)."""
    from lxml import etree

    lang = edition.lang
    root = etree.Element(_q(XLF, "xliff"), nsmap=NSMAP, version="2.1", srcLang=src, trgLang=lang)
    file = etree.SubElement(root, _q(XLF, "file"), id="f1", original=source_path)
    meta = etree.SubElement(etree.SubElement(file, _q(MDA, "metadata")), _q(MDA, "metaGroup"), category="localize")
    for key, value in [("source", source_path), ("source-sha256", source_sha256)] + list(metadata.items()):
        for item in value if isinstance(value, list) else [value]:
            etree.SubElement(meta, _q(MDA, "meta"), type=key).text = str(item)
    decisions = {}
    for decision in edition.terms.decisions if edition.terms else []:
        decisions.setdefault(decision.segment, []).append(decision)
    for segment in edition.segments:
        unit_model = edition.document.units[segment.unit]
        masked = unit_model.masked
        terms = {n: slot for n, slot in (masked.terms or {}).items() if slot.segment == segment.id}
        unit = etree.SubElement(file, _q(XLF, "unit"), id=f"s{segment.id}", type=f"loc:{unit_model.kind}")
        if terms:
            glossary = etree.SubElement(unit, _q(GLS, "glossary"))
            for n, slot in terms.items():
                entry = etree.SubElement(glossary, _q(GLS, "glossEntry"), ref=f"#m{n}")
                etree.SubElement(entry, _q(GLS, "term"), source=slot.entry.place).text = slot.entry.source
                approved = slot.entry.approved(lang)
                if approved:
                    etree.SubElement(entry, _q(GLS, "translation"), source=slot.entry.place).text = approved
                if slot.entry.note:
                    etree.SubElement(entry, _q(GLS, "definition")).text = slot.entry.note
        flagged = [d for d in decisions.get(segment.id, []) if d.status == "flagged"]
        if flagged:
            notes = etree.SubElement(unit, _q(XLF, "notes"))
            for d in flagged:
                etree.SubElement(notes, _q(XLF, "note"), category="terminology", priority="1").text = \
                    f"{d.source}: flagged: {d.reason}"
        used = [int(m.group(2)) for m in _PLACEHOLDER.finditer(segment.source)]
        codes = [n for n in dict.fromkeys(used) if n in masked.atoms or n in masked.pairs]
        if codes:
            original = etree.SubElement(unit, _q(XLF, "originalData"))
            for n in codes:
                if n in masked.atoms:
                    _data(original, f"d{n}", masked.atoms[n])
                else:
                    before, after = masked.pairs[n]
                    if f"⟦{n}⟧" in segment.source:
                        _data(original, f"d{n}s", before)
                    if f"⟦/{n}⟧" in segment.source:
                        _data(original, f"d{n}e", after)
        seg = etree.SubElement(unit, _q(XLF, "segment"), id="1", state="translated")
        source = etree.SubElement(seg, _q(XLF, "source"))
        _inline(source, segment.source, masked, _paired_here(segment.source), terms, True)
        target_text = segment.targets.get(lang, "")
        target = etree.SubElement(seg, _q(XLF, "target"))
        _inline(target, target_text, masked, _paired_here(target_text) & _paired_here(segment.source), terms, False)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def read(data: bytes, path: str = "XLIFF") -> dict:
    """Metadata and segment targets of an XLIFF written by ``write`` (and edited in a CAT tool).

    Returns ``{"meta": {type: [values]}, "src": ..., "lang": ..., "segments": {segment id: (state,
    source text, target text)}}`` (terms spelled out, inline codes as our placeholders). Inline codes come back as placeholders; unknown ones are
    refused by the caller when the placeholders are restored.
    """
    from lxml import etree

    from localize.errors import InputError

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise InputError(path, f"not well-formed XML (line {error.lineno}): {error.msg}") from None
    if root.tag != _q(XLF, "xliff"):
        raise InputError(path, "not an XLIFF 2 file")
    meta: dict[str, list[str]] = {}
    for item in root.iter(_q(MDA, "meta")):
        meta.setdefault(item.get("type", ""), []).append(item.text or "")
    segments = {}
    for unit in root.iter(_q(XLF, "unit")):
        seg = unit.find(_q(XLF, "segment"))
        target = seg.find(_q(XLF, "target")) if seg is not None else None
        if target is None:
            continue
        source = seg.find(_q(XLF, "source"))
        segments[unit.get("id", "")[1:]] = (seg.get("state", "initial"), _flatten(source), _flatten(target))
    return {"meta": meta, "src": root.get("srcLang"), "lang": root.get("trgLang"), "segments": segments}


def _flatten(element) -> str:
    """Text of a <target> with inline codes turned back into placeholders."""
    out = [element.text or ""]
    for child in element:
        tag = child.tag.rsplit("}", 1)[-1]
        n = child.get("id", "") or child.get("startRef", "")
        if tag == "ph":
            out.append(f"⟦{n}⟧")
        elif tag == "pc":
            out.append(f"⟦{n}⟧ " + _flatten(child) + f" ⟦/{n}⟧")
        elif tag == "sc":
            out.append(f"⟦{n}⟧ ")
        elif tag == "ec":
            out.append(f" ⟦/{n}⟧")
        else:  # mrk and anything else: keep its text
            out.append(_flatten(child))
        out.append(child.tail or "")
    return "".join(out)
