"""The data every stage passes on: a document's translatable units and their sentences."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from localize.protect import Masked


@dataclass
class Unit:
    """A translatable block (paragraph, heading, list item text, table cell, line of text)."""

    id: str
    kind: str
    masked: Masked


@dataclass
class Document:
    """A parsed source: its units in reading order, plus what the format's writer needs."""

    format: str
    units: list[Unit]
    layout: Any = None
    newline: str = "\n"
    problems: list[str] = field(default_factory=list)


@dataclass
class Segment:
    """One sentence of a unit: the unit of translation (and of review)."""

    id: str
    unit: int
    source: str
    separator: str = ""  # whitespace between this sentence and the previous one in its unit
    targets: dict[str, str] = field(default_factory=dict)  # language -> translation (placeholders kept)
