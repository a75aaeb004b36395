"""Write outputs atomically: a temporary file in the destination folder, then a rename.

A reader never sees half a file, an interrupted run leaves no partial output, and an existing file
is replaced only when the caller allows it (``--force``).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from localize.errors import OutputError
from localize.i18n import _


def check_writable(directory: Path) -> None:
    """Fail now, before any work, if ``directory`` cannot take new files."""
    directory = Path(directory)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".localize-probe-", dir=directory)
        os.close(fd)
        os.unlink(probe)
    except FileExistsError:
        raise OutputError(directory, _("is not a directory")) from None
    except NotADirectoryError:
        raise OutputError(directory, _("is not a directory")) from None
    except OSError as error:
        raise OutputError(directory, _("cannot write here ({reason})").format(reason=error.strerror or error)) from None


def check_new(path: Path, force: bool) -> None:
    """Fail now if ``path`` cannot become an output: it exists (without ``force``) or is not a file."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(path, _("is a directory; an output must be a file"))
    if path.exists() and not path.is_file():
        raise OutputError(path, _("is not a regular file (a pipe, socket or device); it is never replaced"))
    if path.exists() and not force:
        raise OutputError(path, _("exists; use --force to overwrite it"))


def check_not_inputs(outputs, inputs) -> None:
    """Fail if an output is one of the inputs (also through a link) or two outputs are one file."""
    seen: dict[str, Path] = {}
    for path in outputs:
        if path is None:
            continue
        key = os.path.realpath(path)
        for source in inputs:
            if key == os.path.realpath(source) or same_file(path, source):
                raise OutputError(path, _("is one of the inputs; an input is never overwritten"))
        if key in seen:
            raise OutputError(path, _("is given twice as an output"))
        seen[key] = Path(path)


def same_file(a, b) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def atomic_write(path: Path, text: str, newline: str = "\n", force: bool = False) -> None:
    data = text.replace("\n", newline).encode("utf-8") if newline != "\n" else text.encode("utf-8")
    atomic_write_bytes(path, data, force)


def atomic_write_bytes(path: Path, data: bytes, force: bool = False) -> None:
    path = Path(path)
    check_new(path, force)
    if not path.parent.is_dir():
        raise OutputError(path.parent, _("no such directory"))
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    except OSError as error:
        raise OutputError(path, _("cannot write here ({reason})").format(reason=error.strerror or error)) from None
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(path, _("could not be written ({reason}); it is as it was").format(
            reason=error.strerror or error)) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
