"""Clues to the page's year in how a year is said: figures of a year that is over, forecasts.

A year is rarely named by its number when it is the page's own ("this year"), and how the text
speaks of it says which side of the page it lies on. A money figure for a whole year in the
past tense ("the brewer earned $5 million in 1988") shows the year is over: the page is from a
later year. A forecast of a year's figures ("expects record profit in 1990") speaks of the
page's year or the next one. A year named in a sentence that also says "this year" is another
year: before the page's if spoken of in the past, after it if still to come.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING

from medialit.resources import load_lexicon
from medialit.timeline.bounds import _fiscal, names_a_thing
from medialit.timeline.finding import _Expr
from medialit.timeline.model import Evidence
from medialit.timeline.offices import Span
from medialit.timeline.scanning import _found
from medialit.timeline.year_clues import _Range, _sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from medialit.article import Article


def _words(key: str) -> str:
    words = sorted(load_lexicon("page_year")[key], key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in words)


@cache
def _any_of(key: str) -> re.Pattern[str]:
    """Any of the lexicon's words under `key`, as whole words."""
    return re.compile(rf"(?i)(?<![\w-])(?:{_words(key)})(?![\w-])")


@cache
def _money() -> re.Pattern[str]:
    # "$5 million", "C$252 million", "14 billion dlrs", "633.8 million francs"
    return re.compile(rf"[$£€¥]\s?\d|\d\s+(?i:{_words('money')})(?![\w-])")


@cache
def _limit_before() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w-])(?:{_words('open_limit')})\s+(?:the\s+end\s+of\s+)?$")


@cache
def _part_before() -> re.Pattern[str]:
    # "the first nine months of 1997", "the second half of 1989": a part of a year
    return re.compile(rf"(?i)(?<![\w-])(?:{_words('part_of_year')})\s+of\s+$")


# Expressions that name part of a year: a figure given beside one is not the whole year's.
_PARTS = frozenset({"quarter", "half", "month", "season"})


@cache
def _whole_year_before() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w-])(?:{_words('whole_year_before')})\s+$")


def _plain_years(doc: Doc, article: Article) -> list[_Expr]:
    """Calendar years named by their number in the story: not a fiscal year, not a thing's
    name ('the 1994 act'), not part of a year ('the first half of 1989')."""
    text = article.text
    out = []
    for e in _found(doc):
        if e.kind != "year" or e.year is None or e.mod is not None:
            continue
        if article.leftover_at(e.start, e.end) is not None or names_a_thing(e, text):
            continue
        before = text[max(0, e.start - 24) : e.start]
        if _fiscal().search(text, max(0, e.start - 10), e.end) or _part_before().search(before):
            continue
        out.append(e)
    return out


def _evidence(text: str, e: _Expr, rule: str, says: str) -> Evidence:
    words = text[e.start : e.end]
    return Evidence(e.start, e.end, words, rule, f"'{words}' {says}")


def _completed(doc: Doc, article: Article, years: list[_Expr]) -> list[_Range]:
    """ "Earned $5 million in 1988": a whole year's figure, so the year is over."""
    text = article.text
    out = []
    for e in years:
        if e.tense != "past" or e.year is None:
            continue
        if not _whole_year_before().search(text, max(0, e.start - 10), e.start):
            continue
        lo, hi = _sentence(doc, e.start, e.end)
        if not (_any_of("year_figures").search(text, lo, hi) and _money().search(text, lo, hi)):
            continue
        # "In 2014, it earned $5 million in the first quarter": a figure for part of the year.
        if any(lo <= f.start < hi and f.kind in _PARTS for f in _found(doc)):
            continue
        says = (
            f"gives a figure for the whole of {e.year} in the past: the year was over, "
            f"so the page is from {e.year + 1} or later"
        )
        span: Span = (dt.date(e.year + 1, 1, 1), None)
        out.append(_Range(_evidence(text, e, "completed_year", says), (span,)))
    return out


def _forecast_year(doc: Doc, article: Article, years: list[_Expr]) -> list[_Range]:
    """ "Expects record profit in 1990": the nearest year whose figures the text forecasts is
    the page's year or the next; a limit ('by 1994', 'due 2011') may lie much further."""
    text = article.text
    found = []
    for e in years:
        if e.tense != "future" or e.year is None:
            continue
        if _limit_before().search(text, max(0, e.start - 20), e.start):
            continue
        lo, hi = _sentence(doc, e.start, e.end)
        if _any_of("forecast_figures").search(text, lo, hi) and _any_of("forecast_words").search(
            text, lo, hi
        ):
            found.append(e)
    if not found:
        return []
    e = min(found, key=lambda f: f.year or 0)
    assert e.year is not None
    says = (
        f"is the nearest year whose figures the text forecasts: the page is from "
        f"{e.year - 1} or {e.year}"
    )
    span: Span = (dt.date(e.year - 1, 1, 1), dt.date(e.year, 12, 31))
    return [_Range(_evidence(text, e, "forecast_year", says), (span,))]


# A year this close to "this year" may be the same year given twice ("this year, 1998,").
_APPOSITION = 12


def _not_this_year(doc: Doc, article: Article, years: list[_Expr]) -> list[_Range]:
    """A year named by its number in a sentence that also says "this year" is another year."""
    text = article.text
    out = []
    for e in years:
        if e.year is None:
            continue
        lo, hi = _sentence(doc, e.start, e.end)
        said = list(_any_of("this_year").finditer(text, lo, hi))
        near = (e.start - _APPOSITION, e.end + _APPOSITION)
        if not said or any(m.start() < near[1] and near[0] < m.end() for m in said):
            continue
        before: Span = (None, dt.date(e.year - 1, 12, 31))
        after: Span = (dt.date(e.year + 1, 1, 1), None)
        spans: tuple[Span, ...]
        if e.tense == "past":
            spans, side = (after,), f"so the page is from after {e.year}"
        elif e.tense == "future":
            spans, side = (before,), f"so the page is from before {e.year}"
        else:
            spans, side = (before, after), f"so the page is not from {e.year}"
        says = f"is named beside '{said[0].group()}', which is the page's year: {side}"
        out.append(_Range(_evidence(text, e, "not_this_year", says), spans))
    return out


def year_said_ranges(doc: Doc, article: Article) -> list[_Range]:
    """The clues in how the story says its years: figures of a year that is over, the nearest
    forecast year, a year named beside "this year"."""
    years = _plain_years(doc, article)
    if not years:
        return []
    return [
        *_completed(doc, article, years),
        *_forecast_year(doc, article, years),
        *_not_this_year(doc, article, years),
    ]
