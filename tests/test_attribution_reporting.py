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
