"""The tool's own messages through gettext (domain ``localize``).

Catalogs live in ``localize/locales/LANG/LC_MESSAGES/localize.mo``; without one, messages stay in
English. The language comes from ``--ui-lang`` or LC_ALL / LC_MESSAGES / LANG.
"""

from __future__ import annotations

import gettext as _gettext
import os
from pathlib import Path

LOCALE_DIR = Path(__file__).resolve().parent / "locales"
UI_LANGUAGES = ("en", "bg", "ru")
_translation: _gettext.NullTranslations = _gettext.NullTranslations()


def language_from_environment(environ=os.environ) -> str:
    """The first UI language named by LC_ALL, LC_MESSAGES or LANG, else English.

    >>> language_from_environment({"LANG": "bg_BG.UTF-8"})
    'bg'
    >>> language_from_environment({"LC_ALL": "C", "LANG": "ru_RU.UTF-8"})
    'en'
    >>> language_from_environment({})
    'en'
    """
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            code = value.split(".")[0].split("_")[0].split("@")[0].lower()
            return code if code in UI_LANGUAGES else "en"
    return "en"


def set_language(code: str | None = None) -> str:
    """Switch the message catalog; returns the language in use."""
    global _translation
    code = code or language_from_environment()
    _translation = _gettext.translation("localize", LOCALE_DIR, languages=[code], fallback=True)
    return code


def _(message: str) -> str:
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translation.ngettext(singular, plural, n)
