"""Argos packages: list, validate, install (from a file or the Argos index) and remove.

The Argos index and downloads go through ``argostranslate.package`` (no torch, no stanza). Installing
unpacks the checked archive itself where argostranslate installs (its ``package_data_dir``), and
listing reads the installed packages' ``metadata.json`` in the folders argostranslate's settings name,
so neither translating nor installing imports argostranslate's translation stack. Listing, installing
and removing take an optional ``packages_dir`` that replaces those folders.

An ``.argosmodel`` file is checked before anything is extracted (``validate``): a zip, exactly one
top-level folder, a ``metadata.json`` naming from_code and to_code, a ``model/model.bin`` and a
tokenizer, no absolute path, no ``..``, no symlink, no special file, and at most
``MAX_UNPACKED_BYTES`` once unpacked.
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import stat
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from localize.errors import MissingModelError, NetworkError, PackageError
from localize.i18n import _

#: Largest unpacked package accepted (real Argos packages are 50-400 MB).
MAX_UNPACKED_BYTES = 2 * 1024**3
MAX_ENTRIES = 10_000
#: Seconds to wait for the Argos index or a download before saying the network is not there.
NETWORK_TIMEOUT = 10.0
_CODE = re.compile(r"^[a-z]{2,3}(?:[_-][A-Za-z]{2,4})?$")


@dataclass(frozen=True)
class InstalledPackage:
    from_code: str
    to_code: str
    version: str
    name: str
    path: Path
    target_prefix: str = ""

    @property
    def model_dir(self) -> Path:
        return self.path / "model"

    @property
    def tokenizer(self) -> Path:
        return self.path / "sentencepiece.model"


def _argos():
    import argostranslate.package

    return argostranslate.package


def packages_dirs(packages_dir: Path | None = None) -> list[Path]:
    if packages_dir is not None:
        return [Path(packages_dir)]
    import argostranslate.settings as settings

    return list(settings.package_dirs)


def installed(packages_dir: Path | None = None) -> list[InstalledPackage]:
    """Installed translation packages, sorted by pair.

    Read from each package's ``metadata.json`` (the fields argostranslate's ``Package`` reads) in the
    folders argostranslate's settings name: listing needs neither ``argostranslate.package`` (its
    import costs ~0.05 s, mostly urllib) nor anything else from it. A folder without a readable
    metadata.json is not a package and is skipped.
    """
    found = []
    for directory in packages_dirs(packages_dir):
        if not directory.is_dir():
            continue
        for path in sorted(directory.iterdir()):
            metadata = _metadata(path) if path.is_dir() else None
            if not metadata or metadata.get("type", "translate") != "translate":
                continue
            from_code, to_code = metadata.get("from_code"), metadata.get("to_code")
            if not (isinstance(from_code, str) and isinstance(to_code, str) and from_code and to_code):
                continue
            name = metadata.get("name")
            found.append(InstalledPackage(
                from_code=from_code, to_code=to_code, version=str(metadata.get("package_version") or ""),
                name=name if isinstance(name, str) and name else
                f"{metadata.get('from_name', '')} -> {metadata.get('to_name', '')}",
                path=path, target_prefix=str(metadata.get("target_prefix") or ""),
            ))
    return sorted(found, key=lambda p: (p.from_code, p.to_code, p.version))


def _metadata(path: Path) -> dict | None:
    """A package folder's ``metadata.json`` as a dict; None when missing or not a JSON object."""
    try:
        metadata = json.loads((path / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return metadata if isinstance(metadata, dict) else None


def find(from_code: str, to_code: str, packages_dir: Path | None = None) -> InstalledPackage | None:
    matches = [p for p in installed(packages_dir) if (p.from_code, p.to_code) == (from_code, to_code)]
    return matches[-1] if matches else None


def validate(path: Path) -> dict:
    """Check an .argosmodel file without extracting it; returns its metadata."""
    path = Path(path)
    if not path.is_file():
        raise PackageError(path, _("no such file"))
    if not zipfile.is_zipfile(path):
        raise PackageError(path, _("not an Argos package (not a zip archive)"))
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ENTRIES:
                raise PackageError(path, _("refused: {n} entries (at most {limit})").format(n=len(entries), limit=MAX_ENTRIES))
            tops, total, names = set(), 0, set()
            for entry in entries:
                name = entry.filename
                pure = PurePosixPath(name)
                if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or "\\" in name:
                    raise PackageError(path, _("refused: absolute or non-portable path {name!r}").format(name=name))
                if ".." in pure.parts:
                    raise PackageError(path, _("refused: path {name!r} leaves the package folder").format(name=name))
                mode = entry.external_attr >> 16
                if stat.S_ISLNK(mode):
                    raise PackageError(path, _("refused: {name!r} is a symbolic link").format(name=name))
                if stat.S_IFMT(mode) not in (0, stat.S_IFREG, stat.S_IFDIR):  # 0: no type recorded
                    raise PackageError(path, _("refused: {name!r} is not a regular file").format(name=name))
                if entry.flag_bits & 0x1:
                    raise PackageError(path, _("refused: {name!r} is encrypted").format(name=name))
                total += entry.file_size
                if total > MAX_UNPACKED_BYTES:
                    raise PackageError(path, _("refused: unpacks to more than {limit} GB").format(limit=MAX_UNPACKED_BYTES // 1024**3))
                if pure.parts:
                    tops.add(pure.parts[0])
                names.add(pure.as_posix().rstrip("/"))
            if len(tops) != 1:
                raise PackageError(path, _("refused: a package holds exactly one top-level folder, this one has {n}").format(n=len(tops)))
            top = tops.pop()
            if f"{top}/metadata.json" not in names:
                raise PackageError(path, _("refused: no {top}/metadata.json").format(top=top))
            try:
                metadata = json.loads(archive.read(f"{top}/metadata.json").decode("utf-8"))
            except (ValueError, UnicodeDecodeError):
                raise PackageError(path, _("refused: metadata.json is not valid JSON")) from None
            if not isinstance(metadata, dict):
                raise PackageError(path, _("refused: metadata.json is not a JSON object"))
            for key in ("from_code", "to_code"):
                if not isinstance(metadata.get(key), str) or not _CODE.match(metadata[key]):
                    raise PackageError(path, _("refused: metadata.json has no valid {key}").format(key=key))
            if f"{top}/model/model.bin" not in names:
                raise PackageError(path, _("refused: no CTranslate2 model ({top}/model/model.bin)").format(top=top))
            if f"{top}/sentencepiece.model" not in names and f"{top}/bpe.model" not in names:
                raise PackageError(path, _("refused: no tokenizer (sentencepiece.model or bpe.model)"))
            metadata["_top"] = top
            return metadata
    except zipfile.BadZipFile as error:
        raise PackageError(path, _("not a valid zip archive ({error})").format(error=error)) from None


def install_file(path: Path, packages_dir: Path | None = None) -> InstalledPackage:
    """Validate, then install where argostranslate installs (its ``package_data_dir``, or
    ``packages_dir``); a package for the same pair is replaced.

    The archive is unpacked beside its final place and renamed into it, so a failed install leaves no
    half-unpacked package. Unpacking is ours, not ``argostranslate.package.install_from_path``: that one
    ends by importing ``argostranslate.translate`` (torch, stanza, spaCy: ~1.7 s) to clear a cache.
    """
    import shutil
    import tempfile

    metadata = validate(path)
    if packages_dir is None:
        import argostranslate.settings as settings

        target = Path(settings.package_data_dir)
    else:
        target = Path(packages_dir)
    target.mkdir(parents=True, exist_ok=True)
    final = target / metadata["_top"]
    staging = Path(tempfile.mkdtemp(prefix=".installing-", dir=target))  # no metadata.json: never listed
    try:
        with zipfile.ZipFile(path) as archive:
            archive.extractall(staging)  # every member checked by validate(): relative, no "..", no link
        old = find(metadata["from_code"], metadata["to_code"], packages_dir)
        if old is not None and old.path.resolve() != final.resolve():
            _remove_tree(old.path, target)
        if final.exists():
            _remove_tree(final, target)
        (staging / metadata["_top"]).rename(final)
    except OSError as error:
        raise PackageError(path, _("could not install into {target}: {error}").format(
            target=target, error=error.strerror or error)) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    translate = sys.modules.get("argostranslate.translate")
    if translate is not None:  # a process that uses argostranslate too: its language list is stale
        translate.get_installed_languages.cache_clear()
    pkg = next((p for p in installed(packages_dir) if p.path.name == metadata["_top"]), None)
    if pkg is None:
        raise PackageError(path, _("installed, but argostranslate does not list it"))
    return pkg


def _remove_tree(path: Path, root: Path) -> None:
    import shutil

    path = Path(path).resolve()
    if Path(root).resolve() not in path.parents:
        raise PackageError(path, _("refused to remove a folder outside the packages folder"))
    shutil.rmtree(path)


def remove(from_code: str, to_code: str, packages_dir: Path | None = None) -> InstalledPackage:
    pkg = find(from_code, to_code, packages_dir)
    if pkg is None:
        raise MissingModelError(from_code, to_code, _("no installed package for {src} -> {tgt}").format(src=from_code, tgt=to_code))
    _remove_tree(pkg.path, pkg.path.parent)
    return pkg


# --- the Argos index (network) -----------------------------------------------------------------

@contextlib.contextmanager
def _timeout(seconds: float):
    previous = socket.getdefaulttimeout()
    socket.setdefaulttimeout(seconds)
    try:
        yield
    finally:
        socket.setdefaulttimeout(previous)


def _offline_message(what: str) -> str:
    return _("cannot reach the Argos package index to {what}; with no network, install a package "
             "file instead: localize models install FILE.argosmodel").format(what=what)


def available(timeout: float = NETWORK_TIMEOUT) -> list:
    """The packages of the Argos index (refreshed now); NetworkError when it cannot be reached."""
    argos = _argos()
    import argostranslate.settings as settings

    index = Path(settings.local_package_index)
    before = index.stat().st_mtime_ns if index.exists() else None
    with _timeout(timeout):
        _quiet(argos.update_package_index)  # argostranslate logs and swallows network errors
    after = index.stat().st_mtime_ns if index.exists() else None
    if after is None or after == before:
        raise NetworkError(_offline_message(_("refresh it")))
    try:
        return [p for p in argos.get_available_packages() if getattr(p, "type", "translate") == "translate"]
    except (ValueError, OSError, RecursionError):
        raise NetworkError(_("the Argos package index could not be read; try again later")) from None


def install_from_index(from_code: str, to_code: str, packages_dir: Path | None = None,
                       timeout: float = NETWORK_TIMEOUT) -> InstalledPackage:
    matches = [p for p in available(timeout) if (p.from_code, p.to_code) == (from_code, to_code)]
    if not matches:
        raise MissingModelError(from_code, to_code, _("the Argos index has no package for {src} -> {tgt}").format(src=from_code, tgt=to_code))
    best = max(matches, key=lambda p: tuple(int(x) for x in re.findall(r"\d+", str(p.package_version))))
    with _timeout(timeout):
        try:
            downloaded = _quiet(best.download)
        except Exception:  # argostranslate raises a bare Exception when every mirror failed
            raise NetworkError(_offline_message(_("download {src} -> {tgt}").format(src=from_code, tgt=to_code))) from None
    try:
        return install_file(Path(downloaded), packages_dir)
    finally:
        Path(downloaded).unlink(missing_ok=True)


def _quiet(function):
    """Run an argostranslate call with its loggers off (they print network errors to stderr)."""
    import logging

    loggers = [logging.getLogger(name) for name in ("argostranslate", "argostranslate.utils")]
    saved = [logger.disabled for logger in loggers]
    for logger in loggers:
        logger.disabled = True
    try:
        return function()
    finally:
        for logger, disabled in zip(loggers, saved):
            logger.disabled = disabled
