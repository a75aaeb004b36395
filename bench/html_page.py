"""The HTML layer's cost: the largest corpus page against its text-only Markdown equivalent (`make bench`).

The page (``../shared/corpus/html/``, the largest) is translated en->ru in one process with the models
loaded and the memory off; so is a Markdown document holding exactly the page's translatable units,
one paragraph each (the same segments reach the model). Each is run on fresh text (a run number in
every unit) so nothing is cached; medians of --repeat runs. Prints both times and their ratio.

    python bench/html_page.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "html"
WORK = Path(tempfile.mkdtemp(prefix="localize-bench-html-"))
for name in ("ARGOS_PACKAGES_DIR", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "LOCALIZE_CACHE_DIR"):
    os.environ[name] = str(WORK / name.lower())
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is not there")
        return
    from localize import formats, packages
    from localize.engine import Engine
    from localize.pipeline import translate_document

    for file in sorted((ROOT / "localize" / "data" / "models").glob("*.argosmodel")):
        packages.install_file(file)
    page = max(CORPUS.glob("*.html"), key=lambda p: p.stat().st_size)
    html = page.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
    units = [u.masked.text for u in formats.module("html").read(html).units]
    markdown = "\n\n".join(re.sub(r"\s*⟦/?\d+⟧\s*", " ", u).strip() for u in units) + "\n"
    engine = Engine()

    def fresh(text: str, k: int, fmt: str) -> str:  # a run number in every unit: nothing comes from a cache
        if fmt == "md":
            return re.sub(r"(?m)^(?=\S)", f"R{k} ", text)
        return re.sub(r"(<p[^>]*>)", lambda m: m.group(1) + f"R{k} ", text)

    def timed(text: str, fmt: str, k: int) -> float:
        started = time.perf_counter()
        translate_document(fresh(text, k, fmt), fmt, "en", ["ru"], engine)
        return time.perf_counter() - started

    timed(markdown, "md", 0), timed(html, "html", 0)  # warm-up: models loaded, imports done
    md_times, html_times = [], []
    for k in range(1, args.repeat + 1):
        md_times.append(timed(markdown, "md", k))
        html_times.append(timed(html, "html", k))
    md, ht = statistics.median(md_times), statistics.median(html_times)
    print(f"{page.name}: {len(html.encode()) // 1024} KB of HTML, {len(units)} units; text-only Markdown "
          f"{len(markdown.encode()) // 1024} KB")
    print(f"HTML {ht:.3f} s, Markdown {md:.3f} s: HTML/Markdown = {ht / md:.2f} (medians of {args.repeat}; "
          f"en->ru, test models, models loaded, memory off)")


if __name__ == "__main__":
    main()
