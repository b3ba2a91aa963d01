"""Resolving calendar expressions: dates, holidays, numeric dates, months, seasons, weekdays."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import replace

from medialit.timeline.calendar_facts import (
    _decade,
    _month_end,
    _month_period,
    _movable_day,
    _season_period,
)
from medialit.timeline.finding import _Expr
from medialit.timeline.lexicon import _lexicons
from medialit.timeline.model import Timex
from medialit.timeline.resolve_base import (
    _NEEDS_ANCHOR,
    _Anchor,
    _dated,
    _day_timex,
    _period_timex,
    _pick,
    _relative,
    _tense_rule,
    _timex,
    _too_far,
    _unresolved,
)


def _resolve_date(e: _Expr, text: str, a: _Anchor) -> Timex:
    assert e.month is not None and e.day is not None
    month, day = e.month, e.day
    name = f"{calendar.month_name[month]} {day}"
    if e.year is not None:
        try:
            first = dt.date(e.year, month, day)
            last = dt.date(e.year, month, e.day2) if e.day2 else first
        except ValueError:
            return _unresolved(e, text, f"{e.year} has no {name}")
        return _dated(e, text, first, last, "explicit date", None)
    if a.day is None:
        return _unresolved(e, text, "gives no year; " + _NEEDS_ANCHOR)
    anchor = a.day
    periods = []
    for year in range(anchor.year - 2, anchor.year + 3):
        try:
            first = dt.date(year, month, day)
            last = dt.date(year, month, e.day2) if e.day2 else first
        except ValueError:
            continue
        if e.weekday is None or first.weekday() == e.weekday:
            periods.append((first, last))
    if e.weekday is not None:
        chosen = _pick(periods, "unknown", anchor)
        weekday = calendar.day_name[e.weekday]
        rule = f"weekday and date: the year near {anchor} in which {name} is a {weekday}"
    else:
        chosen = _pick(periods, e.tense, anchor)
        rule = _tense_rule("month and day", name, e.tense, anchor)
        nearest = _pick(periods, "unknown", anchor)
        if chosen is not None and nearest is not None and _too_far(chosen, nearest, anchor):
            chosen = nearest
            rule = (
                f"month and day: the {name} nearest to {anchor} (news gives the year of a "
                "day in another year more than half a year away)"
            )
    if chosen is None:
        return _unresolved(e, text, f"no {name} fits near {anchor}")
    return _dated(e, text, chosen[0], chosen[1], rule, a)


def _resolve_movable(e: _Expr, text: str, a: _Anchor) -> Timex:
    assert e.name is not None
    name = text[e.start : e.end]
    if e.year is not None:
        day = _movable_day(e.name, e.year, e.code)
        return _dated(e, text, day, day, "holiday: its day in the year given", None)
    if a.day is None:
        return _unresolved(e, text, "gives no year; " + _NEEDS_ANCHOR)
    anchor = a.day
    periods = [
        (d, d)
        for d in (_movable_day(e.name, y, e.code) for y in range(anchor.year - 1, anchor.year + 2))
    ]
    chosen = _pick(periods, e.tense, anchor)
    nearest = _pick(periods, "unknown", anchor)
    if e.code is not None:
        name += f" ({e.code})"
    rule = _tense_rule("holiday", name, e.tense, anchor)
    if chosen is None or (nearest is not None and _too_far(chosen, nearest, anchor)):
        chosen, rule = nearest, f"holiday: the {name} nearest to {anchor}"
    assert chosen is not None
    return _dated(e, text, chosen[0], chosen[1], rule, a)


def _resolve_numeric(e: _Expr, text: str) -> Timex:
    assert e.year is not None and e.month is not None and e.day is not None
    first, second = e.month, e.day
    if e.name == "ordered":
        try:
            proven = dt.date(e.year, first, second)
        except ValueError:
            return _unresolved(e, text, "not a calendar date")
        rule = "numeric date: day and month in the order another date of the text proves"
        return _day_timex(e, text, proven, rule)
    options = []
    for month, day in {(first, second), (second, first)}:
        try:
            options.append(dt.date(e.year, month, day))
        except ValueError:
            continue
    if not options:
        return _unresolved(e, text, "not a calendar date")
    if len(options) == 2:
        a, b = sorted(options)
        return _unresolved(e, text, f"day and month order unknown: {a} or {b}", candidates=(a, b))
    return _day_timex(e, text, options[0], "numeric date: only one order of day and month exists")


def _resolve_month(e: _Expr, text: str, a: _Anchor) -> Timex:
    assert e.month is not None
    month = e.month
    if e.year is not None:
        period = _month_period(e.year, month, e.mod)
        value = f"{e.year}-{month:02d}"
        return _period_timex(e, text, value, period, "month", "explicit month and year", a)
    if a.day is None:
        return _unresolved(e, text, "gives no year; " + _NEEDS_ANCHOR)
    anchor = a.day
    if e.year_step is not None:
        year = anchor.year + e.year_step
        period = _month_period(year, month, e.mod)
        rule = f"month of a year counted from the page's: {year}, from {anchor}"
        return _relative(
            e,
            text,
            a,
            value=f"{year}-{month:02d}",
            earliest=period[0],
            latest=period[1],
            granularity="month",
            rule=rule,
        )
    years = range(anchor.year - 2, anchor.year + 3)
    periods = [_month_period(y, month, e.mod) for y in years]
    name = calendar.month_name[month]
    if e.step is not None:
        this_month = dt.date(anchor.year, anchor.month, 1)
        if e.step < 0:
            # News calls the month just past "last month": "last February" on 1 March is the
            # February a year before.
            last_month = (this_month - dt.timedelta(days=1)).replace(day=1)
            chosen = max(p for p in periods if p[0] < last_month)
            rule = f"'last {name}': the latest {name} before the month of {anchor}"
            if last_month.month == month:
                rule += " and the month before it, which news would call 'last month'"
        elif e.step > 0:
            chosen = min(p for p in periods if p[0] > _month_end(anchor.year, anchor.month))
            rule = f"'next {name}': the first {name} after the month of {anchor}"
        else:
            chosen = _month_period(anchor.year, month, e.mod)
            rule = f"'this {name}': {name} of the year of {anchor}"
    else:
        found = _pick(periods, e.tense, anchor)
        nearest = _pick(periods, "unknown", anchor)
        assert found is not None and nearest is not None
        chosen = found
        rule = _tense_rule("month", name, e.tense, anchor)
        if _too_far(chosen, nearest, anchor):
            chosen = nearest
            rule = (
                f"month: the {name} nearest to {anchor} (news gives the year of a month in "
                "another year more than half a year away)"
            )
    value = f"{chosen[0].year}-{month:02d}"
    return _period_timex(e, text, value, chosen, "month", rule, a)


def _resolve_decade(e: _Expr, text: str, a: _Anchor) -> Timex:
    assert e.year is not None
    start = e.year
    rule = "explicit decade"
    if e.name == "short":
        if a.day is None:
            return _unresolved(e, text, "a two-digit decade gives no century; " + _NEEDS_ANCHOR)
        start = a.day.year // 100 * 100 + e.year
        if start > a.day.year:
            start -= 100
        rule = f"two-digit decade: the latest such decade that began by {a.day.year}"
    first, last = (0, 9)
    if e.mod is not None:
        first, last = (int(x) for x in _lexicons()["decade_parts"][e.mod])
    period = (dt.date(start + first, 1, 1), dt.date(start + last, 12, 31))
    if e.name != "short":
        return _timex(
            e,
            text,
            value=_decade(start),
            earliest=period[0],
            latest=period[1],
            granularity="decade",
            rule=rule,
        )
    return _relative(
        e,
        text,
        a,
        value=_decade(start),
        earliest=period[0],
        latest=period[1],
        granularity="decade",
        rule=rule,
    )


def _resolve_season(e: _Expr, text: str, a: _Anchor) -> Timex:
    assert e.name is not None
    code = _lexicons()["seasons"][e.name]["code"]
    if e.year is not None:
        period = _season_period(e.year, e.name, e.mod)
        note = None
        if code == "WI":
            note = f"read as December {e.year} to February {e.year + 1}; "
            note += f"some writers mean early {e.year}"
        timex = _period_timex(e, text, f"{e.year}-{code}", period, "season", "explicit season", a)
        return replace(timex, note=note)
    if a.day is None:
        return _unresolved(e, text, "gives no year; " + _NEEDS_ANCHOR)
    anchor = a.day
    periods = [
        (_season_period(y, e.name, e.mod), y) for y in range(anchor.year - 2, anchor.year + 2)
    ]
    if e.step is not None and e.step != 0:
        if e.step < 0:
            period, year = max(p for p in periods if p[0][1] < anchor)
            rule = f"'last {e.name}': the latest {e.name} that ended before {anchor}"
        else:
            period, year = min(p for p in periods if p[0][0] > anchor)
            rule = f"'next {e.name}': the first {e.name} that starts after {anchor}"
    else:
        tense = "unknown" if e.step == 0 else e.tense
        found = _pick([p for p, _ in periods], tense, anchor)
        assert found is not None
        period, year = next(p for p in periods if p[0] == found)
        rule = _tense_rule("season", e.name, tense, anchor)
    return _period_timex(e, text, f"{year}-{code}", period, "season", rule, a)


def _resolve_weekday(e: _Expr, text: str, a: _Anchor) -> Timex:
    assert e.weekday is not None
    if a.day is None:
        return _unresolved(e, text, _NEEDS_ANCHOR)
    anchor, wd = a.day, e.weekday
    name = calendar.day_name[wd]
    before = anchor - dt.timedelta(days=(anchor.weekday() - wd) % 7)
    after = anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7)
    if e.step == -1:
        day = before if before < anchor else before - dt.timedelta(days=7)
        return _day_timex(e, text, day, f"'last {name}': the {name} before {anchor}", a)
    if e.step == 1:
        day = after if after > anchor else after + dt.timedelta(days=7)
        return _day_timex(e, text, day, f"'next {name}': the {name} after {anchor}", a)
    if e.step == 0:
        day = anchor + dt.timedelta(days=wd - anchor.weekday())
        return _day_timex(e, text, day, f"'this {name}': the {name} of the week of {anchor}", a)
    if e.tense == "past" or before == after:
        return _day_timex(e, text, before, _tense_rule("weekday", name, "past", anchor), a)
    if e.tense == "future":
        return _day_timex(e, text, after, _tense_rule("weekday", name, "future", anchor), a)
    # TimeML asks for one value: news speaks of the days just past far more than of those ahead.
    return _unresolved(
        e,
        text,
        f"past or future is unclear: {before} or {after}",
        candidates=(before, after),
        anchor=anchor,
        anchor_source=a.source,
        timeml_value=before.isoformat(),
    )
