"""What was decided for each glossary occurrence: the report (``terms.json``) and its counts."""

from __future__ import annotations

from dataclasses import dataclass, field

from localize.i18n import N_

STATUSES = ("ok", "inflected", "repaired", "dnt-kept", "flagged")


#: What each form label means, for people (the review page shows these in the user's language).
FORM_NAMES = {
    "nomn": N_("nominative"), "gent": N_("genitive"), "datv": N_("dative"), "accs": N_("accusative"),
    "ablt": N_("instrumental"), "loct": N_("prepositional"), "loc2": N_("locative (в порту)"),
    "pl-nomn": N_("nominative plural"), "pl-gent": N_("genitive plural"), "pl-datv": N_("dative plural"),
    "pl-accs": N_("accusative plural"), "pl-ablt": N_("instrumental plural"), "pl-loct": N_("prepositional plural"),
    "bare": N_("no article"), "short": N_("short definite article"), "full": N_("full definite article"),
    "definite": N_("definite article"), "definite-full": N_("full definite article"), "count": N_("count form"),
    "plural": N_("plural"), "pl-def": N_("definite plural"), "dnt": N_("kept as written"),
    "alternative": N_("accepted alternative"),
}


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
    check: str = ""  # what a reviewer should look at: a repair made on evidence that may not hold


@dataclass
class TermReport:
    lang: str
    decisions: list[Decision] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        counts = {s: 0 for s in STATUSES}
        for decision in self.decisions:
            counts[decision.status] += 1
        return counts

    quantities: list[dict] = field(default_factory=list)  # localise.py: every number, with "missing" ones

    def as_dict(self) -> dict:
        return {"lang": self.lang, "counts": self.counts(), "to_check": sum(bool(d.check) for d in self.decisions),
                "occurrences": [dict(vars(d)) for d in self.decisions],
                "numbers": {"missing": sum(q["status"] == "missing" for q in self.quantities),
                            "occurrences": self.quantities}}
