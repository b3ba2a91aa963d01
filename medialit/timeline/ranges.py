"""The stretch of time all the evidence leaves, when no day can be named.

Each clue allows some stretch of time: an office holder named with their title, their term;
"the 1988 period" of a results report, the year after 1988; "the 50th anniversary of" an
event of 1949, the year 1999; a date spoken of in the past, the time after it. The page was
written where they all overlap. A clue that leaves no overlap with the clues before it is set
aside (the most recent office holder is taken first, so a past president a story recalls does
not erase the present one). Within what is left, a weekday and a date that agree ("Friday,
Aug. 7") pick the year, and the text's days (a past "on Tuesday", "on March 3") favour a month.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from medialit.resources import load_lexicon
from medialit.timeline.bounds import GIVE_DATE
from medialit.timeline.calendar_facts import _NEAR_DAYS, _month_end
from medialit.timeline.clues import _occurrence
from medialit.timeline.finding import _Expr
from medialit.timeline.model import DocumentDate, Evidence
from medialit.timeline.offices import Holding, Span, office_holders, years_allowed
from medialit.timeline.quarters import quarter_ranges
from medialit.timeline.scanning import _article, _found
from medialit.timeline.year_clues import (
    _anniversary_ranges,
    _Range,
    _sentence,
    _tense_ranges,
    _tie_ranges,
)
from medialit.timeline.year_said import year_said_ranges

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from medialit.article import Article


def _intersect(a: Sequence[Span], b: Sequence[Span]) -> list[Span]:
    out: list[Span] = []
    for a0, a1 in a:
        for b0, b1 in b:
            lo = a0 if b0 is None else b0 if a0 is None else max(a0, b0)
            hi = a1 if b1 is None else b1 if a1 is None else min(a1, b1)
            if lo is None or hi is None or lo <= hi:
                out.append((lo, hi))
    return out


# Clues a reader trusts more than the tense around a date: taken first, they are kept when the
# two disagree.
_FIRM = frozenset(
    {"office_holder", "year_tie", "anniversary", "completed_year", "forecast_year", "not_this_year"}
)
# Firm clues that bound the page from below only: they name a range only when another clue
# closes it before today.
_FROM_BELOW = frozenset({"completed_year", "not_this_year"})
# A weekday and a date ("Friday, Aug. 7") fit one year in about seven: looked for over at most
# this many years.
_AGREEMENT_YEARS = 40
# News names a day with its weekday within weeks of it.
_AGREEMENT_DAYS = 31
# News names a past day by its weekday within the week before the page.
_PAST_WEEK = dt.timedelta(days=7)
# A wire story may be filed a day or two before the day it appears, and speak of that day in
# the past tense ("wrote in a column on Tuesday, May 12").
_FILED_AHEAD = dt.timedelta(days=3)


def _weekday_ranges(doc: Doc, text: str, allowed: Sequence[Span]) -> list[_Range]:
    """ "Friday, Aug. 7" within the years allowed: the weeks around the days it fits."""
    years = years_allowed(allowed, most=_AGREEMENT_YEARS)
    if years is None:
        return []
    gap = dt.timedelta(days=_AGREEMENT_DAYS)
    out = []
    for e in _weekday_dates(doc, text):
        days = _agreeing(e, *years)
        if not days:
            continue
        # Something that happened on the day is reported after it; one to come, before it.
        before = gap if e.tense != "past" else _FILED_AHEAD
        after = (
            gap if e.tense == "unknown" else _PAST_WEEK if e.tense == "past" else dt.timedelta(0)
        )
        spans = tuple((d - before, d + after) for d in days)
        words = text[e.start : e.end]
        listed = ", ".join(str(d) for d in days)
        says = f"'{words}': weekday and date agree on {listed} only, in the years the rest allows"
        out.append(_Range(Evidence(e.start, e.end, words, "weekday_date", says), spans))
    return out


def _weekday_dates(doc: Doc, text: str) -> list[_Expr]:
    """Dates without a year given with their weekday: read as one ("Friday, Aug. 7"), or side
    by side ("Monday (March 3)", "Christmas Day, a Friday")."""
    found = list(_found(doc))
    out = []
    for i, e in enumerate(found):
        if e.kind != "date" or e.year is not None or e.day2 is not None:
            continue
        if e.weekday is not None:
            out.append(e)
            continue
        for other in (found[i - 1] if i else None, found[i + 1] if i + 1 < len(found) else None):
            if other is None or other.kind != "weekday" or other.weekday is None:
                continue
            between = text[min(e.end, other.end) : max(e.start, other.start)]
            if _joiner().fullmatch(between):
                lo, hi = min(e.start, other.start), max(e.end, other.end)
                out.append(replace(e, start=lo, end=hi, weekday=other.weekday))
                break
    return out


@cache
def _joiner() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in load_lexicon("page_year")["weekday_joiners"])
    return re.compile(rf"[ \t]*[,(][ \t]*(?:(?i:{words})[ \t]+)?")


def _agreeing(e: _Expr, low: int, high: int) -> list[dt.date]:
    assert e.month is not None and e.day is not None
    out = []
    for year in range(low, high + 1):
        try:
            day = dt.date(year, e.month, e.day)
        except ValueError:
            continue
        if day.weekday() == e.weekday:
            out.append(day)
    return out


def _combine(ranges: Sequence[_Range]) -> tuple[list[Span], list[Evidence], list[Evidence]]:
    """What all the clues allow, taken in turn; a clue that would leave nothing is set aside.

    No page is written after today: a term that still runs ends there."""
    allowed: list[Span] = [(None, dt.date.today())]
    used: list[Evidence] = []
    aside: list[Evidence] = []
    for r in ranges:
        narrower = _intersect(allowed, r.spans)
        if narrower:
            allowed = narrower
            used.append(r.evidence)
        else:
            aside.append(r.evidence)
    return allowed, used, aside


def _holding(doc: Doc, text: str, h: Holding) -> _Range:
    """An office holder's terms; only the first day of them when the sentence recalls the
    past ("President Truman announced it 50 years ago") or speaks of the term as an era
    ("under President Reagan"), which the page still follows."""
    first = min(lo for lo, _ in h.spans if lo is not None)
    recalled = replace(h.evidence, says=f"{h.evidence.says}; as {{}}, only after {first}")
    # The Article's text: `doc.text` is rebuilt from every token on each call.
    before = text[max(0, h.evidence.start - 24) : h.evidence.start]
    if _era().search(before):
        says = recalled.says.format("the text speaks of the term as an era")
        return _Range(replace(recalled, says=says), ((first, None),))
    lo, hi = _sentence(doc, h.evidence.start, h.evidence.end)
    for e in _found(doc):
        if not lo <= e.start < hi or e.tense != "past":
            continue
        long_ago = e.kind == "offset" and e.unit in _LONG_UNITS and (e.amount or (0, 0))[0] >= 2
        if long_ago or e.year is not None:
            says = recalled.says.format("the sentence recalls the past")
            return _Range(replace(recalled, says=says), ((first, None),))
    return _Range(h.evidence, h.spans)


@cache
def _era() -> re.Pattern[str]:
    words = load_lexicon("page_year")["era_of_holder"]
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    # "under President Reagan", "appointed by then U.S. President Bush"
    return re.compile(rf"(?i:\b(?:{alternation}))\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){{0,2}}$")


_LONG_UNITS = frozenset({"year", "decade", "century"})


def _latest_start(r: _Range) -> dt.date:
    return max((lo for lo, _ in r.spans if lo is not None), default=dt.date.min)


def _likely_month(doc: Doc, article: Article, first: dt.date, last: dt.date) -> Span | None:
    """The month the text's days favour, within a stretch of at most a year or so.

    A month and day the text places in the past ("on Oct. 1") or still to come lie within
    about half a year of the page; the days that fit them all are left. News is written soon
    after the latest thing it reports: the favoured month is the one most of the two weeks
    after the latest such day fall in.
    """
    if (last - first).days > 400:
        return None
    named = [
        e
        for e in _found(doc)
        if e.kind == "date"
        and e.year is None
        and e.day2 is None
        and e.tense in ("past", "future")
        and article.leftover_at(e.start, e.end) is None
    ]
    text = article.text
    anchors = [
        e
        for e in named
        if e.tense == "past" and not _period_end().search(text, max(0, e.start - 12), e.start)
    ]
    if not anchors:
        return None
    days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    window = [d for d in days if _fresh(named, anchors, d)]
    if not window:
        return None
    (year, month), _ = Counter((d.year, d.month) for d in window).most_common(1)[0]
    return max(first, dt.date(year, month, 1)), min(last, _month_end(year, month))


_WINDOW_DAYS = 14


def _fresh(named: Sequence[_Expr], anchors: Sequence[_Expr], day: dt.date) -> bool:
    """Whether every month and day fits the day, the latest past one at most two weeks back."""
    latest = None
    for e in named:
        assert e.month is not None and e.day is not None
        found = _occurrence(e.month, e.day, day, e.tense == "future")
        if found is None or abs((found - day).days) > _NEAR_DAYS:
            return False
        if e in anchors and (latest is None or found > latest):
            latest = found
    return latest is not None and (day - latest).days <= _WINDOW_DAYS


@cache
def _period_end() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in load_lexicon("page_year")["period_end"])
    return re.compile(rf"(?i)\b(?:{words})\s+$")


def _hull(allowed: Sequence[Span]) -> Span:
    """The first and last day of the stretches allowed; None for an end left open."""
    los = [lo for lo, _ in allowed]
    his = [hi for _, hi in allowed]
    first = None if None in los else min(lo for lo in los if lo is not None)
    last = None if None in his else max(hi for hi in his if hi is not None)
    return first, last


# Up to this many separate stretches are named one by one.
_MAX_STRETCHES = 4


def _stretches(allowed: Sequence[Span]) -> str:
    """The separate stretches within the range, when the clues leave gaps between them."""
    if not 1 < len(allowed) <= _MAX_STRETCHES:
        return ""
    ordered = sorted(allowed, key=lambda s: s[0] or dt.date.min)
    named = ", ".join(f"{lo} to {hi}" for lo, hi in ordered)
    return f", within one of these stretches: {named}"


def narrowed(doc: Doc) -> DocumentDate | None:
    """The stretch of time the page's evidence allows, when one of its clues is more than a
    date's tense (an office holder, a tied year, an anniversary); None when there is no such
    clue or the stretch has an open end."""
    article = _article(doc)
    if article is None:
        return None
    text = article.text
    holders = [_holding(doc, text, h) for h in office_holders(text)]
    firm = sorted(holders, key=_latest_start, reverse=True)
    firm += _tie_ranges(doc, text) + _anniversary_ranges(text) + year_said_ranges(doc, article)
    tensed = _tense_ranges(doc, article)
    allowed, used, aside = _combine([*firm, *tensed])
    # Clues that name no year narrow the years the rest allow: weekday and date, a quarter.
    for narrowing in (_weekday_ranges(doc, text, allowed), quarter_ranges(doc, article, allowed)):
        if narrowing:
            allowed, more, more_aside = _combine([_Range(used[0], tuple(allowed)), *narrowing])
            used += more[1:]
            aside += more_aside
    # Without a firm clue, the tense of dates alone bounds the page (`bounds`).
    if not any(e.rule in _FIRM for e in used):
        return None
    first, last = _hull(allowed)
    if first is None or last is None:
        return None
    if last >= dt.date.today() and all(e.rule in _FROM_BELOW for e in used if e.rule in _FIRM):
        return None
    note = f"the page was written between {first} and {last}{_stretches(allowed)}"
    rule = next(e.rule for e in used if e.rule in _FIRM)
    month = _likely_month(doc, article, first, last)
    if month is not None and month != (first, last):
        note += f", most likely in {month[0]:%B %Y}, as the days it names suggest"
        first, last = month
    if aside:
        note += "; set aside as it fits none of the rest: " + ", ".join(
            f"'{e.text}'" for e in aside
        )
    note += f"; no day can be named from the text, {GIVE_DATE}"
    confidence = 0.3 if month else 0.5
    return DocumentDate(
        None,
        "unknown",
        confidence,
        tuple(used),
        note=note,
        earliest=first,
        latest=last,
        rule=rule,
    )
