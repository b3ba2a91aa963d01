"""Tests for the quarter a company's results report dates the page to."""

from __future__ import annotations

import datetime as dt

import pytest

from medialit.timeline import document_date

D = dt.date

# A tie to the page's year ("this year's 2018 budget") and a results report of a quarter.
TIED = "This year's 2018 budget is tight. "


@pytest.mark.parametrize(
    ("text_in", "first", "last"),
    [
        # Results for July to September come out between October and December.
        (
            TIED + "The brewer said third-quarter profit rose to $9 million from $7 million "
            "a year earlier.",
            D(2018, 10, 1),
            D(2018, 12, 31),
        ),
        (
            TIED + "In the first quarter, the brewer earned $3 million, up from $2 million a "
            "year ago.",
            D(2018, 4, 1),
            D(2018, 6, 30),
        ),
        # A fiscal year may start in any month: its quarters say nothing.
        (
            TIED + "The brewer said profit in the fiscal third quarter rose from a year earlier.",
            D(2018, 1, 1),
            D(2018, 12, 31),
        ),
        (
            TIED + "Third-quarter profit rose from a year earlier, the brewer said; its fiscal "
            "year ends in June.",
            D(2018, 1, 1),
            D(2018, 12, 31),
        ),
        # A fourth quarter is as often a fiscal year's last as the calendar's.
        (
            TIED + "Fourth-quarter profit rose from a year earlier, the brewer said.",
            D(2018, 1, 1),
            D(2018, 12, 31),
        ),
        # Without a comparison to a year before, the text reports no results.
        (
            TIED + "The brewer opened a plant in the third quarter.",
            D(2018, 1, 1),
            D(2018, 12, 31),
        ),
    ],
)
def test_a_reported_quarter_dates_the_page_to_the_quarter_after_it(
    text_in: str, first: dt.date, last: dt.date
) -> None:
    found = document_date(text_in)
    assert (found.earliest, found.latest) == (first, last)


def test_a_reported_quarter_names_its_evidence() -> None:
    found = document_date(
        TIED + "The brewer said third-quarter profit rose from $7 million a year earlier."
    )
    assert [e.rule for e in found.evidence] == ["year_tie", "quarter_results"]
