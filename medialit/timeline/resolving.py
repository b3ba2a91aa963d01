"""Resolving every expression of a text against the page's date: the public `timexes`."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from medialit import pipeline
from medialit.article import Article
from medialit.timeline import dating
from medialit.timeline.calendar_facts import _year_period
from medialit.timeline.finding import _Expr
from medialit.timeline.model import Timex
from medialit.timeline.resolve_base import (
    _NEEDS_ANCHOR,
    _Anchor,
    _day_timex,
    _period_timex,
    _relative,
    _timex,
    _unresolved,
)
from medialit.timeline.resolve_calendar import (
    _resolve_date,
    _resolve_decade,
    _resolve_month,
    _resolve_movable,
    _resolve_numeric,
    _resolve_season,
    _resolve_weekday,
)
from medialit.timeline.resolve_relative import (
    _resolve_offset,
    _resolve_part,
    _resolve_unit,
    _resolve_weekend,
)
from medialit.timeline.scanning import _article, _found

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _resolve(e: _Expr, text: str, a: _Anchor) -> Timex:
    kind = e.kind
    if kind == "date":
        return _resolve_date(e, text, a)
    if kind == "numeric":
        return _resolve_numeric(e, text)
    if kind == "movable":
        return _resolve_movable(e, text, a)
    if kind == "month":
        return _resolve_month(e, text, a)
    if kind == "year":
        assert e.year is not None
        value = str(e.year)
        return _period_timex(
            e, text, value, _year_period(e.year, e.mod), "year", "explicit year", a
        )
    if kind == "decade":
        return _resolve_decade(e, text, a)
    if kind == "season":
        return _resolve_season(e, text, a)
    if kind == "weekday":
        return _resolve_weekday(e, text, a)
    if kind == "range":
        return _resolve_range(e, text, a)
    if kind == "event":
        return _unresolved(
            e, text, "counts from another event in the text, not from the page's date"
        )
    if a.day is None:
        return _unresolved(e, text, _NEEDS_ANCHOR)
    anchor = a.day
    if kind == "day":
        assert e.step is not None
        day = anchor + dt.timedelta(days=e.step)
        words = " ".join(text[e.start : e.end].lower().split())
        return _day_timex(e, text, day, f"{words}: {e.step:+d} days from {anchor}", a)
    if kind == "vague":
        past = e.name == "PAST_REF"
        return _timex(
            e,
            text,
            value=e.name,
            earliest=None if past else anchor,
            latest=anchor if past else None,
            granularity="vague",
            anchor=anchor,
            anchor_source=a.source,
            resolved=False,
            rule="vague " + ("past" if past else "future"),
            note=f"says only that it is {'before' if past else 'after'} {anchor}; no day is named",
        )
    if kind in ("offset", "window"):
        return _resolve_offset(e, text, a, anchor)
    if kind == "part":
        return _resolve_part(e, text, a, anchor)
    if kind == "unit":
        return _resolve_unit(e, text, a, anchor)
    if kind == "weekend":
        return _resolve_weekend(e, text, a, anchor)
    raise ValueError(f"unknown kind of time expression: {kind}")


def _resolve_range(e: _Expr, text: str, a: _Anchor) -> Timex:
    first_e, second_e = e.parts
    first = _resolve(replace(first_e, tense=e.tense), text, a)
    if first.earliest is None:
        return _unresolved(e, text, f"the start of the range cannot be resolved: {first.note}")
    # The end of a range comes after its start, so it is counted forward from the start.
    second_anchor = _Anchor(first.earliest, a.source) if first.anchor is not None else a
    second_tense = "future" if first.anchor is not None else e.tense
    second = _resolve(replace(second_e, tense=second_tense), text, second_anchor)
    if second.latest is None or second.value is None or first.value is None:
        return _unresolved(e, text, f"the end of the range cannot be resolved: {second.note}")
    rule = f"range: {first.rule}; then {second.rule}"
    fields: dict[str, Any] = {"value": f"{first.value}/{second.value}", "earliest": first.earliest}
    fields.update(latest=second.latest, granularity=first.granularity, rule=rule, mod=None)
    if first.anchor is None and second.anchor is None:
        return _timex(e, text, **fields)
    return _relative(e, text, a, **fields)


# --- Public: time expressions -------------------------------------------------------------


def _resolve_all(doc: Doc, anchor: _Anchor) -> list[Timex]:
    article = _article(doc)
    if article is None:
        return []
    text = article.text
    out = []
    for e in _found(doc):
        try:
            timex = _resolve(e, text, anchor)
        except (ValueError, OverflowError):
            timex = _unresolved(e, text, "falls outside the calendar (years 1 to 9999)")
        seg = article.leftover_at(e.start, e.end)
        out.append(replace(timex, leftover=seg.kind) if seg else timex)
    return out


def find_timexes(doc: Doc) -> list[Timex]:
    found = dating.document_date(doc)
    return _resolve_all(doc, _Anchor(found.value, found.source if found.value else None))


def timexes(
    text_or_doc: str | Article | Doc, *, document_date: dt.date | None = None
) -> list[Timex]:
    """Find the time expressions of a text and resolve each against the page's date.

    Without `document_date`, the date inferred from the page's evidence is used (see
    `infer_document_date`); with it, that date is the anchor.

    >>> import datetime
    >>> found = timexes("The ministry said on Sunday it released the plan in mid-December.",
    ...                 document_date=datetime.date(2021, 12, 26))
    >>> [(t.text, t.value, t.mod) for t in found]
    [('Sunday', '2021-12-26', None), ('mid-December', '2021-12', 'MID')]
    """
    doc = pipeline.as_doc(text_or_doc)
    if document_date is None:
        return pipeline.cached(doc, "timexes", find_timexes)
    return _resolve_all(doc, _Anchor(document_date, "given"))
