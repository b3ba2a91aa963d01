"""End to end in a real browser: JupyterLab and Chromium run every student notebook.

Starts JupyterLab on a free local port over a copy of `notebooks/` (so the
committed notebooks never get outputs), with answers saved to a throwaway folder.
Screenshots go to `$MEDIALIT_SCREENSHOTS` (default `test-artifacts/screenshots`).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, expect, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
# Debian's chromium by default; MEDIALIT_CHROMIUM names another Chromium or Chrome binary.
CHROMIUM = os.environ.get("MEDIALIT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Two slow cores and a spaCy model to load: be patient rather than flaky.
STARTUP_S = 180
RUN_ALL_MS = 240_000
UI_MS = 60_000
expect.set_options(timeout=UI_MS)


class Lab:
    """A running JupyterLab server and how to reach it."""

    def __init__(self, url: str, token: str, answers: Path) -> None:
        self.url = url
        self.token = token
        self.answers = answers

    def api(self, path: str, method: str = "GET") -> object:
        request = urllib.request.Request(
            f"{self.url}{path}", method=method, headers={"Authorization": f"token {self.token}"}
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            body = response.read()
        return json.loads(body) if body else None

    def shut_down_kernels(self) -> None:
        sessions = self.api("/api/sessions")
        assert isinstance(sessions, list)
        for item in sessions:
            self.api(f"/api/sessions/{item['id']}", method="DELETE")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"{CHROMIUM} is missing: install Debian's chromium package, or set "
            "MEDIALIT_CHROMIUM to the path of a Chromium or Chrome browser"
        )
    home = tmp_path_factory.mktemp("lab")
    shutil.copytree(
        ROOT / "notebooks", home / "notebooks", ignore=shutil.ignore_patterns("answers")
    )
    settings = home / "settings" / "@jupyterlab"
    for plugin, values in {
        # No "Would you like to get news?" pop-up over the notebook.
        "apputils-extension/notification": {"fetchNews": "false"},
        # Start the notebook's own kernel without asking, even if kernel specs load late,
        # and keep every cell in the page so the checks below see all of them.
        "notebook-extension/tracker": {"autoStartDefaultKernel": True, "windowingMode": "none"},
    }.items():
        path = settings / f"{plugin}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values), encoding="utf-8")
    port, token = _free_port(), secrets.token_hex(16)
    env = {
        **os.environ,
        "MEDIALIT_ANSWERS_DIR": str(home / "answers"),
        "MEDIALIT_LEARNER": "browser",
        "JUPYTERLAB_SETTINGS_DIR": str(home / "settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"),
    }
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--ServerApp.open_browser=False",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        "--ServerApp.ip=127.0.0.1",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={home}",
    ]
    if os.geteuid() == 0:
        command.append("--allow-root")
    log = (home / "lab.log").open("wb")
    server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=home)
    found = Lab(f"http://127.0.0.1:{port}", token, home / "answers")
    try:
        deadline = time.monotonic() + STARTUP_S
        while True:
            try:
                found.api("/api/status")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail("JupyterLab did not start:\n" + (home / "lab.log").read_text())
                time.sleep(0.5)
        yield found
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def screenshots() -> Path:
    folder = Path(os.environ.get("MEDIALIT_SCREENSHOTS", ROOT / "test-artifacts" / "screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_notebook(browser: Browser, lab: Lab, name: str) -> Page:
    page = browser.new_page(viewport={"width": 1280, "height": 1100})
    page.set_default_timeout(UI_MS)
    workspace = f"w{secrets.token_hex(4)}"
    page.goto(f"{lab.url}/lab/workspaces/{workspace}/tree/notebooks/{name}?token={lab.token}")
    page.wait_for_selector(".jp-Notebook .jp-Cell")
    ready = page.get_by_text(re.compile(r"Python 3 \(ipykernel\) \| Idle"))
    chooser = page.locator(".jp-Dialog", has_text="Select Kernel")
    expect(ready.or_(chooser).first).to_be_visible()
    if chooser.is_visible():
        chooser.locator("button.jp-mod-accept").click()
    expect(ready).to_be_visible()
    return page


def menu(page: Page, top: str, item: str) -> None:
    page.get_by_role("menuitem", name=top, exact=True).click()
    page.get_by_role("menuitem", name=re.compile(f"^{re.escape(item)}")).click()


PROMPTS = """() => [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')]
    .map(e => e.textContent.trim())"""


def wait_until_every_cell_ran(page: Page) -> None:
    try:
        page.wait_for_function(
            f"() => {{ const p = ({PROMPTS})(); return p.length > 0 && "
            "p.every(t => /^\\[\\d+\\]:$/.test(t)); }",
            timeout=RUN_ALL_MS,
        )
    except PlaywrightTimeoutError:
        shots = Path(os.environ.get("MEDIALIT_SCREENSHOTS", ROOT / "test-artifacts/screenshots"))
        page.screenshot(path=str(shots / "timeout.png"))
        pytest.fail(f"cells still waiting to run: prompts {page.evaluate(PROMPTS)}")
    page.wait_for_selector(
        ".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=RUN_ALL_MS
    )


def assert_no_errors(page: Page) -> None:
    expect(page.get_by_text("Error displaying widget")).to_have_count(0)
    stderr = page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')
    expect(stderr).to_have_count(0)


def exercise(page: Page, prompt: str) -> Locator:
    return page.locator(".jp-OutputArea-output", has_text=prompt)


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_every_cell_runs_and_every_widget_displays(
    notebook: Path, lab: Lab, browser: Browser, screenshots: Path
) -> None:
    page = open_notebook(browser, lab, notebook.name)
    try:
        menu(page, "Run", "Run All Cells")
        wait_until_every_cell_ran(page)
        assert_no_errors(page)
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
