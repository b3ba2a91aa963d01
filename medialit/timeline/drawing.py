"""Drawing a timeline: ranges as bars, days as marks, and the page's date as a line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from medialit.display import plot_text
from medialit.figures import new_figure
from medialit.timeline.calendar_facts import _ONE_DAY
from medialit.timeline.events import _as_event
from medialit.timeline.model import DocumentDate, Event, relative_days

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# Okabe and Ito's colour-blind-safe palette (Color Universal Design, 2008).
PAGE_COLOUR = "#0072B2"
OTHER_COLOUR = "#D55E00"
_MARKERS = {True: "o", False: "s"}


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
) -> Figure:
    """Draw events on a time axis: ranges as bars, days as marks, and the page's date as a line.

    Events from other sources are drawn as squares with hatched bars and labelled with their
    source; events more than `window_days` before the page's date are listed under the axis.
    Events known only relative to the page ("two days ago") are placed from the page's date;
    without one, they are drawn in days from the page, and the drawing says the date is unknown.

    >>> import medialit
    >>> fig = medialit.draw_timeline(medialit.timeline_events(medialit.load_article()),
    ...                              document_date=medialit.document_date(medialit.load_article()))
    >>> fig.axes[0].get_title()
    'What happened when'
    """
    marker_day, marker_label = _marker(document_date)
    placed = [_as_event(e).placed(marker_day) for e in events]
    dated = sorted((e for e in placed if e.earliest and e.latest), key=_calendar_order)
    relative = [e for e in placed if e.earliest is None and e.offset is not None]
    if marker_day is None and not dated:
        return _draw_relative(relative, title)
    left_out: list[Event] = []
    if marker_day is not None:
        cutoff = marker_day - dt.timedelta(days=window_days)
        left_out = [e for e in dated if _last(e) < cutoff]
        dated = [e for e in dated if _last(e) >= cutoff]
    fig, ax = _figure(len(dated))
    rows = len(dated)
    for row, event in enumerate(dated):
        _draw_event(ax, event, rows - 1 - row, _calendar_span(event))
    ax.set_yticks(range(rows), [_row_label(e) for e in reversed(dated)], fontsize=8.5)
    _date_axis(ax, dated, marker_day)
    ax.set_ylim(-0.8, rows - 0.2)
    unknown = " (the page's date is unknown)" if marker_day is None else ""
    ax.set_title(plot_text(title) if title else f"What happened when{unknown}")
    handles = _legend_handles()
    if marker_day is not None:
        from matplotlib.lines import Line2D

        handles.append(Line2D([], [], color="black", linestyle="--", label=marker_label))
    fig.legend(handles=handles, loc="outside upper center", ncol=3, fontsize=8, frameon=False)
    notes = [f"{_first(e):%Y-%m}  {_row_label(e)}" for e in left_out]
    head = "Earlier, not drawn:" if notes else ""
    if relative:
        head = head or "Counted from the page's unknown date, not drawn:"
        notes += [f"{relative_days(*e.offset)}  {_row_label(e)}" for e in relative if e.offset]
    if notes:
        ax.set_xlabel(head + "\n" + "\n".join(notes), fontsize=8.5, loc="left")
    return fig


def _calendar_order(e: Event) -> tuple[dt.date, dt.date]:
    return _first(e), _last(e)


def _first(e: Event) -> dt.date:
    assert e.earliest is not None
    return e.earliest


def _last(e: Event) -> dt.date:
    assert e.latest is not None
    return e.latest


def _figure(rows: int) -> tuple[Figure, Any]:
    fig = new_figure(figsize=(11, 2.6 + 0.4 * max(rows, 1)), layout="constrained")
    return fig, fig.subplots()


def _calendar_span(event: Event) -> tuple[float, float]:
    """Where an event starts on a date axis, and how many days it lasts (0 for one day)."""
    import matplotlib.dates

    mdates: Any = matplotlib.dates  # untyped module: calls go through Any
    days = (_last(event) - _first(event)).days
    return float(mdates.date2num(_first(event))), float(days + 1 if days else 0)


def _draw_relative(relative: list[Event], title: str | None) -> Figure:
    """Events known only in days from the page's unknown date; or a note that there are none."""
    fig, ax = _figure(len(relative))
    heading = plot_text(title) if title else "What happened when, counted from the page's date"
    ax.set_title(f"{heading}\n(the page's date is unknown: events are in days from it)")
    if not relative:
        ax.set_axis_off()
        ax.text(
            0.5,
            0.5,
            "The page's date is unknown and the text names no date:\n"
            "nothing can be placed in time. Give the page's date to place its events.",
            ha="center",
            va="center",
            fontsize=10,
        )
        return fig
    items = sorted(relative, key=lambda e: e.offset or (0, 0))
    rows = len(items)
    for row, event in enumerate(items):
        assert event.offset is not None
        lo, hi = event.offset
        _draw_event(ax, event, rows - 1 - row, (lo - 0.5, float(hi - lo + 1 if hi > lo else 0)))
    labels = [f"{_row_label(e)} ({relative_days(*e.offset)})" for e in items if e.offset]
    ax.set_yticks(range(rows), list(reversed(labels)), fontsize=8.5)
    ax.axvline(0, color="black", linestyle="--", linewidth=1.2, label="the page's (unknown) date")
    lo = min(min(e.offset[0] for e in items if e.offset), 0) - 2
    hi = max(max(e.offset[1] for e in items if e.offset), 0) + 2
    ax.set_xlim(lo, hi)
    ax.set_xlabel("days from the page's date (0: the day it was written)")
    ax.set_ylim(-0.8, rows - 0.2)
    ax.grid(axis="x", color="#cccccc", linewidth=0.6)
    ax.legend(loc="upper left", fontsize=8, frameon=False)
    return fig


def _draw_event(ax: Any, event: Event, y: int, span: tuple[float, float]) -> None:
    """One event on its row: a bar for a range, a mark for a day."""
    colour = PAGE_COLOUR if event.from_page else OTHER_COLOUR
    start, width = span
    if width > 0:
        ax.barh(
            y,
            width,
            left=start,
            height=0.5,
            color=colour,
            alpha=0.55,
            edgecolor="black",
            hatch=None if event.from_page else "//",
        )
    else:
        ax.plot(
            start + 0.5,
            y,
            marker=_MARKERS[event.from_page],
            markersize=9,
            color=colour,
            markeredgecolor="black",
            linestyle="none",
        )


def _date_axis(ax: Any, items: list[Event], marker_day: dt.date | None) -> None:
    """The time axis: its limits around the events and the page's date, its ticks and grid."""
    import matplotlib.dates

    mdates: Any = matplotlib.dates  # untyped module: calls go through Any
    days = [_first(e) for e in items] + [_last(e) + _ONE_DAY for e in items]
    if marker_day is not None:
        ax.axvline(mdates.date2num(marker_day) + 0.5, color="black", linestyle="--", linewidth=1.2)
        days.append(marker_day)
    if days:
        pad = max(dt.timedelta(days=2), (max(days) - min(days)) / 20)
        ax.set_xlim(mdates.date2num(min(days) - pad), mdates.date2num(max(days) + pad))
    locator = mdates.AutoDateLocator(minticks=3, maxticks=9)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", color="#cccccc", linewidth=0.6)


def _legend_handles() -> list[Any]:
    """What the marks and bars mean."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    def mark(shape: str, colour: str, label: str) -> Any:
        edge = "black"
        return Line2D([], [], marker=shape, color=colour, markeredgecolor=edge, ls="", label=label)

    return [
        mark("o", PAGE_COLOUR, "day, from the page"),
        mark("s", OTHER_COLOUR, "day, from another source"),
        Patch(facecolor=PAGE_COLOUR, alpha=0.55, edgecolor="black", label="range, from the page"),
        Patch(
            facecolor=OTHER_COLOUR,
            alpha=0.55,
            edgecolor="black",
            hatch="//",
            label="range, from another source",
        ),
    ]


def _row_label(event: Event) -> str:
    return plot_text(f"{event.label} [{'page' if event.from_page else event.source}]")
