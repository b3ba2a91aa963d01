"""Time expressions: find them, resolve them against the page's date, and date an undated page.

A relative date ("on Sunday", "January 12", "mid-December") means nothing until it is read
against the day the text was written, and its tense decides which way to count: a Sunday
someone *said* something is the latest Sunday on or before that day; talks that *will*
start on January 12 are on the next January 12. Vague expressions are ranges, and
expressions that count from another event ("the next day") are reported, not guessed.

The package has one module per job: `lexicon` (the word lists and the pattern), `finding`
and `scanning` (finding expressions), `tense` (which way a clause points), `calendar_facts`
(months, seasons, holidays), `resolve_*` and `resolving` (reading expressions against a day),
`stamps`, `clues` and `dating` (dating the page), `events` and `drawing` (the timeline view),
`components` (the pipeline's components).

Importing the package is cheap: the modules that need spaCy, numpy or matplotlib are imported
when one of their names is first used, so reading a page's own date stamp (as
`medialit.provenance` does) loads no NLP.

>>> import datetime as dt
>>> from medialit.timeline import timexes
>>> [str(t) for t in timexes("Ministers said on Sunday that talks will start on "
...                          "January 12.", document_date=dt.date(2021, 12, 26))]
['Sunday -> 2021-12-26 (past weekday: the latest Sunday on or before 2021-12-26)', \
'January 12 -> 2022-01-12 (future month and day: the next January 12 on or after 2021-12-26)']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from medialit.lazy import exports
from medialit.timeline.model import DateCandidate, DocumentDate, Event, Evidence, Timex

# Public name -> module that defines it, imported on first use (PEP 562): these modules
# import the pipeline, and with it spaCy and numpy.
_LAZY: dict[str, str] = {
    "document_date": "medialit.timeline.dating",
    "infer_document_date": "medialit.timeline.dating",
    "draw_timeline": "medialit.timeline.drawing",
    "timeline_events": "medialit.timeline.events",
    "timexes": "medialit.timeline.resolving",
}

if TYPE_CHECKING:
    from medialit.timeline.dating import document_date, infer_document_date
    from medialit.timeline.drawing import draw_timeline
    from medialit.timeline.events import timeline_events
    from medialit.timeline.resolving import timexes


__getattr__ = exports(globals(), _LAZY, submodules={"dating", "resolving"})


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


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
