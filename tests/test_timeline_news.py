"""Tests for how the timeline reads time expressions as newswire writes them, by the TimeML
conventions: the direction of a bare weekday, parts of the day, the present and the past."""

from __future__ import annotations

import datetime as dt

import pytest

from medialit.timeline import timexes
from medialit.timeline.timeml import timeml_items

D = dt.date


def _timeml(text: str, anchor: dt.date) -> list[tuple[str, str, str | None]]:
    found = timeml_items(timexes(text, document_date=anchor))
    return [(t.text, t.timeml_type, t.timeml_value) for t in found]


# 5 June 2024 is a Wednesday.
WEEKDAYS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # A day named with a possessive names an event already reported.
    (
        "Lawyers for the family said they would appeal Tuesday's ruling.",
        [("Tuesday", "DATE", "2024-06-04")],
    ),
    # So does a day used as a modifier after "the", unless a sure cue says it is ahead: a
    # guessed one ("by") is not enough.
    (
        "Shareholders tendering 90% by the Tuesday deadline receive cash.",
        [("Tuesday", "DATE", "2024-06-04")],
    ),
    ("Owners hurry to sell ahead of the Tuesday deadline.", [("Tuesday", "DATE", "2024-06-11")]),
    ("Shareholders tendering by Tuesday receive cash.", [("Tuesday", "DATE", "2024-06-11")]),
    # A date right after a limit, put off to by a verb of putting off, is still ahead.
    (
        "Officials postponed until Tuesday any decision on the permit.",
        [("Tuesday", "DATE", "2024-06-11")],
    ),
    ("The bank extended the loans through January.", [("January", "DATE", "2025-01")]),
    ("The mayor extended his thanks to the crew on Tuesday.", [("Tuesday", "DATE", "2024-06-04")]),
    # A future cue after the day does not govern it; one before it does.
    ("On Friday, the council planned to vote on the budget.", [("Friday", "DATE", "2024-05-31")]),
    ("The ministers will meet on Friday.", [("Friday", "DATE", "2024-06-07")]),
    # A guessed future cue ("until") yields to a sure past one in the clause.
    ("Until Monday, the police had not named a suspect.", [("Monday", "DATE", "2024-06-03")]),
    ("The shelter has enough food until Friday.", [("Friday", "DATE", "2024-06-07")]),
    # An intention is a sure cue ahead; one reported as already past ("had been due") is not.
    ("The union said it does not plan to strike on Monday.", [("Monday", "DATE", "2024-06-10")]),
    ("The ferry was ready to leave as soon as Friday.", [("Friday", "DATE", "2024-06-07")]),
    ("The permit had been due to expire on Monday.", [("Monday", "DATE", "2024-06-03")]),
    ("The vote went ahead as originally planned on Tuesday.", [("Tuesday", "DATE", "2024-06-04")]),
]


@pytest.mark.parametrize(("text_in", "expected"), WEEKDAYS)
def test_a_bare_weekday_is_the_one_just_past_unless_a_sure_cue_says_ahead(
    text_in: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _timeml(text_in, D(2024, 6, 5)) == expected


LENGTHS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # Before or after an event, the count is a length of time and the preposition a signal.
    (
        "Two months after the election, the coalition collapsed.",
        [("Two months", "DURATION", "P2M")],
    ),
    ("The permit must be filed 30 days before work starts.", [("30 days", "DURATION", "P30D")]),
    ("Several weeks before the vote, polls were level.", [("Several weeks", "DURATION", "PXW")]),
    # Decades count in years, an unsaid number of them too.
    ("The decades-long feud ended.", [("decades-long", "DURATION", "PXY")]),
    ("For decades the mill was idle.", [("decades", "DURATION", "PXY")]),
    ("A year-long strike ended.", [("year-long", "DURATION", "P1Y")]),
    # TimeML counts "a couple" as two.
    ("Repairs may take a couple of years.", [("a couple of years", "DURATION", "P2Y")]),
    (
        "Rents will climb over the next couple of months.",
        [("the next couple of months", "DURATION", "P2M")],
    ),
    # A count that adds to a running length ("two more weeks") is still that length.
    ("The strike could last two more weeks.", [("two more weeks", "DURATION", "P2W")]),
    ("The lease runs for an additional year.", [("an additional year", "DURATION", "P1Y")]),
    ("Exports fell for three straight years.", [("three straight years", "DURATION", "P3Y")]),
    # Quarters count as quarters; "three quarters of the vote" is a share, not a length.
    ("The bakery lost money for two quarters.", [("two quarters", "DURATION", "P2Q")]),
    ("It won after several quarters of losses.", [("several quarters", "DURATION", "PXQ")]),
    ("She won three quarters of the vote.", []),
    # A half counts in the next smaller unit.
    ("The talks lasted 5 1/2 hours.", [("5 1/2 hours", "DURATION", "PT5H30M")]),
    ("She served 2.5 years.", [("2.5 years", "DURATION", "P2Y6M")]),
    # A year that ends on a named day is twelve months, not the calendar year; with no end
    # day named, "for the year" is the year itself.
    (
        "Shares hit a low for the year in May.",
        [("the year", "DATE", "2024"), ("May", "DATE", "2024-05")],
    ),
    (
        "Profit in the year ended March 31 rose.",
        [("the year", "DURATION", "P1Y"), ("March 31", "DATE", "2024-03-31")],
    ),
    # After a record or an ordinal, "in a year" is the stretch looked back over.
    ("The river rose to its highest level in a year.", [("a year", "DURATION", "P1Y")]),
    ("It was the third storm in two weeks.", [("two weeks", "DURATION", "P2W")]),
    ("The ferry will run again in a year.", [("in a year", "DATE", "2025")]),
    ("Fares hit a record, and will fall in a year.", [("in a year", "DATE", "2025")]),
]


@pytest.mark.parametrize(("text_in", "expected"), LENGTHS)
def test_lengths_of_time(text_in: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _timeml(text_in, D(2024, 6, 5)) == expected


def test_the_past_before_a_count_is_not_the_vague_past() -> None:
    found = _timeml("Prices rose over the past three summers.", D(2024, 6, 5))
    assert ("the past", "DATE", "PAST_REF") not in found
    assert _timeml("Few remember the past.", D(2024, 6, 5)) == [("the past", "DATE", "PAST_REF")]


VAGUE: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # "In" is a signal, not part of the expression; recent days, weeks and months are a
    # stretch with no count, recent years the vague past.
    ("Prices have climbed in recent weeks.", [("recent weeks", "DURATION", "PXW")]),
    ("In recent years the port has grown.", [("recent years", "DATE", "PAST_REF")]),
    ("More rain is expected in the coming days.", [("coming days", "DATE", "FUTURE_REF")]),
    ("Margins should widen in coming quarters.", [("coming quarters", "DATE", "FUTURE_REF")]),
]


@pytest.mark.parametrize(("text_in", "expected"), VAGUE)
def test_vague_stretches(text_in: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _timeml(text_in, D(2024, 6, 5)) == expected


LONG_PERIODS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # TimeML values a century by its first two digits and a decade by its first three.
    ("The bridge is a relic of the 19th century.", [("the 19th century", "DATE", "18")]),
    ("It was a twentieth-century idea.", [("twentieth-century", "DATE", "19")]),
    ("The club thrived in the nineties.", [("the nineties", "DATE", "199")]),
    ("Rents rose in the late eighties.", [("the late eighties", "DATE", "198")]),
    # An age is not a decade.
    ("The mayor, in her forties, spoke first.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), LONG_PERIODS)
def test_centuries_and_spelled_decades(
    text_in: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _timeml(text_in, D(2024, 6, 5)) == expected


def test_a_century_spans_its_hundred_years() -> None:
    (found,) = timexes("Life in the 20th century was fast.", document_date=D(2024, 6, 5))
    assert (found.value, found.earliest, found.latest) == ("19XX", D(1900, 1, 1), D(1999, 12, 31))


YEAR_COUNTED: list[tuple[str, dt.date, list[tuple[str, str, str | None]]]] = [
    # A month or a quarter of a year counted from the page's year is one expression.
    ("The mill closed in June last year.", D(2024, 6, 5), [("June last year", "DATE", "2023-06")]),
    (
        "The plant reopens in early October this year.",
        D(2024, 6, 5),
        [("early October this year", "DATE", "2024-10")],
    ),
    (
        "Profit in this year's second quarter doubled.",
        D(2024, 8, 1),
        [("this year's second quarter", "DATE", "2024-Q2")],
    ),
    (
        "Sales fell from last year's quarter.",
        D(2024, 8, 1),
        [("last year's quarter", "DATE", "2023-Q2")],
    ),
]


@pytest.mark.parametrize(("text_in", "anchor", "expected"), YEAR_COUNTED)
def test_a_month_or_quarter_of_a_counted_year(
    text_in: str, anchor: dt.date, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _timeml(text_in, anchor) == expected


NOT_LENGTHS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # An age is not a length of time TimeML marks, nor is the ordinal "second".
    ("The driver, 52 years old, was unhurt.", []),
    ("A second group of investors joined the bid.", []),
    ("The lights went out for a second.", [("a second", "DURATION", "PT1S")]),
]


@pytest.mark.parametrize(("text_in", "expected"), NOT_LENGTHS)
def test_ages_and_ordinals_are_not_lengths(
    text_in: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _timeml(text_in, D(2024, 6, 5)) == expected


CLOCKS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # A clock time, its zone and the day after it are one time.
    (
        "The ferry docked at 9:50 a.m. (0650 GMT) Friday.",
        [("9:50 a.m. (0650 GMT) Friday", "TIME", "2024-06-07T09:50")],
    ),
    (
        "The offer expires at 5 p.m. EST, June 10.",
        [("5 p.m. EST, June 10", "TIME", "2024-06-10T17:00")],
    ),
    # A time of day named by a word; "high noon" is a figure of speech.
    ("The mayor spoke at midday.", [("midday", "TIME", "2024-06-08T12:00")]),
    ("For the tenants it was high noon.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), CLOCKS)
def test_a_clock_time_and_its_day(
    text_in: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _timeml(text_in, D(2024, 6, 8)) == expected


EXTENTS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # An approximator before a count belongs to the expression.
    ("The strike lasted nearly two years.", [("nearly two years", "DURATION", "P2Y")]),
    ("Owners must wait at least 30 days.", [("at least 30 days", "DURATION", "P30D")]),
    ("The mill shut almost four years ago.", [("almost four years ago", "DATE", "2020")]),
    ("The talks ran over a week.", [("over a week", "DURATION", "P1W")]),
    # The article belongs to a time noun ("the past year") but not to a noun a time modifies.
    ("Rents rose over the past year.", [("the past year", "DATE", "2023")]),
    ("They met again the following month.", [("the following month", "DATE", None)]),
    (
        "The 30-day window closes soon.",
        [("30-day", "DURATION", "P30D"), ("soon", "DATE", "FUTURE_REF")],
    ),
    ("Analysts expect the third-quarter results.", [("third-quarter", "DATE", "2023-Q3")]),
    # "over" before "the past ..." is a preposition, not an approximator.
    ("Prices rose over the past two years.", [("the past two years", "DURATION", "P2Y")]),
]


@pytest.mark.parametrize(("text_in", "expected"), EXTENTS)
def test_extents(text_in: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _timeml(text_in, D(2024, 6, 5)) == expected


SETS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # A repetition on a named day, month or season of every year.
    ("The market opens every Monday.", [("every Monday", "SET", "XXXX-WXX-1")]),
    ("The marchers gather each July.", [("each July", "SET", "XXXX-07")]),
    ("The river floods every spring.", [("every spring", "SET", "XXXX-SP")]),
]


@pytest.mark.parametrize(("text_in", "expected"), SETS)
def test_repetitions(text_in: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _timeml(text_in, D(2024, 6, 5)) == expected


# A month and day without a year: the tense decides, unless the day it points to lies in
# another year beyond half a year away and more than twice as far as the nearest one.
MONTH_DAYS: list[tuple[str, dt.date, list[tuple[str, str, str | None]]]] = [
    # Both about half a year away: the past tense decides.
    (
        "The bridge was closed on Oct. 23 after the flood.",
        D(2024, 5, 6),
        [("Oct. 23", "DATE", "2023-10-23")],
    ),
    (
        "The new labour contract is effective June 1.",
        D(2023, 10, 26),
        [("June 1", "DATE", "2024-06-01")],
    ),
    # A sum "payable" on a day falls due after the report, whatever verb came before.
    (
        "The lowered dividend is payable March 9.",
        D(2023, 11, 2),
        [("March 9", "DATE", "2024-03-09")],
    ),
    # So does a month: one of another year more than half a year away would carry its year.
    (
        "The council decided to reopen the pier in early March.",
        D(2024, 2, 12),
        [("early March", "DATE", "2024-03")],
    ),
    ("The ferry was cancelled in August.", D(2024, 1, 20), [("August", "DATE", "2023-08")]),
    # A day a year ahead would carry its year: the nearest one, just past, is meant.
    ("The plan was to be ready by Jan. 14.", D(2024, 1, 15), [("Jan. 14", "DATE", "2024-01-14")]),
]


@pytest.mark.parametrize(("text_in", "anchor", "expected"), MONTH_DAYS)
def test_a_month_and_day_takes_the_year_its_tense_points_to(
    text_in: str, anchor: dt.date, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _timeml(text_in, anchor) == expected


# A time word in capitals inside a sentence names a newspaper or a programme; at the start of
# a sentence, quoted or not, it is a time.
NAMES: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    ('The senator told the "Morning Round" show and CBS "This Week" about the bill.', []),
    # After a capitalised word it may be a headline in title case: still a time.
    ("Ferry Fares Rise Today", [("Today", "DATE", "2024-06-05")]),
    ("The mayor spoke to the KBZ Today news desk.", []),
    ('"Today we vote," the mayor said.', [("Today", "DATE", "2024-06-05")]),
    ('She said, "This week the ferry runs late."', [("This week", "DATE", "2024-W23")]),
    ("Today the ferry runs late.", [("Today", "DATE", "2024-06-05")]),
]


@pytest.mark.parametrize(("text_in", "expected"), NAMES)
def test_a_capitalised_time_word_inside_a_sentence_is_a_name(
    text_in: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _timeml(text_in, D(2024, 6, 5)) == expected


# "today" or "tomorrow" before or after a noun of people or things in general stands for an
# era, not a day; before any other noun it is the day.
ERAS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    ("Today's youth spend less time outdoors.", []),
    ("Most of today's electric cars charge overnight.", []),
    ("The academy trains the leaders of tomorrow.", []),
    ("Tomorrow's young voters will decide the next election.", []),
    ("Today's vote on the budget was close.", [("Today", "DATE", "2024-06-05")]),
    ("The notice ran in today's editions.", [("today", "DATE", "2024-06-05")]),
    ("The children return to school tomorrow.", [("tomorrow", "DATE", "2024-06-06")]),
    ("Yesterday's youth rally drew thousands.", [("Yesterday", "DATE", "2024-06-04")]),
]


@pytest.mark.parametrize(("text_in", "expected"), ERAS)
def test_today_before_a_noun_of_people_in_general_is_an_era(
    text_in: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _timeml(text_in, D(2024, 6, 5)) == expected


# A unit paired with itself ("quarter-to-quarter", "year over year") compares periods in
# general: no date and no length of time.
COMPARISONS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    ("The quarter-to-quarter figures got a lift from a land sale.", []),
    ("Fares rose 6% on a year-over-year basis.", []),
    (
        "Fares rose 6% in the quarter, year over year.",
        [("the quarter", "DATE", "2024-Q1")],
    ),
    ("Fares rose in the quarter to a record.", [("the quarter", "DATE", "2024-Q1")]),
]


@pytest.mark.parametrize(("text_in", "expected"), COMPARISONS)
def test_a_unit_paired_with_itself_compares_periods(
    text_in: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _timeml(text_in, D(2024, 6, 5)) == expected


# "Now," opening a sentence turns the talk to the next point; elsewhere "now" is the present.
DISCOURSE: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    ("Now, the mayor says, the bridge will have to wait.", []),
    ('The mayor said: "Now, we wait for the engineers."', []),
    ("Now the bridge is open.", [("Now", "DATE", "PRESENT_REF")]),
    ("The bridge is open now, and busy.", [("now", "DATE", "PRESENT_REF")]),
    ("Until now, the bridge was shut.", [("now", "DATE", "PRESENT_REF")]),
]


@pytest.mark.parametrize(("text_in", "expected"), DISCOURSE)
def test_now_opening_a_sentence_with_a_comma_is_a_discourse_marker(
    text_in: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _timeml(text_in, D(2024, 6, 5)) == expected
