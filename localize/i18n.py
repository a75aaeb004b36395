"""The tool's own messages in English, Bulgarian and Russian, through gettext (domain ``localize``).

Sources of messages, all extracted with Babel (``python tools/messages.py``, ``make messages``):
- ``_()`` and ``ngettext()`` calls in the package;
- the help texts of the Click commands and options, taken from the command tree (they are translated
  when help is shown, so ``--ui-lang`` applies to them too);
- Click's own words (``Usage:``, ``Options``, ``Show this message and exit.``...), listed in
  ``CLICK_MESSAGES``: Click looks them up through the global gettext domain, which ``set_language``
  points at our catalog.

Catalogs: ``locales/LANG/LC_MESSAGES/localize.po`` (edited by translators), compiled to
``localize/locales/LANG/LC_MESSAGES/localize.mo`` (shipped). The language comes from ``--ui-lang`` or
LC_ALL / LC_MESSAGES / LANG.
"""

from __future__ import annotations

import gettext as _gettext
import os
from pathlib import Path

DOMAIN = "localize"
LOCALE_DIR = Path(__file__).resolve().parent / "locales"
UI_LANGUAGES = ("en", "bg", "ru")
_translation: _gettext.NullTranslations = _gettext.NullTranslations()
_language = "en"


def N_(message: str) -> str:
    """Mark a message for extraction; it is translated where it is shown."""
    return message


#: Click's words that users of localize see (Click 8); our catalog translates them.
CLICK_MESSAGES = [
    N_("Usage:"), N_("Options"), N_("Commands"), N_("Show this message and exit."), N_("Show the version and exit."),
    N_("Error: {message}"), N_("Try '{command} {option}' for help."), N_("Missing argument"), N_("Missing option"),
    N_("Missing parameter"), N_("Missing command."), N_("No such command {name!r}."), N_("No such option {name!r}."),
    N_("Invalid value for {param_hint}: {message}"), N_("Invalid value: {message}"), N_("Aborted!"),
    N_("%(prog)s, version %(version)s"), N_("default: {default}"), N_("required"),
    N_("Option {name!r} requires an argument."), N_("{name} {filename!r} does not exist."),
    N_("{name} {filename!r} is a directory."), N_("{name} {filename!r} is a file."), N_("file"), N_("directory"),
    N_("path"), N_("Choose from:\n\t{choices}"),
]
#: Click's plural messages: (singular, plural).
CLICK_PLURALS = [
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"),
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."),
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"),
]


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
    """Switch the message catalog (ours and, for the CLI, Click's); returns the language in use."""
    global _translation, _language
    code = code or language_from_environment()
    _language = code
    _translation = _gettext.translation(DOMAIN, LOCALE_DIR, languages=[code], fallback=True)
    # Click translates its own words with the global gettext functions: point them at our catalog.
    _gettext.bindtextdomain(DOMAIN, str(LOCALE_DIR))
    _gettext.textdomain(DOMAIN)
    os.environ["LANGUAGE"] = code
    return code


def current_language() -> str:
    return _language


def _(message: str) -> str:
    return _translation.gettext(message) if message else message


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translation.ngettext(singular, plural, n)


def language_name(code: str) -> str:
    """The name of language ``code`` in the UI language, from Babel's CLDR data.

    >>> set_language("ru") and language_name("bg")
    'болгарский'
    >>> set_language("en") and language_name("ru")
    'Russian'
    """
    try:
        from babel import Locale

        return Locale.parse(code).get_display_name(_language) or code
    except Exception:  # an unknown code: show it as it is
        return code
