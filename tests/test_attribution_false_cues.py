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
