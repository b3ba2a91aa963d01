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
