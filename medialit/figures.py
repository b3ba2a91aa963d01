"""Figures for notebooks: made through pyplot, closed at once, and light once drawn.

A notebook keeps every figure a cell returns (in `Out`), and matplotlib keeps on each text
of a drawn figure the renderer that drew it, with its whole pixel buffer: about 3 MiB for a
timeline, held for as long as the kernel runs. The kit's figures let go of the renderer
when a drawing ends; a text that needs one later (to measure itself) makes a new one, as a
figure never drawn does.

>>> fig = new_figure(figsize=(2, 1))
>>> _ = fig.subplots().set_title("Who said it")
>>> fig.savefig(__import__("io").BytesIO(), format="png")
>>> holds_renderer(fig)
False
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def new_figure(*, figsize: tuple[float, float], layout: str | None = None) -> Figure:
    """A figure a notebook shows once, when a cell returns it, and does not keep a renderer of."""
    import matplotlib.pyplot as plt

    # Made through pyplot so that a notebook knows how to draw the returned Figure, and
    # closed at once so that it is drawn once, not a second time at the end of the cell.
    fig = plt.figure(figsize=figsize, layout=layout)
    plt.close(fig)
    fig.canvas.mpl_connect("draw_event", _let_go_of_renderer)
    return fig


def _let_go_of_renderer(event: Any) -> None:
    from matplotlib.text import Text

    for text in event.canvas.figure.findobj(Text):
        text._renderer = None


def holds_renderer(fig: Figure) -> bool:
    """Whether a text of the figure still keeps the renderer that last drew it."""
    from matplotlib.text import Text

    return any(getattr(t, "_renderer", None) is not None for t in fig.findobj(Text))


__all__ = ["holds_renderer", "new_figure"]
