"""``localize review import``: rebuild an edition from its reviewed XLIFF and remember the approved segments.

The XLIFF must be one ``translate`` wrote (its ``mda`` metadata names the source, the source's
SHA-256 and the edition); a source changed since, or an XLIFF of no edition, is refused. Units are
rebuilt from the segment targets and written back in the source's format (structure and markup
restored from the source), atomically. An edition edited by hand since the XLIFF was made is
replaced only with ``force``. Segments marked ``reviewed`` or ``final`` go into the translation memory
as approved human translations, which ``translate`` then reuses before any machine translation.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from localize import formats, inputs
from localize.errors import InputError, OutputError
from localize.i18n import _

APPROVED = ("reviewed", "final")


@dataclass
class ImportResult:
    edition: Path
    segments: int
    approved: int
    problems: list


def import_xliff(path: Path, force: bool = False, memory=None) -> ImportResult:
    from localize.memory import Memory, canonical
    from localize.review import xliff
    from localize.write import atomic_write

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(str(path), error.strerror or str(error)) from None
    parsed = xliff.read(data, str(path))
    meta = {k: v[0] for k, v in parsed["meta"].items() if v}
    if not {"source", "source-sha256", "edition", "format"} <= set(meta):
        raise InputError(str(path), _("belongs to no localize edition (no localize metadata); "
                                      "import the XLIFF that localize translate wrote"))
    source = Path(meta["source"])
    text, newline = inputs.read_source(str(source))
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != meta["source-sha256"]:
        raise InputError(str(path), _("its source {source} has changed since this XLIFF was made; "
                                      "translate the source again and review the new XLIFF").format(source=source))
    edition = Path(meta["edition"])
    if edition.exists() and not force and meta.get("edition-sha256") and \
            hashlib.sha256(edition.read_bytes()).hexdigest() != meta["edition-sha256"]:
        raise OutputError(edition, _("was changed since this XLIFF was made; use --force to replace it"))

    reader = formats.module(meta["format"])
    document = reader.read(text)
    by_unit: dict[int, list[tuple[int, str]]] = {}
    for segment_id, (_state, _source, target) in parsed["segments"].items():
        unit_id, _dot, number = segment_id.partition(".")
        if not unit_id.isdigit() or not number.isdigit() or not 1 <= int(unit_id) <= len(document.units):
            raise InputError(str(path), _("unit s{id} belongs to no segment of {source}").format(id=segment_id, source=source))
        by_unit.setdefault(int(unit_id) - 1, []).append((int(number), target))
    missing = [u.id for i, u in enumerate(document.units) if i not in by_unit]
    if missing:
        raise InputError(str(path), _("has no segments for block {id} of the source").format(id=missing[0]))
    units = [" ".join(" ".join(t.split()) for _n, t in sorted(by_unit[i])) for i in range(len(document.units))]
    rebuilt, problems = reader.write(document, units)

    rows = []
    for _id, (state, source_text, target) in parsed["segments"].items():
        if state in APPROVED:
            key, mapping = canonical(source_text)
            from localize.memory import renumber

            rows.append((key, key, renumber(target, mapping)))
    own = memory is None
    memory = memory or Memory()
    try:  # storing the approved segments is the point of an import: no edition without them
        memory.store(parsed["src"], parsed["lang"], rows, "human")
        if rows and not memory.enabled:
            raise OutputError(memory.path, _("cannot store the approved segments ({reason}); the edition was not "
                                             "rebuilt").format(reason=memory.failure))
    finally:
        if own:
            memory.close()
    atomic_write(edition, rebuilt, newline, force=True)
    return ImportResult(edition, len(parsed["segments"]), len(rows), problems + memory.warnings)
