"""The timeline's pipeline components: the page's date and its time expressions, on the Doc.

Registered when the pipeline is built, so that the pipeline knows them as the timeline
analyzer's and runs them in its place; importing `medialit.timeline` alone registers nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from medialit import pipeline
from medialit.timeline import dating, resolving
from medialit.timeline.model import DocumentDate, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _document_date(doc: Doc) -> DocumentDate:
    return dating.page_date(doc)


def _timexes(doc: Doc) -> list[Timex]:
    return resolving.find_timexes(doc)


pipeline.component("medialit_document_date", "document_date", _document_date)
pipeline.component("medialit_timexes", "timexes", _timexes)
