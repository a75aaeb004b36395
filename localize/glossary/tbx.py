"""TBX (ISO 30042:2019, TBX v3 core structure, TBX-Basic style) import and export.

One ``conceptEntry`` per entry; one ``langSec`` per language; the approved form is the
``preferredTerm-admn-sts`` term, alternatives ``admittedTerm-admn-sts``, ``avoid:`` forms
``deprecatedTerm-admn-sts``. Our other columns travel as ``termNote``s on the source term
(``grammaticalGender``, and ``localize:type|case|declension``) and the note as ``<note>``, so a
TSV -> TBX -> TSV round trip loses nothing. TBX v2 files (``martif``/``termEntry``/``langSet``/``tig``)
are read too. XML is parsed with entities, DTDs and network access off.
"""

from __future__ import annotations

from localize.glossary.model import Entry, Glossary, Issue, cell_problem

NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
STATUS = {"preferred": "preferredTerm-admn-sts", "admitted": "admittedTerm-admn-sts",
          "deprecated": "deprecatedTerm-admn-sts"}
GENDER = {"m": "masculine", "f": "feminine", "n": "neuter", "pl": "otherGender"}


def _parser():
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_comments=True)


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def read_bytes(data: bytes, path: str, source_lang: str | None = None) -> Glossary:
    from lxml import etree

    issues: list[Issue] = []
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as error:
        return Glossary([], issues=[Issue(path, error.lineno or 0, "error", f"not well-formed XML: {error.msg}")])
    if root.getroottree().docinfo.internalDTD is not None:
        return Glossary([], issues=[Issue(path, 1, "error", "a DTD inside a TBX file is refused (entities are not read)")])
    if _local(root.tag) not in ("tbx", "martif"):
        return Glossary([], issues=[Issue(path, root.sourceline or 1, "error", "not a TBX file (root is not <tbx>)")])
    default_lang = root.get(XML_LANG, "en")
    languages: list[str] = []
    entries: list[Entry] = []
    for concept in root.iter():
        if _local(concept.tag) not in ("conceptEntry", "termEntry"):
            continue
        per_lang: dict[str, dict[str, list[str]]] = {}
        notes, meta = [], {}
        for child in concept:
            if _local(child.tag) == "note" and (child.text or "").strip():
                notes.append(child.text.strip())
        bad = next(filter(None, (cell_problem("note", note) for note in notes)), None)
        for lang_sec in concept:
            if _local(lang_sec.tag) not in ("langSec", "langSet"):
                continue
            lang = (lang_sec.get(XML_LANG) or default_lang).split("-")[0].lower()
            if lang not in languages:
                languages.append(lang)
            forms = per_lang.setdefault(lang, {"preferred": [], "admitted": [], "deprecated": []})
            for term_sec in lang_sec:
                if _local(term_sec.tag) not in ("termSec", "tig", "ntig"):
                    continue
                term = next((e for e in term_sec.iter() if _local(e.tag) == "term"), None)
                text = "".join(term.itertext()).strip() if term is not None else ""
                if not text:
                    continue
                bad = bad or cell_problem(lang, text)
                status = "preferred"
                for note in term_sec.iter():
                    if _local(note.tag) != "termNote":
                        continue
                    kind, value = note.get("type", ""), (note.text or "").strip()
                    if kind == "administrativeStatus":
                        status = next((k for k, v in STATUS.items() if v == value), "admitted")
                    elif kind == "grammaticalGender":
                        meta["gender"] = next((k for k, v in GENDER.items() if v == value), "")
                    elif kind.startswith("localize:"):
                        meta[kind[9:]] = value
                forms[status].append(text)
        if bad:
            issues.append(Issue(path, concept.sourceline or 0, "error", bad))
            continue
        source_lang_here = source_lang or (languages[0] if languages else default_lang)
        source_forms = per_lang.get(source_lang_here, {}).get("preferred") or per_lang.get(source_lang_here, {}).get("admitted")
        if not source_forms:
            issues.append(Issue(path, concept.sourceline or 0, "error", f"concept without a {source_lang_here!r} term"))
            continue
        targets = {lang: f["preferred"] + f["admitted"] for lang, f in per_lang.items() if lang != source_lang_here}
        entries.append(Entry(
            source=source_forms[0], targets=targets, type=meta.get("type", "") or "term", case=meta.get("case", ""),
            gender=meta.get("gender", ""), declension=meta.get("declension", ""),
            avoid={lang: f["deprecated"] for lang, f in per_lang.items() if f["deprecated"] and lang != source_lang_here},
            note=" ".join(notes), path=path, line=concept.sourceline or 0,
        ))
    if source_lang and source_lang in languages:
        languages.remove(source_lang)
        languages.insert(0, source_lang)
    return Glossary(languages, entries, issues=issues)


def write_bytes(glossary: Glossary) -> bytes:
    from lxml import etree

    source_lang = glossary.languages[0]
    root = etree.Element(f"{{{NS}}}tbx", nsmap={None: NS}, attrib={"type": "TBX-Basic", "style": "dca", XML_LANG: source_lang})
    header = etree.SubElement(root, f"{{{NS}}}tbxHeader")
    file_desc = etree.SubElement(header, f"{{{NS}}}fileDesc")
    source_desc = etree.SubElement(file_desc, f"{{{NS}}}sourceDesc")
    etree.SubElement(source_desc, f"{{{NS}}}p").text = "Exported by localize glossary convert"
    body = etree.SubElement(etree.SubElement(root, f"{{{NS}}}text"), f"{{{NS}}}body")

    def term_sec(parent, text, status, notes=()):
        sec = etree.SubElement(parent, f"{{{NS}}}termSec")
        etree.SubElement(sec, f"{{{NS}}}term").text = text
        etree.SubElement(sec, f"{{{NS}}}termNote", type="administrativeStatus").text = STATUS[status]
        for kind, value in notes:
            etree.SubElement(sec, f"{{{NS}}}termNote", type=kind).text = value

    for number, entry in enumerate(glossary.entries, 1):
        concept = etree.SubElement(body, f"{{{NS}}}conceptEntry", id=f"c{number}")
        if entry.note:
            etree.SubElement(concept, f"{{{NS}}}note").text = entry.note
        source_sec = etree.SubElement(concept, f"{{{NS}}}langSec", attrib={XML_LANG: source_lang})
        notes = [("grammaticalGender", GENDER[entry.gender])] if entry.gender in GENDER else []
        notes += [(f"localize:{k}", getattr(entry, k)) for k in ("type", "case", "declension")
                  if getattr(entry, k) and not (k == "type" and entry.type == "term")]
        term_sec(source_sec, entry.source, "preferred", notes)
        for lang in glossary.languages[1:]:
            forms, avoid = entry.targets.get(lang, []), entry.avoid.get(lang, [])
            if not forms and not avoid:
                continue
            sec = etree.SubElement(concept, f"{{{NS}}}langSec", attrib={XML_LANG: lang})
            for i, form in enumerate(forms):
                term_sec(sec, form, "preferred" if i == 0 else "admitted")
            for form in avoid:
                term_sec(sec, form, "deprecated")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
