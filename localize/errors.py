"""Errors of the library. They carry data and know nothing of Click; ``cli.py`` maps them to exit codes.

Exit codes (DESIGN.md): 0 done, 1 done but the glossary check found errors, 2 bad usage or bad input,
3 no model for a requested pair.
"""

from __future__ import annotations


class LocalizeError(Exception):
    """Base class: ``str(error)`` is the one-line message shown to the user."""

    exit_code = 2


class InputError(LocalizeError):
    """An input that cannot be translated: unreadable, binary, empty, too large, badly encoded."""

    def __init__(self, source: str, message: str):
        self.source, self.message = source, message
        super().__init__(f"{source}: {message}")


class UsageError(LocalizeError):
    """Options that do not fit together, or an unknown language code."""


class OutputError(LocalizeError):
    """An output that exists (without --force) or a destination that cannot be written."""

    def __init__(self, path, message: str):
        self.path, self.message = path, message
        super().__init__(f"{path}: {message}")


class PackageError(LocalizeError):
    """An .argosmodel file that is refused (not a zip, unsafe paths, no metadata, too large...)."""

    def __init__(self, path, message: str):
        self.path, self.message = path, message
        super().__init__(f"{path}: {message}")


class NetworkError(LocalizeError):
    """The Argos index or a package download could not be reached."""


class MissingModelError(LocalizeError):
    """No installed package (nor pivot through English) for a language pair."""

    exit_code = 3

    def __init__(self, from_code: str, to_code: str, message: str):
        self.from_code, self.to_code = from_code, to_code
        super().__init__(message)

