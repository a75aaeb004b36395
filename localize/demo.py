"""``localize demo``: the bundled sample article through the bundled test models.

The test packages are installed (once, and again when they change) into
``LOCALIZE_CACHE_DIR/test-packages`` -- never into the user's ARGOS_PACKAGES_DIR.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

from localize.errors import OutputError
from localize.i18n import _
from localize.memory import cache_dir
from localize.write import atomic_write, check_new, check_writable

DATA = Path(__file__).resolve().parent / "data"
#: The sample glossary the demo enforces: a copy of the repository's glossaries/news.tsv shipped as
#: package data, so an installed localize shows its decisions from any folder (a test keeps them equal).
SAMPLE_GLOSSARY = DATA / "sample-glossary.tsv"
SAMPLE = DATA / "sample-article.md"
TEST_MODELS = DATA / "models"


def test_packages_dir() -> Path:
    return cache_dir() / "test-packages"


def install_test_models(packages_dir: Path | None = None) -> Path:
    """Install the bundled test packages into ``packages_dir`` unless the same files already are."""
    from localize import packages

    packages_dir = Path(packages_dir or test_packages_dir())
    try:
        packages_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(packages_dir, _("cannot hold the test models ({reason}); set LOCALIZE_CACHE_DIR to a "
                                          "writable folder").format(reason=error.strerror or error)) from None
    stamp = packages_dir / ".installed"
    files = sorted(TEST_MODELS.glob("*.argosmodel"))
    digest = hashlib.sha256(b"".join(hashlib.sha256(f.read_bytes()).digest() for f in files)).hexdigest()
    if stamp.exists() and stamp.read_text() == digest and len(packages.installed(packages_dir)) >= len(files):
        return packages_dir
    for child in packages_dir.iterdir():
        if child.is_dir():
            shutil.rmtree(child)
    for file in files:
        packages.install_file(file, packages_dir)
    stamp.write_text(digest)
    return packages_dir


@dataclass
class DemoResult:
    source: Path
    editions: list


def run(output_dir: Path, force: bool = False, targets=("bg", "ru"), warn=None) -> DemoResult:
    from localize.engine import Engine
    from localize.pipeline import output_paths, translate_files

    output_dir = Path(output_dir)
    source = output_dir / SAMPLE.name
    check_writable(output_dir)
    for path in [source] + [path for t in targets for path in output_paths(source, t).all()]:
        check_new(path, force)
    engine = Engine(packages_dir=install_test_models())
    from localize.glossary import load

    glossary = load([SAMPLE_GLOSSARY])
    atomic_write(source, SAMPLE.read_text(encoding="utf-8"), force=force)
    editions = translate_files([str(source)], list(targets), "en", None, force, engine=engine, glossary=glossary,
                               warn=warn)
    return DemoResult(source, editions)
