"""Mechanical checks of a glossary data set (tests/devset*, tests/heldout*): python tools/check_set.py FOLDER.

Written with the held-out sets by the linguists who wrote them (one copy per set at first, with small
relaxations each set needed; merged here): the checker does not judge the expected forms, it checks that
the files are well formed and that every change between `mt` and `expected` is at a glossary term.

- glossary.tsv: every row has the header's number of tab-separated cells; known values in gender, declension,
  article:bg, case, type; forms:LANG cells parse as 'key=form; key=form' with known keys.
- cases.jsonl: valid JSON per line, required fields, unique ids, one-line mt, expected == mt exactly for
  *:correct cases and != otherwise; every glossary entry found in `source` (its en, English plural or
  possessive, longest match first) has its approved form in `expected`; every word where `expected`
  differs from `mt` belongs to such an approved form (or is an adjacent preposition variant / quote mark).
Prints a per-language and per-phenomenon count table and exits 1 on any problem.
"""
import collections
import difflib
import json
import re
import sys
from pathlib import Path

HERE = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path.cwd()
RU_KEYS = {"nomn", "gent", "datv", "accs", "ablt", "loct", "loc2"}
RU_KEYS |= {"pl-" + k for k in RU_KEYS - {"loc2"}}
BG_KEYS = {"short", "full", "plural", "pl-def", "count"}
ALLOWED = {
    "type": {"", "term", "name", "dnt", "person", "place"},
    "gender": {"", "m", "f", "n", "pl"},
    "gender:bg": {"", "m", "f", "n", "pl"},
    "gender:ru": {"", "m", "f", "n", "pl"},
    "declension": {"", "full", "last", "first", "none"},
    "article:bg": {"", "never", "always", "source"},
    "case": {"", "sensitive", "insensitive"},
}
PREPOSITIONS = {"в", "во", "с", "со", "о", "об", "обо", "к", "ко", "със", "във"}
problems = []


def problem(msg):
    problems.append(msg)


def norm(word):
    return word.lower().replace("ё", "е")


def stem(word):
    return norm(word)[:3]


def stems(word):
    """Stems a form word may show up under: three letters, and two for short words (Южен / Южният)."""
    w = norm(word)
    return {w[:3], w[:2]} if len(w) <= 4 else {w[:3]}


def has_stem(word, known):
    w = norm(word)
    return w[:3] in known or w[:2] in known


def read_glossary():
    entries = []
    header = None
    for lineno, line in enumerate((HERE / "glossary.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        if len(cells) != len(header):
            problem(f"glossary.tsv:{lineno}: {len(cells)} cells, header has {len(header)}")
            continue
        row = dict(zip(header, cells))
        for col, allowed in ALLOWED.items():
            if row.get(col, "") not in allowed:
                problem(f"glossary.tsv:{lineno}: {col}={row[col]!r}")
        for lang, keys in (("ru", RU_KEYS), ("bg", BG_KEYS), ("en", {"plural"})):
            cell = row.get(f"forms:{lang}", "")
            if cell:
                for pair in cell.split("; "):
                    key, sep, form = pair.partition("=")
                    if not sep or key not in keys or not form.strip():
                        problem(f"glossary.tsv:{lineno}: forms:{lang} pair {pair!r}")
        row["_line"] = lineno
        entries.append(row)
    return header, entries


def english_variants(en, forms_en=""):
    variants = {en, en + "'s", en + "’s", en + "'", en + "’"}
    for pair in forms_en.split("; "):
        key, sep, form = pair.partition("=")
        if sep and key == "plural":
            variants |= {form, form + "'s", form + "'", form + "’"}
    if en.endswith("y") and not en.endswith(("ay", "ey", "oy")):
        variants.add(en[:-1] + "ies")
    elif en.endswith(("s", "x", "ch", "sh")):
        variants.add(en + "es")
    else:
        variants.add(en + "s")
    return variants


def terms_in(source, entries):
    """Entries occurring in source, longest match first, whole words."""
    taken = [False] * len(source)
    found = []
    for row in sorted(entries, key=lambda r: -len(r["en"])):
        same_everywhere = row["en"] == row["bg"].split(" | ")[0] == row["ru"].split(" | ")[0]
        sensitive = row.get("case") == "sensitive" or row.get("type") == "dnt" or same_everywhere
        flags = 0 if sensitive else re.IGNORECASE
        for variant in sorted(english_variants(row["en"], row.get("forms:en", "")), key=len, reverse=True):
            # (an underscore is Markdown emphasis, not part of a word: _PACE_)
            for m in re.finditer(r"(?<![\w'’])" + re.escape(variant) + r"(?![^\W_])", source.replace("_", " "), flags):
                if not any(taken[m.start():m.end()]):
                    for i in range(m.start(), m.end()):
                        taken[i] = True
                    found.append(row)
    return found


def words(text):
    return re.findall(r"[^\W_]+|[^\w\s]|_", text)


def check_cases(entries):
    ids = set()
    rows = []
    path = HERE / "cases.jsonl"
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            case = json.loads(line)
        except json.JSONDecodeError as exc:
            problem(f"cases.jsonl:{lineno}: not JSON ({exc})")
            continue
        where = f"cases.jsonl:{lineno} {case.get('id')}"
        for key in ("id", "lang", "phenomena", "source", "mt", "expected", "why"):
            if not case.get(key):
                problem(f"{where}: missing {key}")
        if case["id"] in ids:
            problem(f"{where}: duplicate id")
        ids.add(case["id"])
        lang = case["lang"]
        if lang not in ("ru", "bg") or not case["id"].startswith(lang + "-"):
            problem(f"{where}: lang/id mismatch")
        for text in ("source", "mt", "expected"):
            if "\n" in case[text]:
                problem(f"{where}: {text} has a line break")
        correct = f"{lang}:correct" in case["phenomena"]
        if correct != (case["mt"] == case["expected"]):
            problem(f"{where}: correct={correct} but mt {'==' if case['mt'] == case['expected'] else '!='} expected")
        for ph in case["phenomena"]:
            if ":" in ph and not ph.startswith(lang + ":"):
                problem(f"{where}: phenomenon {ph} of another language")
        found = terms_in(case["source"], entries)
        if not found and "brand-vs-common-noun" not in case["phenomena"]:
            problem(f"{where}: no glossary entry in source")
        prefixes = set()
        exp_prefixes = {p for w in words(case["expected"]) for p in (norm(w)[:3], norm(w)[:2])}
        for row in found:
            approved = row[lang].split(" | ")[0]
            forms = row[lang].split(" | ") + [p.partition("=")[2] for p in row.get(f"forms:{lang}", "").split("; ") if p]
            for form in forms:
                for w in words(form):
                    if w.isalnum():
                        prefixes |= stems(w)
            present = any(all(stems(w) & exp_prefixes for w in words(f) if w.isalnum()) for f in forms)
            if not present:
                problem(f"{where}: approved form of {row['en']!r} ({approved}) not found in expected")
        a, b = words(case["mt"]), words(case["expected"])

        def term_word(w):
            return w.isalnum() and has_stem(w, prefixes)

        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
            if tag == "equal":
                continue
            # every word the edit puts into expected belongs to a term (or is a preposition variant / punctuation)
            for w in b[j1:j2]:
                if w.isalnum() and not term_word(w) and norm(w) not in PREPOSITIONS:
                    problem(f"{where}: changed word {w!r} is not part of a glossary term")
            # what the edit removes from mt (the wrong rendering) must sit inside or right next to a term
            touching = b[j1:j2] + b[max(j1 - 1, 0):j1] + b[j2:j2 + 1]
            if not any(term_word(w) for w in touching):
                problem(f"{where}: edit {a[i1:i2]} -> {b[j1:j2]} is not at a glossary term")
        rows.append(case)
    return rows


def main():
    _, entries = read_glossary()
    rows = check_cases(entries)
    per_lang = collections.Counter(r["lang"] for r in rows)
    correct = collections.Counter(r["lang"] for r in rows if r["mt"] == r["expected"])
    per_ph = collections.Counter(ph for r in rows for ph in r["phenomena"])
    print(f"glossary entries: {len(entries)}")
    for lang in sorted(per_lang):
        print(f"{lang}: {per_lang[lang]} cases, {correct[lang]} already correct")
    for ph, n in sorted(per_ph.items()):
        print(f"  {ph:38} {n}")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
