"""Tests for time expressions newswire writes in fuller forms: the weekend after any
preposition of time, years with a prefix, a quarter with a year back, "then current",
"in a year or two", "Easter week", "the year-earlier nine months", "at the time", years counted
from a written day, "last February" on 1 March, "will one day", "a June agreement"."""

from __future__ import annotations

import datetime as dt

import pytest

from medialit.timeline import timexes
from medialit.timeline.timeml import timeml_items

D = dt.date
# 5 June 2024 is a Wednesday.
PAGE = D(2024, 6, 5)


def _timeml(text: str, anchor: dt.date = PAGE) -> list[tuple[str, str, str | None]]:
    found = timeml_items(timexes(text, document_date=anchor))
    return [(t.text, t.timeml_type, t.timeml_value) for t in found]


WEEKENDS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # The tense says which weekend, whatever the preposition.
    (
        "Shops will stock up ahead of the weekend.",
        [("the weekend", "DATE", "2024-W23-WE")],
    ),
    (
        "The ferry had stopped running before the weekend.",
        [("the weekend", "DATE", "2024-W22-WE")],
    ),
    ("The council will reply by the weekend.", [("the weekend", "DATE", "2024-W23-WE")]),
    # A weekend that is no time at all stays out.
    ("The weekend edition sold out.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), WEEKENDS)
def test_the_weekend_after_a_preposition_of_time(
    text_in: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _timeml(text_in) == expected


PREFIXED_YEARS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    (
        "The post-1989 borders split the valley.",
        [("post-1989", "DATE", "1989")],
    ),
    ("Pre-1970 cars pay no road tax.", [("Pre-1970", "DATE", "1970")]),
    # A number with no prefix and no word of time before it stays a number.
    ("The club sold 1970 tickets.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), PREFIXED_YEARS)
def test_a_year_with_pre_or_post_is_a_year(
    text_in: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _timeml(text_in) == expected


# 25 October 2023: the last quarter that has ended is 2023-Q3.
QUARTERS_BACK: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    (
        "Harbor Foods earned $4 million in the quarter a year ago.",
        [("the quarter a year ago", "DATE", "2022-Q3")],
    ),
    (
        "Its third-quarter loss follows a small gain made in the corresponding period last year.",
        [
            ("third-quarter", "DATE", "2023-Q3"),
            ("the corresponding period last year", "DATE", "2022-Q3"),
        ],
    ),
    (
        "Sales in the second quarter a year earlier were flat.",
        [("the second quarter a year earlier", "DATE", "2022-Q2")],
    ),
    # Without the year back, "the same quarter" points to one named elsewhere.
    ("Costs rose in the same quarter.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), QUARTERS_BACK)
def test_a_quarter_followed_by_a_year_back_is_that_quarter_a_year_before(
    text_in: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _timeml(text_in, D(2023, 10, 25)) == expected


THEN_CURRENT: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    (
        "Holders could buy shares at half the then current market price.",
        [("then current", "DATE", "PAST_REF")],
    ),
    ("The then-current mayor opened the bridge.", [("then-current", "DATE", "PAST_REF")]),
    ("The current mayor opened the bridge.", [("current", "DATE", "PRESENT_REF")]),
]


@pytest.mark.parametrize(("text_in", "expected"), THEN_CURRENT)
def test_then_before_current_moves_it_to_the_past(
    text_in: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _timeml(text_in) == expected


OPEN_COUNTS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    ("You may, in a month or two, see results.", [("a month or two", "DATE", "FUTURE_REF")]),
    (
        "The dam will be finished in three years or so.",
        [("three years or so", "DATE", "FUTURE_REF")],
    ),
    # A count given exactly still dates.
    ("The dam will be finished in three years.", [("in three years", "DATE", "2027")]),
    ("The board will decide within a week or so.", [("within a week", "DURATION", "P1W")]),
]


@pytest.mark.parametrize(("text_in", "expected"), OPEN_COUNTS)
def test_in_a_count_left_open_is_a_time_ahead(
    text_in: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _timeml(text_in) == expected


def test_a_holiday_followed_by_week_is_the_week_that_holds_it() -> None:
    # Easter 2024 fell on 31 March, the Sunday of ISO week 13.
    assert _timeml("Crowds filled the square as Easter week began.", D(2024, 3, 25)) == [
        ("Easter week", "DATE", "2024-W13")
    ]
    assert _timeml("Crowds filled the square at Easter.", D(2024, 3, 25)) == [
        ("Easter", "DATE", "2024-03-31")
    ]


YEAR_BACK_LENGTHS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # "year-earlier" before a count qualifies the length; TimeML marks the length.
    (
        "Earnings over the year-earlier nine months held a one-off gain.",
        [("nine months", "DURATION", "P9M")],
    ),
    ("Sales in the year-ago 12 weeks fell.", [("12 weeks", "DURATION", "P12W")]),
    # Before anything else it still names the period a year back.
    (
        "Third-quarter profit rose from the year-earlier level.",
        [("Third-quarter", "DATE", "2023-Q3"), ("year-earlier", "DATE", "2022-Q3")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), YEAR_BACK_LENGTHS)
def test_year_earlier_before_a_count_qualifies_the_length(
    text_in: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _timeml(text_in, D(2023, 10, 25)) == expected


def test_at_the_time_is_a_past_the_text_speaks_of() -> None:
    found = timexes(
        "The mayor spoke in May, saying at the time the bridge was safe.", document_date=PAGE
    )
    at_the_time = [t for t in found if t.text == "at the time"]
    assert [(t.resolved, t.timeml_value) for t in at_the_time] == [(False, "PAST_REF")]


def test_a_quarter_counted_back_says_how_far_in_its_rule() -> None:
    found = timexes("Costs fell from the quarter a year ago.", document_date=D(2023, 10, 25))
    assert [(t.value, t.rule) for t in found] == [
        (
            "2022-Q3",
            "quarter: 4 quarters before the last quarter that ended before the page's date "
            "(2023-10-25)",
        )
    ]


YEARS_FROM_A_DAY: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # Counted in years from a day written with its number: the same day, as balances compare.
    (
        "Debt stood at $5 million on Sept. 30, up from $4 million a year earlier.",
        [("Sept. 30", "DATE", "2023-09-30"), ("a year earlier", "DATE", "2022-09-30")],
    ),
    (
        "The mill opened on May 2, 2015. Two years later it closed.",
        [("May 2, 2015", "DATE", "2015-05-02"), ("Two years later", "DATE", "2017-05-02")],
    ),
    # From a weekday, or as "the following year", only the year.
    (
        "The dam burst on Friday. A year earlier a flood hit.",
        [("Friday", "DATE", "2023-10-20"), ("A year earlier", "DATE", "2022")],
    ),
    (
        "The mill opened on May 2, 2015, and the following year it closed.",
        [("May 2, 2015", "DATE", "2015-05-02"), ("the following year", "DATE", "2016")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), YEARS_FROM_A_DAY)
def test_years_counted_from_a_written_day_keep_the_day(
    text_in: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _timeml(text_in, D(2023, 10, 25)) == expected


# 1 March 1998: the month just past is February.
LAST_MONTHS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    ("Two helicopters crashed last February.", [("last February", "DATE", "1997-02")]),
    ("The mine closed last January.", [("last January", "DATE", "1998-01")]),
    ("The mine closed last March.", [("last March", "DATE", "1997-03")]),
]


@pytest.mark.parametrize(("text_in", "expected"), LAST_MONTHS)
def test_last_before_the_month_just_past_is_a_year_back(
    text_in: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _timeml(text_in, D(1998, 3, 1)) == expected


ONE_DAY: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    ("The valley will one day be a lake.", [("one day", "DATE", "FUTURE_REF")]),
    ("She may one day return to the village.", [("one day", "DATE", "FUTURE_REF")]),
    # Anywhere else it is a length.
    ("The strike lasted one day.", [("one day", "DURATION", "P1D")]),
    ("He had been in the post one day.", [("one day", "DURATION", "P1D")]),
]


@pytest.mark.parametrize(("text_in", "expected"), ONE_DAY)
def test_one_day_after_a_word_of_the_future_is_some_time_ahead(
    text_in: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _timeml(text_in) == expected


# 25 October 2023.
MONTH_MODIFIERS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # A month between an article and a noun names an event already reported.
    (
        "The ferry firm still hopes to sell its docks under a June agreement with its lenders.",
        [("June", "DATE", "2023-06")],
    ),
    (
        "The minister was flown in to make the early-August visit.",
        [("early-August", "DATE", "2023-08")],
    ),
    # A sure cue still says it is ahead.
    ("The December summit will set the budget.", [("December", "DATE", "2023-12")]),
    # "a" before a month with no noun after it is not taken for a date.
    ("Of the twins, one is an April, the other a May.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), MONTH_MODIFIERS)
def test_a_month_used_as_a_modifier_is_past(
    text_in: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _timeml(text_in, D(2023, 10, 25)) == expected
