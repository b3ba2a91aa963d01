"""Resolving what counts from the page's date: "three weeks ago", "next month", "the weekend"."""

from __future__ import annotations

import datetime as dt
import re

from medialit.timeline.calendar_facts import (
    _ONE_DAY,
    _iso_week,
    _month_end,
    _month_period,
    _shift,
    _unit_period,
    _year_period,
)
from medialit.timeline.finding import _Expr
from medialit.timeline.finding_timeml import _duration_code, timeml_amount
from medialit.timeline.model import Timex
from medialit.timeline.resolve_base import _Anchor, _day_timex, _relative, _unresolved

# The count in a stretch's words: "the next couple of years", "within two weeks".
_WINDOW_COUNT = re.compile(r"(?:the\s+)?\S+\s+(.+?)\s+\S+$", re.IGNORECASE)


def _offset_timeml(e: _Expr, first: dt.date, words: str) -> dict[str, str]:
    """TimeML's reading of a count: a stretch ("the past three years") is a DURATION; a vague
    count ago ("several years ago") a PAST_REF; weeks ago a week."""
    assert e.amount is not None and e.unit is not None
    lo, hi = e.amount
    if e.kind == "window":
        count = _WINDOW_COUNT.match(words)
        amount = (timeml_amount(count.group(1)) if count else None) or (
            str(lo) if lo == hi else "X"
        )
        return {"timeml_type": "DURATION", "timeml_value": _duration_code(amount, e.unit)}
    if lo != hi:
        return {"timeml_value": "PAST_REF" if (e.step or 0) < 0 else "FUTURE_REF"}
    if e.unit == "week":
        return {"timeml_value": _iso_week(first)}
    return {}


def _resolve_offset(e: _Expr, text: str, a: _Anchor, anchor: dt.date) -> Timex:
    assert e.amount is not None and e.unit is not None and e.step is not None
    lo, hi = e.amount
    unit = e.unit
    near, far = _shift(anchor, unit, e.step * lo), _shift(anchor, unit, e.step * hi)
    words = " ".join(text[e.start : e.end].split())
    if e.name is not None and unit in ("year", "decade") and lo == hi:
        if e.name == "today":
            return _day_timex(e, text, near, f"'{words}': the same day, counted from {anchor}", a)
        return _relative(
            e,
            text,
            a,
            value=f"{near:%Y-%m}",
            earliest=near.replace(day=1),
            latest=_month_end(near.year, near.month),
            granularity="month",
            rule=f"'{words}': the same month, counted from {anchor}",
        )
    note = "a vague count, read as a range" if lo != hi else None
    if e.kind == "window":
        first, last = sorted((anchor, far))
        return _relative(
            e,
            text,
            a,
            value=f"{first}/{last}",
            earliest=first,
            latest=last,
            granularity="day",
            rule=f"'{words}': the stretch between {first} and {last}",
            note=note,
            **_offset_timeml(e, first, words),
        )
    first, last = sorted((near, far))
    if unit in ("month", "year", "decade"):
        granularity = "month" if unit == "month" else "year"
        first = first.replace(day=1) if unit == "month" else first.replace(month=1, day=1)
        last = (
            _month_end(last.year, last.month) if unit == "month" else last.replace(month=12, day=31)
        )
        value = f"{first:%Y-%m}" if unit == "month" else f"{first:%Y}"
        if first.year != last.year or (unit == "month" and first.month != last.month):
            value = f"{value}/{last:%Y-%m}" if unit == "month" else f"{value}/{last:%Y}"
    else:
        granularity = "day"
        value = first.isoformat() if first == last else f"{first}/{last}"
    sign = "before" if e.step < 0 else "after"
    return _relative(
        e,
        text,
        a,
        value=value,
        earliest=first,
        latest=last,
        granularity=granularity,
        rule=f"'{words}': counted {sign} {anchor}",
        note=note,
        **_offset_timeml(e, first, words),
    )


def _resolve_unit(e: _Expr, text: str, a: _Anchor, anchor: dt.date) -> Timex:
    assert e.unit is not None and e.step is not None
    shifted = _shift(anchor, e.unit, e.step)
    value, period, granularity = _unit_period(shifted, e.unit)
    if e.mod is not None and e.unit == "year":
        period = _year_period(shifted.year, e.mod)
    elif e.mod is not None and e.unit == "month":
        period = _month_period(shifted.year, shifted.month, e.mod)
    words = " ".join(text[e.start : e.end].lower().split())
    if e.step == 0:
        rule = f"'{words}': the {e.unit} of {anchor}"
    else:
        side = "before" if e.step < 0 else "after"
        rule = f"'{words}': the {e.unit} {side} the one of {anchor}"
    return _relative(
        e,
        text,
        a,
        value=value,
        earliest=period[0],
        latest=period[1],
        granularity=granularity,
        rule=rule,
    )


def _resolve_weekend(e: _Expr, text: str, a: _Anchor, anchor: dt.date) -> Timex:
    """'Over the weekend': the weekend just past or just ahead, as the tense says."""
    before = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
    after = (
        before if anchor.weekday() == 6 else anchor + dt.timedelta(days=(5 - anchor.weekday()) % 7)
    )
    if e.tense == "past" or before == after:
        saturday, rule = before, f"past weekend: the latest weekend on or before {anchor}"
    elif e.tense == "future":
        saturday, rule = after, f"future weekend: the next weekend on or after {anchor}"
    else:
        return _unresolved(
            e,
            text,
            f"past or future is unclear: the weekend of {before} or of {after}",
            candidates=(before, after),
            anchor=anchor,
            anchor_source=a.source,
            timeml_value=_iso_week(before) + "-WE",
        )
    return _relative(
        e,
        text,
        a,
        value=_iso_week(saturday) + "-WE",
        earliest=saturday,
        latest=saturday + _ONE_DAY,
        granularity="weekend",
        rule=rule,
    )


def _resolve_part(e: _Expr, text: str, a: _Anchor, anchor: dt.date) -> Timex:
    assert e.unit is not None
    value, (first, last), _ = _unit_period(anchor, e.unit)
    earlier = e.step == -1
    first, last = (first, anchor) if earlier else (anchor, last)
    words = " ".join(text[e.start : e.end].lower().split())
    return _relative(
        e,
        text,
        a,
        value=value,
        mod="EARLY" if earlier else "LATE",
        earliest=first,
        latest=last,
        granularity="day",
        rule=f"'{words}': from {first} to {last}",
    )
