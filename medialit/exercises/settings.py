"""Teacher settings: who the learner is, where answers go, whether solutions can be shown.

A teacher changes these without editing code, in either of two ways; environment
variables win over the file.

Environment variables:

- `MEDIALIT_SOLUTIONS=off` hides the "Show the solution" button (assessment mode);
  `on` (the default) shows it after the learner's first attempt.
- `MEDIALIT_LEARNER=name` names the learner. Without it, on a JupyterHub the hub's
  user name (`JUPYTERHUB_USER`) does, so learners sharing a server never share a file;
  elsewhere the settings file's `learner`, or else the operating-system user.
- `MEDIALIT_ANSWERS_DIR=path` puts every notebook's answers under `path` instead of
  the folder the notebook names (by default `answers/` beside the notebook).
- `MEDIALIT_SETTINGS=path` reads the settings file from `path`.
- `MEDIALIT_HANDIN_DIR=path` is the class's hand-in folder (see `medialit.classroom`).

Settings file: `medialit-settings.json` in the notebook's folder or any folder
above it, for example `{"solutions": false}` for an assessment, or
`{"solutions": true, "learner": "ana", "answers_dir": "/srv/class/answers"}`, or
`{"handin_dir": "/srv/class/handin"}`.

>>> load_settings(environ={"MEDIALIT_SOLUTIONS": "off"}, cwd=None).solutions
False
"""

from __future__ import annotations

import getpass
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SETTINGS_FILE = "medialit-settings.json"
KEYS = frozenset({"solutions", "learner", "answers_dir", "handin_dir"})

_SWITCH = {"on": True, "true": True, "yes": True, "1": True}
_SWITCH.update({"off": False, "false": False, "no": False, "0": False})


@dataclass(frozen=True)
class Settings:
    """The settings in force for one session."""

    solutions: bool = True
    learner: str = "learner"
    answers_dir: Path | None = None
    source: Path | None = None
    """The settings file that was read, if any."""
    handin_dir: Path | None = None
    """The folder that the Hand in control copies answers to, if the teacher set one."""


def _switch(value: Any, name: str) -> bool:
    if isinstance(value, bool):
        return value
    try:
        return _SWITCH[str(value).strip().lower()]
    except KeyError:
        raise ValueError(f"{name} must be on or off, not {value!r}") from None


def _find_file(environ: Mapping[str, str], cwd: Path | None) -> Path | None:
    if environ.get("MEDIALIT_SETTINGS"):
        return Path(environ["MEDIALIT_SETTINGS"])
    if cwd is None:
        return None
    for folder in (cwd, *cwd.parents):
        candidate = folder / SETTINGS_FILE
        if candidate.is_file():
            return candidate
    return None


def safe_name(name: str) -> str:
    """Make a learner or notebook name safe to use as one file or folder name.

    >>> safe_name("Ana María / group 2")
    'Ana_María_group_2'
    """
    cleaned = re.sub(r"[^\w.-]+", "_", name.strip()).strip("._")
    return cleaned or "learner"


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "learner"


def load_settings(
    *, environ: Mapping[str, str] | None = None, cwd: Path | None = Path()
) -> Settings:
    """Read the settings file (if any), then let environment variables override it.

    >>> load_settings(environ={"MEDIALIT_LEARNER": "ana"}, cwd=None).learner
    'ana'
    """
    env = os.environ if environ is None else environ
    path = _find_file(env, None if cwd is None else cwd.resolve())
    data: dict[str, Any] = {}
    if path is not None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise ValueError(f"cannot read the settings file {path}: {err}") from None
        if not isinstance(data, dict) or set(data) - KEYS:
            raise ValueError(f"{path}: only {', '.join(sorted(KEYS))} can be set")
    solutions = _switch(data.get("solutions", True), "solutions")
    if "MEDIALIT_SOLUTIONS" in env:
        solutions = _switch(env["MEDIALIT_SOLUTIONS"], "MEDIALIT_SOLUTIONS")
    learner = (
        env.get("MEDIALIT_LEARNER")
        or env.get("JUPYTERHUB_USER")
        or data.get("learner")
        or _os_user()
    )
    folder = env.get("MEDIALIT_ANSWERS_DIR") or data.get("answers_dir")
    handin = env.get("MEDIALIT_HANDIN_DIR") or data.get("handin_dir")
    return Settings(
        solutions=solutions,
        learner=safe_name(str(learner)),
        answers_dir=Path(folder).expanduser() if folder else None,
        source=path,
        handin_dir=Path(handin).expanduser() if handin else None,
    )
