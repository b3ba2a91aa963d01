"""Correct a passage in your own words (`rewrite`): checked by criteria, not a list of answers.

Each criterion names one thing a good correction does and carries its own message,
so any wording that meets every criterion passes, and a correction that keeps an
error is told which one. A criterion holds regular expressions that must match
(`present`, each of them) and that must not (`absent`); patterns live in the
lesson data, next to the exercise they check.

A correction earns nothing when it misses an `essential` criterion (keeping the
meaning, say) or meets no criterion that looks for something present: passing
only the checks for what must be absent is what any unrelated text does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from medialit.exercises.core import Exercise, Feedback, Json, Mistake, Verdict, correct
from medialit.exercises.text import normalize_text


@dataclass(frozen=True, kw_only=True)
class Criterion:
    """One thing a correction must do: what it is, how to tell, what to say when it is missing.

    >>> Criterion(name="NATO named", message="Name NATO.", present=[r"\\bNATO\\b"]).met("from NATO")
    True
    """

    name: str
    message: str
    present: Sequence[str] = ()
    absent: Sequence[str] = ()
    essential: bool = False
    patterns: tuple[tuple[re.Pattern[str], bool], ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        compiled = [(re.compile(p), True) for p in self.present]
        compiled += [(re.compile(p), False) for p in self.absent]
        if not compiled:
            raise ValueError(f"criterion {self.name!r} has no pattern")
        object.__setattr__(self, "patterns", tuple(compiled))

    def met(self, text: str) -> bool:
        """Whether `text` meets this criterion."""
        return all(bool(p.search(text)) is wanted for p, wanted in self.patterns)


@dataclass(frozen=True, kw_only=True)
class Rewrite(Exercise):
    """Write a correction; every criterion it misses gets its own message.

    >>> ex = Rewrite(id="d", prompt="Fix: “fromNATO”", example="from NATO", criteria=[
    ...     Criterion(name="the space", message="Put the space back.", absent=["[a-z][A-Z]"])])
    >>> print(ex.check("fromNATO"))
    ✗ Not yet — 0 of 1 checks passed. Put the space back.
    """

    kind: ClassVar[str] = "rewrite"
    control: ClassVar[str] = "line"
    _mistake_adds_detail: ClassVar[bool] = False

    criteria: Sequence[Criterion]
    example: str

    def __post_init__(self) -> None:
        super().__post_init__()
        criteria = tuple(c if isinstance(c, Criterion) else Criterion(**c) for c in self.criteria)
        if not criteria:
            raise ValueError(f"{self.id}: a rewrite needs at least one criterion")
        object.__setattr__(self, "criteria", criteria)
        missed = [c.name for c in criteria if not c.met(self.example)]
        if missed:
            raise ValueError(f"{self.id}: the example misses {missed}")

    @property
    def reference(self) -> str:
        return self.example

    @property
    def blank_message(self) -> str:
        return "Type your correction first, then press Check."

    def read(self, answer: Any) -> str | None:
        return None if answer is None else " ".join(str(answer).split())

    def grade(self, value: Json) -> Feedback:
        missed = [c for c in self.criteria if not c.met(value)]
        met = len(self.criteria) - len(missed)
        if not missed:
            names = "; ".join(c.name for c in self.criteria)
            return correct(f"Every check passes: {names}.", self.explanation)
        message = f"{met} of {len(self.criteria)} checks passed."
        notes = tuple(c.message for c in missed)
        if any(c.essential for c in missed):
            names = " and ".join(f"“{c.name}”" for c in missed if c.essential)
            message = (
                f"{met} of {len(self.criteria)} checks passed, but not {names}, "
                "which every correction needs."
            )
            return Feedback(Verdict.INCORRECT, 0.0, message, notes=notes)
        if not any(c.present for c in self.criteria if c not in missed):
            return Feedback(Verdict.INCORRECT, 0.0, message, notes=notes)
        return Feedback(Verdict.PARTLY, met / len(self.criteria), message, notes=notes)

    def matches(self, mistake: Mistake, value: Json) -> bool:
        return normalize_text(str(mistake.answer)) == normalize_text(value)
