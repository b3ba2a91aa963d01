"""What every resolution shares: the anchor, the fields of a Timex, and choosing by tense."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from medialit.timeline.calendar_facts import _NEAR_DAYS, _Period
from medialit.timeline.finding import _Expr
from medialit.timeline.model import Timex


def _pick(periods: Sequence[_Period], tense: str, anchor: dt.date) -> _Period | None:
    """The period a tense points to: the latest before, the next after, or the nearest."""
    if tense == "past":
        before = [p for p in periods if p[0] <= anchor]
        return max(before) if before else None
    if tense == "future":
        after = [p for p in periods if p[1] >= anchor]
        return min(after) if after else None

    def distance(p: _Period) -> int:
        return max((p[0] - anchor).days, (anchor - p[1]).days, 0)

    return min(periods, key=lambda p: (distance(p), p[0])) if periods else None


def _tense_rule(what: str, name: str, tense: str, anchor: dt.date) -> str:
    if tense == "past":
        return f"past {what}: the latest {name} on or before {anchor}"
    if tense == "future":
        return f"future {what}: the next {name} on or after {anchor}"
    return f"tense unclear, {what}: the {name} nearest to {anchor}"


_NEEDS_ANCHOR = "needs the page's date, and none was given or could be inferred"


@dataclass(frozen=True)
class _Anchor:
    day: dt.date | None
    source: str | None


def _timex(e: _Expr, text: str, **fields: Any) -> Timex:
    fields.setdefault("mod", e.mod)
    fields.setdefault("tense", e.tense)
    fields.setdefault("anchor", None)
    fields.setdefault("anchor_source", None)
    fields.setdefault("resolved", True)
    return Timex(start=e.start, end=e.end, text=text[e.start : e.end], **fields)


def _relative(e: _Expr, text: str, a: _Anchor, **fields: Any) -> Timex:
    if a.day is None:
        return _unresolved(e, text, _NEEDS_ANCHOR)
    return _timex(e, text, anchor=a.day, anchor_source=a.source, **fields)


def _unresolved(e: _Expr, text: str, note: str, **fields: Any) -> Timex:
    fields.setdefault("value", None)
    fields.setdefault("earliest", None)
    fields.setdefault("latest", None)
    fields.setdefault("granularity", "unknown")
    fields.setdefault("rule", "unresolved")
    return _timex(e, text, resolved=False, note=note, **fields)


def _day_timex(e: _Expr, text: str, day: dt.date, rule: str, a: _Anchor | None = None) -> Timex:
    fields: dict[str, Any] = {"value": day.isoformat(), "earliest": day, "latest": day}
    fields.update(granularity="day", rule=rule)
    if a is None:
        return _timex(e, text, **fields)
    return _relative(e, text, a, **fields)


def _period_timex(
    e: _Expr, text: str, value: str, period: _Period, granularity: str, rule: str, a: _Anchor
) -> Timex:
    earliest, latest = period
    if a.day is not None and e.tense == "past" and e.year is None:
        latest = min(latest, max(earliest, a.day))
    elif a.day is not None and e.tense == "future" and e.year is None:
        earliest = max(earliest, min(latest, a.day))
    fields = {"value": value, "earliest": earliest, "latest": latest}
    fields.update(granularity=granularity, rule=rule)
    if e.year is not None and e.kind != "decade":
        return _timex(e, text, **fields)
    return _relative(e, text, a, **fields)


def _too_far(chosen: _Period, nearest: _Period, anchor: dt.date) -> bool:
    """True when the tense points to a day of another year that a writer would have dated.

    Only a clearly nearer day overrides the tense: when both lie about half a year away
    ("was shot Oct. 23", seven months back), the tense still decides."""

    def gap(p: _Period) -> int:
        return max((p[0] - anchor).days, (anchor - p[1]).days, 0)

    far, near = gap(chosen), gap(nearest)
    return chosen[0].year != anchor.year and far > _NEAR_DAYS >= near and far > 2 * near


def _dated(
    e: _Expr, text: str, first: dt.date, last: dt.date, rule: str, a: _Anchor | None
) -> Timex:
    note = None
    if e.weekday is not None and first.weekday() != e.weekday:
        named, real = calendar.day_name[e.weekday], calendar.day_name[first.weekday()]
        note = f"the text says {named}, but {first} is a {real}: one of the two is wrong"
    value = first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"
    fields: dict[str, Any] = {"value": value, "earliest": first, "latest": last}
    fields.update(granularity="day", rule=rule, note=note)
    if a is None:
        return _timex(e, text, **fields)
    return _relative(e, text, a, **fields)
