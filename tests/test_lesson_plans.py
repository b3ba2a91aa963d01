"""Each lesson plan matches its notebook, its lesson data and the article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from medialit import handout
from medialit.article import load_article

ROOT = Path(__file__).resolve().parents[1]
PLANS = sorted((ROOT / "lessons").glob("0[0-4]_*.md"))
ARTICLE = load_article()
IDS = {p.id for p in ARTICLE.paragraphs} | {s.id for s in ARTICLE.sentences}


def _section(text: str, heading: str) -> str:
    parts = re.split(r"^## ", text, flags=re.M)
    found = [p for p in parts if p.lower().startswith(heading.lower())]
    assert found, f"no section '## {heading}'"
    return "\n".join(found)


@pytest.fixture(params=PLANS, ids=lambda p: p.stem)
def plan(request: pytest.FixtureRequest) -> tuple[str, str]:
    path: Path = request.param
    return path.stem, path.read_text(encoding="utf-8")


def test_there_is_a_plan_per_lesson() -> None:
    assert [p.stem[:2] for p in PLANS] == ["00", "01", "02", "03", "04"]


def test_answers_name_every_exercise_in_notebook_order(plan: tuple[str, str]) -> None:
    name, text = plan
    order = list(handout.headings(name))
    named = re.findall(r"`(\w+)`", _section(text, "Answers"))
    assert [i for i in named if i in order] == order


def test_minutes_sum_to_the_lesson_length(plan: tuple[str, str]) -> None:
    _, text = plan
    length = re.search(r"\*\*Time:\*\*.*\((\d+) minutes\)", text)
    assert length is not None
    minutes = [int(m) for m in re.findall(r"^\| *(\d+) *\|", _section(text, "Timed outline"), re.M)]
    assert sum(minutes) == int(length.group(1))


def test_outline_takes_the_exercises_in_order(plan: tuple[str, str]) -> None:
    name, text = plan
    outline = _section(text, "Timed outline")
    numbers = [int(n) for n in re.findall(r"\b(?:[Ee]xercises?|and|to|–) (\d+)\b", outline)]
    assert numbers == sorted(numbers)
    assert max(numbers) == len(handout.headings(name))


def test_every_paragraph_reference_exists(plan: tuple[str, str]) -> None:
    _, text = plan
    missing = sorted(set(re.findall(r"\bP\d+(?:\.S\d+)?\b", text)) - IDS)
    assert missing == []


def test_plan_points_to_the_learners_workspace_and_the_printable_page(
    plan: tuple[str, str],
) -> None:
    name, text = plan
    assert "`notebooks/" not in text, "learners work in workspace/, not notebooks/"
    assert "workspace/" in text
    for page in (f"handouts/{name[:2]}.html", f"handouts/{name[:2]}-teacher.html"):
        assert f"]({page})" in text and (ROOT / "lessons" / page).exists()


def test_plan_has_marks_and_tasks_for_faster_and_slower_learners(plan: tuple[str, str]) -> None:
    _, text = plan
    marks = _section(text, "From levels to marks")
    assert re.search(r"\d+ marks?", marks)
    tasks = _section(text, "Faster and slower learners")
    assert "faster" in tasks.lower() and "slower" in tasks.lower()


def test_rubric_levels_count_the_same_criteria(plan: tuple[str, str]) -> None:
    _, text = plan
    rubric = _section(text, "Rubric")
    levels = re.findall(r"^\| (\d): ", rubric, re.M)
    assert levels and set(levels) == {"0", "1", "2", "3"}
    assert rubric.lower().count("criteria met") >= 1


def test_optional_exercises_are_marked_in_notebook_and_plan(plan: tuple[str, str]) -> None:
    name, text = plan
    optional = [
        int(re.match(r"Exercise (\d+)", h).group(1))  # type: ignore[union-attr]
        for h in handout.headings(name).values()
        if "(optional)" in h
    ]
    if name.startswith("00"):
        assert optional == [], "lesson 00 is all core"
        return
    assert optional, "mark what a class can skip to keep the core inside 45 minutes"
    rows = _section(text, "Timed outline").splitlines()
    for number in optional:
        row = [r for r in rows if re.search(rf"[Ee]xercises?[^|]*?\b{number}\b", r)]
        assert row and "optional" in row[0], f"exercise {number} is optional in the notebook"


LINK = re.compile(r"\]\(([^)#\s]+)")


def links_outside(folder: Path) -> list[str]:
    """Relative links in a folder's Markdown that lead out of it, where its lab cannot go."""
    found = []
    for page in sorted(folder.rglob("*.md")):
        for target in LINK.findall(page.read_text(encoding="utf-8")):
            if re.match(r"[a-z]+:", target):
                continue
            resolved = (page.parent / target).resolve()
            if not resolved.is_relative_to(folder.resolve()):
                found.append(f"{page.name}: {target}")
    return found


def test_the_teachers_pages_link_only_to_what_their_lab_serves(tmp_path: Path) -> None:
    lessons = Path(__file__).resolve().parents[1] / "lessons"
    assert links_outside(lessons) == []
    (tmp_path / "inner").mkdir()
    (tmp_path / "inner" / "a.md").write_text("See [b](../b.md) and [c](c.md), [w](https://x.org).")
    assert links_outside(tmp_path / "inner") == ["a.md: ../b.md"]
