"""Tests for the TimeML side of medialit.timeline: types and values, the export, given months,
dating a page from its metadata or its bounds."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from medialit.article import Article
from medialit.evaluate import timeml as evaluate_timeml
from medialit.timeline import document_date, timeline_events, timexes
from medialit.timeline.dating import given_period
from medialit.timeline.timeml import timeml_items, to_timeml

D = dt.date

# text, the page's date, then per TimeML expression: its words, TimeML type and value.
TABLE: list[tuple[str, dt.date, list[tuple[str, str, str | None]]]] = [
    # Quarters: news reports a quarter once it has ended.
    (
        "Harbor Foods said its third-quarter profit rose 8%. In the year-ago quarter it earned "
        "$2 million.",
        D(2023, 10, 25),
        [("third-quarter", "DATE", "2023-Q3"), ("the year-ago quarter", "DATE", "2022-Q3")],
    ),
    (
        "Net sales for the quarter fell, and the company expects a loss in the fourth quarter.",
        D(2023, 11, 8),
        [("the quarter", "DATE", "2023-Q3"), ("the fourth quarter", "DATE", "2023-Q4")],
    ),
    # A quarter named by its year alone is the quarter the page reports, in that year.
    (
        "Third-quarter profit rose to $5 million from $3 million in the 2022 quarter.",
        D(2023, 10, 25),
        [("Third-quarter", "DATE", "2023-Q3"), ("the 2022 quarter", "DATE", "2022-Q3")],
    ),
    (
        "Quarterly sales rose. In the 2022 period, the bakery lost money.",
        D(2023, 10, 25),
        [("the 2022 period", "DATE", "2022-Q3")],
    ),
    ("In the 2022 period, the bakery lost money.", D(2023, 10, 25), []),
    (
        "Earnings in the 2021 second quarter beat forecasts.",
        D(2023, 11, 8),
        [("the 2021 second quarter", "DATE", "2021-Q2")],
    ),
    # Two days of one month: TimeML marks each apart; a count after "and" is no day.
    (
        "Ministers meet on May 14 and 15, and 12 more talks follow.",
        D(2024, 5, 6),
        [("May 14", "DATE", "2024-05-14"), ("15", "DATE", "2024-05-15")],
    ),
    (
        "The ferry ran on May 3 and 4 p.m. sailings were cut.",
        D(2024, 5, 6),
        [("May 3", "DATE", "2024-05-03"), ("4 p.m.", "TIME", "2024-05-06T16:00")],
    ),
    # An hour told by the part of the day after it; a count before a session is no time.
    (
        "The ferry leaves at 6 in the morning and returns at nine in the evening.",
        D(2024, 5, 6),
        [
            ("6 in the morning", "TIME", "2024-05-06T06:00"),
            ("nine in the evening", "TIME", "2024-05-06T21:00"),
        ],
    ),
    (
        "The guards change at 10 o'clock at night, again at 2 at night and at 12 at night.",
        D(2024, 5, 6),
        [
            ("10 o'clock at night", "TIME", "2024-05-06T22:00"),
            ("2 at night", "TIME", "2024-05-06T02:00"),
            ("12 at night", "TIME", "2024-05-06T24:00"),
        ],
    ),
    ("The club scored 2 in the morning session and one in the evening.", D(2024, 5, 6), []),
    # A time zone after a clock time belongs to the expression; the value keeps the clock.
    (
        "Voting closed at 8 p.m. EST, and the count will start at 9:30 p.m. GMT on Friday.",
        D(2024, 5, 6),
        [
            ("8 p.m. EST", "TIME", "2024-05-06T20:00"),
            ("9:30 p.m. GMT on Friday", "TIME", "2024-05-10T21:30"),
        ],
    ),
    # Halves of a year: TimeML's H1 and H2.
    (
        "Orchard Mills sold more looms in the first half of 2022 than in the last half of last "
        "year.",
        D(2023, 2, 6),
        [
            ("the first half of 2022", "DATE", "2022-H1"),
            ("the last half of last year", "DATE", "2022-H2"),
        ],
    ),
    # Alone, a half is the year's only where the text reports quarters; one not begun yet is
    # last year's.
    (
        "Fourth-quarter orders fell. The second half was weak; the first half will be no better.",
        D(2023, 2, 6),
        [
            ("Fourth-quarter", "DATE", "2022-Q4"),
            ("The second half", "DATE", "2022-H2"),
            ("the first half", "DATE", "2023-H1"),
        ],
    ),
    ("The visitors scored twice in the second half.", D(2023, 2, 6), []),
    (
        "Sales rose in the third quarter. They were $4 million a year earlier.",
        D(2023, 11, 8),
        [("the third quarter", "DATE", "2023-Q3"), ("a year earlier", "DATE", "2022-Q3")],
    ),
    # Fiscal years and the year the page is in.
    (
        "Revenue for fiscal 2022 was flat, and the company expects growth in the current "
        "fiscal year.",
        D(2023, 3, 2),
        [("fiscal 2022", "DATE", "2022"), ("the current fiscal year", "DATE", "2023")],
    ),
    # The present, the past and the future as TimeML names them.
    (
        "The mayor said the library is now closed, but it will reopen in the future.",
        D(2024, 5, 6),
        [("now", "DATE", "PRESENT_REF"), ("the future", "DATE", "FUTURE_REF")],
    ),
    (
        "Under the current rules the ferry sails soon, slowed by the current.",
        D(2024, 5, 6),
        [("current", "DATE", "PRESENT_REF"), ("soon", "DATE", "FUTURE_REF")],
    ),
    # "soon" and "shortly" inside a conjunction date nothing; the day they lead to does.
    (
        "The bridge closed shortly after the storm and will reopen as soon as Friday.",
        D(2024, 5, 6),
        [("Friday", "DATE", "2024-05-10")],
    ),
    ("Crews left soon before dawn; the road reopened as soon as it was safe.", D(2024, 5, 6), []),
    # Lengths of time.
    (
        "The strike lasted for three weeks, and the 10-day festival was cancelled.",
        D(2024, 5, 6),
        [("three weeks", "DURATION", "P3W"), ("10-day", "DURATION", "P10D")],
    ),
    (
        "Talks went on for 16 hours, ending a decade-long dispute.",
        D(2024, 5, 6),
        [("16 hours", "DURATION", "PT16H"), ("decade-long", "DURATION", "P10Y")],
    ),
    (
        "Prices have climbed over the past two months.",
        D(2024, 5, 6),
        [("the past two months", "DURATION", "P2M")],
    ),
    ("The 34-year-old driver was unhurt.", D(2024, 5, 6), []),
    (
        "Residents have waited for weeks, after two decades of delays.",
        D(2024, 5, 6),
        [("weeks", "DURATION", "PXW"), ("two decades", "DURATION", "P20Y")],
    ),
    # Repetitions.
    (
        "The market opens every Monday, and buses run daily.",
        D(2024, 5, 6),
        [("every Monday", "SET", "XXXX-WXX-1"), ("daily", "SET", "P1D")],
    ),
    (
        "Tickets cost $40 a year, and a year is a long time to wait.",
        D(2024, 5, 6),
        [("a year", "SET", "P1Y"), ("a year", "DURATION", "P1Y")],
    ),
    # Clock times and parts of the day.
    (
        "The vote will be held at 9 a.m. Tuesday, and results are due by noon.",
        D(2024, 5, 6),
        [("9 a.m. Tuesday", "TIME", "2024-05-07T09:00"), ("noon", "TIME", "2024-05-06T12:00")],
    ),
    (
        "Fire crews were called on Wednesday night and left this morning.",
        D(2024, 5, 9),
        [("Wednesday night", "DATE", "2024-05-08"), ("this morning", "TIME", "2024-05-09TMO")],
    ),
    # A weekday with a part of the day is dated by the day; other days keep the part.
    (
        "The ferry left on Sunday evening and docked at 6 a.m. Monday.",
        D(2024, 5, 9),
        [("Sunday evening", "DATE", "2024-05-05"), ("6 a.m. Monday", "TIME", "2024-05-06T06:00")],
    ),
    (
        "The shop was robbed yesterday morning.",
        D(2024, 5, 9),
        [("yesterday morning", "DATE", "2024-05-08TMO")],
    ),
    # "the week of" a day names that day's week.
    (
        "The trial opens the week of March 6, after a hearing on March 1.",
        D(2024, 2, 20),
        [("the week of March 6", "DATE", "2024-W10"), ("March 1", "DATE", "2024-03-01")],
    ),
    # Anchored to another date in the text.
    (
        "The ferry sank on March 3. Divers reached it the next morning.",
        D(2024, 5, 6),
        [("March 3", "DATE", "2024-03-03"), ("the next morning", "DATE", "2024-03-04")],
    ),
    # A weekday counted from the day the text last named.
    (
        "Shares closed on Friday 4% below the previous Friday.",
        D(2024, 3, 11),
        [("Friday", "DATE", "2024-03-08"), ("the previous Friday", "DATE", "2024-03-01")],
    ),
    (
        "The jury retired on Thursday, March 7, and returned the following Monday.",
        D(2024, 3, 20),
        [
            ("Thursday, March 7", "DATE", "2024-03-07"),
            ("the following Monday", "DATE", "2024-03-11"),
        ],
    ),
    ("Prices rose the previous Friday.", D(2024, 3, 11), [("the previous Friday", "DATE", None)]),
    # A part of the day counted from the date the story is about, not from the page's.
    (
        "The dam burst on March 3, 2019. That evening the river rose; the night before, rain "
        "had fallen, and the next evening the town was flooded.",
        D(2024, 5, 6),
        [
            ("March 3, 2019", "DATE", "2019-03-03"),
            ("That evening", "DATE", "2019-03-03"),
            ("the night before", "DATE", "2019-03-02"),
            ("the next evening", "DATE", "2019-03-04"),
        ],
    ),
    ("That night was cold.", D(2024, 5, 6), [("That night", "DATE", None)]),
    (
        "The dam burst on March 3, 2019. Two days later the river peaked, and that year the "
        "town rebuilt.",
        D(2024, 5, 6),
        [
            ("March 3, 2019", "DATE", "2019-03-03"),
            ("Two days later", "DATE", "2019-03-05"),
            ("that year", "DATE", "2019"),
        ],
    ),
    (
        "The firm was founded in 1998. The following year it went public.",
        D(2024, 5, 6),
        [("1998", "DATE", "1998"), ("The following year", "DATE", "1999")],
    ),
    # A range is two expressions in TimeML.
    (
        "Prices rose between 2015 and 2018.",
        D(2024, 5, 6),
        [("2015", "DATE", "2015"), ("2018", "DATE", "2018")],
    ),
    # Counts back from the page.
    (
        "The plant shut six weeks ago, and reopened several years ago.",
        D(2024, 5, 6),
        [("six weeks ago", "DATE", "2024-W13"), ("several years ago", "DATE", "PAST_REF")],
    ),
    # A weekday whose tense is unclear: the day just past, as news most often means.
    ("Talks resume Thursday in Geneva.", D(2024, 5, 6), [("Thursday", "DATE", "2024-05-02")]),
]


@pytest.mark.parametrize(("text_in", "anchor", "expected"), TABLE)
def test_timeml_type_and_value(
    text_in: str, anchor: dt.date, expected: list[tuple[str, str, str | None]]
) -> None:
    found = timeml_items(timexes(text_in, document_date=anchor))
    assert [(t.text, t.timeml_type, t.timeml_value) for t in found] == expected


def test_lengths_and_repetitions_keep_the_kit_fields_unresolved() -> None:
    (found,) = timexes("The strike lasted for three weeks.", document_date=D(2024, 5, 6))
    assert (found.value, found.earliest, found.resolved) == (None, None, False)
    assert found.note == "a length of time, not a date"


def test_a_date_counted_from_the_text_is_an_event_on_the_timeline() -> None:
    text = "The dam burst on March 3, 2019. Two days later the river peaked."
    events = timeline_events(text, document_date=D(2024, 5, 6))
    assert [(e.ref, e.earliest) for e in events] == [
        ("March 3, 2019", D(2019, 3, 3)),
        ("Two days later", D(2019, 3, 5)),
    ]


def test_the_export_is_timeml_that_a_reader_reads_back(tmp_path: Path) -> None:
    text = "Harbor Foods said on Tuesday its third-quarter profit rose for three weeks & more."
    day = D(2023, 10, 25)
    xml = to_timeml(text, timexes(text, document_date=day), document_date=day)
    root = ET.fromstring(xml)
    marks = [(t.get("type"), t.get("value"), t.text) for t in root.iter("TIMEX3")]
    assert marks[0] == ("DATE", "2023-10-25", "2023-10-25")
    assert marks[1:] == [
        ("DATE", "2023-10-24", "Tuesday"),
        ("DATE", "2023-Q3", "third-quarter"),
        ("DURATION", "P3W", "three weeks"),
    ]
    path = tmp_path / "page.tml"
    path.write_text(xml, encoding="utf-8")
    read = evaluate_timeml.read_tml(path)
    assert read is not None and read.text == text and read.created == day
    assert [read.text[g.start : g.end] for g in read.gold] == [m[2] for m in marks[1:]]


def test_the_cli_prints_timeml(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("The plant closed for three weeks in March 2019.\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "medialit", "analyze", str(page), "--timeml"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert '<TIMEX3 tid="t1" type="DURATION" value="P3W">three weeks</TIMEX3>' in out
    ET.fromstring(out)


@pytest.mark.parametrize(
    ("given", "first", "last"),
    [("2021-12", D(2021, 12, 1), D(2021, 12, 31)), ("2021", D(2021, 1, 1), D(2021, 12, 31))],
)
def test_a_month_or_a_year_can_be_given(given: str, first: dt.date, last: dt.date) -> None:
    period = given_period(given)
    assert (period.value, period.earliest, period.latest, period.source) == (
        None,
        first,
        last,
        "given",
    )


def test_a_given_month_resolves_only_what_all_its_days_agree_on() -> None:
    text = "The council met on Sunday. Elections are due next year, after the vote in May 2019."
    found = {t.text: t for t in timexes(text, document_date=given_period("2021-12"))}
    assert found["next year"].value == "2022"
    assert found["May 2019"].value == "2019-05"
    assert found["Sunday"].value is None
    assert found["Sunday"].note is not None and "depends on the day" in found["Sunday"].note


def test_the_cli_takes_a_month() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "medialit", "analyze", "--date", "2021-12", "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert '"earliest": "2021-12-01"' in out and '"latest": "2021-12-31"' in out


def _saved_page(text: str, page: dict[str, object] | None) -> Article:
    article = Article.from_text(text)
    object.__setattr__(article, "page", page)
    return article


def test_page_metadata_dates_the_page() -> None:
    page = {
        "published": {"value": "2024-03-05", "source": "meta article:published_time"},
        "modified": None,
    }
    found = document_date(_saved_page("The mayor said on Monday the bridge will reopen.", page))
    assert (found.value, found.rule, found.evidence[0].rule) == (
        D(2024, 3, 5),
        "page_metadata",
        "page_metadata",
    )
    assert "article:published_time" in found.evidence[0].says


def test_page_metadata_and_a_stamp_that_disagree_are_both_shown() -> None:
    page = {"published": {"value": "2024-03-05", "source": "JSON-LD datePublished"}}
    text = "Bridge to reopen\nPublished 9 March 2024\nThe mayor said on Monday the bridge opens."
    found = document_date(_saved_page(text, page))
    assert found.value == D(2024, 3, 5)
    assert found.note is not None and "2024-03-09" in found.note


def test_a_plain_text_has_no_page_metadata() -> None:
    found = document_date(_saved_page("The mayor said on Monday the bridge will reopen.", None))
    assert found.value is None and found.rule is None


def test_dates_that_only_bound_the_page_give_a_range_and_no_day() -> None:
    text = "The plant closed in March 2019, and its loan will be repaid in 2031."
    found = document_date(text)
    assert found.value is None and found.rule == "bounds"
    assert (found.earliest, found.latest) == (D(2019, 3, 1), D(2031, 12, 31))
    assert [e.rule for e in found.evidence] == ["past_date", "future_date"]


def test_a_far_past_date_is_not_taken_for_the_page_date() -> None:
    text = "The treaty was signed on 5 March 1946. Diplomats said on Friday it still holds."
    found = document_date(text)
    assert found.value is None


# --- The timeline without the page's date -------------------------------------------------

UNDATED = (
    "Firefighters said on Sunday the blaze had started two days ago. The road will reopen "
    "tomorrow, and repairs will cost $5 million, they said."
)


def test_an_undated_page_gives_events_relative_to_it() -> None:
    events = [e for e in timeline_events(UNDATED) if e.earliest is None]
    assert [(e.ref, e.offset) for e in events] == [
        ("Sunday", (-6, 0)),
        ("two days ago", (-2, -2)),
        ("tomorrow", (1, 1)),
    ]
    assert str(events[1]).startswith("2 days before the page  ")


def test_relative_events_are_placed_once_the_date_is_given() -> None:
    import matplotlib.dates as mdates

    events = timeline_events(UNDATED)
    fig = medialit_draw(events, document_date=D(2024, 3, 10))
    low, high = fig.axes[0].get_xlim()
    assert mdates.num2date(low).date() <= D(2024, 3, 8) <= mdates.num2date(high).date()
    assert "unknown" not in fig.axes[0].get_title()


def test_without_a_date_the_drawing_says_so_and_counts_days_from_the_page() -> None:
    fig = medialit_draw(timeline_events(UNDATED))
    ax = fig.axes[0]
    assert "unknown" in ax.get_title()
    assert ax.get_xlim() == (-8.0, 3.0)
    assert "days from the page" in ax.get_xlabel()


@pytest.mark.parametrize("given", [None, D(2024, 3, 10)])
def test_an_empty_timeline_never_shows_1970(given: dt.date | None) -> None:
    import matplotlib.dates as mdates

    fig = medialit_draw([], document_date=given)
    ax = fig.axes[0]
    if given is None:
        assert not ax.axison
        assert any("nothing can be placed" in t.get_text() for t in ax.texts)
    else:
        assert mdates.num2date(ax.get_xlim()[0]).year == 2024


def test_labels_are_shown_literally() -> None:
    events = [{"label": "costs $\\foo{$ rose", "earliest": "2024-03-01", "latest": "2024-03-01"}]
    fig = medialit_draw(events, document_date=D(2024, 3, 2))
    fig.canvas.draw()
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == ["costs \\$\\foo{\\$ rose [page]"]


def medialit_draw(events: Any, **options: Any) -> Any:
    from medialit.timeline import draw_timeline

    return draw_timeline(events, **options).figure()


# --- Holidays from the calendars of well-kept libraries -------------------------------------


@pytest.mark.parametrize(
    ("text_in", "anchor", "expected"),
    [
        # A national holiday in the calendar of the country the page names.
        (
            "Crowds gathered in Mumbai on Independence Day, the Indian government said.",
            D(2024, 8, 16),
            "2024-08-15",
        ),
        ("Fireworks lit up Boston on Independence Day.", D(2024, 7, 6), "2024-07-04"),
        ("Parades are planned for Bastille Day.", D(2024, 7, 1), "2024-07-14"),
        # Easter and the feasts counted from it.
        ("Shops will close on Good Friday.", D(2024, 3, 20), "2024-03-29"),
        ("The pilgrims arrived before Easter 2025.", D(2024, 3, 20), "2025-04-20"),
    ],
)
def test_holidays_come_from_the_calendar(text_in: str, anchor: dt.date, expected: str) -> None:
    (found,) = [t for t in timexes(text_in, document_date=anchor) if t.granularity == "day"]
    assert found.value == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("The ruling overturned a 1971 treaty.", [("1971", "1971")]),
        (
            "The bonds are due 2031, the council's 2019 report said.",
            [("2031", "2031"), ("2019", "2019")],
        ),
        ("The army sent its 2000 troops north.", []),
        (
            "The mill flooded in 2011, 2014 and 2019.",
            [("2011", "2011"), ("2014", "2014"), ("2019", "2019")],
        ),
        ("After the storm of 2011, 2014 people rebuilt the mill.", [("2011", "2011")]),
        ("In nineteen ninety-six the plant closed.", [("nineteen ninety-six", "1996")]),
        # A month or a season takes a spoken year as it takes one in figures.
        ("The mill shut in March nineteen ninety-six.", [("March nineteen ninety-six", "1996-03")]),
        (
            "Ice closed the port in the winter of two thousand and one.",
            [("winter of two thousand and one", "2001-WI")],
        ),
        ("She won in May nineteen times.", [("May", "2024-05")]),
        # "The year 1999" is that year, not the page's.
        ("The bridge opened in the year 1999.", [("1999", "1999")]),
        ("Doomsayers spoke of the year two thousand.", [("two thousand", "2000")]),
        # A spoken number before a unit or a counted noun counts; it names no year.
        ("The rite is more than two thousand years old.", []),
        ("Some two thousand people lined the quay.", []),
        (
            "Sales fell in the latest period, the company said of its second quarter.",
            [("the latest period", "2024-Q1"), ("second quarter", "2024-Q2")],
        ),
    ],
)
def test_years_written_as_modifiers_or_words(text_in: str, expected: list[tuple[str, str]]) -> None:
    found = timexes(text_in, document_date=D(2024, 5, 6))
    assert [(t.text, t.timeml_value) for t in found] == expected


def test_a_weekday_and_a_date_that_agree_in_one_year_date_the_page() -> None:
    text = (
        "The embassy reopened on Sunday, 26 December, the ministry said. It had closed after "
        "the floods of March 2019, and the lease runs until 2024."
    )
    found = document_date(text)
    assert (found.value, found.rule) == (None, "weekday_date")
    assert (found.earliest, found.latest) == (D(2021, 12, 26), D(2022, 1, 26))
    assert found.evidence[0].text == "Sunday, 26 December"


def test_a_weekday_and_a_date_that_agree_in_two_years_name_neither() -> None:
    text = (
        "The embassy reopened on Sunday, 26 December, the ministry said. It had closed after "
        "the floods of March 2018, and the lease runs until 2030."
    )
    assert document_date(text).rule == "bounds"


def test_the_export_reads_the_json_form_as_well() -> None:
    import medialit

    text = "Prices rose between 2015 and 2018, and the plant closed for three weeks on Monday."
    result = medialit.analyze(text, document_date=D(2024, 5, 8))
    from_objects = to_timeml(text, result.results["timexes"], document_date=D(2024, 5, 8))
    from_json = to_timeml(text, result.to_json()["timexes"], document_date=D(2024, 5, 8))
    assert from_json == from_objects
    assert from_json.count("<TIMEX3") == 5
