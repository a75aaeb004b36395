"""``localize review import``: rebuild an edition from its reviewed XLIFF and remember the approved segments.

An XLIFF comes back from outside the newsroom (a freelance translator, a CAT tool), so nothing in it
decides where anything is written:

- the edition is the file ``STEM.LANG.EXT`` beside ``STEM.LANG.xlf`` (``EXT`` the source's extension),
  and the XLIFF's metadata must name exactly that file, its languages must be the file name's;
- the source it names is only read, and must still have the SHA-256 the XLIFF recorded;
- the source is segmented again here, and every unit of the XLIFF must be one of its segments with the
  same source text: the memory is keyed on the article's own sentences, never on text from the file;
- the whole file is checked before anything is written; an edition edited by hand since (or with no
  recorded checksum) is replaced only with ``force``; the edition and the memory change together
  (the edition is renamed in inside the memory's transaction) or not at all; an import that changes
  nothing leaves the edition untouched.

Units are rebuilt from the segment targets and written back in the source's format (structure and
markup restored from the source). Segments marked ``reviewed`` or ``final`` go into the translation
memory as approved human translations, which ``translate`` then reuses before any machine translation.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from localize import formats, inputs
from localize.errors import InputError, OutputError
from localize.i18n import _

APPROVED = ("reviewed", "final")
#: Largest XLIFF read: an article's XLIFF is a few hundred KB.
MAX_XLIFF_BYTES = 32 * 1024 * 1024
_GLOSSARY_META = re.compile(r"^(?P<path>.+) sha256:(?P<sha>[0-9a-f]{64})$")


@dataclass
class ImportResult:
    edition: Path
    segments: int
    approved: int
    problems: list
    changed: bool = True


def import_xliff(path: Path, force: bool = False, memory=None) -> ImportResult:
    from localize.enforce import expand_terms
    from localize.memory import Memory, canonical, renumber
    from localize.pipeline import check_language, edition_for_xliff, prepare
    from localize.review import xliff
    from localize.write import atomic_write_bytes

    path = Path(path)
    name = inputs.display_name(path)
    data = inputs.read_bytes(path, MAX_XLIFF_BYTES + 1)
    if len(data) > MAX_XLIFF_BYTES:
        raise InputError(name, _("is larger than {limit} MB; an article's XLIFF is far smaller").format(
            limit=MAX_XLIFF_BYTES // (1024 * 1024)))
    parsed = xliff.read(data, name, ("source", "source-sha256", "edition", "format"))
    meta = {k: v[0] for k, v in parsed["meta"].items() if v}
    if not {"source", "source-sha256", "edition", "format"} <= set(meta) or meta["format"] not in formats.FORMATS:
        raise InputError(name, _("belongs to no localize edition (no localize metadata); "
                                 "import the XLIFF that localize translate wrote"))
    src, lang = check_language(parsed["src"]), check_language(parsed["lang"])
    if path.suffix != ".xlf" or Path(path.stem).suffix != f".{lang}":
        raise InputError(name, _("is not named STEM.{lang}.xlf as localize translate names it; "
                                 "import it under the name it was written with").format(lang=lang))

    source = Path(meta["source"])
    edition = edition_for_xliff(path, source)
    if os.path.realpath(meta["edition"]) != os.path.realpath(edition):
        raise InputError(name, _("its metadata names the edition {named}, but the edition of this XLIFF is {edition}; "
                                 "nothing was written").format(named=inputs.display_name(meta["edition"]),
                                                               edition=edition))
    for other in (source, path):
        if os.path.realpath(other) == os.path.realpath(edition):
            raise InputError(name, _("its edition {edition} would be its own source or XLIFF; nothing was written").format(
                edition=edition))
    text, newline = inputs.read_source(str(source), html=meta["format"] == "html")
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != meta["source-sha256"]:
        raise InputError(name, _("its source {source} has changed since this XLIFF was made; "
                                 "translate the source again and review the new XLIFF").format(source=source))
    current = _read_edition(edition)
    if current is not None and not force and hashlib.sha256(current).hexdigest() != meta.get("edition-sha256"):
        raise OutputError(edition, _("was changed since this XLIFF was made; use --force to replace it"))

    # the article's own segments, as translate made them (with its glossaries when they are unchanged)
    document, segments = prepare(text, meta["format"], src, _glossary(parsed["meta"].get("glossary", [])))
    ours = {segment.id: segment for segment in segments}
    theirs = parsed["segments"]
    unknown = [segment_id for segment_id in theirs if segment_id not in ours]
    if unknown:
        raise InputError(name, _("unit s{id} belongs to no segment of {source}").format(
            id=unknown[0], source=source))
    missing = [segment_id for segment_id in ours if segment_id not in theirs]
    if missing:
        raise InputError(name, _("has no unit for segment s{id} of the source").format(id=missing[0]))

    units = [""] * len(document.units)
    rows = []
    for segment in segments:
        state, source_text, target = theirs[segment.id]
        masked = document.units[segment.unit].masked
        key, mapping = canonical(expand_terms(segment.source, masked))
        if xliff.loose(canonical(source_text)[0]) != xliff.loose(key):
            raise InputError(name, _("the source text of unit s{id} differs from the article's; "
                                     "the XLIFF was altered").format(id=segment.id))
        target = re.sub(r"[\r\n]+", " ", target).strip(" ")
        units[segment.unit] += segment.separator + target
        if state in APPROVED:
            rows.append((key, canonical(xliff.hugged(expand_terms(segment.source, masked), masked))[0],
                         renumber(target, mapping)))
    rebuilt, problems = formats.module(meta["format"]).write(document, units, lang=lang)
    written = rebuilt.replace("\n", newline).encode("utf-8") if newline != "\n" else rebuilt.encode("utf-8")

    changed = written != current

    def write_edition():
        if changed:
            atomic_write_bytes(edition, written, force=True)

    own = memory is None
    memory = memory or Memory()
    try:
        memory.store(src, lang, rows, "human", before_commit=write_edition)
    except BaseException:
        if changed and current is not None and _read_edition(edition) == written:  # the commit failed: undo
            atomic_write_bytes(edition, current, force=True)
        raise
    finally:
        if own:
            memory.close()
    return ImportResult(edition, len(theirs), len(rows), problems + memory.warnings, changed)


def _read_edition(edition: Path) -> bytes | None:
    try:
        return inputs.read_bytes(edition, inputs.MAX_INPUT_BYTES * 4)
    except InputError as error:
        if not Path(edition).exists():
            return None
        raise OutputError(edition, error.message) from None


def _glossary(recorded: list[str]):
    """The glossaries the translation used, when every one is still there with the recorded checksum
    (the same glossary gives the same segments); otherwise None."""
    from localize.errors import LocalizeError
    from localize.glossary import load

    paths = []
    for value in recorded:
        match = _GLOSSARY_META.match(value)
        if not match:
            return None
        paths.append((Path(match["path"]), match["sha"]))
    if not paths:
        return None
    try:
        glossary = load([p for p, _sha in paths])
    except LocalizeError:
        return None
    if sorted(h for _p, h in glossary.files) != sorted(h for _p, h in paths):
        return None
    return glossary
