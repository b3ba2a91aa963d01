"""The draft lesson file, `lesson.json`: read, checked, and changed safely.

The file is the kit's lesson format (`medialit/data/exercises/lesson.schema.json`) with
three more keys on each exercise (`skill`, `evidence`, `reviewed`, and `dropped` once a
teacher drops it) and the article itself. A teacher may edit it by hand: a file that
breaks either schema, or holds an exercise the kit cannot build, is refused with a
message naming the exercise and what is wrong.

Every change is a read-modify-write under the same kind of operating-system lock that
guards learners' answers (`filelock.FileLock` on `lesson.json.lock`), and lands
atomically through the answers store's own helpers, so a crash leaves the old file or
the new one, never half of one, and the file is readable by whoever may read the folder.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from filelock import FileLock

from medialit.exercises import from_data
from medialit.exercises.store import atomic_write
from medialit.jsonschema_import import jsonschema

DRAFT_KEYS = ("skill", "evidence", "reviewed", "dropped")
"""Keys a drafted exercise carries beyond the kit's lesson format."""

Draft = dict[str, Any]


class DraftError(ValueError):
    """A draft lesson file that cannot be used, with what is wrong and where."""


@cache
def _schemas() -> tuple[dict[str, Any], dict[str, Any]]:
    root = resources.files("medialit").joinpath("data")
    draft = json.loads(root.joinpath("authoring/draft.schema.json").read_text(encoding="utf-8"))
    lesson = json.loads(root.joinpath("exercises/lesson.schema.json").read_text(encoding="utf-8"))
    exercise = {"$ref": "#/$defs/exercise", "$defs": lesson["$defs"]}
    return draft, exercise


def _where(path: Any) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path) or "the file"


def exercise_part(entry: dict[str, Any]) -> dict[str, Any]:
    """One drafted exercise in the kit's own lesson format (the review keys left off).

    >>> exercise_part({"kind": "reflection", "id": "r", "prompt": "Why?", "rubric": "x",
    ...                "skill": "reflection", "evidence": [], "reviewed": False})
    {'kind': 'reflection', 'id': 'r', 'prompt': 'Why?', 'rubric': 'x'}
    """
    return {k: v for k, v in entry.items() if k not in DRAFT_KEYS}


def check_draft(data: Any, *, name: str = "lesson.json") -> Draft:
    """The draft itself when it is usable; otherwise DraftError saying what to fix."""
    validator = jsonschema().Draft202012Validator(_schemas()[0])
    for error in validator.iter_errors(data):
        raise DraftError(f"{name}: {_where(error.absolute_path)}: {error.message}")
    seen: set[str] = set()
    for number, entry in enumerate(data["exercises"]):
        label = f"{name}: exercise {number + 1} ({entry.get('id', 'no id')!s})"
        check_exercise(entry, label=label)
        if entry["id"] in seen:
            raise DraftError(f"{label}: another exercise has the same id")
        seen.add(entry["id"])
    result: Draft = data
    return result


def check_exercise(entry: dict[str, Any], *, label: str = "exercise") -> None:
    """Raise DraftError unless the entry is a lesson-file exercise the kit can build."""
    validator = jsonschema().Draft202012Validator(_schemas()[1])
    for error in validator.iter_errors(exercise_part(entry)):
        raise DraftError(f"{label}: {_where(error.absolute_path)}: {error.message}")
    try:
        from_data(exercise_part(entry))
    except ValueError as err:
        raise DraftError(f"{label}: {err}") from None


def read_draft(path: str | Path) -> Draft:
    """Read and check a draft lesson file."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DraftError(f"{path}: no such file; make one with `medialit lesson draft`") from None
    except json.JSONDecodeError as err:
        raise DraftError(f"{path.name}: not valid JSON: {err}") from None
    return check_draft(data, name=path.name)


def _lock(path: Path) -> FileLock:
    return FileLock(str(path) + ".lock", timeout=30)


def write_draft(path: str | Path, data: Draft) -> None:
    """Check a draft and save it, replacing the file in one step."""
    path = Path(path)
    check_draft(data, name=path.name)
    path.parent.mkdir(parents=True, exist_ok=True)
    with _lock(path):
        _replace(path, data)


def update_draft(path: str | Path, change: Callable[[Draft], Draft]) -> Draft:
    """Apply `change` to the draft, check the result and save it; on error the file stays."""
    path = Path(path)
    with _lock(path):
        new = check_draft(change(read_draft(path)), name=path.name)
        _replace(path, new)
    return new


def _replace(path: Path, data: Draft) -> None:
    # Saved as learners' answers are: atomically, with the folder's mode and group.
    atomic_write(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8") + b"\n")
