"""Watching sources and glossaries: which files changed, for ``localize translate --watch``.

A desk edits the English article while the editions follow: the command keeps its models and its
translation memory loaded and translates again whenever a file changes, so a re-run costs what the
edit costs (0.03 s after a one-paragraph edit of a 3,000-word article with the test models, against
0.2 s for a new process; README, Performance).

Files are polled (``os.stat`` every ``interval`` seconds) rather than watched through inotify: a
handful of files, any platform and network share, no dependency. A change is reported once the file
has stayed the same for one interval (an editor that truncates, then writes, is not caught halfway)
and only when its content differs (saving without editing is not a change). A file that is missing
for a while (an editor's save by rename) is waited for.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path


def _stat(path: Path) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size, st.st_ino


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def snapshot(paths: list[Path]) -> dict[Path, tuple]:
    """What ``changes`` compares against: each file's stat and content digest, now. Taken before a
    first translation, an edit saved while it runs is seen afterwards."""
    return {p: (_stat(p), _digest(p)) for p in dict.fromkeys(Path(p) for p in paths)}


def changes(paths: list[Path], interval: float = 0.5, sleep: Callable[[float], None] = time.sleep,
            since: dict[Path, tuple] | None = None) -> Iterator[list[Path]]:
    """Yield, each time some of ``paths`` changed content, the list of those (in the given order),
    compared with ``since`` (a ``snapshot``; default: the files when iteration starts).

    Runs until the caller stops iterating (Ctrl-C in the CLI). ``sleep`` is the wait between polls.
    """
    paths = list(dict.fromkeys(Path(p) for p in paths))
    known = {**snapshot([p for p in paths if since is None or p not in since]), **(since or {})}
    stats = {p: known[p][0] for p in paths}
    digests = {p: known[p][1] for p in paths}
    pending: dict[Path, tuple | None] = {}  # stat seen changed at the last poll, waiting to settle
    while True:
        sleep(interval)
        changed = []
        for path in paths:
            now = _stat(path)
            if now is None or (now == stats[path] and path not in pending):
                pending.pop(path, None)
                continue
            if pending.get(path) != now:  # still being written: look again next time
                pending[path] = now
                continue
            del pending[path]
            stats[path] = now
            digest = _digest(path)
            if digest is not None and digest != digests[path]:
                digests[path] = digest
                changed.append(path)
        if changed:
            yield changed
