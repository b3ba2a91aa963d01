"""Core reporting verbs on real news: quote marks as papers print them, sources and content."""

from __future__ import annotations

import pytest

from medialit.article import split_sentences
from medialit.attribution import Attribution, attributions

Row = tuple[str, str | None, str | None, str]
"""(type, source, cue, content) of one attribution."""


def rows(found: list[Attribution]) -> list[Row]:
    return [
        (a.type, a.source.text if a.source else None, a.cue.text if a.cue else None, a.content.text)
        for a in found
    ]


# --- two apostrophes for a quote mark ------------------------------------------------------

DOUBLED: list[tuple[str, list[Row]]] = [
    (
        "''The pier needs repairs,'' said Olga Brandt, an engineer at the port.",
        [("direct", "Olga Brandt", "said", "The pier needs repairs")],
    ),
    (
        "''We will not wait,'' Mr. Osei told me.",
        [("direct", "Mr. Osei", "told", "We will not wait")],
    ),
    (
        "''It costs too much,'' she said. ''Nobody asked us.''",
        [
            ("direct", "she", "said", "It costs too much"),
            ("implicit", "she", None, "Nobody asked us"),
        ],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), DOUBLED)
def test_two_apostrophes_quote_like_a_quote_mark(text_in: str, expected: list[Row]) -> None:
    """'''Go,'' she said': two apostrophes open and close a quote, as '“' and '”' do."""
    assert rows(attributions(text_in)) == expected


def test_a_sentence_may_open_with_two_apostrophes() -> None:
    text = "The ferry was late. ''Again,'' a rider said."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "The ferry was late.",
        "''Again,'' a rider said.",
    ]


# --- a gerund after a preposition ----------------------------------------------------------

GERUNDS: list[tuple[str, list[Row]]] = [
    (
        "President Ana Ruiz answered the question on Friday by saying the rule was a mistake.",
        [("indirect", "President Ana Ruiz", "saying", "the rule was a mistake")],
    ),
    (
        "He won over the room by telling them that the plant would stay open.",
        [("indirect", "He", "telling", "the plant would stay open")],
    ),
    (
        "After saying the count was wrong, the senator left the chamber.",
        [("indirect", "the senator", "saying", "the count was wrong")],
    ),
    (
        "The singer ends the song before asking the crowd, “Where do we go?”",
        [("direct", "The singer", "asking", "Where do we go")],
    ),
    (
        "Moreno arrived late and began by saying she would not run again.",
        [("indirect", "Moreno", "saying", "she would not run again")],
    ),
    ("The guests left without saying a word.", []),
    ("Oz's show was a haven for saying whatever came to mind.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), GERUNDS)
def test_a_gerund_after_a_preposition_credits_the_clause_subject(
    text_in: str, expected: list[Row]
) -> None:
    """'answered by saying ...': the words are those of the clause's subject."""
    found = attributions(text_in)
    assert rows(found) == expected
    assert all(a.rule == "gerund" for a in found)


# --- where the words begin -----------------------------------------------------------------

THAT: list[tuple[str, list[Row]]] = [
    (
        "Dean said he would never do that.",
        [("indirect", "Dean", "said", "he would never do that")],
    ),
    (
        "The mayor said the city had done that before.",
        [("indirect", "The mayor", "said", "the city had done that before")],
    ),
    (
        "The mayor told reporters on Monday that the bridge was safe.",
        [("indirect", "The mayor", "told", "the bridge was safe")],
    ),
    (
        "The mayor noted that, unlike her rival, she had never missed a vote.",
        [("indirect", "The mayor", "noted", "unlike her rival, she had never missed a vote")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), THAT)
def test_a_that_inside_the_words_does_not_open_them(text_in: str, expected: list[Row]) -> None:
    """'said he would never do that': the 'that' is a pronoun in the words, not 'that ...'."""
    assert rows(attributions(text_in)) == expected


# --- what may stand between a verb and its words -------------------------------------------

BETWEEN: list[tuple[str, list[Row]]] = [
    (
        "The mayor said on the other hand, “the old pier is safe.”",
        [("direct", "The mayor", "said", "the old pier is safe")],
    ),
    (
        "“We cannot pay for this,” the mayor said, adding later, “The fund is empty.”",
        [
            ("direct", "the mayor", "said", "We cannot pay for this"),
            ("direct", "the mayor", "adding", "The fund is empty"),
        ],
    ),
    (
        "The firm said: “The plant was a success,” adding that its value had doubled.",
        [
            ("direct", "The firm", "said", "The plant was a success"),
            ("indirect", "The firm", "adding", "its value had doubled"),
        ],
    ),
    (
        "“We need more nurses,” Okafor said on Radio Kent’s “Morning Show.”",
        [("direct", "Okafor", "said", "We need more nurses")],
    ),
    (
        "The mayor told reporters on Monday “we will rebuild.”",
        [("direct", "The mayor", "told", "we will rebuild")],
    ),
    (
        "“The rule is triggered by a failure to vote,” said the ruling.",
        [("direct", "the ruling", "said", "The rule is triggered by a failure to vote")],
    ),
    ("The mayor added a note of caution.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), BETWEEN)
def test_what_stands_between_a_verb_and_its_words(text_in: str, expected: list[Row]) -> None:
    """An adverb, a show's title or a listener and a day do not hide the words."""
    assert rows(attributions(text_in)) == expected


# --- a clause with no 'that' after a verb in the past --------------------------------------

NOUN_CLAUSES: list[tuple[str, list[Row]]] = [
    (
        "They noted his lawyer offered to testify in private.",
        [("indirect", "They", "noted", "his lawyer offered to testify in private")],
    ),
    (
        "Ruiz said the rules had changed, though she noted voters are still confused.",
        [
            ("indirect", "Ruiz", "said", "the rules had changed"),
            ("indirect", "she", "noted", "voters are still confused"),
        ],
    ),
    (
        "The mayor added two more lanes would open in May.",
        [("indirect", "The mayor", "added", "two more lanes would open in May")],
    ),
    ("The council noted the increased costs of the project.", []),
    ("The council noted Smith's comments on its website.", []),
    (
        "When the firm sold the plant, Barrett said, “We were stunned.”",
        [("direct", "Barrett", "said", "We were stunned")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), NOUN_CLAUSES)
def test_a_clause_with_its_own_verb_is_the_words(text_in: str, expected: list[Row]) -> None:
    """'noted clients are leaving': a noun and its verb open the words, as 'that' would."""
    assert rows(attributions(text_in)) == expected


# --- asides set off by dashes --------------------------------------------------------------

DASHES: list[tuple[str, list[Row]]] = [
    (
        "Kay -- co-author of a book on the mayor, a study of his years in office -- said "
        "the mayor tended to make promises.",
        [("indirect", "Kay", "said", "the mayor tended to make promises")],
    ),
    (
        "The mayor — who took office in May — said the bridge would reopen.",
        [("indirect", "The mayor", "said", "the bridge would reopen")],
    ),
    (
        "Half of his advice is unsupported — or wrong — according to a leading medical journal.",
        [
            (
                "according_to",
                "a leading medical journal",
                "according to",
                "Half of his advice is unsupported — or wrong",
            )
        ],
    ),
    (
        "When the firm sold the plant, Barrett told reporters, “We were stunned.”",
        [("direct", "Barrett", "told", "We were stunned")],
    ),
    ("The bill was co-written by Ana Ruiz.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), DASHES)
def test_an_aside_in_dashes_stands_apart(text_in: str, expected: list[Row]) -> None:
    """'Kay -- an aide to the mayor -- said': the source is the name before the aside."""
    assert rows(attributions(text_in)) == expected


# --- a verb joined by 'and' or 'but' -------------------------------------------------------

JOINED: list[tuple[str, list[Row]]] = [
    (
        "Farmers also called the harvest poor, and said the mill might close.",
        [("indirect", "Farmers", "said", "the mill might close")],
    ),
    (
        "Ruiz has urged allies to spend more but has said she will keep the treaty.",
        [
            ("indirect", "Ruiz", "urged", "to spend more"),
            ("indirect", "Ruiz", "said", "she will keep the treaty"),
        ],
    ),
    ("Police arrived and said nothing.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), JOINED)
def test_a_verb_joined_to_a_clause_shares_its_subject(text_in: str, expected: list[Row]) -> None:
    """'... and said ...', '... but has said ...': the joined clause's subject speaks."""
    found = attributions(text_in)
    assert rows(found) == expected
    assert found[-1:] == [] or found[-1].rule == "coordinated"


SUBJECTS: list[tuple[str, list[Row]]] = [
    (
        "On Sunday morning Republican vice-presidential nominee Gov. Ana Ruiz (R-IN) said "
        "the debate was a circus.",
        [("indirect", "Gov. Ana Ruiz (R-IN)", "said", "the debate was a circus")],
    ),
    (
        "Harbour chief Ana Ruiz weighed in on the radio, saying that officials should "
        "release the videos.",
        [
            (
                "indirect",
                "Harbour chief Ana Ruiz",
                "saying",
                "officials should release the videos",
            )
        ],
    ),
    (
        "Tom Hale, her opponent, bemoaned the unrest and said the police had done well.",
        [("indirect", "Tom Hale", "said", "the police had done well")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), SUBJECTS)
def test_the_subject_of_the_clause_is_the_source(text_in: str, expected: list[Row]) -> None:
    """A long name before an aside in brackets, a participle's and a joined verb's subject."""
    assert rows(attributions(text_in)) == expected


ENDS: list[tuple[str, list[Row]]] = [
    (
        "Hale could back the plan if it pays, Sen. Ana Ruiz (R-S.C.) told The Daily Herald "
        "on Thursday.",
        [("indirect", "Sen. Ana Ruiz (R-S.C.)", "told", "Hale could back the plan if it pays")],
    ),
    (
        "The children watched the video on Thursday, attorneys for the family said.",
        [
            (
                "indirect",
                "attorneys for the family",
                "said",
                "The children watched the video on Thursday",
            )
        ],
    ),
    (
        "Tolls are unlikely to change much, noted KTV’s Dana Chin.",
        [("indirect", "KTV’s Dana Chin", "noted", "Tolls are unlikely to change much")],
    ),
    (
        "After saying her foot was “too swollen to walk,” she was taken to a hospital.",
        [("mixed", "she", "saying", "her foot was “too swollen to walk,”")],
    ),
    (
        "Officials privately said the plan was dead.",
        [("indirect", "Officials", "said", "the plan was dead")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), ENDS)
def test_where_a_source_ends(text_in: str, expected: list[Row]) -> None:
    """A listener named after 'told', a noun in -ly, a possessive name, a quote's comma."""
    assert rows(attributions(text_in)) == expected


# --- sources across a story ----------------------------------------------------------------

STORY = (
    "Officials said the ferry would not sail on Friday. They added that the storm was moving "
    "east. The harbour master, Tom Hale, said the pier was safe. He said repairs were done. "
    "A person familiar with the talks said a deal was close."
)


def test_sources_resolved_across_a_story() -> None:
    """The source span stays as written; `speaker` names who it is, `vague` says when nobody."""
    found = [(a.source.text if a.source else None, a.speaker, a.vague) for a in attributions(STORY)]
    assert found == [
        ("Officials", "officials", True),
        ("They", "officials", True),
        ("The harbour master, Tom Hale", "Tom Hale", False),
        ("He", "Tom Hale", False),
        ("A person familiar with the talks", "a person familiar with the talks", True),
    ]


def test_a_source_after_a_quote_may_hold_a_noun_like_a_verb() -> None:
    """'one of the counties taking ...': 'counties' after 'the' is a noun, and 'at a news event'
    is where the words were said, never a source."""
    text = (
        "“It is a raid on our rivers,” Ana Ruiz, the attorney general of Erie, "
        "one of the counties taking the board to court, said at a news event this month."
    )
    [found] = attributions(text)
    assert found.source is not None and found.source.text.startswith("Ana Ruiz, the attorney")
    assert found.content.text == "It is a raid on our rivers"


AFTER_NAME: list[tuple[str, list[Row]]] = [
    (
        "The ad uses footage of Ana Ruiz asking, “Why am I not ahead?”",
        [("direct", "Ana Ruiz", "asking", "Why am I not ahead")],
    ),
    ("Ruiz was seen leaving the building.", []),
    ("The report found Hale saying nothing.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), AFTER_NAME)
def test_a_participle_right_after_a_name(text_in: str, expected: list[Row]) -> None:
    """'footage of Ana Ruiz asking, “...”': the name right before the participle speaks."""
    assert rows(attributions(text_in)) == expected


def test_a_joined_verb_never_takes_the_clause_before_as_its_source() -> None:
    """'... fed the bees and found that ...': the source is never the whole first clause."""
    found = attributions(
        "A team of biologists fed honeybees a new syrup and found that more colonies lived."
    )
    assert all(a.source is None or " and" not in a.source.text for a in found)


def test_words_end_where_a_second_source_for_them_begins() -> None:
    """'... and found that X, the doctors reported ...': X is the finding, not the tail."""
    found = attributions(
        "A team at the University of Easton fed the mice less sugar and found that more of "
        "them lived, the doctors reported in a study published on 3 June."
    )
    assert found
    assert all("reported" not in a.content.text for a in found if a.cue.text != "reported")
