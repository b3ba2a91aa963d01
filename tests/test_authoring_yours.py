"""Lesson 05 on the learner's own article: answers that speak about that article."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from medialit.authoring.yours import PREFIX, drafted, fit_to_article, fitted
from medialit.exercises import Verdict, lesson
from medialit.workbench import load_practice

QUOTES = "Whether its quotes match what the speaker really said."
TODAY = "Assume it was published today: it is on the site now."


def test_page_alone_answers_about_the_learners_article() -> None:
    ex = fitted("05_your_article", load_practice("ferry_contract"))["page_alone"]
    right = ex.check(ex.reference)
    assert right.verdict == Verdict.CORRECT
    assert "“By Lena Hartmann”" in right.text
    assert "Harbour FM" in right.text
    assert "only your teacher can judge" in right.text
    wrong = ex.check([*ex.reference, QUOTES]).text
    assert "2 direct quotes" in wrong or "direct quote" in wrong
    assert "only the original can confirm them" in wrong


def test_page_alone_differs_between_articles() -> None:
    heat = fitted("05_your_article", load_practice("heatwave_schools"))["page_alone"]
    message = heat.check(heat.reference).text
    assert "has no byline" in message
    assert "Lena Hartmann" not in message


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ferry_contract", "this is the step your article needs"),
        ("heatwave_schools", "dates itself"),
    ],
)
def test_no_date_speaks_about_the_articles_date(name: str, expected: str) -> None:
    ex = fitted("05_your_article", load_practice(name))["no_date"]
    assert expected in ex.check(ex.reference).text
    assert "On your article" in ex.check(TODAY).text


def test_fitted_lesson_saves_with_the_lesson(tmp_path: Path) -> None:
    base = lesson("05_your_article", folder=tmp_path, learner="ana")
    mine = fit_to_article(base, load_practice("ferry_contract"))
    mine.exercise("no_date").submit(TODAY)
    assert base.session.record("no_date")["verdict"] == "incorrect"
    assert mine.exercise("origin").prompt == base.exercise("origin").prompt


def test_drafted_exercises_for_the_learner_have_their_own_ids() -> None:
    built, skills, left_out = drafted(load_practice("heatwave_schools"))
    assert all(i.startswith(PREFIX) for i in built)
    assert f"{PREFIX}page_date" in built and skills[f"{PREFIX}page_date"]
    assert any("Translation" in line for line in left_out)
    assert dt.date.fromisoformat(built[f"{PREFIX}page_date"].reference)  # type: ignore[arg-type]


def test_origin_answer_is_read_back_against_the_page() -> None:
    ex = fitted("05_your_article", load_practice("ferry_contract"))["origin"]
    feedback = ex.check("Written by Lena Hartmann; the page gives no year.")
    assert feedback.verdict == Verdict.SAVED
    assert "✓ the byline “By Lena Hartmann” (you mention it)" in feedback.message
    assert "✓ no full date on the page (you mention it)" in feedback.message
    assert "○ the dateline “PORTVALE, March 14 (Coastline News) -”" in feedback.message
    assert "What only your teacher can judge" in feedback.explanation


def test_sources_answer_is_read_back_source_by_source() -> None:
    ex = fitted("05_your_article", load_practice("ferry_contract"))["sources"]
    message = ex.check("Omar Reyes, and a company spokeswoman via Harbour FM.").message
    assert "✓ Omar Reyes (you mention it)" in message
    assert "✓ Bluewater Lines (you mention it)" in message
    assert "○ critics (not in your answer: is the kit right?)" in message


def test_an_undated_bylined_page_and_a_dated_unbylined_one_differ() -> None:
    ex = fitted("05_your_article", load_practice("heatwave_schools"))["origin"]
    message = ex.check("No byline. Published in June 2024.").message
    assert "✓ no byline: the page does not name its writer (you mention it)" in message
    assert "✓ the date “Published 18 June 2024” (you mention it)" in message


def test_reading_back_leaves_the_lesson_files_reflection_kind_alone() -> None:
    from medialit.authoring.readback import ReadBack
    from medialit.exercises import Reflection, from_data

    built = from_data({"kind": "reflection", "id": "r", "prompt": "Why?", "rubric": "x"})
    assert type(built) is Reflection
    assert ReadBack.kind == "reflection"
