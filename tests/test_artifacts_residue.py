"""Captions with an agency credit and the lines of a paywall block, on text written for these
tests."""

from __future__ import annotations

import pytest

from medialit.artifacts import artifacts


def residue(text: str) -> list[tuple[str, str]]:
    return [(a.rule, a.text) for a in artifacts(text) if a.rule.startswith("residue:")]


PAYWALL = (
    "The harbour reopened on Friday.\n\n"
    "This article is for subscribers only.\n\n"
    "Reading the news is reading the world.\n\n"
    "Continue reading for €1 a month\n\n"
    "YES PLEASE\n\n"
    "Already subscribed? Log in"
)

FLAGGED = [
    (PAYWALL, ("residue:between_prompts", "Reading the news is reading the world.")),
    (PAYWALL, ("residue:between_prompts", "YES PLEASE")),
    (
        "Talks resume\n\nStill friends? The two mayors at the pierdpa\n\nOslo - Talks began.",
        ("residue:caption_credit", "Still friends? The two mayors at the pierdpa"),
    ),
    (
        "Talks resume.\nThe two mayors at the new pier (Photo: Lena Vogt)\nTalks began.",
        ("residue:caption_credit", "The two mayors at the new pier (Photo: Lena Vogt)"),
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), FLAGGED)
def test_each_rule_fires(text_in: str, expected: tuple[str, str]) -> None:
    assert expected in residue(text_in)


CLEAN = [
    "The harbour reopened on Friday.\n\nThe mayor was pleased.\n\nThe ferries ran again.",
    "Leave a Reply\n\nThe harbour reopened on Friday after a long and costly strike by the "
    "ferry crews.\n\nYour email address will not be published.",
    "The agencies dpa and AFP reported the talks.\nThe port reopened.",
]


@pytest.mark.parametrize("text_in", CLEAN)
def test_good_copy_is_left_alone(text_in: str) -> None:
    rules = [rule for rule, _ in residue(text_in)]
    assert "residue:between_prompts" not in rules and "residue:caption_credit" not in rules


FURNITURE = [
    ("Trending now", "residue:widget_line"),
    ("Reading time: 4 min", "residue:widget_line"),
    ("Report a typo", "residue:prompt_line"),
    ("Join our WhatsApp channel for the latest", "residue:prompt_line"),
    ("Photo credit: Ana Lima", "residue:credit_line"),
    ("Posted by harbourdesk", "residue:credit_line"),
    ("Copyright 2024 Harbour Weekly", "residue:copyright_line"),
    ("Translated from Portuguese", "residue:translation_label"),
]


@pytest.mark.parametrize(("line", "rule"), FURNITURE)
def test_page_furniture_lines(line: str, rule: str) -> None:
    text = f"The harbour reopened on Friday.\n\n{line}\n\nThe crews went back to work."
    assert (rule, line) in residue(text)


@pytest.mark.parametrize(
    "text_in",
    [
        "Trending topics on the island included the ferry strike and the new pier.",
        "He reported an error in the ferry timetable to the harbour office on Friday.",
        "The crews were loading the ferry when the storm hit.",
        "The novel, translated from Portuguese in 2019, sold well.",
    ],
)
def test_sentences_that_mention_such_words_are_left_alone(text_in: str) -> None:
    assert residue(text_in) == []
