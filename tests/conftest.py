"""Test set-up: an isolated Argos environment with the bundled test packages installed.

argostranslate reads ARGOS_PACKAGES_DIR and the XDG folders when first imported, so they are set
here, at collection, before any test imports it. Nothing touches the user's real folders.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

_ROOT = Path(tempfile.mkdtemp(prefix="localize-tests-"))
for _name in ("ARGOS_PACKAGES_DIR", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "LOCALIZE_CACHE_DIR"):
    os.environ[_name] = str(_ROOT / _name.lower())
    Path(os.environ[_name]).mkdir(parents=True, exist_ok=True)
os.environ["LANG"] = os.environ["LC_ALL"] = "C.UTF-8"
# int8 kernels differ between CPUs (AVX2 against AVX-512 VNNI) and the tiny test models then change a word
# now and then; float32 decodes them the same on every machine, as the golden file expects.
os.environ["LOCALIZE_COMPUTE_TYPE"] = "float32"

TEST_MODELS = Path(__file__).resolve().parents[1] / "localize" / "data" / "models"
GOLDEN = Path(__file__).resolve().parents[1] / "tools" / "test_models" / "golden.jsonl"


@pytest.fixture(scope="session")
def packages_dir() -> Path:
    """ARGOS_PACKAGES_DIR with en->bg, en->ru and bg->en test packages installed."""
    from localize import packages

    directory = Path(os.environ["ARGOS_PACKAGES_DIR"])
    if len(packages.installed()) < 3:
        for file in sorted(TEST_MODELS.glob("*.argosmodel")):
            packages.install_file(file)
    return directory


@pytest.fixture
def runner():
    from click.testing import CliRunner

    return CliRunner()


@pytest.fixture
def invoke(runner, packages_dir):
    """Run the CLI in-process; returns the Click result (stdout and stderr kept apart)."""
    from localize.cli import cli

    def run(*args, input=None):
        return runner.invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)

    return run

# The data sets' own checkers are scripts, run by tests/test_devset.py, not test modules.
collect_ignore_glob = ["devset*/*.py", "heldout*/*.py"]
