"""Captions with an agency credit and the lines of a paywall block, on text written for these
tests."""

from __future__ import annotations

import pytest

from medialit.artifacts import artifacts
from medialit.artifacts import residue as residue_rules


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


# Page furniture in the many wordings sites use; each line stands between two sentences.
FURNITURE = [
    ("Join the discussion", "residue:comment_prompt_more"),
    ("Be the first to comment", "residue:comment_prompt_more"),
    ("Log in to comment", "residue:comment_prompt_more"),
    ("Notify me of new comments by email.", "residue:comment_prompt_more"),
    ("Please enable JavaScript to view the comments", "residue:comment_prompt_more"),
    ("Click to share on Mastodon (Opens in new window)", "residue:share_prompt_more"),
    ("Send by email", "residue:share_prompt_more"),
    ("Like this:", "residue:share_prompt_more"),
    ("Add to favourites", "residue:share_prompt_more"),
    ("This site uses cookies to remember your choices.", "residue:cookie_notice"),
    ("Cookie preferences", "residue:cookie_notice"),
    ("By continuing to browse this website you accept our terms.", "residue:cookie_notice"),
    ("Photo by Lena Vogt on a harbour boat", "residue:photo_credit_more"),
    ("File photo", "residue:photo_credit_more"),
    ("Pictured: the old pier before the storm", "residue:photo_credit_more"),
    ("Toggle caption", "residue:photo_credit_more"),
    ("Image 3 of 12", "residue:photo_credit_more"),
    ("Written by Lena Vogt", "residue:byline_line"),
    ("Views: 2,481", "residue:view_counter"),
    ("318 shares", "residue:view_counter"),
    ("Scroll to continue with content", "residue:advert_more"),
    ("Partner content", "residue:advert_more"),
    ("USD 1.08 EUR", "residue:market_ticker"),
    ("Install our free news app", "residue:app_prompt"),
    ("Was this article helpful?", "residue:feedback_prompt"),
    ("Found a typo? Select it and press Ctrl+Enter", "residue:feedback_prompt"),
    ("More stories from the harbour", "residue:more_stories"),
    ("Editor's picks", "residue:more_stories"),
    ("Play video", "residue:media_control"),
]


@pytest.mark.parametrize(("line", "rule"), FURNITURE)
def test_page_furniture_in_many_wordings(line: str, rule: str) -> None:
    text = f"The ferries stayed in port on Monday.\n{line}\nThe crews waited for the wind."
    assert residue(text) == [(rule, line)]


@pytest.mark.parametrize(
    "line",
    [
        "The bakery by the harbour uses cookies from an old family recipe.",
        "By the end of the week the ferries ran again.",
        "By Lena Vogt, Harbour Desk",
        "Published 4 May 2024",
        "Photos of the storm were shared by thousands of residents on Monday.",
        "The mayor said the views from the new pier were worth the cost.",
        "Updated figures will be published next week, the port said.",
    ],
)
def test_sentences_about_the_same_things_are_not_furniture(line: str) -> None:
    text = f"The ferries stayed in port on Monday.\n{line}\nThe crews waited for the wind."
    assert residue(text) == []


def _first_line_rule(line: str) -> str | None:
    """The first line rule, in the file's order, whose pattern takes the whole line."""
    return next(
        (r.id for r in residue_rules._table()[2] if r.line and r.pattern.fullmatch(line)), None
    )


@pytest.mark.parametrize(
    "line",
    [
        *(line for line, _ in FURNITURE),
        "Share this on Facebook",
        "Copyright 2024 Harbour Weekly",
        "The crews went back to work on the pier.",
        "12 345",
        "",
    ],
)
def test_whole_line_pattern_picks_the_rule_trying_them_in_order_picks(line: str) -> None:
    pattern, by_group = residue_rules._whole_line()
    m = pattern.fullmatch(line)
    assert (by_group[m.lastindex].id if m and m.lastindex else None) == _first_line_rule(line)


GATED = [
    (
        "The ferry sank near the pier. Read full story » Crews left at noon.",
        "read_full_story",
        "Read full story »",
    ),
    (
        "The ferry sank.\nOslo 12:30 Europe/Oslo London 11:30 Europe/London\nCrews left.",
        "timezone_bar",
        "Oslo 12:30 Europe/Oslo London 11:30 Europe/London",
    ),
    ("The ferry sailed at noon. (AB/CD)\nCrews left.", "editor_initials", "(AB/CD)"),
    ("The ferry sailed.\nkm/jd\nCrews left.", "editor_initials", "km/jd"),
    ("The ferry sailed at noon, ed. by: JK and crews left.", "editor_initials", "ed. by: JK"),
]


@pytest.mark.parametrize(("text_in", "rule", "span"), GATED)
def test_a_gated_rule_fires_and_its_gate_holds_in_the_text(
    text_in: str, rule: str, span: str
) -> None:
    gate = next(r for r in residue_rules._table()[2] if r.id == rule).gate
    assert gate is not None and gate.search(text_in) is not None
    assert (f"residue:{rule}", span) in [(a.rule, a.text) for a in artifacts(text_in)]
