"""Write an open answer (`reflection`): saved, not graded, then the rubric is shown."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from medialit.exercises.core import (
    Exercise,
    Feedback,
    Json,
    Verdict,
)


@dataclass(frozen=True, kw_only=True)
class Reflection(Exercise):
    """Write an open answer: it is saved, not graded, and then the rubric is shown.

    >>> ex = Reflection(id="d", prompt="Why?", rubric="Names one source.")
    >>> print(ex.check("Because TASS says so."))
    ✎ Saved — Your answer is saved. Compare it with what a strong answer does: Names one source.
    """

    kind: ClassVar[str] = "reflection"
    control: ClassVar[str] = "text"

    rubric: str
    example: str = ""

    @property
    def reference(self) -> str:
        return self.example or "(any answer in your own words)"

    @property
    def blank_message(self) -> str:
        return "Write your answer first, then press Save."

    def read(self, answer: Any) -> str | None:
        return None if answer is None else str(answer).strip()

    def grade(self, value: Json) -> Feedback:
        return Feedback(
            Verdict.SAVED,
            None,
            "Your answer is saved. Compare it with what a strong answer does:",
            self.rubric,
        )
