"""The printable page: the article numbered as the notebooks number it, every question, and
answers only in the teacher's edition."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from medialit import cli, handout
from medialit.article import load_article
from medialit.exercises import exercises_of, lesson_names

LESSONS = [name for name in lesson_names() if name < "05"]


def _ids(page: str) -> list[str]:
    return re.findall(r'class="medialit-pid">([^<]+)<', page)


@pytest.mark.parametrize("name", LESSONS)
def test_every_question_is_on_the_page_and_answers_only_for_the_teacher(name: str) -> None:
    learner = handout.render(name)
    teacher = handout.render(name[:2], teacher=True)
    assert _ids(learner) == _ids(load_article().to_html())
    for exercise in exercises_of(name).values():
        assert handout.escape(exercise.prompt) in learner
        assert handout.escape(exercise.prompt) in teacher
        for mistake in exercise.mistakes:
            assert handout.escape(mistake.message) in teacher
            assert handout.escape(mistake.message) not in learner
        if exercise.explanation:
            assert handout.escape(exercise.explanation) not in learner
    assert "Answer:" not in learner and "Rubric" not in learner
    assert learner.count("Answer:") < teacher.count("Answer:") == len(exercises_of(name))
    assert "Rubric" in teacher


def test_exercises_follow_the_notebook_and_its_headings() -> None:
    page = handout.render("02")
    headings = re.findall(r"<h2>(Exercise \d+)", page)
    assert headings == [f"Exercise {n}" for n in range(1, 11)]
    assert page.index("Exercise 6: who passed") < page.index("Exercise 9: what changed")


def test_label_lines_carry_the_page_numbers() -> None:
    rows = re.findall(r"<tr><td>([^<]+)</td>", handout.render("02"))
    shown = {s.id for s in load_article().sentences} | {p.id for p in load_article().paragraphs}
    assert "P6.S2" in rows and "P7.S1" in rows
    assert set(rows) <= shown


def test_the_command_writes_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "02.html"
    assert cli.main(["handout", "02_claims_and_attributions", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert cli.main(["handout", "99", "--out", str(out)]) == 2
    assert "no lesson '99'" in capsys.readouterr().out


@pytest.mark.parametrize("name", LESSONS)
def test_committed_handouts_are_up_to_date(name: str) -> None:
    folder = Path(__file__).resolve().parents[1] / "lessons" / "handouts"
    for suffix, teacher in (("", False), ("-teacher", True)):
        committed = (folder / f"{name[:2]}{suffix}.html").read_text(encoding="utf-8")
        assert committed == handout.render(name, teacher=teacher), "run `make handouts`"
