"""Where a reporting word is a noun, not a verb, and the nouns that attribute by themselves."""

from __future__ import annotations

import pytest

from medialit.attribution import Attribution, attributions
from medialit.attribution.lexicons import _phrase_pattern

Row = tuple[str, str | None, str | None, str]
"""(type, source, cue, content) of one attribution."""


def rows(found: list[Attribution]) -> list[Row]:
    return [
        (a.type, a.source.text if a.source else None, a.cue.text if a.cue else None, a.content.text)
        for a in found
    ]


# --- a reporting word after an adjective, a number or a plural quantifier ------------------

NOUNS: list[tuple[str, list[Row]]] = [
    ("Many parents were upset by the derogatory comments posted online.", []),
    ("The auditors filed an investigative report last spring.", []),
    ("The paper rated 40% of Democratic claims as misleading.", []),
    ("The paper rated many Labour claims as misleading.", []),
    ("Two reports reached the committee before the vote.", []),
    ("The 1990s reports on the mine were never published.", []),
    ("His latest remarks will not end the row over the stadium.", []),
    (
        "The official says the road will close in June.",
        [("indirect", "The official", "says", "the road will close in June")],
    ),
    (
        "The critic claims the film is far too long.",
        [("indirect", "The critic", "claims", "the film is far too long")],
    ),
    (
        "The three say they will appeal the ruling.",
        [("indirect", "The three", "say", "they will appeal the ruling")],
    ),
    (
        "The coach's staff say that the team is tired.",
        [("indirect", "The coach's staff", "say", "the team is tired")],
    ),
    (
        "Veritas3 claims its filter removes every trace of lead.",
        [("indirect", "Veritas3", "claims", "its filter removes every trace of lead")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), NOUNS)
def test_a_reporting_word_after_a_modifier_is_a_noun(text_in: str, expected: list[Row]) -> None:
    """'derogatory comments', 'two reports': a noun; 'the official says': still a verb."""
    assert rows(attributions(text_in)) == expected


# --- a possessor, then modifiers, then a noun that attributes -----------------------------

POSSESSED: list[tuple[str, list[Row]]] = [
    (
        "His infamous comment about lazy students was recorded.",
        [("nominal", "His", "comment", "lazy students")],
    ),
    (
        "Her campaign promise to cut fares was broken within a year.",
        [("nominal", "Her", "promise", "to cut fares")],
    ),
    ("Neither the club nor the player's agent commented on the reports.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), POSSESSED)
def test_modifiers_between_a_possessor_and_its_noun(text_in: str, expected: list[Row]) -> None:
    """'his infamous comment about': the modifiers belong to the noun; the possessor speaks."""
    assert rows(attributions(text_in)) == expected


# --- a clause in 'as' ----------------------------------------------------------------------

AS_CLAUSES: list[tuple[str, list[Row]]] = [
    (
        "The striker had a knee injury, as the club has said.",
        [("indirect", "the club", "said", "The striker had a knee injury")],
    ),
    (
        "Prices rose in the spring, as the bank had predicted.",
        [("belief", "the bank", "predicted", "Prices rose in the spring")],
    ),
    (
        "The road was closed, as the council told residents on Friday.",
        [("indirect", "the council", "told", "The road was closed")],
    ),
    (
        "As the club has said, the striker had a knee injury.",
        [("indirect", "the club", "said", "the striker had a knee injury")],
    ),
    (
        'The new rule is "a tax on the poor," as one teacher put it.',
        [("mixed", "one teacher", "put it", 'The new rule is "a tax on the poor,"')],
    ),
    ("He put it on the shelf near the door.", []),
    (
        "The crowd cheered, as the mayor said that the park would reopen.",
        [("indirect", "the mayor", "said", "the park would reopen")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), AS_CLAUSES)
def test_a_clause_in_as_names_the_source(text_in: str, expected: list[Row]) -> None:
    """'..., as the club has said': the club is the source of the clause before the comma."""
    assert rows(attributions(text_in)) == expected


# --- an opening phrase before a source set off by commas ----------------------------------

OPENING: list[tuple[str, list[Row]]] = [
    (
        "In a statement, the club's lawyer, Ana Pires, said the contract was void.",
        [("indirect", "the club's lawyer, Ana Pires", "said", "the contract was void")],
    ),
    (
        "On Monday, the mayor, Ana Pires, said the bridge would reopen.",
        [("indirect", "the mayor, Ana Pires", "said", "the bridge would reopen")],
    ),
    ("Under the plan, announced on Monday, fares will rise.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), OPENING)
def test_an_opening_phrase_is_not_the_source(text_in: str, expected: list[Row]) -> None:
    """'In a statement, the club's lawyer, Ana Pires, said': the lawyer speaks."""
    assert rows(attributions(text_in)) == expected


# --- a relative pronoun that is the object of the verb ------------------------------------

RELATIVES: list[tuple[str, list[Row]]] = [
    (
        "The fee, which officials say will double, is unpopular.",
        [("indirect", "officials", "say", "will double")],
    ),
    (
        "Lopez, whom critics say was too slow, resigned.",
        [("indirect", "critics", "say", "was too slow")],
    ),
    (
        "The coach, who says he is tired, will retire.",
        [("indirect", "The coach", "says", "he is tired")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), RELATIVES)
def test_a_relative_pronoun_is_not_the_source(text_in: str, expected: list[Row]) -> None:
    """'which officials say will double': officials speak; 'which' is what they speak of."""
    assert rows(attributions(text_in)) == expected


# --- passives and participles with an agent after 'by' ------------------------------------

AGENTS: list[tuple[str, list[Row]]] = [
    (
        "The story was first reported by the Daily Herald.",
        [("indirect", "the Daily Herald", "was first reported by", "The story")],
    ),
    (
        "The figures were cited by the minister in a speech.",
        [("indirect", "the minister", "were cited by", "The figures")],
    ),
    (
        "The tax is a mistake (a view echoed by most of the growers we visited).",
        [("indirect", "most of the growers we visited", "echoed", "a view")],
    ),
    (
        "The figures, confirmed by the ministry on Monday, show a rise in crime.",
        [("indirect", "the ministry", "confirmed", "The figures")],
    ),
    (
        "The mayor has been criticised by the union.",
        [("indirect", "the union", "has been criticised", "The mayor")],
    ),
    ("The council approved by a wide margin a plan to cut fares.", []),
    (
        "The mayor announced by email that the pool would close.",
        [("indirect", "The mayor", "announced", "the pool would close")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), AGENTS)
def test_an_agent_after_by_is_the_source(text_in: str, expected: list[Row]) -> None:
    """'was first reported by the Herald', 'a view echoed by the growers': the agent speaks."""
    assert rows(attributions(text_in)) == expected


# --- verbs of regard: 'see X as Y' ---------------------------------------------------------

REGARD: list[tuple[str, list[Row]]] = [
    (
        "Most parents see the new timetable as a step backwards.",
        [("belief", "Most parents", "see", "the new timetable as a step backwards")],
    ),
    (
        "Many teachers, who saw the change as an insult, went on strike.",
        [("belief", "Many teachers", "saw", "the change as an insult")],
    ),
    (
        "The court was viewed as friendly to landlords.",
        [("belief", None, "viewed", "The court was viewed as friendly to landlords")],
    ),
    ("The new rules will help farmers see profits as well as losses.", []),
    ("We saw the mayor at the station.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), REGARD)
def test_a_verb_of_regard_credits_a_judgement(text_in: str, expected: list[Row]) -> None:
    """'Critics see the plan as a tax': the critics judge; 'as well as' judges nothing."""
    assert rows(attributions(text_in)) == expected


# --- a participle right after a noun phrase -----------------------------------------------

AFTER_NOUN: list[tuple[str, list[Row]]] = [
    (
        "The club put out a statement announcing the signing of two players.",
        [("indirect", "a statement", "announcing", "the signing of two players")],
    ),
    (
        "The thread included one saying that the vote was rigged.",
        [("indirect", "one", "saying", "the vote was rigged")],
    ),
    (
        'The clip shows the coach saying, "We played badly."',
        [("direct", "the coach", "saying", "We played badly")],
    ),
    (
        "The mayor keeps saying the budget is balanced.",
        [("indirect", "The mayor", "saying", "the budget is balanced")],
    ),
    ("The crowd waved a banner saying goodbye to the coach.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), AFTER_NOUN)
def test_a_participle_after_a_noun_phrase(text_in: str, expected: list[Row]) -> None:
    """'a statement announcing the pick': the statement announces; 'keeps saying': the mayor."""
    assert rows(attributions(text_in)) == expected


# --- a quote after a colon with no verb to introduce it -----------------------------------

COLONS: list[tuple[str, list[Row]]] = [
    (
        'A lesson from the old coach: "Never give up on a game."',
        [("labelled", "the old coach", ":", "Never give up on a game")],
    ),
    (
        'The problem is plain from this finding: "Nine in ten schools lack a nurse."',
        [("labelled", "this finding", ":", "Nine in ten schools lack a nurse")],
    ),
    (
        "Said Ortiz: “We will not give up.”",
        [("direct", "Ortiz", "Said", "We will not give up")],
    ),
    (
        'The mayor said: "We will rebuild the bridge."',
        [("direct", "The mayor", "said", "We will rebuild the bridge")],
    ),
    ('Editor\'s note: "The road is open again."', []),
    (
        'Reports from the flooded valley: "The water is still rising."',
        [("labelled", "the flooded valley", ":", "The water is still rising")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), COLONS)
def test_a_colon_before_a_quote_credits_the_words_before(text_in: str, expected: list[Row]) -> None:
    """'A lesson from the coach: “...”': the coach's words; 'Said Ortiz:': Ortiz's."""
    assert rows(attributions(text_in)) == expected


# --- 'went on to say' -----------------------------------------------------------------------

CARRIED_ON: list[tuple[str, list[Row]]] = [
    (
        "The coach went on to explain how the team had trained.",
        [("indirect", "The coach", "explain", "how the team had trained")],
    ),
    (
        "She went on to say that the school would close.",
        [("indirect", "She", "say", "the school would close")],
    ),
    ("The union went on to strike for a week.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), CARRIED_ON)
def test_went_on_to_say_is_the_subjects_verb(text_in: str, expected: list[Row]) -> None:
    """'The coach went on to explain ...': the coach explains; 'to' does not hide the verb."""
    assert rows(attributions(text_in)) == expected


# --- a request to the reader ----------------------------------------------------------------

REQUESTS: list[tuple[str, list[Row]]] = [
    ("Please tell the office that the lift is broken.", []),
    ("Please, ask yourself that question.", []),
    ("Please read the notes I wrote last year for new members.", []),
    (
        "The librarian said, please return the books by Friday.",
        [("indirect", "The librarian", "said", "please return the books by Friday")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), REQUESTS)
def test_a_request_to_the_reader_credits_nobody(text_in: str, expected: list[Row]) -> None:
    """'Please tell the office ...': the reader is asked; nobody is credited with words."""
    assert rows(attributions(text_in)) == expected


# --- a supposition: 'you might ask', 'the board would rule' ---------------------------------

SUPPOSED: list[tuple[str, list[Row]]] = [
    ("You might ask why the bridge was closed.", []),
    ("The board would rule that the pier is safe.", []),
    ("If the vote were held today, the mayor would say the rail link comes first.", []),
    (
        "The coach would later say that the team had been tired.",
        [("indirect", "The coach", "say", "the team had been tired")],
    ),
    (
        "Experts say the council would claim the land.",
        [("indirect", "Experts", "say", "the council would claim the land")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), SUPPOSED)
def test_a_verb_right_after_would_or_might_is_a_supposition(
    text_in: str, expected: list[Row]
) -> None:
    """'You might ask ...': nobody has asked; 'would later say' is still the narrative's past."""
    assert rows(attributions(text_in)) == expected


# --- where an attribution phrase may start ----------------------------------------------

PHRASE_STARTS: list[tuple[str, list[int]]] = [
    ("Prices rose, according to the bank.", [13]),
    ("Prices rose, ACCORDING\tTO the bank.", [13]),
    ("Quoting the mayor, the paper said the pier will close.", [0]),
    ("(citing two officials)", [1]),
    ("He spoke in  an interview with the BBC.", [9]),
    ("The panel misquoted by far the most witnesses.", []),
    ("The rules were cited by_laws of the town.", []),
    ("A rumour spread, according toward the end of the day.", []),
    ("A résuméaccording to him.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), PHRASE_STARTS)
def test_an_attribution_phrase_starts_at_a_word_boundary_in_any_case(
    text_in: str, expected: list[int]
) -> None:
    """'according to', 'citing': a whole word in any case, never the end of a longer word."""
    assert [m.start() for m in _phrase_pattern().finditer(text_in)] == expected
