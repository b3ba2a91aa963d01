"""Showing article and learner text literally: as HTML, in Markdown and in plots.

Text from an article or a learner is data. In a notebook it passes through two
interpreters besides the HTML parser: MathJax, which typesets anything between dollar
signs, and matplotlib's mathtext, which does the same in plot labels. Every view in
the kit renders such text through this module.

>>> literal_html("$5 to $10 <b>")
'<span class="tex2jax_ignore mathjax_ignore"><span>$</span>5 to <span>$</span>10 &lt;b&gt;</span>'
>>> plot_text("a $\\\\foo{$ label")
'a \\\\$\\\\foo{\\\\$ label'
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Sequence

# MathJax skips elements with these classes (the first is JupyterLab's, the second
# MathJax 3's default). Each dollar sign also sits in an element of its own, which
# breaks MathJax's search for a pair of delimiters within one run of text.
_IGNORE_CLASSES = "tex2jax_ignore mathjax_ignore"

# Labels ("badges") on highlighted text: close to the notebook's body size, and dark
# text on a light ground with a contrast ratio above WCAG AA's 4.5:1.
BADGE_CSS = (
    "font-size:0.9em;font-weight:600;line-height:1.2;color:#1a1a1a;"
    "background:#f2f2f2;border:1px solid #767676;border-radius:3px;padding:0 3px"
)

# One lane per level of overlap: a colour (3:1 or more against white, as WCAG asks of
# graphics) and a line style, so lanes differ without colour too.
LANES = (
    ("#1f5fa8", "solid"),
    ("#a3360a", "double"),
    ("#2e6b30", "dashed"),
    ("#6a3d9a", "dotted"),
)


def escape(text: str) -> str:
    """Escape text for HTML and keep MathJax from reading dollar signs as mathematics.

    >>> escape("$5 & up")
    '<span>$</span>5 &amp; up'
    """
    return html.escape(text).replace("$", "<span>$</span>")


def literal_html(text: str) -> str:
    """Text as an HTML fragment that shows exactly these characters, never markup or maths."""
    return f'<span class="{_IGNORE_CLASSES}">{escape(text)}</span>'


def ignore_maths(fragment: str) -> str:
    """Wrap an HTML fragment built from escaped text so that MathJax leaves it alone.

    >>> ignore_maths("<p>x</p>")
    '<div class="tex2jax_ignore mathjax_ignore"><p>x</p></div>'
    """
    return f'<div class="{_IGNORE_CLASSES}">{fragment}</div>'


def plot_text(text: str) -> str:
    """Text for a matplotlib label, shown literally (mathtext reads `$...$` otherwise)."""
    return text.replace("$", r"\$")


Span = tuple[int, int, str]
"""A labelled stretch of text: start and end character offsets, and its label."""


def _lanes(spans: Sequence[Span]) -> list[int]:
    # Spans sorted by start: each takes the lowest lane free where it starts, so two
    # spans that overlap never share a lane.
    ends: list[int] = []
    lanes = []
    for start, end, _ in spans:
        lane = next((i for i, last in enumerate(ends) if last <= start), len(ends))
        if lane == len(ends):
            ends.append(end)
        else:
            ends[lane] = end
        lanes.append(lane)
    return lanes


def _badge(number: int, label: str, lane: int) -> str:
    colour, line = LANES[lane % len(LANES)]
    return (
        f'<span class="medialit-badge" data-span="{number}" '
        f'style="{BADGE_CSS};border-left:4px {line} {colour};margin-right:2px">'
        f"{escape(label)}</span>"
    )


def _mark(piece: str, number: int, label: str, lane: int) -> str:
    colour, line = LANES[lane % len(LANES)]
    return (
        f'<span class="medialit-mark" data-span="{number}" title="{html.escape(label)}" '
        f'style="border-bottom:3px {line} {colour};padding-bottom:{1 + 5 * lane}px">{piece}</span>'
    )


def highlight_html(text: str, spans: Sequence[Span]) -> str:
    """Text with labelled spans marked; where spans overlap, each label stays with its own span.

    Each span opens with a badge holding its label and is underlined in its own lane
    (a colour and a line style); overlapping spans take different lanes, so the
    underline under any word shows which spans hold it.

    >>> print(highlight_html("$5 cut", [(0, 6, "claim"), (3, 6, "cue")]).count("medialit-badge"))
    2
    """
    ordered = sorted(
        ((a, b, label) for a, b, label in spans if 0 <= a < b <= len(text)),
        key=lambda span: (span[0], -span[1]),
    )
    lanes = _lanes(ordered)
    cuts = sorted({0, len(text), *(a for a, _, _ in ordered), *(b for _, b, _ in ordered)})
    out = []
    for left, right in itertools.pairwise(cuts):
        for number, (start, _, label) in enumerate(ordered):
            if start == left:
                out.append(_badge(number, label, lanes[number]))
        piece = escape(text[left:right])
        # The innermost lane wraps first, so each span's underline sits at its lane's depth.
        active = [n for n, (a, b, _) in enumerate(ordered) if a <= left and right <= b]
        for number in sorted(active, key=lambda n: lanes[n]):
            piece = _mark(piece, number, ordered[number][2], lanes[number])
        out.append(piece)
    return (
        f'<span class="{_IGNORE_CLASSES} medialit-highlight" '
        f'style="line-height:2.4;white-space:pre-wrap">{"".join(out)}</span>'
    )
