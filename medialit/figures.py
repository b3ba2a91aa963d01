"""Figures for notebooks: drawn in a short-lived process, or made through pyplot and light.

A notebook's charts (`medialit.draw_chain`, `medialit.draw_timeline`) are `Chart`s: the
name of the function that builds the matplotlib Figure and its inputs as plain data. Its
picture is drawn by `python -m medialit.plots`, a process that imports matplotlib, draws
the PNG as the notebook's inline backend would, and exits; the kernel keeps the picture
and never imports matplotlib (about 30 MiB a kernel keeps for its whole life otherwise).
If that process fails or takes over a minute, the chart is drawn in the kernel instead;
`MEDIALIT_FIGURES=inline` always draws there.

A figure drawn in this process is made by `new_figure`.
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
import importlib
import io
import logging
import os
import pickle
import subprocess
import sys
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.figure import Figure

_LOG = logging.getLogger(__name__)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
TIMEOUT = 60.0
"""Seconds a drawing process may take before the chart is drawn in this process instead."""
MODES = ("process", "inline")
"""Values of `MEDIALIT_FIGURES`: draw in a short-lived process (the default), or in this one."""
FORMATS = ("png", "svg", "pdf")

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


__all__ = ["Chart", "hand_back_memory", "holds_renderer", "new_figure", "render"]


def build(builder: str, inputs: Mapping[str, Any]) -> Figure:
    """The Figure that `builder` ('module:function') makes from `inputs`, made in this process."""
    module, _, name = builder.partition(":")
    function: Callable[..., Figure] = getattr(importlib.import_module(module), name)
    return function(**inputs)


def render(builder: str, inputs: Mapping[str, Any], *, image_format: str = "png") -> bytes:
    """The picture of a built Figure, drawn as a notebook's inline backend draws it."""
    fig = build(builder, inputs)
    out = io.BytesIO()
    # IPython's `print_figure` with the inline backend's defaults: the figure's own dpi and
    # colours, and a bounding box tight around what is drawn.
    fig.savefig(
        out,
        format=image_format,
        dpi=fig.dpi,
        facecolor=fig.get_facecolor(),
        edgecolor=fig.get_edgecolor(),
        bbox_inches="tight",
    )
    return out.getvalue()


def drawing_mode() -> str:
    """Where charts are drawn, from `MEDIALIT_FIGURES`: 'process' (the default) or 'inline'."""
    mode = os.environ.get("MEDIALIT_FIGURES", "").strip().lower() or "process"
    if mode not in MODES:
        allowed = " or ".join(repr(m) for m in MODES)
        raise ValueError(f"MEDIALIT_FIGURES is {mode!r}; it must be {allowed} (or unset)")
    return mode


def _in_a_process(request: tuple[str, Mapping[str, Any], str]) -> bytes | None:
    """The picture drawn by `python -m medialit.plots`; None if that process failed."""
    env = dict(os.environ, MPLBACKEND="agg")
    # The child finds this copy of the kit even when the kernel found it on a path of its own.
    root = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "medialit.plots"],
            input=pickle.dumps(request),
            capture_output=True,
            timeout=TIMEOUT,
            env=env,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as error:
        _LOG.warning("no process to draw a chart in (%s); drawing it here", error)
        return None
    image_format = request[2]
    ok = done.stdout.startswith(PNG_SIGNATURE) if image_format == "png" else bool(done.stdout)
    if done.returncode or not ok:
        why = done.stderr.decode(errors="replace").strip().splitlines()[-1:] or ["no picture"]
        _LOG.warning("the process drawing a chart failed (%s); drawing it here", why[0])
        return None
    return done.stdout


class Chart:
    """A chart for a notebook: its inputs kept here, its picture drawn by matplotlib elsewhere.

    >>> chart = Chart("medialit.plots.chains:chain_figure", {"chains": []}, summary="No chains")
    >>> chart
    No chains
    >>> chart._repr_png_().startswith(PNG_SIGNATURE)
    True
    """

    def __init__(self, builder: str, inputs: Mapping[str, Any], *, summary: str) -> None:
        self.builder = builder
        self.inputs = dict(inputs)
        self.summary = summary
        self.drawn_in: str | None = None
        """'a process of its own' or 'this process', once the picture is drawn."""
        self._png: bytes | None = None

    def __repr__(self) -> str:
        return self.summary

    def figure(self) -> Figure:
        """The matplotlib Figure, built in this process (for scripts and tests)."""
        return build(self.builder, self.inputs)

    def image(self, *, image_format: str = "png") -> bytes:
        """The picture's bytes, drawn in a short-lived process unless `MEDIALIT_FIGURES=inline`."""
        if image_format not in FORMATS:
            raise ValueError(f"a chart is drawn as {', '.join(FORMATS)}, not {image_format!r}")
        if image_format == "png" and self._png is not None:
            return self._png
        data = None
        if drawing_mode() == "process":
            data = _in_a_process((self.builder, self.inputs, image_format))
        self.drawn_in = "a process of its own" if data is not None else "this process"
        if data is None:
            data = render(self.builder, self.inputs, image_format=image_format)
        if image_format == "png":
            self._png = data
        return data

    def _repr_png_(self) -> bytes:
        return self.image()

    def save(self, path: str | Path) -> Path:
        """Write the picture to `path`: PNG, SVG or PDF, by the file's suffix."""
        target = Path(path)
        image_format = target.suffix.lower().lstrip(".") or "png"
        target.write_bytes(self.image(image_format=image_format))
        return target
