"""The glossary dev set and the held-out set: every case is a test (`make eval` prints the table).

A case passes when `glossary apply` turns the machine translation into exactly the sentence the
editor expects; an already-correct sentence must come out unchanged. Cases listed in the set's
``known_failures.tsv`` (id, reason) are expected failures: strict, so one that starts passing must
leave the list. Whether misses are flagged in the report is measured by `make eval`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent
SETS = sorted((folder for folder in ROOT.iterdir() if folder.name.startswith(("devset", "heldout"))
               and (folder / "cases.jsonl").exists()),
              key=lambda folder: (folder.name.rstrip("0123456789"), int(folder.name[len(folder.name.rstrip("0123456789")):] or 1)))


def _cases():
    for folder in SETS:
        known = {}
        if (folder / "known_failures.tsv").exists():
            for line in (folder / "known_failures.tsv").read_text(encoding="utf-8").splitlines():
                if line.strip() and not line.startswith("#"):
                    case_id, _tab, reason = line.partition("\t")
                    known[case_id] = reason
        for line in (folder / "cases.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                marks = [pytest.mark.xfail(reason=known[case["id"]], strict=True)] if case["id"] in known else []
                yield pytest.param(folder, case, id=f"{folder.name}-{case['id']}", marks=marks)


@pytest.fixture(scope="module")
def glossaries():
    from localize.glossary import load

    return {folder: load([folder / "glossary.tsv"]) for folder in SETS}


@pytest.mark.skipif(not SETS, reason="no dev set in tests/devset")
@pytest.mark.parametrize("folder, case", list(_cases()))
def test_case(glossaries, folder, case):
    from localize.terms.repair import apply_glossary

    out, _decisions = apply_glossary(glossaries[folder], [case["source"]], [case["mt"]], case["lang"])
    assert out[0] == case["expected"]


@pytest.mark.skipif(not SETS, reason="no dev set in tests/devset")
@pytest.mark.parametrize("folder", SETS, ids=[f.name for f in SETS])
def test_glossary_of_the_set_has_no_errors(glossaries, folder):
    assert not glossaries[folder].errors, [str(e) for e in glossaries[folder].errors]


CHECKER = ROOT.parent / "tools" / "check_set.py"


@pytest.mark.parametrize("folder", SETS, ids=[f.name for f in SETS])
def test_the_set_passes_the_checker(folder):
    """Valid JSON, unique ids, changes only at a term, every glossary term in the source approved in the
    expected sentence (tools/check_set.py, written with the sets)."""
    import subprocess
    import sys

    result = subprocess.run([sys.executable, str(CHECKER), str(folder)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_checker_finds_a_change_away_from_a_term(tmp_path):
    """The checker is no formality: an expected sentence that changes a word no term explains fails it."""
    import shutil
    import subprocess
    import sys

    folder = tmp_path / "set"
    shutil.copytree(ROOT / "heldout", folder)
    lines = (folder / "cases.jsonl").read_text(encoding="utf-8").splitlines()
    case = json.loads(lines[0])
    case["expected"] = case["expected"].replace(" ", " очень ", 1)
    lines[0] = json.dumps(case, ensure_ascii=False)
    (folder / "cases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = subprocess.run([sys.executable, str(CHECKER), str(folder)], capture_output=True, text=True)
    assert result.returncode == 1, result.stdout
