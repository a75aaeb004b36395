r"""Plain text: every non-blank line is a unit; blank lines and indentation are kept.

>>> doc = read("Title\n\n  First paragraph. Second.\n")
>>> [u.masked.text for u in doc.units]
['Title', 'First paragraph. Second.']
>>> write(doc, ["Заглавие", "Първи абзац. Втори."])[0]
'Заглавие\n\n  Първи абзац. Втори.\n'
"""

from __future__ import annotations

from localize.model import Document, Unit
from localize.protect import plain, restore


def read(text: str) -> Document:
    lines = text.split("\n")
    units, layout = [], []
    for number, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        start = len(line) - len(line.lstrip())
        layout.append((number, start, start + len(stripped)))
        units.append(Unit(id=str(len(units) + 1), kind="title" if not units else "paragraph", masked=plain(stripped)))
    return Document(format="txt", units=units, layout=(lines, layout))


def write(document: Document, translations: list[str], lang: str | None = None) -> tuple[str, list[str]]:
    lines, layout = document.layout
    out, problems = list(lines), []
    for unit, (number, start, end), translated in zip(document.units, layout, translations):
        text, issues = restore(translated, unit.masked)
        problems += [f"unit {unit.id}: {issue}" for issue in issues]
        out[number] = out[number][:start] + text + out[number][end:]
    return "\n".join(out), problems
