"""Resolving what TimeML marks beyond dates: quarters, lengths of time, repetitions, clock
times and parts of the day.

A length of time ("for three years") or a repetition ("every Monday") names no day: the kit's
own fields leave it unresolved and say why, and its TimeML value (P3Y, XXXX-WXX-1) says what it
measures.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from medialit.timeline.calendar_facts import _iso_week, _month_end, _shift, _unit_period
from medialit.timeline.finding import _Expr
from medialit.timeline.lexicon import _lexicons
from medialit.timeline.model import Timex
from medialit.timeline.resolve_base import _NEEDS_ANCHOR, _Anchor, _relative, _timex, _unresolved


def _quarter_period(year: int, number: int) -> tuple[dt.date, dt.date]:
    first_month = 3 * (number - 1) + 1
    return dt.date(year, first_month, 1), _month_end(year, first_month + 2)


def _which_quarter(e: _Expr, anchor: dt.date) -> tuple[int, int, str]:
    """The year and number of a quarter named without its year, and the rule that chose it."""
    if e.year_step is not None:
        # "this year's third quarter", "last year's quarter" (the latest quarter, a year back)
        number = e.number or (anchor.month - 1) // 3 or 4
        year = anchor.year + e.year_step - (1 if e.number is None and anchor.month <= 3 else 0)
        return year, number, "a quarter of a year counted from the page's year"
    if e.number is None and e.year is not None:
        # "the 1988 quarter": the quarter the page reports, in the year it names
        number = (anchor.year * 4 + (anchor.month - 1) // 3 - 1) % 4 + 1
        return e.year, number, "the quarter the page reports, in the year the text names"
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
    last = "the last quarter that ended before the page's date"
    if not e.step:
        return year, number + 1, f"counted from {last}"
    # "the year-ago quarter", "the quarter a year ago": say how far it counts
    count = f"{abs(e.step)} quarter{'s' if abs(e.step) > 1 else ''}"
    return year, number + 1, f"{count} {'before' if e.step < 0 else 'after'} {last}"


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


def resolve_half(e: _Expr, text: str, a: _Anchor) -> Timex:
    """A half of a year: 2021-H1 (January to June) or 2021-H2 (July to December)."""
    assert e.number is not None
    if e.year is not None:
        year, rule = e.year, "explicit half of a year"
    elif a.day is None:
        return _unresolved(e, text, "gives no year; " + _NEEDS_ANCHOR)
    elif e.year_step is not None:
        year, rule = a.day.year + e.year_step, f"half of a year counted from the page's ({a.day})"
    elif e.number == 2 and a.day.month <= 6 and e.tense != "future":
        year, rule = a.day.year - 1, f"a half that has not begun yet is last year's ({a.day})"
    else:
        year, rule = a.day.year, f"half of the page's year ({a.day})"
    first = dt.date(year, 6 * e.number - 5, 1)
    fields = {"value": f"{year}-H{e.number}", "earliest": first}
    fields["latest"] = _month_end(year, 6 * e.number)
    if e.year is not None:
        return _timex(e, text, granularity="half", rule=rule, **fields)
    return _relative(e, text, a, granularity="half", rule=rule, **fields)


def resolve_century(e: _Expr, text: str, a: _Anchor) -> Timex:
    """A century: the 20th century is 1900 to 1999, TimeML's 19."""
    assert e.number is not None
    first = (e.number - 1) * 100
    return _timex(
        e,
        text,
        value=f"{e.number - 1:02d}XX",
        earliest=dt.date(max(first, 1), 1, 1),
        latest=dt.date(first + 99, 12, 31),
        granularity="century",
        rule=f"century: the years {first} to {first + 99}",
        timeml_value=f"{e.number - 1:02d}",
    )


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
    if kind == "DATE" and e.kind == "weekday":
        # "Friday night" in a news report dates the day: TimeBank's annotators give most such
        # weekdays the day alone, as they do "that evening" counted from a date in the text.
        return replace(timex, timeml_type=kind, timeml_value=day)
    return replace(timex, timeml_type=kind, timeml_value=f"{day}T{part}")


_WEEK_OF = re.compile(r"(?i:(?:the\s+)?week\s+of)\s")
_DAY_NUMBER = re.compile(r"\d")
_YEARS_COUNTED = re.compile(r"\b(?i:years?)\s+(?i:earlier|later)$")
_WEEK_AFTER = re.compile(r"\s(?i:week)$")


def as_week_of(e: _Expr, text: str, timex: Timex) -> Timex:
    """ "the week of March 6", "Easter week": the ISO week that holds the day, as TimeML
    values it."""
    day = timex.earliest
    named = _WEEK_OF.match(text, e.start) or _WEEK_AFTER.search(text, e.start, e.end)
    if not named or day is None or timex.granularity != "day":
        return timex
    monday = day - dt.timedelta(days=day.weekday())
    week = _iso_week(day)
    return replace(
        timex,
        value=week,
        earliest=monday,
        latest=monday + dt.timedelta(days=6),
        granularity="week",
        rule=f"the week of a day: the week that holds {day} ({timex.rule})",
        timeml_value=week,
    )


def _quarter_index(day: dt.date) -> int:
    return day.year * 4 + (day.month - 1) // 3


def _from_quarter(index: int) -> tuple[str, tuple[dt.date, dt.date]]:
    year, number = divmod(index, 4)
    return f"{year}-Q{number + 1}", _quarter_period(year, number + 1)


_REFERENCE_GRANULARITIES = frozenset({"day", "week", "month", "quarter", "year"})


def is_reference(timex: Timex) -> bool:
    """Whether later expressions may count from this one ("two days later", "that year")."""
    return (
        timex.resolved
        and timex.leftover is None
        and timex.earliest is not None
        and timex.granularity in _REFERENCE_GRANULARITIES
    )


def _weekday_shift(e: _Expr, text: str, ref: Timex | None) -> Timex:
    """ "the previous Friday", "the following Monday": that weekday before or after the day the
    text last named."""
    assert e.weekday is not None and e.step is not None
    if ref is None or ref.earliest is None or ref.granularity != "day":
        return _unresolved(e, text, "counts from a day named before it, and the text names none")
    start = ref.earliest if e.step < 0 else ref.latest or ref.earliest
    gap = (start.weekday() - e.weekday) % 7 or 7
    day = (
        start - dt.timedelta(days=gap) if e.step < 0 else start + dt.timedelta(days=(7 - gap) or 7)
    )
    words = " ".join(text[e.start : e.end].split())
    return _timex(
        e,
        text,
        value=day.isoformat(),
        earliest=day,
        latest=day,
        granularity="day",
        anchor=ref.anchor,
        anchor_source=ref.anchor_source,
        rule=f"'{words}': counted from '{ref.text}' ({ref.value}), the day the text last named",
    )


def resolve_shift(e: _Expr, text: str, ref: Timex | None) -> Timex:
    """An expression counted from the date the text last named: "two days later", "that year"."""
    if e.weekday is not None and e.step in (-1, 1):
        return _weekday_shift(e, text, ref)
    if e.unit is None or e.step is None or e.amount is None or e.amount[0] != e.amount[1]:
        return _unresolved(
            e,
            text,
            "counts from another event in the text, not from the page's date",
            timeml_value=e.code,
        )
    if ref is None or ref.earliest is None:
        return _unresolved(
            e, text, "counts from another event in the text, and the text names no date before it"
        )
    words = " ".join(text[e.start : e.end].split())
    rule = f"'{words}': counted from '{ref.text}' ({ref.value}), the date the text last named"
    count = e.amount[0] * e.step
    fields = {"anchor": ref.anchor, "anchor_source": ref.anchor_source, "rule": rule}
    if ref.granularity == "quarter" and e.unit in ("year", "quarter"):
        value, period = _from_quarter(
            _quarter_index(ref.earliest) + count * (4 if e.unit == "year" else 1)
        )
        return _timex(
            e,
            text,
            value=value,
            earliest=period[0],
            latest=period[1],
            granularity="quarter",
            **fields,
        )
    if e.unit == "day" and ref.granularity != "day":
        return _unresolved(e, text, f"counts in days from '{ref.text}', which names no day")
    day = _shift(ref.earliest, e.unit, count)
    value, period, granularity = _unit_period(day, e.unit)
    same_day = _same_day_years(e, text, ref, count)
    if same_day:
        fields["rule"] = f"{rule}; {same_day}"
    if e.unit == "day" or same_day:
        value, period, granularity = day.isoformat(), (day, day), "day"
    return _timex(
        e,
        text,
        value=value,
        earliest=period[0],
        latest=period[1],
        granularity=granularity,
        **fields,
    )


def _same_day_years(e: _Expr, text: str, ref: Timex, count: int) -> str | None:
    """ "a year earlier" after "Sept. 30": the same written day a year before, as balances and
    records are compared; after a weekday ("Friday"), only the year."""
    if ref.granularity != "day" or not _DAY_NUMBER.search(ref.text):
        return None
    if not _YEARS_COUNTED.search(text, e.start, e.end):
        return None
    years = f"{abs(count)} year{'s' if abs(count) > 1 else ''}"
    return f"the same day {years} {'before' if count < 0 else 'after'}"


def in_quarter_context(e: _Expr, text: str, timex: Timex, ref: Timex | None) -> Timex:
    """ "A year ago" after a quarter: the same quarter a year before, as results are compared."""
    if (
        e.kind != "offset"
        or e.unit != "year"
        or e.amount != (1, 1)
        or e.step != -1
        or ref is None
        or ref.granularity != "quarter"
        or ref.earliest is None
    ):
        return timex
    value, (first, last) = _from_quarter(_quarter_index(ref.earliest) - 4)
    rule = f"'{timex.text}' after '{ref.text}' ({ref.value}): the same quarter a year before"
    return replace(
        timex,
        value=value,
        earliest=first,
        latest=last,
        granularity="quarter",
        rule=rule,
        timeml_value=value,
    )
