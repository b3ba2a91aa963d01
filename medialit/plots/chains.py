"""Chains of transmission as labelled boxes joined by arrows."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from medialit.display import plot_text
from medialit.figures import new_figure

if TYPE_CHECKING:
    from matplotlib.figure import Figure

_COLOURS = {
    # Okabe and Ito's colour-blind-safe palette (jfly.uni-koeln.de/color); each box also
    # carries its kind in words, so the diagram reads without colour.
    "government": "#E69F00",
    "ministry_or_agency": "#56B4E9",
    "news_organisation": "#009E73",
    "person": "#F0E442",
    "organisation": "#CC79A7",
    "vague": "#BBBBBB",
    "page": "#FFFFFF",
}


class Box(TypedDict):
    """One link of a chain as drawn: its name, its kind in words, and its kind."""

    name: str
    words: str
    kind: str


class Row(TypedDict):
    """One chain as drawn: its boxes in order and the sentences it comes from."""

    boxes: list[Box]
    sentences: list[str]


def chain_figure(*, chains: Sequence[Row]) -> Figure:
    """The chains as rows of boxes joined by arrows, one row per chain.

    >>> fig = chain_figure(chains=[{"boxes": [{"name": "the mayor", "words": "person",
    ...     "kind": "person"}], "sentences": ["P1.S1"]}])
    >>> [t.get_text() for t in fig.axes[0].texts]
    ['the mayor\\n(person)', 'in P1.S1']
    """
    width = max((len(c["boxes"]) for c in chains), default=1)
    fig = new_figure(figsize=(2.6 * width + 0.4, 1.45 * max(len(chains), 1) + 0.5))
    ax = fig.subplots()
    if not chains:
        ax.text(0.5, 0.5, "No statement in this text is credited to a source.", ha="center")
    for row, chain in enumerate(chains):
        y = -row * 1.45
        drawn: list[Any] = []
        for col, box in enumerate(chain["boxes"]):
            drawn.append(_box(ax, box, col * 2.6, y))
            if len(drawn) > 1:
                # Arrows join the boxes' edges, wherever the text makes them end.
                ax.annotate(
                    "",
                    xy=(0, 0.5),
                    xycoords=drawn[-1],
                    xytext=(1, 0.5),
                    textcoords=drawn[-2],
                    arrowprops={"arrowstyle": "->", "color": "black", "shrinkA": 6, "shrinkB": 6},
                )
        where = plot_text("in " + ", ".join(chain["sentences"]))
        ax.text(0, y - 0.62, where, ha="center", fontsize=7.5)
    ax.set_xlim(-1.3, 2.6 * width - 1.3)
    ax.set_ylim(-1.45 * len(chains) + 0.6, 0.7)
    ax.set_axis_off()
    ax.set_title("Who passed the words on to whom (dashed box: unnamed)", fontsize=10)
    return fig


def _box(ax: Any, box: Box, x: float, y: float) -> Any:
    """One link: its name over its kind, in a box coloured (and dashed, if unnamed) by kind."""
    name = textwrap.fill(box["name"], 22)
    kind = textwrap.fill(f"({box['words']})", 30)
    return ax.text(
        x,
        y,
        plot_text(f"{name}\n{kind}"),
        ha="center",
        va="center",
        fontsize=8.5,
        bbox={
            "boxstyle": "round,pad=0.4",
            "facecolor": _COLOURS.get(box["kind"], "#FFFFFF"),
            "edgecolor": "black",
            "linestyle": "--" if box["kind"] in ("vague", "page") else "-",
        },
    )
