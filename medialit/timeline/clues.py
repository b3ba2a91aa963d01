"""Clues to the page's date: each expression or linked story scores every candidate day."""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from medialit.article import Article
from medialit.resources import ENGLISH_FUNCTION_WORDS, RELATED_LINK_START
from medialit.timeline.calendar_facts import (
    _NEAR_DAYS,
    _iso_period,
    _month_period,
    _Period,
    _year_period,
)
from medialit.timeline.finding import _Expr
from medialit.timeline.model import Evidence
from medialit.timeline.resolve_base import _pick
from medialit.timeline.scanning import _found
from medialit.timeline.stamps import _Clue, _dateline_clue, _is_dateline, _stamp, _stamp_clue

if TYPE_CHECKING:
    from spacy.tokens import Doc

_WORD = re.compile(r"[A-Za-z]+|\d+")


@cache
def _provenance() -> dict[str, Any]:
    # One copy per process: load_metadata() hands out a fresh copy on every call.
    from medialit.annotations import load_metadata

    return load_metadata()


def _kit_facts(text: str) -> tuple[Mapping[str, Any], ...]:
    """The provenance facts, when the text is the kit's own article; none for other texts."""
    prov = _provenance()
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != prov["sha256"]:
        return ()
    return tuple(prov["facts"])


# Words of the navigation itself, which say nothing about what a linked story is about.
_LINK_WORDS = frozenset({"article", "previous", "next", "story", "post", "page", "read", "more"})
_SHARED_WORDS = 3


@cache
def _stems(text: str) -> frozenset[str]:
    words = (w.lower() for w in _WORD.findall(text))
    return frozenset(
        w[:5]
        for w in words
        if (w.isdigit() or len(w) >= 4) and w not in ENGLISH_FUNCTION_WORDS and w not in _LINK_WORDS
    )


def _occurrence(month: int, day: int, near: dt.date, forward: bool) -> dt.date | None:
    for year in (
        (near.year - 1, near.year, near.year + 1)
        if forward
        else (near.year + 1, near.year, near.year - 1)
    ):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            continue
        if (found >= near) if forward else (found <= near):
            return found
    return None


def _closeness(days: int | None) -> float:
    # News speaks of a day weeks away far more often than of one months away.
    if days is None or days < 0 or days > _NEAR_DAYS:
        return 0.0
    return 1.0 if days <= 31 else 0.7


# A dateline opens a wire story: a place in capitals, the date, perhaps the agency, a dash

_QUOTED = re.compile(r'"[^"\n]{1,800}"|“[^”\n]{1,800}”')


def _clues_from_text(doc: Doc, article: Article) -> tuple[list[_Clue], list[dt.date]]:
    clues: list[_Clue] = []
    dated: list[dt.date] = []
    text = article.text
    quotes: list[tuple[int, int]] | None = None
    found = [e for e in _found(doc) if article.leftover_at(e.start, e.end) is None]
    stamps = [_stamp(e, text) for e in found]
    # "Published 18 January, updated 19 January": the story was written when first published.
    published = "published" in stamps
    for e, stamp in zip(found, stamps, strict=True):
        span = {"start": e.start, "end": e.end, "text": text[e.start : e.end]}
        if stamp == "updated" and published:
            continue
        if stamp is not None:
            clue = _stamp_clue(e, stamp, span, dated)
        elif _is_dateline(e, text):
            clue = _dateline_clue(e, span, dated)
        else:
            if e.year is not None and e.kind == "date":
                # A full date someone quotes is their history ("the last flood was on 4 July
                # 1989"), not a sign of when the page was written.
                if quotes is None:
                    quotes = [m.span() for m in _QUOTED.finditer(text)]
                if any(lo < e.start < hi for lo, hi in quotes):
                    continue
            clue = _clue(e, span, dated)
        if clue is not None:
            clues.append(clue)
    return clues, dated


def _clue(e: _Expr, span: dict[str, Any], dated: list[dt.date]) -> _Clue | None:
    """The clue an expression gives to the page's date, if any: each maker tests its own case."""
    for make in (_weekday_clue, _month_day_clue, _month_clue, _full_date_clue, _dated_clue):
        clue = make(e, span, dated)
        if clue is not None:
            return clue
    return None


def _weekday_clue(e: _Expr, span: dict[str, Any], dated: list[dt.date]) -> _Clue | None:
    if not (e.kind == "weekday" and e.step in (None, -1) and e.tense == "past"):
        return None
    wd = e.weekday
    assert wd is not None
    name = calendar.day_name[wd]
    strict = e.step == -1

    def past_weekday(d: dt.date) -> float:
        k = (d.weekday() - wd) % 7 or (7 if strict else 0)
        return {0: 1.0, 1: 0.6}.get(k, 0.3)

    says = (
        f"something already happened on a {name}: the page was most likely written on that "
        f"{name}, or in the six days after it"
    )
    return _Clue(Evidence(**span, rule="past_weekday", says=says), past_weekday, 1.0)


def _month_day_clue(e: _Expr, span: dict[str, Any], dated: list[dt.date]) -> _Clue | None:
    if not (e.kind == "date" and e.year is None and e.tense in ("past", "future")):
        return None
    assert e.month is not None and e.day is not None
    month: int = e.month
    day: int = e.day
    name = f"{calendar.month_name[month]} {day}"
    if e.tense == "future":

        def future_day(d: dt.date) -> float:
            found = _occurrence(month, day, d, True)
            return _closeness((found - d).days if found else None)

        says = f"{name} is still to come: the page was written before it, within about half a year"
        return _Clue(Evidence(**span, rule="future_month_day", says=says), future_day, 1.0)

    def past_day(d: dt.date) -> float:
        found = _occurrence(month, day, d, False)
        return _closeness((d - found).days if found else None)

    says = f"{name} is already past: the page was written after it, within about half a year"
    return _Clue(Evidence(**span, rule="past_month_day", says=says), past_day, 1.0)


def _month_clue(e: _Expr, span: dict[str, Any], dated: list[dt.date]) -> _Clue | None:
    words = span["text"]
    if not (
        e.kind == "month" and e.year is None and e.step is None and e.tense in ("past", "future")
    ):
        return None
    assert e.month is not None
    month, mod = e.month, e.mod
    past = e.tense == "past"

    def month_clue(d: dt.date) -> float:
        periods = [_month_period(y, month, mod) for y in (d.year - 1, d.year, d.year + 1)]
        found = _pick(periods, e.tense, d)
        if found is None:
            return 0.0
        gap = (d - found[1]).days if past else (found[0] - d).days
        # A month is a coarser clue than a day: allow about two months of distance.
        return 1.0 if gap <= 62 else 0.6 if gap <= 365 else 0.0

    when = "after" if past else "before"
    says = f"'{words}' is spoken of in the {e.tense} tense: the page was written {when} it"
    rule = f"{e.tense}_month"
    return _Clue(Evidence(**span, rule=rule, says=says), month_clue, 1.0)


def _full_date_clue(e: _Expr, span: dict[str, Any], dated: list[dt.date]) -> _Clue | None:
    words = span["text"]
    if not (e.kind == "date" and e.year is not None and e.tense == "unknown" and e.day2 is None):
        return None
    try:
        mentioned = dt.date(e.year, e.month or 1, e.day or 1)
    except ValueError:
        return None
    dated.append(mentioned)
    says = f"'{words}' is a full date: news usually dates events within weeks of writing"
    return _Clue(
        Evidence(**span, rule="near_date", says=says),
        lambda d: (
            0.3
            if 0 <= (d - mentioned).days <= 7
            else 0.15
            if abs((d - mentioned).days) <= 31
            else 0.0
        ),
        0.3,
    )


def _dated_clue(e: _Expr, span: dict[str, Any], dated: list[dt.date]) -> _Clue | None:
    words = span["text"]
    if not (
        e.kind in ("date", "month", "year") and e.year is not None and e.tense in ("past", "future")
    ):
        return None
    assert e.month is not None or e.kind == "year"
    if e.kind == "date":
        assert e.month is not None and e.day is not None
        try:
            period: _Period = (dt.date(e.year, e.month, e.day),) * 2
        except ValueError:
            return None
        dated.append(period[0])
    elif e.kind == "month":
        assert e.month is not None
        period = _month_period(e.year, e.month, e.mod)
    else:
        period = _year_period(e.year, e.mod)
    weight = 0.3 if e.kind == "date" else 0.2
    if e.tense == "past":
        first = period[0]
        says = f"'{words}' is in the past: the page was written after {first}"
        return _Clue(
            Evidence(**span, rule="past_date", says=says),
            lambda d: weight if d >= first else 0.0,
            weight,
        )
    last = period[1]
    says = f"'{words}' is still to come: the page was written before {last}"
    return _Clue(
        Evidence(**span, rule="future_date", says=says),
        lambda d: weight if d <= last else 0.0,
        weight,
    )


def _clues_from_links(
    article: Article, facts: Sequence[Mapping[str, Any]]
) -> tuple[list[_Clue], list[dt.date]]:
    clues: list[_Clue] = []
    dates: list[dt.date] = []
    dated_facts = [(f, _stems(str(f.get("fact", "")))) for f in facts if f.get("date")]
    for seg in article.leftovers:
        if seg.kind != "related_link":
            continue
        opener = RELATED_LINK_START.match(seg.text)
        headline = seg.text[opener.end() :] if opener else seg.text
        words = _stems(headline)
        if not words or not dated_facts:
            continue
        fact, shared = max(((f, len(words & s)) for f, s in dated_facts), key=lambda x: x[1])
        if shared < _SHARED_WORDS:
            continue
        first, last = _iso_period(str(fact["date"]))
        dates.extend((first, last))
        label = opener.group().strip().lower() if opener else ""
        outlet = fact.get("source", {}).get("outlet", "another source")
        about = f"a story about an event of {fact['date']} (fact '{fact['id']}', {outlet})"
        span: dict[str, Any] = {"start": seg.start, "end": seg.end, "text": seg.text}
        span["fact"] = str(fact["id"])
        if label.startswith(("previous", "prev")):

            def after(d: dt.date, first: dt.date = first) -> float:
                gap = (d - first).days
                return 1.0 if 0 <= gap <= 2 else 0.5 if 0 <= gap <= 7 else 0.0

            says = f"the link to the previous story leads to {about}: "
            says += "the page went up on that day or soon after"
            clues.append(_Clue(Evidence(**span, rule="previous_story", says=says), after, 1.0))
        elif label.startswith("next"):

            def before(d: dt.date, last: dt.date = last) -> float:
                gap = (last - d).days
                return 1.0 if 0 <= gap <= 2 else 0.5 if 0 <= gap <= 7 else 0.0

            says = f"the link to the next story leads to {about}: "
            says += "the page went up that day or shortly before"
            clues.append(_Clue(Evidence(**span, rule="next_story", says=says), before, 1.0))
        else:

            def near(d: dt.date, first: dt.date = first, last: dt.date = last) -> float:
                return 0.5 if (first - d).days <= 14 and (d - last).days <= 14 else 0.0

            says = f"a linked story is about {about}: the page is probably from the same weeks"
            clues.append(_Clue(Evidence(**span, rule="linked_story", says=says), near, 0.5))
    return clues, dates


# How sharply confidence falls for a day whose evidence score is lower than the best day's.
