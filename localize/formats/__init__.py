"""Document formats: each module is a ``read(text) -> Document`` / ``write(document, translations)``
pair over the same data model. Modules are imported lazily, by format name."""

from __future__ import annotations

import importlib
from pathlib import Path

from localize.errors import UsageError
from localize.i18n import _

FORMATS = {"txt": "localize.formats.text", "md": "localize.formats.markdown"}
EXTENSIONS = {".md": "md", ".markdown": "md", ".mdown": "md", ".txt": "txt", ".text": "txt"}


def detect(path: str | Path | None, requested: str = "auto") -> str:
    """The format to read ``path`` as: ``requested`` unless it is ``auto``, else by extension.

    >>> detect("story.md"), detect("story.txt"), detect("story"), detect("-", "md")
    ('md', 'txt', 'txt', 'md')
    """
    if requested == "html" or (requested == "auto" and path and Path(str(path)).suffix.lower() in (".html", ".htm")):
        raise UsageError(_("HTML articles are not supported yet; convert to Markdown or use --format txt"))
    if requested != "auto":
        return requested
    return EXTENSIONS.get(Path(str(path or "")).suffix.lower(), "txt")


def module(name: str):
    return importlib.import_module(FORMATS[name])
