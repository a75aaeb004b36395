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

FORMATS = {".tsv": "tsv", ".tab": "tsv", ".txt": "tsv", ".csv": "csv", ".tbx": "tbx", ".xml": "tbx"}
#: Largest glossary file read, in bytes (50,000 entries take about 3 MB).
MAX_BYTES = 64 * 1024 * 1024

__all__ = ["Entry", "Glossary", "Issue", "load", "load_one", "save", "check", "shadowed"]


def _format(path: Path) -> str:
    kind = FORMATS.get(Path(path).suffix.lower())
    if kind is None:
        raise InputError(str(path), "unknown glossary format (use .tsv, .csv or .tbx)")
    return kind


def load_one(path: Path, source_lang: str | None = None) -> Glossary:
    from localize.inputs import read_bytes

    path = Path(path)
    kind = _format(path)
    data = read_bytes(path, MAX_BYTES + 1)  # a regular file only: a FIFO or /dev/zero is refused
    if len(data) > MAX_BYTES:
        raise InputError(str(path), _("is larger than {limit} MB; a glossary is at most that size").format(
            limit=MAX_BYTES // (1024 * 1024)))
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
    glossary.files.append((str(path), hashlib.sha256(data).hexdigest()))  # of the bytes read, not re-read
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
    mark_surnames(merged.entries)
    return merged


def mark_surnames(entries) -> None:
    """A one-word name that ends a longer name entry ("Grant" beside "Oliver Grant") is that person's
    surname alone: it declines as a person's (Гранта, never the inanimate accusative of a place).

    >>> grant, oliver = Entry("Grant", {}, type="name"), Entry("Oliver Grant", {}, type="name")
    >>> mark_surnames([grant, oliver]); grant.person
    True
    """
    last_words = {e.source.split()[-1] for e in entries if e.type in ("name", "person") and len(e.source.split()) >= 2}
    for entry in entries:
        if entry.type == "name" and len(entry.source.split()) == 1 and entry.source in last_words:
            entry.person = True


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
    matchable = []
    for entry in glossary.entries:
        words = tokens(entry.source)
        if not words or words[0][0] != 0:
            issues.append(Issue(entry.path, entry.line, "warning",
                                f"{entry.source!r} can never match: it must begin with a letter or digit"))
        else:
            matchable.append(entry)
        unused = [key for key in ("short", "full", "pl-def") if entry.forms_for("bg").get(key)
                  and entry.forms_for("bg")[key] != (entry.targets.get("bg") or [""])[0]]  # (Азовско море: no article)
        if entry.article_for("bg") == "never" and unused:
            issues.append(Issue(entry.path, entry.line, "warning", _(
                "{source!r} says article:bg never but gives forms:bg with the article ({keys}): they are never "
                "used; say article:bg source or always if the name takes the article").format(
                    source=entry.source, keys=", ".join(unused))))
    for entry, longer in shadowed(matchable):
        issues.append(Issue(entry.path, entry.line, "warning",
                            f"{entry.source!r} is shadowed inside {longer.source!r} ({longer.place}): "
                            "the longer entry wins there"))
    return sorted(issues, key=lambda i: (i.path, i.line, i.severity))


def shadowed(entries: list[Entry]) -> list[tuple[Entry, Entry]]:
    """(entry, the first longer entry it occurs in) for each entry found inside a longer one.

    Near-linear: every entry is keyed on its words, and each entry's text is probed only for the word
    sequences that have the length of some key; the ``Matcher`` confirms each hit.

    >>> found = shadowed([Entry("Academy", {}), Entry("Diplomatic Academy", {}), Entry("NATO", {}),
    ...                   Entry("Nato summit", {}), Entry("Huawei-built", {}), Entry("Huawei", {})])
    >>> [(entry.source, longer.source) for entry, longer in found]
    [('Academy', 'Diplomatic Academy'), ('Huawei', 'Huawei-built')]
    """
    from localize.glossary.match import Matcher, normalise, tokens

    def key(text: str) -> tuple[str, ...]:
        text = normalise(text)
        return tuple(text[start:end].casefold() for start, end in tokens(text))

    keys = [key(entry.source) for entry in entries]
    by_key: dict[tuple[str, ...], list[int]] = {}
    for number, words in enumerate(keys):
        by_key.setdefault(words, []).append(number)
    lengths = sorted({len(k) for k in by_key})
    first: dict[int, int] = {}  # entry -> the first longer entry it occurs in
    for outer, (longer, words) in enumerate(zip(entries, keys)):
        for start in range(len(words)):
            for length in lengths:
                if start + length > len(words):
                    break
                for inner in by_key.get(words[start:start + length], ()):
                    entry = entries[inner]
                    if inner in first or len(entry.source) >= len(longer.source):
                        continue
                    probe = Entry(entry.source, {}, case="sensitive" if entry.case_sensitive else "insensitive")
                    if Matcher([probe]).find(longer.source):
                        first[inner] = outer
    return [(entries[inner], entries[outer]) for inner, outer in sorted(first.items())]
