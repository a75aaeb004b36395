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

from localize.i18n import _

XLF = "urn:oasis:names:tc:xliff:document:2.0"
GLS = "urn:oasis:names:tc:xliff:glossary:2.0"
MDA = "urn:oasis:names:tc:xliff:metadata:2.0"
NSMAP = {None: XLF, "gls": GLS, "mda": MDA}
_PLACEHOLDER = re.compile(r"⟦(/?)(\d+)⟧")
#: Characters XML 1.0 cannot hold (C0 controls but tab and line ends, U+FFFE, U+FFFF): written as <cp/>.
_NOT_XML = re.compile("([\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\ufffe\\uffff])")
STATES = ("initial", "translated", "reviewed", "final")
_UNIT_ID = re.compile(r"s[0-9]{1,9}\.[0-9]{1,9}")


def _q(ns: str, tag: str) -> str:
    return f"{{{ns}}}{tag}"


def _append_text(parent, last, value: str):
    """Append ``value`` to ``parent`` after its child ``last`` (None: before any child), a character XML
    cannot hold as ``<cp hex=".."/>`` as XLIFF 2 prescribes; returns the new last child."""
    from lxml import etree

    for piece in _NOT_XML.split(value):
        if not piece:
            continue
        if _NOT_XML.fullmatch(piece):
            last = etree.SubElement(parent, _q(XLF, "cp"), hex=f"{ord(piece):04X}")
        elif last is None:
            parent.text = (parent.text or "") + piece
        else:
            last.tail = (last.tail or "") + piece
    return last


def _plain(value) -> str:
    """Text for an element that admits no ``<cp/>`` (metadata, notes, glossary entries): a character XML
    cannot hold becomes U+FFFD."""
    return _NOT_XML.sub("\ufffd", str(value))


def _inline(parent, text: str, masked, segment_text_pairs: set[int], terms: dict, in_source: bool) -> None:
    """Fill ``parent`` (<source>/<target>) with text and inline elements for our placeholders."""
    from lxml import etree

    stack = [parent]
    last = None  # the element whose tail receives the next text

    def add_text(value: str):
        nonlocal last
        last = _append_text(stack[-1], last, value)

    position = 0
    for match in _PLACEHOLDER.finditer(text):
        add_text(text[position:match.start()])
        position = match.end()
        closing, n = match.group(1) == "/", int(match.group(2))
        if n in terms and in_source:
            element = etree.SubElement(stack[-1], _q(XLF, "mrk"), id=f"m{n}", type="term")
            _append_text(element, None, terms[n].source)
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


def hugged(text: str, masked) -> str:
    """``text`` with markup hugging its words as in the article: the spaces set around placeholders for
    the model go (``in ⟦1⟧ ⟦2⟧ ⟦/1⟧ .`` -> ``in ⟦1⟧⟦2⟧⟦/1⟧.``), so ``<pc>`` holds no space the source lacks."""
    from localize.protect import _hug

    return _hug(re.sub(r"[ \t]{2,}", " ", text), set(masked.pairs), masked.glued).strip(" \t")


def loose(text: str) -> str:
    """``text`` with no space beside a placeholder: XLIFF sources written before and after ``hugged`` compare equal.

    >>> loose("in ⟦1⟧ Sofia ⟦/1⟧ .") == loose("in⟦1⟧Sofia⟦/1⟧.")
    True
    """
    return re.sub(r"\s*(⟦/?\d+⟧)\s*", r"\1", text)


def _keep_inline(element) -> None:
    """Inline content is text: an empty text node in each element that opens with a child (``<pc>`` with
    a ``<mrk>`` first) keeps the pretty printer from adding line breaks and spaces inside it."""
    for node in element.iter():
        if len(node) and node.text is None:
            node.text = ""


def _paired_here(text: str) -> set[int]:
    opens = {int(m.group(2)) for m in _PLACEHOLDER.finditer(text) if not m.group(1)}
    closes = {int(m.group(2)) for m in _PLACEHOLDER.finditer(text) if m.group(1)}
    ordered = set()
    for n in opens & closes:
        if text.index(f"⟦{n}⟧") < text.index(f"⟦/{n}⟧"):
            ordered.add(n)
    return ordered


def write(edition, source_path: str, source_sha256: str, src: str, metadata: dict) -> bytes:
    """The XLIFF 2.1 document of one edition (a ``pipeline.Edition`` with its document and segments)."""
    from lxml import etree

    lang = edition.lang
    root = etree.Element(_q(XLF, "xliff"), nsmap=NSMAP, version="2.1", srcLang=src, trgLang=lang)
    file = etree.SubElement(root, _q(XLF, "file"), id="f1", original=source_path)
    meta = etree.SubElement(etree.SubElement(file, _q(MDA, "metadata")), _q(MDA, "metaGroup"), category="localize")
    for key, value in [("source", source_path), ("source-sha256", source_sha256)] + list(metadata.items()):
        for item in value if isinstance(value, list) else [value]:
            etree.SubElement(meta, _q(MDA, "meta"), type=key).text = _plain(item)
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
                etree.SubElement(entry, _q(GLS, "term"), source=_plain(slot.entry.place)).text = \
                    _plain(slot.entry.source)
                approved = slot.entry.approved(lang)
                if approved:
                    etree.SubElement(entry, _q(GLS, "translation"), source=_plain(slot.entry.place)).text = \
                        _plain(approved)
                if slot.entry.note:
                    etree.SubElement(entry, _q(GLS, "definition")).text = _plain(slot.entry.note)
        flagged = [d for d in decisions.get(segment.id, []) if d.status == "flagged" or d.check]
        if flagged:
            notes = etree.SubElement(unit, _q(XLF, "notes"))
            for d in flagged:
                if d.status == "flagged":
                    etree.SubElement(notes, _q(XLF, "note"), category="terminology", priority="1").text = \
                        _plain(f"{d.source}: flagged: {d.reason}")
                else:
                    etree.SubElement(notes, _q(XLF, "note"), category="terminology", priority="2").text = \
                        _plain(f"{d.source}: {d.status} as {d.output}; check: {d.check}")
        used = [int(m.group(2)) for m in _PLACEHOLDER.finditer(segment.source)]
        codes = [n for n in dict.fromkeys(used) if n in masked.atoms or n in masked.pairs]
        if codes:
            original = etree.SubElement(unit, _q(XLF, "originalData"))
            for n in codes:
                if n in masked.atoms:
                    _append_text(etree.SubElement(original, _q(XLF, "data"), id=f"d{n}"), None, masked.atoms[n])
                else:
                    before, after = masked.pairs[n]
                    if f"⟦{n}⟧" in segment.source:
                        _append_text(etree.SubElement(original, _q(XLF, "data"), id=f"d{n}s"), None, before)
                    if f"⟦/{n}⟧" in segment.source:
                        _append_text(etree.SubElement(original, _q(XLF, "data"), id=f"d{n}e"), None, after)
        seg = etree.SubElement(unit, _q(XLF, "segment"), id="1", state="translated")
        source = etree.SubElement(seg, _q(XLF, "source"))
        _inline(source, hugged(segment.source, masked), masked, _paired_here(segment.source), terms, True)
        target_text = hugged(segment.targets.get(lang, ""), masked)
        target = etree.SubElement(seg, _q(XLF, "target"))
        _inline(target, target_text, masked, _paired_here(target_text) & _paired_here(segment.source), terms, False)
        _keep_inline(source)
        _keep_inline(target)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def read(data: bytes, path: str = "XLIFF", required_meta: tuple[str, ...] = ()) -> dict:
    """Metadata and segment targets of an XLIFF written by ``write`` (and edited in a CAT tool).

    Returns ``{"meta": {type: [values]}, "src": ..., "lang": ..., "segments": {segment id: (state,
    source text, target text)}}`` with terms spelled out and inline codes as our placeholders.
    The file is untrusted: no DTD or entity is accepted, unit ids must be ``sUNIT.N``, each at most
    once; comments and processing instructions a CAT tool leaves in a target are dropped; a unit
    split into several segments comes back whole; ``required_meta`` are metadata types it must have.
    Anything else is one ``InputError``.
    """
    from lxml import etree

    from localize.errors import InputError

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_blank_text=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise InputError(path, _("not well-formed XML (line {line}): {reason}").format(
            line=error.lineno, reason=error.msg)) from None
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise InputError(path, _("has a DOCTYPE; an XLIFF 2 file has none (entities are not accepted)"))
    if root.tag != _q(XLF, "xliff"):
        raise InputError(path, _("not an XLIFF 2 file"))
    for attribute in ("srcLang", "trgLang"):
        if not root.get(attribute):
            raise InputError(path, _("the <xliff> element has no {attribute}").format(attribute=attribute))
    meta: dict[str, list[str]] = {}
    for item in root.iter(_q(MDA, "meta")):
        meta.setdefault(item.get("type", ""), []).append(item.text or "")
    if not set(required_meta) <= set(meta):
        raise InputError(path, _("belongs to no localize edition (no localize metadata); "
                                 "import the XLIFF that localize translate wrote"))
    segments = {}
    for unit in root.iter(_q(XLF, "unit")):
        unit_id = unit.get("id", "")
        if not _UNIT_ID.fullmatch(unit_id):
            raise InputError(path, _("unit id {id!r} is not one localize wrote (sUNIT.N)").format(id=unit_id[:40]))
        if unit_id[1:] in segments:
            raise InputError(path, _("unit {id} appears twice").format(id=unit_id))
        parts = unit.findall(_q(XLF, "segment"))
        if not parts or any(part.find(_q(XLF, "target")) is None for part in parts):
            raise InputError(path, _("unit {id} has no target").format(id=unit_id))
        states = [part.get("state", "initial") for part in parts]
        state = "final" if all(s == "final" for s in states) else \
            "reviewed" if all(s in ("reviewed", "final") for s in states) else states[0]
        source, target = [], []
        for child in unit:
            if child.tag in (_q(XLF, "segment"), _q(XLF, "ignorable")):
                for side, out in (("source", source), ("target", target)):
                    element = child.find(_q(XLF, side))
                    if element is not None:
                        out.append(_flatten(element, path))
        segments[unit_id[1:]] = (state, "".join(source), "".join(target))
    return {"meta": meta, "src": root.get("srcLang"), "lang": root.get("trgLang"), "segments": segments}


def _flatten(element, path: str = "XLIFF") -> str:
    """Text of a <source>/<target> with inline codes turned back into placeholders; a comment or a
    processing instruction is dropped (its tail kept), ``<cp hex=".."/>`` is its character."""
    from lxml import etree

    from localize.errors import InputError

    out = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):  # a comment, a processing instruction or an entity
            if isinstance(child, etree._Entity):
                raise InputError(path, _("an entity reference {name} in a target; write the character itself").format(
                    name=child.text))
            out.append(child.tail or "")
            continue
        tag = child.tag.rsplit("}", 1)[-1]
        n = child.get("id", "") or child.get("startRef", "")
        if tag in ("ph", "pc", "sc", "ec") and not re.fullmatch(r"[0-9]{1,9}", n):
            raise InputError(path, _("inline code <{tag} id={id!r}> is not one localize wrote").format(tag=tag, id=n[:40]))
        if tag == "ph":
            out.append(f"⟦{n}⟧")
        elif tag == "pc":
            out.append(f"⟦{n}⟧" + _flatten(child, path) + f"⟦/{n}⟧")
        elif tag == "sc":
            out.append(f"⟦{n}⟧")
        elif tag == "ec":
            out.append(f"⟦/{n}⟧")
        elif tag == "cp":
            out.append(_code_point(child.get("hex", ""), path))
        else:  # mrk and anything else: keep its text
            out.append(_flatten(child, path))
        out.append(child.tail or "")
    return "".join(out)


def _code_point(value: str, path: str) -> str:
    """The character of ``<cp hex="1B"/>``.

    >>> _code_point("1B", "x.xlf") == "\\x1b"
    True
    """
    from localize.errors import InputError

    if not re.fullmatch(r"[0-9A-Fa-f]{1,6}", value) or int(value, 16) > 0x10FFFF or 0xD800 <= int(value, 16) <= 0xDFFF:
        raise InputError(path, _("<cp hex={value!r}> is not a character").format(value=value[:12]))
    return chr(int(value, 16))
