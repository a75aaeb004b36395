"""TBX (ISO 30042:2019, TBX v3 core structure, TBX-Basic style) import and export.

One ``conceptEntry`` per entry; one ``langSec`` per language; the approved form is the
``preferredTerm-admn-sts`` term, alternatives ``admittedTerm-admn-sts``, ``avoid:`` forms
``deprecatedTerm-admn-sts``. Our other columns travel as ``termNote``s and the note as ``<note>``, so
a TSV -> TBX -> TSV round trip loses nothing:

- on the source term: ``gender`` as TBX-Basic ``grammaticalGender`` (masculine, feminine, neuter) or,
  for ``pl``, ``grammaticalNumber`` = plural; ``partOfSpeech`` = properNoun for a ``name``; and
  ``localize:type``, ``localize:case``, ``localize:declension``;
- on a language's approved term, what the glossary says for that language: ``gender:LANG`` as its
  ``grammaticalGender`` (or ``grammaticalNumber``), ``article:LANG`` as ``localize:article``,
  ``forms:LANG`` as ``localize:forms`` (the cell's own ``key=form; key=form`` text);
- where that language has no approved term to carry them (and ``gender:`` of the source language),
  on the source term as ``localize:gender:LANG``, ``localize:article:LANG``, ``localize:forms:LANG``.

Read back, a ``grammaticalGender`` on the source term is ``gender``, on another language's term that
language's ``gender:LANG``; values outside the TBX-Basic picklist are ignored, as TBX v2's
``otherGender`` is read as ``pl`` (what earlier versions wrote). TBX v2 files
(``martif``/``termEntry``/``langSet``/``tig``) are read too. XML is parsed with entities, DTDs and
network access off.
"""

from __future__ import annotations

from localize.glossary.model import Entry, Glossary, Issue, cell_problem, format_forms, parse_forms

NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
STATUS = {"preferred": "preferredTerm-admn-sts", "admitted": "admittedTerm-admn-sts",
          "deprecated": "deprecatedTerm-admn-sts"}
GENDER = {"m": "masculine", "f": "feminine", "n": "neuter"}
#: Read as a gender too: ``otherGender`` is what localize wrote for ``pl`` before ``grammaticalNumber``.
GENDER_READ = {**{v: k for k, v in GENDER.items()}, "otherGender": "pl"}
LOCAL = "localize:"


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
        grammar: dict[str, dict[str, list[tuple[str, str]]]] = {}  # language -> status -> termNotes
        notes = []
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
                status, term_notes = "preferred", []
                for note in term_sec.iter():
                    if _local(note.tag) != "termNote":
                        continue
                    kind, value = note.get("type", ""), (note.text or "").strip()
                    if kind == "administrativeStatus":
                        status = next((k for k, v in STATUS.items() if v == value), "admitted")
                    else:
                        term_notes.append((kind, value))
                forms[status].append(text)
                if status != "deprecated":
                    grammar.setdefault(lang, {}).setdefault(status, []).extend(term_notes)
        if bad:
            issues.append(Issue(path, concept.sourceline or 0, "error", bad))
            continue
        source_lang_here = source_lang or (languages[0] if languages else default_lang)
        source_forms = per_lang.get(source_lang_here, {}).get("preferred") or per_lang.get(source_lang_here, {}).get("admitted")
        line = concept.sourceline or 0
        if not source_forms:
            issues.append(Issue(path, line, "error", f"concept without a {source_lang_here!r} term"))
            continue
        targets = {lang: f["preferred"] + f["admitted"] for lang, f in per_lang.items() if lang != source_lang_here}
        entry = Entry(
            source=source_forms[0], targets=targets, note=" ".join(notes), path=path, line=line,
            avoid={lang: f["deprecated"] for lang, f in per_lang.items() if f["deprecated"] and lang != source_lang_here},
        )
        problems = _read_grammar(entry, {lang: by_status.get("preferred", []) + by_status.get("admitted", [])
                                         for lang, by_status in grammar.items()}, source_lang_here)
        issues += [Issue(path, line, "error", message) for message in problems + entry.validate()]
        entries.append(entry)
    if source_lang and source_lang in languages:
        languages.remove(source_lang)
        languages.insert(0, source_lang)
    return Glossary(languages, entries, issues=issues)


def _read_grammar(entry: Entry, grammar: dict[str, list[tuple[str, str]]], source_lang: str) -> list[str]:
    """Set ``entry``'s type, case, declension, genders, articles and forms from the termNotes of each
    language's terms, the approved term's first (the first value of a kind wins); returns the problems
    of the ``localize:forms`` texts."""
    meta: dict[str, str] = {}
    genders: dict[str, str] = {}  # language -> gender, from grammaticalGender
    numbers: dict[str, str] = {}  # language -> "pl", from grammaticalNumber = plural
    problems: list[str] = []
    for lang, term_notes in grammar.items():
        for kind, value in term_notes:
            if kind == "grammaticalGender" and value in GENDER_READ:
                genders.setdefault(lang, GENDER_READ[value])
            elif kind == "grammaticalNumber" and value == "plural":
                numbers.setdefault(lang, "pl")
            elif kind == "partOfSpeech" and value == "properNoun" and lang == source_lang:
                meta.setdefault("partOfSpeech", "name")
            elif kind.startswith(LOCAL) and value:
                field, _colon, other = kind[len(LOCAL):].partition(":")
                target = other.lower() or lang
                if field in ("type", "case", "declension") and not other:
                    meta.setdefault(field, value)
                elif field == "gender" and other:
                    entry.genders.setdefault(target, value)
                elif field == "article":
                    entry.article.setdefault(target, value)
                elif field == "forms" and target not in entry.forms:
                    forms, bad = parse_forms(target, value)
                    problems += bad
                    if forms:
                        entry.forms[target] = forms
    entry.type = meta.get("type") or meta.get("partOfSpeech") or "term"
    entry.case, entry.declension = meta.get("case", ""), meta.get("declension", "")
    for lang, gender in {**numbers, **genders}.items():
        if lang == source_lang:
            entry.gender = gender
        else:
            entry.genders.setdefault(lang, gender)
    return problems


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
        notes = _gender_notes(entry.gender)
        notes += [("partOfSpeech", "properNoun")] if entry.is_name else []
        notes += [(f"{LOCAL}{k}", getattr(entry, k)) for k in ("type", "case", "declension")
                  if getattr(entry, k) and not (k == "type" and entry.type == "term")]
        notes += _language_notes(entry, source_lang, own=True, gender=False)
        if entry.genders.get(source_lang):
            notes.append((f"{LOCAL}gender:{source_lang}", entry.genders[source_lang]))
        carried = {lang for lang in glossary.languages[1:] if entry.targets.get(lang)}  # they have an approved term
        for lang in _grammar_languages(entry):
            if lang != source_lang and lang not in carried:
                notes += _language_notes(entry, lang, own=False, gender=True)
        term_sec(source_sec, entry.source, "preferred", notes)
        for lang in glossary.languages[1:]:
            forms, avoid = entry.targets.get(lang, []), entry.avoid.get(lang, [])
            if not forms and not avoid:
                continue
            sec = etree.SubElement(concept, f"{{{NS}}}langSec", attrib={XML_LANG: lang})
            for i, form in enumerate(forms):
                term_sec(sec, form, "preferred" if i == 0 else "admitted",
                         _language_notes(entry, lang, own=True, gender=True) if i == 0 else ())
            for form in avoid:
                term_sec(sec, form, "deprecated")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _gender_notes(gender: str) -> list[tuple[str, str]]:
    """The TBX-Basic termNote of a gender: ``grammaticalGender``, or ``grammaticalNumber`` for ``pl``."""
    if gender == "pl":
        return [("grammaticalNumber", "plural")]
    return [("grammaticalGender", GENDER[gender])] if gender in GENDER else []


def _grammar_languages(entry: Entry) -> list[str]:
    return list(dict.fromkeys([*entry.genders, *entry.article, *entry.forms]))


def _language_notes(entry: Entry, lang: str, own: bool, gender: bool) -> list[tuple[str, str]]:
    """The termNotes of what ``entry`` says for ``lang``: on that language's own approved term (``own``),
    or on the source term with the language in the type (``localize:forms:ru``). ``gender``: include
    ``gender:LANG`` (the source term's own gender note is the entry-wide ``gender``)."""
    notes: list[tuple[str, str]] = []
    suffix = "" if own else f":{lang}"
    if gender and entry.genders.get(lang):
        value = entry.genders[lang]
        notes += _gender_notes(value) if own and (value in GENDER or value == "pl") else [(f"{LOCAL}gender:{lang}", value)]
    if entry.article.get(lang):
        notes.append((f"{LOCAL}article{suffix}", entry.article[lang]))
    if entry.forms.get(lang):
        notes.append((f"{LOCAL}forms{suffix}", format_forms(entry.forms[lang])))
    return notes
