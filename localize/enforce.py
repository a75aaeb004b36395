"""Enforce the glossary in ``translate -g``: every source occurrence comes out as the approved form, in
the form its sentence needs, or flagged.

Before translation (``protect_terms``) each occurrence in a unit's masked text becomes a placeholder
``⟦k⟧`` the model copies, and the English words around it are kept with it (what they say of it — subject,
definite, plural, possessive: ``terms.context.Role`` — is read only when its form is decided, so a decision the
memory holds costs no English reading); the approved form never goes through the model, so it cannot
be mistranslated. After translation (``render_terms``) each placeholder is replaced by the form its new
context needs (``terms.repair.decide``: ``terms.context`` decides, ``terms.forms`` generates), each
decision remembered in the translation memory. A do-not-translate entry is copied as it is. A mangled
placeholder is repaired in place; a lost one is *flagged*: the approved form is put at the end of the
sentence so nothing is silently missing, and the reason goes to the report (the pipeline first tries
retranslating the segment with the term spelled out: ``repair_retranslation``).

Statuses (DESIGN.md): ok, inflected, repaired, dnt-kept, flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from localize.glossary.match import Matcher
from localize.glossary.model import Entry
from localize.protect import Masked
from localize.terms.context import english_role
from localize.terms.report import Decision, TermReport  # noqa: F401  (TermReport: the pipeline's import)



@dataclass
class Slot:
    """One protected occurrence: placeholder id, the entry, and what the source said around it."""

    id: int
    unit: int
    entry: Entry
    source: str
    possessive: bool
    segment: str = ""
    role: object = None  # terms.context.Role: subject, definite, plural, possessive in the English sentence
    english: tuple = ()  # (the English words around it, its start and end there, plural, possessive): what the
    #                      role is read from, only when a decision is not remembered (``_role``)
    start: int = 0  # offsets in the segment's source text (placeholders included)
    end: int = 0


def protect_terms(masked: Masked, matcher: Matcher, unit: int) -> list[Slot]:
    """Replace every glossary occurrence in ``masked.text`` by a new atom placeholder; returns the slots."""
    occurrences = matcher.find(masked.text)
    if not occurrences:
        return []
    next_id = max(masked.ids, default=0) + 1
    blank = re.sub(r"⟦/?\d+⟧", lambda m: " " * len(m.group(0)), masked.text)  # the English words, same offsets
    slots, pieces, last = [], [], 0
    for occurrence in occurrences:
        window = max(0, occurrence.start - 300)  # what english_role reads of the text (it windows the same way)
        english = (blank[window:occurrence.end + 300], occurrence.start - window, occurrence.end - window,
                   getattr(occurrence, "plural", False), occurrence.possessive)
        slots.append(Slot(next_id, unit, occurrence.entry, occurrence.text, occurrence.possessive, english=english))
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


def source_offsets(slots, segments, units) -> None:
    """Give each located slot the offsets of its English words in its segment's source as translators
    read it (terms and numbers spelled out, markup codes left out), instead of its placeholder's.

    The report (``terms.json``) and the review page use these offsets."""
    by_id = {segment.id: segment for segment in segments}
    for slot in slots:
        segment = by_id.get(slot.segment)
        if segment is None:
            continue
        at = segment.source.find(f"⟦{slot.id}⟧")
        prefix = re.sub(r"⟦/?\d+⟧", "", expand_terms(segment.source[:at], units[segment.unit].masked))
        slot.start, slot.end = len(prefix), len(prefix) + len(slot.source)


def readable_source(segment, units) -> str:
    """A segment's source as translators read it: terms and numbers spelled out, markup codes left out.

    ``readable_source(s, units)[d.start:d.end] == d.source`` for every decision ``d`` of the segment."""
    return re.sub(r"⟦/?\d+⟧", "", expand_terms(segment.source, units[segment.unit].masked))


class Inflector:
    """Russian inflection (pymorphy3), remembered: in this run, and across runs in the memory's database,
    so a re-run whose terms were all seen before never loads pymorphy3's dictionaries."""

    def __init__(self, memory=None):
        self.memory = memory
        self.known: dict[str, str] = {}
        self.new: dict[str, str] = {}

    def ru(self, phrase: str, case: str, declension: str, person: bool, gender: str, number: str = "sing") -> str:
        if (case == "nomn" and number == "sing") or declension == "none":
            return phrase
        key = f"ru2|{phrase}|{case}|{declension}|{int(person)}|{gender}|{number}"
        if key not in self.known and self.memory is not None:
            self.known.update(self.memory.forms([key]))
        if key not in self.known:
            from localize.morphology import ru

            self.known[key] = self.new[key] = ru.inflect(phrase, case, declension, person, gender, number)
        return self.known[key]

    def remembered(self, key: str, compute):
        """``compute()`` (a JSON-able value), remembered under ``key`` like the inflections: a re-run
        decides nothing again, so it loads no dictionary and no parser."""
        import json

        if key not in self.known and self.memory is not None:
            self.known.update(self.memory.forms([key]))
        if key not in self.known:
            self.known[key] = self.new[key] = json.dumps(compute(), ensure_ascii=False)
        return json.loads(self.known[key])

    def save(self) -> None:
        if self.memory is not None and self.new:
            self.memory.store_forms(self.new)
            self.new = {}


_DEFAULT_INFLECTOR = Inflector()


def _fields(role) -> tuple:
    """A role's field values, as ``dataclasses.astuple`` gives them for its flat fields, without its deep copy
    (it cost 15 ms of a 3,000-word article's 135 terms).

    >>> from localize.terms.context import Role
    >>> from dataclasses import astuple
    >>> _fields(Role(subject=True, preposition="of")) == astuple(Role(subject=True, preposition="of"))
    True
    """
    return tuple(vars(role).values())  # (a dataclass sets its fields in their order)


def _role(slot: Slot):
    """The slot's ``Role``, read from its English words the first time it is needed: a decision the memory
    (or this run) already holds needs none, so a re-run reads no English sentence again."""
    if slot.role is None and slot.english:
        slot.role = english_role(*slot.english)
    return slot.role


def _english_key(slot: Slot) -> str:
    """What the slot's role is read from, for a remembered decision's key: the role's fields when it was given,
    else a digest of its English words (the same words give the same role)."""
    if slot.english:
        import hashlib

        return "en:" + hashlib.sha1(repr(slot.english).encode("utf-8")).hexdigest()
    return repr(_fields(slot.role)) + str(slot.role.plural) if slot.role else ""


def _form(slot: Slot, lang: str, before: str, inflector: Inflector = _DEFAULT_INFLECTOR,
          previous=None, after: str = "") -> tuple[str, str, str, object]:
    """(form, status, label, need) for a slot whose output context is ``before``."""
    from localize.terms.repair import decide

    entry = slot.entry
    approved = entry.approved(lang)
    before = re.sub(r"\s*⟦/?\d+⟧\s*", " ", before).rstrip() + " " if before.strip() else ""
    if entry.type == "dnt":
        return approved, "dnt-kept", "dnt", None
    from localize.terms.context import Need
    from localize.terms.forms import GENDER_HINTS, Form

    def compute():
        need, form = decide(entry, lang, _role(slot), before, previous, inflect=inflector.ru, after=after)
        return [form.text, form.label, dict(vars(need))]  # (its fields are flat: no deep copy)

    key = "|".join(["dec3", lang, entry.source, approved or "", entry.type, entry.gender, entry.declension,
                    repr(getattr(entry, "genders", "")), repr(getattr(entry, "forms", "")),
                    repr(getattr(entry, "article", "")), (GENDER_HINTS.get() or {}).get(entry.source, ""),
                    _english_key(slot), str(slot.possessive), repr(previous), before[-100:], after[:40]])
    text, label, need = inflector.remembered(key, compute)
    form = Form(text, label)
    return form.text, ("ok" if form.text == approved else "inflected"), form.label, Need(**need)


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
    from localize.terms.repair import repair_line

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
    from localize.terms.repair import adapt_preposition, fit

    decisions, placed = [], set()
    out, last = "", 0
    previous, previous_end = None, -1
    for match in re.finditer(r"⟦(\d+)⟧", translated):
        out += translated[last:match.start()]
        last = match.end()
        n = int(match.group(1))
        slot = slots.get(n)
        if slot is None:
            out += match.group(0)  # not ours: protect.restore deals with it
            continue
        if n in placed:
            continue  # a duplicated term placeholder: keep the first
        placed.add(n)
        if slot.entry.approved(lang) is None:
            decisions.append(_decision(slot, lang, slot.source, "flagged", reason=f"the glossary has no {lang} form"))
            out += slot.source
            continue
        between = re.sub(r"⟦/?\d+⟧", "", out[previous_end:]) if previous_end >= 0 else None
        coordinated = previous if between is not None and re.fullmatch(r"\s*,?\s*(?:и|или|либо|а также)\s*",
                                                                       between) else None
        after = re.sub(r"\s*⟦/?\d+⟧\s*", " ", translated[match.end():match.end() + 80])
        form, status, label, need = _form(slot, lang, out, inflector, coordinated, after)
        if _all_caps(slot.source) and not _all_caps(slot.entry.source):
            form = form.upper()  # an ALL-CAPS dateline stays in capitals
        else:
            form = fit(form, "", re.sub(r"\s*⟦/?\d+⟧\s*", " ", out))
        if lang == "ru":
            out = adapt_preposition(out, form)
        decisions.append(_decision(slot, lang, form, status, label, reason=getattr(need, "reason", "")))
        out += form
        previous, previous_end = need, len(out)
    text = out + translated[last:]
    for n, slot in slots.items():
        if n in placed:
            continue
        mangled = re.search(rf"[\[({{<⟨]\s*{n}\s*[\])}}>⟩]", text)
        if mangled and mangled.group(0) not in masked.text and slot.entry.approved(lang):
            form, _status, case, _need = _form(slot, lang, text[:mangled.start()], inflector)
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
    from localize.terms.find import find_form
    from localize.terms.forms import all_forms

    decisions = []
    for slot in (getattr(masked, "terms", {}) or {}).values():
        if slot.segment != segment:
            continue
        found = None
        for candidate in all_forms(slot.entry, lang, (inflector or _DEFAULT_INFLECTOR).ru):
            spans = find_form(text, candidate.text)
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
