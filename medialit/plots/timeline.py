"""A timeline: ranges as bars, days as marks, and the page's date as a line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from medialit.display import plot_text
from medialit.figures import new_figure
from medialit.timeline.model import relative_days

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# Okabe and Ito's colour-blind-safe palette (Color Universal Design, 2008).
PAGE_COLOUR = "#0072B2"
OTHER_COLOUR = "#D55E00"
_MARKERS = {True: "o", False: "s"}
_ONE_DAY = dt.timedelta(days=1)


class Row(TypedDict):
    """One event as drawn: its label (with its source), where from, and when."""

    label: str
    from_page: bool
    first: dt.date | None
    last: dt.date | None
    offset: tuple[int, int] | None


def timeline_figure(
    *,
    rows: Sequence[Row],
    left_out: Sequence[Row],
    relative: Sequence[Row],
    marker_day: dt.date | None,
    marker_label: str,
    title: str | None,
) -> Figure:
    """Events placed on the calendar, in order, with those not drawn listed under the axis."""
    fig, ax = _figure(len(rows))
    count = len(rows)
    for row, event in enumerate(rows):
        _draw_event(ax, event, count - 1 - row, _calendar_span(event))
    ax.set_yticks(range(count), [plot_text(e["label"]) for e in reversed(rows)], fontsize=8.5)
    _date_axis(ax, rows, marker_day)
    ax.set_ylim(-0.8, count - 0.2)
    unknown = " (the page's date is unknown)" if marker_day is None else ""
    ax.set_title(plot_text(title) if title else f"What happened when{unknown}")
    handles = _legend_handles()
    if marker_day is not None:
        from matplotlib.lines import Line2D

        handles.append(Line2D([], [], color="black", linestyle="--", label=marker_label))
    fig.legend(handles=handles, loc="outside upper center", ncol=3, fontsize=8, frameon=False)
    notes = [f"{_first(e):%Y-%m}  {e['label']}" for e in left_out]
    head = "Earlier, not drawn:" if notes else ""
    if relative:
        head = head or "Counted from the page's unknown date, not drawn:"
        notes += [f"{relative_days(*e['offset'])}  {e['label']}" for e in relative if e["offset"]]
    if notes:
        ax.set_xlabel(plot_text(head + "\n" + "\n".join(notes)), fontsize=8.5, loc="left")
    return fig


def relative_figure(*, rows: Sequence[Row], title: str | None) -> Figure:
    """Events known only in days from the page's unknown date; or a note that there are none."""
    fig, ax = _figure(len(rows))
    heading = plot_text(title) if title else "What happened when, counted from the page's date"
    ax.set_title(f"{heading}\n(the page's date is unknown: events are in days from it)")
    if not rows:
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
    spans = [e["offset"] for e in rows if e["offset"]]
    count = len(rows)
    for row, event in enumerate(rows):
        assert event["offset"] is not None
        lo, hi = event["offset"]
        _draw_event(ax, event, count - 1 - row, (lo - 0.5, float(hi - lo + 1 if hi > lo else 0)))
    labels = [f"{e['label']} ({relative_days(*e['offset'])})" for e in rows if e["offset"]]
    ax.set_yticks(range(count), [plot_text(label) for label in reversed(labels)], fontsize=8.5)
    ax.axvline(0, color="black", linestyle="--", linewidth=1.2, label="the page's (unknown) date")
    ax.set_xlim(min(min(lo for lo, _ in spans), 0) - 2, max(max(hi for _, hi in spans), 0) + 2)
    ax.set_xlabel("days from the page's date (0: the day it was written)")
    ax.set_ylim(-0.8, count - 0.2)
    ax.grid(axis="x", color="#cccccc", linewidth=0.6)
    ax.legend(loc="upper left", fontsize=8, frameon=False)
    return fig


def _first(e: Row) -> dt.date:
    assert e["first"] is not None
    return e["first"]


def _last(e: Row) -> dt.date:
    assert e["last"] is not None
    return e["last"]


def _figure(rows: int) -> tuple[Figure, Any]:
    fig = new_figure(figsize=(11, 2.6 + 0.4 * max(rows, 1)), layout="constrained")
    return fig, fig.subplots()


def _calendar_span(event: Row) -> tuple[float, float]:
    """Where an event starts on a date axis, and how many days it lasts (0 for one day)."""
    import matplotlib.dates

    mdates: Any = matplotlib.dates  # untyped module: calls go through Any
    days = (_last(event) - _first(event)).days
    return float(mdates.date2num(_first(event))), float(days + 1 if days else 0)


def _draw_event(ax: Any, event: Row, y: int, span: tuple[float, float]) -> None:
    """One event on its row: a bar for a range, a mark for a day."""
    colour = PAGE_COLOUR if event["from_page"] else OTHER_COLOUR
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
            hatch=None if event["from_page"] else "//",
        )
    else:
        ax.plot(
            start + 0.5,
            y,
            marker=_MARKERS[event["from_page"]],
            markersize=9,
            color=colour,
            markeredgecolor="black",
            linestyle="none",
        )


def _date_axis(ax: Any, items: Sequence[Row], marker_day: dt.date | None) -> None:
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
