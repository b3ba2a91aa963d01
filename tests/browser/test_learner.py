"""What a learner meets, in a real browser: every exercise's controls, with solutions on and off.

One JupyterLab serves two copies of the notebooks: `notebooks/` with the default
settings and `assessment/`, whose settings file turns solutions off (assessment mode).
Screenshots go to `$MEDIALIT_SCREENSHOTS` (default `test-artifacts/screenshots`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from medialit.exercises import (
    DateAnswer,
    Exercise,
    LabelSegments,
    MultipleChoice,
    Order,
    PickSpans,
    Reflection,
    ShortText,
    SingleChoice,
    exercises_of,
)
from tests.browser.labdriver import (
    NOTEBOOKS,
    Lab,
    assert_no_errors,
    exercise_box,
    open_notebook,
    run_all,
    running_lab,
)

pytestmark = pytest.mark.browser

FOLDERS = {"notebooks": {}, "assessment": {"solutions": False}}


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    with running_lab(tmp_path_factory.mktemp("lab"), FOLDERS) as found:
        yield found


def button(box: Locator, label: str) -> Locator:
    """A push button (not a word of a passage) whose text starts with `label`."""
    return box.locator("button.widget-button", has_text=re.compile(rf"^\s*{re.escape(label)}"))


def answer_something(box: Locator, exercise: Exercise) -> None:
    """Use every control the kind offers, and leave an answer that counts as an attempt."""
    if isinstance(exercise, SingleChoice):
        radios = box.locator("input[type=radio]")
        expect(radios).to_have_count(len(exercise.options))
        radios.first.check()
    elif isinstance(exercise, MultipleChoice):
        ticks = box.locator("input[type=checkbox]")
        expect(ticks).to_have_count(len(exercise.options))
        for n in range(len(exercise.options)):
            expect(ticks.nth(n)).to_be_visible()
        ticks.first.check()
        expect(ticks.first).to_be_checked()
    elif isinstance(exercise, PickSpans):
        words = box.locator("button.widget-toggle-button")
        expect(words).to_have_count(len(exercise.words))
        first = next(i for i, word in enumerate(exercise.words) if word.is_content)
        words.nth(first).click()
        expect(box).to_contain_text(f"Your picks: “{exercise.words[first].text}")
        button(box, "Clear my picks").click()
        expect(box).to_contain_text("Your picks: none yet.")
        words.nth(first).click()
    elif isinstance(exercise, LabelSegments):
        menus = box.locator(".widget-dropdown select")
        expect(menus).to_have_count(len(exercise.passages))
        for n in range(len(exercise.passages)):
            expect(menus.nth(n)).to_be_visible()
        menus.first.select_option(label=exercise.labels[0])
    elif isinstance(exercise, Order):
        listbox = box.locator(".widget-select select")
        before = listbox.locator("option").all_inner_texts()
        listbox.select_option(index=0)
        button(box, "Move down").click()
        expect(listbox.locator("option").first).not_to_have_text(before[0])
        button(box, "Move up").click()
        expect(listbox.locator("option").first).to_have_text(before[0])
    elif isinstance(exercise, (DateAnswer, ShortText)):
        box.get_by_role("textbox").fill(str(exercise.reference))
    else:
        assert isinstance(exercise, Reflection)
        area = box.locator("textarea")
        expect(area).to_be_visible()
        area.fill("My own words about the page, written in the browser.")


def work_through(page: Page, exercise: Exercise, *, solutions: bool) -> None:
    """Find every control a learner needs in one exercise, visible and working."""
    box = exercise_box(page, exercise.id)
    expect(box).to_have_count(1)
    box.scroll_into_view_if_needed()
    check = button(box, "Save" if isinstance(exercise, Reflection) else "Check")
    expect(check).to_be_visible()
    expect(check).to_be_enabled()
    if exercise.hints:
        hint = button(box, "Show a hint")
        expect(hint).to_be_visible()
        hint.click()
        expect(box).to_contain_text(exercise.hints[0].split("\n")[0][:40])
    else:
        expect(button(box, "Show a hint")).to_be_hidden()
    answer_something(box, exercise)
    check.click()
    expect(box.locator("[role=status]")).to_be_visible()
    expect(box).to_contain_text("Attempts: 1")
    solution = button(box, "Show the solution")
    if solutions:
        expect(solution).to_be_enabled()
        solution.click()
        expect(box).to_contain_text("Solution:")
    else:
        expect(solution).to_be_hidden()


@pytest.mark.parametrize("folder", list(FOLDERS))
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_exercise_shows_every_control_a_learner_needs(
    notebook: Path, folder: str, lab: Lab, browser: Browser, screenshots: Path
) -> None:
    (lab.answers / "browser" / f"{notebook.stem}.json").unlink(missing_ok=True)
    page = open_notebook(browser, lab, notebook.name, folder=folder)
    try:
        run_all(page)
        assert_no_errors(page)
        for exercise in exercises_of(notebook.stem).values():
            work_through(page, exercise, solutions=bool(FOLDERS[folder].get("solutions", True)))
        page.screenshot(path=str(screenshots / f"{notebook.stem}-{folder}-controls.png"))
    finally:
        page.close()
        lab.shut_down_kernels()
