"""Document formats: each module is a ``read(text) -> Document`` / ``write(document, translations)``
pair over the same data model. Modules are imported lazily, by format name."""

from __future__ import annotations

import importlib
from pathlib import Path


FORMATS = {"txt": "localize.formats.text", "md": "localize.formats.markdown", "html": "localize.formats.html"}
EXTENSIONS = {".md": "md", ".markdown": "md", ".mdown": "md", ".txt": "txt", ".text": "txt", ".html": "html",
              ".htm": "html"}


def detect(path: str | Path | None, requested: str = "auto") -> str:
    """The format to read ``path`` as: ``requested`` unless it is ``auto``, else by extension.

    >>> detect("story.md"), detect("story.txt"), detect("story"), detect("-", "md"), detect("page.HTM")
    ('md', 'txt', 'txt', 'md', 'html')
    """
    if requested != "auto":
        return requested
    return EXTENSIONS.get(Path(str(path or "")).suffix.lower(), "txt")


def module(name: str):
    return importlib.import_module(FORMATS[name])
