"""Would natasha's syntax parser (slovnet, trained on Russian news) decide Russian cases better than
localize's rules? Measured on a glossary data set, for the record (not used by localize).

For every Russian case whose English-side and translation-side rules are *not sure* of the case (no
preposition, numeral, possessive, known governor...), slovnet's morphology tagger reads the case the
term's head word should have from its context, and its dependency parser names the governing verb.
Prints how often the rules, and the rules with slovnet as the fallback, give the expected sentence.

    python tools/eval_natasha.py tests/devset2
"""

from __future__ import annotations

import functools
import importlib.util
import json
import sys
import time
from pathlib import Path

CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


@functools.lru_cache(maxsize=1)
def models():
    from navec import Navec
    from slovnet import Morph

    data = Path(importlib.util.find_spec("natasha").submodule_search_locations[0]) / "data"
    navec = Navec.load(str(data / "emb" / "navec_news_v1_1B_250K_300d_100q.tar"))
    return Morph.load(str(data / "model" / "slovnet_morph_news_v1.tar"), batch_size=4).navec(navec)


def tagged_case(before: str, term: str) -> str | None:
    """The case slovnet's tagger gives the term's last word in ``before + term``."""
    import re

    tokens = re.findall(r"\w+|[^\w\s]", before + term)
    head = len(re.findall(r"\w+|[^\w\s]", before + term)) - 1
    tag = models()(tokens).tokens[head].tag
    for part in tag.split("|"):
        if part.startswith("Case="):
            return CASES.get(part[5:])
    return None


def main(folder: str) -> None:
    from localize.glossary import load
    from localize.terms import context
    from localize.terms.repair import apply_glossary

    folder = Path(folder)
    glossary = load([folder / "glossary.tsv"])
    cases = [json.loads(line) for line in (folder / "cases.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    cases = [c for c in cases if c["lang"] == "ru"]
    rules = sum(apply_glossary(glossary, [c["source"]], [c["mt"]], "ru")[0][0] == c["expected"] for c in cases)

    started = time.perf_counter()
    models()
    loaded = time.perf_counter() - started
    from localize.terms import forms, repair

    original = repair.decide

    def with_slovnet(entry, lang, role, before, previous=None, own=None, inflect=None, also_own=(), **kwargs):
        need, form = original(entry, lang, role, before, previous, own, inflect, also_own, **kwargs)
        if lang != "ru" or need.sure:
            return need, form
        case = tagged_case(before, entry.approved("ru") or "")
        if not case:
            return need, form
        need = context.Need(case, "slovnet", need.number)
        return need, forms.render(entry, lang, need, inflect)

    repair.decide = with_slovnet
    try:
        started = time.perf_counter()
        both = sum(apply_glossary(glossary, [c["source"]], [c["mt"]], "ru")[0][0] == c["expected"] for c in cases)
        seconds = time.perf_counter() - started
    finally:
        repair.decide = original
    print(f"{folder}: {len(cases)} Russian cases; rules {rules}/{len(cases)}; rules + slovnet fallback "
          f"{both}/{len(cases)}; slovnet load {loaded:.2f} s, run {seconds:.2f} s")


if __name__ == "__main__":
    for name in sys.argv[1:]:
        main(name)
