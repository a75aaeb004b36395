#!/usr/bin/env python3
"""A peer for bench/speed.py: ``argostranslate.translate.translate`` on text files, timed in this process.

Run by speed.py with the interpreter of the environment that holds the peer: plain argostranslate
(spaCy, stanza, torch) in ``build/bench-argos-venv`` (``make bench`` creates it), or argos-translate-lt
(what LibreTranslate runs: no spaCy, no stanza) in localize's own ``.venv``. Both split sentences with
the package's ``minisbd/*.onnx`` (the test packages ship a rule-based one), so neither downloads anything.
ARGOS_PACKAGES_DIR and the XDG folders come from the caller's environment (argostranslate reads them at
import). Imports, model loading and a warm-up are not timed; prints one JSON line.

Usage: python bench/argos_peer.py FROM TO TEXT_FILE...
"""

from __future__ import annotations

import json
import sys
import time
from importlib import metadata
from pathlib import Path


def main() -> None:
    src, tgt, *files = sys.argv[1:]
    started = time.perf_counter()
    import argostranslate.translate as argos

    imported = time.perf_counter() - started
    argos.translate("Warm up.", src, tgt)
    times = []
    for file in files:
        text = Path(file).read_text(encoding="utf-8")
        started = time.perf_counter()
        argos.translate(text, src, tgt)
        times.append(time.perf_counter() - started)
    distribution = next((d for d in ("argostranslate", "argos-translate-lt") if _version(d)), "?")
    print(json.dumps({"distribution": distribution, "version": _version(distribution), "import": imported,
                      "times": times, "heavy": sorted({m.split(".")[0] for m in sys.modules} & {"torch", "spacy", "stanza"})}))


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


if __name__ == "__main__":
    main()
