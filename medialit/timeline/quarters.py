"""A company's results for a quarter: the page was written in the quarter after it.

A report that gives "third-quarter" figures and measures results against a year before ("net
income rose to $5 million from $4 million a year earlier") comes out in the weeks after the
quarter ends: results for July to September are reported between October and December. The
quarter names no year, so the clue only narrows a stretch of years the other clues allow.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from medialit.timeline.bounds import _fiscal
from medialit.timeline.calendar_facts import _month_end
from medialit.timeline.finding import _Expr
from medialit.timeline.model import Evidence
from medialit.timeline.offices import Span, years_allowed
from medialit.timeline.scanning import _found
from medialit.timeline.year_clues import _Range, _year_ago

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from medialit.article import Article

# Looked for over at most this many years: beyond, the clue narrows nothing worth naming.
_MAX_YEARS = 40


def reported_quarter(doc: Doc, article: Article) -> _Expr | None:
    """The quarter whose results the text reports: the first named without a year, in the past
    tense, in a text that measures results against a year before.

    A text that speaks of a fiscal year may number its quarters from any month, and says
    nothing; nor does a fourth quarter, as often the last of a fiscal year ending in June or
    September as of the calendar year.
    """
    quarters = [
        e
        for e in _found(doc)
        if e.kind == "quarter" and e.number is not None and e.year is None
        if e.year_step is None and e.tense == "past"
    ]
    # The quarters first: most texts name none, and the text is then not searched at all.
    text = article.text
    if not quarters or not _year_ago().search(text) or _fiscal().search(text):
        return None
    for e in quarters:
        if article.leftover_at(e.start, e.end) is None:
            return e if (e.number or 0) < _LAST_QUARTER else None
    return None


_LAST_QUARTER = 4


def _after(year: int, number: int) -> Span:
    """The quarter after a year's quarter `number`: when its results come out."""
    month = 3 * number + 1
    if month > 12:
        year, month = year + 1, month - 12
    return dt.date(year, month, 1), _month_end(year, month + 2)


def quarter_ranges(doc: Doc, article: Article, allowed: Sequence[Span]) -> list[_Range]:
    """The quarters after the reported one, in the years the other clues allow."""
    years = years_allowed(allowed, most=_MAX_YEARS)
    if years is None:
        return []
    first, last = years
    e = reported_quarter(doc, article)
    if e is None:
        return []
    assert e.number is not None
    spans = tuple(_after(year, e.number) for year in range(first - 1, last + 1))
    words = article.text[e.start : e.end]
    says = (
        f"'{words}' results are reported against a year before: they come out in the "
        "quarter after it, so the page was written then"
    )
    return [_Range(Evidence(e.start, e.end, words, "quarter_results", says), spans)]
