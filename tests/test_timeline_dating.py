"""Tests for dating an undated page from its text: office holders, tied years, anniversaries,
weekdays that fit one date, and the month the text's days favour."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from medialit.resources import load_lexicon
from medialit.timeline import document_date, offices
from medialit.timeline.offices import office_holders

D = dt.date


# text, the holder mentions found (words), the first and last day of the first one's first term
HOLDERS: list[tuple[str, list[str], tuple[dt.date, dt.date | None] | None]] = [
    (
        "President Clinton met the mayor of the town.",
        ["President Clinton"],
        (D(1993, 1, 1), D(2001, 1, 31)),
    ),
    (
        "The Israeli Prime Minister Benjamin Netanyahu flew home.",
        ["Prime Minister Benjamin Netanyahu"],
        (D(1996, 6, 1), D(1999, 7, 31)),
    ),
    ("Former President Carter spoke at the dinner.", [], None),
    ("The late Soviet leader Brezhnev was remembered.", [], None),
    ("Former Vice President Gore and then-Prime Minister Major talked.", [], None),
    (
        "Vice President Al Gore flew in.",
        ["Vice President Al Gore"],
        (D(1993, 1, 1), D(2001, 1, 31)),
    ),
    (
        "Treasury Secretary Baker resigned.",
        ["Treasury Secretary Baker"],
        (D(1985, 2, 1), D(1988, 8, 31)),
    ),
    ("He became Prime Minister May 5 after the vote.", [], None),
    (
        "ECB President Mario Draghi kept rates on hold.",
        ["ECB President Mario Draghi"],
        (D(2011, 11, 1), D(2019, 10, 31)),
    ),
    ("A letter of Pope Leo XIII was read out.", [], None),
    ("President Chavez spoke for hours.", ["President Chavez"], (D(1999, 2, 1), D(2013, 3, 31))),
    ("President Hugo Chávez spoke.", ["President Hugo Chávez"], (D(1999, 2, 1), D(2013, 3, 31))),
    ("Chancellor Clinton is no office anyone held.", [], None),
    ("Secretary-General Ban Ki-moon arrived.", ["Secretary-General Ban Ki-moon"], None),
    # A possessive is still the holder; a longer word is not.
    (
        "Prime Minister Thatcher's budget was read.",
        ["Prime Minister Thatcher"],
        (D(1979, 5, 1), D(1990, 11, 30)),
    ),
    ("The Bushes hosted President Bushman.", [], None),
    ("King Hussein's envoy landed.", ["King Hussein"], (D(1952, 8, 1), D(1999, 2, 28))),
    ("Queen Elizabeth II opened the bridge.", ["Queen Elizabeth II"], None),
    ("House Speaker Newt Gingrich spoke.", ["House Speaker Newt Gingrich"], None),
    (
        "President Demirel of Turkey arrived.",
        ["President Demirel"],
        (D(1993, 5, 1), D(2000, 5, 31)),
    ),
    # The same person in two offices: the title says which term.
    (
        "Chief Justice Rehnquist wrote.",
        ["Chief Justice Rehnquist"],
        (D(1986, 9, 1), D(2005, 9, 30)),
    ),
    ("Justice Rehnquist dissented.", ["Justice Rehnquist"], (D(1972, 1, 1), D(1986, 9, 30))),
    ("Justice Department lawyers met.", [], None),
    # a title counts only as a word of its own
    ("Acting-President Clinton spoke.", [], None),
    ("XPresident Clinton spoke.", [], None),
    ("(President Clinton spoke.)", ["President Clinton"], None),
]


@pytest.mark.parametrize(("text_in", "words", "first_term"), HOLDERS)
def test_office_holders_are_found_with_their_titles(
    text_in: str, words: list[str], first_term: tuple[dt.date, dt.date | None] | None
) -> None:
    found = office_holders(text_in)
    assert [h.evidence.text for h in found] == words
    assert all(h.evidence.rule == "office_holder" for h in found)
    if first_term is not None:
        assert found[0].spans[0] == first_term


def test_a_name_two_kings_shared_allows_both_reigns() -> None:
    (king,) = office_holders("King Abdullah opened the summit.")
    assert D(2005, 8, 1) in [first for first, _ in king.spans]
    assert D(1999, 2, 1) in [first for first, _ in king.spans]


def test_a_title_two_holders_shared_allows_both_terms() -> None:
    (bush,) = office_holders("President Bush signed the bill.")
    assert [first.year for first, _ in bush.spans] == [1989, 2001]


def test_the_office_holders_table_keeps_no_parsed_lexicon_and_shares_each_term() -> None:
    offices._table.cache_clear()
    load_lexicon.cache_clear()
    _, meaning = offices._table()
    assert load_lexicon.cache_info().currsize == 0
    first_seen: dict[offices.Term, offices.Term] = {}
    for terms in meaning.values():
        for term in terms:
            assert first_seen.setdefault(term, term) is term
    assert len(first_seen) < sum(map(len, meaning.values()))


def test_the_office_holder_data_is_consistent() -> None:
    data = load_lexicon("office_holders")
    month = re.compile(r"(19|20)\d\d-(0[1-9]|1[0-2])")
    for key, office in data["offices"].items():
        assert office["source"].startswith("Wikipedia, "), key
        assert office["titles"] and office["holders"], key
        starts = []
        for holder in office["holders"]:
            assert holder["forms"], holder["name"]
            for first, last in holder["terms"]:
                assert month.fullmatch(first), holder["name"]
                assert last is None or (month.fullmatch(last) and first <= last), holder["name"]
            starts.append(holder["terms"][0][0])
        assert starts == sorted(starts), f"{key}: holders out of order"


# text, the page's first and last possible day, the rule that decided
RANGES: list[tuple[str, dt.date, dt.date, str]] = [
    # Two office holders: the page is from when both held office.
    (
        "President Clinton and Prime Minister Netanyahu met at the White House.",
        D(1996, 6, 1),
        D(1999, 7, 31),
        "office_holder",
    ),
    # A pope the story recalls does not erase the president of the day.
    (
        "President Clinton praised the work of Pope Pius XII for refugees.",
        D(1993, 1, 1),
        D(2001, 1, 31),
        "office_holder",
    ),
    # A results report: "the 1995 period" is the year-earlier one, so the page is from 1996.
    (
        "The company earned $3 million. In the 1995 period, it earned $2 million.",
        D(1996, 1, 1),
        D(1996, 12, 31),
        "year_tie",
    ),
    # Unless the sentence measures that period against a year before: then it is this one.
    (
        "The company earned $3 million. In the 1995 period, costs were lower than a year ago.",
        D(1995, 1, 1),
        D(1995, 12, 31),
        "year_tie",
    ),
    (
        "The minister defended last year's 1997 budget in parliament.",
        D(1998, 1, 1),
        D(1998, 12, 31),
        "year_tie",
    ),
    (
        "Crowds marked the 50th anniversary of the signing of the 1949 treaty.",
        D(1999, 1, 1),
        D(1999, 12, 31),
        "anniversary",
    ),
    (
        "Veterans gathered for the fiftieth anniversary of the landing in 1944.",
        D(1994, 1, 1),
        D(1994, 12, 31),
        "anniversary",
    ),
    (
        "Protesters marked the 25th anniversary of Roe v. Wade outside the court.",
        D(1998, 1, 1),
        D(1998, 12, 31),
        "anniversary",
    ),
    (
        "Families gathered for the tenth anniversary of the deadly Oklahoma City bombing.",
        D(2005, 1, 1),
        D(2005, 12, 31),
        "anniversary",
    ),
    (
        "Fans celebrated the first anniversary of the Aug. 7, 2009, concert.",
        D(2010, 1, 1),
        D(2010, 12, 31),
        "anniversary",
    ),
    # A weekday and a date agree in one year of the president's term; the days around it
    # favour its month.
    (
        "President Clinton said on Friday, Aug. 7, that the talks had failed.",
        D(1998, 8, 4),
        D(1998, 8, 14),
        "office_holder",
    ),
    (
        "President Barack Obama said on Friday, March 22, that he would visit in May.",
        D(2013, 3, 19),
        D(2013, 3, 29),
        "office_holder",
    ),
    (
        "Prime Minister Netanyahu will meet President Clinton on Monday, Jan. 20.",
        D(1996, 12, 20),
        D(1997, 1, 20),
        "office_holder",
    ),
    # Within the year a report ties the page to, the latest past day it names favours a month.
    (
        "In the 1995 period, the firm earned $2 million. It said on Oct. 3 that sales rose.",
        D(1996, 10, 1),
        D(1996, 10, 31),
        "year_tie",
    ),
]


@pytest.mark.parametrize(("text_in", "first", "last", "rule"), RANGES)
def test_the_page_is_dated_to_the_range_its_clues_leave(
    text_in: str, first: dt.date, last: dt.date, rule: str
) -> None:
    found = document_date(text_in)
    assert found.value is None
    assert (found.earliest, found.latest, found.rule) == (first, last, rule)
    assert found.note is not None and "no day can be named" in found.note


def test_a_weekday_that_fits_the_date_names_its_evidence() -> None:
    found = document_date("President Clinton said on Friday, Aug. 7, that the talks had failed.")
    assert [e.rule for e in found.evidence] == ["office_holder", "weekday_date"]
    assert "agree on 1998-08-07 only" in found.evidence[1].says


def test_the_month_the_latest_past_day_favours_is_named_most_likely() -> None:
    found = document_date("The 1995 period was weak. On Oct. 3 the firm said sales rose.")
    assert (found.earliest, found.latest) == (D(1996, 10, 1), D(1996, 10, 31))
    assert found.note is not None and "most likely in October 1996" in found.note
    assert "between 1996-01-01 and 1996-12-31" in found.note


def test_a_holder_in_a_sentence_about_the_past_only_bounds_the_page_from_below() -> None:
    # Truman's term is long over; the page is after it began, but it may be from any year since.
    found = document_date("The hall honours a speech President Truman gave 50 years ago.")
    assert (found.earliest, found.latest) == (D(1945, 4, 1), dt.date.today())


def test_a_clue_that_fits_none_of_the_rest_is_set_aside_and_named() -> None:
    text = "President Clinton spoke. In the 1978 period, the firm earned $2 million."
    found = document_date(text)
    assert (found.earliest, found.latest) == (D(1993, 1, 1), D(2001, 1, 31))
    assert found.note is not None and "set aside" in found.note and "1978 period" in found.note


@pytest.mark.parametrize(
    ("text_in", "first", "last"),
    [
        # "the 1994 act" names a law; the clause's tense says nothing of the page's year.
        (
            "The ad is meant to attack his vote against the 1994 act. He lost in 1992.",
            D(1992, 1, 1),
            None,
        ),
        ("The plant will close in 2031. It opened in 2019.", D(2019, 1, 1), D(2031, 12, 31)),
        ("The 2027 budget was approved by the council.", None, None),
        ("The 2027 budget vote was held by the council.", None, None),
        # An event takes place in the year that names it: its tense bounds the page.
        ("She won the 2019 mayoral election by a wide margin.", D(2019, 1, 1), None),
        ("The 2031 election will be fought on housing.", None, D(2031, 12, 31)),
        ("The 2011 earthquake damaged the harbour.", D(2011, 1, 1), None),
        # A past limit: what had happened by then may have happened long before.
        ("The mill said that by 2031 it had planned to double its output.", None, None),
        ("The mill had closed before March 2019, he said.", None, None),
        ("The mill will close by 2031.", None, D(2031, 12, 31)),
    ],
)
def test_a_year_that_names_a_thing_does_not_bound_the_page(
    text_in: str, first: dt.date, last: dt.date | None
) -> None:
    found = document_date(text_in)
    assert (found.earliest, found.latest) == (first, last)


@pytest.mark.parametrize(
    "text_in",
    [
        "The deficit grew under President Reagan, the senator said.",
        "The judge, appointed by President Reagan, retired.",
    ],
)
def test_a_term_spoken_of_as_an_era_only_bounds_the_page_from_below(text_in: str) -> None:
    found = document_date(text_in)
    assert (found.earliest, found.latest) == (D(1981, 1, 1), dt.date.today())
    assert "as the text speaks of the term as an era" in found.evidence[0].says


def test_the_end_of_a_reporting_period_does_not_favour_a_month() -> None:
    # Results come weeks after the quarter ends: "ended Sept. 30" is not the latest news.
    found = document_date("The 1995 period was weak. Sales in the quarter ended Sept. 30 rose.")
    assert (found.earliest, found.latest) == (D(1996, 1, 1), D(1996, 12, 31))


def test_a_term_that_still_runs_ends_today() -> None:
    found = document_date("Prime Minister Starmer opened the bridge.")
    assert (found.earliest, found.latest) == (D(2024, 7, 1), dt.date.today())


def test_the_dated_events_are_consistent() -> None:
    events = load_lexicon("dated_events")["events"]
    for name, event in events.items():
        assert re.fullmatch(r"\d{4}-\d\d(-\d\d)?", event["date"]), name
        assert event["forms"] and event["source"].startswith("Wikipedia, "), name
        dt.date.fromisoformat(event["date"] if len(event["date"]) == 10 else event["date"] + "-01")


def test_an_anniversary_of_an_unknown_event_without_a_year_says_nothing() -> None:
    found = document_date("Villagers marked the 30th anniversary of the flood on Monday.")
    assert "anniversary" not in {e.rule for e in found.evidence}


@pytest.mark.parametrize(
    ("text_in", "first", "last"),
    [
        # A fiscal year may have begun in the calendar year before the one it is named for...
        ("In fiscal 1989, the mill earned $4 million.", D(1988, 2, 1), None),
        # ...and may end early in the one after.
        ("The mill expects fiscal 1990 sales to rise.", None, D(1991, 2, 28)),
        # A calendar year is the calendar year.
        ("The mill expects to open in 1990.", None, D(1990, 12, 31)),
    ],
)
def test_a_fiscal_year_bounds_the_page_by_every_day_it_may_cover(
    text_in: str, first: dt.date | None, last: dt.date | None
) -> None:
    found = document_date(text_in)
    assert (found.earliest, found.latest) == (first, last)


def test_the_stretches_left_between_gaps_are_named() -> None:
    found = document_date("Pope Francis met Chancellor Merkel on Saturday, May 18.")
    assert (found.earliest, found.latest) == (D(2013, 5, 15), D(2019, 5, 25))
    assert found.note is not None
    assert "2013-05-15 to 2013-05-25, 2019-05-15 to 2019-05-25" in found.note


def test_a_past_weekday_and_date_allow_a_story_filed_days_before_it() -> None:
    found = document_date(
        "Prime Minister Blair wrote in a column on Monday, Oct. 26, that it works."
    )
    assert found.note is not None
    assert "between 1998-10-23 and 1998-11-02, most likely in October 1998" in found.note
    assert (found.earliest, found.latest) == (D(1998, 10, 23), D(1998, 10, 31))


@pytest.mark.parametrize(
    ("text_in", "words"),
    [
        (
            "Prime Minister Blair said the shops closed on Friday, Christmas Day.",
            "Friday, Christmas Day",
        ),
        (
            "Prime Minister Blair said the shops closed on Christmas Day, a Friday.",
            "Christmas Day, a Friday",
        ),
        ("Prime Minister Blair spoke on Monday (March 3) about the talks.", "Monday (March 3"),
    ],
)
def test_a_weekday_beside_a_date_is_read_with_it(text_in: str, words: str) -> None:
    found = document_date(text_in)
    assert [e.text for e in found.evidence if e.rule == "weekday_date"] == [words]
    assert found.earliest is not None and found.latest is not None
    assert found.earliest.year == found.latest.year


def test_a_weekday_apart_from_a_date_is_not_read_with_it() -> None:
    found = document_date("Prime Minister Blair spoke on Monday and on March 3 about the talks.")
    assert "weekday_date" not in [e.rule for e in found.evidence]


@pytest.mark.parametrize(
    "text",
    [
        "Sales in the 2009 period fell, the mill said.",
        "Sales in the\n\n  2009   period fell.",
        "Its year-to-date 2011 output rose, and so far in  2011 it hired forty.",
        "The harbour fee (2012, next year) is set.",
        "The 2009 harvest was poor; last year's  2010 one was worse.",
        "In 2009, the mill shut; the  period after 2010 was quiet.",
        "No year is named here at all.",
        "Figures for 20092 and the2009 period are typos.",
    ],
)
def test_year_phrase_look_agrees_with_a_search_of_the_whole_text(text: str) -> None:
    from medialit.timeline.year_clues import _any_tie, _has_tie

    assert _has_tie(text) == (_any_tie().search(text) is not None)
