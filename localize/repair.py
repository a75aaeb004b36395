"""Enforce a glossary on an existing translation: find each term's rendering, repair it, or flag it.

For every source occurrence of an entry, the aligned target line is searched, in this order, for:
1. a form of the approved term (any Russian case; Bulgarian bare, definite or count form; accepted
   alternatives) -- ``ok``, or ``inflected`` when it is not the nominative/bare form; written with the
   wrong capitals or ``е`` for ``ё`` it is ``repaired`` to the exact form;
2. a form of a rendering listed in ``avoid:LANG`` -- ``repaired`` to the approved term in the same form;
3. a near miss (transliteration variant, clipped or wrongly declined name) similar to one of the
   approved forms -- ``repaired`` to that form;
and otherwise the occurrence is ``flagged``: nothing is invented.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from localize.enforce import Decision
from localize.glossary.match import Matcher, normalise
from localize.glossary.model import Entry

#: How similar a near miss must be to an approved form (difflib ratio, lower case, ё = е).
NEAR_MISS = 0.8
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


@dataclass
class Candidate:
    form: str  # the approved form to write
    label: str  # its case or article form


def approved_forms(entry: Entry, lang: str, phrase: str | None = None, inflect=None) -> list[Candidate]:
    """Every grammatical form of ``phrase`` (default: the approved form) in ``lang``.

    ``inflect`` (phrase, case, declension, person, gender) -> form makes the Russian forms; default
    ``morphology.ru.inflect``; ``enforce.Inflector.ru`` remembers them across runs."""
    phrase = phrase or entry.approved(lang)
    if not phrase:
        return []
    if entry.type == "dnt":
        return [Candidate(phrase, "dnt")]
    if lang == "ru":
        from localize.morphology import ru

        person = entry.type == "name" and (entry.declension == "last" or entry.gender in ("m", "f") and len(phrase.split()) >= 2)
        inflect = inflect or ru.inflect
        return [Candidate(inflect(phrase, case, entry.declension or "full", person, entry.gender), case) for case in ru.CASES]
    if lang == "bg":
        from localize.morphology import bg

        forms = [Candidate(phrase, "bare")]
        if entry.type == "term":
            forms += [Candidate(bg.definite(phrase), "definite"), Candidate(bg.definite(phrase, True), "definite-full")]
            if len(phrase.split()) == 1:
                forms.append(Candidate(bg.count_form(phrase), "count"))
        return forms
    return [Candidate(phrase, "bare")]


def find_form(text: str, form: str) -> list[tuple[int, int]]:
    """(start, end) of each occurrence of ``form`` in ``text``: whole words, any case, ё = е, any spacing."""
    pattern = r"(?<![^\W_])" + r"\s+".join(re.escape(w) for w in normalise(form).lower().split()) + r"(?![^\W_])"
    return [m.span() for m in re.finditer(pattern, normalise(text).lower())]


def _near_misses(text: str, forms: list[Candidate], taken) -> tuple[float, int, int, Candidate] | None:
    words = [m.span() for m in _WORD.finditer(text)]
    lowered = normalise(text).lower()
    best = None
    for candidate in forms:
        size = len(candidate.form.split())
        target = normalise(candidate.form).lower()
        matcher = difflib.SequenceMatcher(None, "", target)  # set once: difflib caches what it knows of seq2
        for n in {max(1, size - 1), size, size + 1}:
            for i in range(len(words) - n + 1):
                start, end = words[i][0], words[i + n - 1][1]
                # difflib's own upper bound (real_quick_ratio), without building a matcher
                if 2 * min(end - start, len(target)) < NEAR_MISS * (end - start + len(target)):
                    continue
                if any(a < end and start < b for a, b in taken):
                    continue
                piece = lowered[start:end]
                matcher.set_seq1(piece)
                if matcher.quick_ratio() < NEAR_MISS:
                    continue
                ratio = matcher.ratio()
                if ratio >= NEAR_MISS and (best is None or ratio > best[0]):
                    best = (ratio, start, end, candidate)
    return best


def repair_line(source: str, target: str, matcher: Matcher, lang: str, segment: str,
                inflect=None) -> tuple[str, list[Decision]]:
    decisions: list[Decision] = []
    edits: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []

    def record(occurrence, output, status, label="", reason=""):
        entry = occurrence.entry
        decisions.append(Decision(segment=segment, start=occurrence.start, end=occurrence.end, source=occurrence.text,
                                  entry=entry.source, glossary=entry.place, approved=entry.approved(lang) or "",
                                  output=output, status=status, case=label, reason=reason))

    for occurrence in matcher.find(source):
        entry = occurrence.entry
        forms = approved_forms(entry, lang, inflect=inflect)
        if not forms:
            record(occurrence, "", "flagged", reason=f"the glossary has no {lang} form")
            continue
        accepted = [Candidate(alt, "alternative") for alt in entry.targets.get(lang, [])[1:]]
        found = None
        for candidate in forms + accepted:  # 1. the approved term, in some form
            for start, end in find_form(target, candidate.form):
                if not any(a < end and start < b for a, b in taken):
                    found = (start, end, candidate)
                    break
            if found:
                break
        if found:
            start, end, candidate = found
            taken.append((start, end))
            written = target[start:end]
            sentence_start = written[:1].isupper() and written[1:] == candidate.form[1:]
            if candidate.label == "alternative" or written == candidate.form or sentence_start:
                status = "dnt-kept" if entry.type == "dnt" else (
                    "ok" if candidate.label in ("nomn", "bare", "alternative", "dnt") else "inflected")
                record(occurrence, written, status, candidate.label)
            else:
                edits.append((start, end, candidate.form))
                record(occurrence, candidate.form, "repaired", candidate.label, reason=f"was {written!r}")
            continue
        repaired = None
        for avoid in entry.avoid.get(lang, []):  # 2. a rendering the glossary says to avoid
            for bad, good in zip(approved_forms(entry, lang, avoid, inflect), forms):
                spans = [s for s in find_form(target, bad.form) if not any(a < s[1] and s[0] < b for a, b in taken)]
                if spans:
                    repaired = (spans[0][0], spans[0][1], good, f"avoided rendering {target[spans[0][0]:spans[0][1]]!r}")
                    break
            if repaired:
                break
        if repaired is None:  # 3. a near miss
            near = _near_misses(target, forms, taken)
            if near:
                ratio, start, end, good = near
                repaired = (start, end, good, f"near miss {target[start:end]!r} ({ratio:.2f})")
        if repaired:
            start, end, good, reason = repaired
            taken.append((start, end))
            edits.append((start, end, good.form))
            record(occurrence, good.form, "repaired", good.label, reason=reason)
        else:
            record(occurrence, "", "flagged", reason=f"no rendering of {entry.approved(lang)!r} found in the translation")
    for start, end, form in sorted(edits, reverse=True):
        target = target[:start] + form + target[end:]
    return target, decisions


def apply_glossary(glossary, source_lines: list[str], target_lines: list[str], lang: str):
    """Repaired target lines and every decision (segment = line number)."""
    matcher = Matcher(glossary.entries)
    out, decisions = [], []
    for number, (source, target) in enumerate(zip(source_lines, target_lines), 1):
        repaired, found = repair_line(source, target, matcher, lang, str(number))
        out.append(repaired)
        decisions += found
    return out, decisions
