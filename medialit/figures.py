"""Figures for notebooks: made through pyplot, closed at once, and light once drawn.

A notebook keeps every figure a cell returns (in `Out`), and matplotlib keeps on each text
of a drawn figure the renderer that drew it, with its whole pixel buffer: about 3 MiB for a
timeline, held for as long as the kernel runs. The kit's figures let go of the renderer
when a drawing ends; a text that needs one later (to measure itself) makes a new one, as a
figure never drawn does.

The pixel buffers, once freed, can stay with the process: glibc keeps free memory at the
top of its heap up to twice the size of the largest buffer it has freed (its dynamic
thresholds), a few MiB after a drawing. In a notebook, a cell that drew one of the kit's
figures ends by handing freed memory back (`malloc_trim`, where the C library has it).

>>> fig = new_figure(figsize=(2, 1))
>>> _ = fig.subplots().set_title("Who said it")
>>> fig.savefig(__import__("io").BytesIO(), format="png")
>>> holds_renderer(fig)
False
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# Whether a kit figure was drawn since the end of the last notebook cell.
_DRAWN: dict[str, bool] = {"since_cell": False}


def new_figure(*, figsize: tuple[float, float], layout: str | None = None) -> Figure:
    """A figure a notebook shows once, when a cell returns it, and does not keep a renderer of."""
    import matplotlib.pyplot as plt

    # Made through pyplot so that a notebook knows how to draw the returned Figure, and
    # closed at once so that it is drawn once, not a second time at the end of the cell.
    fig = plt.figure(figsize=figsize, layout=layout)
    plt.close(fig)
    fig.canvas.mpl_connect("draw_event", _let_go_of_renderer)
    _after_each_cell()
    return fig


def _let_go_of_renderer(event: Any) -> None:
    from matplotlib.text import Text

    for text in event.canvas.figure.findobj(Text):
        text._renderer = None
    _DRAWN["since_cell"] = True


def holds_renderer(fig: Figure) -> bool:
    """Whether a text of the figure still keeps the renderer that last drew it."""
    from matplotlib.text import Text

    return any(getattr(t, "_renderer", None) is not None for t in fig.findobj(Text))


@cache
def _trim() -> Callable[[int], int] | None:
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError, TypeError):
        return None  # not glibc: nothing to call
    return trim


def hand_back_memory() -> bool:
    """Hand memory the process has freed back to the system; False where that cannot be done."""
    trim = _trim()
    if trim is None:
        return False
    trim(0)
    return True


def _end_of_cell(result: Any) -> None:
    if _DRAWN["since_cell"]:
        _DRAWN["since_cell"] = False
        hand_back_memory()


def _after_each_cell() -> None:
    """In a notebook, have each cell that drew a kit figure hand freed memory back at its end."""
    if "IPython" not in sys.modules:
        return
    shell = sys.modules["IPython"].get_ipython()
    if shell is not None and _end_of_cell not in shell.events.callbacks["post_run_cell"]:
        shell.events.register("post_run_cell", _end_of_cell)


__all__ = ["hand_back_memory", "holds_renderer", "new_figure"]
