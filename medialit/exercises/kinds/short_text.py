"""Type a word or phrase (`short_text`); case, spacing, quotes and punctuation do not matter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from medialit.exercises.core import (
    Exercise,
    Feedback,
    Json,
    Mistake,
    Verdict,
    correct,
)
from medialit.exercises.text import normalize_text, quote


@dataclass(frozen=True, kw_only=True)
class ShortText(Exercise):
    """Type a word or phrase; case, spacing, quotes and punctuation do not matter.

    >>> ex = ShortText(id="d", prompt="Which agency?", accept=["TASS", "the TASS agency"])
    >>> ex.check("tass.").verdict
    <Verdict.CORRECT: 'correct'>
    """

    kind: ClassVar[str] = "short_text"
    control: ClassVar[str] = "line"

    accept: Sequence[str]

    def __post_init__(self) -> None:
        super().__post_init__()
        object.__setattr__(self, "accept", tuple(self.accept))
        if not self.accept:
            raise ValueError(f"{self.id}: a short text needs at least one accepted answer")

    @property
    def reference(self) -> str:
        return self.accept[0]

    @property
    def blank_message(self) -> str:
        return "Type an answer first, then press Check."

    def read(self, answer: Any) -> str | None:
        return None if answer is None else " ".join(str(answer).split())

    def grade(self, value: Json) -> Feedback:
        if normalize_text(value) in {normalize_text(a) for a in self.accept}:
            return correct(f"{quote(value)} is right.", self.explanation)
        return Feedback(
            Verdict.INCORRECT, 0.0, f"{quote(value)} is not the answer. Read the passage again."
        )

    def matches(self, mistake: Mistake, value: Json) -> bool:
        return normalize_text(str(mistake.answer)) == normalize_text(value)
