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
import os
import re
import stat
import sys

from localize.errors import InputError
from localize.i18n import _

#: Largest article accepted, in bytes. A news article is 5-100 KB; a 3 MB file is refused, not chunked.
MAX_INPUT_BYTES = 2 * 1024 * 1024
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_META_CHARSET = re.compile(r"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.I)
_INVISIBLE = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff\u180e]+")


def read_source(path: str, html: bool = False) -> tuple[str, str]:
    """(text, newline) of the file at ``path``, or of standard input when ``path`` is ``-``.

    An ``html`` page keeps its line ends as they are (newline ``"\n"``: nothing to convert back), since
    its edition must be byte-identical outside the translated text, and may be in the charset its
    ``<meta>`` declares (``decode``).

    Only a regular file (or standard input) is read, and never more than ``MAX_INPUT_BYTES`` plus one
    byte: a FIFO, a device such as ``/dev/zero`` or a directory is refused before it is opened.
    """
    name = _("standard input") if path == "-" else display_name(path)
    if path == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    else:
        data = read_bytes(path, MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(name, _("is larger than {limit} MB; localize translates articles up to that size").format(
            limit=MAX_INPUT_BYTES // (1024 * 1024)))
    return decode(data, name, html)


def read_bytes(path, limit: int) -> bytes:
    """At most ``limit`` bytes of the regular file at ``path`` (an article, a glossary, an XLIFF).

    A FIFO, a device such as ``/dev/zero``, a socket or a directory is refused before it is opened,
    so reading can neither hang nor run out of memory; so is a name that is not valid UTF-8.
    """
    name = display_name(path)
    try:
        check_name(path)
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise InputError(name, _("is a directory, not a file"))
        if not stat.S_ISREG(mode):
            raise InputError(name, _("is not a regular file (a pipe, socket or device)"))
        # opened without blocking and checked again through the open file: a FIFO swapped in meanwhile cannot hang us
        with os.fdopen(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
                raise InputError(name, _("is not a regular file (a pipe, socket or device)"))
            return file.read(limit)
    except FileNotFoundError:
        raise InputError(name, _("no such file")) from None
    except PermissionError:
        raise InputError(name, _("permission denied")) from None
    except OSError as error:
        raise InputError(name, error.strerror or str(error)) from None


def display_name(path) -> str:
    r"""A path as it can be printed: bytes that are not UTF-8 and control characters shown escaped.

    >>> display_name("caf\udce9.md"), display_name("a\x1bb.txt")
    ('caf\\xe9.md', 'a\\x1bb.txt')
    """
    text = os.fsencode(str(path)).decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)


def check_name(path) -> None:
    """Refuse a file name that cannot be written into UTF-8 reports and XML: undecodable bytes or
    control characters."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(display_name(path), _("the file name is not valid UTF-8; rename the file")) from None
    if _CONTROL.search(text):
        raise InputError(display_name(path), _("the file name contains control characters; rename the file"))


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page's ``<meta>`` declares in its first 4 KB, lower-cased (None: none).

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=Windows-1251">')
    'windows-1251'
    """
    match = _META_CHARSET.search(data[:4096].decode("latin-1"))
    return match.group(1).lower() if match else None


def decode(data: bytes, name: str, html: bool = False) -> tuple[str, str]:
    r"""Text and line end of an input's bytes; an ``html`` page in the charset its ``<meta>`` declares.

    >>> decode('<meta charset="koi8-r"><p>Привет\r\n'.encode("koi8-r"), "a.html", html=True)
    ('<meta charset="koi8-r"><p>Привет\r\n', '\n')
    """
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if html and encoding is None:
        charset = declared_charset(data)
        if charset and charset.replace("_", "-") not in ("utf-8", "utf8"):
            try:
                encoding = codecs.lookup(charset).name
            except LookupError:
                raise InputError(name, _("declares the charset {charset}, which cannot be decoded here; "
                                         "convert the page to UTF-8").format(charset=charset)) from None
            if encoding in ("utf-16", "utf-32", "utf-16-le", "utf-16-be"):  # a BOM-less "UTF-16" page is UTF-8
                encoding = None
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
    if html:
        if not _INVISIBLE.sub("", text):
            raise InputError(name, _("is empty: there is nothing to translate"))
        return text, "\n"
    newline = "\r\n" if "\r\n" in text else "\n"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not _INVISIBLE.sub("", text):
        raise InputError(name, _("is empty: there is nothing to translate"))
    return text, newline
