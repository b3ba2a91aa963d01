"""The class report of 30 generated learners, opened offline in Chromium, with a screenshot.

The figures themselves are checked in tests/test_classroom_report.py; this shows the page
as a teacher sees it. The screenshot goes to `$MEDIALIT_SCREENSHOTS` (default
`test-artifacts/screenshots`) as `class-report.png`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from medialit.classroom.report import write_report
from tests.classgen import write_class

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("MEDIALIT_CHROMIUM", "/usr/bin/chromium")


def test_the_class_report_shows_its_charts_and_tables_offline(tmp_path: Path) -> None:
    handin, _ = write_class(tmp_path)
    written = write_report(handin, tmp_path / "out")
    shots = Path(os.environ.get("MEDIALIT_SCREENSHOTS", ROOT / "test-artifacts" / "screenshots"))
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            context = browser.new_context(viewport={"width": 1200, "height": 900})
            # Offline: any request beyond the file itself fails the test.
            requests: list[str] = []
            context.on("request", lambda request: requests.append(request.url))
            page = context.new_page()
            page.goto(written.report.as_uri())
            expect(page.locator(".chart svg")).to_have_count(2)
            for chart in page.locator(".chart svg").all():
                box = chart.bounding_box()
                assert box is not None and box["width"] > 300 and box["height"] > 100
            expect(page.get_by_role("heading", name="Where the class struggled")).to_be_visible()
            expect(page.locator("[data-problem]")).to_have_count(1)
            expect(page.locator('[data-figure="class:learners"]')).to_have_text("30")
            page.screenshot(path=str(shots / "class-report.png"), full_page=True)
            assert requests == [written.report.as_uri()]
        finally:
            browser.close()
