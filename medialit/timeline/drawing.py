"""Drawing a timeline: ranges as bars, days as marks, and the page's date as a line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from medialit.timeline.calendar_facts import _ONE_DAY
from medialit.timeline.events import _as_event
from medialit.timeline.model import DocumentDate, Event

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

    >>> import medialit
    >>> fig = medialit.draw_timeline(medialit.timeline_events(medialit.load_article()),
    ...                              document_date=medialit.document_date(medialit.load_article()))
    >>> fig.axes[0].get_title()
    'What happened when'
    """
    import matplotlib.pyplot as plt

    items = sorted((_as_event(e) for e in events), key=lambda e: (e.earliest, e.latest))
    marker_day, marker_label = _marker(document_date)
    left_out: list[Event] = []
    if marker_day is not None:
        cutoff = marker_day - dt.timedelta(days=window_days)
        left_out = [e for e in items if e.latest < cutoff]
        items = [e for e in items if e.latest >= cutoff]
    # Made through pyplot so that a notebook knows how to draw the returned Figure, and
    # closed at once so that it is drawn once, not a second time at the end of the cell.
    fig = plt.figure(figsize=(11, 2.6 + 0.4 * max(len(items), 1)), layout="constrained")
    plt.close(fig)
    ax = fig.subplots()
    rows = len(items)
    for row, event in enumerate(items):
        _draw_event(ax, event, rows - 1 - row)
    ax.set_yticks(range(rows), [_row_label(e) for e in reversed(items)], fontsize=8.5)
    _date_axis(ax, items, marker_day)
    ax.set_ylim(-0.8, rows - 0.2)
    ax.set_title(title or "What happened when")
    handles = _legend_handles()
    if marker_day is not None:
        from matplotlib.lines import Line2D

        handles.append(Line2D([], [], color="black", linestyle="--", label=marker_label))
    fig.legend(handles=handles, loc="outside upper center", ncol=3, fontsize=8, frameon=False)
    if left_out:
        lines = [f"{e.earliest:%Y-%m}  {_row_label(e)}" for e in left_out]
        ax.set_xlabel("Earlier, not drawn:\n" + "\n".join(lines), fontsize=8.5, loc="left")
    return fig


def _draw_event(ax: Any, event: Event, y: int) -> None:
    """One event on its row: a bar for a range, a mark for a day."""
    import matplotlib.dates

    mdates: Any = matplotlib.dates  # untyped module: calls go through Any
    colour = PAGE_COLOUR if event.from_page else OTHER_COLOUR
    start = mdates.date2num(event.earliest)
    if event.latest > event.earliest:
        width = (event.latest - event.earliest).days + 1
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
    days = [e.earliest for e in items] + [e.latest + _ONE_DAY for e in items]
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
    return f"{event.label} [{'page' if event.from_page else event.source}]"
