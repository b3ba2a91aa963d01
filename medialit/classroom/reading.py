"""Reading a class's answers: a hand-in folder, a class folder of learners' folders, or loose files.

Each answers file names its learner and notebook inside, and those names are used; a
file that does not falls back on its folder's name (the learner) and its own name (the
notebook). When a learner handed in a notebook more than once, the latest hand-in
counts and the others are counted as earlier ones. Files that cannot be read, hold
values the kit never writes, or were moved aside as damaged (`*.json.corrupt-*`) are
listed as problems with the reason, never dropped silently. Lock files, temporary
files and the learners' hand-in receipts are not answers and are passed over.

>>> work = read_class("no-such-folder")
>>> work.problems
[Problem(path=PosixPath('no-such-folder'), reason='not a folder')]
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from medialit.exercises.store import Record, check_records

MAX_DEPTH = 2
"""A class folder holds learners' folders of files; nothing deeper is read."""
MAX_BYTES = 20_000_000
"""An answers file is a few kilobytes; anything this large is not one."""


@dataclass(frozen=True)
class Work:
    """One learner's answers to one notebook, as handed in."""

    learner: str
    notebook: str
    records: dict[str, Record]
    path: Path
    handed_in_at: str = ""

    @property
    def when(self) -> str:
        """When the work was handed in, or else last changed, as an ISO time ('' if unknown)."""
        return self.handed_in_at or max(
            (str(r.get("last_at", "")) for r in self.records.values()), default=""
        )


@dataclass(frozen=True)
class Problem:
    """A file that could not be used, and why."""

    path: Path
    reason: str


@dataclass
class ClassWork:
    """Everything read from one folder: the latest work per learner and notebook, and problems."""

    works: list[Work] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    earlier: int = 0
    """Hand-ins that a later hand-in of the same learner and notebook replaced."""

    @property
    def learners(self) -> list[str]:
        """Every learner with at least one readable file, sorted."""
        return sorted({w.learner for w in self.works})

    @property
    def notebooks(self) -> list[str]:
        """Every notebook someone handed in, sorted (the kit's names sort in lesson order)."""
        return sorted({w.notebook for w in self.works})

    def work(self, learner: str, notebook: str) -> Work | None:
        """One learner's work on one notebook, if they handed it in."""
        return next((w for w in self.works if (w.learner, w.notebook) == (learner, notebook)), None)


def _candidates(folder: Path, problems: list[Problem]) -> list[Path]:
    found: list[Path] = []

    def unreadable(err: OSError) -> None:
        where = Path(err.filename or folder)
        problems.append(Problem(where, f"folder cannot be read ({err.strerror}); run as its owner"))

    for top, dirs, files in os.walk(folder, onerror=unreadable):
        depth = len(Path(top).relative_to(folder).parts)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")) if depth < MAX_DEPTH - 1 else []
        found.extend(Path(top) / name for name in files if _is_answers_name(name))
    return sorted(found)


def _is_answers_name(name: str) -> bool:
    if name.startswith("."):
        return False
    return name.endswith(".json") or ".json.corrupt-" in name


def _name(value: Any, fallback: str) -> str:
    return value.strip() if isinstance(value, str) and value.strip() else fallback


def read_work(path: Path, *, folder: Path) -> Work:
    """Read one answers file; ValueError or OSError says why it cannot be used."""
    if ".json.corrupt-" in path.name:
        raise ValueError("moved aside as damaged when the learner last saved; open it to see why")
    if path.is_symlink():
        raise ValueError("a link to another file, not an answers file")
    if path.stat().st_size > MAX_BYTES:
        raise ValueError(f"larger than {MAX_BYTES // 1_000_000} MB, so not an answers file")
    data = json.loads(path.read_bytes().decode("utf-8"))
    records = check_records(data)
    nested = path.parent != folder
    learner = _name(data.get("learner"), path.parent.name if nested else path.stem)
    notebook = _name(data.get("notebook"), path.stem)
    handed_in = data.get("handed_in_at", "")
    return Work(
        learner=learner,
        notebook=notebook,
        records=records,
        path=path,
        handed_in_at=handed_in if isinstance(handed_in, str) else "",
    )


def read_class(folder: str | Path) -> ClassWork:
    """Read every answers file in a folder; the latest per learner and notebook counts."""
    root = Path(folder)
    result = ClassWork()
    if not root.is_dir():
        result.problems.append(Problem(root, "not a folder"))
        return result
    latest: dict[tuple[str, str], Work] = {}
    for path in _candidates(root, result.problems):
        try:
            work = read_work(path, folder=root)
        except (OSError, ValueError) as err:
            result.problems.append(Problem(path, _reason(err)))
            continue
        key = (work.learner, work.notebook)
        if key in latest:
            result.earlier += 1
            if (work.when, str(work.path)) < (latest[key].when, str(latest[key].path)):
                continue
        latest[key] = work
    result.works = sorted(latest.values(), key=lambda w: (w.learner, w.notebook))
    return result


def _reason(err: Exception) -> str:
    if isinstance(err, UnicodeDecodeError):
        return "not UTF-8 text"
    if isinstance(err, json.JSONDecodeError):
        return f"not valid JSON ({err.msg}, line {err.lineno})"
    if isinstance(err, OSError):
        return f"cannot be opened ({err.strerror or err})"
    return str(err)
