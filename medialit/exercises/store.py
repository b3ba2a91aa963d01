"""Saved answers: one JSON file per learner and notebook, written so that nothing is lost.

Every write is a read-modify-write under a file lock (two notebooks open at once
never overwrite each other's answers) and lands atomically: the new content goes
to a temporary file in the same folder, is flushed to disk, and then replaces the
old file in one step, so a crash leaves either the old or the new file, never half
of one. A file that cannot be read is renamed aside with a timestamp and reported,
never overwritten. That includes a file that is valid JSON but holds values the kit
never writes (a top level that is not an object, a record that is not an object,
`"attempts": "x"`, `"hints_seen": -3`, a score outside 0..1; see `check_records`): such
a file was changed by something else, so no part of it is trusted or rewritten. The
learner starts afresh and the teacher gets the whole file back, under its
`.corrupt-<timestamp>` name, exactly as it was. `take_notice` tells the learner once.

The lock is `filelock.FileLock`, an operating-system lock on `<file>.json.lock`. On
Unix the lock file stays after use, by design: deleting it while another process
waits on it would let two writers in at once. The `SoftFileLock` that does delete its
file would block every later save for the whole timeout after a crash. The lock files
are empty and `collect` skips them.

The file looks like this::

    {"format": 2, "learner": "ana", "notebook": "00_start_here",
     "exercises": {"publisher": {"attempts": 2, "answer": "...", "shown": "...",
                                 "verdict": "correct", "score": 1.0, "hints_seen": 1,
                                 "first_at": "...", "last_at": "...",
                                 "history": [{"at": "...", "answer": "...", "shown": "...",
                                              "verdict": "incorrect", "score": 0.0,
                                              "mistake": 0, "feedback": "..."}, ...]}}}

The record's top level is the current state (the last answer); `history` keeps every
attempt in order, with the common mistake it matched (its index in the exercise's
`mistakes`, or null) and the feedback the learner saw. Format 1 files, written before
`history` existed, still read: their records simply have no history.

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

FORMAT = 2

Record = dict[str, Any]


class AnswerStore:
    """The answers file of one learner and one notebook."""

    def __init__(self, path: Path, *, learner: str = "", notebook: str = "") -> None:
        self.path = Path(path)
        self.learner = learner or self.path.parent.name
        self.notebook = notebook or self.path.stem
        self.moved_aside: list[Path] = []
        self._told = 0
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

    def take_notice(self) -> str:
        """The notice, the first time it is asked for after a move; then an empty string.

        >>> import tempfile
        >>> path = Path(tempfile.mkdtemp()) / "00.json"
        >>> _ = path.write_text("[]", encoding="utf-8")
        >>> store = AnswerStore(path)
        >>> store.exercises()
        {}
        >>> "could not be read" in store.take_notice(), store.take_notice()
        (True, '')
        """
        if len(self.moved_aside) == self._told:
            return ""
        self._told = len(self.moved_aside)
        return self.notice

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
            records = check_records(json.loads(raw.decode("utf-8")))
        except ValueError as err:
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


_COUNTS = ("attempts", "hints_seen")
_TEXTS = ("verdict", "shown", "first_at", "last_at")


def check_records(data: Any) -> dict[str, Record]:
    """The records of a parsed answers file; ValueError names a value the kit never writes.

    >>> check_records({"exercises": {"q": {"attempts": 2, "score": 0.5}}})
    {'q': {'attempts': 2, 'score': 0.5}}
    >>> check_records({"exercises": {"q": {"attempts": "x"}}})
    Traceback (most recent call last):
    ...
    ValueError: q: attempts must be a whole number of 0 or more, not 'x'
    """
    if not isinstance(data, dict) or not isinstance(data.get("exercises"), dict):
        raise ValueError("the file must be an object with an 'exercises' object")
    records: dict[str, Record] = data["exercises"]
    for exercise_id, record in records.items():
        if not isinstance(record, dict):
            raise ValueError(f"{exercise_id}: a record must be an object, not {record!r}")
        for name in _COUNTS:
            value = record.get(name, 0)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(
                    f"{exercise_id}: {name} must be a whole number of 0 or more, not {value!r}"
                )
        score = record.get("score")
        if score is not None and (
            isinstance(score, bool) or not isinstance(score, (int, float)) or not 0 <= score <= 1
        ):
            raise ValueError(f"{exercise_id}: score must be a number from 0 to 1, not {score!r}")
        for name in _TEXTS:
            if not isinstance(record.get(name, ""), str):
                raise ValueError(f"{exercise_id}: {name} must be text, not {record[name]!r}")
        if not isinstance(record.get("solution_seen", False), bool):
            raise ValueError(f"{exercise_id}: solution_seen must be true or false")
        _check_history(exercise_id, record.get("history", []))
    return records


def _check_history(exercise_id: str, history: Any) -> None:
    if not isinstance(history, list) or not all(isinstance(a, dict) for a in history):
        raise ValueError(f"{exercise_id}: history must be a list of attempts")
    for attempt in history:
        mistake = attempt.get("mistake")
        if mistake is not None and (
            isinstance(mistake, bool) or not isinstance(mistake, int) or mistake < 0
        ):
            raise ValueError(f"{exercise_id}: an attempt's mistake must be an index: {mistake!r}")
        score = attempt.get("score")
        if score is not None and (
            isinstance(score, bool) or not isinstance(score, (int, float)) or not 0 <= score <= 1
        ):
            raise ValueError(f"{exercise_id}: an attempt's score must be from 0 to 1: {score!r}")
        for name in ("at", "shown", "verdict", "feedback"):
            if not isinstance(attempt.get(name, ""), str):
                raise ValueError(f"{exercise_id}: an attempt's {name} must be text")


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
