"""Reported words with no quote marks whose source follows them, set off by an apposition."""

from __future__ import annotations

import pytest

from medialit.attribution import Attribution, attributions

Row = tuple[str, str | None, str | None, str]


def rows(found: list[Attribution]) -> list[Row]:
    return [
        (a.type, a.source.text if a.source else None, a.cue.text if a.cue else None, a.content.text)
        for a in found
    ]


APPOSED: list[tuple[str, list[Row]]] = [
    (
        "The plan will fail, Ann Lee, a professor at Leeds, said.",
        [("indirect", "Ann Lee, a professor at Leeds", "said", "The plan will fail")],
    ),
    (
        "The bridge will reopen in May, Tom Park, a spokesman for the council, said on Monday.",
        [
            (
                "indirect",
                "Tom Park, a spokesman for the council",
                "said",
                "The bridge will reopen in May",
            )
        ],
    ),
    (
        "Fares will rise next year, the minister, who took office in March, said.",
        [("indirect", "the minister", "said", "Fares will rise next year")],
    ),
    (
        "We are not worried, a spokeswoman, who asked not to be named, told Reuters.",
        [("direct", "a spokeswoman", "told", "We are not worried")],
    ),
    (
        "The school will close in June, Maria Costa, 54, told reporters.",
        [("indirect", "Maria Costa, 54", "told", "The school will close in June")],
    ),
    (
        "Rents will rise, Omar Haddad, Leeds City Council's housing chief, wrote on Twitter.",
        [
            (
                "indirect",
                "Omar Haddad, Leeds City Council's housing chief",
                "wrote",
                "Rents will rise",
            )
        ],
    ),
    (
        "Taxes will rise, Ann Lee, a professor, said, adding that fares would rise too.",
        [
            ("indirect", "Ann Lee, a professor", "said", "Taxes will rise"),
            ("indirect", "Ann Lee, a professor", "adding", "fares would rise too"),
        ],
    ),
    (
        "The bridge is expected to reopen in May, Ann Lee, an engineer at the firm, said.",
        [
            (
                "indirect",
                "Ann Lee, an engineer at the firm",
                "said",
                "The bridge is expected to reopen in May",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), APPOSED)
def test_a_source_and_its_apposition_after_the_words(text_in: str, expected: list[Row]) -> None:
    """'..., Ann Lee, a professor at Leeds, said': the source as a quote before it would give
    it, the words the clause before the first comma."""
    assert rows(attributions(text_in)) == expected


@pytest.mark.parametrize(
    "text_in",
    [
        "Prices rose, wages fell, and Ann Lee, the mayor, resigned.",
        "Prices rose, wages fell, and Ann Lee, the mayor, said.",
        "In Leeds, Ann Lee, a professor, said.",
        "The plan will fail, the report, released by the council, said.",
    ],
)
def test_no_speaker_of_the_clause_before(text_in: str) -> None:
    """A list's last item ('and Ann Lee'), an opening phrase ('In Leeds') or a participle
    ('released by ...') is no source with its apposition, nor the words before it reported."""
    assert attributions(text_in) == []


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        (
            "The plan will fail, said Ann Lee, a professor at Leeds.",
            [("indirect", "Ann Lee", "said", "The plan will fail")],
        ),
        (
            "The plan will fail, officials at the ministry said.",
            [("indirect", "officials at the ministry", "said", "The plan will fail")],
        ),
    ],
)
def test_other_sources_after_the_words_keep_their_rules(text_in: str, expected: list[Row]) -> None:
    """A name after the verb and a source with no apposition are read by the rules they had."""
    assert rows(attributions(text_in)) == expected
