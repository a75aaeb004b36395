"""Mechanical checks of devset3: python check.py (exit 0 when all is well)."""
import csv, difflib, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent


def main():
    errors = []
    rows = [l for l in (HERE / "glossary.tsv").read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    header = rows[0].split("\t")
    for i, r in enumerate(rows[1:], 2):
        if len(r.split("\t")) != len(header):
            errors.append(f"glossary row {i}: {len(r.split(chr(9)))} cells, header has {len(header)}")
    ids = set()
    for n, line in enumerate((HERE / "cases.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            c = json.loads(line)
        except ValueError as e:
            errors.append(f"line {n}: bad JSON {e}"); continue
        for k in ("id", "lang", "phenomena", "source", "mt", "expected", "why"):
            if k not in c:
                errors.append(f"{n}: missing {k}")
        if c["id"] in ids:
            errors.append(f"{n}: duplicate id {c['id']}")
        ids.add(c["id"])
        correct = f"{c['lang']}:correct" in c["phenomena"]
        if correct != (c["mt"] == c["expected"]):
            errors.append(f"{c['id']}: correct tag and mt==expected disagree")
        if "\n" in c["mt"]:
            errors.append(f"{c['id']}: mt spans lines")
        diffs = [op for op in difflib.SequenceMatcher(None, c["mt"].split(), c["expected"].split()).get_opcodes() if op[0] != "equal"]
        if len(diffs) > 3:
            errors.append(f"{c['id']}: mt and expected differ in {len(diffs)} places")
    for e in errors:
        print(e)
    print(f"{len(ids)} cases, {len(rows) - 1} glossary entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
