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
    ("Lindqvistdpa\n\nThe port reopened.", ("glue:credit", "Lindqvistdpa", "Lindqvist dpa")),
    ("NewsIran reported the talks.", ("glue:camel", "NewsIran", "News Iran")),
]


@pytest.mark.parametrize(("text_in", "expected"), FLAGGED)
def test_each_rule_fires(text_in: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in glued(text_in)


CLEAN = [
    "The ferry sank near the harbour wall. They were all rescued.",
    "She read When Harry Met Sally and If I Stay on the ferry.",
    "The agency dpa and the agency AFP reported it.",
    "Crews from Hamburg and Bremen helped.\nThe port reopened on Friday.",
    "The ship is called theLindqvistdpa\nThe port reopened on Friday.",
    " If the port closes, the town suffers.",
]


@pytest.mark.parametrize("text_in", CLEAN)
def test_good_english_is_left_alone(text_in: str) -> None:
    assert [rule for rule, _, _ in glued(text_in) if rule in ("glue:run_on", "glue:credit")] == []


# Words run together across a punctuation mark, or a common word glued to a short one.
ACROSS_MARKS = [
    (
        "The ferries stayed in port until Friday.Crews said the wind was too strong.",
        [("glue:after_stop", "Friday.Crews", "Friday. Crews")],
    ),
    (
        "The harbour closed early;the crews went home.",
        [("glue:after_comma", "early;the", "early; the")],
    ),
    (
        "Ferries from Bergen,Aalborg and Kiel were late.",
        [("glue:after_comma", "Bergen,Aalborg", "Bergen, Aalborg")],
    ),
    ("Fares rose 7%over the summer.", [("glue:after_percent", "7%over", "7% over")]),
    (
        "The pier opened on Friday(local time) after repairs.",
        [("glue:before_bracket", "Friday(local", "Friday (local")],
    ),
    (
        "The fares were approved by the councilat a late meeting.",
        [("glue:dictionary", "councilat", "council at")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), ACROSS_MARKS)
def test_words_run_together_across_a_mark(
    text_in: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert glued(text_in) == expected


@pytest.mark.parametrize(
    "text_in",
    [
        "The ferry reached St.Petersburg and Mt.Everest was on the poster.",
        "Crew lists are at www.Harbour.example/Ferries and on the board.",
        "The port handled 1,250 ships, e.g. tankers, in 2023; it grew 4% in May.",
        "The citizen(s) of the town and the pier (old) were named.",
        "The ferry stopped at Gdansk, Kiel and Aarhus.",
    ],
)
def test_marks_between_words_that_belong_there(text_in: str) -> None:
    assert glued(text_in) == []


# Every mark a word is glued to, and long unknown words among known ones, in one text each.
GLUED_IN_ORDER = [
    (
        "The court (TSE)ruled on Friday and the mayor said “no”today; crews said ’’nothing.",
        [
            ("glue:punctuation", "(TSE)ruled", "(TSE) ruled"),
            ("glue:punctuation", "”today", "” today"),
            ("glue:punctuation", "’’nothing", "’’ nothing"),
        ],
    ),
    (
        "The harbourmaster told the crewsabout the ferrythe council approved.",
        [
            ("glue:dictionary", "crewsabout", "crews about"),
            ("glue:dictionary", "ferrythe", "ferry the"),
        ],
    ),
    (
        "Lindqvistwho spoke at the Harbourof the town, the councilat noon.",
        [
            ("glue:dictionary", "Lindqvistwho", "Lindqvist who"),
            ("glue:dictionary", "Harbourof", "Harbour of"),
            ("glue:dictionary", "councilat", "council at"),
        ],
    ),
    # A mark inside words glued at an earlier mark is part of that one trace.
    (
        "The agency (AFP said”Ria”Novosti)reported it on Monday.",
        [
            (
                "glue:punctuation",
                "(AFP said”Ria”Novosti)reported",
                "(AFP said” Ria” Novosti) reported",
            ),
        ],
    ),
    # Each time the unknown word stands alone, not inside a longer or hyphenated word.
    (
        "The crewsabout left; the crewsabouts stayed, re-crewsabout and the crewsabout came.",
        [
            ("glue:dictionary", "crewsabout", "crews about"),
            ("glue:dictionary", "crewsabout", "crews about"),
        ],
    ),
    # The same with a multiplication sign, which the word pattern's class takes too.
    (
        "The ferrythe sailed 3×4 metres, and the ferrythe crew-ferrythe waited.",
        [
            ("glue:dictionary", "ferrythe", "ferry the"),
            ("glue:dictionary", "ferrythe", "ferry the"),
        ],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), GLUED_IN_ORDER)
def test_each_glued_word_is_found_in_order(
    text_in: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert glued(text_in) == expected


# A small word glued to a determiner is one word of its own; the same letters inside a
# longer word ("father", "inherited") are not.
LOWER_GLUE = [
    (
        "The ferry sailed intothe harbour and ofthe crew, rather than her father, atthe pier.",
        [
            ("glue:lower", "intothe", "into the"),
            ("glue:lower", "ofthe", "of the"),
            ("glue:lower", "atthe", "at the"),
        ],
    ),
    (
        "The crew went into the harbour andthe mayor saidthe pier was open.",
        [("glue:lower", "andthe", "and the"), ("glue:lower", "saidthe", "said the")],
    ),
    ("Whether the father or the weather, rather than that, inherited nothing.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), LOWER_GLUE)
def test_small_words_glued_to_a_determiner(
    text_in: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert glued(text_in) == expected
