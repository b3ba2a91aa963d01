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
    Rewrite,
    ShortText,
    SingleChoice,
    exercises_of,
)
from tests.browser.labdriver import (
    NOTEBOOKS,
    RUN_ALL_MS,
    Lab,
    assert_no_errors,
    exercise_box,
    menu,
    open_notebook,
    run_all,
    running_lab,
    wait_until_every_cell_ran,
)

pytestmark = pytest.mark.browser

FOLDERS = {"notebooks": {}, "assessment": {"solutions": False}}


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    with running_lab(tmp_path_factory.mktemp("lab"), FOLDERS) as found:
        yield found


# The room a dropdown leaves for its text against the width of its longest label,
# measured with the dropdown's own font (the arrow takes about 24 px).
ROOM_FOR_LABELS = """select => {
    const context = document.createElement("canvas").getContext("2d");
    context.font = getComputedStyle(select).font;
    const widest = Math.max(...[...select.options].map(o => context.measureText(o.text).width));
    return [select.clientWidth - 24, Math.ceil(widest)];
}"""


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
            room, needed = menus.nth(n).evaluate(ROOM_FOR_LABELS)
            assert room >= needed, f"{exercise.id} line {n + 1}: {room} px for {needed} px"
        menus.first.select_option(label=max(exercise.labels, key=len))
    elif isinstance(exercise, Order):
        listbox = box.locator(".widget-select select")
        before = listbox.locator("option").all_inner_texts()
        listbox.select_option(index=0)
        button(box, "Move down").click()
        expect(listbox.locator("option").first).not_to_have_text(before[0])
        button(box, "Move up").click()
        expect(listbox.locator("option").first).to_have_text(before[0])
    elif isinstance(exercise, (DateAnswer, ShortText, Rewrite)):
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
    page = open_notebook(
        browser, lab, notebook.name, folder=folder, viewport={"width": 1280, "height": 800}
    )
    try:
        run_all(page)
        assert_no_errors(page)
        for exercise in exercises_of(notebook.stem).values():
            work_through(page, exercise, solutions=bool(FOLDERS[folder].get("solutions", True)))
            if isinstance(exercise, LabelSegments) and folder == "notebooks":
                shot = screenshots / f"{notebook.stem}-{exercise.id}-labels.png"
                exercise_box(page, exercise.id).screenshot(path=str(shot))
        page.screenshot(path=str(screenshots / f"{notebook.stem}-{folder}-controls.png"))
    finally:
        page.close()
        lab.shut_down_kernels()


SCRATCH = "scratch_display.ipynb"
SCRATCH_CODE = """\
from IPython.display import HTML, display
import matplotlib.pyplot as plt
from medialit.display import highlight_html, literal_html, plot_text
from medialit.exercises import Feedback, Verdict
from medialit.exercises.views import feedback_html

text = "The budget rose from $5 million to $10 million, officials said on Monday."
display(HTML("<p id='control'>" + text + "</p>"))
display(HTML("<p id='literal'>" + literal_html(text) + "</p>"))
spans = [(0, 46, "claim"), (21, 34, "figure"), (48, 57, "source"), (58, 72, "when")]
display(HTML("<div id='highlight'>" + highlight_html(text, spans) + "</div>"))
display(HTML("<div id='feedback'>" + feedback_html(
    Feedback(Verdict.PARTLY, 0.5, text, notes=(text,))) + "</div>"))
plt.title(plot_text("a $\\\\foo{$ label and " + text))
plt.show()
"""

# Each badge: its font size against the paragraph's, its colours, and whether the first
# words after it belong to the span with its number.
BADGES = """() => [...document.querySelectorAll('#highlight .medialit-badge')].map(badge => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    walker.currentNode = badge.lastChild;
    let next = walker.nextNode();
    while (next && !next.textContent.trim()) next = walker.nextNode();
    const holder = next.parentElement.closest(
        `.medialit-mark[data-span="${badge.dataset.span}"]`);
    const style = getComputedStyle(badge);
    const body = getComputedStyle(badge.closest('.jp-RenderedHTMLCommon'));
    return {label: badge.textContent, own: holder !== null,
            size: parseFloat(style.fontSize), body: parseFloat(body.fontSize),
            color: style.color, background: style.backgroundColor};
})"""


def _rgb_contrast(one: str, two: str) -> float:
    def luminance(css: str) -> float:
        channels = [int(c) / 255 for c in re.findall(r"\d+", css)[:3]]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(one), luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_article_text_is_shown_literally_and_badges_stay_readable(
    lab: Lab, browser: Browser, screenshots: Path
) -> None:
    import nbformat

    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(SCRATCH_CODE)])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    nbformat.write(notebook, str(lab.answers.parent / "notebooks" / SCRATCH))
    page = open_notebook(browser, lab, SCRATCH, viewport={"width": 1280, "height": 800})
    try:
        run_all(page)
        assert_no_errors(page)
        # MathJax is at work in this page: the same text without the kit's care is typeset.
        expect(page.locator("#control mjx-container").first).to_be_attached()
        for shown in ("#literal", "#highlight", "#feedback"):
            expect(page.locator(shown)).to_contain_text("$5 million to $10 million")
            expect(page.locator(f"{shown} mjx-container")).to_have_count(0)
        badges = page.evaluate(BADGES)
        assert [b["label"] for b in badges] == ["claim", "figure", "source", "when"]
        for badge in badges:
            assert badge["own"], badge
            assert badge["size"] >= 0.85 * badge["body"], badge
            assert _rgb_contrast(badge["color"], badge["background"]) >= 4.5, badge
        page.locator("#highlight").scroll_into_view_if_needed()
        page.screenshot(path=str(screenshots / "display-literal-and-badges.png"))
    finally:
        page.close()
        lab.shut_down_kernels()


def test_a_learner_works_through_lesson_03_and_finds_every_answer_after_a_restart(
    lab: Lab, browser: Browser, screenshots: Path
) -> None:
    lesson = exercises_of("03_translation_errors")
    (lab.answers / "browser" / "03_translation_errors.json").unlink(missing_ok=True)
    page = open_notebook(browser, lab, "03_translation_errors.ipynb")
    try:
        run_all(page)
        # A wrong label: first a pointer, then the full reason on the second try.
        classify = exercise_box(page, "classify")
        classify.scroll_into_view_if_needed()
        first_line = classify.locator(".widget-dropdown select").first
        first_line.select_option(label="punctuation")
        button(classify, "Check").click()
        expect(classify).to_contain_text("Line 1, “security expectations (P3)”, is not “punct")
        classify_model = lesson["classify"]
        assert isinstance(classify_model, LabelSegments)
        expect(classify).to_contain_text(classify_model.passages[0].pointer)
        expect(classify).not_to_contain_text(classify_model.passages[0].why)
        button(classify, "Check").click()
        expect(classify).to_contain_text(classify_model.passages[0].why)
        button(classify, "Show a hint").click()
        expect(classify).to_contain_text("A calque is a phrase built word for word")
        page.screenshot(path=str(screenshots / "03-learner-wrong-label.png"))

        # A span too short is told so.
        spans = exercise_box(page, "p4_errors")
        spans.scroll_into_view_if_needed()
        words = spans.locator("button.widget-toggle-button")
        for n in range(5):
            words.nth(n).click()
        button(spans, "Check").click()
        expect(spans).to_contain_text("“In the context of strong” is too short: it stops too soon.")

        # A correction: one that keeps an error, then one in the learner's own words.
        fix = exercise_box(page, "fix_quote")
        fix.scroll_into_view_if_needed()
        box = fix.get_by_role("textbox")
        box.fill("We received this offer from NATO and we examine it")
        box.press("Enter")
        expect(fix).to_contain_text("“we examine it” is the French present")
        box.fill("We got NATO's offer and are considering it")
        box.press("Enter")
        expect(fix).to_contain_text("✓ Correct")
        expect(fix).to_contain_text("Attempts: 2")
        page.screenshot(path=str(screenshots / "03-learner-right-correction.png"))

        menu(page, "Kernel", "Restart Kernel and Run All Cells")
        page.locator(".jp-Dialog-footer button.jp-mod-accept").click()
        fix = exercise_box(page, "fix_quote")
        expect(fix).to_contain_text("This is your last saved answer.", timeout=RUN_ALL_MS)
        wait_until_every_cell_ran(page)
        assert_no_errors(page)
        own_words = "We got NATO's offer and are considering it"
        expect(fix.get_by_role("textbox")).to_have_value(own_words)
        expect(fix).to_contain_text("Attempts: 2")
        expect(fix).to_contain_text("✓ Correct")
        classify = exercise_box(page, "classify")
        expect(classify.locator(".widget-dropdown select").first).to_have_value(re.compile(".+"))
        expect(classify).to_contain_text("Attempts: 2")
        expect(classify).to_contain_text("A calque is a phrase built word for word")
        spans = exercise_box(page, "p4_errors")
        expect(spans).to_contain_text("Your picks: “In the context of strong”")
        fix.scroll_into_view_if_needed()
        page.screenshot(path=str(screenshots / "03-learner-after-restart.png"))
    finally:
        page.close()
        lab.shut_down_kernels()
