"""Tests for the clues in how a text says its years: a year that is over, a forecast year, a
year named beside "this year"."""

from __future__ import annotations

import datetime as dt

import pytest

from medialit.timeline import document_date

D = dt.date


@pytest.mark.parametrize(
    ("text_in", "first", "last", "rule"),
    [
        # A whole year's figure in the past: the year is over. A forecast: that year or the one
        # before it.
        (
            "The brewer earned $5 million in 2014. It expects profit to rise in 2016.",
            D(2015, 1, 1),
            D(2016, 12, 31),
            "completed_year",
        ),
        # Named beside "this year", a year still to come is after the page's: one year is left.
        (
            "The brewer earned $5 million in 2014. Spending will rise in 2016 from an "
            "estimated $3 million this year.",
            D(2015, 1, 1),
            D(2015, 12, 31),
            "completed_year",
        ),
        # A fiscal year may end early in the calendar year it is named for: not a year over.
        (
            "In fiscal 2014, the brewer earned $5 million. It expects profit to rise in 2016.",
            D(2015, 1, 1),
            D(2016, 12, 31),
            "forecast_year",
        ),
        # The nearest forecast year counts; one further ahead may be years away.
        (
            "The merger will cut the brewer's profit by 9% in 2016 and 2017.",
            D(2015, 1, 1),
            D(2016, 12, 31),
            "forecast_year",
        ),
        # Beside "this year", a past year is before the page's.
        (
            "President Obama met the brewers. Sales this year rose above the level reached in "
            "2015, they said.",
            D(2016, 1, 1),
            D(2017, 1, 31),
            "office_holder",
        ),
    ],
)
def test_how_a_year_is_said_bounds_the_page(
    text_in: str, first: dt.date, last: dt.date, rule: str
) -> None:
    found = document_date(text_in)
    assert (found.earliest, found.latest, found.rule) == (first, last, rule)


@pytest.mark.parametrize(
    "text_in",
    [
        # Part of a year may still run when the page is written.
        "For the first nine months of 2014, the brewer earned $5 million.",
        # Without a money figure, a past year may be the page's own ("profits were squeezed").
        "Profits were squeezed in 2014, the brewer said.",
        # A year that lies ahead of a plan is a limit, however far off.
        "The brewer hopes its sales will reach $9 million by 2020.",
        "Its bonds will pay $5 million a year until 2030.",
        # A quarter's figure in a named year is not the whole year's.
        "In 2014, the brewer earned $5 million in the first quarter.",
        # The size a market may reach is a goal that may lie years ahead, not a forecast of
        # the page's year or the next.
        "Sales of the drink will reach $5 billion in 2020, analysts expect.",
    ],
)
def test_a_year_said_otherwise_gives_no_figure_clue(text_in: str) -> None:
    rules = {e.rule for e in document_date(text_in).evidence}
    assert not rules & {"completed_year", "forecast_year"}


def test_a_year_over_alone_names_no_range() -> None:
    found = document_date("The brewer earned $5 million in 2014, it said.")
    assert found.latest is None and found.earliest == D(2014, 1, 1)


@pytest.mark.parametrize(
    ("text_in", "said"),
    [
        ("Sales this year rose above the level reached in 2015, President Obama said.", True),
        # Given twice, the same year: "this year, 2016,".
        ("This year, 2016, sales rose above $5 million, President Obama said.", False),
    ],
)
def test_a_year_beside_this_year_is_another_year(text_in: str, said: bool) -> None:
    rules = [e.rule for e in document_date(text_in).evidence]
    assert ("not_this_year" in rules) is said


@pytest.mark.parametrize(
    ("text_in", "year"),
    [
        # "This year" given with its number names the page's year; "last year", the one before.
        ("Sales this year, 2016, rose to a record, the brewer said.", 2016),
        ("So far this year, 2016, the brewer has sold more than ever.", 2016),
        ("Sales last year (2015) fell, the brewer said.", 2016),
        ("Sales will rise next year, 2017, the brewer said.", 2016),
    ],
)
def test_this_year_given_with_its_number_names_the_page_year(text_in: str, year: int) -> None:
    found = document_date(text_in)
    assert (found.earliest, found.latest, found.rule) == (
        D(year, 1, 1),
        D(year, 12, 31),
        "year_tie",
    )
