"""The flags and the correction as HTML for a notebook."""

from __future__ import annotations

import html
import itertools
import re
from typing import Any

from spacy.tokens import Doc

from medialit import pipeline
from medialit.article import Article
from medialit.artifacts.correction import corrected_article, word_opcodes
from medialit.artifacts.model import CATEGORIES

# Okabe-Ito colours (safe for colour-blind readers), one per MQM branch; every flag also
# carries its label in words, so nothing relies on colour alone.
_MQM_COLOURS = {
    "accuracy": "#E69F00",
    "fluency": "#56B4E9",
    "locale conventions": "#009E73",
    "design and markup": "#CC79A7",
}
_FLAGS_CSS = (
    "<style>.medialit-flags{line-height:1.9;white-space:pre-wrap}"
    ".medialit-flags mark{background:none;border-bottom:3px solid;padding:0;color:inherit}"
    ".medialit-flags sup{font:bold .7em sans-serif;color:#333;margin-left:1px}</style>"
)


def artifacts_html(text_or_doc: str | Doc | Article) -> str:
    """The text as HTML with every flag underlined and labelled (kind and MQM branch).

    >>> "<sup>[spelling · locale conventions]</sup>" in artifacts_html("Rain fell in Kiev.")
    True
    """
    from medialit.artifacts import artifacts

    doc = pipeline.as_doc(text_or_doc)
    text = doc.text
    flags = artifacts(doc)
    out: list[str] = [_FLAGS_CSS, '<div class="medialit-flags">']
    cuts = sorted({0, len(text), *(f.start for f in flags), *(f.end for f in flags)})
    for start, end in itertools.pairwise(cuts):
        covering = [f for f in flags if f.start <= start and end <= f.end]
        piece = html.escape(text[start:end])
        for flag in covering:
            colour = _MQM_COLOURS.get(flag.mqm, "#000000")
            title = html.escape(f"{CATEGORIES[flag.category][0]}: {flag.explanation}")
            piece = f'<mark style="border-color:{colour}" title="{title}">{piece}</mark>'
        out.append(piece)
        for flag in flags:
            if flag.end == end:
                kind = flag.category.replace("_", " ")
                out.append(f"<sup>[{html.escape(kind)} · {html.escape(flag.mqm)}]</sup>")
    out.append("</div>")
    return "".join(out)


def show_artifacts(text_or_doc: str | Doc | Article) -> Any:
    """Display the text in a notebook with every flag underlined and labelled."""
    from IPython.display import HTML

    return HTML(artifacts_html(text_or_doc))  # type: ignore[no-untyped-call]


_DIFF_CSS = (
    "<style>.medialit-diff{border-collapse:collapse;width:100%}"
    ".medialit-diff td{padding:.4em .6em;width:50%;line-height:1.5}"
    ".medialit-diff th{padding:.2em .6em}"
    ".medialit-diff del{background:#fde0c5;color:#6b3a00;text-decoration:line-through}"
    ".medialit-diff ins{background:#d6e9f8;color:#08306b;text-decoration:underline}</style>"
)
# Inline, because JupyterLab right-aligns table cells and an inline style outranks any
# stylesheet rule.
_CELL = 'style="text-align:left;vertical-align:top"'


def _render(text: str, tokens: list[re.Match[str]], marks: list[str]) -> str:
    """Words as escaped HTML, wrapped in <del>/<ins> where marked, paragraph breaks kept."""
    out: list[str] = []
    previous_end = 0
    for token, mark in zip(tokens, marks, strict=True):
        gap = "<br><br>" if "\n" in text[previous_end : token.start()] and out else " "
        word = html.escape(token.group())
        out.append(gap + (f"<{mark}>{word}</{mark}>" if mark else word))
        previous_end = token.end()
    return "".join(out).strip()


def diff_html(original: str | None = None, corrected: str | None = None) -> str:
    """The two texts side by side as HTML, changed words struck through and underlined.

    With no arguments it compares the kit's article with its corrected version.

    >>> "<del>examine</del>" in diff_html("We examine it.", "We are examining it.")
    True
    """
    if original is None:
        from medialit.article import load_article

        original = load_article().text
    if corrected is None:
        corrected = corrected_article()
    a, b, opcodes = word_opcodes(original, corrected)
    left = [""] * len(a)
    right = [""] * len(b)
    for op, i1, i2, j1, j2 in opcodes:
        if op != "equal":
            left[i1:i2] = ["del"] * (i2 - i1)
            right[j1:j2] = ["ins"] * (j2 - j1)
    return (
        _DIFF_CSS + f'<table class="medialit-diff"><tr><th {_CELL}>As published</th>'
        f"<th {_CELL}>Corrected (removed words struck through, new words underlined)</th></tr>"
        f"<tr><td {_CELL}>{_render(original, a, left)}</td>"
        f"<td {_CELL}>{_render(corrected, b, right)}</td></tr>"
        "</table>"
    )


def show_correction(original: str | None = None, corrected: str | None = None) -> Any:
    """Display the article and its corrected version side by side in a notebook."""
    from IPython.display import HTML

    return HTML(diff_html(original, corrected))  # type: ignore[no-untyped-call]
