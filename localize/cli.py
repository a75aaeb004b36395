"""The command line: parses options, calls the library, prints results. No work is done here.

Library errors (``localize.errors``) become one ``Error: ...`` line on stderr and their exit code in
``LocalizeGroup.invoke``; nothing else reaches the user as a traceback. Heavy modules (CTranslate2,
argostranslate, Babel, markdown-it) are imported inside the commands so that ``--help`` stays fast.
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

import click

from localize import __version__
from localize.errors import LocalizeError
from localize.i18n import _, ngettext, set_language

set_language()


class _TranslatedHelp:
    """Translates help texts (command, options, subcommand list) when help is shown."""

    def format_help(self, ctx, formatter):
        objects = [self, *self.params]
        if isinstance(self, click.Group):
            objects += list(self.commands.values())
        saved = [(obj, obj.help) for obj in objects if getattr(obj, "help", None)]
        for obj, text in saved:
            obj.help = _(inspect.cleandoc(text) if isinstance(obj, click.Command) else text)
        # Click words the -h/--help line when the option is made, which may be before --ui-lang took effect
        help_option = self.get_help_option(ctx)
        if help_option is not None:
            saved.append((help_option, help_option.help))
            help_option.help = _("Show this message and exit.")
        try:
            super().format_help(ctx, formatter)
        finally:
            for obj, text in saved:
                obj.help = text


class LocalizeCommand(_TranslatedHelp, click.Command):
    pass


class LocalizeGroup(_TranslatedHelp, click.Group):
    """Maps library errors to exit codes, in one place; translates help when shown."""

    command_class = LocalizeCommand
    group_class = type  # subgroups are LocalizeGroups too

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except LocalizeError as error:
            click.echo(_("Error: {message}").format(message=error), err=True)
            ctx.exit(error.exit_code)
        except KeyboardInterrupt:
            click.echo(_("Interrupted; no partial output was left."), err=True)
            ctx.exit(130)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except Exception as error:  # a bug: still one line, never a traceback
            click.echo(_("Internal error: {kind}: {error}").format(kind=type(error).__name__, error=error), err=True)
            ctx.exit(70)


def _ui_language(ctx, param, value):
    if value:
        set_language(value)
    return value


@click.group(cls=LocalizeGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--ui-lang", type=click.Choice(["en", "bg", "ru"]), callback=_ui_language, expose_value=False,
              is_eager=True, help="Language of localize's own messages (default: from LC_ALL, LC_MESSAGES, LANG).")
@click.version_option(__version__, prog_name="localize")
def cli():
    """Translate English news articles into Bulgarian and Russian editions, offline,
    with Argos Translate models.

    \b
    Example:
        localize models install translate-en_bg-1_9.argosmodel
        localize translate story.md -t bg -t ru
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("-t", "--to", "targets", multiple=True, required=True, metavar="LANG",
              help="Target language (repeat for several): bg, ru, ...")
@click.option("-f", "--from", "source_lang", default="en", show_default=True, metavar="LANG",
              help="Language of the inputs.")
@click.option("-g", "--glossary", "glossaries", multiple=True, type=click.Path(path_type=Path),
              help="Glossary (.tsv, .csv, .tbx) to enforce; repeat to merge, later files win.")
@click.option("-o", "--output-dir", type=click.Path(path_type=Path),
              help="Folder for the editions (default: beside each input).")
@click.option("--format", "fmt", type=click.Choice(["auto", "txt", "md", "html"]), default="auto", show_default=True,
              help="Input format; auto goes by the file extension (.md: Markdown, .html/.htm: HTML).")
@click.option("--force", is_flag=True, help="Overwrite editions that already exist.")
@click.option("--no-review", is_flag=True, help="Do not write the review page and the XLIFF file.")
@click.option("--no-memory", is_flag=True, help="Neither reuse nor store segments in the translation memory.")
@click.option("-q", "--quiet", is_flag=True, help="Print errors only.")
@click.option("-v", "--verbose", is_flag=True, help="Print details of each edition.")
@click.option("--watch", is_flag=True,
              help="Keep running and translate again whenever an input or a glossary changes (Ctrl-C stops); "
                   "models and memory stay loaded, so a re-run costs only what changed.")
@click.option("--interval", type=click.FloatRange(min=0.05), default=0.5, show_default=True, metavar="SECONDS",
              help="With --watch: how often the files are checked.")
def translate(inputs, targets, source_lang, glossaries, output_dir, fmt, force, no_review, no_memory, quiet, verbose,
              watch, interval):
    """Translate INPUT files (or - for standard input) into each -t language.

    For every INPUT DIR/STEM.EXT and language LANG it writes DIR/STEM.LANG.EXT in the input's
    format (plain text, Markdown or HTML), keeping the article's structure, with STEM.LANG.review.html
    (review page), STEM.LANG.xlf (XLIFF 2.1) and STEM.LANG.terms.json (glossary decisions).

    \b
    Example:
        localize translate story.md -t bg -t ru -o editions/
        cat story.txt | localize translate - -t ru > story.ru.txt
        localize translate story.md -t bg -t ru --watch --force
    """
    from localize.engine import Engine
    from localize.errors import UsageError
    from localize.pipeline import translate_files

    if watch and "-" in inputs:
        raise UsageError(_("--watch needs input files, not standard input"))
    since = None
    if watch:  # before reading anything: an edit saved during the first run is translated after it
        from localize.watch import snapshot

        since = snapshot([Path(p) for p in (*inputs, *glossaries)])
    glossary = _load_glossary(glossaries, verbose) if glossaries else None
    engine = Engine()
    total = len(inputs) * len(set(targets))
    show_bar = not quiet and "-" not in inputs and sys.stderr.isatty()
    bar = click.progressbar(length=total, label=_("Translating"), file=sys.stderr) if show_bar else None
    try:
        if bar:
            bar.__enter__()
        editions = translate_files(list(inputs), list(targets), source_lang, output_dir, force, fmt, engine=engine,
                                   progress=(lambda *_: bar.update(1)) if bar else None, glossary=glossary,
                                   review=not no_review, memory=not no_memory, warn=_warner(quiet))
    finally:
        if bar:
            bar.__exit__(None, None, None)
    _report(editions, glossary, quiet, verbose)
    if watch:
        glossary = _watch(list(inputs), glossaries, glossary, interval, since, quiet, verbose,
                          lambda sources, glossary: translate_files(
                              sources, list(targets), source_lang, output_dir, True, fmt, engine=engine,
                              glossary=glossary, review=not no_review, memory=not no_memory, warn=_warner(quiet)))
    if glossary is not None and glossary.errors:
        click.echo(ngettext("Done, but the glossary has {n} error: run localize glossary check",
                            "Done, but the glossary has {n} errors: run localize glossary check",
                            len(glossary.errors)).format(n=len(glossary.errors)), err=True)
        sys.exit(1)


def _warner(quiet):
    """Print a library warning as one ``Warning: ...`` line on stderr (not with -q)."""
    return None if quiet else lambda message: click.echo(_("Warning: {problem}").format(problem=message), err=True)


def _load_glossary(paths, verbose):
    from localize.glossary import load

    glossary = load(paths)
    for issue in glossary.issues:
        if issue.severity == "error" or verbose:
            click.echo(str(issue), err=True)
    return glossary


def _watch(inputs, glossaries, glossary, interval, since, quiet, verbose, run):
    """Translate again whenever an input or a glossary changes, until Ctrl-C; returns the glossary in
    force at the end. An error in a re-run (a half-saved file, a broken glossary) is reported and the
    watch goes on with what it had."""
    import time

    from localize.watch import changes

    sources, glossary_paths = [Path(p) for p in inputs], [Path(p) for p in glossaries]
    if not quiet:
        watched = len(sources) + len(glossary_paths)
        click.echo(ngettext("Watching {n} file for changes; Ctrl-C stops.", "Watching {n} files for changes; Ctrl-C stops.",
                            watched).format(n=watched), err=True)
    try:
        for changed in changes(sources + glossary_paths, interval, since=since):
            started = time.perf_counter()
            try:
                if any(path in glossary_paths for path in changed):
                    glossary = _load_glossary(glossaries, verbose)
                    todo = inputs  # every edition depends on the glossary
                else:
                    todo = [str(path) for path in changed]
                if not quiet:
                    click.echo(_("Changed: {files}").format(files=", ".join(str(p) for p in changed)), err=True)
                editions = run(todo, glossary)
            except LocalizeError as error:
                click.echo(_("Error: {message}").format(message=error), err=True)
                continue
            _report(editions, glossary, quiet, verbose)
            if not quiet:
                click.echo(ngettext("Updated {n} edition in {seconds:.2f} s; watching.",
                                    "Updated {n} editions in {seconds:.2f} s; watching.", len(editions)).format(
                    n=len(editions), seconds=time.perf_counter() - started), err=True)
    except KeyboardInterrupt:
        if not quiet:
            click.echo(_("Stopped watching."), err=True)
    return glossary


def _report(editions, glossary, quiet, verbose):
    for edition in editions:
        if edition.path is None:
            click.echo(edition.text, nl=False)
        if not quiet:
            for problem in edition.problems:
                click.echo(_("Warning: {lang}: {problem}").format(lang=edition.lang, problem=problem), err=True)
            if edition.path is not None:
                click.echo(_("{lang}: wrote {path}").format(lang=edition.lang, path=edition.path), err=True)
        if verbose:
            click.echo(ngettext("{lang}: {segments} segment ({decoded} decoded, {reused} from approved translations) "
                                "in {seconds:.2f} s",
                                "{lang}: {segments} segments ({decoded} decoded, {reused} from approved translations) "
                                "in {seconds:.2f} s", len(edition.segments)).format(
                lang=edition.lang, segments=len(edition.segments), decoded=edition.decoded,
                reused=len(edition.reused), seconds=edition.seconds), err=True)
        if glossary is not None and not quiet:
            click.echo(terms_summary(edition.lang, edition.terms.counts(),
                                     sum(bool(d.check) for d in edition.terms.decisions)), err=True)
            if verbose:
                for d in edition.terms.decisions:
                    if d.status == "flagged":
                        click.echo(_("{lang}: flagged {source!r} in segment {segment}: {reason}").format(
                            lang=edition.lang, source=d.source, segment=d.segment, reason=d.reason), err=True)
                    elif d.check:
                        click.echo(_("{lang}: check {output!r} in segment {segment}: {what}").format(
                            lang=edition.lang, output=d.output, segment=d.segment, what=d.check), err=True)


@cli.group()
def models():
    """List, install and remove Argos translation packages (ARGOS_PACKAGES_DIR)."""


@models.command("list")
def models_list():
    """Installed packages: from, to, version, path."""
    from localize.packages import installed

    rows = [(p.from_code, p.to_code, p.version, str(p.path)) for p in installed()]
    if not rows:
        click.echo(_("No packages installed. Install one with: localize models install FILE.argosmodel"), err=True)
        return
    _table([(_("from"), _("to"), _("version"), _("path"))] + rows)


@models.command("available")
def models_available():
    """Packages in the Argos index (needs the network)."""
    from localize.packages import available

    rows = sorted((p.from_code, p.to_code, str(p.package_version), str(p)) for p in available())
    _table([(_("from"), _("to"), _("version"), _("name"))] + rows)


@models.command("install")
@click.argument("what", nargs=-1, required=True)
def models_install(what):
    """Install FILE.argosmodel (offline), or FROM TO from the Argos index (online).

    \b
    Example:
        localize models install translate-en_ru-1_9.argosmodel
        localize models install en bg
    """
    from localize import packages
    from localize.errors import UsageError
    from localize.pipeline import check_language

    if len(what) == 1:
        pkg = packages.install_file(Path(what[0]))
    elif len(what) == 2 and not Path(what[0]).is_file():
        pkg = packages.install_from_index(check_language(what[0]), check_language(what[1]))
    else:
        raise UsageError(_("give one FILE.argosmodel, or two language codes FROM TO"))
    click.echo(_("Installed {src} -> {tgt} {version} in {path}").format(
        src=pkg.from_code, tgt=pkg.to_code, version=pkg.version, path=pkg.path))


@models.command("remove")
@click.argument("from_code", metavar="FROM")
@click.argument("to_code", metavar="TO")
def models_remove(from_code, to_code):
    """Uninstall the package for FROM -> TO."""
    from localize.packages import remove

    pkg = remove(from_code, to_code)
    click.echo(_("Removed {src} -> {tgt} ({path})").format(src=pkg.from_code, tgt=pkg.to_code, path=pkg.path))


@cli.group()
def glossary():
    """Check and convert glossaries (TSV, CSV, TBX)."""


@glossary.command("check")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-f", "--from", "source_lang", default=None, metavar="LANG",
              help="Source-language column (default: the first language column).")
def glossary_check(files, source_lang):
    """Lint glossary FILES: print FILE:LINE: problems; exit 1 when there are errors.

    Several files are checked as they merge for `translate -g`: a later file's entry wins.

    \b
    Example:
        localize glossary check glossaries/*.tsv
    """
    from localize.glossary import check, load

    issues = check(load(files, source_lang))
    for issue in issues:
        click.echo(str(issue))
    errors = sum(1 for i in issues if i.severity == "error")
    warnings = len(issues) - errors
    click.echo(_("{files}: {errors}, {warnings}").format(
        files=ngettext("{n} file", "{n} files", len(files)).format(n=len(files)),
        errors=ngettext("{n} error", "{n} errors", errors).format(n=errors),
        warnings=ngettext("{n} warning", "{n} warnings", warnings).format(n=warnings)), err=True)
    if errors:
        sys.exit(1)


@glossary.command("convert")
@click.argument("source", type=click.Path(path_type=Path))
@click.argument("target", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite TARGET if it exists.")
def glossary_convert(source, target, force):
    """Convert a glossary between .tsv, .csv and .tbx, keeping every column.

    \b
    Example:
        localize glossary convert glossaries/news.tsv news.tbx
    """
    from localize.errors import InputError
    from localize.glossary import load_one, save
    from localize.write import atomic_write_bytes, check_not_inputs

    check_not_inputs([target], [source])
    loaded = load_one(source)
    if loaded.errors:
        raise InputError(str(source), ngettext("has {n} error; run: localize glossary check {path}",
                                               "has {n} errors; run: localize glossary check {path}",
                                               len(loaded.errors)).format(n=len(loaded.errors), path=source))
    atomic_write_bytes(target, save(loaded, target), force=force)
    click.echo(ngettext("Wrote {n} entry to {path}", "Wrote {n} entries to {path}", len(loaded.entries)).format(
        n=len(loaded.entries), path=target), err=True)


@glossary.command("apply")
@click.option("-g", "--glossary", "glossaries", multiple=True, required=True,
              type=click.Path(path_type=Path), help="Glossary file; repeat to merge.")
@click.option("-f", "--from", "source_lang", default="en", show_default=True, metavar="LANG")
@click.option("-t", "--to", "target_lang", required=True, metavar="LANG")
@click.argument("source", type=click.Path(path_type=Path))
@click.argument("target", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Write the repaired translation here (default: standard output).")
@click.option("--report", type=click.Path(path_type=Path),
              help="Write every decision to this JSON file.")
@click.option("--force", is_flag=True, help="Overwrite OUTPUT and the report if they exist.")
def glossary_apply(glossaries, source_lang, target_lang, source, target, output, report, force):
    """Enforce the glossary on an existing translation: line i of TARGET translates line i of SOURCE.

    Approved terms are kept, renderings listed under avoid:LANG and near misses (transliteration
    variants, wrong capitals, wrong ё, clipped or wrongly declined names) are repaired in the same
    grammatical form, and terms whose rendering cannot be found are flagged, never invented.

    \b
    Example:
        localize glossary apply -g glossaries/news.tsv -t ru story.txt story.ru.txt -o fixed.ru.txt
    """
    import json

    from localize import inputs
    from localize.errors import InputError
    from localize.glossary import load
    from localize.pipeline import check_language
    from localize.terms.repair import apply_glossary
    from localize.write import atomic_write, check_new, check_not_inputs

    target_lang = check_language(target_lang)
    glossary = load(glossaries, check_language(source_lang))
    for issue in glossary.errors:
        click.echo(str(issue), err=True)
    source_text, _nl = inputs.read_source(str(source))
    target_text, newline = inputs.read_source(str(target))
    source_lines, target_lines = source_text.split("\n"), target_text.split("\n")
    if len(source_lines) != len(target_lines):
        raise InputError(str(target), ngettext(
            "has {m} line but {source} has {n}: the files must be aligned line by line",
            "has {m} lines but {source} has {n}: the files must be aligned line by line", len(target_lines)).format(
            m=len(target_lines), source=source, n=len(source_lines)))
    check_not_inputs([output, report], [*glossaries, source, target])
    for path in (output, report):
        if path is not None:
            check_new(path, force)
    repaired, decisions = apply_glossary(glossary, source_lines, target_lines, target_lang)
    if report is not None:
        from dataclasses import asdict

        counts = {s: sum(d.status == s for d in decisions) for s in ("ok", "inflected", "repaired", "dnt-kept", "flagged")}
        data = {"source": str(source), "target": str(target), "lang": target_lang, "counts": counts,
                "to_check": sum(bool(d.check) for d in decisions),
                "glossaries": [{"path": p, "sha256": h} for p, h in glossary.files],
                "occurrences": [asdict(d) for d in decisions]}
        atomic_write(report, json.dumps(data, ensure_ascii=False, indent=2) + "\n", force=force)
    text = "\n".join(repaired)
    if output is not None:
        atomic_write(output, text, newline, force=force)
    else:
        click.echo(text.replace("\n", newline), nl=False)
    counts = {s: sum(d.status == s for d in decisions) for s in ("ok", "inflected", "repaired", "dnt-kept", "flagged")}
    click.echo(terms_summary(target_lang, counts, sum(bool(d.check) for d in decisions)), err=True)
    if glossary.errors:
        sys.exit(1)


@cli.group()
def review():
    """Bring translators' reviewed XLIFF files back."""


@review.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Replace the edition even if it was edited by hand since.")
def review_import(file, force):
    """Rebuild the edition from a reviewed FILE.xlf and store its approved segments.

    Segments marked reviewed or final go into the translation memory: the next translate of the
    same (or an edited) article reuses them exactly, before any machine translation.

    \b
    Example:
        localize review import story.ru.xlf
    """
    from localize.review.reimport import import_xliff

    result = import_xliff(file, force=force)
    for problem in result.problems:
        click.echo(_("Warning: {problem}").format(problem=problem), err=True)
    if result.changed:
        rebuilt = ngettext("Rebuilt {path} from {n} segment", "Rebuilt {path} from {n} segments", result.segments)
        click.echo(_("{rebuilt}; {stored}").format(rebuilt=rebuilt.format(path=result.edition, n=result.segments),
                                                   stored=_approved(result.approved)), err=True)
    else:
        click.echo(_("{path} already says what the XLIFF says (left as it was); {stored}").format(
            path=result.edition, stored=_approved(result.approved)), err=True)


def _approved(n: int) -> str:
    return ngettext("{n} approved segment stored in the translation memory",
                    "{n} approved segments stored in the translation memory", n).format(n=n)


@cli.group()
def tm():
    """The translation memory (LOCALIZE_CACHE_DIR/memory.sqlite)."""


@tm.command("export")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite FILE if it exists.")
@click.option("--human-only", is_flag=True, help="Only approved human translations, no machine segments.")
def tm_export(file, force, human_only):
    """Write the translation memory as TMX 1.4b for a CAT tool.

    \b
    Example:
        localize tm export desk-memory.tmx
    """
    from localize import __version__
    from localize.errors import InputError
    from localize.memory import Memory
    from localize.review import tmx
    from localize.write import atomic_write_bytes

    from localize.write import check_new, check_not_inputs

    with Memory() as memory:
        check_not_inputs([file], [memory.path])
        check_new(file, force)
        rows = memory.readable_entries("human" if human_only else None)
        if not memory.enabled:
            raise InputError(str(memory.path), _("the translation memory cannot be read ({reason})").format(
                reason=memory.failure))
    for message in memory.warnings:
        click.echo(_("Warning: {problem}").format(problem=message), err=True)
    atomic_write_bytes(file, tmx.write(rows, __version__), force=force)
    click.echo(ngettext("Wrote {n} translation unit to {path}", "Wrote {n} translation units to {path}",
                        len(rows)).format(n=len(rows), path=file), err=True)


@cli.command()
@click.option("-o", "--output-dir", type=click.Path(path_type=Path), default=Path("localize-demo"),
              show_default=True, help="Folder for the sample article and its editions.")
@click.option("--force", is_flag=True, help="Overwrite the files of an earlier demo.")
def demo(output_dir, force):
    """Translate a bundled sample article into bg and ru with the bundled TEST models.

    The test models are tiny synthetic models (they substitute a fixed news vocabulary and copy
    everything else), installed in localize's cache, never in your ARGOS_PACKAGES_DIR.
    """
    from localize.demo import run
    from localize.i18n import language_name

    result = run(output_dir, force=force, warn=_warner(False))
    click.echo(_("Source:   {path}").format(path=result.source))
    for edition in result.editions:
        click.echo(_("Edition ({language}): {path}").format(language=language_name(edition.lang), path=edition.path))
        counts = edition.terms.counts()
        n = sum(counts.values())
        click.echo(ngettext("   glossary: {n} term enforced ({inflected} inflected, {repaired} repaired, {flagged} "
                            "flagged); every decision in {path}",
                            "   glossary: {n} terms enforced ({inflected} inflected, {repaired} repaired, {flagged} "
                            "flagged); every decision in {path}", n).format(
            n=n, inflected=counts["inflected"], repaired=counts["repaired"], flagged=counts["flagged"],
            path=edition.terms_path))
        click.echo(_("   review page: {path}").format(path=edition.outputs.review))
    click.echo(_("(Made with test models: the words are placeholders for real translations.)"))


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default serves this machine only (0.0.0.0: every interface).")
@click.option("--port", type=click.IntRange(0, 65535), default=5000, show_default=True, help="Port to listen on.")
@click.option("-g", "--glossary", "glossaries", multiple=True, type=click.Path(path_type=Path),
              help="Glossary applied to every request (repeat to merge); a request may name one by its file "
                   "name without extension in a glossary field.")
@click.option("--api-keys", type=click.Path(path_type=Path),
              help="File of API keys, one a line: then every request needs one (api_key). Without it, none.")
@click.option("--char-limit", type=click.IntRange(min=-1), default=10_000, show_default=True, metavar="N",
              help="Most characters per request, all texts together (-1: no limit).")
@click.option("--rate-limit", type=click.IntRange(min=0), default=600, show_default=True, metavar="N",
              help="Most requests per minute per API key, or per client address without keys (0: no limit).")
@click.option("--max-body", type=click.IntRange(min=1024), default=2_000_000, show_default=True, metavar="BYTES",
              help="Largest request body accepted.")
@click.option("--timeout", type=click.FloatRange(min=1), default=60.0, show_default=True, metavar="SECONDS",
              help="Longest wait for a request body, and for its translation.")
@click.option("--cors", "cors", multiple=True, metavar="ORIGIN",
              help="Allow browser pages from ORIGIN to call the API (repeat; * for any). Off by default.")
@click.option("--no-memory", is_flag=True, help="Neither reuse nor store segments in the translation memory.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, metavar="N",
              help="Server processes; each loads its own models (and keeps its own rate limits).")
def serve(host, port, glossaries, api_keys, char_limit, rate_limit, max_body, timeout, cors, no_memory, workers):
    """Serve LibreTranslate's HTTP API (/translate, /languages, /detect, /translate_file,
    /frontend/settings) with the glossary, localisation and translation memory; segments of requests
    that arrive together are decoded together. Needs the serve extra: pip install 'localize[serve]'.

    \b
    Example:
        localize serve -g glossaries/news.tsv --port 5000
        curl -s localhost:5000/translate -H 'Content-Type: application/json' \\
             -d '{"q": "Hello", "source": "en", "target": "bg"}'
    """
    from localize.serve import run
    from localize.serve.service import Settings

    settings = Settings(glossaries=[str(g) for g in glossaries], api_keys=str(api_keys) if api_keys else None,
                        char_limit=char_limit, rate_limit=rate_limit, max_body=max_body, timeout=timeout,
                        cors=list(cors), memory=not no_memory)
    run(settings, host, port, workers)


def terms_summary(lang: str, counts: dict, checks: int = 0) -> str:
    """``ru: 12 terms — 7 ok, 0 repaired, 5 inflected, 0 kept, 0 flagged`` (one term: "1 term"), and how many
    decisions a reviewer should check, when there are any."""
    n = sum(counts.values())
    line = ngettext("{lang}: {n} term — {ok} ok, {repaired} repaired, {inflected} inflected, {dnt} kept, {flagged} flagged",
                    "{lang}: {n} terms — {ok} ok, {repaired} repaired, {inflected} inflected, {dnt} kept, {flagged} flagged",
                    n).format(lang=lang, n=n, ok=counts["ok"], repaired=counts["repaired"],
                              inflected=counts["inflected"], dnt=counts["dnt-kept"], flagged=counts["flagged"])
    if checks:
        line += ngettext("; {n} to check (see the report)", "; {n} to check (see the report)", checks).format(n=checks)
    return line


def _table(rows) -> None:
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        click.echo("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip())


def main():
    cli(prog_name="localize")


if __name__ == "__main__":
    main()
