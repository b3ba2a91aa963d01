"""Sessions: tie exercise models to a learner's saved answers, and read lesson data.

A `Session` is one learner working in one notebook; it saves every attempt and
every hint asked for, and it decides when a solution may be shown. `exercises_of`
reads the exercises of one notebook from `medialit/data/exercises/NN_name.json`.
Nothing here builds a widget: the views use sessions, never the other way round.

>>> import tempfile
>>> notes = Session("00_start_here", folder=tempfile.mkdtemp(), learner="ana")
>>> publisher = exercises_of("00_start_here")["publisher"]
>>> notes.submit(publisher, publisher.reference).verdict.value
'correct'
>>> notes.record("publisher")["attempts"]
1
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from medialit.exercises.core import Exercise, Feedback, Verdict
from medialit.exercises.kinds import from_data
from medialit.exercises.settings import Settings, load_settings, safe_name
from medialit.exercises.store import AnswerStore, Record, now, reason

DATA_PACKAGE = "medialit"
DATA_FOLDER = "data/exercises"
SCHEMA = "lesson.schema.json"
"""The JSON Schema every lesson file follows. The tests check it; loading does not,
because importing jsonschema would cost a notebook more than building all its widgets."""
LESSON_FILE = re.compile(r"\d\d_\w+\.json")


class Session:
    """One learner's answers in one notebook, with the teacher's settings applied."""

    def __init__(
        self,
        notebook: str,
        *,
        folder: str | Path = "answers",
        learner: str | None = None,
        settings: Settings | None = None,
    ) -> None:
        self.settings = settings or load_settings()
        self.notebook = notebook
        self.learner = safe_name(learner) if learner else self.settings.learner
        root = self.settings.answers_dir or Path(folder)
        path = root / self.learner / f"{safe_name(notebook)}.json"
        self.store = AnswerStore(path, learner=self.learner, notebook=notebook)

    def __repr__(self) -> str:
        return (
            f"Session({self.notebook!r}, learner={self.learner!r}, file={str(self.store.path)!r})"
        )

    @property
    def solutions(self) -> bool:
        """Whether solutions may be shown at all (a teacher turns them off for assessments)."""
        return self.settings.solutions

    def record(self, exercise_id: str) -> Record:
        """The saved record of one exercise (empty if never attempted)."""
        return self.store.exercises().get(exercise_id, {})

    def submit(self, exercise: Exercise, answer: Any) -> Feedback:
        """Check an answer and, if it was a real attempt, save it at once.

        >>> import tempfile
        >>> notes = Session("demo", folder=tempfile.mkdtemp(), learner="ana")
        >>> notes.submit(exercises_of("00_start_here")["when"], []).counts
        False
        >>> notes.submit(exercises_of("00_start_here")["when"], [0, 1]).verdict.value
        'partly'
        >>> notes.record("when")["attempts"]
        1
        """
        number = int(self.record(exercise.id).get("attempts", 0)) + 1
        feedback = exercise.check(answer, attempt=number)
        if not feedback.counts:
            return feedback
        value = exercise.read(answer)
        shown = exercise.describe(value)
        stamp = now()
        attempt = {
            "at": stamp,
            "answer": value,
            "shown": shown,
            "verdict": feedback.verdict.value,
            "score": feedback.score,
            "mistake": matched_mistake(exercise, value, feedback),
            "feedback": feedback.text,
        }

        def change(old: Record) -> Record:
            return {
                **old,
                "attempts": int(old.get("attempts", 0)) + 1,
                "answer": value,
                "shown": shown,
                "verdict": feedback.verdict.value,
                "score": feedback.score,
                "first_at": old.get("first_at", stamp),
                "last_at": stamp,
                "history": [*old.get("history", []), attempt],
            }

        self.save(exercise.id, change)
        return feedback

    def save(self, exercise_id: str, change: Callable[[Record], Record]) -> Record:
        """Save `change(old_record)`; when that fails, tell the learner why and go on unsaved.

        The returned record is what was meant to be saved either way, so the exercise goes on
        (the hint is shown, the answer stays in its box) while the notice says it is not saved.
        """
        try:
            return self.store.update(exercise_id, change)
        except OSError as err:  # includes the lock's Timeout
            self.store.tell(
                f"Your answer is not saved: {reason(err)}. Keep this notebook open, copy your "
                "answer somewhere safe and tell your teacher; once it is fixed, press the "
                "button again to save it."
            )
            try:
                old = self.store.exercises().get(exercise_id, {})
            except OSError:
                old = {}
            return change(dict(old))

    def next_hint(self, exercise: Exercise) -> list[str]:
        """Reveal one more hint, save that it was seen, and return every hint seen so far."""
        seen = int(self.record(exercise.id).get("hints_seen", 0))
        if seen >= len(exercise.hints):
            return list(exercise.hints)

        def change(old: Record) -> Record:
            count = min(int(old.get("hints_seen", 0)) + 1, len(exercise.hints))
            return {**old, "hints_seen": count}

        count = self.save(exercise.id, change)["hints_seen"]
        return list(exercise.hints[:count])

    def hints_seen(self, exercise: Exercise) -> list[str]:
        """The hints this learner has already revealed, in order."""
        return list(exercise.hints[: int(self.record(exercise.id).get("hints_seen", 0))])

    def solution_blocked(self, exercise: Exercise) -> str:
        """Why the solution cannot be shown yet, or an empty string when it can."""
        if not self.solutions:
            return "Solutions are turned off for this notebook."
        if not self.record(exercise.id).get("attempts"):
            return "Try the exercise once before you look at the solution."
        return ""

    def solution(self, exercise: Exercise) -> str:
        """The solution, recorded as seen so the teacher knows; or why it cannot be shown yet."""
        blocked = self.solution_blocked(exercise)
        if blocked:
            return blocked
        self.save(exercise.id, lambda old: {**old, "solution_seen": True})
        return f"Solution: {exercise.solution_text}"


def matched_mistake(exercise: Exercise, value: Any, feedback: Feedback) -> int | None:
    """The index of the common mistake a wrong or partial answer makes, if it makes one.

    >>> when = exercises_of("00_start_here")["when"]
    >>> wrong = when.mistakes[0].answer
    >>> matched_mistake(when, when.read(wrong), when.check(wrong))
    0
    """
    if feedback.verdict not in (Verdict.INCORRECT, Verdict.PARTLY):
        return None
    return next((i for i, m in enumerate(exercise.mistakes) if exercise.matches(m, value)), None)


_active: list[Session] = []


def session(
    notebook: str, *, folder: str | Path = "answers", learner: str | None = None
) -> Session:
    """Open the session for a notebook and make it the one that views save to by default.

    >>> import tempfile
    >>> session("scratch", folder=tempfile.mkdtemp(), learner="ana").learner
    'ana'
    """
    opened = Session(notebook, folder=folder, learner=learner)
    _active[:] = [opened]
    return opened


def active_session() -> Session:
    """The session opened last, or a session for a notebook called "exercises"."""
    if not _active:
        _active.append(Session("exercises"))
    return _active[0]


def lesson_names() -> list[str]:
    """The notebooks that have an exercise data file, in lesson order.

    >>> "00_start_here" in lesson_names()
    True
    """
    folder = resources.files(DATA_PACKAGE).joinpath(DATA_FOLDER)
    return sorted(p.name[:-5] for p in folder.iterdir() if LESSON_FILE.fullmatch(p.name))


@cache
def exercises_of(notebook: str) -> dict[str, Exercise]:
    """Read and build every exercise of one notebook's data file, by id.

    >>> exercises_of("00_start_here")["publisher"].kind
    'single_choice'
    """
    source = resources.files(DATA_PACKAGE).joinpath(f"{DATA_FOLDER}/{notebook}.json")
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KeyError(f"no exercises for {notebook!r}; known: {lesson_names()}") from None
    built: dict[str, Exercise] = {}
    for entry in data["exercises"]:
        try:
            exercise = from_data(entry)
        except ValueError as err:
            raise ValueError(f"{DATA_FOLDER}/{notebook}.json: {err}") from None
        if exercise.id in built:
            raise ValueError(
                f"{DATA_FOLDER}/{notebook}.json: two exercises are called {exercise.id!r}"
            )
        built[exercise.id] = exercise
    return built
