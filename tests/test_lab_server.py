"""`make lab` serves the learners' working copies only; `make lab-teacher` serves the keys."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "medialit-test-token"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _get(url: str) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers={"Authorization": f"token {TOKEN}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, response.read()


@pytest.mark.parametrize(
    ("target", "served", "hidden"),
    [
        ("lab", "00_start_here.ipynb", "../lessons/keys/00_start_here.ipynb"),
        ("lab-teacher", "keys/00_start_here.ipynb", "../workspace/00_start_here.ipynb"),
    ],
)
def test_make_lab_serves_its_own_folder_only(
    tmp_path: Path, target: str, served: str, hidden: str
) -> None:
    port = _free_port()
    args = f"--no-browser --port={port} --ServerApp.ip=127.0.0.1 --IdentityProvider.token={TOKEN}"
    env = {
        **os.environ,
        "JUPYTER_RUNTIME_DIR": str(tmp_path),
        "MEDIALIT_ANSWERS_DIR": str(tmp_path),
    }
    log = tmp_path / "lab.log"
    with log.open("wb") as out:
        server = subprocess.Popen(
            ["make", "--no-print-directory", target, f"LAB_ARGS={args}"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                status, body = _get(f"{base}/api/contents/{served}")
                break
            except (urllib.error.URLError, ConnectionError):
                assert server.poll() is None, log.read_text(errors="replace")
                assert time.monotonic() < deadline, "JupyterLab did not start within 120 s"
                time.sleep(0.5)
        assert status == 200
        model = json.loads(body)
        assert model["type"] == "notebook"
        assert model["content"]["cells"][0]["cell_type"] == "markdown"
        status, page = _get(f"{base}/lab/tree/{served}")
        assert status == 200 and b"JupyterLab" in page
        for path in (hidden, "lessons/keys/00_start_here.ipynb" if target == "lab" else hidden):
            try:
                status, _ = _get(f"{base}/api/contents/{path}?content=0")
            except urllib.error.HTTPError as error:
                status = error.code
            assert status in (403, 404), f"{path} is served by make {target}"
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
