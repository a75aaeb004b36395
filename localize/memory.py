"""The translation memory: approved human segments and cached machine segments, in SQLite.

``LOCALIZE_CACHE_DIR/memory.sqlite`` (default ``~/.cache/localize``), WAL journal, one transaction
per write, a busy timeout so two ``localize`` processes can share it, and SQLite's atomic commits
so a process killed mid-write leaves the last committed state.

The memory never stops a run. Set-up (WAL, schema) tolerates another process doing the same at the
same moment. A damaged file (not a database, or failing ``PRAGMA quick_check``) is renamed aside,
with its ``-wal`` and ``-shm``, as ``memory.sqlite.corrupt-TIMESTAMP`` and a new memory is started; a
memory that cannot be opened (an unwritable folder, a directory in its place), or any SQLite error
later in the run, leaves the memory disabled: lookups find nothing, stores do nothing. Each of these is
one message in ``Memory.warnings`` (and passed to ``warn``), naming the file.

Keys: the language pair and the *normalised* source segment: whitespace collapsed, and our
placeholders renumbered by order of appearance (``⟦1⟧``, ``⟦2⟧``...), so the same sentence is found
wherever it stands in an article. Machine segments also carry a context (the model's fingerprint and
the glossaries' checksums): an unchanged segment is never decoded twice by the same model. Human
segments (from ``review import``) are keyed on the source with glossary terms spelled out and win over
machine ones.

What a CAT tool reads (``entries``, ``tm export``): a segment's ``source`` as translators see it (terms and
quantities spelled out, placeholders only for inline markup) and, for a machine segment, ``text``: its
translation as the edition has it (approved terms in their forms, localised numbers). A machine segment
without ``text`` (the glossary's retranslations, memories written before this column) is not exported.

>>> canonical("Talks in ⟦7⟧ with ⟦9⟧ ⟦12⟧  today ⟦/9⟧.")
('Talks in ⟦1⟧ with ⟦2⟧ ⟦3⟧ today ⟦/2⟧.', {7: 1, 9: 2, 12: 3})
>>> renumber("В ⟦1⟧ с ⟦2⟧ ⟦3⟧ ⟦/2⟧.", {1: 7, 2: 9, 3: 12})
'В ⟦7⟧ с ⟦9⟧ ⟦12⟧ ⟦/9⟧.'
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from pathlib import Path
from typing import Callable

from localize.i18n import _

_PLACEHOLDER = re.compile(r"⟦(/?)(\d+)⟧")
SCHEMA = ["""
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
    text TEXT,
    PRIMARY KEY (src_lang, tgt_lang, source_key, origin, context)
)""", """
CREATE TABLE IF NOT EXISTS forms (
    key TEXT PRIMARY KEY,
    form TEXT NOT NULL
)"""]
TIMEOUT = 30.0  # seconds to wait for another process's lock, at set-up and for each write
_checked: set[Path] = set()  # memories this process has already checked with PRAGMA quick_check


class _Damaged(Exception):
    """The file at the memory's path is not a sound SQLite database."""


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


def _damaged(error: Exception) -> bool:
    """SQLite's words for SQLITE_CORRUPT and SQLITE_NOTADB (``sqlite_errorname`` is Python 3.11+ only).

    >>> _damaged(sqlite3.DatabaseError("file is not a database")), _damaged(sqlite3.OperationalError("database is locked"))
    (True, False)
    """
    return isinstance(error, _Damaged) or "malformed" in str(error) or "not a database" in str(error)


def _reason(error: Exception) -> str:
    """One line saying what went wrong."""
    return (error.strerror if isinstance(error, OSError) else None) or " ".join(str(error).split())


def _busy(error: Exception) -> bool:
    """SQLITE_BUSY or SQLITE_LOCKED: another connection holds the lock."""
    return isinstance(error, sqlite3.OperationalError) and "locked" in str(error)


def _connect(path: Path) -> sqlite3.Connection:
    """Open and set up the memory, retrying while another process sets it up at the same moment.

    The busy timeout is set when connecting, before any pragma; but SQLite answers a journal-mode
    change that meets a lock with "database is locked" at once, so set-up is retried until TIMEOUT.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=TIMEOUT, isolation_level=None)
    deadline = time.monotonic() + TIMEOUT
    try:
        while True:
            try:
                _set_up(db, path)
                return db
            except sqlite3.OperationalError as error:
                if not _busy(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
    except BaseException:
        db.close()
        raise


def _set_up(db: sqlite3.Connection, path: Path) -> None:
    if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    if path not in _checked:  # 0.1 s for 100,000 segments: once per process
        verdict = db.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":  # e.g. "*** in database main ***\nPage 3: btreeInitPage() returns error code 11"
            raise _Damaged(next((line for line in verdict.splitlines() if not line.startswith("***")), verdict))
        _checked.add(path)
    db.execute("BEGIN IMMEDIATE")
    try:
        for statement in SCHEMA:
            db.execute(statement)
        if "text" not in {row[1] for row in db.execute("PRAGMA table_info(segments)")}:  # a memory made before it
            db.execute("ALTER TABLE segments ADD COLUMN text TEXT")
        db.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")
        raise


def _set_aside(path: Path) -> Path:
    """Rename a damaged memory and its -wal and -shm files to ``NAME.corrupt-TIMESTAMP[-N]``; the new name."""
    stamp = time.strftime("%Y%m%dT%H%M%S")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 1
    while aside.exists():
        number += 1
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
    for suffix in ("-wal", "-shm"):  # the database last: it is what the next run looks for
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(aside.with_name(aside.name + suffix))
    path.rename(aside)
    return aside


class Memory:
    """The translation memory at ``path``; see the module's docstring for what it does when it cannot work.

    ``warn`` is called with each warning as it happens; all of them are also kept in ``warnings``.
    ``enabled`` is false once the memory cannot be used; ``failure`` then says why.
    """

    def __init__(self, path: Path | None = None, warn: Callable[[str], None] | None = None):
        self.path = Path(path) if path else cache_dir() / "memory.sqlite"
        self.warnings: list[str] = []
        self.failure: str | None = None
        self._warn = warn
        self._db: sqlite3.Connection | None = None
        try:
            self._db = _connect(self.path)
        except (sqlite3.Error, _Damaged) as error:
            if _damaged(error):
                self._start_again(error)
            else:
                self._disable(error)
        except OSError as error:  # the cache folder cannot be made
            self._disable(error)

    @property
    def enabled(self) -> bool:
        return self._db is not None

    def _start_again(self, error: Exception) -> None:
        """Keep the damaged file aside and start a new memory."""
        with contextlib.suppress(OSError, sqlite3.Error, _Damaged):
            self._db = _connect(self.path)
            return  # another process has just done it
        try:
            aside = _set_aside(self.path)
            self._db = _connect(self.path)
        except (OSError, sqlite3.Error, _Damaged) as again:
            self._disable(again)
            return
        self._say(_("the translation memory {path} is damaged ({reason}); it was kept as {aside} and a new "
                    "memory was started").format(path=self.path, reason=_reason(error), aside=aside))

    def _disable(self, error: Exception) -> None:
        """Go on without the memory for the rest of this run."""
        self.failure = _reason(error)
        if _damaged(error):
            _checked.discard(self.path)  # checked again at the next open, and kept aside then
        self.close()
        self._say(_("the translation memory {path} cannot be used ({reason}); going on without it").format(
            path=self.path, reason=self.failure))

    def _say(self, message: str) -> None:
        self.warnings.append(message)
        if self._warn is not None:
            self._warn(message)

    def _read(self, query: str, parameters) -> list:
        if self._db is None:
            return []
        try:
            return self._db.execute(query, parameters).fetchall()
        except sqlite3.Error as error:
            self._disable(error)
            return []

    def _write(self, statement: str, rows: list, before_commit: Callable[[], None] | None = None) -> None:
        """``statement`` for each row, in one transaction (see ``store`` for ``before_commit``)."""
        if before_commit is not None and not rows and self._db is None:
            before_commit()  # nothing to store: the memory is not needed
            return
        if before_commit is None and (self._db is None or not rows):
            return
        if self._db is None:
            raise self._refusal(self.failure)
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany(statement, rows)
                if before_commit is not None:
                    before_commit()
                self._db.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                raise
        except sqlite3.Error as error:
            if before_commit is not None:
                raise self._refusal(_reason(error)) from None
            self._disable(error)

    def _refusal(self, reason) -> Exception:
        from localize.errors import OutputError

        return OutputError(self.path, _("cannot store the approved segments ({reason}); the edition was not "
                                        "rebuilt").format(reason=reason))

    def close(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None

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
            found.update(self._read(
                f"SELECT source_key, target FROM segments WHERE src_lang=? AND tgt_lang=? AND origin=? AND context=? "
                f"AND source_key IN ({','.join('?' * len(chunk))})", [src, tgt, origin, context, *chunk]))
        return found

    def store(self, src: str, tgt: str, rows: list[tuple[str, str, str]], origin: str, context: str = "",
              before_commit: Callable[[], None] | None = None) -> None:
        """Add or replace (key, source, target) rows in one transaction.

        ``before_commit()`` (``review import`` renames the edition in there) runs inside the transaction,
        after the rows are in: if it raises, nothing is stored. With it, a memory that cannot take the
        rows is an ``OutputError`` before ``before_commit`` runs, not a warning."""
        now = time.time()
        self._write(
            "INSERT INTO segments (src_lang, tgt_lang, source_key, origin, context, source, target, created, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (src_lang, tgt_lang, source_key, origin, context) "
            "DO UPDATE SET target=excluded.target, source=excluded.source, updated=excluded.updated",
            [(src, tgt, key, origin, context, source, target, now, now) for key, source, target in rows],
            before_commit)

    def describe(self, src: str, tgt: str, rows: list[tuple[str, str, str]], context: str = "") -> None:
        """Record, for machine segments already stored under (key, context), how they read: (key, source
        with terms and quantities spelled out, the translation as the edition has it)."""
        self._write("UPDATE segments SET source=?, text=? WHERE src_lang=? AND tgt_lang=? AND source_key=? "
                    "AND origin='machine' AND context=? AND (source IS NOT ? OR text IS NOT ?)",
                    [(source, text, src, tgt, key, context, source, text) for key, source, text in rows])

    def forms(self, keys: list[str]) -> dict[str, str]:
        """Cached results of pure, costly computations (inflected glossary forms), by key."""
        found: dict[str, str] = {}
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), 500):
            chunk = unique[start:start + 500]
            found.update(self._read(f"SELECT key, form FROM forms WHERE key IN ({','.join('?' * len(chunk))})", chunk))
        return found

    def store_forms(self, forms: dict[str, str]) -> None:
        self._write("INSERT OR REPLACE INTO forms (key, form) VALUES (?, ?)", list(forms.items()))

    def entries(self, origin: str | None = None):
        """Every stored row: (src_lang, tgt_lang, source, target, origin, created, updated)."""
        query = "SELECT src_lang, tgt_lang, source, target, origin, created, updated FROM segments"
        if origin:
            return self._read(query + " WHERE origin=? ORDER BY rowid", [origin])
        return self._read(query + " ORDER BY rowid", [])

    def readable_entries(self, origin: str | None = None):
        """(src_lang, tgt_lang, source, target, origin, created, updated) as a CAT tool should read them: one
        row per source text and language pair (an approved human segment first, else the latest machine
        one), machine segments as their editions have them; segments without a readable text left out."""
        query = ("SELECT src_lang, tgt_lang, source, CASE origin WHEN 'human' THEN target ELSE text END, origin, "
                 "created, updated FROM segments WHERE (origin='human' OR text IS NOT NULL)")
        rows = self._read(query + (" AND origin=?" if origin else "") + " ORDER BY rowid", [origin] if origin else [])
        best: dict[tuple[str, str, str], tuple] = {}
        for row in rows:
            key = (row[0], row[1], " ".join(row[2].split()))
            held = best.get(key)
            if held is None or (row[4] == "human", row[6]) >= (held[4] == "human", held[6]):
                best[key] = row
        return sorted(best.values(), key=lambda row: (row[5], row[0], row[1], row[2]))
