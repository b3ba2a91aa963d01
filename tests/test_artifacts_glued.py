"""Sentences and credit lines run together, on sentences written for these tests."""

from __future__ import annotations

import pytest

from medialit.artifacts import artifacts


def glued(text: str) -> list[tuple[str, str, str | None]]:
    return [(a.rule, a.text, a.suggestion) for a in artifacts(text) if a.category == "glued_words"]


FLAGGED = [
    (
        "From our correspondent Lena Vogt If the port closes, the town suffers.",
        ("glue:run_on", "Vogt If", "Vogt. If"),
    ),
    (
        "The ferry sank near the harbour wall They were all rescued.",
        ("glue:run_on", "wall They", "wall. They"),
    ),
    (
        "The new pier and its builder, Jonas Lindqvistdpa\n\nOslo (dpa) - The port reopened.",
        ("glue:credit", "Lindqvistdpa", "Lindqvist dpa"),
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), FLAGGED)
def test_each_rule_fires(text_in: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in glued(text_in)


CLEAN = [
    "The ferry sank near the harbour wall. They were all rescued.",
    "She read When Harry Met Sally and If I Stay on the ferry.",
    "The agency dpa and the agency AFP reported it.",
    "Crews from Hamburg and Bremen helped.\nThe port reopened on Friday.",
]


@pytest.mark.parametrize("text_in", CLEAN)
def test_good_english_is_left_alone(text_in: str) -> None:
    assert [rule for rule, _, _ in glued(text_in) if rule in ("glue:run_on", "glue:credit")] == []
