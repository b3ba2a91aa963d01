"""When no day can be named: the stretch of time a page's own dates leave open.

A date the text speaks of in the past ("the plant closed in March 2019") means the page was
written after it; one still to come ("the loan is due in 2031") means before it. Together they
bound the page's date without naming a day, which is better than a confident wrong one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from medialit.resources import load_lexicon
from medialit.timeline.calendar_facts import _month_end, _month_period, _year_period
from medialit.timeline.finding import _Expr
from medialit.timeline.model import DocumentDate, Evidence
from medialit.timeline.scanning import _article, _found

# How to give the date by hand, in each of the two places a reader can give it.
GIVE_DATE = (
    "give the date yourself: on the command line with --date 2021-12-26, "
    "in Python with document_date=datetime.date(2021, 12, 26)"
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from medialit.article import Article


def _period(e: _Expr) -> tuple[dt.date, dt.date] | None:
    """The days a dated expression covers, when it gives its year."""
    if e.year is None:
        return None
    try:
        if e.kind == "date" and e.month is not None and e.day is not None:
            day = dt.date(e.year, e.month, e.day)
            return day, day
        if e.kind == "month" and e.month is not None:
            return _month_period(e.year, e.month, e.mod)
        if e.kind == "year":
            return _year_period(e.year, e.mod)
    except ValueError:
        return None
    return None


# "the 1994 act", "his 1987 car": a year that names a thing says when the thing is from, not
# when the page was written, whatever the tense of the clause around it.
_THING_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our)|['’]s)\s+$", re.IGNORECASE)
_THING_AFTER = re.compile(r"[ \t]+[A-Za-z]")


def names_a_thing(e: _Expr, text: str) -> bool:
    """Whether a year only names a thing ("the 1994 act"), and so does not bound the page; an
    event of that year ("the 1996 election") is no such thing: it took place in the year."""
    return (
        e.kind == "year"
        and e.mod is None
        and bool(_THING_BEFORE.search(text[max(0, e.start - 12) : e.start]))
        and bool(_THING_AFTER.match(text, e.end))
        and not _event_of_its_year().match(text, e.end)
    )


@cache
def _event_of_its_year() -> re.Pattern[str]:
    nouns = load_lexicon("page_year")["event_of_its_year"]
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in nouns)
    # "the 1996 presidential election", "the 1989 San Francisco earthquake"
    return re.compile(rf"(?:[ \t]+[\w'’-]+){{0,2}}?[ \t]+(?i:{words})(?![\w-])")


@cache
def _limit_before() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in load_lexicon("page_year")["no_lower_bound"])
    return re.compile(rf"(?i)(?<![\w-])(?:{words})\s+(?:the\s+(?:end|start|middle)\s+of\s+)?$")


@cache
def _fiscal() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in load_lexicon("page_year")["fiscal_year"])
    return re.compile(rf"(?i)(?<![\w-])(?:{words})(?!\w)")


# A fiscal year may begin up to eleven months before the calendar year it is named for (the
# US government's fiscal 1990 began in October 1989) and end up to two months after it (a
# retailer's fiscal 1989 ends early in 1990).
_FISCAL_START_BEFORE = 11
_FISCAL_END_AFTER = 2


def fiscal_period(year: int) -> tuple[dt.date, dt.date]:
    """Every day a fiscal year named for `year` may cover, whatever month it starts in.

    >>> fiscal_period(1990)
    (datetime.date(1989, 2, 1), datetime.date(1991, 2, 28))
    """
    first = dt.date(year - 1, 12 - _FISCAL_START_BEFORE + 1, 1)
    return first, _month_end(year + 1, _FISCAL_END_AFTER)


def dated_expressions(
    doc: Doc, article: Article
) -> Iterator[tuple[_Expr, tuple[dt.date, dt.date]]]:
    """The time expressions of the story that name a period of the calendar, with it (not in
    leftovers, not a year that names a thing such as 'the 1994 act', not a past limit such as
    'by 1992', which may lie long after what happened); a fiscal year ('fiscal 1990') with
    every day it may cover."""
    text = article.text
    for e in _found(doc):
        period = _period(e)
        if period is None or article.leftover_at(e.start, e.end) is not None:
            continue
        if names_a_thing(e, text):
            continue
        if e.tense == "past" and _limit_before().search(text, max(0, e.start - 16), e.start):
            continue
        fiscal = e.kind == "year" and e.year is not None and e.mod is None
        if fiscal and _fiscal().search(text, max(0, e.start - 16), e.end):
            assert e.year is not None
            period = fiscal_period(e.year)
        yield e, period


def _bounded(doc: Doc) -> DocumentDate | None:
    """The page's date as a range: after the latest past date, before the earliest future one."""
    article = _article(doc)
    if article is None:
        return None
    text = article.text
    after: tuple[dt.date, _Expr] | None = None
    before: tuple[dt.date, _Expr] | None = None
    for e, period in dated_expressions(doc, article):
        if e.tense == "past" and (after is None or period[0] > after[0]):
            after = (period[0], e)
        elif e.tense == "future" and (before is None or period[1] < before[0]):
            before = (period[1], e)
    if after is None and before is None:
        return None
    evidence = []
    if after is not None:
        day, e = after
        says = f"'{text[e.start : e.end]}' is in the past: the page was written after {day}"
        evidence.append(Evidence(e.start, e.end, text[e.start : e.end], "past_date", says))
    if before is not None:
        day, e = before
        says = f"'{text[e.start : e.end]}' is still to come: the page was written before {day}"
        evidence.append(Evidence(e.start, e.end, text[e.start : e.end], "future_date", says))
    first = after[0] if after else None
    last = before[0] if before else None
    if first is not None and last is not None and first > last:
        return None
    span = " and ".join(
        part
        for part in (f"after {first}" if first else "", f"before {last}" if last else "")
        if part
    )
    note = f"the page was written {span}; no day can be named from the text, {GIVE_DATE}"
    return DocumentDate(
        None,
        "unknown",
        0.0,
        tuple(evidence),
        note=note,
        earliest=first,
        latest=last,
        rule="bounds",
    )


# A weekday and a date without a year ("on Sunday, 26 December") fit one year in about seven:
# within bounds this wide, that is often a single year.
_AGREEMENT_YEARS = 10
# News speaks of a day it names with its weekday within weeks of it.
_AGREEMENT_DAYS = 31


def _agreeing_years(e: _Expr, first: dt.date | None, last: dt.date | None) -> list[dt.date]:
    """The days, within the bounds, on which the expression's weekday and date agree."""
    assert e.month is not None and e.day is not None and e.weekday is not None
    low = first.year if first else (last.year - _AGREEMENT_YEARS if last else None)
    high = last.year if last else (low + _AGREEMENT_YEARS if low is not None else None)
    if low is None or high is None:
        return []
    days = []
    for year in range(low, high + 1):
        try:
            day = dt.date(year, e.month, e.day)
        except ValueError:
            continue
        if day.weekday() == e.weekday and (first is None or day >= first):
            days.append(day)
    return days


def agreeing_weekday(doc: Doc, bounded: DocumentDate) -> DocumentDate | None:
    """A weekday and a date that agree in one year only, within the page's bounds: the page
    dates from the weeks around that day."""
    article = _article(doc)
    if article is None:
        return None
    text = article.text
    for e in _found(doc):
        if e.kind != "date" or e.weekday is None or e.year is not None or e.day2 is not None:
            continue
        days = _agreeing_years(e, bounded.earliest, bounded.latest)
        if len(days) != 1:
            continue
        (day,) = days
        span = text[e.start : e.end]
        if e.tense == "future":
            first, last = day - dt.timedelta(days=_AGREEMENT_DAYS), day
        else:
            first, last = day, day + dt.timedelta(days=_AGREEMENT_DAYS)
        says = (
            f"'{span}': weekday and date agree in {day.year} only, within the page's bounds; "
            f"the page was written between {first} and {last}"
        )
        evidence = (Evidence(e.start, e.end, span, "weekday_date", says), *bounded.evidence)
        note = f"{says}; no day can be named, {GIVE_DATE}"
        return DocumentDate(
            None,
            "unknown",
            0.3,
            evidence,
            note=note,
            earliest=first,
            latest=last,
            rule="weekday_date",
        )
    return None
