"""localize: offline English news into Bulgarian and Russian editions with Argos Translate models.

The library API (the CLI is a thin layer over it)::

    from localize import translate_text
    edition = translate_text("Russia and China signed a new agreement.", "en", "ru")

See ``localize.pipeline`` for whole documents and files.
"""

__version__ = "0.1.0"

from localize.pipeline import translate_document, translate_files, translate_text  # noqa: E402

__all__ = ["__version__", "translate_document", "translate_files", "translate_text"]
