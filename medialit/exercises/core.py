"""The core every exercise kind shares: verdicts, feedback, common mistakes, `Exercise`.

Nothing here touches widgets or files, so a test, a key notebook and a widget all
call the same `check`. Each kind (one module in `medialit.exercises.kinds`) reads an
answer in the form a learner would type in a cell (option text, span text, labels,
dates as words) and returns `Feedback`.

>>> print(Feedback(Verdict.INCORRECT, 0.0, "TASS relayed the words; it did not say them."))
✗ Not yet — TASS relayed the words; it did not say them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any, ClassVar

Json = Any
"""A value that `json.dumps` accepts: how answers are stored and restored."""


class Verdict(str, Enum):
    """How an answer fared; `SAVED` is for answers that are kept but not graded."""

    CORRECT = "correct"
    PARTLY = "partly"
    INCORRECT = "incorrect"
    SAVED = "saved"
    EMPTY = "empty"


MARKS: dict[Verdict, str] = {
    Verdict.CORRECT: "✓ Correct",
    Verdict.PARTLY: "◐ Partly right",
    Verdict.INCORRECT: "✗ Not yet",
    Verdict.SAVED: "✎ Saved",
    Verdict.EMPTY: "○ Nothing to check yet",
}


class AnswerError(ValueError):
    """Raised when an answer cannot be read at all; the message tells the learner what to fix."""


@dataclass(frozen=True)
class Feedback:
    """The result of a check: a verdict, a score in 0..1 (None if not graded) and words.

    `notes` are the points about single parts of the answer (one wrong line, one
    missing span), which a view shows as a short list under the message.

    >>> print(Feedback(Verdict.PARTLY, 0.5, "One of two found.", notes=("Line 2: not yet.",)))
    ◐ Partly right — One of two found. Line 2: not yet.
    """

    verdict: Verdict
    score: float | None
    message: str
    explanation: str = ""
    notes: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The feedback as one line of plain text: mark, verdict in words, message, notes."""
        words = " ".join(part for part in (self.message, *self.notes, self.explanation) if part)
        return f"{MARKS[self.verdict]} — {words}"

    @property
    def counts(self) -> bool:
        """Whether this was a real attempt (an empty or unreadable answer is not)."""
        return self.verdict is not Verdict.EMPTY

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Mistake:
    """A specific wrong answer that learners often give, with the message it deserves."""

    answer: Json
    message: str


KINDS: dict[str, type[Exercise]] = {}
"""Every exercise kind by the name used in lesson data files (filled as kinds are defined)."""


@dataclass(frozen=True, kw_only=True)
class Exercise:
    """What every kind shares: id, prompt, ordered hints, solution and common mistakes."""

    kind: ClassVar[str] = ""
    """The name lesson data files use for this kind; each kind registers itself in `KINDS`."""
    control: ClassVar[str] = ""
    """Which control a learner answers with (a view name, so the model imports no view)."""
    _mistake_adds_detail: ClassVar[bool] = True

    id: str
    prompt: str
    hints: Sequence[str] = ()
    solution: str = ""
    explanation: str = ""
    mistakes: Sequence[Mistake] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.kind:
            KINDS[cls.kind] = cls

    def __post_init__(self) -> None:
        if not self.id or not self.prompt:
            raise ValueError("an exercise needs an id and a prompt")
        object.__setattr__(self, "hints", tuple(self.hints))
        object.__setattr__(self, "mistakes", tuple(self.mistakes))

    def check(self, answer: Any, *, attempt: int = 1) -> Feedback:
        """Check an answer and explain the verdict; a known mistake gets its own message.

        `attempt` counts this learner's tries: some kinds point to the evidence on the
        first wrong try and give the full reason on the next.
        """
        try:
            value = self.read(answer)
        except AnswerError as err:
            return Feedback(Verdict.EMPTY, None, str(err))
        if self.is_blank(value):
            return Feedback(Verdict.EMPTY, None, self.blank_message)
        graded = self.grade_attempt(value, attempt=attempt)
        if graded.verdict in (Verdict.CORRECT, Verdict.SAVED):
            return graded
        for mistake in self.mistakes:
            if self.matches(mistake, value):
                detail = graded.message if self._mistake_adds_detail else ""
                if detail == mistake.message:
                    detail = ""
                message = " ".join(p for p in (mistake.message, detail) if p)
                notes = graded.notes if self._mistake_adds_detail else ()
                return replace(graded, message=message, notes=notes)
        return graded

    @property
    def reference(self) -> Json:
        """An answer that passes the check, in the form a learner would write it."""
        raise NotImplementedError

    def answer_making(self, mistake: Mistake) -> Json:
        """A whole answer that makes this mistake, for key notebooks to demonstrate it."""
        return mistake.answer

    @property
    def solution_text(self) -> str:
        """The worked solution, or the reference answer spelled out when none was written."""
        return self.solution or f"One answer that passes: {self.describe(self.reference)}"

    @property
    def blank_message(self) -> str:
        return "Give an answer first, then press Check."

    def read(self, answer: Any) -> Json:
        """Turn an answer into its canonical stored form, or raise AnswerError."""
        raise NotImplementedError

    def is_blank(self, value: Json) -> bool:
        return value in (None, "", ())

    def grade(self, value: Json) -> Feedback:
        raise NotImplementedError

    def grade_attempt(self, value: Json, *, attempt: int) -> Feedback:
        """Grade the answer on this try; kinds whose messages grow with each try override it."""
        return self.grade(value)

    def matches(self, mistake: Mistake, value: Json) -> bool:
        try:
            return bool(self.read(mistake.answer) == value)
        except AnswerError:
            return False

    def describe(self, answer: Any) -> str:
        """The answer as a short line of text, for teachers' summaries."""
        value = self.read(answer)
        if isinstance(value, (tuple, list)):
            return "; ".join("—" if v is None else str(v) for v in value)
        return "" if value is None else str(value)


def correct(message: str, explanation: str, *, notes: tuple[str, ...] = ()) -> Feedback:
    """Feedback for a right answer: full score, the message and why the answer is right."""
    return Feedback(Verdict.CORRECT, 1.0, message, explanation, notes)
