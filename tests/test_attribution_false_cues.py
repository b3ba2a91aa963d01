"""Words that look like a reporting verb but report nothing, and where a cue's span sits."""

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


# --- a past participle after a determiner and an adverb ------------------------------------

PARTICIPLES: list[tuple[str, list[Row]]] = [
    ("The figures come from publicly disclosed filings.", []),
    ("She answered questions about her recently revealed debts.", []),
    ("The club's newly announced stadium will open in May.", []),
    (
        "The board has publicly stated that it will appeal.",
        [("indirect", "The board", "stated", "it will appeal")],
    ),
    (
        "The minister quickly announced that the bridge would reopen.",
        [("indirect", "The minister", "announced", "the bridge would reopen")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), PARTICIPLES)
def test_a_participle_after_a_determiner_and_an_adverb_modifies_a_noun(
    text_in: str, expected: list[Row]
) -> None:
    """'her recently revealed debts': an adjective; 'has publicly stated': still a verb."""
    assert rows(attributions(text_in)) == expected


# --- a colon: a quote credited by a verb after it, a verb before it, a headline's phrase ------

COLONS: list[tuple[str, list[Row]]] = [
    (
        "The senator turned to him: “You have misled this committee,” she said.",
        [("direct", "she", "said", "You have misled this committee")],
    ),
    (
        'I had to rethink my reply: "Of course the bridge is safe."',
        [("labelled", "I", "had to rethink my reply", "Of course the bridge is safe")],
    ),
    ("CLARIFICATION: An earlier version misnamed the bridge.", []),
    ("Storm Over Harbour: Ferry Service Halted for Week.", []),
    ("Ruiz: The bridge will reopen.", [("labelled", "Ruiz", ":", "The bridge will reopen")]),
    (
        "Governor Of Ohio: We will rebuild.",
        [("labelled", "Governor Of Ohio", ":", "We will rebuild")],
    ),
    ("She went on to read us the question: “Do you back the toll?”", []),
    (
        "“Now let me read you the question: ‘Do you back the toll?’ Think it over,” she said.",
        [
            (
                "direct",
                "she",
                "said",
                "Now let me read you the question: ‘Do you back the toll?’ Think it over",
            )
        ],
    ),
    (
        'The paper used one of the mayor\'s lines as its headline: "Never again."',
        [("labelled", "the mayor's lines as its headline", ":", "Never again")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), COLONS)
def test_what_a_colon_before_words_credits(text_in: str, expected: list[Row]) -> None:
    """A quote that a verb after it credits is not credited again to the words before the
    colon; a verb before the colon is the cue and its subject the source; a page's label
    or a headline's phrase ('Storm Over Harbour:') is no speaker."""
    assert rows(attributions(text_in)) == expected


# --- a belief right after 'would' or 'might' ---------------------------------------------------

SUPPOSED_BELIEFS: list[tuple[str, list[Row]]] = [
    ("Experts would fear costs will soar.", []),
    ("Many economists would hope rates stay low.", []),
    ("The new owner would assume the mill's debts.", []),
    ("Experts fear costs will soar.", [("belief", "Experts", "fear", "costs will soar")]),
    (
        "The union would later hope the talks could resume.",
        [("belief", "The union", "hope", "the talks could resume")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), SUPPOSED_BELIEFS)
def test_a_belief_right_after_would_is_supposed(text_in: str, expected: list[Row]) -> None:
    """'Economists would hope rates stay low': nobody holds the belief yet; 'would later
    hope' is the narrative's past."""
    assert rows(attributions(text_in)) == expected


# --- a verb in a quote whose words come after the quote; a supposing question ------------------

QUESTIONS_AND_QUOTES: list[tuple[str, list[Row]]] = [
    (
        '"God help us if we ask the board anything," the mayor said.',
        [("direct", "the mayor", "said", "God help us if we ask the board anything")],
    ),
    ("Or would you guess the mayor was lying?", []),
    ("Would they say he had lied?", []),
    (
        "Did the mayor say the bridge would reopen?",
        [("indirect", "Did the mayor", "say", "the bridge would reopen")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), QUESTIONS_AND_QUOTES)
def test_a_quoted_verb_and_a_supposing_question_credit_nobody(
    text_in: str, expected: list[Row]
) -> None:
    """'“... if we ask the board,” the mayor said': 'ask' is part of the mayor's words, and
    what follows the quote is not its content; 'would you think ...?' asks, and credits
    nobody; 'did the mayor say ...?' still asks about words the mayor gave."""
    assert rows(attributions(text_in)) == expected


# --- a verb after a causative and its object ---------------------------------------------------

CAUSED: list[tuple[str, list[Row]]] = [
    ("The rules let them know that the bridge is shut.", []),
    ("The aides helped Mr. Ruiz explain that the toll would stay.", []),
    (
        "The panel threatened to make Ortiz testify in public.",
        [("indirect", "The panel", "threatened", "to make Ortiz testify in public")],
    ),
    (
        "The pupils who helped build the bridge say it is safe.",
        [("indirect", "The pupils who helped build the bridge", "say", "it is safe")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), CAUSED)
def test_a_verb_after_a_causative_and_its_object_reports_nothing_yet(
    text_in: str, expected: list[Row]
) -> None:
    """'let them know that ...', 'make Ortiz testify': nobody has spoken yet; 'who helped
    build the bridge say' still reports what the pupils say."""
    assert rows(attributions(text_in)) == expected


# --- a postposed source that opens with a preposition ------------------------------------------

PREPOSITION_FIRST: list[tuple[str, list[Row]]] = [
    ("Ticket prices rose by a third, by one estimate.", []),
    (
        "Mayor Calls Toll ‘A Scandal’ Over Union Comments.",
        [("mixed", "Mayor", "Calls", "Toll ‘A Scandal’ Over Union Comments")],
    ),
    (
        "The bridge will reopen in May, officials from the port said.",
        [("indirect", "officials from the port", "said", "The bridge will reopen in May")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), PREPOSITION_FIRST)
def test_a_source_after_the_words_never_opens_with_a_preposition(
    text_in: str, expected: list[Row]
) -> None:
    """'..., by one estimate', '... Over Union Comments': a phrase, not a speaker and a verb."""
    assert rows(attributions(text_in)) == expected


# --- 'That' and a reporting word in its base form, then 'be' ---------------------------------

THAT_NOUN: list[tuple[str, list[Row]]] = [
    ("That comment is a lie.", []),
    (
        "That claim was repeated by the mayor.",
        [("indirect", "the mayor", "was repeated", "That claim")],
    ),
    (
        "Officials say that claims were false.",
        [("indirect", "Officials", "say", "claims were false")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), THAT_NOUN)
def test_that_and_a_reporting_word_before_be_is_a_noun(text_in: str, expected: list[Row]) -> None:
    """'That comment is a lie': 'that' opens a noun phrase, not a clause with a verb."""
    assert rows(attributions(text_in)) == expected
