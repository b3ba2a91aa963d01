"""Resolving what TimeML marks beyond dates: quarters, lengths of time, repetitions, clock
times and parts of the day.

A length of time ("for three years") or a repetition ("every Monday") names no day: the kit's
own fields leave it unresolved and say why, and its TimeML value (P3Y, XXXX-WXX-1) says what it
measures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from medialit.timeline.calendar_facts import _month_end
from medialit.timeline.finding import _Expr
from medialit.timeline.lexicon import _lexicons
from medialit.timeline.model import Timex
from medialit.timeline.resolve_base import _NEEDS_ANCHOR, _Anchor, _relative, _timex, _unresolved


def _quarter_period(year: int, number: int) -> tuple[dt.date, dt.date]:
    first_month = 3 * (number - 1) + 1
    return dt.date(year, first_month, 1), _month_end(year, first_month + 2)


def _which_quarter(e: _Expr, anchor: dt.date) -> tuple[int, int, str]:
    """The year and number of a quarter named without its year, and the rule that chose it."""
    if e.number is not None:
        year = anchor.year
        if e.step == -4:
            return year - 1, e.number, "the same quarter a year before the page's year"
        if _quarter_period(year, e.number)[0] > anchor and e.tense != "future":
            return year - 1, e.number, "a quarter that has not begun yet is last year's"
        return year, e.number, "the quarter of the page's year"
    # News reports a quarter once it has ended: "the quarter" is the last one before the page.
    index = anchor.year * 4 + (anchor.month - 1) // 3 - 1 + (e.step or 0)
    year, number = divmod(index, 4)
    return year, number + 1, "counted from the last quarter that ended before the page's date"


def resolve_quarter(e: _Expr, text: str, a: _Anchor) -> Timex:
    """A quarter of a year: 2021-Q3."""
    if e.year is not None and e.number is not None:
        year, number, rule = e.year, e.number, "explicit quarter"
    elif a.day is None:
        return _unresolved(e, text, "gives no year; " + _NEEDS_ANCHOR)
    else:
        year, number, why = _which_quarter(e, a.day)
        rule = f"quarter: {why} ({a.day})"
    first, last = _quarter_period(year, number)
    fields = {"value": f"{year}-Q{number}", "earliest": first, "latest": last}
    if e.year is not None and e.number is not None:
        return _timex(e, text, granularity="quarter", rule=rule, **fields)
    return _relative(e, text, a, granularity="quarter", rule=rule, **fields)


def resolve_duration(e: _Expr, text: str, a: _Anchor) -> Timex:
    """A length of time: no day, a TimeML DURATION."""
    return _timex(
        e,
        text,
        value=None,
        earliest=None,
        latest=None,
        granularity="duration",
        resolved=False,
        rule=f"length of time: {e.code}",
        note="a length of time, not a date",
        timeml_type="DURATION",
        timeml_value=e.code,
    )


def resolve_set(e: _Expr, text: str, a: _Anchor) -> Timex:
    """A repetition: no day, a TimeML SET."""
    return _timex(
        e,
        text,
        value=None,
        earliest=None,
        latest=None,
        granularity="set",
        resolved=False,
        rule=f"repetition: {e.code}",
        note="happens again and again, not on one date",
        timeml_type="SET",
        timeml_value=e.code,
    )


def resolve_clock(e: _Expr, text: str, a: _Anchor) -> Timex:
    """A clock time with no day of its own: read on the page's date."""
    if a.day is None:
        return _unresolved(e, text, _NEEDS_ANCHOR, timeml_type="TIME")
    return _relative(
        e,
        text,
        a,
        value=a.day.isoformat(),
        earliest=a.day,
        latest=a.day,
        granularity="day",
        rule=f"clock time with no day: read on the page's date, {a.day}",
        timeml_type="TIME",
        timeml_value=f"{a.day.isoformat()}T{e.part}",
    )


def with_part_of_day(e: _Expr, text: str, timex: Timex) -> Timex:
    """A day narrowed by a part of it or a clock time: 2021-12-26TNI, 2021-12-26T09:00."""
    words = " ".join(text[e.start : e.end].lower().split())
    part = e.part or _lexicons()["timeml"]["day_words_with_part"].get(words)
    if part is None or e.kind == "clock":
        return timex
    day = timex.timeml_value if timex.timeml_value is not None else timex.value
    if day is None or len(day) != 10:
        return timex
    kind = "DATE" if e.part is not None and ":" not in e.part else "TIME"
    return replace(timex, timeml_type=kind, timeml_value=f"{day}T{part}")
