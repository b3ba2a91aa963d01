"""Scanning a text: matches around trigger words, numeric dates put in order, ranges joined."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy

from medialit import pipeline
from medialit.article import Article
from medialit.timeline.finding import _CONNECTOR, _RANGE_OPENER, _Expr, _expr
from medialit.timeline.finding_timeml import BUILDERS
from medialit.timeline.lexicon import _alternatives, _lexicons, _trigger_hashes
from medialit.timeline.tense import _tense

if TYPE_CHECKING:
    from spacy.tokens import Doc

_RANGE_KINDS = frozenset({"date", "month", "year", "weekday", "season", "decade", "numeric"})


def _order_numeric(exprs: list[_Expr]) -> list[_Expr]:
    """Read every numeric date of a text in the order one of them proves ("5/31/2023")."""
    numeric = [e for e in exprs if e.kind == "numeric"]
    month_first = any((e.day or 0) > 12 >= (e.month or 0) for e in numeric)
    day_first = any((e.month or 0) > 12 >= (e.day or 0) for e in numeric)
    if month_first == day_first:
        return exprs
    return [
        replace(e, month=e.day, day=e.month, name="ordered")
        if e.kind == "numeric" and day_first
        else replace(e, name="ordered")
        if e.kind == "numeric"
        else e
        for e in exprs
    ]


def _merge_ranges(exprs: list[_Expr], text: str) -> list[_Expr]:
    """Join "January 10 to February 2", "between 2019 and 2021" into one range expression."""
    out: list[_Expr] = []
    i = 0
    while i < len(exprs):
        first = exprs[i]
        if i + 1 < len(exprs):
            second = exprs[i + 1]
            between = text[first.end : second.start]
            if (
                first.kind == second.kind in _RANGE_KINDS
                and (first.kind != "numeric" or first.name == "ordered")
                and _in_order(first, second)
                and _CONNECTOR.fullmatch(between)
                and (
                    between.strip().lower() != "and"
                    or _RANGE_OPENER.search(text[max(0, first.start - 9) : first.start])
                )
            ):
                if first.year is None and second.year is not None and first.kind != "weekday":
                    later = ((first.month or 0), (first.day or 0)) > (
                        (second.month or 0),
                        (second.day or 0),
                    )
                    first = replace(first, year=second.year - 1 if later else second.year)
                out.append(_Expr(first.start, second.end, "range", parts=(first, second)))
                i += 2
                continue
        out.append(first)
        i += 1
    return out


def _in_order(first: _Expr, second: _Expr) -> bool:
    """False for "between 2021 and 2019": a range whose stated end comes before its start."""
    if first.year is None or second.year is None:
        return True
    start = (first.year, first.month or 0, first.day or 0)
    return start <= (second.year, second.month or 0, second.day or 0)


# A time expression starts at most this many words before the word that triggers it
# ("the end of May", "a couple of days ago").
_LEAD_WORDS = 4
_WORD_START = re.compile(r"\b\w")
# "\d\d*", not "\d+": a pattern that opens with a character class lets `re` skip to the
# next digit in C; the matches are the same.
_DIGITS = re.compile(r"\d\d*")


@cache
def _trigger_array() -> Any:
    """The trigger words' hashes as a sorted array, searched with `numpy.searchsorted`."""
    return numpy.array(sorted(set(_trigger_hashes())), dtype="uint64")


def _triggers(doc: Doc, text: str) -> list[int]:
    """Offsets of trigger words and numbers, read from the Doc's token arrays."""
    from spacy.attrs import IDX, LOWER

    columns: Any = doc.to_array([LOWER, IDX])
    # Selected in one array operation: a Python test per token cost more than the scan.
    # (A binary search in the sorted triggers: `numpy.isin` sorts them again on every call.)
    triggers = _trigger_array()
    lows = columns[:, 0]
    at = numpy.minimum(numpy.searchsorted(triggers, lows), len(triggers) - 1)
    hits: list[int] = columns[triggers[at] == lows, 1].tolist()
    hits.extend(m.start() for m in _DIGITS.finditer(text))
    return sorted(hits)


def _scan(doc: Doc, text: str) -> list[re.Match[str]]:
    """Matches of the full pattern, tried only around trigger words."""
    pattern = _alternatives()
    found: list[re.Match[str]] = []
    # Triggers a few words apart try the same lead words: each start is matched once.
    tried: dict[int, re.Match[str] | None] = {}
    done = 0
    for at in _triggers(doc, text):
        if at < done:
            continue
        lead = [m.start() for m in _WORD_START.finditer(text, max(done, at - 40), at)]
        # A decade like '80s starts at its apostrophe, before the digits that trigger it.
        quote = [at - 1] if at and text[at - 1] in "'’" else []
        for start in [*lead[-_LEAD_WORDS:], *quote, at]:
            if start in tried:
                m = tried[start]
            else:
                m = tried[start] = pattern.match(text, start)
            if m is not None and m.end() > at:
                found.append(m)
                done = m.end()
                break
    return found


def _article(doc: Doc) -> Article | None:
    """The Doc's Article, whose text is read once (Doc.text is rebuilt on every access)."""
    try:
        return pipeline.article_of(doc)
    except ValueError:
        return None


def _any_expr(m: re.Match[str], text: str) -> _Expr | None:
    builder = BUILDERS.get(m.lastgroup or "")
    return builder(m, text) if builder else _expr(m, text)


# "Wednesday night", "yesterday morning": a part of the day after a day.
_PART_AFTER = re.compile(r"\s+(?P<part>(?i:morning|afternoon|evening|night|overnight))\b")
# "9 a.m. Tuesday", "4 a.m. EDT Thursday", "noon on Friday": a clock time before a day.
# The zone may be named ("EDT") or given in brackets ("(0735 GMT)"), and a comma may follow.
_CLOCK_BEFORE_DAY = re.compile(
    r"(?:\s+[A-Z]{2,4}|\s*\([^()]{1,24}\))?,?\s+(?:(?i:on|this|next|last)\s+)?"
)
_DAY_KINDS = frozenset({"weekday", "day", "date"})


def _with_parts_of_day(exprs: list[_Expr], text: str) -> list[_Expr]:
    """Join a day and the part of it or the clock time that narrows it into one expression."""
    parts = _lexicons()["timeml"]["parts_of_day"]
    out: list[_Expr] = []
    for e in exprs:
        previous = out[-1] if out else None
        if (
            e.kind in _DAY_KINDS
            and previous is not None
            and previous.kind == "clock"
            and _CLOCK_BEFORE_DAY.fullmatch(text, previous.end, e.start)
        ):
            out[-1] = replace(e, start=previous.start, part=previous.part)
            continue
        after = _PART_AFTER.match(text, e.end) if e.kind in _DAY_KINDS else None
        if after is not None and e.part is None:
            e = replace(e, end=after.end(), part=str(parts[after.group("part").lower()]))
        out.append(e)
    return out


def _with_counted_years(exprs: list[_Expr], text: str) -> list[_Expr]:
    """Join a month and the year counted after it: "June last year", "early October this year"."""
    out: list[_Expr] = []
    for e in exprs:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.kind == "month"
            and previous.year is None
            and previous.step is None
            and e.kind == "unit"
            and e.unit == "year"
            and e.mod is None
            and text[previous.end : e.start].isspace()
            and e.step in (-1, 0, 1)
        ):
            out[-1] = replace(previous, end=e.end, year_step=e.step)
            continue
        out.append(e)
    return out


_COUNTED_KINDS = frozenset({"duration", "offset", "window", "event"})


@cache
def _approximator() -> re.Pattern[str]:
    """Words before a count that belong to the expression: "nearly two years"."""
    words = _lexicons()["timeml"]["approximators"]
    forms = sorted(words["words"], key=len, reverse=True)
    alternatives = "|".join(w.replace(" ", r"\s+") for w in forms)
    return re.compile(rf"\b(?P<w>(?i:{alternatives}))\s+$")


_WEEK_OF = re.compile(r"\b(?i:(?:the\s+)?week\s+of)\s+$")
_DAY_NAMING_KINDS = frozenset({"date", "numeric"})


def _with_weeks_of(exprs: list[_Expr], text: str) -> list[_Expr]:
    """Take in "the week of" before a day: "the week of March 6" names that day's week."""
    out: list[_Expr] = []
    for e in exprs:
        m = _WEEK_OF.search(text, max(0, e.start - 16), e.start)
        if (
            e.kind in _DAY_NAMING_KINDS
            and m is not None
            and m.start() >= (out[-1].end if out else 0)
        ):
            e = replace(e, start=m.start())
        out.append(e)
    return out


def _with_approximations(exprs: list[_Expr], text: str) -> list[_Expr]:
    """Take in the approximator before a count: "at least 30 days", "almost four years ago"."""
    timeml = _lexicons()["timeml"]["approximators"]
    out: list[_Expr] = []
    for e in exprs:
        m = (
            _approximator().search(text, max(0, e.start - 20), e.start)
            if e.kind in _COUNTED_KINDS
            else None
        )
        if m is not None and m.start() >= (out[-1].end if out else 0):
            word = " ".join(m.group("w").lower().split())
            numbered = not text[e.start : e.start + 4].lower().startswith("the ")
            if numbered or word not in timeml["only_before_a_number"]:
                e = replace(e, start=m.start())
        out.append(e)
    return out


# Kinds whose words are written in lower case inside a sentence: "today", "this week".
_LOWER_KINDS = frozenset({"day", "unit"})
_BEFORE_WORD = re.compile(r"(?:(?P<word>[A-Za-z]+)|(?P<quote>[\"“‘'`]+))\s*$")


def _is_a_name(e: _Expr, text: str) -> bool:
    """ "KBZ Today", a programme called "This Week": a time word in capitals inside a sentence
    names a newspaper or a programme. After a capitalised word (a title-case headline) it is a
    time."""
    if e.kind not in _LOWER_KINDS:
        return False
    words = text[e.start : e.end].split()
    if not all(w[0].isupper() for w in words):
        return False
    before = _BEFORE_WORD.search(text, max(0, e.start - 40), e.start)
    if before is None:
        return False
    word = before.group("word")
    if word is None:
        # After an opening quote: a title, unless the quote opens a sentence.
        opened = text[max(0, e.start - 40) : before.start("quote")].rstrip()
        return bool(opened) and opened[-1] not in ".,!?:;-_\n"
    return word.islower() or (word.isupper() and len(word) > 1)


_ERA_DAYS = frozenset({"today", "tomorrow"})
_POSSESSIVE_AHEAD = re.compile(r"['’]s\s+(?:(?P<adj>[a-z-]+)\s+)?(?P<noun>[a-z]+)\b")
_OF_BEHIND = re.compile(r"\b(?P<noun>[a-z]+)\s+of\s+$")


def _is_an_era(e: _Expr, text: str) -> bool:
    """ "today's youth", "the leaders of tomorrow": "today" or "tomorrow" standing for an era
    before or after a noun of people or things in general, a generic use that names no day."""
    if e.kind != "day" or text[e.start : e.end].lower() not in _ERA_DAYS:
        return False
    nouns = _era_nouns()
    ahead = _POSSESSIVE_AHEAD.match(text, e.end)
    if ahead is not None and (ahead.group("noun") in nouns or ahead.group("adj") in nouns):
        return True
    behind = _OF_BEHIND.search(text, max(0, e.start - 30), e.start)
    return behind is not None and behind.group("noun") in nouns


# "quarter-to-quarter", "year-over-year": a unit paired with itself compares periods in general.
_UNIT_PAIR = re.compile(
    r"(?i:(?P<unit>day|week|month|quarter|year)[-\s](?:to|over|on|by)[-\s](?P=unit))\b"
)


def _is_a_comparison(e: _Expr, text: str) -> bool:
    """ "the quarter-to-quarter comparison", "a year-over-year basis": no date or length."""
    last = _UNIT_PAIR.search(text, max(e.start, e.end - 8), e.end + 12)
    return last is not None and last.start() < e.end


_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\"“‘'`(\n])\s*$")


def _is_a_discourse_marker(e: _Expr, text: str) -> bool:
    """ "Now, he says, ...": a word that opens a sentence, set off by a comma, turns the talk."""
    words = _lexicons()["timeml"]["discourse_openers"]["words"]
    return (
        text[e.start : e.end].lower() in words
        and text.startswith(",", e.end)
        and _SENTENCE_OPENING.search(text, max(0, e.start - 3), e.start) is not None
    )


@cache
def _era_nouns() -> frozenset[str]:
    return frozenset(_lexicons()["timeml"]["era_nouns"]["words"])


def _find_exprs(doc: Doc) -> list[_Expr]:
    article = _article(doc)
    if article is None:
        return []
    text = article.text
    found = [e for m in _scan(doc, text) if (e := _any_expr(m, text)) is not None]
    found = [
        e
        for e in found
        if not (
            _is_a_name(e, text)
            or _is_an_era(e, text)
            or _is_a_comparison(e, text)
            or _is_a_discourse_marker(e, text)
        )
    ]
    if not found:
        return []
    found = _with_parts_of_day(_merge_ranges(_order_numeric(found), text), text)
    found = _with_approximations(_with_counted_years(found, text), text)
    found = _with_weeks_of(found, text)
    sentences = article.sentences
    starts = [s.start for s in sentences]
    out = []
    for e in found:
        i = bisect_right(starts, e.start) - 1
        lo, hi = (sentences[i].start, sentences[i].end) if i >= 0 else (0, len(text))
        out.append(replace(e, tense=_tense(doc, e, lo, hi)))
    return out


def _found(doc: Doc) -> list[_Expr]:
    return pipeline.cached(doc, "medialit_timex_found", _find_exprs)
