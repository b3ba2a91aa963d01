"""Finding what TimeML marks beyond calendar dates: quarters, fiscal years, the present,
durations ("for three years"), repetitions ("every Monday") and clock times."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import cast

from medialit.timeline.finding import (
    _build_ago,
    _build_inn,
    _build_month_day,
    _counted,
    _Expr,
    _mod,
    _number,
    _opt_int,
    _valid_day,
)
from medialit.timeline.lexicon import _lexicons

# "the year" is a year only after a word that introduces a time: "for the year", "in the year".
_YEAR_INTRO = re.compile(r"\b(?:for|in|during|of|through|throughout|over)\s+$", re.IGNORECASE)
_ENDED = re.compile(r"\s+(?:ended|ending)\b", re.IGNORECASE)
# "a year" is a repetition after an amount ("$5 a year", "twice a day"), else a length of time.
_AMOUNT = re.compile(
    r"(?:\d|%|\$|£|€|\b(?:cents?|dollars?|percent|pounds?|euros?|times|twice|once|miles|tons?))"
    r"[^\s]*\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)


def _timeml() -> dict[str, dict[str, object]]:
    found: dict[str, dict[str, object]] = _lexicons()["timeml"]
    return found


def _duration_code(amount: str, unit: str) -> str:
    """TimeML's value for a length of time: P3Y, P2W, PT5H; PXY when the count is vague."""
    word = unit.lower()
    key = "century" if word.startswith("centur") else word.rstrip("s") if word != "days" else "day"
    code = str(_timeml()["duration_units"][key])
    if code == "W2":
        code, amount = "W", str(2 * int(amount)) if amount.isdigit() else amount
    if code in ("DE", "CE") and amount.isdigit():
        # TimeML counts decades and centuries in years: "two decades" is P20Y.
        code, amount = "Y", str(int(amount) * (10 if code == "DE" else 100))
    elif code == "DE":
        code = "Y"  # "for decades": an unsaid number of years, PXY
    time = code.startswith("T")
    return f"P{'T' if time else ''}{amount}{code.removeprefix('T')}"


def _speaks_of_quarters(rel: str | None, text: str, *, by_year: int | None = None) -> bool:
    """ "The latest period" and "the 1988 period" are quarters in a text that reports quarters;
    "the period" is not."""
    named = rel is not None and " ".join(rel.lower().split()) not in ("the", "")
    named = named or by_year is not None
    return named and re.search(r"\bquarter", text, re.IGNORECASE) is not None


_UNIT_AFTER = re.compile(r"\s+(?:centuries|decades|years|months|weeks|days|hours|minutes)\b", re.I)


def _build_spy(m: re.Match[str], text: str) -> _Expr | None:
    """A year spelled as speech says it: "nineteen ninety-six", "two thousand and one"."""
    g = m.group
    if _UNIT_AFTER.match(text, m.end()) or _counted(text, m.end()):
        return None  # "two thousand hours", "nineteen eighty people": a count, not a year
    if g("spy_t"):
        year = 2000 + (_number(g("spy_u"))[0] if g("spy_u") else 0)
    else:
        century = 1900 if g("spy_c").lower() == "nineteen" else 2000
        year = century + _number(g("spy_r"))[0]
    return _Expr(m.start(), m.end(), "year", year=year)


def _build_qtr(m: re.Match[str], text: str) -> _Expr | None:
    g = m.group
    rel, order, year_rel = g("qtr_rel"), g("qtr_ord"), g("qtr_yrel")
    if rel is None and order is None and year_rel is None:
        return None
    year = _opt_int(g("qtr_y") or g("qtr_y0"))
    if g("qtr_q").lower() == "period" and not _speaks_of_quarters(rel, text, by_year=year):
        return None
    tm = _timeml()
    step = None
    if rel is not None:
        key = " ".join(rel.lower().split())
        key = key.removeprefix("the ") if key != "the" else key
        step = int(str(tm["quarter_relations"].get(key, 0)))
        with_year_back = cast("list[str]", tm["quarter_relations_with_year_back"]["words"])
        if key in with_year_back and not g("qtr_ago"):
            return None  # "the same quarter" alone points to a quarter the text names elsewhere
    number = int(str(tm["quarter_ordinals"][order.lower()])) if order else None
    year_step = None if year_rel is None else int(_lexicons()["directions"][year_rel.lower()])
    if g("qtr_ago") and year is None:
        # "the quarter a year ago", "the third quarter last year": the same quarter a year back
        if step is not None:
            step -= 4
        elif year_step is None:
            year_step = -1
    start = m.start()
    if order and (rel or "").lower() == "the" and text.startswith("-", m.end("qtr_ord")):
        start = m.start("qtr_ord")  # "the third-quarter results": the article is the noun's
    return _Expr(
        start, m.end(), "quarter", year=year, step=step, number=number, year_step=year_step
    )


def _build_half(m: re.Match[str], text: str) -> _Expr | None:
    """A half of a year: "the first half of 2022", "the second half of last year"."""
    g = m.group
    alone = g("half_y") is None and g("half_r") is None and not m.group().lower().endswith("year")
    # Alone, "the second half" is a year's only where the text reports quarters or fiscal years,
    # not a game's or a book's.
    if alone and (text.startswith(" of", m.end()) or not _REPORTS_PERIODS.search(text)):
        return None
    number = int(str(_timeml()["half_ordinals"][g("half_o").lower()]))
    year_rel = g("half_r")
    year_step = None if year_rel is None else int(_lexicons()["directions"][year_rel.lower()])
    if year_step is None and m.group().lower().endswith("year"):
        year_step = 0
    return _Expr(
        m.start(), m.end(), "half", year=_opt_int(g("half_y")), number=number, year_step=year_step
    )


_ONE_DAY = re.compile(r"(?i:one\s+day)")
_REPORTS_PERIODS = re.compile(r"\b(?:quarter|fiscal)", re.IGNORECASE)


def _build_yb(m: re.Match[str], text: str) -> _Expr | None:
    # "a year-earlier loss": the same period a year before the one the text last named
    if _count_of_units().match(text, m.end()):
        return None  # "the year-earlier nine months": it qualifies a length, found on its own
    return _Expr(m.start(), m.end(), "event", unit="year", step=-1, amount=(1, 1))


@cache
def _count_of_units() -> re.Pattern[str]:
    """A count of units after a word: " nine months", " 12 weeks"."""
    words = "|".join(re.escape(w) for w in sorted(_lexicons()["numbers"], key=len, reverse=True))
    return re.compile(rf"\s+(?:\d+|(?:{words}))\s+(?:years|months|weeks|days|quarters)\b", re.I)


def _build_fyn(m: re.Match[str], text: str) -> _Expr | None:
    return _Expr(m.start(), m.end(), "year", year=int(m.group("fyn_y")))


def _build_fy(m: re.Match[str], text: str) -> _Expr | None:
    g = m.group
    start, end = m.start(), m.end()
    before = text[max(0, start - 12) : start]
    if _ENDED.match(text, end):
        # "the year ended March 31": twelve months up to that day, not the calendar year
        return _Expr(start, end, "duration", code="P1Y")
    if g("fy_rel") is None and g("fy_f") is None and not _YEAR_INTRO.search(before):
        return None
    # With no end day named, "for the year" is the year itself: "a high for the year".
    step = 1 if (g("fy_rel") or "").lower() == "coming" else 0
    return _Expr(start, end, "unit", unit="year", step=step)


def _build_ye(m: re.Match[str], text: str) -> _Expr | None:
    return _Expr(m.start(), m.end(), "unit", unit="year", step=0, mod="LATE")


def _build_pres(m: re.Match[str], text: str) -> _Expr | None:
    if m.group("pres_a"):
        name = _timeml()["present_adjectives"][m.group("pres_a").lower()]
        return _Expr(m.start(), m.end(), "vague", name=str(name))
    key = " ".join(m.group("pres_w").lower().split())
    return _Expr(m.start(), m.end(), "vague", name=str(_timeml()["present"][key]))


def _build_setwd(m: re.Match[str], text: str) -> _Expr | None:
    """ "every Monday" XXXX-WXX-1, "each July" XXXX-07, "every summer" XXXX-SU."""
    g = m.group
    if g("setwd_m"):
        code = f"XXXX-{int(_lexicons()['months'][g('setwd_m').lower()]):02d}"
    elif g("setwd_s"):
        code = f"XXXX-{_lexicons()['seasons'][g('setwd_s').lower()]['code']}"
    else:
        code = f"XXXX-WXX-{int(_lexicons()['weekdays'][g('setwd_d').lower()]) + 1}"
    return _Expr(m.start(), m.end(), "set", code=code)


def _build_set(m: re.Match[str], text: str) -> _Expr | None:
    start, end = m.start(), m.end()
    key = " ".join(m.group("set_w").lower().split())
    code = str(_timeml()["sets"][key])
    if key.startswith(("a ", "an ")) and not _AMOUNT.search(text[max(0, start - 40) : start]):
        return _Expr(start, end, "duration", code=code)
    return _Expr(start, end, "set", code=code)


def _build_dl(m: re.Match[str], text: str) -> _Expr | None:
    # "a year-long strike" lasts a year; "a decades-long feud" lasts an unsaid number of them
    unit = m.group("dl_u")
    amount = "X" if unit.lower().endswith("s") else "1"
    return _Expr(m.start(), m.end(), "duration", code=_duration_code(amount, unit))


def _build_bp(m: re.Match[str], text: str) -> _Expr | None:
    # "for weeks", "in years": a length of time whose count is not said
    code = _duration_code("X", m.group("bp_u"))
    return _Expr(m.start("bp_u"), m.end(), "duration", code=code)


# "a second group", "a second term": the ordinal, not a length of time
_ORDINAL_SECOND = re.compile(r"\s+(?!(?:ago|later|earlier|before|after|or|and|of|to|in)\b)[a-z]")


# "three quarters of the vote" is a share of a whole; "several quarters of losses" a length.
_FRACTION_OF = re.compile(
    r"\s+of\s+(?:the|a|an|its|their|his|her|our|all|this|that|these|those)\b", re.IGNORECASE
)


# A half of a unit, in the next smaller one: "5 1/2 hours" is PT5H30M, "2.5 years" P2Y6M.
_HALVES = {"year": "P{}Y6M", "day": "P{}DT12H", "hour": "PT{}H30M", "minute": "PT{}M30S"}


def _half_code(whole: int, unit: str) -> str | None:
    form = _HALVES.get(unit.lower().removesuffix("s"))
    return None if form is None else form.format(whole)


@cache
def _future_before() -> re.Pattern[str]:
    """A word of the future or a modal of possibility just before: "will ", "may "."""
    lex = _lexicons()
    words = sorted({*lex["future"], *lex["modal_future"]}, key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    # In lower case only: "in May one day" names a month.
    return re.compile(rf"\b(?:{alternatives})\s+$")


def _build_dur(m: re.Match[str], text: str) -> _Expr | None:
    words = m.group("dur_n")
    if len(words) == 4 and words.isdigit():
        return None  # "the 1988 second quarter": a year, not a count
    if m.group("dur_u").lower() == "second" and _ORDINAL_SECOND.match(text, m.end()):
        return None
    if m.group("dur_u").lower() == "quarters" and _FRACTION_OF.match(text, m.end()):
        return None  # "three quarters of the shares": a share, not a length of time
    half = re.fullmatch(r"(\d+)(?:\.5|\s+1/2)", words)
    if half is not None:
        code = _half_code(int(half.group(1)), m.group("dur_u"))
        return None if code is None else _Expr(m.start(), m.end(), "duration", code=code)
    start = m.start()
    if _ONE_DAY.fullmatch(m.group()) and _future_before().search(text, max(0, start - 16), start):
        # "Islam will one day be...": after a word of the future "one day" is some time ahead,
        # not a length
        return _Expr(start, m.end(), "vague", name="FUTURE_REF")
    if m.group("dur_h") and text[start : start + 4].lower() == "the ":
        # "the 30-day period": the number and unit modify a noun; the article is the noun's
        start += 4
    amount = timeml_amount(words)
    if amount is None:
        return None
    return _Expr(start, m.end(), "duration", code=_duration_code(amount, m.group("dur_u")))


def timeml_amount(words: str) -> str | None:
    """The count of a length of time as TimeML writes it: "3", "2" for "a couple of", "X" when
    vague ("several"); None when the words are no count."""
    if words.isdigit():
        return str(int(words))
    key = " ".join(words.lower().split())
    counted = _timeml()["vague_counts"].get(key)
    if counted is not None:
        return str(counted)
    try:
        lo, hi = _number(words)
    except (KeyError, ValueError):
        return None
    return str(lo) if lo == hi else "X"


def _build_before_after(m: re.Match[str], text: str) -> _Expr | None:
    """ "Two months after the vote": TimeML marks the length of time, "after" is a signal."""
    word = m.group("ago_w").lower()
    if word not in ("before", "after"):
        return _build_ago(m, text)
    try:
        lo, hi = _number(m.group("ago_n"))
    except (KeyError, ValueError):
        return None
    code = _duration_code(str(lo) if lo == hi else "X", m.group("ago_u"))
    return _Expr(m.start(), m.end("ago_u"), "duration", code=code)


# The words of the clause before "in a year", back to a comma or a sentence's end.
_CLAUSE_BEFORE = re.compile(r"([^,;:.!?]{0,60})$")


def _build_in_record(m: re.Match[str], text: str) -> _Expr | None:
    """ "The wettest month in a year": after a record or an ordinal, "in a year" is the stretch
    looked back over (P1Y), not the date a year ahead."""
    clause = _CLAUSE_BEFORE.search(text, max(0, m.start() - 60), m.start())
    words = re.findall(r"[a-z]+", clause.group(1).lower()) if clause else []
    records = set(_timeml()["record_words"]["words"])  # type: ignore[call-overload]
    if m.group("inn_w").lower() != "in" or not records.intersection(words[-6:]):
        return _build_inn(m, text)
    amount = timeml_amount(m.group("inn_n"))
    if amount is None:
        return None
    code = _duration_code(amount, m.group("inn_u"))
    return _Expr(m.start("inn_n"), m.end("inn_u"), "duration", code=code)


def _build_cen(m: re.Match[str], text: str) -> _Expr | None:
    digits, word = m.group("cen_d"), m.group("cen_w")
    if digits:
        number = int(digits)
    else:
        number = int(str(_timeml()["century_ordinals"][" ".join(word.lower().split())]))
    if not 1 <= number <= 99:
        return None
    return _Expr(m.start(), m.end(), "century", number=number)


def _build_sdec(m: re.Match[str], text: str) -> _Expr | None:
    # "the nineties": the latest such decade, as for "the '90s"
    years = int(str(_timeml()["spelled_decades"][m.group("sdec_w").lower()]))
    mod = _mod(m.group("sdec_mod"))
    return _Expr(m.start(), m.end(), "decade", year=years, mod=mod, name="short")


_HIGH = re.compile(r"\bhigh\s+$", re.IGNORECASE)


_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def _build_told_hour(m: re.Match[str], text: str) -> _Expr | None:
    """ "6 in the morning", "nine at night": an hour told by the part of the day after it."""
    g = m.group
    before = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
    openers = cast("list[str]", _timeml()["clock_openers"]["words"])
    if not g("clk_oc") and (before is None or before.group(1).lower() not in openers):
        return None  # "2 in the morning session": a count, not a time
    word = g("clk_h2").lower()
    hour = int(word) if word.isdigit() else int(str(_lexicons()["numbers"][word]))
    minute = int(g("clk_m2") or 0)
    if not 1 <= hour <= 12 or minute > 59:
        return None
    side = str(_timeml()["clock_parts"][" ".join(g("clk_p").lower().split())])
    if side == "night" and hour == 12:
        part = "24:00" if not minute else f"00:{minute:02d}"  # midnight, or just after it
        return _Expr(m.start(), m.end(), "clock", part=part)
    if side == "night":
        side = "am" if hour <= 5 else "pm"
    hour = hour % 12 + (12 if side == "pm" else 0)
    return _Expr(m.start(), m.end(), "clock", part=f"{hour:02d}:{minute:02d}")


def _build_clk(m: re.Match[str], text: str) -> _Expr | None:
    g = m.group
    if g("clk_h2"):
        return _build_told_hour(m, text)
    if g("clk_n"):
        if _HIGH.search(text, max(0, m.start() - 6), m.start()):
            return None  # "high noon": a figure of speech
        clock = str(_timeml()["clock_words"][g("clk_n").lower()])
        return _Expr(m.start(), m.end(), "clock", part=clock)
    hour, minute = int(g("clk_h")), int(g("clk_m") or 0)
    if not 1 <= hour <= 12 or minute > 59:
        return None
    hour = hour % 12 + (12 if g("clk_ap").lower().startswith("p") else 0)
    return _Expr(m.start(), m.end(), "clock", part=f"{hour:02d}:{minute:02d}")


def _build_mdy(m: re.Match[str], text: str) -> _Expr | None:
    """ "May 14 and 15": two days of one month, which TimeML marks apart."""
    first = _build_month_day(m, text)
    second_day = _opt_int(m.group("mdy_d3"))
    if first is None or second_day is None or first.month is None:
        return first
    if second_day <= (first.day or 0) or not _valid_day(first.month, second_day):
        return replace(first, end=m.end("mdy_d"))
    day1 = replace(first, end=m.end("mdy_d"))
    day2 = replace(day1, start=m.start("mdy_d3"), end=m.end(), day=second_day, weekday=None)
    return _Expr(first.start, m.end(), "range", parts=(day1, day2))


BUILDERS = {
    "cen": _build_cen,
    "sdec": _build_sdec,
    "qtr": _build_qtr,
    "half": _build_half,
    "fyn": _build_fyn,
    "yb": _build_yb,
    "fy": _build_fy,
    "ye": _build_ye,
    "pres": _build_pres,
    "setwd": _build_setwd,
    "set": _build_set,
    "spy": _build_spy,
    "dl": _build_dl,
    "bp": _build_bp,
    "dur": _build_dur,
    "clk": _build_clk,
    "ago": _build_before_after,
    "inn": _build_in_record,
    "mdy": _build_mdy,
}
