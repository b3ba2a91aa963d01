"""What the timeline analyzer returns: time expressions, evidence, the page's date, events."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Timex:
    """A time expression, its normalized value and what it was resolved against."""

    start: int
    end: int
    text: str
    value: str | None
    """An ISO 8601 day, week, month or year; 199X for a decade (X for the unknown digit, as in
    ISO 8601-2); YYYY-WI for a season (TimeML's codes SP, SU, FA, WI); first/last for a range;
    TimeML's PAST_REF or FUTURE_REF when vague; None when it cannot be resolved."""
    mod: str | None
    earliest: dt.date | None
    latest: dt.date | None
    granularity: str
    tense: str
    anchor: dt.date | None
    anchor_source: str | None
    """'given' or 'inferred' when the page's date was needed, None when the text says it all."""
    rule: str
    resolved: bool
    candidates: tuple[dt.date, ...] = ()
    note: str | None = None
    leftover: str | None = None

    def __str__(self) -> str:
        if self.resolved and self.value is not None:
            shown = self.value if self.mod is None else f"{self.value} {self.mod}"
            if self.earliest != self.latest and self.earliest and self.latest:
                shown += f" [{self.earliest} .. {self.latest}]"
            return f"{self.text} -> {shown} ({self.rule})"
        why = self.note or self.rule
        return f"{self.text} -> unresolved ({why})"


@dataclass(frozen=True)
class Evidence:
    """A piece of the page (or a fact about a linked story) that says when the page was written."""

    start: int
    end: int
    text: str
    rule: str
    says: str
    fact: str | None = None

    def __str__(self) -> str:
        return f"{self.text!r}: {self.says}"


@dataclass(frozen=True)
class DateCandidate:
    """A day the page may have been written, with the evidence for and against it."""

    date: dt.date
    confidence: float
    evidence: tuple[Evidence, ...]
    against: tuple[Evidence, ...] = ()

    def __str__(self) -> str:
        day = f"{calendar.day_name[self.date.weekday()]} {self.date.isoformat()}"
        return (
            f"{day}: confidence {self.confidence:.2f}, {len(self.evidence)} pieces of evidence "
            f"for, {len(self.against)} against"
        )


@dataclass(frozen=True)
class DocumentDate:
    """The day a text is read against: given by the reader, inferred from evidence, or unknown."""

    value: dt.date | None
    source: str
    """'given', 'inferred' or 'unknown'."""
    confidence: float
    evidence: tuple[Evidence, ...] = ()
    note: str | None = None

    def __str__(self) -> str:
        if self.value is None:
            return f"document date unknown ({self.note})"
        weekday = calendar.day_name[self.value.weekday()]
        if self.source == "given":
            return f"document date {weekday} {self.value} (given)"
        return (
            f"document date {weekday} {self.value} (inferred, confidence {self.confidence:.2f}, "
            f"{len(self.evidence)} pieces of evidence)"
        )


@dataclass(frozen=True)
class Event:
    """Something that happened or will happen, with its date or range and where it is from."""

    label: str
    earliest: dt.date
    latest: dt.date
    source: str
    """'page' for the page itself, else the outlet that reports it."""
    ref: str

    @property
    def from_page(self) -> bool:
        """True when the page itself says this; False for a fact from another source."""
        return self.source == "page"

    def __str__(self) -> str:
        when = str(self.earliest)
        if self.latest != self.earliest:
            when += f" .. {self.latest}"
        where = "the page" if self.from_page else f"other source: {self.source}"
        return f"{when}  {self.label} ({where})"
