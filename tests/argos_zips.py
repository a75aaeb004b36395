"""Hostile .argosmodel files, made from the bundled test packages: renamed folders, patched metadata,
damaged models, and zips whose headers lie (sizes, CRCs) -- the structures are patched byte by byte."""

from __future__ import annotations

import json
import struct
import warnings
import zipfile
from pathlib import Path

TEST_MODELS = Path(__file__).resolve().parents[1] / "localize" / "data" / "models"

_CENTRAL, _LOCAL = b"PK\x01\x02", b"PK\x03\x04"
#: Offsets of (crc, compressed size, size) in a central directory record and in a local header.
_FIELDS = {"central": {"crc": 16, "compress_size": 20, "file_size": 24},
           "local": {"crc": 14, "compress_size": 18, "file_size": 22}}


def original(pair: str) -> Path:
    """The bundled test package for ``pair`` ("en_bg", "bg_en", "en_ru")."""
    return next(TEST_MODELS.glob(f"translate-{pair}-*.argosmodel"))


def entries(file: Path) -> dict[str, bytes]:
    """Path inside the package folder (no top folder; directories end with /) -> contents."""
    with zipfile.ZipFile(file) as archive:
        return {info.filename.split("/", 1)[1]: archive.read(info) for info in archive.infolist()
                if "/" in info.filename.rstrip("/")}


def top_of(file: Path) -> str:
    with zipfile.ZipFile(file) as archive:
        return archive.namelist()[0].split("/")[0]


def repack(source: Path, out: Path, *, top: str | None = None, metadata: dict | bytes | None = None,
           files: dict | None = None, method: int = zipfile.ZIP_DEFLATED, stored: tuple = (),
           comment: bytes = b"", prepend: bytes = b"", extra: tuple = ()) -> Path:
    """A copy of ``source`` with its folder renamed to ``top``, metadata.json updated with ``metadata``
    (a dict) or replaced by it (bytes), ``files`` replaced (bytes) or removed (None), the entries named
    in ``stored`` left uncompressed, a zip comment, bytes before the zip, ``extra`` raw (name, bytes)
    entries appended as they are."""
    contents = entries(source)
    if isinstance(metadata, dict):
        contents["metadata.json"] = json.dumps({**json.loads(contents["metadata.json"]), **metadata}).encode()
    elif metadata is not None:
        contents["metadata.json"] = metadata
    for name, data in (files or {}).items():
        if data is None:
            contents.pop(name, None)
        else:
            contents[name] = data
    top = top or top_of(source)
    with zipfile.ZipFile(out, "w") as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name": some cases mean it
        archive.writestr(zipfile.ZipInfo(f"{top}/"), b"")
        for name, data in contents.items():
            info = zipfile.ZipInfo(f"{top}/{name}")
            info.compress_type = zipfile.ZIP_STORED if name in stored or name.endswith("/") else method
            info.external_attr = (0o40755 if name.endswith("/") else 0o100644) << 16
            archive.writestr(info, data)
        for name, data in extra:
            archive.writestr(name if isinstance(name, zipfile.ZipInfo) else zipfile.ZipInfo(name), data)
        archive.comment = comment
    if prepend:
        out.write_bytes(prepend + out.read_bytes())  # zipfile finds the archive after the prefix
    return out


def _records(data: bytes, name: str):
    """Offsets of the central directory record and of the local header of entry ``name``."""
    pos = data.index(_CENTRAL)
    while data[pos:pos + 4] == _CENTRAL:
        n, m, k = struct.unpack("<HHH", data[pos + 28:pos + 34])
        offset = struct.unpack("<I", data[pos + 42:pos + 46])[0]
        if data[pos + 46:pos + 46 + n].decode() == name:
            return pos, offset
        pos += 46 + n + m + k
    raise KeyError(name)


def lie(file: Path, name: str, where: tuple = ("central", "local"), **fields: int) -> Path:
    """Overwrite ``crc``, ``compress_size`` or ``file_size`` of entry ``name`` in its central
    directory record, its local header, or both."""
    data = bytearray(file.read_bytes())
    positions = dict(zip(("central", "local"), _records(bytes(data), name)))
    for place in where:
        for field, value in fields.items():
            at = positions[place] + _FIELDS[place][field]
            data[at:at + 4] = struct.pack("<I", value)
    file.write_bytes(bytes(data))
    return file


def flip(file: Path, name: str, at: int = 100) -> Path:
    """Flip one byte of entry ``name``'s stored data (its CRC no longer matches)."""
    data = bytearray(file.read_bytes())
    local = _records(bytes(data), name)[1]
    n, m = struct.unpack("<HH", data[local + 26:local + 30])
    data[local + 30 + n + m + at] ^= 0xFF
    file.write_bytes(bytes(data))
    return file


def info(file: Path, name: str) -> zipfile.ZipInfo:
    with zipfile.ZipFile(file) as archive:
        return archive.getinfo(name)


def crashing_model(model_bin: bytes) -> bytes:
    """model.bin with ``decoder/alignment_layer`` set to 32767: CTranslate2 4.x indexes a layer
    that does not exist (a segmentation fault on this machine)."""
    name = b"decoder/alignment_layer\0"
    at = model_bin.index(name) + len(name) + 6  # rank (1 byte), type (1), byte count (4), then the int16
    return model_bin[:at] + struct.pack("<h", 32767) + model_bin[at + 2:]
