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

# MathJax skips elements with these classes (the first is JupyterLab's, the second
# MathJax 3's default). Each dollar sign also sits in an element of its own, which
# breaks MathJax's search for a pair of delimiters within one run of text.
_IGNORE_CLASSES = "tex2jax_ignore mathjax_ignore"

# Labels ("badges") on highlighted text: close to the notebook's body size, and dark
# text on a light ground with a contrast ratio above WCAG AA's 4.5:1.
BADGE_CSS = (
    "font-size:0.85em;font-weight:600;line-height:1.2;color:#1a1a1a;"
    "background:#f2f2f2;border:1px solid #767676;border-radius:3px;padding:0 3px"
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
