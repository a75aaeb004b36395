#!/usr/bin/env python3
"""Extract, update and compile localize's message catalogs with Babel.

  python tools/messages.py            # extract -> locales/localize.pot, update locales/*/LC_MESSAGES/localize.po,
                                      # compile -> localize/locales/*/LC_MESSAGES/localize.mo
  python tools/messages.py --check    # exit 1 if a catalog is out of date, untranslated or fuzzy

Messages come from ``_()``, ``ngettext()`` and ``N_()`` in the package (Babel's Python extractor) and
from the Click command tree's help texts. ``make messages`` runs this.
"""

from __future__ import annotations

import argparse
import inspect
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
LANGUAGES = ("bg", "ru")
POT = ROOT / "locales" / "localize.pot"


def po_path(lang: str) -> Path:
    return ROOT / "locales" / lang / "LC_MESSAGES" / "localize.po"


def mo_path(lang: str) -> Path:
    return ROOT / "localize" / "locales" / lang / "LC_MESSAGES" / "localize.mo"


def help_texts() -> list[str]:
    """Every help text the CLI can show (commands and options), as Click renders its source."""
    import click

    from localize.cli import cli

    texts = []

    def walk(command):
        if command.help:
            texts.append(inspect.cleandoc(command.help))
        for param in command.params:
            if isinstance(param, click.Option) and param.help:
                texts.append(param.help)
        if isinstance(command, click.Group):
            for sub in command.commands.values():
                walk(sub)

    walk(cli)
    return texts


def extract():
    """The template catalog of everything the code can show."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    from localize import __version__
    from localize.i18n import CLICK_PLURALS

    catalog = Catalog(project="localize", version=__version__, charset="utf-8", fuzzy=False)
    keywords = {"_": None, "N_": None, "ngettext": (1, 2)}
    for filename, lineno, message, _comments, _context in extract_from_dir(
            str(ROOT / "localize"), method_map=[("**.py", "python")], keywords=keywords):
        catalog.add(message, locations=[(f"localize/{filename}", lineno)])
    for text in help_texts():
        catalog.add(text, locations=[("localize/cli.py", 0)], auto_comments=["help text"])
    for singular, plural in CLICK_PLURALS:
        catalog.add((singular, plural), auto_comments=["Click"])
    return catalog


def _pot_bytes(catalog) -> bytes:
    from babel.messages.pofile import write_po

    out = io.BytesIO()
    write_po(out, catalog, omit_header=False, sort_output=True, no_location=True, width=100)
    return out.getvalue()


def update(template) -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po, write_po

    POT.parent.mkdir(parents=True, exist_ok=True)
    POT.write_bytes(_pot_bytes(template))
    for lang in LANGUAGES:
        path = po_path(lang)
        if path.exists():
            with path.open("rb") as f:
                catalog = read_po(f, locale=lang)
        else:
            from babel.messages.catalog import Catalog

            catalog = Catalog(locale=lang, project="localize", charset="utf-8")
            path.parent.mkdir(parents=True, exist_ok=True)
        catalog.update(template, no_fuzzy_matching=True)
        out = io.BytesIO()
        write_po(out, catalog, sort_output=True, no_location=True, width=100, ignore_obsolete=True)
        path.write_bytes(out.getvalue())
        mo_path(lang).parent.mkdir(parents=True, exist_ok=True)
        with mo_path(lang).open("wb") as f:
            write_mo(f, catalog)


def problems() -> list[str]:
    """What is wrong with the catalogs: missing, untranslated or fuzzy messages, stale .mo files."""
    from babel.messages.mofile import read_mo
    from babel.messages.pofile import read_po

    template = extract()
    wanted = {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}
    found = []
    for lang in LANGUAGES:
        with po_path(lang).open("rb") as f:
            catalog = read_po(f, locale=lang)
        have = {m.id if isinstance(m.id, str) else m.id[0]: m for m in catalog if m.id}
        found += [f"{lang}: not in the catalog: {m!r}" for m in sorted(wanted - set(have))]
        found += [f"{lang}: no longer used: {m!r}" for m in sorted(set(have) - wanted)]
        for key, message in have.items():
            strings = message.string if isinstance(message.string, (list, tuple)) else [message.string]
            if not all(strings):
                found.append(f"{lang}: untranslated: {key!r}")
            if message.fuzzy:
                found.append(f"{lang}: fuzzy: {key!r}")
        if not mo_path(lang).exists():
            found.append(f"{lang}: {mo_path(lang)} is missing (run tools/messages.py)")
            continue
        with mo_path(lang).open("rb") as f:
            compiled = {m.id if isinstance(m.id, str) else m.id[0]: m.string for m in read_mo(f) if m.id}
        for key, message in have.items():
            if compiled.get(key) != message.string and not (isinstance(message.string, (list, tuple)) and
                                                             list(compiled.get(key) or []) == list(message.string)):
                found.append(f"{lang}: {mo_path(lang).name} is older than the .po for {key!r} (run tools/messages.py)")
                break
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        issues = problems()
        for issue in issues:
            print(issue)
        return 1 if issues else 0
    update(extract())
    for lang in LANGUAGES:
        print(f"updated {po_path(lang).relative_to(ROOT)} and compiled {mo_path(lang).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
