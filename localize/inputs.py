"""Read a source article: decode it, refuse what cannot be an article, never modify it.

Rules: a UTF-8 BOM is dropped; UTF-16/UTF-32 with a BOM are decoded; anything else must be UTF-8
(the error names the first bad byte and its offset); a NUL byte means a binary file; CRLF line ends
are read as LF and given back on writing; an input that is empty or only whitespace (Unicode spaces
and zero-width characters included) is refused; so is an input over ``MAX_INPUT_BYTES``.

>>> decode(b"\\xef\\xbb\\xbfTitle\\r\\nText\\r\\n", "a.txt")
('Title\\nText\\n', '\\r\\n')
>>> decode("Заглавие".encode("utf-16"), "a.txt")
('Заглавие', '\\n')
"""

from __future__ import annotations

import codecs
import re
import sys
from pathlib import Path

from localize.errors import InputError
from localize.i18n import _

#: Largest article accepted, in bytes. A news article is 5-100 KB; a 3 MB file is refused, not chunked.
MAX_INPUT_BYTES = 2 * 1024 * 1024
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_INVISIBLE = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff\u180e]+")


def read_source(path: str) -> tuple[str, str]:
    """(text, newline) of the file at ``path``, or of standard input when ``path`` is ``-``."""
    name = _("standard input") if path == "-" else str(path)
    try:
        if path == "-":
            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        else:
            file = Path(path)
            if file.is_dir():
                raise InputError(name, _("is a directory, not an article"))
            size = file.stat().st_size
            if size > MAX_INPUT_BYTES:
                raise InputError(name, _("is {size:.1f} MB; localize translates articles up to {limit} MB").format(
                    size=size / 1e6, limit=MAX_INPUT_BYTES // (1024 * 1024)))
            data = file.read_bytes()
    except FileNotFoundError:
        raise InputError(name, _("no such file")) from None
    except PermissionError:
        raise InputError(name, _("permission denied")) from None
    except OSError as error:
        raise InputError(name, error.strerror or str(error)) from None
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(name, _("is larger than {limit} MB; localize translates articles up to that size").format(
            limit=MAX_INPUT_BYTES // (1024 * 1024)))
    return decode(data, name)


def decode(data: bytes, name: str) -> tuple[str, str]:
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding is None and b"\x00" in data:
        raise InputError(name, _("looks like a binary file (it contains NUL bytes); give a text or Markdown article"))
    try:
        text = data.decode(encoding or "utf-8")
    except UnicodeDecodeError as error:
        if encoding:
            raise InputError(name, _("is not valid {encoding}").format(encoding=encoding.upper())) from None
        byte = data[error.start]
        raise InputError(name, _("is not UTF-8: byte 0x{byte:02X} at offset {offset} cannot be decoded "
                                 "(convert the file to UTF-8)").format(byte=byte, offset=error.start)) from None
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        raise InputError(name, _("looks like a binary file (it contains NUL characters)"))
    newline = "\r\n" if "\r\n" in text else "\n"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not _INVISIBLE.sub("", text):
        raise InputError(name, _("is empty: there is nothing to translate"))
    return text, newline
