"""One order everywhere: each lesson's exercise data lists its exercises as its notebook shows them.

The class report and gradebook number exercises by the lesson data's order; the notebook, the
printable page and the plan number them as the notebook shows them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest

from medialit.exercises import exercises_of

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "medialit" / "data" / "exercises"
SHOW = re.compile(r'exercise\("(\w+)"\)\.show\(\)')
LESSONS = sorted(p.stem for p in (ROOT / "lessons" / "keys").glob("0*_*.ipynb"))


def shown_order(path: Path) -> list[str]:
    """The ids of the exercises a notebook shows, top to bottom."""
    nb = nbformat.read(path, as_version=4)
    return [name for cell in nb.cells for name in SHOW.findall(cell.source)]


@pytest.mark.parametrize("lesson", LESSONS)
def test_the_data_lists_exercises_in_the_notebook_order(lesson: str) -> None:
    data = json.loads((DATA / f"{lesson}.json").read_text(encoding="utf-8"))
    listed = [ex["id"] for ex in data["exercises"]]
    for edition in (ROOT / "lessons" / "keys", ROOT / "notebooks"):
        assert shown_order(edition / f"{lesson}.ipynb") == listed


def test_the_check_sees_a_different_order(tmp_path: Path) -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(f'lesson.exercise("{n}").show()') for n in "ba"]
    nbformat.write(nb, tmp_path / "x.ipynb")
    assert shown_order(tmp_path / "x.ipynb") == ["b", "a"]


ACCEPTED = ["quoted by the TASS agency", "ITAR-TASS", "the TASS agency", "Tass"]
MINISTRY = ["the Russian Foreign Ministry", "Russia's Foreign Ministry", "the ministry"]


@pytest.mark.parametrize("answer", ACCEPTED)
def test_passed_on_accepts_the_agency_however_named(answer: str) -> None:
    feedback = exercises_of("02_claims_and_attributions")["passed_on"].check(answer)
    assert feedback.score == 1


@pytest.mark.parametrize("answer", MINISTRY)
def test_passed_on_says_the_ministry_is_the_source(answer: str) -> None:
    feedback = exercises_of("02_claims_and_attributions")["passed_on"].check(answer)
    assert feedback.score == 0
    assert "ministry is the source: it said the words" in feedback.message.lower()


BARE = {"[]", "{}", "()", "set()", "None", "''", '""'}


def bare_outputs(path: Path) -> list[str]:
    """The sources of a notebook's cells whose whole output is an empty value, with no words."""
    nb = nbformat.read(path, as_version=4)
    found = []
    for cell in (c for c in nb.cells if c.cell_type == "code"):
        texts = [o.get("text", "") or o.get("data", {}).get("text/plain", "") for o in cell.outputs]
        if texts and "".join(texts).strip() in BARE:
            found.append(cell.source)
    return found


@pytest.mark.parametrize("lesson", LESSONS)
def test_no_cell_answers_with_a_bare_empty_value(lesson: str) -> None:
    assert bare_outputs(ROOT / "lessons" / "keys" / f"{lesson}.ipynb") == []


def test_the_check_sees_a_bare_empty_list(tmp_path: Path) -> None:
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("f()")
    cell.outputs = [nbformat.v4.new_output("execute_result", {"text/plain": "[]"})]
    nb.cells = [cell]
    nbformat.write(nb, tmp_path / "x.ipynb")
    assert bare_outputs(tmp_path / "x.ipynb") == ["f()"]
