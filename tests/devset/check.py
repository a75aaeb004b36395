"""Mechanical checks of the glossary-enforcement dev set (no dependencies; run: python tests/devset/check.py).

- glossary.tsv: every row has the header's tab count; type, case, gender, gender:LANG, declension, article:bg take
  their allowed values; forms:LANG cells are `key=form` pairs separated by `; ` with known keys.
- cases.jsonl: valid JSON with the fields; unique ids; lang ru|bg; phenomena ids prefixed by the lang (or shared);
  `*:correct` cases have expected == mt and the others differ; every changed span of `expected` (word diff against
  `mt`) is made of words of an approved form of the glossary (any inflection: a shared stem), an adjacent preposition
  variant, quotation marks or markup; every glossary entry found in `source` (longest match first, English plural and
  possessive included) has its approved form, in some inflection, in `expected`.
Exit 1 with one line per problem.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ALLOWED = {
    "type": {"", "term", "name", "dnt"},
    "case": {"", "sensitive", "insensitive"},
    "gender": {"", "m", "f", "n", "pl"},
    "gender:bg": {"", "m", "f", "n", "pl"},
    "gender:ru": {"", "m", "f", "n", "pl"},
    "declension": {"", "full", "last", "first", "none"},
    "article:bg": {"", "never", "always", "source"},
}
RU_KEYS = {"nomn", "gent", "datv", "accs", "ablt", "loct", "loc2"}
RU_KEYS |= {"pl-" + k for k in RU_KEYS - {"loc2"}}
BG_KEYS = {"short", "full", "plural", "pl-def", "count"}
PREPOSITIONS = {"ru": {"в", "во", "с", "со", "к", "ко", "о", "об", "обо"}, "bg": {"в", "във", "с", "със"}}
SHARED = {"latin-brand", "brand-vs-common-noun", "quoted-approved-form", "markup-neighbours"}
WORD = re.compile(r"[\w'’-]+|[^\w\s]", re.UNICODE)

problems: list[str] = []


def problem(where: str, message: str) -> None:
    problems.append(f"{where}: {message}")


def read_glossary(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").split("\n")
    header = None
    entries = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        if len(cells) != len(header):
            problem(f"{path.name}:{number}", f"{len(cells)} fields, the header has {len(header)}")
            continue
        row = dict(zip(header, cells))
        row["_line"] = number
        for column, allowed in ALLOWED.items():
            if row.get(column, "") not in allowed:
                problem(f"{path.name}:{number}", f"{column}={row[column]!r} not in {sorted(allowed)}")
        for lang, keys in (("ru", RU_KEYS), ("bg", BG_KEYS)):
            cell = row.get(f"forms:{lang}", "")
            if not cell:
                continue
            for pair in cell.split("; "):
                key, sep, form = pair.partition("=")
                if not sep or key not in keys or not form.strip():
                    problem(f"{path.name}:{number}", f"forms:{lang}: bad pair {pair!r}")
        for column in header:
            if row[column] != row[column].strip():
                problem(f"{path.name}:{number}", f"{column}: leading or trailing spaces")
        entries.append(row)
    return entries


def norm(word: str) -> str:
    return word.lower().replace("ё", "е")


def stem_match(token: str, word: str) -> bool:
    """Same word in another inflection: a common prefix of most of the shorter word."""
    a, b = norm(token), norm(word)
    if a == b:
        return True
    if len(a) < 3 or len(b) < 3:
        return False
    common = len(next(iter([p for p in [a[: i] for i in range(min(len(a), len(b)), 0, -1)] if b.startswith(p)]), ""))
    return common >= max(3, min(len(a), len(b)) - 3)


def target_words(entry: dict, lang: str) -> list[str]:
    words = []
    approved = entry[lang].split(" | ")[0]
    words += [w for w in WORD.findall(approved) if w[0].isalnum()]
    for pair in filter(None, entry.get(f"forms:{lang}", "").split("; ")):
        words += [w for w in WORD.findall(pair.partition("=")[2]) if w[0].isalnum()]
    if lang == "bg":  # Среден → Средният: the е of -ен drops before the article
        words += [w[:-2] + "н" for w in words if w.endswith("ен")]
    return words


def source_pattern(entry: dict) -> re.Pattern:
    en = re.escape(entry["en"])
    flags = 0 if entry["case"] == "sensitive" or entry["type"] == "dnt" else re.IGNORECASE
    return re.compile(rf"(?<![\w-]){en}(?:s|es)?(?:'s|')?(?![\w-])", flags | re.UNICODE)


def entries_in(source: str, entries: list[dict]) -> list[dict]:
    taken: list[tuple[int, int]] = []
    found = []
    for entry in sorted(entries, key=lambda e: -len(e["en"])):
        for m in source_pattern(entry).finditer(source):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append(entry)
    return found


def check_cases(path: Path, entries: list[dict]) -> dict:
    seen = set()
    counts: dict = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{number}"
        try:
            case = json.loads(line)
        except json.JSONDecodeError as error:
            problem(where, f"invalid JSON: {error}")
            continue
        for field in ("id", "lang", "phenomena", "source", "mt", "expected", "why"):
            if field not in case:
                problem(where, f"missing {field}")
        cid, lang = case.get("id"), case.get("lang")
        where = f"{where} {cid}"
        if cid in seen:
            problem(where, "duplicate id")
        seen.add(cid)
        if lang not in ("ru", "bg"):
            problem(where, f"lang {lang!r}")
            continue
        for text in ("source", "mt", "expected"):
            if "\n" in case[text] or case[text] != case[text].strip():
                problem(where, f"{text} is not one trimmed line")
        for p in case["phenomena"]:
            if not (p.startswith(lang + ":") or p in SHARED):
                problem(where, f"phenomenon {p!r} does not belong to {lang}")
            counts.setdefault(lang, {}).setdefault(p, 0)
            counts[lang][p] += 1
        correct = f"{lang}:correct" in case["phenomena"]
        if correct != (case["mt"] == case["expected"]):
            problem(where, "expected == mt must hold exactly for the *:correct cases")
        vocabulary = [w for e in entries for w in target_words(e, lang)]
        mt_tokens, exp_tokens = WORD.findall(case["mt"]), WORD.findall(case["expected"])
        matcher = difflib.SequenceMatcher(a=mt_tokens, b=exp_tokens, autojunk=False)
        for op, a1, a2, b1, b2 in matcher.get_opcodes():
            if op == "equal":
                continue
            for token in exp_tokens[b1:b2] + mt_tokens[a1:a2]:
                if not token[0].isalnum():
                    continue  # quotation marks, markup
                if token.lower() in PREPOSITIONS[lang]:
                    continue
                if token in exp_tokens[b1:b2] and not any(stem_match(token, w) for w in vocabulary):
                    problem(where, f"changed word {token!r} is not part of an approved form")
        for entry in entries_in(case["source"], entries):
            words = target_words(entry, lang)
            approved = entry[lang].split(" | ")[0]
            if not words:
                continue
            head = [w for w in WORD.findall(approved) if w[0].isalnum()]
            tokens = WORD.findall(case["expected"])
            missing = [w for w in head if not any(stem_match(t, w) or stem_match(t, f) for t in tokens
                                                  for f in words if norm(f)[:2] == norm(w)[:2])]
            if missing:
                problem(where, f"{entry['en']!r} in the source, but {approved!r} is not in expected (missing {missing})")
            if entry["type"] == "dnt" and approved not in case["expected"]:
                problem(where, f"{approved!r} (dnt) is not kept as is in expected")
    return counts


def main() -> int:
    entries = read_glossary(HERE / "glossary.tsv")
    counts = check_cases(HERE / "cases.jsonl", entries)
    for lang in sorted(counts):
        total = sum(1 for line in (HERE / "cases.jsonl").read_text(encoding="utf-8").splitlines()
                    if json.loads(line)["lang"] == lang)
        print(f"{lang}: {total} cases, {counts[lang].get(lang + ':correct', 0)} already correct")
        for p, n in sorted(counts[lang].items()):
            print(f"  {p:40} {n}")
    print(f"glossary: {len(entries)} entries")
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
