"""Model management: a package is validated before anything is extracted; bad ones are refused."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from localize import packages
from localize.errors import PackageError

META = {"from_code": "en", "to_code": "bg", "package_version": "1.0", "type": "translate"}


def make_package(path: Path, entries: dict[str, bytes] | None = None, extra=(), top="en_bg-x") -> Path:
    files = {
        f"{top}/metadata.json": json.dumps(META).encode(),
        f"{top}/model/model.bin": b"weights",
        f"{top}/sentencepiece.model": b"spm",
    }
    if entries is not None:
        files = entries
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
        for info, data in extra:
            archive.writestr(info, data)
    return path


def symlink_entry(name, target):
    info = zipfile.ZipInfo(name)
    info.external_attr = (0o120777 << 16)
    return info, target.encode()


MALICIOUS = [
    pytest.param(dict(extra=[(zipfile.ZipInfo("../evil.txt"), b"x")]), "leaves the package", id="path-traversal"),
    pytest.param(dict(extra=[(zipfile.ZipInfo("en_bg-x/../../evil.txt"), b"x")]), "leaves the package", id="nested-traversal"),
    pytest.param(dict(extra=[(zipfile.ZipInfo("/tmp/evil.txt"), b"x")]), "absolute", id="absolute-path"),
    pytest.param(dict(extra=[symlink_entry("en_bg-x/link", "/etc/passwd")]), "symbolic link", id="symlink"),
    pytest.param(dict(extra=[(zipfile.ZipInfo("other/file"), b"x")]), "one top-level folder", id="two-top-folders"),
    pytest.param(dict(entries={"en_bg-x/model/model.bin": b"w", "en_bg-x/sentencepiece.model": b"s"}), "metadata.json", id="missing-metadata"),
    pytest.param(dict(entries={"en_bg-x/metadata.json": b"{not json", "en_bg-x/model/model.bin": b"w",
                               "en_bg-x/sentencepiece.model": b"s"}), "not valid JSON", id="broken-metadata"),
    pytest.param(dict(entries={"en_bg-x/metadata.json": b'{"from_code": "en"}', "en_bg-x/model/model.bin": b"w",
                               "en_bg-x/sentencepiece.model": b"s"}), "to_code", id="metadata-without-to-code"),
    pytest.param(dict(entries={"en_bg-x/metadata.json": json.dumps(META).encode(),
                               "en_bg-x/sentencepiece.model": b"s"}), "model.bin", id="no-model"),
    pytest.param(dict(entries={"en_bg-x/metadata.json": json.dumps(META).encode(),
                               "en_bg-x/model/model.bin": b"w"}), "tokenizer", id="no-tokenizer"),
]


@pytest.mark.parametrize("spec, message", MALICIOUS)
def test_malicious_package_is_refused_before_extraction(tmp_path, spec, message):
    file = make_package(tmp_path / "bad.argosmodel", **spec)
    target = tmp_path / "packages"
    with pytest.raises(PackageError, match=message):
        packages.install_file(file, target)
    assert not (tmp_path / "evil.txt").exists()
    assert not target.exists() or list(target.iterdir()) == []


def test_zip_bomb_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(packages, "MAX_UNPACKED_BYTES", 10 * 1024 * 1024)
    bomb = io.BytesIO()
    file = tmp_path / "bomb.argosmodel"
    with zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("en_bg-x/metadata.json", json.dumps(META))
        archive.writestr("en_bg-x/model/model.bin", b"\0" * (11 * 1024 * 1024))  # 11 MB of zeros: ~11 KB zipped
        archive.writestr("en_bg-x/sentencepiece.model", b"s")
    assert file.stat().st_size < 100_000 and not bomb.getvalue()
    with pytest.raises(PackageError, match="unpacks to more than"):
        packages.install_file(file, tmp_path / "packages")
    assert not (tmp_path / "packages").exists() or list((tmp_path / "packages").iterdir()) == []


def test_not_a_zip_is_refused(tmp_path):
    file = tmp_path / "model.argosmodel"
    file.write_bytes(b"PK\x03\x04 this is not really a zip")
    with pytest.raises(PackageError, match="not a zip"):
        packages.validate(file)


def test_bundled_test_packages_are_valid_and_labelled(tmp_path):
    files = sorted((Path(packages.__file__).parent / "data" / "models").glob("*.argosmodel"))
    assert {tuple(packages.validate(f)[k] for k in ("from_code", "to_code")) for f in files} == {
        ("en", "bg"), ("en", "ru"), ("bg", "en")}
    for file in files:
        assert file.stat().st_size < 5 * 1024 * 1024
        with zipfile.ZipFile(file) as archive:
            meta = json.loads(archive.read(packages.validate(file)["_top"] + "/metadata.json"))
        assert "TEST model" in meta["name"] and "not a real translator" in meta["name"]


def test_cli_install_list_remove(runner, tmp_path, monkeypatch):
    from localize.cli import cli
    from localize.demo import TEST_MODELS

    target = tmp_path / "pkgs"
    monkeypatch.setattr(packages, "packages_dirs", lambda packages_dir=None: [Path(packages_dir or target)])
    real_install = packages.install_file
    monkeypatch.setattr(packages, "install_file", lambda path, packages_dir=None: real_install(path, target))
    monkeypatch.setattr(packages, "installed", lambda packages_dir=None, _real=packages.installed: _real(target))
    file = next(TEST_MODELS.glob("translate-en_ru-*.argosmodel"))

    result = runner.invoke(cli, ["models", "install", str(file)])
    assert result.exit_code == 0, result.stderr
    assert "Installed en -> ru" in result.output
    listed = runner.invoke(cli, ["models", "list"])
    assert listed.exit_code == 0
    row = [line.split() for line in listed.output.splitlines() if line.startswith("en ")]
    assert row and row[0][:3] == ["en", "ru", "0.1.0"] and row[0][3].startswith(str(target))
    # reinstalling replaces the package instead of adding a second one
    assert runner.invoke(cli, ["models", "install", str(file)]).exit_code == 0
    assert len(list(target.iterdir())) == 1
    removed = runner.invoke(cli, ["models", "remove", "en", "ru"])
    assert removed.exit_code == 0 and list(target.iterdir()) == []
    again = runner.invoke(cli, ["models", "remove", "en", "ru"])
    assert again.exit_code == 3 and again.stderr.startswith("Error: no installed package")


def test_cli_refuses_bad_package_in_one_line(runner, tmp_path):
    from localize.cli import cli

    file = make_package(tmp_path / "bad.argosmodel", extra=[(zipfile.ZipInfo("../evil"), b"x")])
    result = runner.invoke(cli, ["models", "install", str(file)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "leaves the package folder" in result.stderr


def test_installed_reads_metadata_and_skips_what_is_not_a_translation_package(tmp_path):
    from localize.demo import TEST_MODELS

    packages.install_file(next(TEST_MODELS.glob("translate-en_ru-*.argosmodel")), tmp_path)
    junk = {
        "no-metadata": None, "not-json": "{", "a-list": "[]", "no-codes": '{"type": "translate"}',
        "sbd": '{"type": "sbd", "from_code": "en", "to_code": "en"}',
        "deeply-nested": "[" * 100_000 + "]" * 100_000, "not-utf8": '{"name": "caf\xe9"}',
        ".installing-x": '{"type": "localize-install-in-progress"}',
    }
    for name, text in junk.items():
        (tmp_path / name).mkdir()
        if text is not None:
            (tmp_path / name / "metadata.json").write_bytes(text.encode("latin-1"))
    (tmp_path / "metadata-is-a-folder" / "metadata.json").mkdir(parents=True)
    (tmp_path / "stray-file.txt").write_text("x")
    [pkg] = packages.installed(tmp_path)
    assert (pkg.from_code, pkg.to_code, pkg.version, pkg.target_prefix) == ("en", "ru", "0.1.0", "<2ru>")
    assert "TEST model" in pkg.name and pkg.model_dir.is_dir() and pkg.tokenizer.is_file()


def test_install_is_what_argostranslate_lists_and_imports_no_torch(tmp_path):
    """Installing unpacks the archive itself (argostranslate's install_from_path imports torch, stanza
    and spaCy to clear a cache); argostranslate, in a process of its own, lists the result."""
    from localize.demo import TEST_MODELS

    file = next(TEST_MODELS.glob("translate-en_ru-*.argosmodel"))
    env = {**os.environ, "ARGOS_PACKAGES_DIR": str(tmp_path / "argos")}
    code = ("import sys, json\nfrom localize.cli import main\nsys.argv = ['localize', 'models', 'install', sys.argv[1]]\n"
            "try:\n    main()\nexcept SystemExit as exit:\n    assert not exit.code, exit.code\n"
            "print(json.dumps([m for m in ('torch', 'stanza', 'spacy', 'onnxruntime', 'argostranslate.translate')"
            " if m in sys.modules]))\n")
    result = subprocess.run([sys.executable, "-c", code, str(file)], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
    listing = ("import argostranslate.package as p\n"
               "print([(k.from_code, k.to_code, k.package_version) for k in p.get_installed_packages()])\n")
    result = subprocess.run([sys.executable, "-c", listing], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[('en', 'ru', '0.1.0')]"
    assert sorted(p.name for p in (tmp_path / "argos").iterdir()) == ["translate-en_ru"]


def test_a_failed_unpack_leaves_the_old_package_and_nothing_half_written(tmp_path, monkeypatch):
    from localize.demo import TEST_MODELS

    file = next(TEST_MODELS.glob("translate-en_ru-*.argosmodel"))
    packages.install_file(file, tmp_path)
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    real_open, calls = open, []

    def disk_full(name, mode="r", *args, **kwargs):  # the third file written fails
        if "x" in mode:
            calls.append(name)
            if len(calls) == 3:
                real_open(name, mode).close()
                raise OSError(28, "No space left on device")
        return real_open(name, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", disk_full)
    with pytest.raises(PackageError, match="could not install into .*No space left on device"):
        packages.install_file(file, tmp_path)
    monkeypatch.undo()
    assert len(calls) == 3
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
    [pkg] = packages.installed(tmp_path)
    assert (pkg.from_code, pkg.to_code) == ("en", "ru")
