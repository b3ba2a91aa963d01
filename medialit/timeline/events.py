"""The events of a page, in date order: what the page dates, and facts from other sources."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from medialit import pipeline
from medialit.article import Article
from medialit.timeline import dating
from medialit.timeline.calendar_facts import _iso_period
from medialit.timeline.clues import _kit_facts
from medialit.timeline.model import DocumentDate, Event, Timex
from medialit.timeline.resolving import timexes

if TYPE_CHECKING:
    from spacy.tokens import Doc

# --- Public: events and the drawing -------------------------------------------------------

_LABEL_WORDS_BEFORE = 7
_LABEL_WORDS_AFTER = 4
_LABEL_CHARS = 52
_CLAUSE = re.compile(r"[,;:()]")


def _page_label(article: Article, timex: Timex) -> str:
    """A short label for an event on the page: the words around its time expression."""
    text = article.text
    sentence = next((s for s in article.sentences if s.start <= timex.start < s.end), None)
    lo, hi = (sentence.start, sentence.end) if sentence else (0, len(text))
    cuts_before = [m.end() for m in _CLAUSE.finditer(text, lo, timex.start)]
    cut_after = _CLAUSE.search(text, timex.end, hi)
    lo = cuts_before[-1] if cuts_before else lo
    hi = cut_after.start() if cut_after else hi
    before = text[lo : timex.start].split()[-_LABEL_WORDS_BEFORE:]
    after = text[timex.end : hi].rstrip(".").split()[:_LABEL_WORDS_AFTER]
    label = " ".join([*before, timex.text, *after])
    if len(before) == _LABEL_WORDS_BEFORE:
        label = "…" + label
    if len(after) == _LABEL_WORDS_AFTER and text[timex.end : hi].split()[_LABEL_WORDS_AFTER:]:
        label += "…"
    return label


def _short(fact: str) -> str:
    head = re.split(r";|\s\(", fact, maxsplit=1)[0].strip().rstrip(".")
    if len(head) <= _LABEL_CHARS:
        return head
    return head[: _LABEL_CHARS - 1].rsplit(" ", 1)[0] + "…"


def timeline_events(
    text_or_doc: str | Article | Doc,
    *,
    document_date: dt.date | DocumentDate | None = None,
    facts: Sequence[Mapping[str, Any]] | None = None,
) -> list[Event]:
    """The events of a text, in date order: those the page dates, and facts from other sources.

    Page events come from the resolved time expressions outside page leftovers. For the kit's
    own article the provenance facts are added unless `facts` is given.

    >>> import medialit
    >>> events = medialit.timeline_events(medialit.load_article())
    >>> [str(e) for e in events if e.from_page][0]
    '1997-05-01 .. 1997-05-31  …countries which made up the Alliance in May 1997 (the page)'
    """
    doc = pipeline.as_doc(text_or_doc)
    article = pipeline.article_of(doc)
    found = timexes(doc, document_date=document_date)
    events = [
        Event(_page_label(article, t), t.earliest, t.latest, "page", t.text)
        for t in found
        if t.resolved and t.earliest and t.latest and t.leftover is None
    ]
    if not _page_day(doc, document_date):
        events.extend(_relative_events(doc, article))
    for fact in _kit_facts(article.text) if facts is None else facts:
        if fact.get("date"):
            first, last = _iso_period(str(fact["date"]))
            outlet = str(fact.get("source", {}).get("outlet", "another source"))
            events.append(Event(_short(str(fact["fact"])), first, last, outlet, str(fact["id"])))
    return sorted(events, key=_order)


def _order(e: Event) -> tuple[int, dt.date, dt.date, int, int, bool]:
    """Dated events first, by date; then those known only relative to the page, in order."""
    never = dt.date.min
    offset = e.offset or (0, 0)
    if e.earliest is not None and e.latest is not None:
        return (0, e.earliest, e.latest, 0, 0, not e.from_page)
    return (1, never, never, offset[0], offset[1], not e.from_page)


def _page_day(doc: Doc, given: dt.date | DocumentDate | None) -> dt.date | None:
    if isinstance(given, dt.date):
        return given
    if isinstance(given, DocumentDate):
        return given.value
    return dating.document_date(doc).value


# Days the page might have been written on, to see which readings do not depend on the day:
# a week in winter and a week in summer, so that weekdays and month lengths both vary.
_TRIAL_DAYS = tuple(
    start + dt.timedelta(days=i)
    for start in (dt.date(2001, 1, 15), dt.date(2001, 7, 16))
    for i in range(7)
)
# A relative event is placed only if its readings agree within this many days.
_RELATIVE_SPREAD = 14


def _relative_events(doc: Doc, article: Article) -> list[Event]:
    """Events counted from the page's unknown date ("two days ago"), as days from it."""
    trials = [timexes(doc, document_date=day) for day in _TRIAL_DAYS]
    events = []
    for readings in zip(*trials, strict=True):
        first = readings[0]
        if first.anchor is None or first.leftover is not None:
            continue
        if not all(t.resolved and t.earliest and t.latest for t in readings):
            continue
        lo = min(
            (t.earliest - day).days
            for t, day in zip(readings, _TRIAL_DAYS, strict=True)
            if t.earliest
        )
        hi = max(
            (t.latest - day).days for t, day in zip(readings, _TRIAL_DAYS, strict=True) if t.latest
        )
        if hi - lo <= _RELATIVE_SPREAD:
            label = _page_label(article, first)
            events.append(Event(label, None, None, "page", first.text, offset=(lo, hi)))
    return events


def _as_event(item: Event | Mapping[str, Any]) -> Event:
    if isinstance(item, Event):
        return item
    earliest, latest = item.get("earliest"), item.get("latest")
    return Event(
        label=str(item["label"]),
        earliest=_day(earliest),
        latest=_day(latest),
        source=str(item.get("source", "page")),
        ref=str(item.get("ref", item.get("fact", ""))),
        offset=tuple(item["offset"]) if item.get("offset") else None,
    )


def _day(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
