"""Clues to the page's year in what its text says of years: a tied year, an anniversary, tense.

"The 1988 period" of a results report is the year before the page's; "last year's 1997
budget" puts the page in 1998; "the 50th anniversary of" an event of 1949 or of a known event
("Roe v. Wade") counts the years to the page's; a date spoken of in the past, or still to
come, bounds it. Each clue is the stretch of time it allows the page, with its evidence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from medialit.caseless import caseless
from medialit.resources import load_lexicon
from medialit.timeline.bounds import dated_expressions
from medialit.timeline.model import Evidence
from medialit.timeline.offices import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from medialit.article import Article


@dataclass(frozen=True)
class _Range:
    """A clue as the stretches of time it allows the page."""

    evidence: Evidence
    spans: tuple[Span, ...]


def _year(year: int) -> Span:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


# Each list of phrases, and how many years after the named one the page is (None: one, or none
# when the sentence measures the period against a year before).
_TIES = (
    ("year_before_page", 1),
    ("year_or_year_before_page", None),
    ("year_of_page", 0),
    ("year_after_page", -1),
)


@cache
def _tie_bodies() -> list[tuple[str, int | None]]:
    """The phrases that tie a named year to the page's year, as patterns, with the years
    between them."""
    lex = load_lexicon("page_year")
    out = []
    for key, shift in _TIES:
        for phrase in lex[key]:
            body = re.escape(phrase).replace(r"\ ", r"\s+").replace("'", "['’]")
            out.append((body.replace("YEAR", r"(?P<year>(?:19|20)\d\d)"), shift))
    return out


@cache
def _ties() -> list[tuple[re.Pattern[str], int | None]]:
    """The phrases that tie a named year to the page's year, with the years between them."""
    return [(re.compile(rf"(?i)(?<!\w){body}(?!\w)"), shift) for body, shift in _tie_bodies()]


@cache
def _any_tie() -> re.Pattern[str]:
    """One pattern that matches wherever one of the phrases does: most pages have none."""
    bodies = "|".join(body.replace("(?P<year>", "(?:") for body, _ in _tie_bodies())
    return re.compile(rf"(?i)(?<!\w)(?:{bodies})(?!\w)")


_YEAR_AT = re.compile(r"(?=(?:19|20)\d\d)")


@cache
def _words_before_year() -> int | None:
    """How many spaces a phrase may hold before its year; None if a phrase names no year."""
    before = [body.partition("(?P<year>") for body, _ in _tie_bodies()]
    if any(not year for _, year, _ in before):
        return None
    return max(head.count(r"\s+") for head, _, _ in before)


def _has_tie(text: str) -> bool:
    """Whether a tying phrase is in the text, tried only a few words before each year.

    Every phrase names a year, and only its "\\s+" match spaces: a phrase starts at most that
    many runs of spaces before its year. Finding the years is far quicker than trying every
    phrase at every position of a page that, most often, has none.
    """
    words = _words_before_year()
    if words is None:
        return _any_tie().search(text) is not None
    tie = _any_tie()
    for year in _YEAR_AT.finditer(text):
        lo = year.start()
        for _ in range(words):
            while lo and text[lo - 1].isspace():
                lo -= 1
            while lo and not text[lo - 1].isspace():
                lo -= 1
        if any(tie.match(text, s) for s in range(lo, year.start() + 1)):
            return True
    return False


def _tie_ranges(doc: Doc, text: str) -> list[_Range]:
    """ "The 1988 period" of a results report, "last year's 1997 budget": the page's year."""
    out: list[_Range] = []
    # One look for all the phrases first, then each phrase's own only on a page that has one.
    if not _has_tie(text):
        return out
    for pattern, shift in _ties():
        for m in pattern.finditer(text):
            named = int(m.group("year"))
            words = m.group()
            if shift is None:
                lo, hi = _sentence(doc, m.start(), m.end())
                current = _year_ago().search(text, lo, hi)
                year = named if current else named + 1
                which = "the current period" if current else "the year-earlier period"
                says = f"'{words}' is {which} of a report: the page is from {year}"
            else:
                year = named + shift
                says = f"'{words}' ties the year it names to the page's: the page is from {year}"
            evidence = Evidence(m.start(), m.end(), words, rule="year_tie", says=says)
            out.append(_Range(evidence, (_year(year),)))
    return out


@cache
def _year_ago() -> re.Pattern[str]:
    words = load_lexicon("page_year")["year_ago"]
    return re.compile(rf"(?i)\b(?:{'|'.join(re.escape(w) for w in words)})\b")


def _sentence(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around a span starts and ends, by the parse when there is one."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and doc.has_annotation("SENT_START"):
        return span.sent.start_char, span.sent.end_char
    text = doc.text
    stops = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return (stops[-1] if stops else 0), (after.end() if after else len(text))


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?:\s+(?=[A-Z\"“])|\s*\n)")


@cache
def _anniversary() -> re.Pattern[str]:
    ordinals = load_lexicon("page_year")["ordinals"]
    words = "|".join(sorted(ordinals, key=len, reverse=True))
    return re.compile(rf"(?i)\b(?P<n>\d{{1,3}}(?:st|nd|rd|th)|{words})[\s-]+anniversary\s+of\b")


@cache
def _events() -> list[tuple[re.Pattern[str], str, str]]:
    """Events with fixed dates, each as a pattern for its names, its name and its date."""
    out = []
    for name, event in load_lexicon("dated_events")["events"].items():
        forms = "|".join(re.escape(f) for f in sorted(event["forms"], key=len, reverse=True))
        # A few words may come between: "the deadly Oklahoma City bombing".
        pattern = re.compile(
            rf"^\s+(?:(?:the|a|this|that)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{forms})\b"
        )
        out.append((pattern, name, str(event["date"])))
    return out


def _event_after(tail: str) -> tuple[int, str, str] | None:
    """The known event the words open with: how long its words are, its name and date."""
    for pattern, name, day in _events():
        found = pattern.match(tail)
        if found is not None:
            return found.end(), name, day
    return None


_YEAR = re.compile(r"\b(1[6-9]\d\d|20\d\d)\b")
# Where the words about the event end: a semicolon, a line's end, or a sentence's.
_CLAUSE_END = re.compile(r"[;\n]|[.!?][\"”’)]*\s+(?=[A-Z][a-z])")


def _anniversary_ranges(text: str) -> list[_Range]:
    """ "The 50th anniversary of the 1949 treaty", "the 25th anniversary of Roe v. Wade": the
    event's year and the count of years give the page's year."""
    ordinals = load_lexicon("page_year")["ordinals"]
    out: list[_Range] = []
    if "anniversary" not in caseless(text):
        return out
    for m in _anniversary().finditer(text):
        n = m.group("n").lower()
        count = int(n[:-2]) if n[0].isdigit() else int(ordinals[n])
        tail = text[m.end() : m.end() + 120]
        known = _event_after(tail)
        if known is not None:
            length, name, day = known
            end = m.end() + length
            since, what = int(day[:4]), f"{name} ({day})"
        else:
            stop = _CLAUSE_END.search(tail)
            year = _YEAR.search(tail, 0, stop.start() if stop else len(tail))
            if year is None:
                continue
            end = m.end() + year.end()
            since, what = int(year.group()), year.group()
        words = text[m.start() : end]
        page = since + count
        says = f"'{words}': {count} years after {what}, the page is from {page}"
        evidence = Evidence(m.start(), end, words, rule="anniversary", says=says)
        out.append(_Range(evidence, (_year(page),)))
    return out


def _tense_ranges(doc: Doc, article: Article) -> list[_Range]:
    """A date the text speaks of in the past: the page is after it; still to come: before it."""
    text = article.text
    out = []
    for e, period in dated_expressions(doc, article):
        words = text[e.start : e.end]
        if e.tense == "past":
            says = f"'{words}' is in the past: the page was written after {period[0]}"
            span: Span = (period[0], None)
            rule = "past_date"
        elif e.tense == "future":
            says = f"'{words}' is still to come: the page was written before {period[1]}"
            span, rule = (None, period[1]), "future_date"
        else:
            continue
        out.append(_Range(Evidence(e.start, e.end, words, rule, says), (span,)))
    return out
