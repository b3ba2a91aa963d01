"""Time expressions: find them, resolve them against the page's date, and date an undated page.

A relative date ("on Sunday", "January 12", "mid-December") means nothing until it is read
against the day the text was written, and its tense decides which way to count: a Sunday
someone *said* something is the latest Sunday on or before that day; talks that *will*
start on January 12 are on the next January 12. Vague expressions are ranges, and
expressions that count from another event ("the next day") are reported, not guessed.

The package has one module per job: `lexicon` (the word lists and the pattern), `finding`
and `scanning` (finding expressions), `tense` (which way a clause points), `calendar_facts`
(months, seasons, holidays), `resolve_*` and `resolving` (reading expressions against a day),
`stamps`, `clues` and `dating` (dating the page), `events` and `drawing` (the timeline view).

>>> import datetime as dt
>>> [str(t) for t in timexes("Ministers said on Sunday that talks will start on "
...                          "January 12.", document_date=dt.date(2021, 12, 26))]
['Sunday -> 2021-12-26 (past weekday: the latest Sunday on or before 2021-12-26)', \
'January 12 -> 2022-01-12 (future month and day: the next January 12 on or after 2021-12-26)']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from medialit import pipeline
from medialit.timeline import dating, resolving
from medialit.timeline.dating import document_date, infer_document_date
from medialit.timeline.drawing import draw_timeline
from medialit.timeline.events import timeline_events
from medialit.timeline.model import DateCandidate, DocumentDate, Event, Evidence, Timex
from medialit.timeline.resolving import timexes

if TYPE_CHECKING:
    from spacy.tokens import Doc


# The pipeline components are registered from this module, so that the pipeline knows them
# as the timeline analyzer's and runs them in its place.
def _document_date(doc: Doc) -> DocumentDate:
    return dating.page_date(doc)


def _timexes(doc: Doc) -> list[Timex]:
    return resolving.find_timexes(doc)


pipeline.component("medialit_document_date", "document_date", _document_date)
pipeline.component("medialit_timexes", "timexes", _timexes)

__all__ = [
    "DateCandidate",
    "DocumentDate",
    "Event",
    "Evidence",
    "Timex",
    "document_date",
    "draw_timeline",
    "infer_document_date",
    "timeline_events",
    "timexes",
]
