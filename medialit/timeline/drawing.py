"""Drawing a timeline: ranges as bars, days as marks, and the page's date as a line.

The events are placed and sorted here; `medialit.plots.timeline` draws them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from medialit.figures import Chart
from medialit.plots.timeline import Row
from medialit.timeline.events import _as_event
from medialit.timeline.model import DocumentDate, Event, relative_days


def _marker(document_date: dt.date | DocumentDate | None) -> tuple[dt.date | None, str]:
    """The page's day and the words of its legend entry."""
    if isinstance(document_date, DocumentDate):
        day = document_date.value
        return day, f"the page's date: {day} ({document_date.source})"
    if document_date is not None:
        return document_date, f"the page's date: {document_date}"
    return None, ""


def draw_timeline(
    events: Iterable[Event | Mapping[str, Any]],
    *,
    document_date: dt.date | DocumentDate | None = None,
    window_days: int = 45,
    title: str | None = None,
) -> Chart:
    """Draw events on a time axis: ranges as bars, days as marks, and the page's date as a line.

    Events from other sources are drawn as squares with hatched bars and labelled with their
    source; events more than `window_days` before the page's date are listed under the axis.
    Events known only relative to the page ("two days ago") are placed from the page's date;
    without one, they are drawn in days from the page, and the drawing says the date is unknown.
    A notebook shows the Chart as a picture; `.figure()` gives the matplotlib Figure.

    >>> import medialit
    >>> article = medialit.load_article()
    >>> chart = medialit.draw_timeline(medialit.timeline_events(article),
    ...                                document_date=medialit.document_date(article))
    >>> chart  # doctest: +NORMALIZE_WHITESPACE
    Timeline: 11 events from 11 Dec 2021 to 12 Jan 2022, the page's date 26 Dec 2021;
    3 more listed under it
    >>> chart.figure().axes[0].get_title()
    'What happened when'
    """
    marker_day, marker_label = _marker(document_date)
    placed = [_as_event(e).placed(marker_day) for e in events]
    dated = sorted((e for e in placed if e.earliest and e.latest), key=_calendar_order)
    relative = [e for e in placed if e.earliest is None and e.offset is not None]
    if marker_day is None and not dated:
        items = sorted(relative, key=lambda e: e.offset or (0, 0))
        rows = {"rows": [_row(e) for e in items], "title": title}
        return Chart("medialit.plots.timeline:relative_figure", rows, summary=_relative(items))
    left_out: list[Event] = []
    if marker_day is not None:
        cutoff = marker_day - dt.timedelta(days=window_days)
        left_out = [e for e in dated if _last(e) < cutoff]
        dated = [e for e in dated if _last(e) >= cutoff]
    inputs: dict[str, Any] = {
        "rows": [_row(e) for e in dated],
        "left_out": [_row(e) for e in left_out],
        "relative": [_row(e) for e in relative],
        "marker_day": marker_day,
        "marker_label": marker_label,
        "title": title,
    }
    summary = _summary(dated, marker_day, len(left_out) + len(relative))
    return Chart("medialit.plots.timeline:timeline_figure", inputs, summary=summary)


def _row(event: Event) -> Row:
    """An event as plain data, all the drawing needs."""
    return {
        "label": f"{event.label} [{'page' if event.from_page else event.source}]",
        "from_page": event.from_page,
        "first": event.earliest,
        "last": event.latest,
        "offset": event.offset,
    }


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def _summary(dated: list[Event], marker_day: dt.date | None, listed: int) -> str:
    """What the timeline shows, in words."""
    count = f"{len(dated)} event{'s' if len(dated) != 1 else ''}"
    span = ""
    if dated:
        first, last = _first(dated[0]), max(_last(e) for e in dated)
        span = f" on {_day(first)}" if first == last else f" from {_day(first)} to {_day(last)}"
    page = f"the page's date {_day(marker_day)}" if marker_day else "the page's date unknown"
    more = f"; {listed} more listed under it" if listed else ""
    return f"Timeline: {count}{span}, {page}{more}"


def _relative(items: list[Event]) -> str:
    """What a timeline in days from the page's unknown date shows, in words."""
    offsets = [e.offset for e in items if e.offset]
    if not offsets:
        return "Timeline: nothing placed (the page's date is unknown and the text names no date)"
    first = relative_days(min(lo for lo, _ in offsets), max(hi for _, hi in offsets))
    return f"Timeline in days from the page's unknown date: {len(items)} events, {first}"


def _calendar_order(e: Event) -> tuple[dt.date, dt.date]:
    return _first(e), _last(e)


def _first(e: Event) -> dt.date:
    assert e.earliest is not None
    return e.earliest


def _last(e: Event) -> dt.date:
    assert e.latest is not None
    return e.latest
