"""Driving JupyterLab in Chromium: start a server over copies of the notebooks, open, run.

Shared by the browser tests (the fixtures that use it are in `conftest.py`). A server
serves one or more folders, each a copy of `notebooks/` with its own settings file,
so one server can run the notebooks with solutions on and with solutions off.
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
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

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


def _write_lab_settings(settings: Path) -> None:
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


@contextmanager
def running_lab(
    home: Path, folders: Mapping[str, Mapping[str, object]] | None = None
) -> Iterator[Lab]:
    """Run JupyterLab over copies of `notebooks/`: one per folder, with that folder's settings."""
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"{CHROMIUM} is missing: install Debian's chromium package, or set "
            "MEDIALIT_CHROMIUM to the path of a Chromium or Chrome browser"
        )
    for folder, settings in (folders or {"notebooks": {}}).items():
        shutil.copytree(ROOT / "notebooks", home / folder, ignore=shutil.ignore_patterns("answers"))
        if settings:
            (home / folder / "medialit-settings.json").write_text(json.dumps(settings))
    _write_lab_settings(home / "settings" / "@jupyterlab")
    port, token = _free_port(), secrets.token_hex(16)
    env = {
        **os.environ,
        "MEDIALIT_ANSWERS_DIR": str(home / "answers"),
        "MEDIALIT_LEARNER": "browser",
        "JUPYTERLAB_SETTINGS_DIR": str(home / "settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"),
    }
    # The folders' settings files decide; a solutions switch in the caller's shell must not.
    env.pop("MEDIALIT_SOLUTIONS", None)
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


def screenshot_folder() -> Path:
    """Where screenshots go: `$MEDIALIT_SCREENSHOTS`, or test-artifacts/screenshots."""
    folder = Path(os.environ.get("MEDIALIT_SCREENSHOTS", ROOT / "test-artifacts" / "screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_notebook(
    browser: Browser,
    lab: Lab,
    name: str,
    *,
    folder: str = "notebooks",
    viewport: Mapping[str, int] | None = None,
) -> Page:
    """Open a notebook in a new page and wait until its kernel is idle."""
    size = dict(viewport or {"width": 1280, "height": 1100})
    page = browser.new_page(viewport={"width": size["width"], "height": size["height"]})
    page.set_default_timeout(UI_MS)
    workspace = f"w{secrets.token_hex(4)}"
    page.goto(f"{lab.url}/lab/workspaces/{workspace}/tree/{folder}/{name}?token={lab.token}")
    page.wait_for_selector(".jp-Notebook .jp-Cell")
    ready = page.get_by_text(re.compile(r"Python 3 \(ipykernel\) \| Idle"))
    chooser = page.locator(".jp-Dialog", has_text="Select Kernel")
    expect(ready.or_(chooser).first).to_be_visible()
    if chooser.is_visible():
        chooser.locator("button.jp-mod-accept").click()
    expect(ready).to_be_visible()
    return page


def menu(page: Page, top: str, item: str) -> None:
    """Click a menu item, e.g. menu(page, "Run", "Run All Cells")."""
    page.get_by_role("menuitem", name=top, exact=True).click()
    page.get_by_role("menuitem", name=re.compile(f"^{re.escape(item)}")).click()


PROMPTS = """() => [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')]
    .map(e => e.textContent.trim())"""


def wait_until_every_cell_ran(page: Page) -> None:
    """Wait until every code cell has an execution count and the kernel is idle."""
    try:
        page.wait_for_function(
            f"() => {{ const p = ({PROMPTS})(); return p.length > 0 && "
            "p.every(t => /^\\[\\d+\\]:$/.test(t)); }",
            timeout=RUN_ALL_MS,
        )
    except PlaywrightTimeoutError:
        page.screenshot(path=str(screenshot_folder() / "timeout.png"))
        pytest.fail(f"cells still waiting to run: prompts {page.evaluate(PROMPTS)}")
    page.wait_for_selector(
        ".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=RUN_ALL_MS
    )


def run_all(page: Page) -> None:
    """Run every cell and wait for the last."""
    menu(page, "Run", "Run All Cells")
    wait_until_every_cell_ran(page)


def assert_no_errors(page: Page) -> None:
    """No widget failed to display and no cell wrote to stderr."""
    expect(page.get_by_text("Error displaying widget")).to_have_count(0)
    stderr = page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')
    expect(stderr).to_have_count(0)


def exercise(page: Page, prompt: str) -> Locator:
    """The output that shows the exercise with this prompt."""
    return page.locator(".jp-OutputArea-output", has_text=prompt)


def exercise_box(page: Page, exercise_id: str) -> Locator:
    """The widget box of one exercise, found by its id."""
    return page.locator(f".medialit-ex-{exercise_id}")
