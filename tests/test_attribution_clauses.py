"""Reported words that open with no 'that' after a verb that does not always report."""

from __future__ import annotations

import pytest

from medialit.attribution import Attribution, attributions

Row = tuple[str, str | None, str | None, str]


def rows(found: list[Attribution]) -> list[Row]:
    return [
        (a.type, a.source.text if a.source else None, a.cue.text if a.cue else None, a.content.text)
        for a in found
    ]


CLAUSES: list[tuple[str, list[Row]]] = [
    (
        "The mayor noted he had cut the budget by a third.",
        [("indirect", "The mayor", "noted", "he had cut the budget by a third")],
    ),
    (
        "The senator wrote she would vote against the bill.",
        [("indirect", "The senator", "wrote", "she would vote against the bill")],
    ),
    (
        "Ana Ruiz added they had not been told about the plan.",
        [("indirect", "Ana Ruiz", "added", "they had not been told about the plan")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), CLAUSES)
def test_a_subject_pronoun_opens_the_words_as_that_would(text_in: str, expected: list[Row]) -> None:
    """'noted he had left': 'he' can only start a clause, so the verb reports it."""
    assert rows(attributions(text_in)) == expected


@pytest.mark.parametrize(
    "text_in",
    [
        "The team added it to the list.",
        "The mayor noted the change in an interview.",
        "The senator wrote a book about her farm.",
        "She added him to the group.",
    ],
)
def test_an_object_after_the_same_verbs_is_no_report(text_in: str) -> None:
    """'added it to the list', 'noted the change': an object, not reported words."""
    assert attributions(text_in) == []


def test_a_pronoun_after_a_comma_belongs_to_the_next_verb() -> None:
    """'The talks are continuing, he said': 'he' is the speaker, not reported words."""
    assert [
        (a.source.text if a.source else None, a.cue.text if a.cue else None)
        for a in attributions("The talks are continuing, he said.")
    ] == [("he", "said")]


def test_a_name_with_a_long_description_after_a_quote() -> None:
    """'“...,” Ana Ruiz, a fellow at ... and a former envoy to ..., said': a name may carry a
    long description between the quote and the verb."""
    text = (
        "“The plan is a mistake,” Ana Ruiz, a senior fellow at a policy institute in Ohio "
        "and a former envoy to Chile, said of the bill."
    )
    assert rows(attributions(text)) == [
        (
            "direct",
            "Ana Ruiz, a senior fellow at a policy institute in Ohio and a former envoy to Chile",
            "said",
            "The plan is a mistake",
        )
    ]
