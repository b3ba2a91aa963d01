"""The page's own stamps: a dateline, a "Published ..." line, a date under the headline."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from medialit.article import Article
from medialit.timeline.finding import _Expr
from medialit.timeline.model import Evidence

_Scorer = Callable[[dt.date], float]


@dataclass(frozen=True)
class _Clue:
    """Evidence with its score for any candidate day (0 rules the day out) and its maximum."""

    evidence: Evidence
    score: _Scorer
    best: float


# ("WASHINGTON, March 3 (Reuters) -"). It dates the report, whatever the tense around it.
_DATELINE_BEFORE = re.compile(r"[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?,?\s+")
_DATELINE_WEIGHT = 4.0
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{2,40}\)\s*)?[-–—:]")


def _is_dateline(e: _Expr, text: str) -> bool:
    if e.kind != "date" or e.day2 is not None:
        return False
    line_start = text.rfind("\n", 0, e.start) + 1
    head = text[line_start : e.start].lstrip()
    return bool(_DATELINE_BEFORE.fullmatch(head)) and bool(_DATELINE_AFTER.match(text, e.end))


def _dateline_clue(e: _Expr, span: dict[str, Any], dated: list[dt.date]) -> _Clue | None:
    month, day, year = e.month, e.day, e.year
    assert month is not None and day is not None
    if year is not None:
        try:
            dated.append(dt.date(year, month, day))
        except ValueError:
            return None

    # With its year a dateline names the day outright; without, it must agree with other clues.
    best = _DATELINE_WEIGHT if year is not None else 2.0

    def dateline(d: dt.date) -> float:
        for offset, score in ((0, best), (1, best / 2)):
            filed = d - dt.timedelta(days=offset)
            if (filed.month, filed.day) == (month, day) and year in (None, filed.year):
                return score
        return 0.0

    when = f"{calendar.month_name[month]} {day}" + (f", {year}" if year else "")
    says = f"a dateline dates the report to {when}: the page went up that day or the day after"
    return _Clue(Evidence(**span, rule="dateline", says=says), dateline, best)


# A page's own stamp: "Published 18 June 2024", "Last updated: 14:32, 5 March 2024", "Tue 5 Mar
# 2024 09.14 GMT", a date alone on the line under the headline or at the end, "By Ana Ruiz |
# March 5, 2024", "This article was first published on 5 March 2024."
_STAMP_WORDS = (
    r"first\s+published|published|posted|filed|issued|last\s+updated|updated|last\s+modified|"
    r"modified|date"
)
_CLOCK = (
    r"\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:(?i:[ap]\.?\s?m)\b\.?)?\s*(?:[A-Z]{2,5}\b|[+-]\d\d:?\d\d)?"
)
_SEP = r"[\s,|•·/]"
_BYLINE_PREFIX = re.compile(r"\s*By\s+[^\n|•·/]{2,60}?\s*[|•·/–—]")
_STAMP_HEAD = re.compile(
    rf"{_SEP}*[(\[]?\s*(?:(?i:this\s+(?:article|story|page)\s+was\s+)?(?i:{_STAMP_WORDS})\b"
    rf"(?:\s+(?i:on|at))?\s*:?\s*)?(?:(?i:at\s+)?{_CLOCK}{_SEP}*)?"
    r"(?:(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s*)?"
)
# The second date of "Published 18 January 2024, updated 19 January 2024".
_SECOND_STAMP = re.compile(
    rf"\s*[(\[]?\s*(?i:{_STAMP_WORDS})\b[^\n]{{0,60}}?[,;|•·/]\s*(?i:{_STAMP_WORDS})\b"
    r"(?:\s+(?i:on|at))?\s*:?\s*"
)
_STAMP_LABEL = re.compile(rf"(?i:{_STAMP_WORDS})\b")
_STAMP_TAIL = re.compile(
    rf"{_SEP}*(?:(?i:at)\s+)?(?:{_CLOCK})?[\s,|•·/.)\]]*(?:(?i:{_STAMP_WORDS})\b.*)?"
)


def _stamp(e: _Expr, text: str) -> str | None:
    """'published' or 'updated' when the page's own stamp gives this date, else None."""
    if e.kind not in ("date", "numeric") or e.year is None or e.day2 is not None:
        return None
    line_start = text.rfind("\n", 0, e.start) + 1
    line_end = text.find("\n", e.end)
    if not _STAMP_TAIL.fullmatch(text, e.end, len(text) if line_end < 0 else line_end):
        return None
    before = text[line_start : e.start]
    byline = _BYLINE_PREFIX.match(before)
    if byline:
        before = before[byline.end() :]
    if not (_STAMP_HEAD.fullmatch(before) or _SECOND_STAMP.fullmatch(before)):
        return None
    labels = _STAMP_LABEL.findall(before)
    # A date alone on a line is a stamp under the headline or at the very end; in the body it
    # may head an entry of a chronology.
    at_end = line_end < 0 or not text[line_end:].strip()
    if not labels and not byline and e.start > _HEAD_CHARS and not at_end:
        return None
    word = labels[-1].lower() if labels else ""
    return "updated" if word.endswith(("updated", "modified")) else "published"


_HEAD_CHARS = 300


def _stamp_clue(e: _Expr, kind: str, span: dict[str, Any], dated: list[dt.date]) -> _Clue | None:
    assert e.year is not None and e.month is not None and e.day is not None
    days: list[dt.date] = []
    pairs = {(e.month, e.day)}
    if e.kind == "numeric" and e.name != "ordered":
        pairs.add((e.day, e.month))
    for month, day in pairs:
        try:
            days.append(dt.date(e.year, month, day))
        except ValueError:
            continue
    if not days:
        return None
    dated.extend(days)
    words = span["text"]
    if len(days) > 1:
        first, second = sorted(days)
        says = (
            f"the page's own date, '{words}', is {first} or {second}: day and month order "
            "unknown (Britain writes the day first, the United States the month)"
        )
        return _Clue(
            Evidence(**span, rule="ambiguous_stamp", says=says),
            lambda d: _STAMP_WEIGHT if d in days else 0.0,
            _STAMP_WEIGHT,
        )
    (stamped,) = days
    if kind == "updated":
        says = f"the page says it was updated on {stamped}: it was written then or shortly before"
        return _Clue(
            Evidence(**span, rule="stamp", says=says),
            lambda d: (
                _UPDATED_WEIGHT
                if d == stamped
                else _UPDATED_WEIGHT / 2
                if 0 < (stamped - d).days <= 7
                else 0.0
            ),
            _UPDATED_WEIGHT,
        )
    says = f"the page gives its own date, {stamped}: the strongest evidence there is"
    return _Clue(
        Evidence(**span, rule="stamp", says=says),
        lambda d: _STAMP_WEIGHT if d == stamped else 0.0,
        _STAMP_WEIGHT,
    )


# A stamp outweighs everything the text says. An update stamp weighs as much on its own day,
# but also half as much on the week before it, as the story may be older than its last change.
_STAMP_WEIGHT = 6.0
_UPDATED_WEIGHT = 6.0


def page_date_span(article: Article) -> tuple[int, int] | None:
    """Where the page states a date of its own: its stamp line ("Published 5 March 2024"), else
    the first full date in its text, outside page leftovers; None when it states none.

    The same reading of stamps that dates the page (`document_date`) also answers "when was it
    published?" for `medialit.provenance`: one detector, not two.
    """
    from medialit.timeline.finding import _expr
    from medialit.timeline.lexicon import _pattern

    text = article.text
    first_full: tuple[int, int] | None = None
    for m in _pattern().finditer(text):
        e = _expr(m, text)
        if e is None or e.kind not in ("date", "numeric") or e.year is None:
            continue
        if article.leftover_at(e.start, e.end) is not None:
            continue
        if _stamp(e, text) is not None:
            line_start = text.rfind("\n", 0, e.start) + 1
            head = text[line_start : e.start]
            return line_start + len(head) - len(head.lstrip()), e.end
        if first_full is None:
            first_full = (e.start, e.end)
    return first_full
