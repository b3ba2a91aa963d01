"""Nouns that attribute: what was said, by whom, with the noun as the cue."""

from __future__ import annotations

import pytest

from medialit.attribution import Attribution, attributions

Row = tuple[str, str | None, str | None, str]
"""(type, source, cue, content) of one attribution."""


def rows(found: list[Attribution]) -> list[Row]:
    return [
        (a.type, a.source.text if a.source else None, a.cue.text if a.cue else None, a.content.text)
        for a in found
    ]


# --- a possessed noun, when it was said, then what it was about ----------------------------

SAID_WHEN: list[tuple[str, list[Row]]] = [
    (
        "The coach's comments Monday on the referee were harsh.",
        [("nominal", "The coach", "comments", "the referee")],
    ),
    (
        "Her announcement in 2019 of a new tram line was a surprise.",
        [("nominal", "Her", "announcement", "a new tram line")],
    ),
    ("Her comments on Tuesday were brief.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), SAID_WHEN)
def test_a_time_between_a_possessed_noun_and_its_preposition(
    text_in: str, expected: list[Row]
) -> None:
    """'her comments Tuesday on the strike': the time belongs to the saying, not the words."""
    assert rows(attributions(text_in)) == expected


# --- a noun of reaction after a word of receiving -------------------------------------------

REACTIONS: list[tuple[str, list[Row]]] = [
    (
        "The mayor faced sharp criticism from unions over the new toll.",
        [("nominal", "unions", "criticism", "the new toll")],
    ),
    (
        "Ruiz has come under withering criticism for her handling of the strike.",
        [("nominal", None, "criticism", "her handling of the strike")],
    ),
    (
        "The council is drawing criticism after it closed the library.",
        [("nominal", None, "criticism", "The council")],
    ),
    ("The plan drew praise from tenants.", [("nominal", "tenants", "praise", "The plan")]),
    (
        "The plan faced a fierce backlash from tenants.",
        [("nominal", "tenants", "backlash", "The plan")],
    ),
    ("She faced the cameras.", []),
    ("She faced a long drive home.", []),
    ("The bridge drew crowds from the whole region.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), REACTIONS)
def test_a_noun_of_reaction_after_a_word_of_receiving(text_in: str, expected: list[Row]) -> None:
    """'faced criticism from unions over the toll': the unions react; with no 'from', nobody
    is named, and the content is what the reaction was for, or else who received it."""
    assert rows(attributions(text_in)) == expected


def test_a_reaction_names_its_rule() -> None:
    """The rule that made it is in the attribution, for a reader to look up."""
    (found,) = attributions("The striker faced ridicule online.")
    assert (found.rule, found.source, found.content.text) == ("reaction", None, "The striker")


# --- a noun with no determiner after a preposition, then 'that' and a clause ----------------

BARE: list[tuple[str, list[Row]]] = [
    (
        "The talks opened amid growing concerns that the deal would collapse.",
        [("nominal", None, "concerns", "the deal would collapse")],
    ),
    (
        "The vote went ahead despite claims that Ruiz had resigned.",
        [("nominal", None, "claims", "Ruiz had resigned")],
    ),
    (
        "The firm was hit by charges that it had hidden losses.",
        [("nominal", None, "charges", "it had hidden losses")],
    ),
    (
        "“We give tenants hope that the rent will fall,” the letter says.",
        [("direct", "the letter", "says", "We give tenants hope that the rent will fall")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), BARE)
def test_a_noun_with_no_determiner_after_a_preposition(text_in: str, expected: list[Row]) -> None:
    """'amid concerns that the deal would collapse': nobody is named; in a quote, the noun
    is part of the speaker's words."""
    assert rows(attributions(text_in)) == expected


# --- 'in' and a poll ---------------------------------------------------------------------------

POLLS: list[tuple[str, list[Row]]] = [
    (
        "In the latest Harbour Times poll, conducted in May, Ruiz leads by five points.",
        [
            (
                "according_to",
                "the latest Harbour Times poll, conducted in May",
                "In",
                "Ruiz leads by five points",
            )
        ],
    ),
    ("In this poll, the mayor trails.", [("according_to", "this poll", "In", "the mayor trails")]),
    (
        "Ruiz made gains in two polls of likely voters.",
        [("according_to", "two polls", "in", "Ruiz made gains")],
    ),
    (
        "Voters in the poll said the toll was too high.",
        [("indirect", "Voters in the poll", "said", "the toll was too high")],
    ),
    ("She works in polling.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), POLLS)
def test_a_poll_after_in_is_the_source_of_the_clause_beside_it(
    text_in: str, expected: list[Row]
) -> None:
    """'In this poll, the mayor trails': the poll is the source, as with 'according to'; a
    poll inside someone's name as a source ('Voters in the poll said') is part of it."""
    assert rows(attributions(text_in)) == expected


# --- 'by' someone's own account ----------------------------------------------------------------

ACCOUNTS: list[tuple[str, list[Row]]] = [
    (
        "By her own admission, the talks failed.",
        [("nominal", "her", "admission", "the talks failed")],
    ),
    (
        "By the mayor's count, forty shops have closed.",
        [("nominal", "the mayor", "count", "forty shops have closed")],
    ),
    ("By this account, nobody left.", []),
    ("He settled the account, and left.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), ACCOUNTS)
def test_by_someones_own_account(text_in: str, expected: list[Row]) -> None:
    """'By her own admission, ...': she is the source of the clause after the comma."""
    assert rows(attributions(text_in)) == expected
