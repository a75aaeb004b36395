"""TSV (canonical) and CSV glossaries: a header row of ISO 639-1 codes and optional columns.

TSV is split on tabs (no quoting); CSV is read by Python's ``csv`` module in strict RFC 4180 mode,
so broken quoting is an error with its line. ``#`` starts a comment line; a BOM and CRLF are accepted.
A row's line is the physical line where its record starts (a quoted CSV cell may span lines). A term
is one line of text: a line break or another control character in a term cell is an error with the
row's line; a note may hold line breaks and tabs, which a TSV file cannot, so writing one is refused.

>>> g = read_text("en\\tbg\\tru\\ttype\\n# names\\nSong Zhongping\\tСун Джунпин\\tСун Чжунпин\\tname\\n", "news.tsv")
>>> g.entries[0].source, g.entries[0].targets["ru"], g.entries[0].type, g.entries[0].line
('Song Zhongping', ['Сун Чжунпин'], 'name', 3)

Per-language grammar: ``gender:LANG``, ``article:LANG`` and ``forms:LANG`` (``key=form; key=form``).

>>> g = read_text("en\\tbg\\tru\\tgender\\tgender:bg\\tarticle:bg\\tforms:ru\\n"
...               "Dardanelles\\tДарданели\\tДарданеллы\\tpl\\t\\talways\\tloct=Дарданеллах; gent=Дарданелл\\n", "x.tsv")
>>> e = g.entries[0]
>>> e.gender_for("ru"), e.article_for("bg"), e.forms_for("ru")
('pl', 'always', {'loct': 'Дарданеллах', 'gent': 'Дарданелл'})
>>> write_text(g).splitlines()[0].split("\\t")
['en', 'bg', 'ru', 'type', 'gender', 'article:bg', 'forms:ru']
"""

from __future__ import annotations

import csv
import io

from localize.errors import InputError
from localize.glossary.model import (
    LANGUAGE, META_COLUMNS, PER_LANGUAGE, Entry, Glossary, Issue, cell_problem, format_forms, parse_forms,
    split_alternatives,
)
from localize.i18n import _


def _rows(text: str, dialect: str):
    """(line number, cells) of every non-blank, non-comment row; csv.Error carries its line."""
    if dialect == "tsv":
        for number, line in enumerate(text.split("\n"), 1):
            if line.strip() and not line.lstrip().startswith("#"):
                yield number, line.split("\t")
        return
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start = 1
    try:
        for cells in reader:
            number, start = start, reader.line_num + 1
            if not cells or not "".join(cells).strip() or cells[0].lstrip().startswith("#"):
                continue
            yield number, cells
    except csv.Error as error:
        error.line = start  # the record that could not be parsed starts here
        raise


def read_text(text: str, path: str, dialect: str = "tsv", source_lang: str | None = None) -> Glossary:
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    issues: list[Issue] = []

    def problem(line, severity, message):
        issues.append(Issue(path, line, severity, message))

    rows = _rows(text, dialect)
    try:
        header_line, header = next(rows)
    except StopIteration:
        problem(1, "error", "no header row (e.g. en<TAB>bg<TAB>ru)")
        return Glossary([], issues=issues)
    except csv.Error as error:
        problem(getattr(error, "line", 1), "error", f"broken CSV quoting: {error}")
        return Glossary([], issues=issues)
    header = [h.strip() for h in header]
    languages = [h for h in header if LANGUAGE.match(h)]
    for column in header:
        if LANGUAGE.match(column) or column in META_COLUMNS:
            continue
        prefix, _colon, lang = column.partition(":")
        if prefix == "avoid" and lang in languages:
            continue
        if prefix in PER_LANGUAGE and prefix != "avoid" and LANGUAGE.match(lang):
            if lang not in languages:
                problem(header_line, "warning", _("the column {column!r} is for {lang!r}, which has no column in the "
                                                  "header").format(column=column, lang=lang))
            continue
        problem(header_line, "error", _("unknown column {column!r} (use ISO 639-1 codes, {columns}, avoid:LANG, "
                                        "gender:LANG, forms:LANG, article:LANG)").format(
            column=column, columns=", ".join(META_COLUMNS)))
    if len(set(header)) != len(header):
        problem(header_line, "error", "a column is named twice in the header")
    if len(languages) < 2:
        problem(header_line, "error", "the header needs a source language and at least one target language")
    source_lang = source_lang or (languages[0] if languages else "en")
    if languages and source_lang not in languages:
        problem(header_line, "error", f"no {source_lang!r} column for the source language")
    glossary = Glossary(languages, issues=issues)
    if any(i.severity == "error" for i in issues):
        return glossary

    seen: dict[str, Entry] = {}
    try:
        for number, cells in rows:
            if len(cells) != len(header):
                problem(number, "error", f"{len(cells)} fields, the header has {len(header)}")
                continue
            row = dict(zip(header, (c.strip() for c in cells)))
            bad = next(filter(None, (cell_problem(column, cell) for column, cell in row.items())), None)
            if bad:
                problem(number, "error", bad)
                continue
            source = row[source_lang]
            if not source:
                problem(number, "error", "empty source term")
                continue
            entry = Entry(
                source=source,
                targets={lang: split_alternatives(row[lang]) for lang in languages if lang != source_lang},
                type=row.get("type", "") or "term", case=row.get("case", ""), gender=row.get("gender", ""),
                declension=row.get("declension", ""), note=row.get("note", ""),
                avoid={c[6:]: split_alternatives(row[c]) for c in header if c.startswith("avoid:") and row[c]},
                genders={c[7:]: row[c] for c in header if c.startswith("gender:") and row[c]},
                article={c[8:]: row[c] for c in header if c.startswith("article:") and row[c]},
                path=path, line=number,
            )
            for column in header:
                if column.startswith("forms:") and row[column]:
                    forms, bad_forms = parse_forms(column[6:], row[column])
                    if forms:
                        entry.forms[column[6:]] = forms
                    for message in bad_forms:
                        problem(number, "error", message)
            for message in entry.validate():
                problem(number, "error", message)
            for lang, forms in entry.targets.items():
                if not forms and entry.type != "dnt":
                    problem(number, "warning", f"empty {lang} cell for {source!r}: it will only be reported, never enforced")
            key = source if entry.case_sensitive else source.casefold()
            if key in seen:
                before = seen[key]
                if before.targets != entry.targets:
                    problem(number, "error", f"{source!r} is already at line {before.line} with other targets")
                else:
                    problem(number, "warning", f"{source!r} repeats line {before.line}")
                continue
            seen[key] = entry
            glossary.entries.append(entry)
    except csv.Error as error:
        problem(getattr(error, "line", 0), "error", f"broken CSV quoting: {error}")
    return glossary


def write_text(glossary: Glossary, dialect: str = "tsv") -> str:
    columns = glossary.columns
    source_lang = glossary.languages[0]
    rows = [columns]
    for entry in glossary.entries:
        row = []
        for column in columns:
            if column == source_lang:
                row.append(entry.source)
            elif column in glossary.languages:
                row.append(" | ".join(entry.targets.get(column, [])))
            elif column.startswith("avoid:"):
                row.append(" | ".join(entry.avoid.get(column[6:], [])))
            elif column.startswith("gender:"):
                row.append(entry.genders.get(column[7:], ""))
            elif column.startswith("article:"):
                row.append(entry.article.get(column[8:], ""))
            elif column.startswith("forms:"):
                row.append(format_forms(entry.forms.get(column[6:], {})))
            else:
                row.append(getattr(entry, column))
            if dialect == "tsv" and ("\t" in row[-1] or "\n" in row[-1]):
                raise InputError(entry.place, _("the {column} cell has a line break or a tab, which a TSV file cannot "
                                                "hold; convert to .csv or .tbx instead").format(column=column))
        rows.append(row)
    if dialect == "tsv":
        return "".join("\t".join(row) + "\n" for row in rows)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()
