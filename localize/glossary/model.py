"""The glossary data model: entries with approved target forms, and the diagnostics of reading them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from localize.i18n import _

TYPES = ("term", "name", "dnt")
CASES = ("sensitive", "insensitive")
DECLENSIONS = ("full", "last", "none")
GENDERS = ("m", "f", "n", "pl")
#: Optional columns besides language codes; ``avoid:LANG`` is matched separately.
META_COLUMNS = ("type", "case", "gender", "declension", "note")
LANGUAGE = re.compile(r"^[a-z]{2}$")
ALTERNATIVES = " | "
#: Control characters (C0, DEL, C1) and the non-characters U+FFFE, U+FFFF that no TBX (XML) can hold.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ufffe\uffff]")


@dataclass
class Issue:
    """A problem found while reading or checking a glossary, with its place."""

    path: str
    line: int
    severity: str  # "error" or "warning"
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.message}"


@dataclass
class Entry:
    source: str
    targets: dict[str, list[str]]  # language -> [approved, accepted alternatives...]
    type: str = "term"
    case: str = ""  # "" = automatic: acronyms and dnt are case-sensitive, the rest insensitive
    gender: str = ""
    declension: str = ""
    avoid: dict[str, list[str]] = field(default_factory=dict)
    note: str = ""
    path: str = ""
    line: int = 0

    def approved(self, lang: str) -> str | None:
        """The approved form in ``lang``; a do-not-translate entry is its own approved form."""
        forms = self.targets.get(lang) or []
        form = forms[0] if forms else (self.source if self.type == "dnt" else None)
        return " ".join(form.split()) if form else form

    @property
    def case_sensitive(self) -> bool:
        """Acronyms (all capitals) and do-not-translate brands match case-sensitively unless told.

        >>> Entry("NATO", {}).case_sensitive, Entry("Diplomatic Academy", {}).case_sensitive
        (True, False)
        """
        if self.case:
            return self.case == "sensitive"
        letters = [c for c in self.source if c.isalpha()]
        acronym = len(letters) >= 2 and all(c.isupper() for c in letters)
        return self.type == "dnt" or acronym

    @property
    def place(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass
class Glossary:
    languages: list[str]
    entries: list[Entry] = field(default_factory=list)
    files: list[tuple[str, str]] = field(default_factory=list)  # (path, sha256)
    issues: list[Issue] = field(default_factory=list)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "error"]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "warning"]

    @property
    def columns(self) -> list[str]:
        """Every column needed to write these entries back without loss."""
        used = [c for c in META_COLUMNS if any(getattr(e, c) for e in self.entries)]
        avoid = sorted({f"avoid:{lang}" for e in self.entries for lang in e.avoid if e.avoid[lang]})
        return list(self.languages) + [c for c in used if c != "note"] + avoid + (["note"] if "note" in used else [])


def split_alternatives(cell: str) -> list[str]:
    """``"a | b"`` -> ``["a", "b"]``; empty parts are dropped.

    >>> split_alternatives("Сун Чжунпин | Сун Чжун-пин")
    ['Сун Чжунпин', 'Сун Чжун-пин']
    """
    return [" ".join(part.split()) for part in cell.split("|") if part.strip()]


def cell_problem(column: str, text: str) -> str | None:
    """Why ``text`` cannot be the ``column`` cell: a term is one line of text; a note may hold line
    breaks and tabs; no cell holds other control characters.

    >>> cell_problem("ru", "Дипломатическая\\nакадемия")
    'the ru cell has a line break: a term must be on one line'
    >>> cell_problem("note", "capital\\nof China") is None, cell_problem("en", "Bei\\x1bjing")
    (True, 'the en cell has the control character U+001B')
    """
    for match in _CONTROL.finditer(text):
        char = match.group(0)
        if column == "note" and char in "\t\n":
            continue
        if char == "\n":
            return _("the {column} cell has a line break: a term must be on one line").format(column=column)
        return _("the {column} cell has the control character U+{code:04X}").format(column=column, code=ord(char))
    return None
