"""The translation memory: approved human segments and cached machine segments, in SQLite.

``LOCALIZE_CACHE_DIR/memory.sqlite`` (default ``~/.cache/localize``), WAL journal, one transaction
per write, a busy timeout so two ``localize`` processes can share it, and SQLite's atomic commits
so a process killed mid-write leaves the last committed state.

Keys: the language pair and the *normalised* source segment: whitespace collapsed, and our
placeholders renumbered by order of appearance (``⟦1⟧``, ``⟦2⟧``...), so the same sentence is found
wherever it stands in an article. Machine segments also carry a context (the model's fingerprint and
the glossaries' checksums): an unchanged segment is never decoded twice by the same model. Human
segments (from ``review import``) are keyed on the source with glossary terms spelled out and win over
machine ones.

>>> canonical("Talks in ⟦7⟧ with ⟦9⟧ ⟦12⟧  today ⟦/9⟧.")
('Talks in ⟦1⟧ with ⟦2⟧ ⟦3⟧ today ⟦/2⟧.', {7: 1, 9: 2, 12: 3})
>>> renumber("В ⟦1⟧ с ⟦2⟧ ⟦3⟧ ⟦/2⟧.", {1: 7, 2: 9, 3: 12})
'В ⟦7⟧ с ⟦9⟧ ⟦12⟧ ⟦/9⟧.'
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from pathlib import Path

_PLACEHOLDER = re.compile(r"⟦(/?)(\d+)⟧")
SCHEMA = """
CREATE TABLE IF NOT EXISTS segments (
    src_lang TEXT NOT NULL,
    tgt_lang TEXT NOT NULL,
    source_key TEXT NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('human', 'machine')),
    context TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    created REAL NOT NULL,
    updated REAL NOT NULL,
    uses INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (src_lang, tgt_lang, source_key, origin, context)
);
CREATE TABLE IF NOT EXISTS forms (
    key TEXT PRIMARY KEY,
    form TEXT NOT NULL
);
"""


def cache_dir() -> Path:
    """LOCALIZE_CACHE_DIR, else $XDG_CACHE_HOME/localize, else ~/.cache/localize."""
    if os.environ.get("LOCALIZE_CACHE_DIR"):
        return Path(os.environ["LOCALIZE_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "localize"


def canonical(text: str) -> tuple[str, dict[int, int]]:
    """The key form of a segment, and the renumbering used (old id -> new id)."""
    mapping: dict[int, int] = {}

    def number(match: re.Match) -> str:
        n = int(match.group(2))
        mapping.setdefault(n, len(mapping) + 1)
        return f"⟦{match.group(1)}{mapping[n]}⟧"

    return " ".join(_PLACEHOLDER.sub(number, text).split()), mapping


def renumber(text: str, mapping: dict[int, int]) -> str:
    """Map placeholder ids with ``mapping``; ids it does not know are dropped."""
    return _PLACEHOLDER.sub(lambda m: f"⟦{m.group(1)}{mapping[int(m.group(2))]}⟧" if int(m.group(2)) in mapping else "", text)


class Memory:
    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else cache_dir() / "memory.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA busy_timeout=30000")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        self._db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def lookup(self, src: str, tgt: str, keys: list[str], origin: str, context: str = "") -> dict[str, str]:
        """{key: target} for the keys the memory holds."""
        found: dict[str, str] = {}
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), 500):
            chunk = unique[start:start + 500]
            rows = self._db.execute(
                f"SELECT source_key, target FROM segments WHERE src_lang=? AND tgt_lang=? AND origin=? AND context=? "
                f"AND source_key IN ({','.join('?' * len(chunk))})", [src, tgt, origin, context, *chunk])
            found.update(rows.fetchall())
        return found

    def store(self, src: str, tgt: str, rows: list[tuple[str, str, str]], origin: str, context: str = "",
              before_commit=None) -> None:
        """Add or replace (key, source, target) rows in one transaction. ``before_commit()`` runs inside it,
        after the rows are in: if it raises, nothing is stored (``review import`` renames the edition in there)."""
        if not rows and before_commit is None:
            return
        now = time.time()
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._db.executemany(
                "INSERT INTO segments (src_lang, tgt_lang, source_key, origin, context, source, target, created, updated) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (src_lang, tgt_lang, source_key, origin, context) "
                "DO UPDATE SET target=excluded.target, source=excluded.source, updated=excluded.updated",
                [(src, tgt, key, origin, context, source, target, now, now) for key, source, target in rows])
            if before_commit is not None:
                before_commit()
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def forms(self, keys: list[str]) -> dict[str, str]:
        """Cached results of pure, costly computations (inflected glossary forms), by key."""
        found: dict[str, str] = {}
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), 500):
            chunk = unique[start:start + 500]
            rows = self._db.execute(f"SELECT key, form FROM forms WHERE key IN ({','.join('?' * len(chunk))})", chunk)
            found.update(rows.fetchall())
        return found

    def store_forms(self, forms: dict[str, str]) -> None:
        if not forms:
            return
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._db.executemany("INSERT OR REPLACE INTO forms (key, form) VALUES (?, ?)", list(forms.items()))
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def entries(self, origin: str | None = None):
        query = "SELECT src_lang, tgt_lang, source, target, origin, created, updated FROM segments"
        if origin:
            return self._db.execute(query + " WHERE origin=? ORDER BY rowid", [origin]).fetchall()
        return self._db.execute(query + " ORDER BY rowid").fetchall()
