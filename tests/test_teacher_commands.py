"""Every command the teachers' guide and the lesson plans give works as written from the kit.

Commands are the inline code in `lessons/README.md` and the plans that start with `make`,
`.venv/bin/`, `python` or a `MEDIALIT_…=` setting. Each is run from the kit's top folder:
`make` targets as a dry run (`make -n`, which fails for a target that does not exist), kit
commands for real with their placeholders filled in, and the commands that start a server or
install packages with `--help` added, which checks that the program and its options exist.
"""

from __future__ import annotations

import itertools
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [ROOT / "lessons" / "README.md", *sorted((ROOT / "lessons").glob("0[0-4]_*.md"))]
START = re.compile(r"^(?:[A-Z_]+=\S+ )*(?:make |\.venv/bin/|python)")
# Only runnable on another system; the guide gives them for Windows and macOS.
ELSEWHERE = ("py ", ".venv\\", "xcode-select")


def _commands() -> list[str]:
    found: list[str] = []
    for path in TEXTS:
        text = re.sub(r"\s*\n\s*", " ", path.read_text(encoding="utf-8"))
        for code in re.findall(r"`([^`]+)`", text):
            if START.match(code) and " " in code.strip() and code not in found:
                found.append(code)
    return found


COMMANDS = _commands()


def test_the_guide_gives_the_commands_a_teacher_needs() -> None:
    needed = ["make lab", "make lab-teacher", "make check-notebooks", "make handouts"]
    assert all(command in COMMANDS for command in needed), COMMANDS
    assert not [c for c in COMMANDS if re.match(r"python -m", c)], "bare python fails outside .venv"


@pytest.mark.parametrize("command", COMMANDS)
def test_command_runs_as_written(command: str, tmp_path: Path) -> None:
    words = shlex.split(command.replace("<name>", "ana").replace("<learner>", "ana"))
    env_words = list(itertools.takewhile(lambda w: re.match(r"^[A-Z_]+=", w), words))
    words = words[len(env_words) :]
    env = dict(w.split("=", 1) for w in env_words)
    if any(w.startswith("/path/to") for w in env.values()):
        env = {k: str(tmp_path) for k in env}
    words = [str(tmp_path / "class") if w.startswith("/path/to") else w for w in words]
    words = [str(tmp_path / w) if w.endswith(".csv") else w for w in words]
    if words[0] == "make":
        words = ["make", "-n", *words[1:]]
    elif words[0] == "python3" or "jupyter" in words[0] or "pip" in words:
        words = [sys.executable if words[0] == "python3" else words[0], *words[1:], "--help"]
    (tmp_path / "class").mkdir()
    result = subprocess.run(
        words,
        cwd=ROOT,
        env={**_base_env(), **env},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"


def _base_env() -> dict[str, str]:
    import os

    return dict(os.environ)


def test_commands_for_other_systems_are_named_for_them() -> None:
    guide = (ROOT / "lessons" / "README.md").read_text(encoding="utf-8")
    for marker in ELSEWHERE:
        assert marker in guide
    assert "On Windows" in guide and "macOS" in guide
