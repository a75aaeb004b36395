"""`models install` never harms another package: hostile package files against a packages folder that
holds three packages. Each refusal is one `Error:` line, exit 2, and leaves the folder byte for byte as
it was; each success replaces only the package of its own pair."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from argos_zips import crashing_model, entries, flip, lie, original, repack
from localize import packages

TOP = "en_bg-localize-test"
EN_BG = original("en_bg")
FILES = entries(EN_BG)
PAIRS = [("bg", "en"), ("en", "bg"), ("en", "ru")]


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A packages folder as a user may have it: bg->en and en->bg unpacked by argostranslate (folders
    named after their archives' folders), en->ru installed by localize."""
    folder = tmp_path_factory.mktemp("argos") / "packages"
    folder.mkdir()
    for pair in ("bg_en", "en_bg"):
        with zipfile.ZipFile(original(pair)) as archive:
            archive.extractall(folder)
    packages.install_file(original("en_ru"), folder)
    assert sorted(p.name for p in folder.iterdir()) == ["bg_en-localize-test", TOP, "translate-en_ru"]
    return folder


@pytest.fixture
def argos_dir(tmp_path, monkeypatch, template) -> Path:
    """A copy of the template, made argostranslate's packages folder for this test only."""
    import argostranslate.settings as settings

    folder = tmp_path / "packages"
    shutil.copytree(template, folder)
    monkeypatch.setattr(settings, "package_data_dir", folder)
    monkeypatch.setattr(settings, "package_dirs", [folder])
    return folder


def snapshot(folder: Path) -> dict:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
            for p in sorted(folder.rglob("*"))}


def tree(folder: Path, name: str) -> dict:
    return {k: v for k, v in snapshot(folder).items() if k == name or k.startswith(name + "/")}


def run(runner, *args):
    from localize.cli import cli

    return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)


def pairs(runner) -> list:
    listed = run(runner, "models", "list")
    assert listed.exit_code == 0, listed.stderr
    return [tuple(line.split()[:2]) for line in listed.stdout.splitlines()[1:]]


def model_with(data: bytes):
    return lambda out: repack(EN_BG, out, files={"model/model.bin": data})


REFUSED = [
    # damaged or lying zips
    pytest.param(lambda out: flip(repack(EN_BG, out, stored=("model/model.bin",)), f"{TOP}/model/model.bin"),
                 f"'{TOP}/model/model.bin' is damaged (Bad CRC-32)", id="crc-stored"),
    pytest.param(lambda out: flip(repack(EN_BG, out), f"{TOP}/model/model.bin", at=5000),
                 f"'{TOP}/model/model.bin' is damaged", id="crc-deflated"),
    pytest.param(lambda out: lie(repack(EN_BG, out), f"{TOP}/README.md", crc=12345),
                 "is damaged (Bad CRC-32)", id="crc-field-wrong"),
    pytest.param(lambda out: lie(repack(EN_BG, out, stored=("model/model.bin",)), f"{TOP}/model/model.bin", file_size=1000),
                 "is damaged (Bad CRC-32)", id="size-lies-low"),
    pytest.param(lambda out: lie(repack(EN_BG, out), f"{TOP}/README.md", file_size=100_000),
                 f"'{TOP}/README.md' holds 231 bytes, not the 100000 bytes it declares", id="size-lies-high"),
    pytest.param(lambda out: lie(repack(EN_BG, out), f"{TOP}/README.md", where=("central",), file_size=10),
                 "local header and the central directory disagree", id="size-central-only"),
    pytest.param(lambda out: lie(repack(EN_BG, out), f"{TOP}/README.md", where=("local",), file_size=10**6),
                 "local header and the central directory disagree", id="size-local-only"),
    pytest.param(lambda out: out.write_bytes(EN_BG.read_bytes()[: EN_BG.stat().st_size // 2]) and out,
                 "not an Argos package (not a zip archive)", id="cut-in-half"),
    pytest.param(lambda out: out.write_bytes(b"") and out or out, "not an Argos package", id="empty-file"),
    pytest.param(lambda out: out.mkdir() or out, "not a file", id="a-folder"),
    # unusable models: refused at install, not at the next translate
    pytest.param(model_with(os.urandom(5000)), "is not a usable model: RuntimeError: Unsupported model binary version",
                 id="garbage-model"),
    pytest.param(model_with(FILES["model/model.bin"][:100_000]), "is not a usable model: RuntimeError: Variable",
                 id="truncated-model"),
    pytest.param(model_with(b""), "is not a usable model: RuntimeError: File model.bin is incomplete", id="empty-model"),
    pytest.param(model_with(crashing_model(FILES["model/model.bin"])), "is not a usable model", id="model-crashes-ct2"),
    pytest.param(lambda out: repack(EN_BG, out, files={"sentencepiece.model": b"\0garbage" * 100}),
                 "is not a usable model: RuntimeError: INTERNAL: could not parse ModelProto from sentencepiece.model",
                 id="garbage-tokenizer"),
    pytest.param(lambda out: repack(EN_BG, out, files={"model/config.json": b"{"}), "is not a usable model",
                 id="broken-model-config"),
    pytest.param(lambda out: repack(EN_BG, out, files={"model/model.bin": None, "model/model.bin/": b""}),
                 "no CTranslate2 model", id="model.bin-is-a-folder"),
    pytest.param(lambda out: repack(EN_BG, out, files={"sentencepiece.model": None, "bpe.model": b"x"}),
                 "is not a usable model: ValueError: bpe.model line 1 is not a BPE merge (two units): 'x'",
                 id="garbage-bpe-codes"),
    pytest.param(lambda out: repack(EN_BG, out, files={"sentencepiece.model": None}),
                 "refused: no tokenizer (en_bg-localize-test/sentencepiece.model or en_bg-localize-test/bpe.model)",
                 id="no-tokenizer"),
    pytest.param(lambda out: repack(EN_BG, out, files={"README.md/": b""}), f"'{TOP}/README.md/' appears twice",
                 id="file-and-folder-same-name"),
    pytest.param(lambda out: repack(EN_BG, out, files={"README.md/x": b"x"}), f"'{TOP}/README.md' is both a file and a folder",
                 id="file-used-as-folder"),
    pytest.param(lambda out: repack(EN_BG, out, files={"model": b"x"}), "'en_bg-localize-test/model' appears twice",
                 id="file-over-folder"),
    # names
    pytest.param(lambda out: repack(EN_BG, out, extra=[(f"{TOP}/metadata.json", json.dumps(
        {"from_code": "bg", "to_code": "en"}).encode())]), f"'{TOP}/metadata.json' appears twice", id="duplicate-entry"),
    pytest.param(lambda out: repack(EN_BG, out, extra=[(f"{TOP}/./README.md", b"x")]), "appears twice",
                 id="duplicate-after-normalising"),
    pytest.param(lambda out: repack(EN_BG, out, extra=[(f"{TOP}\\evil", b"x")]), "absolute or non-portable path",
                 id="backslash"),
    pytest.param(lambda out: repack(EN_BG, out, extra=[(f"{TOP}/a\nb", b"x")]), "absolute or non-portable path",
                 id="control-character"),
    # metadata.json
    pytest.param(lambda out: repack(EN_BG, out, metadata=b"[]"), "metadata.json is not a JSON object", id="meta-list"),
    pytest.param(lambda out: repack(EN_BG, out, metadata=b'{"from_code": "en", "to_code": "bg", "x": "'
                                    + b"a" * 2_000_000 + b'"}'), "metadata.json is larger than 1 MB", id="meta-huge"),
    pytest.param(lambda out: repack(EN_BG, out, metadata='{"from_code": "en", "to_code": "bg", "name": "café"}'.encode(
        "latin-1")), "metadata.json is not valid JSON", id="meta-not-utf8"),
    pytest.param(lambda out: repack(EN_BG, out, metadata=b"\xef\xbb\xbf" + json.dumps(
        json.loads(FILES["metadata.json"])).encode()), "metadata.json is not valid JSON", id="meta-bom"),
    pytest.param(lambda out: repack(EN_BG, out, metadata=b"[" * 100_000 + b"]" * 100_000),
                 "metadata.json is not valid JSON", id="meta-deeply-nested"),
    pytest.param(lambda out: repack(EN_BG, out, metadata={"to_code": "en"}), "translates en into itself", id="from-is-to"),
    pytest.param(lambda out: repack(EN_BG, out, metadata={"to_code": "../x"}), "no valid to_code", id="code-with-path"),
    pytest.param(lambda out: repack(EN_BG, out, metadata={"from_code": "en/bg"}), "no valid from_code", id="code-with-slash"),
    pytest.param(lambda out: repack(EN_BG, out, metadata={"to_code": "bg\n"}), "no valid to_code", id="code-with-newline"),
    pytest.param(lambda out: repack(EN_BG, out, metadata={"to_code": ["bg"]}), "no valid to_code", id="code-not-a-string"),
    pytest.param(lambda out: repack(EN_BG, out, metadata={"type": "sbd"}), "not a translation package (type 'sbd')",
                 id="type-sbd"),
    pytest.param(lambda out: repack(EN_BG, out, metadata={"target_prefix": ["<2bg>"]}), "no valid target_prefix",
                 id="prefix-not-a-string"),
    pytest.param(lambda out: repack(EN_BG, out, metadata={"package_version": "1.0\nen  de  9.9  /fake"}),
                 "no valid package_version", id="version-with-newline"),
]


@pytest.mark.parametrize("build, message", REFUSED)
def test_a_hostile_package_is_one_error_line_and_changes_nothing(runner, argos_dir, tmp_path, build, message):
    before = snapshot(argos_dir)
    file = build(tmp_path / "hostile.argosmodel")
    result = run(runner, "models", "install", file)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith(f"Error: {file}: ") and result.stderr.count("\n") == 1, result.stderr
    assert message in result.stderr
    assert snapshot(argos_dir) == before
    assert pairs(runner) == PAIRS


ACCEPTED = [
    # the case: an en->bg package whose folder is named like the installed bg->en one
    pytest.param(lambda out: repack(EN_BG, out, top="bg_en-localize-test"), id="named-like-another-pair"),
    pytest.param(lambda out: repack(EN_BG, out, top="translate-en_ru"), id="named-like-localize-folder-of-en-ru"),
    pytest.param(lambda out: repack(EN_BG, out, top="x"), id="any-folder-name"),
    pytest.param(lambda out: shutil.copy(EN_BG, out) and out, id="the-bundled-file"),
    pytest.param(lambda out: repack(EN_BG, out, comment=b"a zip comment"), id="zip-comment"),
    pytest.param(lambda out: repack(EN_BG, out, prepend=b"#!/bin/sh\nexit 0\n" * 50), id="data-before-the-zip"),
    pytest.param(lambda out: repack(EN_BG, out, method=zipfile.ZIP_STORED), id="stored"),
    pytest.param(lambda out: repack(EN_BG, out, method=zipfile.ZIP_LZMA), id="lzma"),
    pytest.param(lambda out: repack(EN_BG, out, files={"model/model.bin": FILES["model/model.bin"][:3000] + bytes(
        [FILES["model/model.bin"][3000] ^ 0xFF]) + FILES["model/model.bin"][3001:]}), id="a-flipped-weight-still-loads"),
]


@pytest.mark.parametrize("build", ACCEPTED)
def test_installing_replaces_only_the_package_of_its_own_pair(runner, argos_dir, tmp_path, build):
    others = {name: tree(argos_dir, name) for name in ("bg_en-localize-test", "translate-en_ru")}
    file = build(tmp_path / "en_bg.argosmodel")
    result = run(runner, "models", "install", file)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"Installed en -> bg 0.1.0 in {argos_dir / 'translate-en_bg'}\n"
    assert sorted(p.name for p in argos_dir.iterdir()) == ["bg_en-localize-test", "translate-en_bg", "translate-en_ru"]
    assert {name: tree(argos_dir, name) for name in others} == others
    assert pairs(runner) == PAIRS
    again = run(runner, "models", "install", file)  # reinstalling: the same folder, replaced
    assert again.exit_code == 0 and sorted(p.name for p in argos_dir.iterdir()) == [
        "bg_en-localize-test", "translate-en_bg", "translate-en_ru"]
    assert {name: tree(argos_dir, name) for name in others} == others


def test_all_packages_of_the_pair_are_replaced_and_argostranslate_lists_the_result(runner, argos_dir, tmp_path):
    shutil.copytree(argos_dir / TOP, argos_dir / "en_bg-older")  # two en->bg packages, as argostranslate allows
    result = run(runner, "models", "install", EN_BG)
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in argos_dir.iterdir()) == ["bg_en-localize-test", "translate-en_bg", "translate-en_ru"]
    listing = ("import argostranslate.package as p\n"
               "print(sorted((k.from_code, k.to_code) for k in p.get_installed_packages()))\n")
    env = {**os.environ, "ARGOS_PACKAGES_DIR": str(argos_dir)}
    listed = subprocess.run([sys.executable, "-c", listing], capture_output=True, text=True, env=env)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.strip() == str(PAIRS)


def test_a_folder_with_the_name_that_holds_another_pair_is_left_alone(runner, argos_dir):
    (argos_dir / "bg_en-localize-test").rename(argos_dir / "translate-en_bg")  # bg->en under en->bg's name
    (argos_dir / "translate-en_bg-2").mkdir()  # not a package at all
    before = {name: tree(argos_dir, name) for name in ("translate-en_bg", "translate-en_bg-2")}
    result = run(runner, "models", "install", EN_BG)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.endswith(f" in {argos_dir / 'translate-en_bg-3'}\n")
    assert {name: tree(argos_dir, name) for name in before} == before
    assert sorted(p.name for p in argos_dir.iterdir()) == [
        "translate-en_bg", "translate-en_bg-2", "translate-en_bg-3", "translate-en_ru"]
    assert pairs(runner) == PAIRS


def test_a_zip_bomb_is_refused_before_extraction(runner, argos_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(packages, "MAX_UNPACKED_BYTES", 10 * 1024**2)
    before = snapshot(argos_dir)
    file = repack(EN_BG, tmp_path / "bomb.argosmodel", files={"model/model.bin": bytes(11 * 1024**2)})
    assert file.stat().st_size < 1024**2
    result = run(runner, "models", "install", file)
    assert result.exit_code == 2 and result.stderr == f"Error: {file}: refused: unpacks to more than 10 MB\n"
    assert snapshot(argos_dir) == before


def test_unpacking_stops_when_the_bytes_pass_the_budget(runner, argos_dir, tmp_path, monkeypatch):
    """The declared sizes passed validate(); the bytes actually inflated are counted too (here the
    budget shrinks after the check, as if the entries had understated their sizes)."""
    real_validate = packages.validate

    def validate_then_shrink(path):
        metadata = real_validate(path)
        monkeypatch.setattr(packages, "MAX_UNPACKED_BYTES", 1024**2)
        return metadata

    monkeypatch.setattr(packages, "validate", validate_then_shrink)
    before = snapshot(argos_dir)
    result = run(runner, "models", "install", EN_BG)
    assert result.exit_code == 2 and result.stderr == f"Error: {EN_BG}: refused: unpacks to more than 1 MB\n"
    assert snapshot(argos_dir) == before


def test_the_smoke_load_is_in_a_process_of_its_own_and_uses_the_target_prefix(tmp_path, monkeypatch):
    seen = []
    real_run = subprocess.run

    def spy(args, **kwargs):
        seen.append(args)
        return real_run(args, **kwargs)

    monkeypatch.setattr(subprocess, "run", spy)
    packages.install_file(EN_BG, tmp_path)
    [args] = seen
    # model, tokenizer, target prefix, then the pair (Moses needs the languages of a BPE package)
    assert args[0] == sys.executable and args[-5:-2] == [args[-5], args[-4], "<2bg>"] and args[-2:] == ["en", "bg"]
    assert args[-5].endswith(os.sep + "model") and args[-4].endswith(os.sep + "sentencepiece.model")


@pytest.mark.parametrize("codes", [["../..", "x"], ["en/../bg", "ru"], ["", ""], ["*", "*"], ["en", "bg\n"],
                                   ["translate-en_ru", "x"], ["EN", "BG"]], ids=repr)
def test_remove_with_odd_codes_touches_nothing(runner, argos_dir, codes):
    before = snapshot(argos_dir)
    result = run(runner, "models", "remove", *codes)
    assert result.exit_code == 3 and result.stderr.startswith("Error: no installed package for ")
    assert result.stderr.count("\n") == 1
    assert snapshot(argos_dir) == before


def test_remove_takes_only_its_pair_and_a_failure_leaves_the_package(runner, argos_dir, monkeypatch):
    others = {name: tree(argos_dir, name) for name in ("bg_en-localize-test", "translate-en_ru")}
    before = snapshot(argos_dir)
    real_rename = Path.rename

    def read_only(self, target):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(Path, "rename", read_only)
    result = run(runner, "models", "remove", "en", "bg")
    assert result.exit_code == 2 and result.stderr == (
        f"Error: {argos_dir / TOP}: could not remove it: Read-only file system\n")
    assert snapshot(argos_dir) == before
    monkeypatch.setattr(Path, "rename", real_rename)
    result = run(runner, "models", "remove", "en", "bg")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in argos_dir.iterdir()) == ["bg_en-localize-test", "translate-en_ru"]
    assert {name: tree(argos_dir, name) for name in others} == others


def test_a_failed_swap_puts_the_old_package_back(runner, argos_dir, monkeypatch):
    before = snapshot(argos_dir)
    real_rename = Path.rename

    def fail_on_moving_in(self, target):
        if Path(target).name == "translate-en_bg":
            raise OSError(28, "No space left on device")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", fail_on_moving_in)
    result = run(runner, "models", "install", EN_BG)
    assert result.exit_code == 2 and "No space left on device" in result.stderr and result.stderr.count("\n") == 1
    assert snapshot(argos_dir) == before


def test_a_packages_folder_that_cannot_be_written_is_one_error_line(runner, argos_dir, monkeypatch):
    import tempfile

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    before = snapshot(argos_dir)
    monkeypatch.setattr(tempfile, "mkdtemp", denied)
    result = run(runner, "models", "install", EN_BG)
    assert result.exit_code == 2
    assert result.stderr == f"Error: {EN_BG}: could not install into {argos_dir}: Permission denied\n"
    assert snapshot(argos_dir) == before


def test_argostranslate_can_list_the_folder_while_a_package_is_being_installed(argos_dir, monkeypatch):
    """The staging folder carries a metadata.json of its own type: argostranslate, which fails on a
    folder without one, lists it and its translation side ignores it; localize does not list it."""
    import argostranslate.package

    seen = {}
    real_smoke = packages.smoke_test

    def look_then_smoke(path, folder, prefix="", *pair_and_tokenizer):
        seen["argos"] = sorted((p.type, p.from_code, p.to_code) for p in argostranslate.package.get_installed_packages())
        seen["localize"] = [(p.from_code, p.to_code) for p in packages.installed()]
        return real_smoke(path, folder, prefix, *pair_and_tokenizer)

    monkeypatch.setattr(packages, "smoke_test", look_then_smoke)
    packages.install_file(EN_BG)
    assert seen["argos"] == [("localize-install-in-progress", None, None)] + [("translate", *p) for p in PAIRS]
    assert seen["localize"] == PAIRS


def test_a_staging_folder_left_by_a_killed_install_is_cleared_after_an_hour(argos_dir):
    old, recent = argos_dir / ".installing-old", argos_dir / ".installing-recent"
    for folder in (old, recent):
        (folder / "package").mkdir(parents=True)
    hours_ago = time.time() - 2 * 3600
    os.utime(old, (hours_ago, hours_ago))
    packages.install_file(EN_BG)
    assert not old.exists() and recent.exists()
    assert [(p.from_code, p.to_code) for p in packages.installed()] == PAIRS


@pytest.mark.parametrize("args", [["models", "list"], ["models", "install", str(EN_BG)], ["models", "remove", "en", "bg"]])
def test_an_unusable_packages_folder_is_one_error_line(tmp_path, args):
    (tmp_path / "a-file").write_text("x")
    env = {**os.environ, "ARGOS_PACKAGES_DIR": str(tmp_path / "a-file" / "packages")}
    result = subprocess.run([sys.executable, "-m", "localize", *args], capture_output=True, text=True, env=env)
    assert result.returncode == 2, result.stderr
    assert result.stderr == f"Error: {tmp_path / 'a-file' / 'packages'}: cannot create the Argos packages folder: Not a directory\n"



@pytest.mark.parametrize("name, data, message", [
    ("model/model.bin", b"garbage!" * 100, "is not a usable model: RuntimeError: Unsupported model binary version"),
    ("model/model.bin", b"\0" * 100, "is not a usable model: IndexError: variable"),
    ("sentencepiece.model", b"\0garbage", "is not a usable model: RuntimeError: Internal: could not parse ModelProto"),
], ids=["garbage-model", "zeroed-model", "garbage-tokenizer"])
def test_a_damaged_package_copied_in_by_other_means_is_one_error_line_when_translating(
        runner, argos_dir, tmp_path, name, data, message):
    (argos_dir / TOP / name).write_bytes(data)
    source = tmp_path / "story.txt"
    source.write_text("Russia and China signed an agreement.\n")
    result = run(runner, "translate", source, "-t", "bg", "--no-review")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {argos_dir / TOP}: ") and result.stderr.count("\n") == 1, result.stderr
    assert message.lower() in result.stderr.lower()
    assert not (tmp_path / "story.bg.txt").exists()
