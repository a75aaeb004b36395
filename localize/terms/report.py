"""What was decided for each glossary occurrence: the report (``terms.json``) and its counts."""

from __future__ import annotations

from dataclasses import dataclass, field

STATUSES = ("ok", "inflected", "repaired", "dnt-kept", "flagged")


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
        counts = {s: 0 for s in STATUSES}
        for decision in self.decisions:
            counts[decision.status] += 1
        return counts

    quantities: list[dict] = field(default_factory=list)  # localise.py: every number, with "missing" ones

    def as_dict(self) -> dict:
        return {"lang": self.lang, "counts": self.counts(), "occurrences": [dict(vars(d)) for d in self.decisions],
                "numbers": {"missing": sum(q["status"] == "missing" for q in self.quantities),
                            "occurrences": self.quantities}}
