"""Finding time expressions: one match of the pattern becomes one expression, before any anchor."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from medialit.timeline.lexicon import _lexicons


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
    number: int | None = None
    """A quarter's number (1 to 4)."""
    part: str | None = None
    """A part of the day (MO, AF, EV, NI) or a clock time (09:30) that narrows a day."""
    code: str | None = None
    """The TimeML value an expression carries whatever the anchor (P3Y, XXXX-WXX-1)."""
    year_step: int | None = None
    """The year counted from the page's: -1 in "June last year", 0 in "this year's quarter"."""


# A bare year or season counts only after a word that introduces a time, so "2000 troops" and
# "prices fall" are not dates.
_TIME_INTRO = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|of|during|before|after|between|and|to|through|"
    r"throughout|year|around|circa|early|late|mid|the|for|this|that|last|next|over)|\()\s*$",
    re.IGNORECASE,
)
# "post-1959 politics": a prefix that makes a year a limit keeps it a year
_YEAR_PREFIX = re.compile(r"\b(?:pre|post)-$", re.IGNORECASE)
_THAN = re.compile(r"\s+than\b", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+[a-z]{3,}\b")
_HOLIDAY_WEEK = re.compile(r"\s+(?i:week)\b(?!-)")
_YEAR_LISTED = re.compile(r"(?<![\d,.$])(?:1[5-9]\d\d|20\d\d),\s*$")
_IN_THE = re.compile(r"\b(?:in|by|until|till|since|during|for|over|through)\s+the\s+$", re.I)
_FALL_OF = re.compile(r"\s+(?:of|in)\b", re.IGNORECASE)
_CONNECTOR = re.compile(r"\s*(?:-|–|—|to|until|till|through|and)\s*", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\b(?i:the)\s+$")
_RANGE_OPENER = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)


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


def _spoken_year(words: str | None) -> int | None:
    """The year "nineteen eighty-two" or "two thousand and one" says; None for no words."""
    if words is None:
        return None
    low = " ".join(words.lower().replace("-", " ").split())
    if low.startswith("two thousand"):
        rest = low.removeprefix("two thousand").strip().removeprefix("and").strip()
        return 2000 + (_number(rest)[0] if rest else 0)
    century, rest = low.split(" ", 1)
    return (1900 if century == "nineteen" else 2000) + _number(rest)[0]


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


def _build_iso(m: re.Match[str], text: str) -> _Expr | None:
    g = m.group
    start, end = m.start(), m.end()
    return _date_expr(start, end, int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))


def _build_num(m: re.Match[str], text: str) -> _Expr | None:
    g = m.group
    start, end = m.start(), m.end()
    two_digits = int(g("num_y"))
    year = two_digits if two_digits >= 100 else 2000 + two_digits
    return _Expr(start, end, "numeric", year=year, month=int(g("num_a")), day=int(g("num_b")))


def _build_month_day(m: re.Match[str], text: str) -> _Expr | None:
    kind = m.lastgroup
    g = m.group
    lex = _lexicons()
    start, end = m.start(), m.end()
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


def _build_dec(m: re.Match[str], text: str) -> _Expr | None:
    g = m.group
    start, end = m.start(), m.end()
    mod = _mod(g("dec_mod"))
    if g("dec_y"):
        return _Expr(start, end, "decade", year=int(g("dec_y")), mod=mod)
    return _Expr(start, end, "decade", year=int(g("dec_s")), mod=mod, name="short")


def _build_modm(m: re.Match[str], text: str) -> _Expr | None:
    g = m.group
    lex = _lexicons()
    start, end = m.start(), m.end()
    month = lex["months"][g("modm_m").lower()]
    return _Expr(
        start, end, "month", year=_opt_int(g("modm_y")), month=month, mod=_mod(g("modm_mod"))
    )


def _build_mody(m: re.Match[str], text: str) -> _Expr | None:
    g = m.group
    start, end = m.start(), m.end()
    return _Expr(start, end, "year", year=int(g("mody_y")), mod=_mod(g("mody_mod")))


def _build_modu(m: re.Match[str], text: str) -> _Expr | None:
    g = m.group
    lex = _lexicons()
    start, end = m.start(), m.end()
    direction = g("modu_dir").lower()
    return _Expr(
        start,
        end,
        "unit",
        unit=g("modu_u").lower(),
        step=0 if direction == "the" else int(lex["directions"][direction]),
        mod=_mod(g("modu_mod")),
    )


def _build_my(m: re.Match[str], text: str) -> _Expr | None:
    g = m.group
    lex = _lexicons()
    start, end = m.start(), m.end()
    return _Expr(
        start,
        end,
        "month",
        year=_opt_int(g("my_y")) or _spoken_year(g("my_sy")),
        month=lex["months"][g("my_m").lower().rstrip(".")],
    )


def _build_bm(m: re.Match[str], text: str) -> _Expr | None:
    g = m.group
    lex = _lexicons()
    end = m.end()
    if g("bm_a") and not _NOUN_AFTER.match(text, end):
        return None  # "a June agreement" names a month; "an April" alone may be a name
    return _Expr(m.start("bm_m"), end, "month", month=lex["months"][g("bm_m").lower()])


def _build_yrr(m: re.Match[str], text: str) -> _Expr | None:
    g = m.group
    start, end = m.start(), m.end()
    first_year, last_text = str(g("yrr_a")), str(g("yrr_b"))
    last = int(last_text) if len(last_text) == 4 else int(first_year[:2] + last_text)
    if last <= int(first_year):
        return None
    first = _Expr(start, start + 4, "year", year=int(first_year))
    second = _Expr(end - len(last_text), end, "year", year=last)
    return _Expr(start, end, "range", parts=(first, second))


def _country_named(rule: dict[str, Any], text: str) -> str | None:
    """The country of a national holiday: the one the page names first, if any."""
    names: dict[str, list[str]] = rule.get("names", {})
    found = [
        (m.start(), code)
        for code, words in names.items()
        for word in words
        if (m := re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text))
    ]
    return min(found)[1] if found else None


def _build_hol(m: re.Match[str], text: str) -> _Expr | None:
    g = m.group
    lex = _lexicons()
    start, end = m.start(), m.end()
    # "Easter week": the week that holds the holiday (valued in resolve_timeml.as_week_of)
    week = _HOLIDAY_WEEK.match(text, end)
    end = week.end() if week and not g("hol_y") else end
    name = " ".join(g("hol_n").split()).replace("’", "'").lower()
    if name in lex["movable"]:
        country = _country_named(lex["movable"][name], text)
        return _Expr(start, end, "movable", year=_opt_int(g("hol_y")), name=name, code=country)
    month, day = lex["holidays"][name]
    return _Expr(start, end, "date", year=_opt_int(g("hol_y")), month=month, day=day)


def _build_sea(m: re.Match[str], text: str) -> _Expr | None:
    g = m.group
    lex = _lexicons()
    start, end = m.start(), m.end()
    direction = g("sea_dir")
    bare = not direction and not g("sea_y") and not g("sea_sy") and not g("sea_mod")
    if bare and not _TIME_INTRO.search(text[max(0, start - 12) : start]):
        return None
    # "Fall" is a verb and a noun far more often than a season: only "in the fall" counts.
    if (
        bare
        and g("sea_n").lower() == "fall"
        and not (_IN_THE.search(text[max(0, start - 16) : start]) and not _FALL_OF.match(text, end))
    ):
        return None
    step = lex["directions"][direction.lower()] if direction else None
    return _Expr(
        start,
        end,
        "season",
        name=g("sea_n").lower(),
        step=step,
        year=_opt_int(g("sea_y")) or _spoken_year(g("sea_sy")),
        mod=_mod(g("sea_mod")),
    )


def _build_day(m: re.Match[str], text: str) -> _Expr | None:
    g = m.group
    lex = _lexicons()
    start, end = m.start(), m.end()
    key = " ".join(g("day_w").lower().split())
    return _Expr(start, end, "day", step=int(lex["days"][key]))


_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def _in_conjunction(key: str, text: str, start: int, end: int) -> bool:
    """ "shortly after the vote", "as soon as possible": the word joins a clause, it dates none."""
    around = _lexicons()["vague_conjunctions"].get(key)
    if around is None:
        return False
    after = _WORD_AFTER.match(text, end)
    before = _WORD_BEFORE.search(text[max(0, start - 20) : start])
    return (after is not None and after.group(1).lower() in around["after"]) or (
        before is not None and before.group(1).lower() in around["before"]
    )


def _build_vag(m: re.Match[str], text: str) -> _Expr | None:
    g = m.group
    lex = _lexicons()
    start, end = m.start(), m.end()
    key = " ".join(g("vag_w").lower().split())
    if _in_conjunction(key, text, start, end):
        return None
    if key in lex["vague"]:
        return _Expr(start, end, "vague", name=lex["vague"][key])
    shift = lex["timeml"]["event_shifts"].get(key)
    if shift is None:
        return _Expr(start, end, "event", code=lex["timeml"]["event_values"].get(key))
    return _Expr(start, end, "event", unit=shift[0], step=int(shift[1]), amount=(1, 1))


def _build_ago(m: re.Match[str], text: str) -> _Expr | None:
    g = m.group
    lex = _lexicons()
    start, end = m.start(), m.end()
    word = " ".join(g("ago_w").lower().split())
    if word in ("earlier", "later") and _THAN.match(text, end):
        # "a week later than planned" compares, it does not date
        return None
    tail = g("ago_t")
    amount, unit = _count(g("ago_n"), g("ago_u"))
    if word not in ("ago", "from now"):
        # "two days later": counted from the date the text last named
        step = int(lex["timeml"]["event_shifts"][word])
        return _Expr(start, end, "event", amount=amount, unit=unit, step=step)
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


def _build_inn(m: re.Match[str], text: str) -> _Expr | None:
    g = m.group
    start, end = m.start(), m.end()
    amount, unit = _count(g("inn_n"), g("inn_u"))
    if g("inn_or"):
        if g("inn_w").lower() == "in":
            # "in a year or two": a count left open names no date, only a time ahead
            return _Expr(m.start("inn_n"), end, "vague", name="FUTURE_REF")
        end = m.start("inn_or")
    return _Expr(
        start,
        end,
        "offset" if g("inn_w").lower() == "in" else "window",
        amount=amount,
        unit=unit,
        step=1,
    )


def _build_pst(m: re.Match[str], text: str) -> _Expr | None:
    g = m.group
    start, end = m.start(), m.end()
    word = g("pst_w").lower().split()[-1]
    return _Expr(
        start,
        end,
        "window",
        amount=_number(g("pst_n")),
        unit=_unit(g("pst_u")),
        step=-1 if word in ("past", "last") else 1,
    )


def _build_ea(m: re.Match[str], text: str) -> _Expr | None:
    g = m.group
    start, end = m.start(), m.end()
    if g("ea_t").lower() == "that":
        # "later that year": within the year the text last named
        return _Expr(start, end, "event", unit=g("ea_u").lower(), step=0, amount=(1, 1))
    return _Expr(
        start,
        end,
        "part",
        unit=g("ea_u").lower(),
        step=-1 if g("ea_w").lower() == "earlier" else 1,
    )


def _build_rel(m: re.Match[str], text: str) -> _Expr | None:
    g = m.group
    lex = _lexicons()
    start, end = m.start(), m.end()
    direction = g("rel_dir").lower()
    the = _THE_BEFORE.search(text, max(0, start - 5), start)
    if the is not None and direction not in ("this", "that"):
        # "the past year", "the following month": TimeML keeps the article in the expression
        start = the.start()
    if direction in lex["event_directions"]:
        shift = int(lex["timeml"]["event_shifts"].get(direction, 0))
        if g("rel_wd") and shift:
            # "the previous Friday": the Friday before the date the text last named
            weekday = lex["weekdays"][g("rel_wd").lower()]
            return _Expr(start, end, "event", weekday=weekday, step=shift)
        if not g("rel_u"):
            return _Expr(start, end, "event")
        step = int(lex["timeml"]["event_shifts"][direction])
        return _Expr(start, end, "event", unit=g("rel_u").lower(), step=step, amount=(1, 1))
    step = int(lex["directions"][direction])
    if g("rel_wd"):
        return _Expr(start, end, "weekday", weekday=lex["weekdays"][g("rel_wd").lower()], step=step)
    if g("rel_m"):
        return _Expr(start, end, "month", month=lex["months"][g("rel_m").lower()], step=step)
    return _Expr(start, end, "unit", unit=g("rel_u").lower(), step=step)


def _build_wkd(m: re.Match[str], text: str) -> _Expr | None:
    end = m.end()
    return _Expr(m.start("wkd_the"), end, "weekend")


def _build_wd(m: re.Match[str], text: str) -> _Expr | None:
    g = m.group
    lex = _lexicons()
    start, end = m.start(), m.end()
    return _Expr(start, end, "weekday", weekday=lex["weekdays"][g("wd_n").lower()])


def _build_yr(m: re.Match[str], text: str) -> _Expr | None:
    g = m.group
    start, end = m.start(), m.end()
    before = text[max(0, start - 12) : start]
    year = int(g("yr_y"))
    prefix = _YEAR_PREFIX.search(before)
    introduced = _TIME_INTRO.search(before) or prefix or text.startswith(")", end)
    # "in 2011, 2014 and 2019": a year listed after a year is one too.
    listed = _YEAR_LISTED.search(before) is not None
    opened = 1900 <= year <= 2099 and (listed or _year_opener(before)) and not _counted(text, end)
    if not introduced and not opened:
        return None
    return _Expr(prefix.start() + start - len(before) if prefix else start, end, "year", year=year)


def _year_opener(before: str) -> bool:
    """Whether the words before a bare number open a year: "its 1990 invasion", "due 2031"."""
    words = before.lower().replace("’", "'").split()
    if not words:
        return False
    openers = set(_lexicons()["timeml"]["year_openers"]["words"])
    return words[-1] in openers or words[-1].endswith(("'s", "s'"))


def _counted(text: str, end: int) -> bool:
    """Whether a counted noun follows the number: "2000 troops" counts, it does not date."""
    follower = re.match(r"\s+([A-Za-z]+)", text[end : end + 30])
    if follower is None:
        return False
    return follower.group(1).lower() in _lexicons()["timeml"]["count_nouns"]


_Builder = Callable[[re.Match[str], str], "_Expr | None"]

# Pattern alternative -> the function that turns its match into an expression.
_BUILDERS: dict[str, _Builder] = {
    "iso": _build_iso,
    "num": _build_num,
    "mdy": _build_month_day,
    "dmy": _build_month_day,
    "dec": _build_dec,
    "modm": _build_modm,
    "mody": _build_mody,
    "modu": _build_modu,
    "my": _build_my,
    "bm": _build_bm,
    "yrr": _build_yrr,
    "hol": _build_hol,
    "sea": _build_sea,
    "day": _build_day,
    "vag": _build_vag,
    "ago": _build_ago,
    "inn": _build_inn,
    "pst": _build_pst,
    "ea": _build_ea,
    "rel": _build_rel,
    "wkd": _build_wkd,
    "wd": _build_wd,
    "yr": _build_yr,
}


def _expr(m: re.Match[str], text: str) -> _Expr | None:
    """The expression a match of the pattern stands for, or None when it is not a time."""
    builder = _BUILDERS.get(m.lastgroup or "")
    return builder(m, text) if builder else None


def _opt_int(digits: str | None) -> int | None:
    return int(digits) if digits else None


def _valid_day(month: int, day: int) -> bool:
    return 1 <= day <= calendar.monthrange(2020, month)[1]


def _date_expr(start: int, end: int, year: int, month: int, day: int) -> _Expr | None:
    if not 1 <= month <= 12 or not _valid_day(month, day):
        return None
    return _Expr(start, end, "date", year=year, month=month, day=day)
