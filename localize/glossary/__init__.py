"""Glossaries: read and write TSV, CSV and TBX; merge several files; lint them; find terms in text.

>>> from pathlib import Path
>>> FORMATS[".tsv"], FORMATS[".tbx"]
('tsv', 'tbx')
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from localize.errors import InputError
from localize.glossary.model import Entry, Glossary, Issue
from localize.i18n import _

#: Largest glossary file read (50,000 entries take about 5 MB).
MAX_GLOSSARY_BYTES = 64 * 1024 * 1024
FORMATS = {".tsv": "tsv", ".tab": "tsv", ".txt": "tsv", ".csv": "csv", ".tbx": "tbx", ".xml": "tbx"}

__all__ = ["Entry", "Glossary", "Issue", "load", "load_one", "save", "check"]


def _format(path: Path) -> str:
    kind = FORMATS.get(Path(path).suffix.lower())
    if kind is None:
        raise InputError(str(path), "unknown glossary format (use .tsv, .csv or .tbx)")
    return kind


def load_one(path: Path, source_lang: str | None = None) -> Glossary:
    path = Path(path)
    kind = _format(path)
    from localize.inputs import read_bytes

    data = read_bytes(path, MAX_GLOSSARY_BYTES + 1)  # a regular file only: a FIFO or /dev/zero is refused
    if len(data) > MAX_GLOSSARY_BYTES:
        raise InputError(str(path), _("is larger than {limit} MB; split the glossary").format(
            limit=MAX_GLOSSARY_BYTES // (1024 * 1024)))
    if kind == "tbx":
        from localize.glossary import tbx

        glossary = tbx.read_bytes(data, str(path), source_lang)
    else:
        from localize.glossary import tabular

        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise InputError(str(path), f"is not UTF-8: byte 0x{data[error.start]:02X} at offset {error.start}") from None
        glossary = tabular.read_text(text, str(path), kind, source_lang)
    glossary.files.append((str(path), hashlib.sha256(data).hexdigest()))
    return glossary


def load(paths, source_lang: str | None = None) -> Glossary:
    """Merge glossary files in order: a later file's entry wins, with a warning naming both places."""
    merged = Glossary([])
    index: dict[str, int] = {}
    for path in paths:
        glossary = load_one(path, source_lang)
        merged.issues += glossary.issues
        merged.files += glossary.files
        for lang in glossary.languages:
            if lang not in merged.languages:
                merged.languages.append(lang)
        for entry in glossary.entries:
            key = entry.source if entry.case_sensitive else entry.source.casefold()
            if key in index:
                before = merged.entries[index[key]]
                if before.path != entry.path:
                    merged.issues.append(Issue(entry.path, entry.line, "warning",
                                               f"{entry.source!r} overrides {before.place}"))
                merged.entries[index[key]] = entry
            else:
                index[key] = len(merged.entries)
                merged.entries.append(entry)
    return merged


def save(glossary: Glossary, path: Path) -> bytes:
    """The bytes of ``glossary`` in the format ``path``'s extension names."""
    kind = _format(path)
    if kind == "tbx":
        from localize.glossary import tbx

        return tbx.write_bytes(glossary)
    from localize.glossary import tabular

    return tabular.write_text(glossary, kind).encode("utf-8")


def check(glossary: Glossary) -> list[Issue]:
    """Issues found by reading, plus the ones visible only across entries."""
    from localize.glossary.match import tokens

    issues = list(glossary.issues)
    for entry in glossary.entries:
        words = tokens(entry.source)
        if not words or words[0][0] != 0:
            issues.append(Issue(entry.path, entry.line, "warning",
                                f"{entry.source!r} can never match: it must begin with a letter or digit"))
            continue
        longer = [other for other in glossary.entries if other is not entry
                  and len(other.source) > len(entry.source) and _contains(other.source, entry.source, entry.case_sensitive)]
        if longer:
            issues.append(Issue(entry.path, entry.line, "warning",
                                f"{entry.source!r} is shadowed inside {longer[0].source!r} ({longer[0].place}): "
                                "the longer entry wins there"))
    return sorted(issues, key=lambda i: (i.path, i.line, i.severity))


def _contains(longer: str, shorter: str, case_sensitive: bool) -> bool:
    from localize.glossary.match import Matcher

    probe = Entry(shorter, {}, case="sensitive" if case_sensitive else "insensitive")
    return bool(Matcher([probe]).find(longer))
