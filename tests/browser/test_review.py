"""End to end in a real browser: a teacher reviews a drafted lesson, then a learner works it.

Drafts a lesson from an article written for this test, reviews three of its exercises in
`review.ipynb` (accept one, correct one, drop one), builds it, and answers one exercise of
the built student notebook. Screenshots go to `$MEDIALIT_SCREENSHOTS`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from medialit import cli
from medialit.authoring import read_draft
from medialit.authoring.review import accept
from tests.browser.labdriver import Lab, assert_no_errors, open_notebook, run_all, running_lab

pytestmark = pytest.mark.browser

FOLDER = "lesson"

ARTICLE = (
    "Museum reopens its west wing\n\nBy Sofie Lund\n\n"
    "The city museum will reopen its west wing on Saturday after two years of repairs, the "
    "museum's director said on Wednesday.\n\n"
    '"Visitors have waited long enough," said Karin Dahl, who leads the restoration team. A '
    "museum spokesman, quoted by the Nordby Times newspaper, said tickets would stay at the "
    "same price.\n\nCritics claim the repairs cost twice the first estimate."
)


def entry(folder: Path, ident: str) -> dict[str, object]:
    found: dict[str, object] = next(
        e for e in read_draft(folder / "lesson.json")["exercises"] if e["id"] == ident
    )
    return found


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    home = tmp_path_factory.mktemp("review")
    with running_lab(home, {FOLDER: {}}) as found:
        article = home / "museum.txt"
        article.write_text(ARTICLE, encoding="utf-8")
        assert cli.main(["lesson", "draft", str(article), "--out", str(home / FOLDER)]) == 0
        yield found


def test_review_then_build_then_work_the_lesson(
    lab: Lab, browser: Browser, screenshots: Path
) -> None:
    folder = lab.answers.parent / FOLDER
    page = open_notebook(browser, lab, "review.ipynb", folder=FOLDER)
    try:
        run_all(page)
        assert_no_errors(page)
        boxes = page.locator(".jp-OutputArea-output .widget-vbox")

        writer = boxes.filter(has_text="Who wrote this page")
        writer.scroll_into_view_if_needed()
        expect(writer.locator("mark")).to_contain_text("By Sofie Lund")
        writer.locator("button", has_text="Accept").click()
        expect(writer).to_contain_text("Accepted. Saved to lesson.json.")

        pick = boxes.filter(has_text="Pick every source")
        pick.scroll_into_view_if_needed()
        pick.locator("select").select_option("spans")
        # The kernel fills the box with the current spans; type only once they are there.
        expect(pick.locator("textarea")).to_have_value(re.compile(r"Critics"))
        pick.locator("textarea").fill('["Karin Dahl"]')
        pick.locator("button", has_text="Save correction").click()
        expect(pick).to_contain_text("Corrected spans and accepted.")

        claims = boxes.filter(has_text="Who makes each claim")
        claims.scroll_into_view_if_needed()
        claims.locator("button", has_text="Drop").click()
        expect(claims).to_contain_text("Dropped.")
        page.screenshot(path=str(screenshots / "review.png"))
    finally:
        page.close()
        lab.shut_down_kernels()
    assert entry(folder, "writer")["reviewed"] is True
    assert entry(folder, "sources_pick")["spans"] == ["Karin Dahl"]
    assert entry(folder, "claims")["dropped"] is True

    for item in read_draft(folder / "lesson.json")["exercises"]:
        if not item["reviewed"]:
            accept(folder / "lesson.json", item["id"])
    assert cli.main(["lesson", "build", str(folder)]) == 0
    page = open_notebook(browser, lab, "90_museum.ipynb", folder=FOLDER)
    try:
        run_all(page)
        assert_no_errors(page)
        expect(page.get_by_text("Who makes each claim")).to_have_count(0)
        writer = page.locator(".jp-OutputArea-output", has_text="Who wrote this page")
        writer.scroll_into_view_if_needed()
        writer.get_by_text("Karin Dahl", exact=True).click()
        writer.locator("button", has_text="Check").click()
        expect(writer).to_contain_text("✗ Not yet — Karin Dahl is someone the story cites.")
        writer.get_by_text("Sofie Lund", exact=True).click()
        writer.locator("button", has_text="Check").click()
        expect(writer).to_contain_text("✓ Correct")
        page.screenshot(path=str(screenshots / "built-lesson.png"))
    finally:
        page.close()
        lab.shut_down_kernels()
    saved = json.loads((lab.answers / "browser" / "90_museum.json").read_text(encoding="utf-8"))
    assert saved["exercises"]["writer"]["attempts"] == 2
