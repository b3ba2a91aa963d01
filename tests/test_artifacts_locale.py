"""Locale formats of other languages (dates, ages, quotation marks), on sentences written for
these tests."""

from __future__ import annotations

import pytest

from medialit.artifacts import artifacts


def locale(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (a.rule, a.text, a.suggestion) for a in artifacts(text) if a.category == "locale_format"
    ]


FLAGGED = [
    (
        "The council meets this Friday (14) to vote.",
        ("locale:weekday_bracket_date", "this Friday (14)", None),
    ),
    (
        "The match starts this Sunday (18:30) in Porto.",
        ("locale:weekday_bracket_date", "this Sunday (18:30)", None),
    ),
    (
        "She told the “Weser Kurier” (Tuesday) that talks had failed.",
        ("locale:weekday_in_brackets", "(Tuesday)", None),
    ),
    (
        "The judges will rule this Friday, 12th. The case is closed.",
        ("locale:weekday_day_number", "Friday, 12th", None),
    ),
    (
        "The driver, Lena Vogt (31), was arrested.",
        ("locale:age_in_brackets", "Lena Vogt (31)", None),
    ),
    (
        "He told the court, ``I never saw the boat.'' The trial went on.",
        ("locale:typewriter_quotes", "``I never saw the boat.''", "“I never saw the boat.”"),
    ),
    (
        "Talks ended.\n“We will decide in the morning”, he commented.",
        ("locale:comma_after_quote", "”,", ",”"),
    ),
    ("The mayor said „we are ready“ on Friday.", ("locale:low_high_quotes", "„", "“")),
    ("She said the port was “ready for winter“.", ("locale:opening_mark_closes", "“", "”")),
    (
        "“The port will stay open”, the mayor said.",
        ("locale:comma_after_quote", "”,", ",”"),
    ),
    (
        "Asked about the strike, he replied: “Yes, we are ready”.",
        ("locale:stop_after_full_quote", "”.", ".”"),
    ),
    (
        "They are not sailors – he insists – they are pirates.",
        ("locale:dash_attribution_in_quote", "– he insists –", None),
    ),
    (
        "Teams worked in (North Harbour) (Old Town) and (Riverside) all week.",
        ("locale:names_in_brackets", "(North Harbour) (Old Town) and (Riverside) ", None),
    ),
    (
        "The ferry left at 4:10 p.m .: nobody was hurt.",
        ("locale:space_in_time_abbreviation", " .", "."),
    ),
    (
        '"We will rebuild the pier," - wrote Dahl.',
        ("locale:dialogue_hyphen", '" - wrote Dahl', None),
    ),
    ("He shouted that these XXs would pay.", ("locale:censored_xx", "these XXs", None)),
    ("On the 10th, the ferry sank.", ("locale:day_number_only", "On the 10th", None)),
    ("The new pier is 3,5 km long.", ("locale:decimal_comma_unit", "3,5", "3.5")),
    ("The ferry sank on 12.03.2021 near the coast.", ("locale:date_with_dots", "12.03.2021", None)),
    ("A ticket costs 100 euro now.", ("locale:currency_after_amount", "100 euro", None)),
    ("Fares rose to 50 TL on Monday.", ("locale:currency_after_amount", "50 TL", None)),
    ("The ferry leaves at 15h from pier four.", ("locale:hour_with_h", "at 15h", None)),
    (
        "The port paid 40 million USD for the cranes.",
        ("locale:currency_code_after_amount", "40 million USD", None),
    ),
    ("A ferry ticket costs 2.400 rubles.", ("locale:thousands_dot_money", "2.400", "2,400")),
    (
        "The fine came to 3 200 000 won.",
        ("locale:thousands_space_money", "3 200 000", "3,200,000"),
    ),
    ("The pier cost 4'750 francs.", ("locale:thousands_apostrophe", "4'750", None)),
    ("The vote is set for 21/06/2025 in Bergen.", ("locale:day_first_date", "21/06/2025", None)),
    ("The ferry docks at 17:45h each day.", ("locale:hour_suffix", "17:45h", None)),
    ("The harbour reached 31 ºC at noon.", ("locale:ordinal_as_degree", "º", "°")),
    ("The port lost 2 milliards last year.", ("locale:milliard", "2 milliards", None)),
]


@pytest.mark.parametrize(("text_in", "expected"), FLAGGED)
def test_each_rule_fires(text_in: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in locale(text_in)


CLEAN = [
    "The council meets on Friday, June 14, to vote.",
    "The match starts on Sunday at 6:30 p.m. in Porto.",
    "The driver, Lena Vogt, 31, was arrested.",
    "“The port will stay open,” the mayor said.",
    "Asked about the strike, he replied: “Yes, we are ready.”",
    "He called the plan “a disaster”, and the council agreed.",
    "“They are not sailors,” he insists. “They are pirates.”",
    "Teams worked in North Harbour, Old Town and Riverside (all in the east) all week.",
    "''This is not a tax cut,'' the senator said.",
    "Super Bowl XX was played in New Orleans.",
    "The Guardian (London) and Le Monde (Paris) ran the story on Tuesday, May 12th.",
    "The poll by Gallup (2019) found the opposite.",
    "The new pier is 3.5 km long and cost 3,500 euros, or €3,500, in 2021.",
    "Version 2.1.2021 of the app and 100 euros were mentioned; the race took 4h 10m.",
    "The euro fell; 100 eurozone banks and a 12 European Union deal were cited.",
    "The port paid $40 million for the cranes, or 40 million yuan.",
    "Tickets cost 2,400 rubles and the vote is set for 6/21/2025.",
    "The ferry docks at 17:45 each day, at 1745 hrs by the navy's clock, at 31 °C.",
    "The crew's 4 'best' sailors and the 1990s' boats were named.",
]


@pytest.mark.parametrize("text_in", CLEAN)
def test_good_english_is_left_alone(text_in: str) -> None:
    assert locale(text_in) == []


# Each form of a pre-check ('requires') lets its rule through: curly and straight marks.
@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("The mayor’s (Labour) plan passed.", ("locale:names_in_brackets", "(Labour)")),
        ("The mayor's (Labour) plan passed.", ("locale:names_in_brackets", "(Labour)")),
        (
            "Crews from (North Harbour) (Old Town) came.",
            ("locale:names_in_brackets", "(North Harbour) (Old Town) "),
        ),
        ("“We sail at noon,” - wrote Dahl.", ("locale:dialogue_hyphen", "” - wrote Dahl")),
    ],
)
def test_each_form_of_a_pre_check_lets_its_rule_through(
    text_in: str, expected: tuple[str, str]
) -> None:
    assert expected in [(a.rule, a.text) for a in artifacts(text_in)]


# The pre-checks that open alike are searched together first: each still tells alone.
@pytest.mark.parametrize(
    "text_in",
    [
        "Prices rose 3.5 per cent by 10.30 a.m . on the 2nd day (12).",
        "The fee is 1 200 euro ; it was 12 EUR on the 1er mai.",
        "Doors open at 9h30 and close at 18h (Monday).",
        "Talks began on a Monday, the 3rd, as “planned”, she said ”.",
        "Nothing here opens like a pre-check.",
    ],
)
def test_pre_checks_searched_together_tell_each_alone(text_in: str) -> None:
    from medialit.artifacts import locale as module

    alone = {r.pattern for r, _, _ in module._locale_table() if r.search(text_in)}
    assert module._passing(text_in) == alone
