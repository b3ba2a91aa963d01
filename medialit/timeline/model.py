"""What the timeline analyzer returns: time expressions, evidence, the page's date, events."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace


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
    timeml_type: str = "DATE"
    """TimeML's type: DATE, TIME (a time of day), DURATION (a length of time) or SET (a
    repetition, "every Monday")."""
    timeml_value: str | None = None
    """TimeML's value: a day, week, month, quarter or year (2021-12-26, 2021-W52, 2021-Q4);
    a time (2021-12-26T09:00, 2021-12-26TNI for a night); a decade (199) or century (19); a
    duration (P3D, PT2H, P2Q); a set (XXXX-WXX-1 with every Monday); PAST_REF, PRESENT_REF or
    FUTURE_REF; None when it cannot be resolved."""
    parts: tuple[Timex, ...] = ()
    """The two ends of a range ("from March to May"), each a time expression of its own."""

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
    earliest: dt.date | None = None
    """The first day the page may have been written (the value itself when none is given)."""
    latest: dt.date | None = None
    """The last day the page may have been written (the value itself when none is given)."""
    rule: str | None = None
    """Which kind of evidence decided: 'given', 'page_metadata', 'stamp', 'dateline', ..."""

    def __post_init__(self) -> None:
        if self.earliest is None:
            object.__setattr__(self, "earliest", self.value)
        if self.latest is None:
            object.__setattr__(self, "latest", self.value)
        if self.rule is None and self.source == "given":
            object.__setattr__(self, "rule", "given")

    def __str__(self) -> str:
        if self.value is None and self.source == "given":
            return f"document date {self.earliest} .. {self.latest} (given: {self.note})"
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
    earliest: dt.date | None
    """None for an event known only relative to a page whose date is unknown (see `offset`)."""
    latest: dt.date | None
    source: str
    """'page' for the page itself, else the outlet that reports it."""
    ref: str
    offset: tuple[int, int] | None = None
    """Days from the page's date (earliest, latest) when the page counts from its own unknown
    date: (-2, -2) for "two days ago"."""

    def placed(self, page_date: dt.date | None) -> Event:
        """The event on the calendar: a relative one placed from the page's date, if known."""
        if self.earliest is not None or self.offset is None or page_date is None:
            return self
        first = page_date + dt.timedelta(days=self.offset[0])
        last = page_date + dt.timedelta(days=self.offset[1])
        return replace(self, earliest=first, latest=last)

    @property
    def from_page(self) -> bool:
        """True when the page itself says this; False for a fact from another source."""
        return self.source == "page"

    def __str__(self) -> str:
        if self.earliest is None and self.offset is not None:
            where = "the page" if self.from_page else f"other source: {self.source}"
            return f"{relative_days(*self.offset)}  {self.label} ({where})"
        when = str(self.earliest)
        if self.latest != self.earliest:
            when += f" .. {self.latest}"
        where = "the page" if self.from_page else f"other source: {self.source}"
        return f"{when}  {self.label} ({where})"


def relative_days(first: int, last: int) -> str:
    """Words for days counted from the page's date: "2 days before the page"."""

    def one(days: int) -> str:
        if days == 0:
            return "the page's day"
        unit = "day" if abs(days) == 1 else "days"
        return f"{abs(days)} {unit} {'before' if days < 0 else 'after'} the page"

    if first == last:
        return one(first)
    return f"{one(first)} to {one(last)}"
