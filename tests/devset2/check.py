"""Mechanical checks of devset2 (run: python tests/devset2/check.py). Not a test of localize itself."""
import csv, difflib, json, re, sys
from collections import Counter
from pathlib import Path



def main():
    HERE = Path(__file__).parent
    errors = []
    rows = [l for l in (HERE / "glossary.tsv").read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    hdr = rows[0].split("\t")
    entries = []
    for n, l in enumerate(rows[1:], 2):
        c = l.split("\t")
        if len(c) != len(hdr):
            errors.append(f"glossary row {n}: {len(c)} cells, header has {len(hdr)}")
            continue
        entries.append(dict(zip(hdr, c)))

    def en_pattern(e):
        en = e["en"]
        sensitive = e["type"] == "dnt" or en.isupper()
        words = en.split()
        last = re.escape(words[-1])
        if e["type"] != "dnt" and e["gender"] != "pl":
            last += r"(?:s|es)?"
        pat = r"(?<![\w-])" + r"\s+".join([re.escape(w) for w in words[:-1]] + [last]) + r"(?![\w-])"
        return re.compile(pat, 0 if sensitive else re.I)

    pats = sorted(((en_pattern(e), e) for e in entries), key=lambda x: -len(x[1]["en"]))

    def terms_in(src):
        found, taken = [], []
        for p, e in pats:
            for m in p.finditer(src):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                found.append(e)
        return found

    def stems(form):
        return [w[:max(2, min(len(w) - 2, 5))].lower() for w in re.findall(r"[\w-]+", form) if len(w) >= 2]

    ids, counts = set(), Counter()
    per_lang = Counter()
    correct = Counter()
    for n, line in enumerate((HERE / "cases.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            c = json.loads(line)
        except Exception as ex:
            errors.append(f"line {n}: bad JSON {ex}"); continue
        for k in ("id", "lang", "phenomena", "source", "mt", "expected", "why"):
            if k not in c: errors.append(f"{n}: missing {k}")
        if c["id"] in ids: errors.append(f"{c['id']}: duplicate id")
        ids.add(c["id"])
        lang = c["lang"]; per_lang[lang] += 1
        for p in c["phenomena"]: counts[(lang, p)] += 1
        is_correct = f"{lang}:correct" in c["phenomena"]
        correct[lang] += is_correct
        if any("\n" in c[k] for k in ("source", "mt", "expected")): errors.append(f"{c['id']}: newline")
        if is_correct != (c["mt"] == c["expected"]):
            errors.append(f"{c['id']}: correct-tag and mt==expected disagree")
        found = terms_in(c["source"])
        if not found:
            errors.append(f"{c['id']}: no glossary term in source")
        # every term's approved form (some inflection) must be in expected
        for e in found:
            approved = e[lang].split(" | ")[0]
            st = stems(approved) or [approved.lower()]
            if not all(s in c["expected"].lower() for s in st):
                errors.append(f"{c['id']}: approved form of {e['en']!r} ({approved}) not found in expected")
        # mt and expected differ only in words near a term rendering (or the preposition before it)
        a, b = re.findall(r"\S+", c["mt"]), re.findall(r"\S+", c["expected"])
        allowed = set()
        for e in found:
            for alt in [e[lang]] + [x for x in e.get("avoid:" + lang, "").split(" | ") if x]:
                allowed.update(stems(alt.split(" | ")[0]))
        sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            if op == "equal": continue
            for w in b[j1:j2]:  # the expected side must consist of term words (and preposition variants)
                wl = re.sub(r"[^\w-]", "", w).lower()
                if wl in {"в", "во", "с", "со", "к", "ко", "о", "об"}: continue
                if not any(wl.startswith(s) for s in allowed):
                    errors.append(f"{c['id']}: change outside a term: {w!r}")

    print(dict(per_lang), "correct:", dict(correct))
    for (lang, p), k in sorted(counts.items()): print(f"{lang}\t{p}\t{k}")
    print("\n".join(errors) or "OK")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
