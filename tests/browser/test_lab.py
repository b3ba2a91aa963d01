"""End to end in a real browser: JupyterLab and Chromium run every student notebook.

Starts JupyterLab on a free local port over a copy of `notebooks/` (so the
committed notebooks never get outputs), with answers saved to a throwaway folder.
Screenshots go to `$MEDIALIT_SCREENSHOTS` (default `test-artifacts/screenshots`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from tests.browser.labdriver import (
    NOTEBOOKS,
    RUN_ALL_MS,
    Lab,
    assert_no_errors,
    exercise,
    menu,
    open_notebook,
    wait_until_every_cell_ran,
)

pytestmark = pytest.mark.browser

# How many charts each notebook draws when every cell runs.
CHARTS = {"01_sources": 1, "04_timeline": 1}


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_every_cell_runs_and_every_widget_displays(
    notebook: Path, lab: Lab, browser: Browser, screenshots: Path
) -> None:
    page = open_notebook(browser, lab, notebook.name)
    try:
        menu(page, "Run", "Run All Cells")
        wait_until_every_cell_ran(page)
        assert_no_errors(page)
        if notebook.stem in CHARTS:
            # The kit's charts, drawn in a process of their own, arrive as pictures.
            images = page.locator(".jp-OutputArea-output.jp-RenderedImage img")
            expect(images.first).to_be_attached()
            widths = images.evaluate_all("all => all.map(img => img.naturalWidth)")
            assert len(widths) == CHARTS[notebook.stem] and min(widths) > 300
        widgets = page.locator(".jp-OutputArea-output .widget-vbox")
        if widgets.count():
            widgets.first.scroll_into_view_if_needed()
            expect(widgets.first).to_be_visible()
            page.wait_for_timeout(500)
        page.screenshot(path=str(screenshots / f"{notebook.stem}.png"))
    finally:
        page.close()
        lab.shut_down_kernels()


def test_an_answer_gets_feedback_a_hint_and_survives_a_kernel_restart(
    lab: Lab, browser: Browser, screenshots: Path
) -> None:
    page = open_notebook(browser, lab, "00_start_here.ipynb")
    try:
        menu(page, "Run", "Run All Cells")
        wait_until_every_cell_ran(page)
        publisher = exercise(page, "who published this article")
        publisher.scroll_into_view_if_needed()
        publisher.get_by_text("NATO", exact=True).click()
        publisher.locator("button", has_text="Check").click()
        expect(publisher).to_contain_text("✗ Not yet — NATO is what the story is about")
        expect(publisher).to_contain_text("Attempts: 1")
        publisher.locator("button", has_text="Show a hint").click()
        expect(publisher).to_contain_text("Look for a byline")
        page.screenshot(path=str(screenshots / "00_start_here-answered.png"))

        code = exercise(page, "piece of the web page's code")
        word = code.locator("button", has_text=re.compile("^fromNorth$"))
        word.focus()
        page.keyboard.press("Space")
        expect(code).to_contain_text("Your picks: “fromNorth”")
        code.locator("button", has_text="Check").click()
        expect(code).to_contain_text("two words run together")
        code.scroll_into_view_if_needed()
        page.screenshot(path=str(screenshots / "00_start_here-picked.png"))

        menu(page, "Kernel", "Restart Kernel and Run All Cells")
        page.locator(".jp-Dialog-footer button.jp-mod-accept").click()
        restored = exercise(page, "who published this article")
        expect(restored).to_contain_text("This is your last saved answer.", timeout=RUN_ALL_MS)
        wait_until_every_cell_ran(page)
        expect(restored).to_contain_text("Attempts: 1")
        expect(restored).to_contain_text("Look for a byline")
        expect(restored.get_by_role("radio", name="NATO", exact=True)).to_be_checked()
        assert_no_errors(page)
        restored.scroll_into_view_if_needed()
        page.screenshot(path=str(screenshots / "00_start_here-restored.png"))
        saved = json.loads((lab.answers / "browser" / "00_start_here.json").read_text())
        assert saved["exercises"]["publisher"]["answer"] == "NATO"
    finally:
        page.close()
        lab.shut_down_kernels()


def test_enter_in_a_named_date_box_checks_the_answer(
    lab: Lab, browser: Browser, screenshots: Path
) -> None:
    page = open_notebook(browser, lab, "04_timeline.ipynb")
    try:
        menu(page, "Run", "Run All Cells")
        wait_until_every_cell_ran(page)
        mid = exercise(page, "released the draft documents 'in mid-December'")
        mid.scroll_into_view_if_needed()
        box = mid.get_by_role("textbox", name="Your date:")
        box.fill("2021-12-15")
        box.press("Enter")
        expect(mid).to_contain_text("◐ Partly right — Mid-December is a range, not one day")
        expect(mid).to_contain_text("Attempts: 1")
        mid.locator("button", has_text="Check").click()
        expect(mid).to_contain_text("Attempts: 1")
        box.fill("2021-12-11/2021-12-20")
        box.press("Enter")
        expect(mid).to_contain_text("✓ Correct")
        expect(mid).to_contain_text("Attempts: 2")
        page.screenshot(path=str(screenshots / "04_timeline-enter.png"))
    finally:
        page.close()
        lab.shut_down_kernels()
