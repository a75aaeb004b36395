"""Enforce the glossary: every source occurrence comes out as the approved form, inflected, or flagged.

Before translation (``protect_terms``) each occurrence in a unit's masked text becomes a placeholder
``⟦k⟧`` the model copies; the approved form never goes through the model, so it cannot be
mistranslated. After translation (``render_terms``) each placeholder is replaced by the approved form
in the form its new context needs: in Russian the case a preceding preposition governs (or the
genitive for an English possessive), in Bulgarian the definite article when the source had "the"
(full article at the start of a sentence) and the count form after a numeral. A do-not-translate
entry is copied as it is. A placeholder the model lost is *flagged*: the approved form is put at the
end of the sentence so nothing is silently missing, and the reason goes to the report.

Statuses (DESIGN.md): ok, inflected, repaired, dnt-kept, flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from localize.glossary.match import Matcher
from localize.glossary.model import Entry
from localize.protect import Masked

_NUMERAL_BEFORE = re.compile(r"(?:\d[\d\s.,]*|\b(?:два|две|три|четири|пет|шест|седем|осем|девет|десет|няколко))\s*$", re.I)
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+)[\"'„“«(\s]*$")


@dataclass
class Slot:
    """One protected occurrence: placeholder id, the entry, and what the source said around it."""

    id: int
    unit: int
    entry: Entry
    source: str
    possessive: bool
    definite: bool
    segment: str = ""
    start: int = 0  # offsets in the segment's source text (placeholders included)
    end: int = 0


@dataclass
class Decision:  # scalar fields only: TermReport.as_dict copies vars(), no deep copy
    segment: str
    start: int
    end: int
    source: str
    entry: str
    glossary: str
    approved: str
    output: str
    status: str
    case: str = ""
    reason: str = ""


@dataclass
class TermReport:
    lang: str
    decisions: list[Decision] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        counts = {s: 0 for s in ("ok", "inflected", "repaired", "dnt-kept", "flagged")}
        for decision in self.decisions:
            counts[decision.status] += 1
        return counts

    quantities: list[dict] = field(default_factory=list)  # localise.py: every number, with "missing" ones

    def as_dict(self) -> dict:
        return {"lang": self.lang, "counts": self.counts(), "occurrences": [dict(vars(d)) for d in self.decisions],
                "numbers": {"missing": sum(q["status"] == "missing" for q in self.quantities),
                            "occurrences": self.quantities}}


def protect_terms(masked: Masked, matcher: Matcher, unit: int) -> list[Slot]:
    """Replace every glossary occurrence in ``masked.text`` by a new atom placeholder; returns the slots."""
    occurrences = matcher.find(masked.text)
    if not occurrences:
        return []
    next_id = max(masked.ids, default=0) + 1
    slots, pieces, last = [], [], 0
    for occurrence in occurrences:
        before = re.sub(r"\s*⟦\d+⟧\s*$", " ", masked.text[:occurrence.start])  # "the [Academy": markup between
        definite = bool(re.search(r"\bthe\s+$", before, re.I))
        slots.append(Slot(next_id, unit, occurrence.entry, occurrence.text, occurrence.possessive, definite))
        pieces += [masked.text[last:occurrence.start], f"⟦{next_id}⟧"]
        last = occurrence.end
        next_id += 1
    pieces.append(masked.text[last:])
    masked.text = "".join(pieces)
    masked.terms = {slot.id: slot for slot in slots}
    return slots


def locate(slots, segments) -> None:
    """Record which segment each placeholder (a glossary ``Slot``, a ``localise.Quantity``) fell into, and where."""
    by_unit: dict[int, list] = {}
    for segment in segments:
        by_unit.setdefault(segment.unit, []).append(segment)
    for slot in slots:
        token = f"⟦{slot.id}⟧"
        for segment in by_unit.get(slot.unit, []):
            at = segment.source.find(token)
            if at >= 0:
                slot.segment, slot.start, slot.end = segment.id, at, at + len(token)
                break


class Inflector:
    """Russian inflection (pymorphy3), remembered: in this run, and across runs in the memory's database,
    so a re-run whose terms were all seen before never loads pymorphy3's dictionaries."""

    def __init__(self, memory=None):
        self.memory = memory
        self.known: dict[str, str] = {}
        self.new: dict[str, str] = {}

    def ru(self, phrase: str, case: str, declension: str, person: bool, gender: str) -> str:
        if case == "nomn" or declension == "none":
            return phrase
        key = f"ru|{phrase}|{case}|{declension}|{int(person)}|{gender}"
        if key not in self.known and self.memory is not None:
            self.known.update(self.memory.forms([key]))
        if key not in self.known:
            from localize.morphology import ru

            self.known[key] = self.new[key] = ru.inflect(phrase, case, declension, person, gender)
        return self.known[key]

    def save(self) -> None:
        if self.memory is not None and self.new:
            self.memory.store_forms(self.new)
            self.new = {}


_DEFAULT_INFLECTOR = Inflector()


def _form(slot: Slot, lang: str, before: str, inflector: Inflector = _DEFAULT_INFLECTOR) -> tuple[str, str, str]:
    """(form, status, case) for a slot whose output context is ``before``."""
    entry = slot.entry
    approved = entry.approved(lang)
    before = re.sub(r"\s*⟦/?\d+⟧\s*", " ", before).rstrip() + " "  # markup between a preposition and the term
    if entry.type == "dnt":
        return approved, "dnt-kept", ""
    if lang == "ru":
        from localize.morphology.ru import case_from_context

        case = "gent" if slot.possessive else case_from_context(before)
        person = entry.type == "name" and (entry.declension == "last" or entry.gender in ("m", "f") and
                                           len(approved.split()) >= 2)
        form = inflector.ru(approved, case, entry.declension or "full", person, entry.gender)
        return form, ("ok" if form == approved else "inflected"), case
    if lang == "bg" and entry.type == "term":
        from localize.morphology import bg

        if _NUMERAL_BEFORE.search(before) and len(approved.split()) == 1:
            form = bg.count_form(approved)
            return form, ("ok" if form == approved else "inflected"), "count"
        if slot.definite:
            form = bg.definite(approved, subject=bool(_SENTENCE_START.search(before)))
            return form, ("ok" if form == approved else "inflected"), "definite"
    return approved, "ok", ""


def lost_slots(translated: str, masked: Masked, segment: str) -> list[Slot]:
    """The segment's term slots whose placeholder is not in the model's output."""
    return [slot for n, slot in (getattr(masked, "terms", {}) or {}).items()
            if slot.segment == segment and f"⟦{n}⟧" not in translated]


def spell_out(source: str, slots: list[Slot]) -> str:
    """A segment's source with the given slots' placeholders replaced by their source text."""
    for slot in slots:
        source = source.replace(f"⟦{slot.id}⟧", slot.source)
    return source


def repair_retranslation(retranslated: str, spelled: str, slots: list[Slot], lang: str,
                         segment: str, inflector: Inflector | None = None) -> tuple[str, list[Decision]] | None:
    """Fallback for lost placeholders: the segment was translated again with those terms spelled out;
    find each term's rendering there (as ``glossary apply`` does) and put the approved form in its place.
    None when a term cannot be found: the caller then flags it."""
    from localize.glossary.match import Matcher
    from localize.repair import repair_line

    text, decisions = repair_line(spelled, retranslated, Matcher([slot.entry for slot in slots]), lang, segment,
                                  (inflector or _DEFAULT_INFLECTOR).ru)
    if len(decisions) != len(slots) or any(d.status == "flagged" for d in decisions):
        return None
    for slot, decision in zip(slots, sorted(decisions, key=lambda d: d.start)):
        decision.start, decision.end, decision.source = slot.start, slot.end, slot.source
        decision.reason = ("the model lost the placeholder; retranslated with the term spelled out"
                           + (f", {decision.reason}" if decision.reason else ""))
    return text, decisions


def render_terms(translated: str, masked: Masked, lang: str, segment: str | None = None,
                 inflector: Inflector = _DEFAULT_INFLECTOR, skip=()) -> tuple[str, list[Decision]]:
    """Put the approved forms into a translation; returns the text and a decision per slot.

    ``translated`` is one segment's output when ``segment`` names it (only that segment's slots are
    expected there), else a whole unit's. Slots whose ids are in ``skip`` were handled elsewhere.
    """
    slots: dict[int, Slot] = getattr(masked, "terms", {}) or {}
    if segment is not None:
        slots = {n: slot for n, slot in slots.items() if slot.segment == segment and n not in skip}
    if not slots:
        return translated, []
    decisions, placed = [], set()

    def replace(match: re.Match) -> str:
        n = int(match.group(1))
        slot = slots.get(n)
        if slot is None:
            return match.group(0)  # not ours: protect.restore deals with it
        if n in placed:
            return ""  # a duplicated term placeholder: keep the first
        placed.add(n)
        approved = slot.entry.approved(lang)
        if approved is None:
            decisions.append(_decision(slot, lang, slot.source, "flagged", reason=f"the glossary has no {lang} form"))
            return slot.source
        form, status, case = _form(slot, lang, translated[:match.start()], inflector)
        if _all_caps(slot.source) and not _all_caps(slot.entry.source):
            form = form.upper()  # an ALL-CAPS dateline stays in capitals
        decisions.append(_decision(slot, lang, form, status, case))
        return form

    text = re.sub(r"⟦(\d+)⟧", replace, translated)
    for n, slot in slots.items():
        if n in placed:
            continue
        mangled = re.search(rf"[\[({{<⟨]\s*{n}\s*[\])}}>⟩]", text)
        if mangled and mangled.group(0) not in masked.text and slot.entry.approved(lang):
            form, _status, case = _form(slot, lang, text[:mangled.start()], inflector)
            text = text[:mangled.start()] + form + text[mangled.end():]
            decisions.append(_decision(slot, lang, form, "repaired", case,
                                       reason=f"the model mangled the placeholder as {mangled.group(0)!r}"))
            continue
        approved = slot.entry.approved(lang) or slot.source
        text = text.rstrip() + " " + approved
        decisions.append(_decision(slot, lang, approved, "flagged",
                                   reason="the model lost the term's placeholder; the approved form was added at the end"))
    decisions.sort(key=lambda d: (d.segment, d.start))
    return text, decisions


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def _decision(slot: Slot, lang: str, output: str, status: str, case: str = "", reason: str = "") -> Decision:
    return Decision(segment=slot.segment, start=slot.start, end=slot.end, source=slot.source,
                    entry=slot.entry.source, glossary=slot.entry.place, approved=slot.entry.approved(lang) or "",
                    output=output, status=status, case=case, reason=reason)


def expand_terms(text: str, masked: Masked) -> str:
    """A segment's source with its term and quantity placeholders spelled out (as translators see it)."""
    spelled = {n: slot.source for n, slot in (getattr(masked, "terms", {}) or {}).items()}
    spelled.update({n: q.source for n, q in (getattr(masked, "quantities", {}) or {}).items()})
    return re.sub(r"⟦(\d+)⟧", lambda m: spelled.get(int(m.group(1)), m.group(0)), text)


def check_terms(text: str, masked: Masked, lang: str, segment: str,
                inflector: Inflector | None = None) -> list[Decision]:
    """Decisions for a segment whose translation was not made here (a reviewed human segment):
    the approved term must be in it, in some form; nothing is changed."""
    from localize.repair import approved_forms, find_form

    decisions = []
    for slot in (getattr(masked, "terms", {}) or {}).values():
        if slot.segment != segment:
            continue
        found = None
        for candidate in approved_forms(slot.entry, lang, inflect=(inflector or _DEFAULT_INFLECTOR).ru):
            spans = find_form(text, candidate.form)
            if spans:
                found = (text[spans[0][0]:spans[0][1]], candidate.label)
                break
        if found:
            status = "dnt-kept" if slot.entry.type == "dnt" else ("ok" if found[1] in ("nomn", "bare") else "inflected")
            decisions.append(_decision(slot, lang, found[0], status, found[1], reason="approved human translation"))
        else:
            decisions.append(_decision(slot, lang, "", "flagged",
                                       reason="the approved human translation does not use the approved term"))
    return decisions
