"""The flags and the correction as HTML for a notebook."""

from __future__ import annotations

import html
import re
from typing import Any

from spacy.tokens import Doc

from medialit import pipeline
from medialit.article import Article
from medialit.artifacts.correction import corrected_article, word_marks
from medialit.display import highlight_html


def artifacts_html(text_or_doc: str | Doc | Article) -> str:
    """The text as HTML with every flag marked and labelled in words (kind and MQM branch).

    Flags may overlap (a glued word inside a calque); each label opens its own flag.

    >>> "spelling · locale conventions" in artifacts_html("Rain fell in Kiev.")
    True
    """
    from medialit.artifacts import artifacts

    doc = pipeline.as_doc(text_or_doc)
    spans = [(f.start, f.end, f"{f.category.replace('_', ' ')} · {f.mqm}") for f in artifacts(doc)]
    return f'<div class="medialit-flags">{highlight_html(doc.text, spans)}</div>'


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
    a, b, left, right = word_marks(original, corrected)
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
