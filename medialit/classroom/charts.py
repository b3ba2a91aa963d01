"""The report's charts: one stacked bar per exercise, as SVG text to embed in the page.

The bars tell outcomes apart by hatching as well as colour, and a black diamond marks the
share right at the first try. The figure is drawn with matplotlib's object interface (no
pyplot, so nothing global changes) and written as SVG with fixed ids and no date, so
the same figures always give the same picture.
"""

from __future__ import annotations

import io

from medialit.classroom.tally import ExerciseFigures
from medialit.display import plot_text

STYLE = {
    "right": ("Right in the end", "#1b5e20", ""),
    "partly": ("Partly right", "#e0a800", "//"),
    "wrong": ("Wrong", "#a31515", "xx"),
    "not_tried": ("Not tried", "#cfd8dc", ""),
}


def outcome_chart(figures: list[ExerciseFigures], *, learners: int, title: str) -> str:
    """An SVG chart of the outcomes of these (graded) exercises, as text."""
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    rows = list(reversed(figures))
    labels = [plot_text(f"{f.number} {f.exercise_id}") for f in rows]
    with rc_context({"svg.hashsalt": "medialit", "svg.fonttype": "path", "font.size": 9}):
        fig = Figure(figsize=(7.5, 1.3 + 0.32 * len(rows)), layout="constrained")
        ax = fig.add_subplot()
        left = [0.0] * len(rows)
        for key, (name, colour, hatch) in STYLE.items():
            share = [100 * f.outcomes[key] / max(learners, 1) for f in rows]
            ax.barh(
                labels,
                share,
                left=left,
                color=colour,
                hatch=hatch,
                edgecolor="white",
                linewidth=0.5,
                label=name,
            )
            left = [a + b for a, b in zip(left, share, strict=True)]
        first = [100 * f.first_try_right / max(learners, 1) for f in rows]
        ax.plot(first, labels, "D", color="black", markersize=5, label="Right at first try")
        ax.set_xlim(0, 100)
        ax.set_xlabel(f"% of the class ({learners} learners)")
        ax.set_title(plot_text(title), loc="left")
        fig.legend(loc="outside lower center", ncols=5, fontsize=8, frameon=False)
        out = io.StringIO()
        fig.savefig(out, format="svg", metadata={"Date": None})
    svg = out.getvalue()
    return svg[svg.index("<svg") :]
