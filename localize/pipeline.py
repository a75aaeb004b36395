"""The pipeline, stage by stage: read -> segment -> (protect) -> translate -> write.

``translate_document`` works on text in memory; ``translate_files`` plans every output first
(inputs readable, languages known, models installed, outputs new or ``force``d, folders writable),
so that a run that cannot finish fails before it writes anything, then writes each edition atomically.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from localize import formats, inputs
from localize.engine import Engine
from localize.errors import UsageError
from localize.i18n import _
from localize.segment import segment_document
from localize.write import atomic_write, check_new, check_writable


@dataclass
class Edition:
    """One translated document in one language."""

    lang: str
    text: str
    segments: int
    problems: list[str] = field(default_factory=list)
    source: str = ""
    path: Path | None = None
    seconds: float = 0.0


def check_language(code: str) -> str:
    """A known ISO 639 language code (Babel's CLDR data decides), lower-cased.

    >>> check_language("BG")
    'bg'
    >>> check_language("xx")
    Traceback (most recent call last):
    ...
    localize.errors.UsageError: unknown language code 'xx'; use an ISO 639-1 code such as en, bg or ru
    """
    from babel import Locale, UnknownLocaleError

    normal = code.strip().lower()
    try:
        if not normal.isalpha() or not 2 <= len(normal) <= 3:
            raise ValueError(normal)
        Locale.parse(normal)
    except (ValueError, UnknownLocaleError):
        raise UsageError(_("unknown language code '{code}'; use an ISO 639-1 code such as en, bg or ru").format(code=code)) from None
    return normal


def translate_document(text: str, fmt: str, src: str, targets: list[str], engine: Engine) -> dict[str, Edition]:
    """Editions of one document (already decoded, LF line ends) in each target language."""
    reader = formats.module(fmt)
    document = reader.read(text)
    segments = segment_document(document.units)
    editions = {}
    for tgt in targets:
        started = time.perf_counter()
        outputs = engine.translate([s.source for s in segments], src, tgt)
        units = [""] * len(document.units)
        for segment, output in zip(segments, outputs):
            units[segment.unit] += segment.separator + output
        edited, problems = reader.write(document, units)
        editions[tgt] = Edition(tgt, edited, len(segments), problems, seconds=time.perf_counter() - started)
    return editions


def translate_text(text: str, src: str, tgt: str, fmt: str = "txt", engine: Engine | None = None) -> str:
    """Translate a string (plain text or Markdown) with the installed packages."""
    return translate_document(text, fmt, src, [tgt], engine or Engine())[tgt].text


def output_path(source: Path, lang: str, out_dir: Path | None) -> Path:
    """``DIR/STEM.LANG.EXT`` for a source ``STEM.EXT``.

    >>> output_path(Path("news/story.md"), "bg", None).as_posix()
    'news/story.bg.md'
    >>> output_path(Path("story"), "ru", Path("out")).as_posix()
    'out/story.ru'
    """
    directory = out_dir if out_dir is not None else source.parent
    stem, ext = source.stem if source.suffix else source.name, source.suffix
    return directory / f"{stem}.{lang}{ext}"


def translate_files(sources: list[str], targets: list[str], src: str = "en", out_dir: Path | None = None,
                    force: bool = False, fmt: str = "auto", engine: Engine | None = None,
                    progress: Callable[[str, str], None] | None = None) -> list[Edition]:
    """Translate files into editions written beside them (or in ``out_dir``); returns the editions.

    A source ``-`` is standard input; its edition is returned with ``path=None`` and not written.
    """
    engine = engine or Engine()
    src = check_language(src)
    targets = list(dict.fromkeys(check_language(t) for t in targets))
    if not targets:
        raise UsageError(_("name at least one target language with -t"))
    if "-" in sources and (len(sources) > 1 or len(targets) > 1):
        raise UsageError(_("standard input (-) takes exactly one input and one -t language"))
    for tgt in targets:
        if tgt == src:
            raise UsageError(_("the target language {lang} is the source language").format(lang=tgt))

    # read and plan everything before translating anything
    plan = []
    for source in sources:
        text, newline = inputs.read_source(source)
        kind = formats.detect(None if source == "-" else source, fmt)
        outputs = {}
        if source != "-":
            for tgt in targets:
                path = output_path(Path(source), tgt, out_dir)
                check_new(path, force)
                outputs[tgt] = path
        plan.append((source, text, newline, kind, outputs))
    for tgt in targets:
        engine.route(src, tgt)  # MissingModelError now, not after the first edition
    for directory in {p.parent for *_, outputs in plan for p in outputs.values()}:
        check_writable(directory)

    editions = []
    for source, text, newline, kind, outputs in plan:
        for tgt, edition in translate_document(text, kind, src, targets, engine).items():
            edition.source = source
            if source != "-":
                edition.path = outputs[tgt]
                atomic_write(edition.path, edition.text, newline, force=force)
            else:
                edition.text = edition.text.replace("\n", newline)
            editions.append(edition)
            if progress:
                progress(source, tgt)
    return editions
