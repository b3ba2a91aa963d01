"""Resolving every expression of a text against the page's date: the public `timexes`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from medialit import pipeline
from medialit.article import Article
from medialit.timeline import dating
from medialit.timeline.calendar_facts import _year_period
from medialit.timeline.finding import _Expr
from medialit.timeline.lexicon import _lexicons
from medialit.timeline.model import DocumentDate, Timex
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
from medialit.timeline.resolve_timeml import (
    as_week_of,
    in_quarter_context,
    is_reference,
    resolve_century,
    resolve_clock,
    resolve_duration,
    resolve_half,
    resolve_quarter,
    resolve_set,
    resolve_shift,
    with_part_of_day,
)
from medialit.timeline.scanning import _article, _found
from medialit.timeline.timeml import with_timeml

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _resolve_year(e: _Expr, text: str, a: _Anchor) -> Timex:
    assert e.year is not None
    period = _year_period(e.year, e.mod)
    return _period_timex(e, text, str(e.year), period, "year", "explicit year", a)


def _resolve_day(e: _Expr, text: str, a: _Anchor, anchor: dt.date) -> Timex:
    assert e.step is not None
    day = anchor + dt.timedelta(days=e.step)
    words = " ".join(text[e.start : e.end].lower().split())
    return _day_timex(e, text, day, f"{words}: {e.step:+d} days from {anchor}", a)


def _resolve_vague(e: _Expr, text: str, a: _Anchor, anchor: dt.date) -> Timex:
    side = {"PAST_REF": "past", "PRESENT_REF": "present"}.get(str(e.name), "future")
    says = {"past": f"before {anchor}", "present": f"around {anchor}"}.get(side, f"after {anchor}")
    words = " ".join(text[e.start : e.end].lower().split())
    length = _lexicons()["timeml"]["vague_lengths"].get(words)
    timeml = {} if length is None else {"timeml_type": "DURATION", "timeml_value": length}
    return _timex(
        e,
        text,
        value=e.name,
        earliest=anchor if side != "past" else None,
        latest=anchor if side != "future" else None,
        granularity="vague",
        anchor=anchor,
        anchor_source=a.source,
        resolved=False,
        rule=f"vague {side}",
        note=f"says only that it is {says}; no day is named",
        **timeml,
    )


# Kind of expression -> how it is resolved, for those that may need no anchor ...
_FREE: dict[str, Callable[[_Expr, str, _Anchor], Timex]] = {
    "date": _resolve_date,
    "numeric": lambda e, text, a: _resolve_numeric(e, text),
    "movable": _resolve_movable,
    "month": _resolve_month,
    "year": _resolve_year,
    "decade": _resolve_decade,
    "season": _resolve_season,
    "weekday": _resolve_weekday,
    "quarter": resolve_quarter,
    "half": resolve_half,
    "century": resolve_century,
    "duration": resolve_duration,
    "set": resolve_set,
    "clock": resolve_clock,
}
# ... and for those that count from the page's date.
_ANCHORED: dict[str, Callable[[_Expr, str, _Anchor, dt.date], Timex]] = {
    "day": _resolve_day,
    "vague": _resolve_vague,
    "offset": _resolve_offset,
    "window": _resolve_offset,
    "part": _resolve_part,
    "unit": _resolve_unit,
    "weekend": _resolve_weekend,
}


def _resolve(e: _Expr, text: str, a: _Anchor) -> Timex:
    if e.kind == "range":
        return _resolve_range(e, text, a)
    free = _FREE.get(e.kind)
    if free is not None:
        return as_week_of(e, text, with_part_of_day(e, text, free(e, text, a)))
    anchored = _ANCHORED.get(e.kind)
    if anchored is None:
        raise ValueError(f"unknown kind of time expression: {e.kind}")
    if a.day is None:
        refs = e.name if e.kind == "vague" else None
        return _unresolved(e, text, _NEEDS_ANCHOR, timeml_value=refs)
    return with_part_of_day(e, text, anchored(e, text, a, a.day))


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
    fields["parts"] = (first, second)
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
    reference: Timex | None = None
    for e in _found(doc):
        try:
            if e.kind == "event":
                timex = resolve_shift(e, text, reference)
            else:
                timex = in_quarter_context(e, text, _resolve(e, text, anchor), reference)
        except (ValueError, OverflowError):
            timex = _unresolved(e, text, "falls outside the calendar (years 1 to 9999)")
        timex = with_timeml(timex)
        seg = article.leftover_at(e.start, e.end)
        timex = replace(timex, leftover=seg.kind) if seg else timex
        # A date counted from another one is not a new point of reference for those after it.
        if _names_a_date(e) and is_reference(timex):
            reference = timex
        out.append(timex)
    return out


# Expressions that name a date of their own, which later ones ("a year earlier") count from;
# those that count from the page or from another date ("last year", "the year-ago quarter")
# do not move the point of reference.
_REFERENCE_KINDS = frozenset({"date", "numeric", "month", "year", "quarter", "weekday", "season"})


def _names_a_date(e: _Expr) -> bool:
    return e.kind in _REFERENCE_KINDS and (e.step or 0) >= -1


def find_timexes(doc: Doc) -> list[Timex]:
    found = dating.document_date(doc)
    return _resolve_all(doc, _Anchor(found.value, found.source if found.value else None))


def _resolve_in_period(doc: Doc, first: dt.date, last: dt.date, period: str) -> list[Timex]:
    """Read against a given month or year: what every day of it agrees on, and no more."""
    early = _resolve_all(doc, _Anchor(first, "given"))
    late = _resolve_all(doc, _Anchor(last, "given"))
    out = []
    for a, b in zip(early, late, strict=True):
        if a.anchor is None or (a.value, a.earliest, a.latest) == (b.value, b.earliest, b.latest):
            rule = a.rule if a.anchor is None else f"{a.rule} (the same on any day of {period})"
            out.append(replace(a, rule=rule))
            continue
        note = f"depends on the day within {period}: {a.value} on {first}, {b.value} on {last}"
        out.append(
            replace(
                a,
                value=None,
                earliest=None,
                latest=None,
                resolved=False,
                rule="unresolved",
                note=note,
                anchor=None,
                timeml_value=None,
                parts=(),
            )
        )
    return out


def timexes(
    text_or_doc: str | Article | Doc, *, document_date: dt.date | DocumentDate | None = None
) -> list[Timex]:
    """Find the time expressions of a text and resolve each against the page's date.

    Without `document_date`, the date inferred from the page's evidence is used (see
    `infer_document_date`); with it, that date is the anchor. A given month or year (a
    `DocumentDate` with a range and no day, from `given_period("2021-12")`) resolves only
    what every day of it agrees on.

    >>> import datetime
    >>> found = timexes("The ministry said on Sunday it released the plan in mid-December.",
    ...                 document_date=datetime.date(2021, 12, 26))
    >>> [(t.text, t.value, t.mod) for t in found]
    [('Sunday', '2021-12-26', None), ('mid-December', '2021-12', 'MID')]
    """
    doc = pipeline.as_doc(text_or_doc)
    if document_date is None:
        return pipeline.cached(doc, "timexes", find_timexes)
    if isinstance(document_date, dt.date):
        return _resolve_all(doc, _Anchor(document_date, "given"))
    if document_date.value is not None:
        return _resolve_all(doc, _Anchor(document_date.value, "given"))
    if document_date.earliest is None or document_date.latest is None:
        return _resolve_all(doc, _Anchor(None, None))
    period = document_date.note or f"{document_date.earliest}..{document_date.latest}"
    return _resolve_in_period(doc, document_date.earliest, document_date.latest, period)
