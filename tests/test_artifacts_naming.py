"""One person or body under two names in one text, on sentences written for these tests."""

from __future__ import annotations

import pytest

from medialit.artifacts import artifacts

FLAGGED = [
    (
        "President Zelenskyy spoke first. Later Zelensky said the talks were useful.",
        "names:transliteration",
        "Zelensky",
        "Zelenskyy",
    ),
    (
        "Governor Khabirov opened the bridge. Habirov's office said it was safe.",
        "names:transliteration",
        "Habirov",
        "Khabirov",
    ),
    (
        "The nurse Dilek Yavuzer saw the smoke. Dilek Yavuz called the fire brigade.",
        "names:surname",
        "Yavuz",
        "Yavuzer",
    ),
]


@pytest.mark.parametrize(("text_in", "rule", "span", "fix"), FLAGGED)
def test_one_name_written_two_ways(text_in: str, rule: str, span: str, fix: str) -> None:
    flags = [a for a in artifacts(text_in) if a.rule == rule]
    assert [(a.text, a.suggestion) for a in flags] == [(span, fix)]


CLEAN = [
    "Our team and your team met; Zelenskyy spoke and Zelenskyy's aide agreed.",
    "New York fans cheered, and a New Yorker wrote about the game.",
    "Maria Lopez and Maria Lopes are two different runners from two towns.",
    "Carla Benn met Carla Bennof at the station.",
]


@pytest.mark.parametrize("text_in", CLEAN)
def test_consistent_and_different_names_are_left_alone(text_in: str) -> None:
    flags = [a for a in artifacts(text_in) if a.rule.startswith(("names:trans", "names:surn"))]
    assert flags == []
