"""Time expressions: find them, resolve them against the page's date, and date an undated page.

A relative date ("on Sunday", "January 12", "mid-December") means nothing until it is read
against the day the text was written, and its tense decides which way to count: a Sunday
someone *said* something is the latest Sunday on or before that day; talks that *will*
start on January 12 are on the next January 12. Vague expressions are ranges, and
expressions that count from another event ("the next day") are reported, not guessed.

>>> [str(t) for t in timexes("Ministers said on Sunday that talks will start on "
...                          "January 12.", document_date=dt.date(2021, 12, 26))]
['Sunday -> 2021-12-26 (past weekday: the latest Sunday on or before 2021-12-26)', \
'January 12 -> 2022-01-12 (future month and day: the next January 12 on or after 2021-12-26)']
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import math
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from medialit import pipeline
from medialit.article import Article
from medialit.resources import ENGLISH_FUNCTION_WORDS, RELATED_LINK_START, load_lexicon

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from spacy.tokens import Doc, Token

_ONE_DAY = dt.timedelta(days=1)
# A month and day without a year is read within about half a year of the page's date:
# further away, news writers give the year.
_NEAR_DAYS = 183


@dataclass(frozen=True)
class Timex:
    """A time expression, its normalized value and what it was resolved against."""

    start: int
    end: int
    text: str
    value: str | None
    """An ISO 8601 day, week, month or year; 199X for a decade (X for the unknown digit, as in
    ISO 8601-2); YYYY-WI for a season (TimeML's codes SP, SU, FA, WI); first/last for a range;
    TimeML's PAST_REF or FUTURE_REF when vague; None when it cannot be resolved."""
    mod: str | None
    earliest: dt.date | None
    latest: dt.date | None
    granularity: str
    tense: str
    anchor: dt.date | None
    anchor_source: str | None
    """'given' or 'inferred' when the page's date was needed, None when the text says it all."""
    rule: str
    resolved: bool
    candidates: tuple[dt.date, ...] = ()
    note: str | None = None
    leftover: str | None = None

    def __str__(self) -> str:
        if self.resolved and self.value is not None:
            shown = self.value if self.mod is None else f"{self.value} {self.mod}"
            if self.earliest != self.latest and self.earliest and self.latest:
                shown += f" [{self.earliest} .. {self.latest}]"
            return f"{self.text} -> {shown} ({self.rule})"
        why = self.note or self.rule
        return f"{self.text} -> unresolved ({why})"


@dataclass(frozen=True)
class Evidence:
    """A piece of the page (or a fact about a linked story) that says when the page was written."""

    start: int
    end: int
    text: str
    rule: str
    says: str
    fact: str | None = None

    def __str__(self) -> str:
        return f"{self.text!r}: {self.says}"


@dataclass(frozen=True)
class DateCandidate:
    """A day the page may have been written, with the evidence for and against it."""

    date: dt.date
    confidence: float
    evidence: tuple[Evidence, ...]
    against: tuple[Evidence, ...] = ()

    def __str__(self) -> str:
        day = f"{calendar.day_name[self.date.weekday()]} {self.date.isoformat()}"
        return (
            f"{day}: confidence {self.confidence:.2f}, {len(self.evidence)} pieces of evidence "
            f"for, {len(self.against)} against"
        )


@dataclass(frozen=True)
class DocumentDate:
    """The day a text is read against: given by the reader, inferred from evidence, or unknown."""

    value: dt.date | None
    source: str
    """'given', 'inferred' or 'unknown'."""
    confidence: float
    evidence: tuple[Evidence, ...] = ()
    note: str | None = None

    def __str__(self) -> str:
        if self.value is None:
            return f"document date unknown ({self.note})"
        weekday = calendar.day_name[self.value.weekday()]
        if self.source == "given":
            return f"document date {weekday} {self.value} (given)"
        return (
            f"document date {weekday} {self.value} (inferred, confidence {self.confidence:.2f}, "
            f"{len(self.evidence)} pieces of evidence)"
        )


@dataclass(frozen=True)
class Event:
    """Something that happened or will happen, with its date or range and where it is from."""

    label: str
    earliest: dt.date
    latest: dt.date
    source: str
    """'page' for the page itself, else the outlet that reports it."""
    ref: str

    @property
    def from_page(self) -> bool:
        """True when the page itself says this; False for a fact from another source."""
        return self.source == "page"

    def __str__(self) -> str:
        when = str(self.earliest)
        if self.latest != self.earliest:
            when += f" .. {self.latest}"
        where = "the page" if self.from_page else f"other source: {self.source}"
        return f"{when}  {self.label} ({where})"


# --- Finding ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Expr:
    """A time expression as found, before any anchor is applied."""

    start: int
    end: int
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    day2: int | None = None
    weekday: int | None = None
    mod: str | None = None
    step: int | None = None
    unit: str | None = None
    amount: tuple[int, int] | None = None
    name: str | None = None
    tense: str = "unknown"
    parts: tuple[_Expr, ...] = ()


def _alternation(words: Iterable[str], *, upper: bool = False) -> str:
    forms = set(words)
    if upper:
        forms |= {w.upper() for w in forms}
    ordered = sorted(forms, key=len, reverse=True)
    return "|".join(re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in ordered)


@cache
def _lexicons() -> dict[str, Any]:
    cal = load_lexicon("time_calendar")
    periods = load_lexicon("time_periods")
    rel = load_lexicon("time_relative")
    tense = load_lexicon("time_tense")
    months = {**{k.lower(): v for k, v in cal["months"].items()}}
    months.update({k.lower(): v for k, v in cal["month_abbreviations"].items()})
    holidays = {k.lower().replace("’", "'"): v for k, v in cal["holidays"].items() if k[0] != "_"}
    movable = {
        k.lower().replace("’", "'"): v for k, v in cal["movable_holidays"].items() if k[0] != "_"
    }
    return {
        "months": months,
        "weekdays": {k.lower(): v for k, v in cal["weekdays"].items()},
        "holidays": holidays,
        "movable": movable,
        "unit_multiples": {k: v for k, v in rel["unit_multiples"].items() if k[0] != "_"},
        "modifiers": periods["modifiers"],
        "month_thirds": periods["month_thirds"],
        "year_thirds": periods["year_thirds"],
        "decade_parts": periods["decade_parts"],
        "seasons": {k: v for k, v in periods["seasons"].items() if k[0] != "_"},
        "days": rel["days"],
        "directions": rel["directions"],
        "event_directions": set(rel["event_relative_directions"]),
        "numbers": rel["numbers"],
        "vague_numbers": {k: v for k, v in rel["vague_numbers"].items() if k[0] != "_"},
        "vague": rel["vague"],
        "event_relative": set(rel["event_relative"]),
        "future": set(tense["future"]),
        "past": set(tense["past"]),
        "not_verbs": set(tense["not_verbs"]),
        "modal_future": set(tense["modal_future"]),
        "modal_not_future": set(tense["modal_not_future"]),
        "weak_future": set(tense["weak_future"]),
    }


@cache
def _pattern() -> re.Pattern[str]:
    cal = load_lexicon("time_calendar")
    lex = _lexicons()
    mon_full = _alternation(cal["months"], upper=True)
    abbr = _alternation(cal["month_abbreviations"], upper=True)
    # Only an abbreviation takes a full stop: "Dec. 26", but "3 January." ends a sentence.
    mon_any = rf"(?:{mon_full})\b|(?:{abbr})\b\.?"
    wd = _alternation(cal["weekdays"], upper=True)
    hol = _alternation(k for k in [*cal["holidays"], *cal["movable_holidays"]] if k[0] != "_")
    year = r"(?:1[5-9]\d\d|20\d\d)"
    num = r"\d+|" + _alternation([*lex["vague_numbers"], *lex["numbers"]])
    mod = r"early|mid|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of"
    days = _alternation(lex["days"])
    vague = _alternation([*lex["vague"], *lex["event_relative"]])
    directions = _alternation([*lex["directions"], *lex["event_directions"]])
    suffix = r"(?:st|nd|rd|th)?"
    dash = r"\s*(?:-|–|(?i:to|through|until))\s*"
    alternatives = {
        "iso": r"\b(?P<iso_y>\d{4})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)"
        r"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?\b|\b)",
        "num": r"\b(?P<num_a>\d{1,2})/(?P<num_b>\d{1,2})/(?P<num_y>\d{4}|\d{2})\b",
        "mdy": rf"(?:\b(?P<mdy_wd>{wd}),?\s+)?\b(?P<mdy_m>{mon_any})\s+"
        rf"(?P<mdy_d>\d{{1,2}}){suffix}"
        rf"\b(?:{dash}(?P<mdy_d2>\d{{1,2}}){suffix}\b)?(?:,?\s+(?P<mdy_y>{year})\b)?",
        "dmy": rf"(?:\b(?P<dmy_wd>{wd}),?\s+)?\b(?P<dmy_d>\d{{1,2}}){suffix}"
        rf"(?:{dash}(?P<dmy_d2>\d{{1,2}}){suffix})?\s+(?:(?i:of)\s+)?(?P<dmy_m>{mon_any})"
        rf"(?:,?\s+(?P<dmy_y>{year})\b)?",
        "dec": r"(?:\b(?P<dec_mod>(?i:early|mid|late))(?:-|\s+))?"
        r"(?:\b(?P<dec_y>1[5-9]\d0|20\d0)s\b|['’](?P<dec_s>\d0)s\b)",
        "modm": rf"\b(?P<modm_mod>(?i:{mod}))(?:-|\s+)(?P<modm_m>{mon_full})\b"
        rf"(?:,?\s+(?P<modm_y>{year})\b)?",
        "mody": rf"\b(?P<mody_mod>(?i:{mod}))(?:-|\s+)(?P<mody_y>{year})\b",
        "modu": rf"\b(?P<modu_mod>(?i:{mod}))\s+(?P<modu_dir>(?i:the|this|next|last))\s+"
        r"(?P<modu_u>(?i:year|month))\b",
        "my": rf"\b(?P<my_m>{mon_any}),?\s+(?:(?i:of)\s+)?(?P<my_y>{year})\b",
        "bm": rf"\b(?i:in|since|until|till|by|from|through|during|before|after|of|to|and)\s+"
        rf"(?P<bm_m>{mon_full})\b(?!\.?\s*\d)",
        "yrr": rf"\b(?P<yrr_a>{year})\s*[-–]\s*(?P<yrr_b>{year}|\d\d)\b",
        "hol": rf"\b(?P<hol_n>{hol})(?:,?\s+(?P<hol_y>{year})\b)?",
        "sea": rf"(?:\b(?P<sea_mod>(?i:early|mid|late))(?:-|\s+))?"
        rf"(?:\b(?P<sea_dir>(?i:last|this|next|past|coming))\s+)?"
        rf"\b(?P<sea_n>(?i:spring|summer|autumn|fall|winter))\b"
        rf"(?:\s+(?:(?i:of)\s+)?(?P<sea_y>{year})\b)?",
        "day": rf"\b(?P<day_w>(?i:{days}))\b",
        "vag": rf"\b(?P<vag_w>(?i:{vague}))\b",
        "ago": rf"\b(?P<ago_n>(?i:{num}))\s+"
        r"(?P<ago_u>(?i:days?|weeks?|fortnights?|months?|years?|decades?))"
        r"\s+(?P<ago_w>(?i:ago|earlier|later|before|after|from\s+now))\b"
        r"(?:\s+(?P<ago_t>(?i:this\s+month|today))\b)?",
        "inn": rf"\b(?P<inn_w>(?i:in|within))\s+(?P<inn_n>(?i:{num}))\s+"
        r"(?P<inn_u>(?i:days?|weeks?|fortnights?|months?|years?))\b(?:['’]?\s*(?i:time)\b)?",
        "pst": rf"\b(?P<pst_w>(?i:the\s+(?:past|last|next|coming)))\s+(?P<pst_n>(?i:{num}))\s+"
        r"(?P<pst_u>(?i:days|weeks|months|years))\b",
        "ea": r"\b(?P<ea_w>(?i:earlier|later))\s+(?P<ea_t>(?i:this|that))\s+"
        r"(?P<ea_u>(?i:week|month|year))\b",
        "rel": rf"\b(?P<rel_dir>(?i:{directions}))\s+(?:(?P<rel_u>(?i:weekend|week|month|year|"
        rf"decade))|(?P<rel_wd>{wd})|(?P<rel_m>{mon_full}))\b",
        "wkd": r"\b(?i:over|at|during|on|through)\s+(?P<wkd_the>(?i:the)\s+(?i:weekend))\b",
        "wd": rf"\b(?P<wd_n>{wd})\b",
        "yr": rf"\b(?P<yr_y>{year})\b(?![-–/]\d)",
    }
    return re.compile("|".join(f"(?P<{k}>{v})" for k, v in alternatives.items()))


# A bare year or season counts only after a word that introduces a time, so "2000 troops" and
# "prices fall" are not dates.
_TIME_INTRO = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|of|during|before|after|between|and|to|through|"
    r"throughout|year|around|circa|early|late|mid|the|for|this|that|last|next|over)|\()\s*$",
    re.IGNORECASE,
)
_THAN = re.compile(r"\s+than\b", re.IGNORECASE)
_IN_THE = re.compile(r"\b(?:in|by|until|till|since|during|for|over|through)\s+the\s+$", re.I)
_FALL_OF = re.compile(r"\s+(?:of|in)\b", re.IGNORECASE)
_CONNECTOR = re.compile(r"\s*(?:-|–|—|to|until|till|through|and)\s*", re.IGNORECASE)
_RANGE_OPENER = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+|\d+")


def _number(text: str) -> tuple[int, int]:
    low = " ".join(text.lower().split())
    if low.isdigit():
        return int(low), int(low)
    lex = _lexicons()
    if low in lex["vague_numbers"]:
        lo, hi = lex["vague_numbers"][low]
        return int(lo), int(hi)
    n = int(lex["numbers"][low])
    return n, n


def _unit(text: str) -> str:
    return text.lower().rstrip("s") if text.lower() != "days" else "day"


def _count(number: str, unit_text: str) -> tuple[tuple[int, int], str]:
    """The count and unit of "two weeks", "a fortnight" (two weeks)."""
    lo, hi = _number(number)
    unit = _unit(unit_text)
    multiple = _lexicons()["unit_multiples"].get(unit)
    if multiple is None:
        return (lo, hi), unit
    base, times = str(multiple[0]), int(multiple[1])
    return (lo * times, hi * times), base


def _mod(text: str | None) -> str | None:
    if text is None:
        return None
    low = " ".join(text.lower().split()).removeprefix("the ")
    value: str = _lexicons()["modifiers"][low]
    return value


def _expr(m: re.Match[str], text: str) -> _Expr | None:
    kind = m.lastgroup
    g = m.group
    lex = _lexicons()
    start, end = m.start(), m.end()
    if kind == "iso":
        return _date_expr(start, end, int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
    if kind == "num":
        two_digits = int(g("num_y"))
        year = two_digits if two_digits >= 100 else 2000 + two_digits
        return _Expr(start, end, "numeric", year=year, month=int(g("num_a")), day=int(g("num_b")))
    if kind in ("mdy", "dmy"):
        month = lex["months"][g(f"{kind}_m").lower().rstrip(".")]
        day, day2 = int(g(f"{kind}_d")), _opt_int(g(f"{kind}_d2"))
        wd = g(f"{kind}_wd")
        if not _valid_day(month, day):
            return None
        stated_year = _opt_int(g(f"{kind}_y"))
        if day2 is not None and (day2 <= day or not _valid_day(month, day2)):
            # "since Jan. 1 to 41": the number after "to" is a count, not the end of a range.
            if kind == "dmy":
                return None
            day2, stated_year, end = None, None, m.end("mdy_d")
        return _Expr(
            start,
            end,
            "date",
            year=stated_year,
            month=month,
            day=day,
            day2=day2,
            weekday=lex["weekdays"][wd.lower()] if wd else None,
        )
    if kind == "dec":
        mod = _mod(g("dec_mod"))
        if g("dec_y"):
            return _Expr(start, end, "decade", year=int(g("dec_y")), mod=mod)
        return _Expr(start, end, "decade", year=int(g("dec_s")), mod=mod, name="short")
    if kind == "modm":
        month = lex["months"][g("modm_m").lower()]
        return _Expr(
            start, end, "month", year=_opt_int(g("modm_y")), month=month, mod=_mod(g("modm_mod"))
        )
    if kind == "mody":
        return _Expr(start, end, "year", year=int(g("mody_y")), mod=_mod(g("mody_mod")))
    if kind == "modu":
        direction = g("modu_dir").lower()
        return _Expr(
            start,
            end,
            "unit",
            unit=g("modu_u").lower(),
            step=0 if direction == "the" else int(lex["directions"][direction]),
            mod=_mod(g("modu_mod")),
        )
    if kind == "my":
        return _Expr(
            start,
            end,
            "month",
            year=int(g("my_y")),
            month=lex["months"][g("my_m").lower().rstrip(".")],
        )
    if kind == "bm":
        return _Expr(m.start("bm_m"), end, "month", month=lex["months"][g("bm_m").lower()])
    if kind == "yrr":
        first_year, last_text = str(g("yrr_a")), str(g("yrr_b"))
        last = int(last_text) if len(last_text) == 4 else int(first_year[:2] + last_text)
        if last <= int(first_year):
            return None
        first = _Expr(start, start + 4, "year", year=int(first_year))
        second = _Expr(end - len(last_text), end, "year", year=last)
        return _Expr(start, end, "range", parts=(first, second))
    if kind == "hol":
        name = " ".join(g("hol_n").split()).replace("’", "'").lower()
        if name in lex["movable"]:
            return _Expr(start, end, "movable", year=_opt_int(g("hol_y")), name=name)
        month, day = lex["holidays"][name]
        return _Expr(start, end, "date", year=_opt_int(g("hol_y")), month=month, day=day)
    if kind == "sea":
        direction = g("sea_dir")
        bare = not direction and not g("sea_y") and not g("sea_mod")
        if bare and not _TIME_INTRO.search(text[max(0, start - 12) : start]):
            return None
        # "Fall" is a verb and a noun far more often than a season: only "in the fall" counts.
        if (
            bare
            and g("sea_n").lower() == "fall"
            and not (
                _IN_THE.search(text[max(0, start - 16) : start]) and not _FALL_OF.match(text, end)
            )
        ):
            return None
        step = lex["directions"][direction.lower()] if direction else None
        return _Expr(
            start,
            end,
            "season",
            name=g("sea_n").lower(),
            step=step,
            year=_opt_int(g("sea_y")),
            mod=_mod(g("sea_mod")),
        )
    if kind == "day":
        key = " ".join(g("day_w").lower().split())
        return _Expr(start, end, "day", step=int(lex["days"][key]))
    if kind == "vag":
        key = " ".join(g("vag_w").lower().split())
        if key in lex["vague"]:
            return _Expr(start, end, "vague", name=lex["vague"][key])
        return _Expr(start, end, "event")
    if kind == "ago":
        word = " ".join(g("ago_w").lower().split())
        if word in ("earlier", "later") and _THAN.match(text, end):
            # "a week later than planned" compares, it does not date
            return None
        if word not in ("ago", "from now"):
            return _Expr(start, end, "event")
        tail = g("ago_t")
        amount, unit = _count(g("ago_n"), g("ago_u"))
        return _Expr(
            start,
            end,
            "offset",
            amount=amount,
            unit=unit,
            step=-1 if word == "ago" else 1,
            # "ten years ago this month": the same month (or day) of an earlier year
            name=" ".join(tail.lower().split()) if tail else None,
        )
    if kind == "inn":
        amount, unit = _count(g("inn_n"), g("inn_u"))
        return _Expr(
            start,
            end,
            "offset" if g("inn_w").lower() == "in" else "window",
            amount=amount,
            unit=unit,
            step=1,
        )
    if kind == "pst":
        word = g("pst_w").lower().split()[-1]
        return _Expr(
            start,
            end,
            "window",
            amount=_number(g("pst_n")),
            unit=_unit(g("pst_u")),
            step=-1 if word in ("past", "last") else 1,
        )
    if kind == "ea":
        if g("ea_t").lower() == "that":
            return _Expr(start, end, "event")
        return _Expr(
            start,
            end,
            "part",
            unit=g("ea_u").lower(),
            step=-1 if g("ea_w").lower() == "earlier" else 1,
        )
    if kind == "rel":
        direction = g("rel_dir").lower()
        if direction in lex["event_directions"]:
            return _Expr(start, end, "event")
        step = int(lex["directions"][direction])
        if g("rel_wd"):
            return _Expr(
                start, end, "weekday", weekday=lex["weekdays"][g("rel_wd").lower()], step=step
            )
        if g("rel_m"):
            return _Expr(start, end, "month", month=lex["months"][g("rel_m").lower()], step=step)
        return _Expr(start, end, "unit", unit=g("rel_u").lower(), step=step)
    if kind == "wkd":
        return _Expr(m.start("wkd_the"), end, "weekend")
    if kind == "wd":
        return _Expr(start, end, "weekday", weekday=lex["weekdays"][g("wd_n").lower()])
    if kind == "yr":
        before = text[max(0, start - 12) : start]
        if not _TIME_INTRO.search(before) and not text.startswith(")", end):
            return None
        return _Expr(start, end, "year", year=int(g("yr_y")))
    return None


def _opt_int(digits: str | None) -> int | None:
    return int(digits) if digits else None


def _valid_day(month: int, day: int) -> bool:
    return 1 <= day <= calendar.monthrange(2020, month)[1]


def _date_expr(start: int, end: int, year: int, month: int, day: int) -> _Expr | None:
    if not 1 <= month <= 12 or not _valid_day(month, day):
        return None
    return _Expr(start, end, "date", year=year, month=month, day=day)


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


def _cue(doc: Doc, token: Token, *, tagged: bool = False) -> str | None:
    """Whether this word marks the past or the future, by the tense lexicon's rules.

    "weak-future" is a guess: "to" before a base form is an intention ("to start") but as
    often a preposition before a noun ("closed to traffic"); "until Friday" is ahead unless a
    past verb is near ("was closed until Friday").
    """
    lex = _lexicons()
    low = token.lower_
    # A trained pipeline's tags know irregular past forms ("fought") that the lexicon lacks.
    if tagged and token.tag_ == "VBD":
        return "past"
    if token.text in lex["modal_future"]:
        follower = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        return None if follower in lex["modal_not_future"] else "future"
    if low in lex["weak_future"]:
        return "weak-future"
    if low in lex["future"]:
        if low in ("going", "set"):
            follower = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
            return "future" if follower in ("to", "for") else None
        return "future"
    if low in lex["past"]:
        return "past"
    if not token.is_alpha:
        return None
    if low.endswith("ed") and low not in lex["not_verbs"] and token.lemma_.lower() != low:
        # After "be" a participle is passive ("will be signed"): the auxiliary carries the tense.
        before = doc[token.i - 1].lower_ if token.i > 0 else ""
        return None if before in _PASSIVE_AUXILIARIES else "past"
    if (
        token.i > 0
        and doc[token.i - 1].lower_ == "to"
        and token.is_lower
        and token.lemma_ == low
        and low not in ENGLISH_FUNCTION_WORDS
    ):
        return "weak-future"
    return None


_PASSIVE_AUXILIARIES = frozenset({"be", "being", "is", "are", "am"})
# Crossing a comma, a bracket or a conjunction makes a cue less likely to govern the date.
_CLAUSE_BREAK = frozenset(
    {*",;:()—–", "and", "but", "while", "whereas", "if", "unless", "because", "although"}
)
_WINDOW = 12
# A guessed cue counts as if it stood this many words further away, so a sure cue just
# behind it still decides ("was closed to traffic on Thursday").
_WEAK_CUE_COST = 3


def _tense(doc: Doc, expr: _Expr, lo: int, hi: int) -> str:
    """The tense of the clause around a time expression: the nearest tense cue decides."""
    if expr.step is not None and expr.kind in ("weekday", "month", "season", "unit"):
        return {-1: "past", 1: "future"}.get(expr.step, "unknown")
    if expr.kind in ("offset", "window", "part"):
        return "past" if expr.step == -1 else "future"
    span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
    if span is None:
        return "unknown"
    # (cost, 1 for a guessed cue, tense): the lowest wins, a sure cue on a tie, then the
    # cue found first (looking back before ahead).
    best: tuple[int, int, str] | None = None
    tagged = doc.has_annotation("TAG")
    for direction, first in ((-1, span.start - 1), (1, span.end)):
        cost = 0
        k = first
        while 0 <= k < len(doc) and abs(k - first) < _WINDOW:
            token = doc[k]
            if token.idx < lo or token.idx >= hi:
                break
            brk = token.lower_ in _CLAUSE_BREAK
            cost += 5 if brk else 1
            cue = None if brk else _cue(doc, token, tagged=tagged)
            if cue == "weak-future":
                found = (cost + _WEAK_CUE_COST, 1, "future")
                best = found if best is None or found[:2] < best[:2] else best
            elif cue:
                found = (cost, 0, cue)
                best = found if best is None or found[:2] < best[:2] else best
                break
            k += direction
    return best[2] if best else "unknown"


@cache
def _trigger_hashes() -> frozenset[int]:
    """Hashes of the words every time expression contains; most text has none of them."""
    from spacy.strings import hash_string  # type: ignore[attr-defined]

    cal = load_lexicon("time_calendar")
    lex = _lexicons()
    words = {w.lower() for w in [*cal["months"], *cal["month_abbreviations"], *cal["weekdays"]]}
    words |= {f"{w.lower()}." for w in cal["month_abbreviations"]}
    # The last word: the lead words before a trigger reach the rest ("Black Friday").
    holidays = [*cal["holidays"], *cal["movable_holidays"]]
    words |= {k.split()[-1].lower() for k in holidays if k[0] != "_"}
    for phrase in [*lex["days"], *lex["vague"], *lex["event_relative"]]:
        words.add([w for w in phrase.split() if w not in ENGLISH_FUNCTION_WORDS][-1])
    words |= {*lex["seasons"], *_units(), *(f"{u}s" for u in _units())}
    return frozenset(int(hash_string(w)) for w in words)


def _units() -> list[str]:
    units: list[str] = load_lexicon("time_relative")["units"]
    return units


# A time expression starts at most this many words before the word that triggers it
# ("the end of May", "a couple of days ago").
_LEAD_WORDS = 4
_WORD_START = re.compile(r"\b\w")
_DIGITS = re.compile(r"\d+")


def _triggers(doc: Doc, text: str) -> list[int]:
    """Offsets of trigger words and numbers, read from the Doc's token arrays."""
    from spacy.attrs import IDX, LOWER

    wanted = _trigger_hashes()
    hits = [idx for lower, idx in doc.to_array([LOWER, IDX]).tolist() if lower in wanted]
    hits.extend(m.start() for m in _DIGITS.finditer(text))
    return sorted(hits)


def _scan(doc: Doc, text: str) -> list[re.Match[str]]:
    """Matches of the full pattern, tried only around trigger words."""
    pattern = _pattern()
    found: list[re.Match[str]] = []
    done = 0
    for at in _triggers(doc, text):
        if at < done:
            continue
        lead = [m.start() for m in _WORD_START.finditer(text, max(done, at - 40), at)]
        # A decade like '80s starts at its apostrophe, before the digits that trigger it.
        quote = [at - 1] if at and text[at - 1] in "'’" else []
        for start in [*lead[-_LEAD_WORDS:], *quote, at]:
            m = pattern.match(text, start)
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


def _find_exprs(doc: Doc) -> list[_Expr]:
    article = _article(doc)
    if article is None:
        return []
    text = article.text
    found = [e for m in _scan(doc, text) if (e := _expr(m, text)) is not None]
    if not found:
        return []
    found = _merge_ranges(_order_numeric(found), text)
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


# --- Resolving ----------------------------------------------------------------------------

_Period = tuple[dt.date, dt.date]


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, step: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + step
    return index // 12, index % 12 + 1


@cache
def _month_period(year: int, month: int, mod: str | None) -> _Period:
    if mod is None:
        return dt.date(year, month, 1), _month_end(year, month)
    first, last = _lexicons()["month_thirds"][mod]
    end = min(int(last), calendar.monthrange(year, month)[1])
    return dt.date(year, month, int(first)), dt.date(year, month, end)


@cache
def _year_period(year: int, mod: str | None) -> _Period:
    if mod is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    first, last = _lexicons()["year_thirds"][mod]
    return dt.date(year, int(first), 1), _month_end(year, int(last))


def _season_period(year: int, name: str, mod: str | None) -> _Period:
    season = _lexicons()["seasons"][name]
    first, count = int(season["first_month"]), int(season["months"])
    if mod is not None:
        first, count = _add_months(year, first, {"EARLY": 0, "MID": 1, "LATE": 2}[mod])[1], 1
    start_year = year if first >= int(season["first_month"]) else year + 1
    last_year, last_month = _add_months(start_year, first, count - 1)
    return dt.date(start_year, first, 1), _month_end(last_year, last_month)


def _pick(periods: Sequence[_Period], tense: str, anchor: dt.date) -> _Period | None:
    """The period a tense points to: the latest before, the next after, or the nearest."""
    if tense == "past":
        before = [p for p in periods if p[0] <= anchor]
        return max(before) if before else None
    if tense == "future":
        after = [p for p in periods if p[1] >= anchor]
        return min(after) if after else None

    def distance(p: _Period) -> int:
        return max((p[0] - anchor).days, (anchor - p[1]).days, 0)

    return min(periods, key=lambda p: (distance(p), p[0])) if periods else None


def _tense_rule(what: str, name: str, tense: str, anchor: dt.date) -> str:
    if tense == "past":
        return f"past {what}: the latest {name} on or before {anchor}"
    if tense == "future":
        return f"future {what}: the next {name} on or after {anchor}"
    return f"tense unclear, {what}: the {name} nearest to {anchor}"


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _decade(year: int) -> str:
    return f"{str(year)[:3]}X"


_NEEDS_ANCHOR = "needs the page's date, and none was given or could be inferred"


@dataclass(frozen=True)
class _Anchor:
    day: dt.date | None
    source: str | None


def _timex(e: _Expr, text: str, **fields: Any) -> Timex:
    fields.setdefault("mod", e.mod)
    fields.setdefault("tense", e.tense)
    fields.setdefault("anchor", None)
    fields.setdefault("anchor_source", None)
    fields.setdefault("resolved", True)
    return Timex(start=e.start, end=e.end, text=text[e.start : e.end], **fields)


def _relative(e: _Expr, text: str, a: _Anchor, **fields: Any) -> Timex:
    if a.day is None:
        return _unresolved(e, text, _NEEDS_ANCHOR)
    return _timex(e, text, anchor=a.day, anchor_source=a.source, **fields)


def _unresolved(e: _Expr, text: str, note: str, **fields: Any) -> Timex:
    fields.setdefault("value", None)
    fields.setdefault("earliest", None)
    fields.setdefault("latest", None)
    fields.setdefault("granularity", "unknown")
    fields.setdefault("rule", "unresolved")
    return _timex(e, text, resolved=False, note=note, **fields)


def _day_timex(e: _Expr, text: str, day: dt.date, rule: str, a: _Anchor | None = None) -> Timex:
    fields: dict[str, Any] = {"value": day.isoformat(), "earliest": day, "latest": day}
    fields.update(granularity="day", rule=rule)
    if a is None:
        return _timex(e, text, **fields)
    return _relative(e, text, a, **fields)


def _period_timex(
    e: _Expr, text: str, value: str, period: _Period, granularity: str, rule: str, a: _Anchor
) -> Timex:
    earliest, latest = period
    if a.day is not None and e.tense == "past" and e.year is None:
        latest = min(latest, max(earliest, a.day))
    elif a.day is not None and e.tense == "future" and e.year is None:
        earliest = max(earliest, min(latest, a.day))
    fields = {"value": value, "earliest": earliest, "latest": latest}
    fields.update(granularity=granularity, rule=rule)
    if e.year is not None and e.kind != "decade":
        return _timex(e, text, **fields)
    return _relative(e, text, a, **fields)


def _resolve(e: _Expr, text: str, a: _Anchor) -> Timex:
    kind = e.kind
    if kind == "date":
        return _resolve_date(e, text, a)
    if kind == "numeric":
        return _resolve_numeric(e, text)
    if kind == "movable":
        return _resolve_movable(e, text, a)
    if kind == "month":
        return _resolve_month(e, text, a)
    if kind == "year":
        assert e.year is not None
        value = str(e.year)
        return _period_timex(
            e, text, value, _year_period(e.year, e.mod), "year", "explicit year", a
        )
    if kind == "decade":
        return _resolve_decade(e, text, a)
    if kind == "season":
        return _resolve_season(e, text, a)
    if kind == "weekday":
        return _resolve_weekday(e, text, a)
    if kind == "range":
        return _resolve_range(e, text, a)
    if kind == "event":
        return _unresolved(
            e, text, "counts from another event in the text, not from the page's date"
        )
    if a.day is None:
        return _unresolved(e, text, _NEEDS_ANCHOR)
    anchor = a.day
    if kind == "day":
        assert e.step is not None
        day = anchor + dt.timedelta(days=e.step)
        words = " ".join(text[e.start : e.end].lower().split())
        return _day_timex(e, text, day, f"{words}: {e.step:+d} days from {anchor}", a)
    if kind == "vague":
        past = e.name == "PAST_REF"
        return _timex(
            e,
            text,
            value=e.name,
            earliest=None if past else anchor,
            latest=anchor if past else None,
            granularity="vague",
            anchor=anchor,
            anchor_source=a.source,
            resolved=False,
            rule="vague " + ("past" if past else "future"),
            note=f"says only that it is {'before' if past else 'after'} {anchor}; no day is named",
        )
    if kind in ("offset", "window"):
        return _resolve_offset(e, text, a, anchor)
    if kind == "part":
        return _resolve_part(e, text, a, anchor)
    if kind == "unit":
        return _resolve_unit(e, text, a, anchor)
    if kind == "weekend":
        return _resolve_weekend(e, text, a, anchor)
    raise ValueError(f"unknown kind of time expression: {kind}")


def _resolve_date(e: _Expr, text: str, a: _Anchor) -> Timex:
    assert e.month is not None and e.day is not None
    month, day = e.month, e.day
    name = f"{calendar.month_name[month]} {day}"
    if e.year is not None:
        try:
            first = dt.date(e.year, month, day)
            last = dt.date(e.year, month, e.day2) if e.day2 else first
        except ValueError:
            return _unresolved(e, text, f"{e.year} has no {name}")
        return _dated(e, text, first, last, "explicit date", None)
    if a.day is None:
        return _unresolved(e, text, "gives no year; " + _NEEDS_ANCHOR)
    anchor = a.day
    periods = []
    for year in range(anchor.year - 2, anchor.year + 3):
        try:
            first = dt.date(year, month, day)
            last = dt.date(year, month, e.day2) if e.day2 else first
        except ValueError:
            continue
        if e.weekday is None or first.weekday() == e.weekday:
            periods.append((first, last))
    if e.weekday is not None:
        chosen = _pick(periods, "unknown", anchor)
        weekday = calendar.day_name[e.weekday]
        rule = f"weekday and date: the year near {anchor} in which {name} is a {weekday}"
    else:
        chosen = _pick(periods, e.tense, anchor)
        rule = _tense_rule("month and day", name, e.tense, anchor)
        nearest = _pick(periods, "unknown", anchor)
        if chosen is not None and nearest is not None and _too_far(chosen, nearest, anchor):
            chosen = nearest
            rule = (
                f"month and day: the {name} nearest to {anchor} (news gives the year of a "
                "day in another year more than half a year away)"
            )
    if chosen is None:
        return _unresolved(e, text, f"no {name} fits near {anchor}")
    return _dated(e, text, chosen[0], chosen[1], rule, a)


def _movable_day(name: str, year: int) -> dt.date:
    rule = _lexicons()["movable"][name]
    if "easter" in rule:
        return _easter(year) + dt.timedelta(days=int(rule["easter"]))
    month, weekday, nth = int(rule["month"]), int(rule["weekday"]), int(rule["nth"])
    if nth > 0:
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        last = _month_end(year, month)
        day = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    return day + dt.timedelta(days=int(rule.get("offset", 0)))


def _easter(year: int) -> dt.date:
    """Easter Sunday of the Western churches (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _resolve_movable(e: _Expr, text: str, a: _Anchor) -> Timex:
    assert e.name is not None
    name = text[e.start : e.end]
    if e.year is not None:
        day = _movable_day(e.name, e.year)
        return _dated(e, text, day, day, "holiday: its day in the year given", None)
    if a.day is None:
        return _unresolved(e, text, "gives no year; " + _NEEDS_ANCHOR)
    anchor = a.day
    periods = [
        (d, d) for d in (_movable_day(e.name, y) for y in range(anchor.year - 1, anchor.year + 2))
    ]
    chosen = _pick(periods, e.tense, anchor)
    nearest = _pick(periods, "unknown", anchor)
    rule = _tense_rule("holiday", name, e.tense, anchor)
    if chosen is None or (nearest is not None and _too_far(chosen, nearest, anchor)):
        chosen, rule = nearest, f"holiday: the {name} nearest to {anchor}"
    assert chosen is not None
    return _dated(e, text, chosen[0], chosen[1], rule, a)


def _too_far(chosen: _Period, nearest: _Period, anchor: dt.date) -> bool:
    """True when the tense points to a day of another year that a writer would have dated."""

    def gap(p: _Period) -> int:
        return max((p[0] - anchor).days, (anchor - p[1]).days, 0)

    return chosen[0].year != anchor.year and gap(chosen) > _NEAR_DAYS and gap(nearest) <= _NEAR_DAYS


def _dated(
    e: _Expr, text: str, first: dt.date, last: dt.date, rule: str, a: _Anchor | None
) -> Timex:
    note = None
    if e.weekday is not None and first.weekday() != e.weekday:
        named, real = calendar.day_name[e.weekday], calendar.day_name[first.weekday()]
        note = f"the text says {named}, but {first} is a {real}: one of the two is wrong"
    value = first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"
    fields: dict[str, Any] = {"value": value, "earliest": first, "latest": last}
    fields.update(granularity="day", rule=rule, note=note)
    if a is None:
        return _timex(e, text, **fields)
    return _relative(e, text, a, **fields)


def _resolve_numeric(e: _Expr, text: str) -> Timex:
    assert e.year is not None and e.month is not None and e.day is not None
    first, second = e.month, e.day
    if e.name == "ordered":
        try:
            proven = dt.date(e.year, first, second)
        except ValueError:
            return _unresolved(e, text, "not a calendar date")
        rule = "numeric date: day and month in the order another date of the text proves"
        return _day_timex(e, text, proven, rule)
    options = []
    for month, day in {(first, second), (second, first)}:
        try:
            options.append(dt.date(e.year, month, day))
        except ValueError:
            continue
    if not options:
        return _unresolved(e, text, "not a calendar date")
    if len(options) == 2:
        a, b = sorted(options)
        return _unresolved(e, text, f"day and month order unknown: {a} or {b}", candidates=(a, b))
    return _day_timex(e, text, options[0], "numeric date: only one order of day and month exists")


def _resolve_month(e: _Expr, text: str, a: _Anchor) -> Timex:
    assert e.month is not None
    month = e.month
    if e.year is not None:
        period = _month_period(e.year, month, e.mod)
        value = f"{e.year}-{month:02d}"
        return _period_timex(e, text, value, period, "month", "explicit month and year", a)
    if a.day is None:
        return _unresolved(e, text, "gives no year; " + _NEEDS_ANCHOR)
    anchor = a.day
    years = range(anchor.year - 2, anchor.year + 3)
    periods = [_month_period(y, month, e.mod) for y in years]
    name = calendar.month_name[month]
    if e.step is not None:
        this_month = dt.date(anchor.year, anchor.month, 1)
        if e.step < 0:
            chosen = max(p for p in periods if p[0] < this_month)
            rule = f"'last {name}': the latest {name} before the month of {anchor}"
        elif e.step > 0:
            chosen = min(p for p in periods if p[0] > _month_end(anchor.year, anchor.month))
            rule = f"'next {name}': the first {name} after the month of {anchor}"
        else:
            chosen = _month_period(anchor.year, month, e.mod)
            rule = f"'this {name}': {name} of the year of {anchor}"
    else:
        found = _pick(periods, e.tense, anchor)
        assert found is not None
        chosen = found
        rule = _tense_rule("month", name, e.tense, anchor)
    value = f"{chosen[0].year}-{month:02d}"
    return _period_timex(e, text, value, chosen, "month", rule, a)


def _resolve_decade(e: _Expr, text: str, a: _Anchor) -> Timex:
    assert e.year is not None
    start = e.year
    rule = "explicit decade"
    if e.name == "short":
        if a.day is None:
            return _unresolved(e, text, "a two-digit decade gives no century; " + _NEEDS_ANCHOR)
        start = a.day.year // 100 * 100 + e.year
        if start > a.day.year:
            start -= 100
        rule = f"two-digit decade: the latest such decade that began by {a.day.year}"
    first, last = (0, 9)
    if e.mod is not None:
        first, last = (int(x) for x in _lexicons()["decade_parts"][e.mod])
    period = (dt.date(start + first, 1, 1), dt.date(start + last, 12, 31))
    if e.name != "short":
        return _timex(
            e,
            text,
            value=_decade(start),
            earliest=period[0],
            latest=period[1],
            granularity="decade",
            rule=rule,
        )
    return _relative(
        e,
        text,
        a,
        value=_decade(start),
        earliest=period[0],
        latest=period[1],
        granularity="decade",
        rule=rule,
    )


def _resolve_season(e: _Expr, text: str, a: _Anchor) -> Timex:
    assert e.name is not None
    code = _lexicons()["seasons"][e.name]["code"]
    if e.year is not None:
        period = _season_period(e.year, e.name, e.mod)
        note = None
        if code == "WI":
            note = f"read as December {e.year} to February {e.year + 1}; "
            note += f"some writers mean early {e.year}"
        timex = _period_timex(e, text, f"{e.year}-{code}", period, "season", "explicit season", a)
        return replace(timex, note=note)
    if a.day is None:
        return _unresolved(e, text, "gives no year; " + _NEEDS_ANCHOR)
    anchor = a.day
    periods = [
        (_season_period(y, e.name, e.mod), y) for y in range(anchor.year - 2, anchor.year + 2)
    ]
    if e.step is not None and e.step != 0:
        if e.step < 0:
            period, year = max(p for p in periods if p[0][1] < anchor)
            rule = f"'last {e.name}': the latest {e.name} that ended before {anchor}"
        else:
            period, year = min(p for p in periods if p[0][0] > anchor)
            rule = f"'next {e.name}': the first {e.name} that starts after {anchor}"
    else:
        tense = "unknown" if e.step == 0 else e.tense
        found = _pick([p for p, _ in periods], tense, anchor)
        assert found is not None
        period, year = next(p for p in periods if p[0] == found)
        rule = _tense_rule("season", e.name, tense, anchor)
    return _period_timex(e, text, f"{year}-{code}", period, "season", rule, a)


def _resolve_weekday(e: _Expr, text: str, a: _Anchor) -> Timex:
    assert e.weekday is not None
    if a.day is None:
        return _unresolved(e, text, _NEEDS_ANCHOR)
    anchor, wd = a.day, e.weekday
    name = calendar.day_name[wd]
    before = anchor - dt.timedelta(days=(anchor.weekday() - wd) % 7)
    after = anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7)
    if e.step == -1:
        day = before if before < anchor else before - dt.timedelta(days=7)
        return _day_timex(e, text, day, f"'last {name}': the {name} before {anchor}", a)
    if e.step == 1:
        day = after if after > anchor else after + dt.timedelta(days=7)
        return _day_timex(e, text, day, f"'next {name}': the {name} after {anchor}", a)
    if e.step == 0:
        day = anchor + dt.timedelta(days=wd - anchor.weekday())
        return _day_timex(e, text, day, f"'this {name}': the {name} of the week of {anchor}", a)
    if e.tense == "past" or before == after:
        return _day_timex(e, text, before, _tense_rule("weekday", name, "past", anchor), a)
    if e.tense == "future":
        return _day_timex(e, text, after, _tense_rule("weekday", name, "future", anchor), a)
    return _unresolved(
        e,
        text,
        f"past or future is unclear: {before} or {after}",
        candidates=(before, after),
        anchor=anchor,
        anchor_source=a.source,
    )


def _shift(day: dt.date, unit: str, amount: int) -> dt.date:
    if unit == "day":
        return day + dt.timedelta(days=amount)
    if unit in ("week", "weekend"):
        return day + dt.timedelta(days=7 * amount)
    months = {"month": 1, "year": 12, "decade": 120}[unit] * amount
    year, month = _add_months(day.year, day.month, months)
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _resolve_offset(e: _Expr, text: str, a: _Anchor, anchor: dt.date) -> Timex:
    assert e.amount is not None and e.unit is not None and e.step is not None
    lo, hi = e.amount
    unit = e.unit
    near, far = _shift(anchor, unit, e.step * lo), _shift(anchor, unit, e.step * hi)
    words = " ".join(text[e.start : e.end].split())
    if e.name is not None and unit in ("year", "decade") and lo == hi:
        if e.name == "today":
            return _day_timex(e, text, near, f"'{words}': the same day, counted from {anchor}", a)
        return _relative(
            e,
            text,
            a,
            value=f"{near:%Y-%m}",
            earliest=near.replace(day=1),
            latest=_month_end(near.year, near.month),
            granularity="month",
            rule=f"'{words}': the same month, counted from {anchor}",
        )
    note = "a vague count, read as a range" if lo != hi else None
    if e.kind == "window":
        first, last = sorted((anchor, far))
        return _relative(
            e,
            text,
            a,
            value=f"{first}/{last}",
            earliest=first,
            latest=last,
            granularity="day",
            rule=f"'{words}': the stretch between {first} and {last}",
            note=note,
        )
    first, last = sorted((near, far))
    if unit in ("month", "year", "decade"):
        granularity = "month" if unit == "month" else "year"
        first = first.replace(day=1) if unit == "month" else first.replace(month=1, day=1)
        last = (
            _month_end(last.year, last.month) if unit == "month" else last.replace(month=12, day=31)
        )
        value = f"{first:%Y-%m}" if unit == "month" else f"{first:%Y}"
        if first.year != last.year or (unit == "month" and first.month != last.month):
            value = f"{value}/{last:%Y-%m}" if unit == "month" else f"{value}/{last:%Y}"
    else:
        granularity = "day"
        value = first.isoformat() if first == last else f"{first}/{last}"
    sign = "before" if e.step < 0 else "after"
    return _relative(
        e,
        text,
        a,
        value=value,
        earliest=first,
        latest=last,
        granularity=granularity,
        rule=f"'{words}': counted {sign} {anchor}",
        note=note,
    )


def _unit_period(anchor: dt.date, unit: str) -> tuple[str, _Period, str]:
    if unit == "week":
        monday = anchor - dt.timedelta(days=anchor.weekday())
        return _iso_week(anchor), (monday, monday + dt.timedelta(days=6)), "week"
    if unit == "weekend":
        saturday = anchor + dt.timedelta(days=5 - anchor.weekday())
        return _iso_week(anchor) + "-WE", (saturday, saturday + _ONE_DAY), "weekend"
    if unit == "month":
        first = anchor.replace(day=1)
        return f"{anchor:%Y-%m}", (first, _month_end(anchor.year, anchor.month)), "month"
    if unit == "year":
        return str(anchor.year), _year_period(anchor.year, None), "year"
    start = anchor.year // 10 * 10
    return _decade(start), (dt.date(start, 1, 1), dt.date(start + 9, 12, 31)), "decade"


def _resolve_unit(e: _Expr, text: str, a: _Anchor, anchor: dt.date) -> Timex:
    assert e.unit is not None and e.step is not None
    shifted = _shift(anchor, e.unit, e.step)
    value, period, granularity = _unit_period(shifted, e.unit)
    if e.mod is not None and e.unit == "year":
        period = _year_period(shifted.year, e.mod)
    elif e.mod is not None and e.unit == "month":
        period = _month_period(shifted.year, shifted.month, e.mod)
    words = " ".join(text[e.start : e.end].lower().split())
    if e.step == 0:
        rule = f"'{words}': the {e.unit} of {anchor}"
    else:
        side = "before" if e.step < 0 else "after"
        rule = f"'{words}': the {e.unit} {side} the one of {anchor}"
    return _relative(
        e,
        text,
        a,
        value=value,
        earliest=period[0],
        latest=period[1],
        granularity=granularity,
        rule=rule,
    )


def _resolve_weekend(e: _Expr, text: str, a: _Anchor, anchor: dt.date) -> Timex:
    """'Over the weekend': the weekend just past or just ahead, as the tense says."""
    before = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
    after = (
        before if anchor.weekday() == 6 else anchor + dt.timedelta(days=(5 - anchor.weekday()) % 7)
    )
    if e.tense == "past" or before == after:
        saturday, rule = before, f"past weekend: the latest weekend on or before {anchor}"
    elif e.tense == "future":
        saturday, rule = after, f"future weekend: the next weekend on or after {anchor}"
    else:
        return _unresolved(
            e,
            text,
            f"past or future is unclear: the weekend of {before} or of {after}",
            candidates=(before, after),
            anchor=anchor,
            anchor_source=a.source,
        )
    return _relative(
        e,
        text,
        a,
        value=_iso_week(saturday) + "-WE",
        earliest=saturday,
        latest=saturday + _ONE_DAY,
        granularity="weekend",
        rule=rule,
    )


def _resolve_part(e: _Expr, text: str, a: _Anchor, anchor: dt.date) -> Timex:
    assert e.unit is not None
    value, (first, last), _ = _unit_period(anchor, e.unit)
    earlier = e.step == -1
    first, last = (first, anchor) if earlier else (anchor, last)
    words = " ".join(text[e.start : e.end].lower().split())
    return _relative(
        e,
        text,
        a,
        value=value,
        mod="EARLY" if earlier else "LATE",
        earliest=first,
        latest=last,
        granularity="day",
        rule=f"'{words}': from {first} to {last}",
    )


def _resolve_range(e: _Expr, text: str, a: _Anchor) -> Timex:
    first_e, second_e = e.parts
    first = _resolve(replace(first_e, tense=e.tense), text, a)
    if first.earliest is None:
        return _unresolved(e, text, f"the start of the range cannot be resolved: {first.note}")
    # The end of a range comes after its start, so it is counted forward from the start.
    second_anchor = _Anchor(first.earliest, a.source) if first.anchor is not None else a
    second_tense = "future" if first.anchor is not None else e.tense
    second = _resolve(replace(second_e, tense=second_tense), text, second_anchor)
    if second.latest is None or second.value is None or first.value is None:
        return _unresolved(e, text, f"the end of the range cannot be resolved: {second.note}")
    rule = f"range: {first.rule}; then {second.rule}"
    fields: dict[str, Any] = {"value": f"{first.value}/{second.value}", "earliest": first.earliest}
    fields.update(latest=second.latest, granularity=first.granularity, rule=rule, mod=None)
    if first.anchor is None and second.anchor is None:
        return _timex(e, text, **fields)
    return _relative(e, text, a, **fields)


# --- Public: time expressions -------------------------------------------------------------


def _resolve_all(doc: Doc, anchor: _Anchor) -> list[Timex]:
    article = _article(doc)
    if article is None:
        return []
    text = article.text
    out = []
    for e in _found(doc):
        try:
            timex = _resolve(e, text, anchor)
        except (ValueError, OverflowError):
            timex = _unresolved(e, text, "falls outside the calendar (years 1 to 9999)")
        seg = article.leftover_at(e.start, e.end)
        out.append(replace(timex, leftover=seg.kind) if seg else timex)
    return out


def _find(doc: Doc) -> list[Timex]:
    found = document_date(doc)
    return _resolve_all(doc, _Anchor(found.value, found.source if found.value else None))


def timexes(
    text_or_doc: str | Article | Doc, *, document_date: dt.date | None = None
) -> list[Timex]:
    """Find the time expressions of a text and resolve each against the page's date.

    Without `document_date`, the date inferred from the page's evidence is used (see
    `infer_document_date`); with it, that date is the anchor.

    >>> import datetime
    >>> found = timexes("The ministry said on Sunday it released the plan in mid-December.",
    ...                 document_date=datetime.date(2021, 12, 26))
    >>> [(t.text, t.value, t.mod) for t in found]
    [('Sunday', '2021-12-26', None), ('mid-December', '2021-12', 'MID')]
    """
    doc = pipeline.as_doc(text_or_doc)
    if document_date is None:
        return pipeline.cached(doc, "timexes", _find)
    return _resolve_all(doc, _Anchor(document_date, "given"))


# --- Public: the page's date --------------------------------------------------------------


@cache
def _provenance() -> dict[str, Any]:
    # One copy per process: load_metadata() hands out a fresh copy on every call.
    from medialit.annotations import load_metadata

    return load_metadata()


def _kit_facts(text: str) -> tuple[Mapping[str, Any], ...]:
    """The provenance facts, when the text is the kit's own article; none for other texts."""
    prov = _provenance()
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != prov["sha256"]:
        return ()
    return tuple(prov["facts"])


def _iso_period(value: str) -> _Period:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], 1), _month_end(parts[0], parts[1])
    return _year_period(parts[0], None)


# Words of the navigation itself, which say nothing about what a linked story is about.
_LINK_WORDS = frozenset({"article", "previous", "next", "story", "post", "page", "read", "more"})
_SHARED_WORDS = 3


@cache
def _stems(text: str) -> frozenset[str]:
    words = (w.lower() for w in _WORD.findall(text))
    return frozenset(
        w[:5]
        for w in words
        if (w.isdigit() or len(w) >= 4) and w not in ENGLISH_FUNCTION_WORDS and w not in _LINK_WORDS
    )


_Scorer = Callable[[dt.date], float]


@dataclass(frozen=True)
class _Clue:
    """Evidence with its score for any candidate day (0 rules the day out) and its maximum."""

    evidence: Evidence
    score: _Scorer
    best: float


def _occurrence(month: int, day: int, near: dt.date, forward: bool) -> dt.date | None:
    for year in (
        (near.year - 1, near.year, near.year + 1)
        if forward
        else (near.year + 1, near.year, near.year - 1)
    ):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            continue
        if (found >= near) if forward else (found <= near):
            return found
    return None


def _closeness(days: int | None) -> float:
    # News speaks of a day weeks away far more often than of one months away.
    if days is None or days < 0 or days > _NEAR_DAYS:
        return 0.0
    return 1.0 if days <= 31 else 0.7


# A dateline opens a wire story: a place in capitals, the date, perhaps the agency, a dash
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
_QUOTED = re.compile(r'"[^"\n]{1,800}"|“[^”\n]{1,800}”')


def _clues_from_text(doc: Doc, article: Article) -> tuple[list[_Clue], list[dt.date]]:
    clues: list[_Clue] = []
    dated: list[dt.date] = []
    text = article.text
    quotes: list[tuple[int, int]] | None = None
    found = [e for e in _found(doc) if article.leftover_at(e.start, e.end) is None]
    stamps = [_stamp(e, text) for e in found]
    # "Published 18 January, updated 19 January": the story was written when first published.
    published = "published" in stamps
    for e, stamp in zip(found, stamps, strict=True):
        span = {"start": e.start, "end": e.end, "text": text[e.start : e.end]}
        if stamp == "updated" and published:
            continue
        if stamp is not None:
            clue = _stamp_clue(e, stamp, span, dated)
        elif _is_dateline(e, text):
            clue = _dateline_clue(e, span, dated)
        else:
            if e.year is not None and e.kind == "date":
                # A full date someone quotes is their history ("the last flood was on 4 July
                # 1989"), not a sign of when the page was written.
                if quotes is None:
                    quotes = [m.span() for m in _QUOTED.finditer(text)]
                if any(lo < e.start < hi for lo, hi in quotes):
                    continue
            clue = _clue(e, span, dated)
        if clue is not None:
            clues.append(clue)
    return clues, dated


def _clue(e: _Expr, span: dict[str, Any], dated: list[dt.date]) -> _Clue | None:
    words = span["text"]
    if e.kind == "weekday" and e.step in (None, -1) and e.tense == "past":
        wd = e.weekday
        assert wd is not None
        name = calendar.day_name[wd]
        strict = e.step == -1

        def past_weekday(d: dt.date) -> float:
            k = (d.weekday() - wd) % 7 or (7 if strict else 0)
            return {0: 1.0, 1: 0.6}.get(k, 0.3)

        says = (
            f"something already happened on a {name}: the page was most likely written on that "
            f"{name}, or in the six days after it"
        )
        return _Clue(Evidence(**span, rule="past_weekday", says=says), past_weekday, 1.0)
    if e.kind == "date" and e.year is None and e.tense in ("past", "future"):
        assert e.month is not None and e.day is not None
        month: int = e.month
        day: int = e.day
        name = f"{calendar.month_name[month]} {day}"
        if e.tense == "future":

            def future_day(d: dt.date) -> float:
                found = _occurrence(month, day, d, True)
                return _closeness((found - d).days if found else None)

            says = (
                f"{name} is still to come: the page was written before it, within about half a year"
            )
            return _Clue(Evidence(**span, rule="future_month_day", says=says), future_day, 1.0)

        def past_day(d: dt.date) -> float:
            found = _occurrence(month, day, d, False)
            return _closeness((d - found).days if found else None)

        says = f"{name} is already past: the page was written after it, within about half a year"
        return _Clue(Evidence(**span, rule="past_month_day", says=says), past_day, 1.0)
    if e.kind == "month" and e.year is None and e.step is None and e.tense in ("past", "future"):
        assert e.month is not None
        month, mod = e.month, e.mod
        past = e.tense == "past"

        def month_clue(d: dt.date) -> float:
            periods = [_month_period(y, month, mod) for y in (d.year - 1, d.year, d.year + 1)]
            found = _pick(periods, e.tense, d)
            if found is None:
                return 0.0
            gap = (d - found[1]).days if past else (found[0] - d).days
            # A month is a coarser clue than a day: allow about two months of distance.
            return 1.0 if gap <= 62 else 0.6 if gap <= 365 else 0.0

        when = "after" if past else "before"
        says = f"'{words}' is spoken of in the {e.tense} tense: the page was written {when} it"
        rule = f"{e.tense}_month"
        return _Clue(Evidence(**span, rule=rule, says=says), month_clue, 1.0)
    if e.kind == "date" and e.year is not None and e.tense == "unknown" and e.day2 is None:
        try:
            mentioned = dt.date(e.year, e.month or 1, e.day or 1)
        except ValueError:
            return None
        dated.append(mentioned)
        says = f"'{words}' is a full date: news usually dates events within weeks of writing"
        return _Clue(
            Evidence(**span, rule="near_date", says=says),
            lambda d: (
                0.3
                if 0 <= (d - mentioned).days <= 7
                else 0.15
                if abs((d - mentioned).days) <= 31
                else 0.0
            ),
            0.3,
        )
    if e.kind in ("date", "month", "year") and e.year is not None and e.tense in ("past", "future"):
        assert e.month is not None or e.kind == "year"
        if e.kind == "date":
            assert e.month is not None and e.day is not None
            try:
                period: _Period = (dt.date(e.year, e.month, e.day),) * 2
            except ValueError:
                return None
            dated.append(period[0])
        elif e.kind == "month":
            assert e.month is not None
            period = _month_period(e.year, e.month, e.mod)
        else:
            period = _year_period(e.year, e.mod)
        weight = 0.3 if e.kind == "date" else 0.2
        if e.tense == "past":
            first = period[0]
            says = f"'{words}' is in the past: the page was written after {first}"
            return _Clue(
                Evidence(**span, rule="past_date", says=says),
                lambda d: weight if d >= first else 0.0,
                weight,
            )
        last = period[1]
        says = f"'{words}' is still to come: the page was written before {last}"
        return _Clue(
            Evidence(**span, rule="future_date", says=says),
            lambda d: weight if d <= last else 0.0,
            weight,
        )
    return None


def _clues_from_links(
    article: Article, facts: Sequence[Mapping[str, Any]]
) -> tuple[list[_Clue], list[dt.date]]:
    clues: list[_Clue] = []
    dates: list[dt.date] = []
    dated_facts = [(f, _stems(str(f.get("fact", "")))) for f in facts if f.get("date")]
    for seg in article.leftovers:
        if seg.kind != "related_link":
            continue
        opener = RELATED_LINK_START.match(seg.text)
        headline = seg.text[opener.end() :] if opener else seg.text
        words = _stems(headline)
        if not words or not dated_facts:
            continue
        fact, shared = max(((f, len(words & s)) for f, s in dated_facts), key=lambda x: x[1])
        if shared < _SHARED_WORDS:
            continue
        first, last = _iso_period(str(fact["date"]))
        dates.extend((first, last))
        label = opener.group().strip().lower() if opener else ""
        outlet = fact.get("source", {}).get("outlet", "another source")
        about = f"a story about an event of {fact['date']} (fact '{fact['id']}', {outlet})"
        span: dict[str, Any] = {"start": seg.start, "end": seg.end, "text": seg.text}
        span["fact"] = str(fact["id"])
        if label.startswith(("previous", "prev")):

            def after(d: dt.date, first: dt.date = first) -> float:
                gap = (d - first).days
                return 1.0 if 0 <= gap <= 2 else 0.5 if 0 <= gap <= 7 else 0.0

            says = f"the link to the previous story leads to {about}: "
            says += "the page went up on that day or soon after"
            clues.append(_Clue(Evidence(**span, rule="previous_story", says=says), after, 1.0))
        elif label.startswith("next"):

            def before(d: dt.date, last: dt.date = last) -> float:
                gap = (last - d).days
                return 1.0 if 0 <= gap <= 2 else 0.5 if 0 <= gap <= 7 else 0.0

            says = f"the link to the next story leads to {about}: "
            says += "the page went up that day or shortly before"
            clues.append(_Clue(Evidence(**span, rule="next_story", says=says), before, 1.0))
        else:

            def near(d: dt.date, first: dt.date = first, last: dt.date = last) -> float:
                return 0.5 if (first - d).days <= 14 and (d - last).days <= 14 else 0.0

            says = f"a linked story is about {about}: the page is probably from the same weeks"
            clues.append(_Clue(Evidence(**span, rule="linked_story", says=says), near, 0.5))
    return clues, dates


# How sharply confidence falls for a day whose evidence score is lower than the best day's.
_SHARPNESS = 3.0
_MAX_CANDIDATES = 5


def _infer(doc: Doc, facts: Sequence[Mapping[str, Any]] | None) -> list[DateCandidate]:
    article = _article(doc)
    if article is None:
        return []
    clues, dated = _clues_from_text(doc, article)
    link_clues, link_dates = _clues_from_links(
        article, _kit_facts(article.text) if facts is None else facts
    )
    clues.extend(link_clues)
    if not clues:
        return []
    try:
        if link_dates:
            first = min(link_dates) - dt.timedelta(days=14)
            last = max(link_dates) + dt.timedelta(days=14)
        elif dated:
            first, last = max(dated) - dt.timedelta(days=7), max(dated) + dt.timedelta(days=31)
        else:
            return []
        days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
        # A stamp read two ways ("03/12/2023") puts both days in play, however far apart.
        days += [d for d in dated if not first <= d <= last]
    except OverflowError:
        return []
    scores = [sum(c.score(d) for c in clues) for d in days]
    top = max(scores)
    if top <= 0:
        return []
    possible = sum(c.best for c in clues)
    weights = [math.exp(_SHARPNESS * (s - top)) for s in scores]
    total = sum(weights)
    ranked = sorted(range(len(days)), key=lambda i: (-scores[i], days[i]))[:_MAX_CANDIDATES]
    out = []
    for i in ranked:
        day = days[i]
        confidence = round(weights[i] / total * scores[i] / possible, 2)
        marks = [(c, c.score(day)) for c in clues]
        # Strongest evidence first: a stamp or a dateline before the hints around it.
        marks.sort(key=lambda m: -m[0].best)
        out.append(
            DateCandidate(
                date=day,
                confidence=confidence,
                evidence=tuple(c.evidence for c, s in marks if s >= 0.5 * c.best),
                against=tuple(c.evidence for c, s in marks if s == 0),
            )
        )
    return out


def infer_document_date(
    text_or_doc: str | Article | Doc, *, facts: Sequence[Mapping[str, Any]] | None = None
) -> list[DateCandidate]:
    """Work out when an undated page was written: candidate days, best first, with evidence.

    The evidence is the page's own (a dateline, a past weekday, a month and day still to
    come, a past "mid-December", a full date) and, where `facts` date the stories its
    navigation links to, those dates. For the kit's own article the provenance facts are
    used unless `facts` is given. Without a year from any of these, there is no candidate.

    >>> import medialit
    >>> best = medialit.infer_document_date(medialit.load_article())[0]
    >>> best.date.isoformat(), len(best.evidence)
    ('2021-12-26', 6)
    """
    return _infer(pipeline.as_doc(text_or_doc), facts)


_RELATIVE_STAMP = re.compile(
    rf"^[ \t(\[]*(?:(?i:{_STAMP_WORDS})\b[^\n]*?\b(?i:ago|today|yesterday|just now)\b|"
    r"(?:\d+|(?i:an?|one))\s+(?i:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+(?i:ago)[ \t]*$)",
    re.MULTILINE,
)


def _why_undated(doc: Doc) -> str:
    """Why no date could be inferred, naming what the page does say."""
    article = _article(doc)
    text = article.text if article else ""
    said = []
    relative = _RELATIVE_STAMP.search(text)
    if relative:
        said.append(
            f"its stamp '{relative.group().strip()}' counts from when it was read, not a date"
        )
    for e in _found(doc):
        if e.year is None and _is_dateline(e, text):
            said.append(f"the dateline gives month and day ({text[e.start : e.end]}) but no year")
            break
    head = "; ".join(said) + "; " if said else ""
    return (
        f"{head}the page gives no full date and no dated linked story; "
        "give the date with document_date= (or --date)"
    )


def _document_date(doc: Doc) -> DocumentDate:
    found = _infer(doc, None)
    if not found:
        return DocumentDate(None, "unknown", 0.0, note=_why_undated(doc))
    best = found[0]
    note = next((e.says for e in best.evidence if e.rule == "ambiguous_stamp"), None)
    return DocumentDate(best.date, "inferred", best.confidence, best.evidence, note=note)


def document_date(
    text_or_doc: str | Article | Doc, *, document_date: dt.date | None = None
) -> DocumentDate:
    """The day a text is read against: the given `document_date`, else the inferred one.

    >>> import datetime
    >>> str(document_date("Talks begin on Monday.", document_date=datetime.date(2022, 1, 9)))
    'document date Sunday 2022-01-09 (given)'
    """
    doc = pipeline.as_doc(text_or_doc)
    if document_date is not None:
        return DocumentDate(document_date, "given", 1.0)
    return pipeline.cached(doc, "document_date", _document_date)


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
    document_date: dt.date | None = None,
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
    events = [
        Event(_page_label(article, t), t.earliest, t.latest, "page", t.text)
        for t in timexes(doc, document_date=document_date)
        if t.resolved and t.earliest and t.latest and t.leftover is None
    ]
    for fact in _kit_facts(article.text) if facts is None else facts:
        if fact.get("date"):
            first, last = _iso_period(str(fact["date"]))
            outlet = str(fact.get("source", {}).get("outlet", "another source"))
            events.append(Event(_short(str(fact["fact"])), first, last, outlet, str(fact["id"])))
    return sorted(events, key=lambda e: (e.earliest, e.latest, not e.from_page))


def _as_event(item: Event | Mapping[str, Any]) -> Event:
    if isinstance(item, Event):
        return item
    earliest, latest = item["earliest"], item["latest"]
    return Event(
        label=str(item["label"]),
        earliest=earliest if isinstance(earliest, dt.date) else dt.date.fromisoformat(earliest),
        latest=latest if isinstance(latest, dt.date) else dt.date.fromisoformat(latest),
        source=str(item.get("source", "page")),
        ref=str(item.get("ref", item.get("fact", ""))),
    )


# Okabe and Ito's colour-blind-safe palette (Color Universal Design, 2008).
PAGE_COLOUR = "#0072B2"
OTHER_COLOUR = "#D55E00"
_MARKERS = {True: "o", False: "s"}


def draw_timeline(
    events: Iterable[Event | Mapping[str, Any]],
    *,
    document_date: dt.date | DocumentDate | None = None,
    window_days: int = 45,
    title: str | None = None,
) -> Figure:
    """Draw events on a time axis: ranges as bars, days as marks, and the page's date as a line.

    Events from other sources are drawn as squares with hatched bars and labelled with their
    source; events more than `window_days` before the page's date are listed under the axis.

    >>> import medialit
    >>> fig = medialit.draw_timeline(medialit.timeline_events(medialit.load_article()),
    ...                              document_date=medialit.document_date(medialit.load_article()))
    >>> fig.axes[0].get_title()
    'What happened when'
    """
    import matplotlib.dates

    mdates: Any = matplotlib.dates  # untyped module: calls go through Any
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    items = sorted((_as_event(e) for e in events), key=lambda e: (e.earliest, e.latest))
    marker_day: dt.date | None = None
    marker_label = ""
    if isinstance(document_date, DocumentDate):
        marker_day = document_date.value
        marker_label = f"the page's date: {marker_day} ({document_date.source})"
    elif document_date is not None:
        marker_day = document_date
        marker_label = f"the page's date: {marker_day}"
    left_out: list[Event] = []
    if marker_day is not None:
        cutoff = marker_day - dt.timedelta(days=window_days)
        left_out = [e for e in items if e.latest < cutoff]
        items = [e for e in items if e.latest >= cutoff]
    # Made through pyplot so that a notebook knows how to draw the returned Figure, and
    # closed at once so that it is drawn once, not a second time at the end of the cell.
    fig = plt.figure(figsize=(11, 2.6 + 0.4 * max(len(items), 1)), layout="constrained")
    plt.close(fig)
    ax = fig.subplots()
    rows = len(items)
    for row, event in enumerate(items):
        y = rows - 1 - row
        colour = PAGE_COLOUR if event.from_page else OTHER_COLOUR
        start = mdates.date2num(event.earliest)
        if event.latest > event.earliest:
            width = (event.latest - event.earliest).days + 1
            ax.barh(
                y,
                width,
                left=start,
                height=0.5,
                color=colour,
                alpha=0.55,
                edgecolor="black",
                hatch=None if event.from_page else "//",
            )
        else:
            ax.plot(
                start + 0.5,
                y,
                marker=_MARKERS[event.from_page],
                markersize=9,
                color=colour,
                markeredgecolor="black",
                linestyle="none",
            )
    ax.set_yticks(range(rows), [_row_label(e) for e in reversed(items)], fontsize=8.5)
    days = [e.earliest for e in items] + [e.latest + _ONE_DAY for e in items]
    if marker_day is not None:
        ax.axvline(mdates.date2num(marker_day) + 0.5, color="black", linestyle="--", linewidth=1.2)
        days.append(marker_day)
    if days:
        pad = max(dt.timedelta(days=2), (max(days) - min(days)) / 20)
        ax.set_xlim(mdates.date2num(min(days) - pad), mdates.date2num(max(days) + pad))
    locator = mdates.AutoDateLocator(minticks=3, maxticks=9)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", color="#cccccc", linewidth=0.6)
    ax.set_ylim(-0.8, rows - 0.2)
    ax.set_title(title or "What happened when")
    handles = [
        Line2D(
            [],
            [],
            marker="o",
            color=PAGE_COLOUR,
            markeredgecolor="black",
            linestyle="none",
            label="day, from the page",
        ),
        Line2D(
            [],
            [],
            marker="s",
            color=OTHER_COLOUR,
            markeredgecolor="black",
            linestyle="none",
            label="day, from another source",
        ),
        Patch(facecolor=PAGE_COLOUR, alpha=0.55, edgecolor="black", label="range, from the page"),
        Patch(
            facecolor=OTHER_COLOUR,
            alpha=0.55,
            edgecolor="black",
            hatch="//",
            label="range, from another source",
        ),
    ]
    if marker_day is not None:
        handles.append(Line2D([], [], color="black", linestyle="--", label=marker_label))
    fig.legend(handles=handles, loc="outside upper center", ncol=3, fontsize=8, frameon=False)
    if left_out:
        lines = [f"{e.earliest:%Y-%m}  {_row_label(e)}" for e in left_out]
        ax.set_xlabel("Earlier, not drawn:\n" + "\n".join(lines), fontsize=8.5, loc="left")
    return fig


def _row_label(event: Event) -> str:
    return f"{event.label} [{'page' if event.from_page else event.source}]"


pipeline.component("medialit_document_date", "document_date", _document_date)
pipeline.component("medialit_timexes", "timexes", _find)

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
