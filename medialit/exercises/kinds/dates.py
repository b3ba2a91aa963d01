"""Give a date (`date`): a day, a month or a range, written in ISO form or in words."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar

from medialit.exercises.core import (
    AnswerError,
    Exercise,
    Feedback,
    Json,
    Mistake,
    Verdict,
    correct,
)
from medialit.exercises.text import quote

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?,?", re.IGNORECASE
)
# A day written in figures, 26/12/2021 or 26.12.2021: read day first, as British English
# writes it, unless only the other order makes a date.
_NUMERIC_DAY = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_RANGE_SPLIT = re.compile(r"\s*/\s*|\s+(?:to|until|through|-|–|—)\s+|(?<=\d)\s*[–—]\s*(?=\w)")


@dataclass(frozen=True, order=True)
class DateSpan:
    """A stretch of days from `first` to `last`, with the precision it was written at."""

    first: dt.date
    last: dt.date
    precision: str = field(compare=False, default="day")
    note: str = field(compare=False, default="")

    def __str__(self) -> str:
        if self.precision == "day":
            return f"{self.first.day} {calendar.month_name[self.first.month]} {self.first.year}"
        if self.precision == "month":
            return f"{calendar.month_name[self.first.month]} {self.first.year}"
        return f"{DateSpan(self.first, self.first)} to {DateSpan(self.last, self.last)}"


def _one_date(text: str) -> DateSpan:
    text = _WEEKDAYS.sub(" ", text).replace(",", " ").strip().lower()
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return DateSpan(day, day)
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})", text):
        return _month(int(m[1]), int(m[2]))
    words = re.findall(r"[a-z]+|\d+", text)
    months = [_MONTHS[w] for w in words if w in _MONTHS]
    numbers = [int(w.rstrip("stndrh")) for w in re.findall(r"\d+(?:st|nd|rd|th)?", text)]
    years = [n for n in numbers if n > 31]
    days = [n for n in numbers if n <= 31]
    unknown = [
        w
        for w in words
        if not w.isdigit() and w not in _MONTHS and w not in {"st", "nd", "rd", "th", "of"}
    ]
    if len(months) == 1 and not years and len(days) == 1 and not unknown:
        raise _NoYear(f"{days[0]} {calendar.month_name[months[0]]}")
    if len(months) == 1 and len(years) == 1 and len(days) <= 1 and not unknown:
        if days:
            day = dt.date(years[0], months[0], days[0])
            return DateSpan(day, day)
        return _month(years[0], months[0])
    raise ValueError(text)


class _NoYear(ValueError):
    """A day and month written without a year."""


def _numeric_days(text: str) -> tuple[str, str]:
    """Rewrite days written in figures as ISO dates, with a note when the order is ambiguous."""
    notes: list[str] = []

    def iso(m: re.Match[str]) -> str:
        first, second, year = int(m[1]), int(m[2]), m[3]
        day, month = (second, first) if first <= 12 < second else (first, second)
        if first <= 12 and second <= 12 and first != second:
            notes.append(
                f"I read {m[0]} day first, as British English writes it: "
                f"{day} {calendar.month_name[month]} {year}. Writing the month in words "
                "leaves no doubt."
            )
        return f"{year}-{month:02d}-{day:02d}"

    return _NUMERIC_DAY.sub(iso, text), " ".join(notes)


def _month(year: int, month: int) -> DateSpan:
    last = calendar.monthrange(year, month)[1]
    return DateSpan(dt.date(year, month, 1), dt.date(year, month, last), "month")


def parse_date(text: str) -> DateSpan:
    """Read a day, a month or a range written in ISO form or in words.

    >>> str(parse_date("Sunday, 26 December 2021"))
    '26 December 2021'
    >>> parse_date("Dec 2021").precision
    'month'
    >>> str(parse_date("24-26 December 2021"))
    '24 December 2021 to 26 December 2021'
    """
    clean, note = _numeric_days(" ".join(text.split()))
    try:
        return replace(_parse(clean), note=note)
    except _NoYear as err:
        raise AnswerError(
            f"{quote(text)} gives the day and month ({err}) but not the year: which year is "
            "it? Add the year too."
        ) from None
    except ValueError:
        pass
    raise AnswerError(
        f"I cannot read {quote(text)} as a date. Write it like 2021-12-26, 26 December 2021, "
        "December 2021 or 2021-12-24/2021-12-26."
    )


def _parse(clean: str) -> DateSpan:
    if m := re.fullmatch(r"(\d{1,2})\s*[-–]\s*(\d{1,2})\s+([A-Za-z]+\.?)\s+(\d{4})", clean):
        return _range(_one_date(f"{m[1]} {m[3]} {m[4]}"), _one_date(f"{m[2]} {m[3]} {m[4]}"))
    parts = _RANGE_SPLIT.split(clean) if not re.fullmatch(r"[\d-]+", clean) else [clean]
    if len(parts) == 2:
        return _range(_one_date(parts[0]), _one_date(parts[1]))
    if len(parts) == 1:
        return _one_date(clean)
    raise ValueError(clean)


def _range(first: DateSpan, last: DateSpan) -> DateSpan:
    if last.last < first.first:
        raise ValueError("a range must end after it starts")
    return DateSpan(first.first, last.last, "range")


def _only_the_year_differs(given: DateSpan, key: DateSpan) -> str:
    """What to say when the answer is the right day or month of another year, else ''."""
    if given.precision != key.precision or given.first.year == key.first.year:
        return ""
    if given.precision == "range":
        return ""
    moved = (given.first.month, given.first.day, given.last.month, given.last.day)
    if moved != (key.first.month, key.first.day, key.last.month, key.last.day):
        return ""
    what = "day and month are" if given.precision == "day" else "month is"
    return f"The {what} right, but the year {given.first.year} is not: check the year."


@dataclass(frozen=True, kw_only=True)
class DateAnswer(Exercise):
    """Give a date; only an answer as precise as the key (a day, a month or a range) is right.

    An answer less precise than the key (a month for a day) or more precise (a day
    for a month or a range) holds the right place in time, not the right answer,
    so it gets partial credit and a message about the precision.

    >>> ex = DateAnswer(id="d", prompt="When?", key="2021-12-26")
    >>> print(ex.check("December 2021"))
    ◐ Partly right — Right month. The evidence narrows it down to one day.
    >>> print(ex.check("2022-01-02"))
    ✗ Not yet — That is 7 days too late.
    >>> print(DateAnswer(id="d", prompt="When?", key="2021-12-11/2021-12-20").check("2021-12-15"))
    ◐ Partly right — 15 December 2021 falls inside the answer, but one day is more precise \
than the evidence: the answer is a range. Give its first and last day.
    """

    kind: ClassVar[str] = "date"
    control: ClassVar[str] = "line"

    key: str

    @property
    def key_span(self) -> DateSpan:
        return parse_date(self.key)

    @property
    def reference(self) -> str:
        return self.key

    @property
    def blank_message(self) -> str:
        return "Type a date first, then press Check."

    def read(self, answer: Any) -> str | None:
        if answer is None:
            return None
        text = " ".join(str(answer).split())
        if text:
            parse_date(text)
        return text

    def grade(self, value: Json) -> Feedback:
        given = parse_date(value)
        feedback = self._grade(given, self.key_span)
        if given.note:
            return replace(feedback, notes=(*feedback.notes, given.note))
        return feedback

    def _grade(self, given: DateSpan, key: DateSpan) -> Feedback:
        if (given.first, given.last) == (key.first, key.last):
            return correct(f"{given} fits the evidence.", self.explanation)
        days_given = (given.last - given.first).days + 1
        days_key = (key.last - key.first).days + 1
        if key.first <= given.first and given.last <= key.last:
            return Feedback(
                Verdict.PARTLY, round(days_given / days_key, 3), self._too_precise(given, key)
            )
        if given.first <= key.first and key.last <= given.last:
            extra = days_given - days_key
            if given.precision == "month" and key.precision == "day":
                message = "Right month. The evidence narrows it down to one day."
            elif key.precision == "day":
                message = f"Your dates hold the right day and {extra} more; the evidence narrows "
                message += "it down to one day."
            else:
                message = f"Your answer holds the right dates and {extra} more; narrow it down."
            return Feedback(Verdict.PARTLY, round(days_key / days_given, 3), message)
        if given.first <= key.last and key.first <= given.last:
            shared = (min(given.last, key.last) - max(given.first, key.first)).days + 1
            union = (max(given.last, key.last) - min(given.first, key.first)).days + 1
            message = "Your dates overlap the answer, but part of them falls outside it."
            return Feedback(Verdict.PARTLY, round(shared / union, 3), message)
        if wrong_year := _only_the_year_differs(given, key):
            return Feedback(Verdict.INCORRECT, 0.0, wrong_year)
        if given.last < key.first:
            gap, side = (key.first - given.last).days, "early"
        else:
            gap, side = (given.first - key.last).days, "late"
        unit = "day" if gap == 1 else "days"
        return Feedback(Verdict.INCORRECT, 0.0, f"That is {gap} {unit} too {side}.")

    @staticmethod
    def _too_precise(given: DateSpan, key: DateSpan) -> str:
        # The answer sits inside the key but claims more than the evidence says.
        if key.precision == "month":
            what = str(given) if given.precision == "day" else "Your dates"
            return (
                f"{what} {'is' if given.precision == 'day' else 'are'} in the right month, but "
                "the evidence gives only the month. Write the month and year."
            )
        if given.precision == "day":
            return (
                f"{given} falls inside the answer, but one day is more precise than the "
                "evidence: the answer is a range. Give its first and last day."
            )
        return (
            "Your dates fall inside the answer, but the evidence gives a wider range. Widen yours."
        )

    def matches(self, mistake: Mistake, value: Json) -> bool:
        try:
            wrong = parse_date(str(mistake.answer))
        except AnswerError:
            return False
        given = parse_date(value)
        return (wrong.first, wrong.last) == (given.first, given.last)
