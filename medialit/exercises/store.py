"""Saved answers: one JSON file per learner and notebook, written so that nothing is lost.

Every write is a read-modify-write under a file lock (two notebooks open at once
never overwrite each other's answers) and lands atomically: the new content goes
to a temporary file in the same folder, is flushed to disk, and then replaces the
old file in one step, so a crash leaves either the old or the new file, never half
of one. A file that cannot be read is renamed aside with a timestamp and reported,
never overwritten.

The file looks like this::

    {"format": 1, "learner": "ana", "notebook": "00_start_here",
     "exercises": {"publisher": {"attempts": 2, "answer": "...", "shown": "...",
                                 "verdict": "correct", "score": 1.0, "hints_seen": 1,
                                 "first_at": "...", "last_at": "..."}}}

>>> import tempfile
>>> store = AnswerStore(Path(tempfile.mkdtemp()) / "ana" / "00_start_here.json")
>>> store.update("publisher", lambda old: {**old, "attempts": old.get("attempts", 0) + 1})
{'attempts': 1}
>>> store.exercises()["publisher"]["attempts"]
1
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from filelock import FileLock

FORMAT = 1

Record = dict[str, Any]


class AnswerStore:
    """The answers file of one learner and one notebook."""

    def __init__(self, path: Path, *, learner: str = "", notebook: str = "") -> None:
        self.path = Path(path)
        self.learner = learner or self.path.parent.name
        self.notebook = notebook or self.path.stem
        self.moved_aside: list[Path] = []
        self._lock = FileLock(str(self.path) + ".lock", timeout=30)

    @property
    def notice(self) -> str:
        """A message for the learner when an unreadable answers file had to be moved aside."""
        if not self.moved_aside:
            return ""
        moved = self.moved_aside[-1]
        return (
            f"Your answers file {self.path.name} could not be read, so it was moved to "
            f"{moved.name} and a new one was started. Show that file to your teacher."
        )

    def exercises(self) -> dict[str, Record]:
        """All saved records, by exercise id; an empty dict when nothing is saved yet."""
        if not self.path.exists():
            return {}
        with self._lock:
            return self._load()

    def update(self, exercise_id: str, change: Callable[[Record], Record]) -> Record:
        """Replace one exercise's record by `change(old_record)` and save at once."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock:
            records = self._load()
            records[exercise_id] = change(dict(records.get(exercise_id, {})))
            self._remove_stale_temporaries()
            self._write(records)
            return records[exercise_id]

    def _remove_stale_temporaries(self) -> None:
        # Every writer holds the lock while its temporary file exists, so one found while
        # we hold it was left by a process that died mid-save.
        for stale in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            stale.unlink(missing_ok=True)

    def _load(self) -> dict[str, Record]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        try:
            data = json.loads(raw.decode("utf-8"))
            records = data["exercises"]
            if not isinstance(records, dict) or not all(
                isinstance(r, dict) for r in records.values()
            ):
                raise TypeError("exercises must map ids to records")
        except (ValueError, KeyError, TypeError) as err:
            self._move_aside(err)
            return {}
        return records

    def _move_aside(self, err: Exception) -> None:
        stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
        os.replace(self.path, target)
        self.moved_aside.append(target)

    def _write(self, records: dict[str, Record]) -> None:
        data = {
            "format": FORMAT,
            "learner": self.learner,
            "notebook": self.notebook,
            "exercises": records,
        }
        payload = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
        handle, temp = tempfile.mkstemp(
            dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp"
        )
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(payload)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, self.path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        _fsync_folder(self.path.parent)


def _fsync_folder(folder: Path) -> None:
    # The rename itself must reach the disk too, or a power cut can undo it.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def now() -> str:
    """The current time as an ISO string in UTC, to the second."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
