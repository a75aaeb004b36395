"""Accuracy of glossary enforcement on a set of realistic machine translations (`make eval`).

Each case of ``SET/cases.jsonl`` is an English sentence, a fluent machine translation with a glossary
term wrong in one realistic way (or already right), and the sentence a careful editor expects;
``SET/glossary.tsv`` is the glossary. Every case goes through ``glossary apply`` (the code
``translate -g`` shares) and is scored: exact sentence, per language and per phenomenon. Also
counted: already-correct sentences made worse (must be 0) and misses the report does not flag
(every wrong occurrence must be flagged with a reason). ``SET/known_failures.tsv`` (id, reason) lists
cases that are known to fail; they are scored like the rest.

    python tools/eval_glossary.py tests/devset [tests/heldout] [--show-misses] [--markdown] [--together]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path


def load_cases(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / "cases.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]


def known_failures(folder: Path) -> dict[str, str]:
    path = folder / "known_failures.tsv"
    if not path.exists():
        return {}
    rows = [line.split("\t", 1) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return {row[0]: row[1] if len(row) > 1 else "" for row in rows}


def run(folder: Path) -> list[dict]:
    """Every case with its output, its decisions and its verdict."""
    from localize.glossary import load
    from localize.terms.repair import apply_glossary

    glossary = load([folder / "glossary.tsv"])
    for issue in glossary.errors:
        print(f"glossary: {issue}", file=sys.stderr)
    results = []
    for case in load_cases(folder):
        out, decisions = apply_glossary(glossary, [case["source"]], [case["mt"]], case["lang"])
        correct_input = case["mt"] == case["expected"]
        right = out[0] == case["expected"]
        results.append({**case, "output": out[0], "right": right, "correct_input": correct_input,
                        "worse": correct_input and not right,
                        "flagged": any(d.status == "flagged" or d.check for d in decisions),
                        "decisions": [(d.status, d.output, d.case, d.reason) + ((d.check,) if d.check else ())
                                      for d in decisions]})
    return results


def table(results: list[dict]) -> list[tuple]:
    by: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for r in results:
        for phenomenon in r["phenomena"]:
            by[(phenomenon, r["lang"])].append(r["right"])
        by[("ALL", r["lang"])].append(r["right"])
    phenomena = sorted({p for p, _ in by if p != "ALL"}) + ["ALL"]
    rows = []
    for phenomenon in phenomena:
        row = [phenomenon]
        for lang in ("ru", "bg"):
            hits = by.get((phenomenon, lang), [])
            row.append(f"{sum(hits)}/{len(hits)} ({100 * sum(hits) / len(hits):.0f}%)" if hits else "")
        rows.append(tuple(row))
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown (for the README)")
    parser.add_argument("--together", action="store_true",
                        help="one table for all the sets given (cases pooled), not one per set")
    args = parser.parse_args(argv)
    status = 0
    groups = [(f"{folder}", [folder]) for folder in args.sets]
    if args.together:
        groups = [(" + ".join(str(folder) for folder in args.sets), args.sets)]
    for name, folders in groups:
        results = [r for folder in folders for r in run(folder)]
        known = {k: v for folder in folders for k, v in known_failures(folder).items()}
        print(f"\n== {name} ({len(results)} cases)")
        rows = table(results)
        width = max(len(r[0]) for r in rows)
        if args.markdown:
            print("| phenomenon | ru | bg |\n| --- | --- | --- |")
            for row in rows:
                print(f"| {row[0]} | {row[1]} | {row[2]} |")
        else:
            print(f"{'phenomenon'.ljust(width)}  {'ru'.ljust(16)}  bg")
            for row in rows:
                print(f"{row[0].ljust(width)}  {row[1].ljust(16)}  {row[2]}")
        worse = [r for r in results if r["worse"]]
        unflagged = [r for r in results if not r["right"] and not r["flagged"]]
        checked = [r for r in results if r["right"] and r["flagged"]]
        print(f"correct sentences made worse: {len(worse)}; misses not flagged in the report: {len(unflagged)}; "
              f"known failures listed: {len(known)}; right outputs still flagged for a check: {len(checked)}")
        for lang in ("ru", "bg"):
            mine = [r for r in results if r["lang"] == lang]
            if mine and sum(r["right"] for r in mine) < 0.95 * len(mine):
                status = 1
        if worse:
            status = 1
        if args.show_misses:
            for r in results:
                if not r["right"]:
                    print(f"\n{r['id']} {r['phenomena']}{' (known: ' + known[r['id']] + ')' if r['id'] in known else ''}"
                          f"\n  source:   {r['source']}\n  mt:       {r['mt']}\n  expected: {r['expected']}"
                          f"\n  output:   {r['output']}\n  decisions: {r['decisions']}")
    return status


if __name__ == "__main__":
    sys.exit(main())
