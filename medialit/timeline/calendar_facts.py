"""Calendar facts: month ends, month arithmetic, parts of months and years, seasons, holidays."""

from __future__ import annotations

import calendar
import datetime as dt
from functools import cache

from dateutil.easter import easter

from medialit.timeline.lexicon import _lexicons

_ONE_DAY = dt.timedelta(days=1)
# A month and day without a year is read within about half a year of the page's date:
# further away, news writers give the year.
_NEAR_DAYS = 183


_Period = tuple[dt.date, dt.date]


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, step: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + step
    return index // 12, index % 12 + 1


@cache
def _month_period(year: int, month: int, mod: str | None) -> _Period:
    if mod is None:
        return dt.date(year, month, 1), _month_end(year, month)
    first, last = _lexicons()["month_thirds"][mod]
    end = min(int(last), calendar.monthrange(year, month)[1])
    return dt.date(year, month, int(first)), dt.date(year, month, end)


@cache
def _year_period(year: int, mod: str | None) -> _Period:
    if mod is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    first, last = _lexicons()["year_thirds"][mod]
    return dt.date(year, int(first), 1), _month_end(year, int(last))


def _season_period(year: int, name: str, mod: str | None) -> _Period:
    season = _lexicons()["seasons"][name]
    first, count = int(season["first_month"]), int(season["months"])
    if mod is not None:
        first, count = _add_months(year, first, {"EARLY": 0, "MID": 1, "LATE": 2}[mod])[1], 1
    start_year = year if first >= int(season["first_month"]) else year + 1
    last_year, last_month = _add_months(start_year, first, count - 1)
    return dt.date(start_year, first, 1), _month_end(last_year, last_month)


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _decade(year: int) -> str:
    return f"{str(year)[:3]}X"


def _movable_day(name: str, year: int, country: str | None = None) -> dt.date:
    rule = _lexicons()["movable"][name]
    if "countries" in rule:
        return _national_day(rule["countries"], year, country)
    if "easter" in rule:
        sunday: dt.date = easter(year)
        return sunday + dt.timedelta(days=int(rule["easter"]))
    month, weekday, nth = int(rule["month"]), int(rule["weekday"]), int(rule["nth"])
    if nth > 0:
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        last = _month_end(year, month)
        day = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    return day + dt.timedelta(days=int(rule.get("offset", 0)))


def _national_day(countries: dict[str, str], year: int, country: str | None) -> dt.date:
    """A national holiday's day in a country's calendar (the holidays library)."""
    import holidays

    code = country if country in countries else next(iter(countries))
    try:
        calendar_of = holidays.country_holidays(code, years=year, language="en_US")
    except NotImplementedError:
        calendar_of = holidays.country_holidays(code, years=year)
    days = calendar_of.get_named(countries[code], lookup="iexact")
    if not days:
        raise ValueError(f"{countries[code]} is not in {code}'s calendar for {year}")
    return min(days)


def _shift(day: dt.date, unit: str, amount: int) -> dt.date:
    if unit == "day":
        return day + dt.timedelta(days=amount)
    if unit in ("week", "weekend"):
        return day + dt.timedelta(days=7 * amount)
    months = {"month": 1, "year": 12, "decade": 120}[unit] * amount
    year, month = _add_months(day.year, day.month, months)
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _unit_period(anchor: dt.date, unit: str) -> tuple[str, _Period, str]:
    if unit == "week":
        monday = anchor - dt.timedelta(days=anchor.weekday())
        return _iso_week(anchor), (monday, monday + dt.timedelta(days=6)), "week"
    if unit == "weekend":
        saturday = anchor + dt.timedelta(days=5 - anchor.weekday())
        return _iso_week(anchor) + "-WE", (saturday, saturday + _ONE_DAY), "weekend"
    if unit == "month":
        first = anchor.replace(day=1)
        return f"{anchor:%Y-%m}", (first, _month_end(anchor.year, anchor.month)), "month"
    if unit == "year":
        return str(anchor.year), _year_period(anchor.year, None), "year"
    start = anchor.year // 10 * 10
    return _decade(start), (dt.date(start, 1, 1), dt.date(start + 9, 12, 31)), "decade"


def _iso_period(value: str) -> _Period:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], 1), _month_end(parts[0], parts[1])
    return _year_period(parts[0], None)
