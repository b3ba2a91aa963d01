"""The highlighted view: sources, cues and claims marked in the text."""

from __future__ import annotations

import html
import re
from typing import Any

from spacy.tokens import Doc

from medialit import pipeline
from medialit.article import Article
from medialit.attribution.assertions import claims
from medialit.attribution.text import attributions

_LABELS = {
    "SOURCE": ("#0072B2", "who asserts it"),
    "CUE": ("#E69F00", "the reporting verb or phrase"),
    "PASSED ON BY": ("#CC79A7", "who passed the words on ('quoted by', 'citing')"),
    "CLAIM (source)": ("#56B4E9", "what a source asserts"),
    "CLAIM (writer)": ("#D55E00", "what the writer asserts with no source"),
    "LEFTOVER": ("#999999", "page leftover, not part of the story"),
}


def render_html(text_or_doc: str | Article | Doc) -> str:
    """The text as HTML with sources, cues and claims labelled; spans may overlap.

    >>> page = render_html("Prices rose, officials said.")
    >>> "SOURCE" in page and "officials" in page
    True
    """
    from spacy import displacy

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
        # displaCy puts one space between tokens, so the tokens here are the paragraph's
        # whitespace-separated chunks: the text reads exactly as on the page ("Russia’s",
        # "guarantees. security"), and a marked stretch widens to whole chunks.
        chunks = [(m.start(), m.end()) for m in _CHUNK.finditer(article.text, para.start, para.end)]
        tokens = [article.text[a:b] for a, b in chunks]
        marked = []
        for start, end, label in spans:
            inside = [i for i, (a, b) in enumerate(chunks) if a < end and start < b]
            if inside:
                marked.append(
                    {"start_token": inside[0], "end_token": inside[-1] + 1, "label": label}
                )
        data = {"text": para.text, "tokens": tokens, "spans": marked}
        body = displacy.render(
            data,
            style="span",
            manual=True,
            page=False,
            jupyter=False,
            options={"colors": {k: v[0] for k, v in _LABELS.items()}},
        )
        parts.append(
            f'<div class="medialit-para"><small>{html.escape(para.id)}</small>{body}</div>'
        )
    return "".join(parts)


_CHUNK = re.compile(r"\S+")


def _legend() -> str:
    items = "".join(
        f'<li><span style="border-bottom:4px solid {colour};font-weight:bold">'
        f"{html.escape(label)}</span>: {html.escape(meaning)}</li>"
        for label, (colour, meaning) in _LABELS.items()
    )
    return (
        '<div class="medialit-legend"><b>How to read this view</b>: every marked stretch '
        "carries its label in words; colours only repeat the label.<ul>"
        f"{items}</ul></div>"
    )


def show(text_or_doc: str | Article | Doc) -> Any:
    """Display the text in a notebook with sources, cues and claims highlighted.

    >>> view = show("Prices rose, officials said.")
    >>> type(view).__name__
    'HTML'
    """
    from IPython.display import HTML

    return HTML(render_html(text_or_doc))  # type: ignore[no-untyped-call]
