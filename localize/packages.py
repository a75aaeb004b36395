"""Argos packages: list, validate, install (from a file or the Argos index) and remove.

The Argos index and downloads go through ``argostranslate.package`` (no torch, no stanza). Installing
unpacks the checked archive itself where argostranslate installs (its ``package_data_dir``), and
listing reads the installed packages' ``metadata.json`` in the folders argostranslate's settings name,
so neither translating nor installing imports argostranslate's translation stack. Listing, installing
and removing take an optional ``packages_dir`` that replaces those folders.

An ``.argosmodel`` file is checked before anything is extracted (``validate``): a zip, exactly one
top-level folder, a ``metadata.json`` (a JSON object of at most 1 MB) naming a translation between two
different, well-formed language codes, a ``model/model.bin`` and a tokenizer (``sentencepiece.model``
or ``bpe.model``) that are files; no absolute path, no ``..``, no symlink, no special file, no name twice, local headers that
agree with the central directory, and at most ``MAX_UNPACKED_BYTES`` once unpacked. Unpacking then
streams each entry against its declared size, its CRC and that budget, and the unpacked model is
loaded and decodes one token (``smoke_test``) before it replaces anything. The installed folder is
named from the metadata (``folder_name``), never from the archive, and only packages of the same pair
are replaced.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import socket
import stat
import struct
import sys
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from localize.errors import MissingModelError, NetworkError, PackageError
from localize.i18n import _
from localize.tokenizers import TOKENIZER_FILES

#: Largest unpacked package accepted (real Argos packages are 50-400 MB).
MAX_UNPACKED_BYTES = 2 * 1024**3
MAX_ENTRIES = 10_000
#: Largest metadata.json accepted (real ones are under 2 KB).
MAX_METADATA_BYTES = 1024**2
#: Seconds the trial load of a new package (``smoke_test``) may take; real packages need 1-3 s.
SMOKE_TIMEOUT = 300.0
#: Folders being installed or removed start with this; installed() never lists them.
STAGING_PREFIX = ".installing-"
#: A staging folder this old was left by an install that was killed; the next install removes it.
STALE_STAGING_SECONDS = 3600
CHUNK_BYTES = 1024**2
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)
#: Seconds to wait for the Argos index or a download before saying the network is not there.
NETWORK_TIMEOUT = 10.0
_CODE = re.compile(r"[a-z]{2,3}(?:[_-][A-Za-z]{2,4})?")  # fullmatch: "$" would let "en\n" through


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
    def tokenizer(self) -> Path | None:
        """``sentencepiece.model`` or ``bpe.model`` (argostranslate's order), None when neither is there."""
        from localize.tokenizers import tokenizer_file

        return tokenizer_file(self.path)


def _argos():
    _settings()  # first: where argostranslate makes its folders
    import argostranslate.package

    return argostranslate.package


def packages_dirs(packages_dir: Path | None = None) -> list[Path]:
    if packages_dir is not None:
        return [Path(packages_dir)]
    if os.environ.get("ARGOS_PACKAGES_DIR") and "SNAP" not in os.environ and "argostranslate.settings" not in sys.modules:
        # what argostranslate would say, without importing it (it makes its folders in $HOME when imported)
        folder = Path(os.environ["ARGOS_PACKAGES_DIR"])
        try:
            folder.mkdir(parents=True, exist_ok=True)  # as argostranslate does
        except OSError as error:
            raise PackageError(folder, _("cannot create the Argos packages folder: {error}").format(
                error=error.strerror or error)) from None
        return [folder]
    return list(_settings().package_dirs)


#: Argos's own folders (XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME: its index, settings and downloads)
#: go under localize's cache when ARGOS_PACKAGES_DIR points elsewhere and the variable is not set, so that
#: ``models available``/``install`` create nothing in ~/.config, ~/.local/share or ~/.local/cache.
_ARGOS_FOLDERS = {"XDG_DATA_HOME": "data", "XDG_CONFIG_HOME": "config", "XDG_CACHE_HOME": "cache"}


def _settings():
    """``argostranslate.settings``; it creates its folders when imported, which may fail."""
    saved = dict(os.environ)
    try:
        if os.environ.get("ARGOS_PACKAGES_DIR") and "argostranslate.settings" not in sys.modules:
            from localize.memory import cache_dir

            for variable, name in _ARGOS_FOLDERS.items():
                if not os.environ.get(variable):
                    os.environ[variable] = str(cache_dir() / "argos" / name)
        import argostranslate.settings as settings
    except OSError as error:
        raise PackageError(error.filename or "ARGOS_PACKAGES_DIR", _("cannot create the Argos packages folder: {error}").format(
            error=error.strerror or error)) from None
    finally:  # argostranslate read them at import; nothing else in this process should see them
        for variable in _ARGOS_FOLDERS:
            if variable in saved:
                os.environ[variable] = saved[variable]
            else:
                os.environ.pop(variable, None)
    return settings


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
        try:
            children = sorted(directory.iterdir())
        except OSError as error:
            raise PackageError(directory, _("cannot read the packages folder: {error}").format(
                error=error.strerror or error)) from None
        for path in children:
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
    except (OSError, ValueError, RecursionError):
        return None
    return metadata if isinstance(metadata, dict) else None


def find(from_code: str, to_code: str, packages_dir: Path | None = None) -> InstalledPackage | None:
    matches = [p for p in installed(packages_dir) if (p.from_code, p.to_code) == (from_code, to_code)]
    return matches[-1] if matches else None


def folder_name(from_code: str, to_code: str) -> str:
    """The folder a package is installed in: named from its metadata, never from the archive.

    argostranslate's own name for a package (``argospm_package_name``); argostranslate lists any folder
    with a ``metadata.json``, whatever its name.

    >>> folder_name("en", "bg")
    'translate-en_bg'
    """
    return f"translate-{from_code}_{to_code}"


def _size(n: int) -> str:
    """
    >>> _size(2 * 1024**3), _size(10 * 1024**2), _size(1536), _size(100)
    ('2 GB', '10 MB', '1.5 KB', '100 B')
    """
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if n >= scale:
            return f"{n / scale:.3g} {unit}"
    return f"{n} B"


def _one_line(text: str, limit: int = 300) -> str:
    """An error text from elsewhere (CTranslate2, zlib) as one short line."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def validate(path: Path) -> dict:
    """Check an .argosmodel file without extracting it; returns its metadata (plus ``_top``, the
    archive's one folder, whose name is never used for installing)."""
    path = Path(path)
    if not path.exists():
        raise PackageError(path, _("no such file"))
    if not path.is_file():
        raise PackageError(path, _("not a file"))
    try:
        if not zipfile.is_zipfile(path):
            raise PackageError(path, _("not an Argos package (not a zip archive)"))
        with zipfile.ZipFile(path) as archive:
            return _check(path, archive)
    except OSError as error:
        if error.errno == errno.EINVAL:  # a seek to a negative offset read from a damaged directory
            raise PackageError(path, _("not a valid zip archive ({error})").format(error=error.strerror)) from None
        raise PackageError(path, _("cannot read it: {error}").format(error=error.strerror or error)) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError,
            NotImplementedError, OverflowError, struct.error) as error:
        raise PackageError(path, _("not a valid zip archive ({error})").format(error=_one_line(error))) from None


def _check(path: Path, archive: zipfile.ZipFile) -> dict:
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise PackageError(path, _("refused: {n} entries (at most {limit})").format(n=len(entries), limit=MAX_ENTRIES))
    tops, total, files, dirs = set(), 0, set(), set()
    for entry in entries:
        name = entry.filename
        pure = PurePosixPath(name)
        if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or "\\" in name:
            raise PackageError(path, _("refused: absolute or non-portable path {name!r}").format(name=name))
        if ".." in pure.parts:
            raise PackageError(path, _("refused: path {name!r} leaves the package folder").format(name=name))
        if not pure.parts or any(ord(c) < 32 for c in name):
            raise PackageError(path, _("refused: absolute or non-portable path {name!r}").format(name=name))
        mode = entry.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise PackageError(path, _("refused: {name!r} is a symbolic link").format(name=name))
        if stat.S_IFMT(mode) not in (0, stat.S_IFREG, stat.S_IFDIR):  # 0: no type recorded
            raise PackageError(path, _("refused: {name!r} is not a regular file").format(name=name))
        if entry.flag_bits & 0x1:
            raise PackageError(path, _("refused: {name!r} is encrypted").format(name=name))
        if entry.compress_type not in _METHODS:
            raise PackageError(path, _("refused: {name!r} is compressed with an unsupported method ({method})").format(
                name=name, method=entry.compress_type))
        key = pure.as_posix()
        if key in files or key in dirs:
            raise PackageError(path, _("refused: {name!r} appears twice").format(name=name))
        (dirs if entry.is_dir() else files).add(key)
        _check_local_header(path, archive, entry)
        total += entry.file_size
        if total > MAX_UNPACKED_BYTES:
            raise PackageError(path, _("refused: unpacks to more than {limit}").format(limit=_size(MAX_UNPACKED_BYTES)))
        tops.add(pure.parts[0])
    for key in files:  # a file that other entries need as their folder ("model.bin" and "model.bin/x")
        parent = PurePosixPath(key).parent
        while parent != PurePosixPath("."):
            if parent.as_posix() in files:
                raise PackageError(path, _("refused: {name!r} is both a file and a folder").format(name=parent.as_posix()))
            parent = parent.parent
    if len(tops) != 1:
        raise PackageError(path, _("refused: a package holds exactly one top-level folder, this one has {n}").format(n=len(tops)))
    top = tops.pop()
    metadata = _read_metadata(path, archive, top, files)
    if f"{top}/model/model.bin" not in files:
        raise PackageError(path, _("refused: no CTranslate2 model ({top}/model/model.bin)").format(top=top))
    tokenizer = next((name for name in TOKENIZER_FILES if f"{top}/{name}" in files), None)
    if tokenizer is None:
        raise PackageError(path, _("refused: no tokenizer ({top}/sentencepiece.model or {top}/bpe.model)").format(top=top))
    metadata["_top"], metadata["_tokenizer"] = top, tokenizer
    return metadata


def _check_local_header(path: Path, archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> None:
    """The sizes and CRC an entry's local header states must be the central directory's (zipfile
    reads only the latter; another unzip tool may trust the former)."""
    archive.fp.seek(entry.header_offset)
    header = archive.fp.read(30)
    if len(header) != 30 or header[:4] != b"PK\x03\x04":
        raise PackageError(path, _("refused: {name!r} has no valid local header").format(name=entry.filename))
    flags, crc, compressed, size = struct.unpack("<2xH6xIII", header[4:26])
    if flags & 0x8 and (crc, compressed, size) == (0, 0, 0):  # the sizes follow the data (a data descriptor)
        return
    if crc != entry.CRC or (compressed, size) != (entry.compress_size, entry.file_size) and 0xFFFFFFFF not in (compressed, size):
        raise PackageError(path, _("refused: {name!r}: its local header and the central directory disagree on its "
                                   "size or checksum").format(name=entry.filename))


def _read_metadata(path: Path, archive: zipfile.ZipFile, top: str, files: set) -> dict:
    name = f"{top}/metadata.json"
    if name not in files:
        raise PackageError(path, _("refused: no {top}/metadata.json").format(top=top))
    if archive.getinfo(name).file_size > MAX_METADATA_BYTES:
        raise PackageError(path, _("refused: metadata.json is larger than {limit}").format(limit=_size(MAX_METADATA_BYTES)))
    try:
        with archive.open(name) as stream:
            metadata = json.loads(stream.read(MAX_METADATA_BYTES + 1).decode("utf-8"))
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        raise PackageError(path, _("refused: metadata.json is not valid JSON")) from None
    if not isinstance(metadata, dict):
        raise PackageError(path, _("refused: metadata.json is not a JSON object"))
    if metadata.get("type", "translate") != "translate":
        raise PackageError(path, _("refused: not a translation package (type {type!r})").format(type=metadata.get("type")))
    for key in ("from_code", "to_code"):
        if not isinstance(metadata.get(key), str) or not _CODE.fullmatch(metadata[key]):
            raise PackageError(path, _("refused: metadata.json has no valid {key}").format(key=key))
    if metadata["from_code"] == metadata["to_code"]:
        raise PackageError(path, _("refused: metadata.json translates {code} into itself").format(code=metadata["from_code"]))
    if not isinstance(metadata.get("target_prefix", ""), str):
        raise PackageError(path, _("refused: metadata.json has no valid {key}").format(key="target_prefix"))
    version = metadata.get("package_version", "")  # printed by models list and install: one short line
    if not isinstance(version, (str, int, float)) or len(str(version)) > 64 or not str(version).isprintable():
        raise PackageError(path, _("refused: metadata.json has no valid {key}").format(key="package_version"))
    return metadata


def install_file(path: Path, packages_dir: Path | None = None) -> InstalledPackage:
    """Validate, unpack, try the model, then install where argostranslate installs (its
    ``package_data_dir``, or ``packages_dir``) in the folder ``folder_name(from, to)``; the packages
    there for the same pair are replaced, no other folder is touched.

    The archive is unpacked into a staging folder beside its final place, each entry checked against
    its declared size and CRC and the whole against ``MAX_UNPACKED_BYTES``; the model is loaded and
    decodes one token (``smoke_test``); only then are the old packages of the pair moved out and the
    new one renamed in. Any failure leaves the packages folder as it was. Unpacking is ours, not
    ``argostranslate.package.install_from_path``: that one ends by importing ``argostranslate.translate``
    (torch, stanza, spaCy: ~1.7 s) to clear a cache.
    """
    import shutil
    import tempfile

    metadata = validate(path)
    pair = (metadata["from_code"], metadata["to_code"])
    if packages_dir is None:
        target = Path(_settings().package_data_dir)
    else:
        target = Path(packages_dir)
    staging = None
    try:
        target.mkdir(parents=True, exist_ok=True)
        _clear_stale_staging(target)
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=target))
        # argostranslate lists every folder of the packages folder and fails on one without a
        # metadata.json; this one it lists as a package of another type, which translating ignores
        (staging / "metadata.json").write_text(json.dumps({"type": "localize-install-in-progress"}) + "\n")
        unpacked = staging / "package"
        _unpack(path, metadata["_top"], unpacked)
        smoke_test(path, unpacked, metadata.get("target_prefix") or "", metadata["from_code"], metadata["to_code"],
                   metadata["_tokenizer"])
        olds = [p.path for p in installed(target) if (p.from_code, p.to_code) == pair]
        final = _free_name(target, folder_name(*pair), keep={old.name for old in olds})
        moved = []
        try:
            for i, old in enumerate(olds):
                old.rename(staging / f"replaced-{i}")
                moved.append(old)
            unpacked.rename(final)
        except BaseException:  # (an interrupt too) the replaced packages go back before staging is deleted
            for i, old in reversed(list(enumerate(moved))):
                with contextlib.suppress(OSError):
                    (staging / f"replaced-{i}").rename(old)
            raise
    except OSError as error:
        raise PackageError(path, _("could not install into {target}: {error}").format(
            target=target, error=error.strerror or error)) from None
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
    translate = sys.modules.get("argostranslate.translate")
    if translate is not None:  # a process that uses argostranslate too: its language list is stale
        translate.get_installed_languages.cache_clear()
    pkg = next((p for p in installed(target) if p.path == final), None)
    if pkg is None:
        raise PackageError(path, _("installed, but argostranslate does not list it"))
    return pkg


def _free_name(target: Path, name: str, keep: set) -> Path:
    """``target/name``, or ``name-2``, ``name-3``... when a folder that is not one of ``keep`` (the
    packages being replaced) has that name: nothing else is ever overwritten."""
    candidate, n = name, 1
    while (target / candidate).exists() or (target / candidate).is_symlink():
        if candidate in keep:
            break
        n += 1
        candidate = f"{name}-{n}"
    return target / candidate


def _clear_stale_staging(target: Path) -> None:
    """Remove the staging folders that an install killed midway left (older than an hour)."""
    import shutil
    import time

    for child in target.iterdir():
        if child.name.startswith(STAGING_PREFIX) and child.is_dir() and not child.is_symlink():
            with contextlib.suppress(OSError):
                if time.time() - child.stat().st_mtime > STALE_STAGING_SECONDS:
                    shutil.rmtree(child)


def _unpack(path: Path, top: str, destination: Path) -> None:
    """Unpack the entries under ``top`` into ``destination``, streaming each one with a byte budget."""
    total = 0
    with zipfile.ZipFile(path) as archive:
        destination.mkdir()
        for entry in archive.infolist():
            parts = PurePosixPath(entry.filename).parts[1:]  # validate(): relative, no "..", one top folder
            out = destination.joinpath(*parts)
            if entry.is_dir():
                out.mkdir(parents=True, exist_ok=True)
                continue
            out.parent.mkdir(parents=True, exist_ok=True)
            written = 0
            try:
                with archive.open(entry) as source, open(out, "xb") as sink:
                    while chunk := source.read(CHUNK_BYTES):
                        written += len(chunk)
                        total += len(chunk)
                        if written > entry.file_size:
                            raise PackageError(path, _("refused: {name!r} unpacks to more than the {size} it declares").format(
                                name=entry.filename, size=_size(entry.file_size)))
                        if total > MAX_UNPACKED_BYTES:
                            raise PackageError(path, _("refused: unpacks to more than {limit}").format(limit=_size(MAX_UNPACKED_BYTES)))
                        sink.write(chunk)
            except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as error:
                error = str(error).replace(f" for file {entry.filename!r}", "")  # zipfile's CRC message
                raise PackageError(path, _("refused: {name!r} is damaged ({error})").format(
                    name=entry.filename, error=_one_line(error))) from None
            if written != entry.file_size:
                raise PackageError(path, _("refused: {name!r} holds {actual} bytes, not the {size} bytes it declares").format(
                    name=entry.filename, actual=written, size=entry.file_size))


#: Run in a process of its own: a damaged model can crash CTranslate2 (a segmentation fault), which
#: must not take localize with it. Same interpreter, environment and working folder as localize (so
#: the same ctranslate2 and sentencepiece); the package's folder is only an argument, never on
#: sys.path. Prints one JSON line: null, or [stage, error].
_SMOKE = r"""
import json, sys
stage = "import"
try:
    import ctranslate2
    from localize import tokenizers
    stage = "load"
    model, tokenizer, prefix, from_code, to_code = sys.argv[1:6]
    tok = tokenizers.load(tokenizer, from_code, to_code)
    translator = ctranslate2.Translator(model, device="cpu", compute_type="auto", inter_threads=1, intra_threads=1)
    tokens = tok.encode(["Hello"])[0][:1] or ["a"]
    result = translator.translate_batch([tokens], target_prefix=[[prefix]] if prefix else None, beam_size=1,
                                        max_decoding_length=8)
    tok.decode([result[0].hypotheses[0][1 if prefix else 0:]])
except (Exception, SystemExit) as error:  # apply_bpe exits on a bad codes line
    print(json.dumps([stage, f"{type(error).__name__}: {error}"]))
else:
    print(json.dumps(None))
"""


def smoke_test(path: Path, folder: Path, target_prefix: str = "", from_code: str = "en", to_code: str = "en",
               tokenizer: str = "sentencepiece.model") -> float:
    """Load the unpacked package ``folder`` as the engine does (its CTranslate2 model on the CPU, its
    tokenizer, SentencePiece or Moses + BPE) and decode one token, in a process of its own; PackageError naming
    ``path`` when that fails. Returns the seconds it took."""
    import signal
    import subprocess
    import time

    started = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-c", _SMOKE, str(folder / "model"), str(folder / tokenizer), target_prefix,
             from_code, to_code],
            capture_output=True, text=True, errors="replace", timeout=SMOKE_TIMEOUT, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise PackageError(path, _("is not a usable model: loading it took more than {n} s").format(n=int(SMOKE_TIMEOUT))) from None
    lines = done.stdout.strip().splitlines()
    try:
        outcome = json.loads(lines[-1]) if lines else ["crash", None]
    except ValueError:
        outcome = ["crash", None]
    if outcome is None and done.returncode == 0:
        return time.monotonic() - started
    stage, error = outcome if isinstance(outcome, list) and len(outcome) == 2 else ("crash", None)
    if stage == "import":
        raise PackageError(path, _("could not check the model: {error}").format(error=_one_line(error)))
    if error is not None:  # the staging folder is gone by the time the message is read
        error = str(error).replace(str(folder) + os.sep, "")
    else:
        code = done.returncode
        try:
            cause = signal.Signals(-code).name if code < 0 else f"exit status {code}"
        except ValueError:
            cause = f"signal {-code}"
        error = _("CTranslate2 crashed on it ({cause})").format(cause=cause)
    raise unusable(path, error)


def unusable(path: Path, error) -> PackageError:
    """The error for a package whose model or tokenizer does not load (at install or, for a package
    installed by other means, when translating)."""
    if isinstance(error, BaseException):
        error = f"{type(error).__name__}: {error}"
    return PackageError(path, _("is not a usable model: {error}").format(error=_one_line(error)))


def remove(from_code: str, to_code: str, packages_dir: Path | None = None) -> InstalledPackage:
    """Uninstall the package for a pair (found by its metadata; codes never make a path).

    It is first moved into a staging folder (one rename: nothing changes when that fails), then
    deleted, so a failure never leaves half a package listed."""
    import shutil
    import tempfile

    pkg = find(from_code, to_code, packages_dir)
    if pkg is None:
        shown = [code if _CODE.fullmatch(code) else repr(code) for code in (from_code, to_code)]
        raise MissingModelError(from_code, to_code, _("no installed package for {src} -> {tgt}").format(src=shown[0], tgt=shown[1]))
    root = pkg.path.parent
    if pkg.path.is_symlink() or root.resolve() not in pkg.path.resolve().parents:
        raise PackageError(pkg.path, _("refused to remove a folder outside the packages folder"))
    try:
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=root))
        try:
            (staging / "metadata.json").write_text(json.dumps({"type": "localize-install-in-progress"}) + "\n")
            pkg.path.rename(staging / "removed")
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    except OSError as error:
        raise PackageError(pkg.path, _("could not remove it: {error}").format(error=error.strerror or error)) from None
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
    settings = _settings()
    argos = _argos()
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
