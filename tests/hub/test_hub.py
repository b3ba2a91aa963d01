"""A real JupyterHub: three learners sign in, answer, hand in, and the class report shows them.

Starts JupyterHub with `deploy/jupyterhub_config.py` in its trial mode (the dummy
authenticator and the simple local process spawner) on 127.0.0.1, with its database,
the learners' homes and the hand-in folder in a temporary folder. The proxy is
configurable-http-proxy from npm (`make test-hub` installs it). Chromium signs in as
each learner in a browser context of its own, runs their copy of the first notebook,
answers one exercise and presses Hand in. The learners' servers are named only by the
hub (`JUPYTERHUB_USER`): nothing else tells them who is who. Everything started here is
stopped at the end, the learners' servers included. Screenshots go to
`$MEDIALIT_SCREENSHOTS` (default `test-artifacts/screenshots`).
"""

from __future__ import annotations

import csv
import json
import os
import re
import secrets
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from medialit.classroom.report import write_report

pytestmark = [pytest.mark.browser, pytest.mark.hub]

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "deploy" / "jupyterhub_config.py"
PROXY = ROOT / ".venv" / "hub-proxy" / "node_modules" / ".bin" / "configurable-http-proxy"
CHROMIUM = os.environ.get("MEDIALIT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
CHROMIUM_ARGS += ["--disable-component-update", "--disable-sync", "--no-first-run"]
STARTUP_S = 180
RUN_ALL_MS = 240_000
UI_MS = 120_000
expect.set_options(timeout=UI_MS)

# Each learner's answer to "who published this article?", and what the check says.
PUBLISHER = "who published this article"
ANSWERS = {
    "ana": ["NATO"],
    "bo": ["The page does not say"],
    "cy": ["NATO", "The page does not say"],
}


@dataclass
class Hub:
    """A running hub: its address, its folders, and the password every learner uses."""

    url: str
    state: Path
    handin: Path
    password: str


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_for(hub: Hub, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + STARTUP_S
    while True:
        try:
            with urllib.request.urlopen(f"{hub.url}/hub/api/", timeout=10) as response:
                json.loads(response.read())
                return
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail("JupyterHub did not start:\n" + log.read_text(errors="replace"))
            time.sleep(0.5)


def _started_pids(state: Path) -> list[int]:
    """The learners' servers the hub started, from its own database, and its proxy."""
    pids = []
    database = state / "jupyterhub.sqlite"
    if database.exists():
        with sqlite3.connect(database) as db:
            for (text,) in db.execute("select state from spawners"):
                pid = json.loads(text or "{}").get("pid")
                if pid:
                    pids.append(int(pid))
    proxy = state / "proxy.pid"
    if proxy.exists():
        pids.append(int(proxy.read_text().strip()))
    return pids


def _stop(server: subprocess.Popen[bytes], state: Path) -> None:
    started = _started_pids(state)
    server.send_signal(signal.SIGTERM)  # the hub stops the learners' servers and the proxy
    try:
        server.wait(timeout=60)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
    for pid in started:
        if _ours(pid, state):  # only if the hub left it running
            os.kill(pid, signal.SIGKILL)


def _ours(pid: int, state: Path) -> bool:
    """Whether a process is still one this hub started (its home or pid file is in `state`)."""
    proc = Path("/proc") / str(pid)
    try:
        seen = (proc / "environ").read_bytes() + (proc / "cmdline").read_bytes()
    except OSError:
        return False
    return str(state).encode() in seen


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hub]:
    for needed, how in (
        (PROXY, "run `make test-hub`, which installs configurable-http-proxy with npm"),
        (Path(CHROMIUM), "install Debian's chromium, or set MEDIALIT_CHROMIUM"),
    ):
        if not needed.exists():
            pytest.fail(f"{needed} is missing: {how}")
    top = tmp_path_factory.mktemp("hub")
    found = Hub(
        url=f"http://127.0.0.1:{_free_port()}",
        state=top / "state",
        handin=top / "handin",
        password=secrets.token_hex(8),
    )
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("MEDIALIT_", "JUPYTERHUB_", "JUPYTER_"))
    }
    env.update(
        {
            "MEDIALIT_HUB_TRY": "1",
            "MEDIALIT_HUB_IP": "127.0.0.1",
            "MEDIALIT_HUB_PORT": found.url.rsplit(":", 1)[1],
            "MEDIALIT_HUB_API_PORT": str(_free_port()),
            "MEDIALIT_PROXY_API_PORT": str(_free_port()),
            "MEDIALIT_HUB_STATE": str(found.state),
            "MEDIALIT_HANDIN_DIR": str(found.handin),
            "MEDIALIT_HUB_PASSWORD": found.password,
            "PATH": f"{PROXY.parent}{os.pathsep}{Path(sys.executable).parent}{os.pathsep}"
            + env.get("PATH", ""),
        }
    )
    log_path = top / "hub.log"
    log = log_path.open("wb")
    command = [str(Path(sys.executable).parent / "jupyterhub"), "-f", str(CONFIG)]
    server = subprocess.Popen(command, env=env, cwd=top, stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait_for(found, server, log_path)
        yield found
    finally:
        _stop(server, found.state)
        log.close()
        shots = _screenshots()
        (shots / "hub.log").write_bytes(log_path.read_bytes())


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def _screenshots() -> Path:
    folder = Path(os.environ.get("MEDIALIT_SCREENSHOTS", ROOT / "test-artifacts" / "screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def sign_in(browser: Browser, hub: Hub, learner: str) -> Page:
    page = browser.new_context(viewport={"width": 1280, "height": 1100}).new_page()
    page.set_default_timeout(UI_MS)
    page.goto(f"{hub.url}/hub/login")
    page.locator("#username_input").fill(learner)
    page.locator("#password_input").fill(hub.password)
    page.locator("#login_submit").click()
    page.wait_for_url(re.compile(rf"/user/{learner}/lab"), timeout=UI_MS)
    page.wait_for_selector(".jp-Notebook .jp-Cell")
    ready = page.get_by_text(re.compile(r"Python 3 \(ipykernel\) \| Idle"))
    chooser = page.locator(".jp-Dialog", has_text="Select Kernel")
    expect(ready.or_(chooser).first).to_be_visible()
    if chooser.is_visible():
        chooser.locator("button.jp-mod-accept").click()
    expect(ready).to_be_visible()
    return page


def run_all(page: Page) -> None:
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name=re.compile("^Run All Cells")).click()
    prompts = """() => [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')]
        .map(e => e.textContent.trim())"""
    page.wait_for_function(
        f"() => {{ const p = ({prompts})(); return p.length > 0 && "
        "p.every(t => /^\\[\\d+\\]:$/.test(t)); }",
        timeout=RUN_ALL_MS,
    )


def answer_and_hand_in(page: Page, learner: str) -> None:
    publisher = page.locator(".jp-OutputArea-output", has_text=PUBLISHER)
    publisher.scroll_into_view_if_needed()
    for n, answer in enumerate(ANSWERS[learner], start=1):
        publisher.get_by_text(answer, exact=True).click()
        publisher.locator("button", has_text="Check").click()
        expect(publisher).to_contain_text(f"Attempts: {n}")
    handin = page.locator(".jp-OutputArea-output", has_text="Hand in your answers")
    handin.scroll_into_view_if_needed()
    expect(handin).to_contain_text("Not handed in yet.")
    handin.locator("button", has_text="Hand in").click()
    expect(handin).to_contain_text("✓ Handed in. Last handed in on")
    page.screenshot(path=str(_screenshots() / f"hub-{learner}-handed-in.png"))


def test_three_learners_hand_in_on_a_hub_and_the_report_shows_each(
    hub: Hub, browser: Browser, tmp_path: Path
) -> None:
    for learner in ANSWERS:
        page = sign_in(browser, hub, learner)
        try:
            run_all(page)
            answer_and_hand_in(page, learner)
        finally:
            page.context.close()

    for learner, answers in ANSWERS.items():
        saved = hub.state / "home" / learner / "medialit" / "answers" / learner
        record = json.loads((saved / "00_start_here.json").read_text(encoding="utf-8"))
        assert record["learner"] == learner
        history = record["exercises"]["publisher"]["history"]
        assert [a["answer"] for a in history] == answers
    handed = sorted(p.name.split("+")[0] for p in hub.handin.glob("*.json"))
    assert handed == sorted(ANSWERS)
    assert oct(hub.handin.stat().st_mode & 0o7777) == "0o1733"

    written = write_report(hub.handin, tmp_path / "report")
    assert (written.learners, written.problems) == (3, 0)
    with written.gradebook.open(encoding="utf-8", newline="") as source:
        rows = {row["Username"]: row for row in csv.DictReader(source)}
    assert {name: rows[name]["00.3 publisher"] for name in rows} == {
        "ana": "0.00",
        "bo": "1.00",
        "cy": "1.00",
    }
    page_text = written.report.read_text(encoding="utf-8")
    nato = page_text.split('data-figure="00.3:wrong:1:answer"', 1)[1]
    assert nato.split("</td>", 1)[0].endswith("NATO</span>")
    assert 'data-figure="00.3:wrong:1:learners">2 (67%)' in page_text
    assert 'data-figure="00.3:first_try">1 (33%)' in page_text
    for learner in ANSWERS:
        assert f'data-figure="learner:{learner}:tried"' in page_text
    report_page = browser.new_page(viewport={"width": 1200, "height": 900})
    report_page.goto(written.report.as_uri())
    report_page.screenshot(path=str(_screenshots() / "hub-class-report.png"), full_page=True)
    report_page.close()
