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
A file nested too deeply to parse, or with an `answer` of a type the kit never writes
(a number, an object, a list of lists), is treated the same way.

Saves that fail (a full disk, a read-only folder) raise `OSError`; the session turns
that into words for the learner. A folder that can be read but not written still
gives the saved answers back, with a notice that nothing more can be saved. A link in
place of the answers file is followed (its target is updated and the link stays); a
link in place of the lock file is removed, since nothing can hold a lock through it.
Saved files follow the umask (group-readable with the usual 022 or 002) and take the
group of their folder, so a teacher in that group can collect a shared hand-in folder.

The lock is `filelock.FileLock`, an operating-system lock on `.<file>.json.lock`, a
hidden file beside the answers, so that learners do not see it in the file browser. On
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

import contextlib
import datetime as dt
import errno
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

FORMAT = 2

Record = dict[str, Any]


class AnswerStore:
    """The answers file of one learner and one notebook."""

    def __init__(self, path: Path, *, learner: str = "", notebook: str = "") -> None:
        self.path = Path(path)
        self.learner = learner or self.path.parent.name
        self.notebook = notebook or self.path.stem
        self.moved_aside: list[Path] = []
        self.notices: list[str] = []
        """Messages for the learner: a file moved aside, a folder that cannot be written."""
        self._told = 0
        self._lock = FileLock(str(lock_path(self.path)), timeout=30)

    @property
    def notice(self) -> str:
        """The latest message for the learner about the answers file, or an empty string."""
        return self.notices[-1] if self.notices else ""

    def tell(self, message: str) -> None:
        """Add a message for the learner, unless the same one is still waiting to be told."""
        if not self.notices or self.notices[-1] != message or self._told == len(self.notices):
            self.notices.append(message)

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
        if len(self.notices) == self._told:
            return ""
        new = self.notices[self._told :]
        self._told = len(self.notices)
        return " ".join(new)

    def exercises(self) -> dict[str, Record]:
        """All saved records, by exercise id; an empty dict when nothing is saved yet."""
        if not self.path.exists():
            return {}
        try:
            with self._locked():
                return self._load()
        except OSError as err:
            # Reading needs no lock (saves replace the file in one step); only moving a
            # damaged file aside does, and that must wait until the folder can be written.
            self.tell(
                f"Your answers cannot be saved: {reason(err)} ({self.path.parent}). You can "
                "still do the exercises and see your saved answers; tell your teacher."
            )
            try:
                return load_file(self.path)
            except (OSError, ValueError):
                return {}

    def update(self, exercise_id: str, change: Callable[[Record], Record]) -> Record:
        """Replace one exercise's record by `change(old_record)` and save at once."""
        _make_folder(self.path.parent)
        with self._locked():
            records = self._load()
            records[exercise_id] = change(dict(records.get(exercise_id, {})))
            self._remove_stale_temporaries()
            self._write(records)
            return records[exercise_id]

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        lock_path = Path(self._lock.lock_file)
        if lock_path.is_symlink():
            # No process can hold a lock through a link (the lock opens without following
            # links), so removing it cannot let two writers in at once.
            lock_path.unlink()
        with self._lock:
            yield

    def _target(self) -> Path:
        """The file a save replaces: the answers file, or the file its link points to."""
        return Path(os.path.realpath(self.path)) if self.path.is_symlink() else self.path

    def _remove_stale_temporaries(self) -> None:
        # Every writer holds the lock while its temporary file exists, so one found while
        # we hold it was left by a process that died mid-save.
        target = self._target()
        for stale in target.parent.glob(f".{target.name}.*.tmp"):
            stale.unlink(missing_ok=True)

    def _load(self) -> dict[str, Record]:
        try:
            return load_file(self.path)
        except FileNotFoundError:
            return {}
        except ValueError as err:
            self._move_aside(err)
            return {}

    def _move_aside(self, err: Exception) -> None:
        stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
        os.replace(self.path, target)
        self.moved_aside.append(target)
        self.tell(
            f"Your answers file {self.path.name} could not be read, so it was moved to "
            f"{target.name} and a new one was started. Show that file to your teacher."
        )

    def _write(self, records: dict[str, Record]) -> None:
        data = {
            "format": FORMAT,
            "learner": self.learner,
            "notebook": self.notebook,
            "exercises": records,
        }
        payload = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
        atomic_write(self._target(), payload)


def atomic_write(target: Path, payload: bytes) -> None:
    """Replace `target` with `payload` in one step: a crash leaves the old file or the new one.

    A temporary file beside it gets the mode and group the folder's files get, is flushed
    to disk, then renamed over the old file; the folder is synced after the rename.
    """
    handle, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        _share_like_folder(handle, target)
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)


_COUNTS = ("attempts", "hints_seen")
_TEXTS = ("verdict", "shown", "first_at", "last_at")


def lock_path(path: Path) -> Path:
    """The hidden lock file beside an answers file.

    >>> lock_path(Path("answers/ana/00_start_here.json")).name
    '.00_start_here.json.lock'
    """
    return path.parent / f".{path.name}.lock"


def load_file(path: Path) -> dict[str, Record]:
    """The records of one answers file; ValueError when it is not one the kit wrote.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "00.json"
    >>> _ = path.write_text("[" * 100_000, encoding="utf-8")
    >>> load_file(path)
    Traceback (most recent call last):
    ...
    ValueError: the file is nested too deeply to be an answers file
    """
    raw = path.read_bytes()
    try:
        return check_records(json.loads(raw.decode("utf-8")))
    except RecursionError:
        raise ValueError("the file is nested too deeply to be an answers file") from None


def reason(err: BaseException) -> str:
    """Why a file could not be written, in words a learner understands.

    >>> reason(OSError(errno.ENOSPC, "No space left on device"))
    'the disk is full'
    """
    if isinstance(err, Timeout):
        return "another notebook kept the answers file busy for too long"
    code = getattr(err, "errno", None)
    if code in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "the answers folder cannot be written (it is read-only or someone else's)"
    if code == errno.ELOOP:
        return "the file is a link that leads nowhere"
    return f"the computer said: {getattr(err, 'strerror', None) or err}"


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
        _check_answer(exercise_id, record.get("answer"))
        _check_history(exercise_id, record.get("history", []))
    return records


def _check_answer(exercise_id: str, answer: Any) -> None:
    # What the exercises store: text, nothing, or a flat list of texts, numbers or nothing.
    def plain(value: Any) -> bool:
        return value is None or isinstance(value, str)

    if plain(answer):
        return
    if isinstance(answer, list) and all(
        plain(a) or (isinstance(a, int) and not isinstance(a, bool)) for a in answer
    ):
        return
    shown = repr(answer) if len(repr(answer)) < 60 else type(answer).__name__
    raise ValueError(f"{exercise_id}: answer must be text or a list of answers, not {shown}")


def _umask() -> int:
    # /proc tells the umask without changing it; os.umask can only read it by setting it,
    # which another thread could see for a moment.
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _share_like_folder(handle: int, target: Path) -> None:
    """Give a new file the umask's mode (or the old one's, if wider) and the folder's group."""
    if os.name != "posix":
        return
    mode = 0o666 & ~_umask()
    with contextlib.suppress(OSError):
        mode |= target.stat().st_mode & 0o777
    os.fchmod(handle, mode)
    group = target.parent.stat().st_gid
    if os.fstat(handle).st_gid != group:
        with contextlib.suppress(OSError):
            os.fchown(handle, -1, group)  # only a member of the group may; otherwise keep ours


def _make_folder(folder: Path) -> None:
    if folder.is_dir():
        return
    folder.mkdir(parents=True, exist_ok=True)
    group = folder.parent.stat().st_gid
    if folder.stat().st_gid != group:
        with contextlib.suppress(OSError):
            os.chown(folder, -1, group)


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
        _check_answer(exercise_id, attempt.get("answer"))
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
