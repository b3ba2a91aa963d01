"""The highlighted view: sources, cues and claims marked in the text."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from medialit import pipeline
from medialit.article import Article
from medialit.attribution.assertions import claims
from medialit.attribution.text import attributions
from medialit.display import BADGE_CSS, escape, highlight_html

_LABELS = {
    "SOURCE": "who asserts it",
    "CUE": "the reporting verb or phrase",
    "PASSED ON BY": "who passed the words on ('quoted by', 'citing')",
    "CLAIM (source)": "what a source asserts",
    "CLAIM (writer)": "what the writer asserts with no source",
    "LEFTOVER": "page leftover, not part of the story",
}


def render_html(text_or_doc: str | Article | Doc) -> str:
    """The text as HTML with sources, cues and claims labelled; spans may overlap.

    >>> page = render_html("Prices rose, officials said.")
    >>> "SOURCE" in page and "officials" in page
    True
    """
    doc = pipeline.as_doc(text_or_doc)
    article = pipeline.article_of(doc)
    spans: list[tuple[int, int, str]] = []
    for a in attributions(doc):
        if a.source is not None:
            spans.append((a.source.start, a.source.end, "SOURCE"))
        if a.cue is not None:
            spans.append((a.cue.start, a.cue.end, "CUE"))
        for link in a.chain:
            spans.append((link.source.start, link.source.end, "PASSED ON BY"))
            spans.append((link.cue.start, link.cue.end, "CUE"))
    for c in claims(doc):
        spans.append((c.start, c.end, f"CLAIM ({c.by})"))
    for seg in article.leftovers:
        spans.append((seg.start, seg.end, "LEFTOVER"))
    spans = sorted(set(spans))
    parts = [_legend()]
    for para in article.paragraphs:
        # Each paragraph is drawn from the page's exact text; a span is clipped to it.
        inside = [
            (max(a, para.start) - para.start, min(b, para.end) - para.start, label)
            for a, b, label in spans
            if a < para.end and para.start < b
        ]
        parts.append(
            f'<div class="medialit-para"><small>{escape(para.id)}</small> '
            f"{highlight_html(article.text[para.start : para.end], inside)}</div>"
        )
    return "".join(parts)


def _legend() -> str:
    items = "".join(
        f'<li><span style="{BADGE_CSS}">{escape(label)}</span>: {escape(meaning)}</li>'
        for label, meaning in _LABELS.items()
    )
    return (
        '<div class="medialit-legend"><b>How to read this view</b>: every marked stretch '
        "opens with its label in words and is underlined to its end; where stretches overlap, "
        f"each has its own line.<ul>{items}</ul></div>"
    )


def show(text_or_doc: str | Article | Doc) -> Any:
    """Display the text in a notebook with sources, cues and claims highlighted.

    >>> view = show("Prices rose, officials said.")
    >>> type(view).__name__
    'HTML'
    """
    from IPython.display import HTML

    return HTML(render_html(text_or_doc))  # type: ignore[no-untyped-call]
