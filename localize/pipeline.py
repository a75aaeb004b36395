"""The pipeline, stage by stage: read -> protect (glossary terms, quantities) -> segment -> translate
(memory first, then the engine) -> enforce the glossary -> localise -> write the edition and review files.

``translate_document`` works on text in memory; ``translate_files`` plans every output first
(inputs readable, languages known, models installed, outputs new or ``force``d, folders writable),
so that a run that cannot finish fails before it writes anything, then writes each edition atomically.
"""

from __future__ import annotations

import json
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from localize import formats, inputs
from localize.engine import Engine
from localize.errors import UsageError
from localize.i18n import _
from localize.segment import segment_document
from localize.write import atomic_write, check_new, check_writable, same_file


@dataclass
class Edition:
    """One translated document in one language."""

    lang: str
    text: str
    problems: list[str] = field(default_factory=list)
    source: str = ""
    path: Path | None = None
    seconds: float = 0.0
    terms: object = None  # enforce.TermReport
    terms_path: Path | None = None
    outputs: OutputPaths | None = None  # the edition's files, when written
    document: object = None  # model.Document, for review files
    segments: list = field(default_factory=list)  # model.Segment, with .targets[lang]
    reused: set = field(default_factory=set)  # ids of segments taken from approved human translations
    decoded: int = 0  # segments the model decoded (the rest came from the translation memory)


def check_language(code: str) -> str:
    """A known ISO 639 language code (Babel's CLDR data decides), lower-cased.

    >>> check_language("BG")
    'bg'
    >>> check_language("xx")
    Traceback (most recent call last):
    ...
    localize.errors.UsageError: unknown language code 'xx'; use an ISO 639-1 code such as en, bg or ru
    """
    from babel import localedata

    normal = code.strip().lower()
    try:
        if not normal.isalpha() or not 2 <= len(normal) <= 3 or not localedata.exists(normal):
            raise ValueError(normal)
    except ValueError:
        raise UsageError(_("unknown language code '{code}'; use an ISO 639-1 code such as en, bg or ru").format(code=code)) from None
    return normal


def translate_document(text: str, fmt: str, src: str, targets: list[str], engine: Engine,
                       glossary=None, memory=None) -> dict[str, Edition]:
    """Editions of one document (already decoded, LF line ends) in each target language.

    read -> protect glossary terms -> segment -> (memory) -> translate -> enforce the glossary -> write.
    With a ``memory.Memory``, approved human segments are reused first, then machine segments this
    model already made; only the rest is decoded (in one batch), and stored.
    """
    from localize.terms.forms import GENDER_HINTS, infer_genders

    hints = infer_genders(glossary.entries, text) if glossary is not None and src == "en" else {}
    token = GENDER_HINTS.set(hints)  # a name with no gender in the glossary: the article's pronouns decide
    try:
        return _translate_document(text, fmt, src, targets, engine, glossary, memory)
    finally:
        GENDER_HINTS.reset(token)


def _translate_document(text, fmt, src, targets, engine, glossary, memory) -> dict[str, Edition]:
    from localize.enforce import Inflector, TermReport, check_terms, render_terms
    from localize.localise import check_numbers, render_quantities, typography

    reader = formats.module(fmt)
    document, segments = prepare(text, fmt, src, glossary)
    editions = {}
    inflector = Inflector(memory)
    started = time.perf_counter()
    translated = _translate_segments(segments, document, src, targets, engine, glossary, memory)
    retranslated = _retranslate_lost_terms(segments, document, src, targets, engine, translated, glossary, memory,
                                           inflector)
    for tgt in targets:
        outputs, reused = translated[tgt]
        report = TermReport(tgt)
        units = [""] * len(document.units)
        depth: dict[int, int] = {}
        for index, (segment, output) in enumerate(zip(segments, outputs)):
            masked = document.units[segment.unit].masked
            if index in reused:
                decisions = check_terms(output, masked, tgt, segment.id, inflector)
            else:
                decisions, skip = [], set()
                if (tgt, index) in retranslated:  # placeholders lost, and found again by retranslating
                    output, decisions, skip = retranslated[(tgt, index)]
                output, more = render_terms(output, masked, tgt, segment.id, inflector, skip)
                decisions += more
                numbers = check_numbers(segment.source, output, segment.id)
                output, rendered = render_quantities(output, masked, tgt, segment.id)
                numbers += rendered
                output, depth[segment.unit] = typography(output, tgt, depth.get(segment.unit, 0),
                                                         keep=[d.output for d in decisions if d.output])
                report.quantities += numbers
            report.decisions += decisions
            segment.targets[tgt] = output
            units[segment.unit] += segment.separator + output
        inflector.save()
        if memory is not None and getattr(memory, "enabled", True):
            _describe(memory, segments, document, outputs, reused, src, tgt, engine, glossary)
        edited, problems = reader.write(document, units, lang=tgt)
        editions[tgt] = Edition(tgt, edited, problems, seconds=time.perf_counter() - started,
                                terms=report, document=document, segments=segments,
                                reused={segments[i].id for i in reused}, decoded=len(segments) - outputs.hits)
    return editions


def _describe(memory, segments, document, outputs, reused, src, tgt, engine, glossary) -> None:
    """Tell the memory how its machine segments read (for ``tm export``): the source with terms and
    quantities spelled out, the translation as the edition has it; placeholders only for markup."""
    from localize.enforce import expand_terms
    from localize.memory import canonical, renumber
    from localize.review.xliff import hugged

    rows = []
    for index, segment in enumerate(segments):
        if index in reused or not segment.source.strip():
            continue
        masked = document.units[segment.unit].masked
        source, mapping = canonical(_as_text(hugged(expand_terms(segment.source, masked), masked), masked))
        target = renumber(_as_text(hugged(segment.targets[tgt], masked), masked), mapping)
        rows.append((canonical(segment.source)[0], source, target))
    memory.describe(src, tgt, rows, _memory_context(engine, src, tgt, glossary))


_NOT_MARKUP = re.compile(r"(?:[\x00-\x1f\x7f-\x9f](?:\[[0-9;]*[A-Za-z])?|\s)+|[a-z][a-z0-9+.-]*://\S+", re.IGNORECASE)


def _as_text(text: str, masked) -> str:
    """Atoms that are text rather than markup (control characters, bare URLs) written as they are."""
    def put(match: re.Match) -> str:
        original = masked.atoms.get(int(match.group(1)))
        return original if original is not None and _NOT_MARKUP.fullmatch(original) else match.group(0)

    return re.sub(r"⟦(\d+)⟧", put, text)


def prepare(text: str, fmt: str, src: str, glossary=None):
    """Read, protect and segment a document: (``model.Document``, segments). The segments' ``source``
    texts are exactly what goes to the model: markup, glossary terms and quantities as placeholders."""
    from localize.enforce import locate, protect_terms

    document = formats.module(fmt).read(text)
    slots = []
    if glossary is not None and glossary.entries:
        from localize.glossary.match import Matcher

        matcher = Matcher(glossary.entries)
        for index, unit in enumerate(document.units):
            slots += protect_terms(unit.masked, matcher, index)
    quantities = []
    if src == "en":  # the patterns are English ones
        from localize.localise import protect_quantities

        for index, unit in enumerate(document.units):
            quantities += protect_quantities(unit.masked, index)
    segments = segment_document(document.units)
    locate(slots, segments)
    locate(quantities, segments)
    if slots:
        from localize.enforce import source_offsets

        source_offsets(slots, segments, document.units)
    return document, segments


def _memory_context(engine, src, tgt, glossary) -> str:
    """What a machine segment in the memory depends on besides its source: the models and glossaries."""
    return engine.fingerprint(src, tgt) + ":" + ",".join(h for _, h in (glossary.files if glossary else []))


def _retranslate_lost_terms(segments, document, src, targets, engine, translated, glossary, memory,
                            inflector=None) -> dict:
    """The fallback for term placeholders a model lost: those segments are translated again (one batch
    per target, through the memory like any machine segment) with the lost terms spelled out, and each
    term's rendering is found and repaired.
    Returns {(target, segment index): (output, decisions, slot ids handled)} for the ones that worked."""
    from localize.enforce import lost_slots, repair_retranslation, spell_out
    from localize.memory import canonical, renumber

    found = {}
    for tgt in targets:
        outputs, reused = translated[tgt]
        todo = []
        for index, (segment, output) in enumerate(zip(segments, outputs)):
            if index in reused:
                continue
            lost = lost_slots(output, document.units[segment.unit].masked, segment.id)
            if lost:
                todo.append((index, lost, spell_out(segment.source, lost)))
        if not todo:
            continue
        again: list = [None] * len(todo)
        keys = [canonical(spelled) for _i, _lost, spelled in todo]
        if memory is not None:
            context = _memory_context(engine, src, tgt, glossary)
            known = memory.lookup(src, tgt, [k for k, _ in keys], "machine", context)
            for n, (key, mapping) in enumerate(keys):
                if key in known:
                    again[n] = renumber(known[key], {v: k for k, v in mapping.items()})
        missing = [n for n, output in enumerate(again) if output is None]
        if missing:
            for n, output in zip(missing, engine.translate([todo[n][2] for n in missing], src, tgt)):
                again[n] = output
            if memory is not None:
                memory.store(src, tgt, [(keys[n][0], keys[n][0], renumber(again[n], keys[n][1])) for n in missing],
                             "machine", context)
        for (index, lost, spelled), output in zip(todo, again):
            if any(f"⟦{slot.id}⟧" in output for slot in lost):
                continue
            repaired = repair_retranslation(output, spelled, lost, tgt, segments[index].id, inflector)
            if repaired is not None:
                found[(tgt, index)] = (*repaired, {slot.id for slot in lost})
    return found


class _Outputs(list):
    hits: int = 0


def _translate_segments(segments, document, src, targets, engine, glossary, memory):
    """{target: (outputs, indexes of reused human segments)}: memory first, then the engine for the
    rest -- all targets decoded at once (``Engine.translate_many``), one batch each."""
    from localize.enforce import expand_terms
    from localize.memory import canonical, renumber

    results, contexts = {}, {}
    machine_keys = human_keys = []
    if memory is not None:  # keys are only needed to look segments up
        machine_keys = [canonical(s.source) for s in segments]
        human_keys = [canonical(expand_terms(s.source, document.units[s.unit].masked)) for s in segments]
    for tgt in targets:
        outputs = _Outputs([None] * len(segments))
        reused: set[int] = set()
        if memory is not None:
            human = memory.lookup(src, tgt, [k for k, _ in human_keys], "human")
            for i, (key, mapping) in enumerate(human_keys):
                if key in human:
                    outputs[i] = renumber(human[key], {v: k for k, v in mapping.items()})
                    reused.add(i)
            contexts[tgt] = _memory_context(engine, src, tgt, glossary)
            machine = memory.lookup(src, tgt, [k for k, _ in machine_keys], "machine", contexts[tgt])
            for i, (key, mapping) in enumerate(machine_keys):
                if outputs[i] is None and key in machine:
                    outputs[i] = renumber(machine[key], {v: k for k, v in mapping.items()})
            outputs.hits = sum(o is not None for o in outputs)
        results[tgt] = (outputs, reused)
    todo = {tgt: [i for i, o in enumerate(results[tgt][0]) if o is None] for tgt in targets}
    requests = [([segments[i].source for i in todo[tgt]], src, tgt) for tgt in targets]
    many = getattr(engine, "translate_many", None)  # an engine needs only route() and translate()
    decoded = many(requests) if many else [engine.translate(*r) if r[0] else [] for r in requests]
    for tgt, new in zip(targets, decoded):
        outputs = results[tgt][0]
        for i, output in zip(todo[tgt], new):
            outputs[i] = output
        if memory is not None and todo[tgt]:
            rows = []
            for i in todo[tgt]:
                key, mapping = machine_keys[i]
                rows.append((key, key, renumber(outputs[i], mapping)))
            memory.store(src, tgt, rows, "machine", contexts[tgt])
    return results


def translate_text(text: str, src: str, tgt: str, fmt: str = "txt", engine: Engine | None = None) -> str:
    """Translate a string (plain text or Markdown) with the installed packages."""
    return translate_document(text, fmt, src, [tgt], engine or Engine())[tgt].text


@dataclass(frozen=True)
class OutputPaths:
    """The files one input makes in one language: ``DIR/STEM.LANG.EXT`` and its companions
    ``STEM.LANG.review.html``, ``STEM.LANG.xlf`` and ``STEM.LANG.terms.json``."""

    edition: Path
    review: Path
    xliff: Path
    terms: Path

    def all(self, review: bool = True) -> list[Path]:
        return [self.edition, self.terms] + ([self.xliff, self.review] if review else [])


def output_paths(source: Path, lang: str, out_dir: Path | None = None) -> OutputPaths:
    """Where the edition of ``source`` in ``lang`` and its companions go (DIR defaults to the source's).

    An input without an extension still gets the language in every name:

    >>> [p.as_posix() for p in output_paths(Path("news/story.md"), "bg").all()]
    ['news/story.bg.md', 'news/story.bg.terms.json', 'news/story.bg.xlf', 'news/story.bg.review.html']
    >>> [p.as_posix() for p in output_paths(Path("story"), "ru", Path("out")).all()]
    ['out/story.ru', 'out/story.ru.terms.json', 'out/story.ru.xlf', 'out/story.ru.review.html']
    """
    source = Path(source)
    directory = out_dir if out_dir is not None else source.parent
    base = f"{source.stem}.{lang}" if source.suffix else f"{source.name}.{lang}"
    return OutputPaths(edition=directory / (base + source.suffix), review=directory / (base + ".review.html"),
                       xliff=directory / (base + ".xlf"), terms=directory / (base + ".terms.json"))


def edition_for_xliff(xliff: Path, source: Path) -> Path:
    """The edition a ``STEM.LANG.xlf`` stands beside (``STEM.LANG`` plus the source's extension): what
    ``review import`` may write, whatever the XLIFF itself says.

    >>> edition_for_xliff(Path("out/story.ru.xlf"), Path("/news/story.md")).as_posix()
    'out/story.ru.md'
    """
    return Path(xliff).with_suffix(Path(source).suffix)


def plan_outputs(sources: list[str], targets: list[str], out_dir: Path | None, review: bool,
                 force: bool) -> dict[tuple[str, str], OutputPaths]:
    """Every output of a run, checked as a whole before anything is written: no two outputs are the
    same file, no output is an input, and an output that exists is replaced only with ``force``."""
    from localize.errors import OutputError

    planned: dict[tuple[str, str], OutputPaths] = {}
    claimed: dict[str, Path] = {}
    inputs_resolved = {os.path.realpath(s): Path(s) for s in sources if s != "-"}
    for source in sources:
        if source == "-":
            continue
        for tgt in targets:
            paths = output_paths(Path(source), tgt, out_dir)
            for path in paths.all(review):
                key = os.path.realpath(path)
                if key in inputs_resolved or any(same_file(path, s) for s in inputs_resolved.values()):
                    raise OutputError(path, _("is one of the inputs; an input is never overwritten "
                                              "(rename it, or use -o DIR)"))
                if key in claimed:
                    raise OutputError(path, _("would be written twice in this run (for {first} and {second}); "
                                              "use -o DIR or rename an input").format(first=claimed[key], second=source))
                claimed[key] = Path(source)
                check_new(path, force)
            planned[(source, tgt)] = paths
    return planned


def _write_xliff(edition: Edition, source: str, text: str, newline: str, src: str, engine: Engine, glossary,
                 force: bool) -> None:
    import hashlib

    from localize import __version__
    from localize.review import xliff
    from localize.write import atomic_write_bytes

    route = engine.route(src, edition.lang)
    written = edition.text.replace("\n", newline).encode("utf-8")
    metadata = {
        "edition": str(Path(edition.path).resolve()), "edition-sha256": hashlib.sha256(written).hexdigest(),
        "format": formats.detect(source), "localize-version": __version__,
        "package": [f"{p.from_code}-{p.to_code} {p.version} {p.name}" for p in route],
        "glossary": [f"{p} sha256:{h}" for p, h in (glossary.files if glossary else [])],
    }
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    data = xliff.write(edition, str(Path(source).resolve()), sha, src, metadata)
    atomic_write_bytes(edition.outputs.xliff, data, force=force)


def _write_review(edition: Edition, source: str, src: str, engine: Engine, glossary, force: bool) -> None:
    from localize.review import html

    packages = [f"{p.name or p.path.name} {p.version}" for p in engine.route(src, edition.lang)]
    page = html.render(edition, Path(source).name, src, packages, glossary.files if glossary else [])
    atomic_write(edition.outputs.review, page, force=force)


def translate_files(sources: list[str], targets: list[str], src: str = "en", out_dir: Path | None = None,
                    force: bool = False, fmt: str = "auto", engine: Engine | None = None,
                    progress: Callable[[str, str], None] | None = None, glossary=None,
                    review: bool = True, memory: bool = True,
                    warn: Callable[[str], None] | None = None) -> list[Edition]:
    """Translate files into editions written beside them (or in ``out_dir``); returns the editions.

    Each edition ``STEM.LANG.EXT`` gets ``STEM.LANG.review.html`` and ``STEM.LANG.xlf`` (unless
    ``review`` is false) and a ``STEM.LANG.terms.json`` report of every decision taken for
    ``glossary`` (a ``localize.glossary.Glossary``; entries with errors were already left out by the reader).
    A source ``-`` is standard input; its edition is returned with ``path=None`` and not written.
    ``warn`` receives the translation memory's warnings (a damaged or unusable memory never stops a run).
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
        kind = formats.detect(None if source == "-" else source, fmt)
        text, newline = inputs.read_source(source, html=kind == "html")
        plan.append([source, text, newline, kind, {}])
    outputs = plan_outputs(sources, targets, out_dir, review, force)
    for item in plan:
        item[4] = {tgt: outputs[(item[0], tgt)] for tgt in targets if (item[0], tgt) in outputs}
    for tgt in targets:
        engine.route(src, tgt)  # MissingModelError now, not after the first edition
    for directory in {paths.edition.parent for paths in outputs.values()}:
        check_writable(directory)

    editions = []
    tm = None
    if memory:
        from localize.memory import Memory

        tm = Memory(warn=warn)
    try:
        for plan_item in plan:
            editions += _translate_planned(plan_item, src, targets, engine, glossary, tm, force, review, progress)
    finally:
        if tm is not None:
            tm.close()
    return editions


def _translate_planned(plan_item, src, targets, engine, glossary, tm, force, review, progress) -> list[Edition]:
    """Translate one planned input and write its edition, report, XLIFF and review page."""
    source, text, newline, kind, outputs = plan_item
    editions = []
    for tgt, edition in translate_document(text, kind, src, targets, engine, glossary, tm).items():
        edition.source = source
        if source == "-":
            edition.text = edition.text.replace("\n", newline)
        else:
            edition.outputs = outputs[tgt]
            edition.path, edition.terms_path = edition.outputs.edition, edition.outputs.terms
            report = {"source": source, "edition": str(edition.path), "from": src,
                      "glossaries": [{"path": p, "sha256": h} for p, h in (glossary.files if glossary else [])],
                      **edition.terms.as_dict(), "problems": edition.problems}
            atomic_write(edition.terms_path, json.dumps(report, ensure_ascii=False, indent=2) + "\n", force=force)
            atomic_write(edition.path, edition.text, newline, force=force)
            if review:
                _write_xliff(edition, source, text, newline, src, engine, glossary, force)
                _write_review(edition, source, src, engine, glossary, force)
        editions.append(edition)
        if progress:
            progress(source, tgt)
    return editions
