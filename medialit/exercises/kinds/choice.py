"""Choice questions: one option (`single_choice`) or every option that fits (`multiple_choice`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from medialit.exercises.core import (
    AnswerError,
    Exercise,
    Feedback,
    Json,
    Mistake,
    Verdict,
    correct,
)
from medialit.exercises.text import normalize_text, quote


@dataclass(frozen=True)
class Option:
    """One option of a choice question, with the explanation shown when it is chosen.

    A wrong option with a `pointer` (where to look, without the answer) shows the
    pointer on the first try and its explanation from the second try on.
    """

    text: str
    correct: bool = False
    explain: str = ""
    pointer: str = ""

    def says(self, *, attempt: int) -> str:
        """What choosing this option gets on this try."""
        if self.pointer and not self.correct and attempt <= 1:
            return self.pointer
        return self.explain


@dataclass(frozen=True, kw_only=True)
class _Choice(Exercise):
    options: Sequence[Option] = ()

    def __post_init__(self) -> None:
        super().__post_init__()
        options = tuple(o if isinstance(o, Option) else Option(**o) for o in self.options)
        if len({o.text for o in options}) != len(options) or len(options) < 2:
            raise ValueError(f"{self.id}: a choice needs at least two different options")
        if not any(o.correct for o in options):
            raise ValueError(f"{self.id}: no option is marked correct")
        object.__setattr__(self, "options", options)

    def _option(self, answer: Any) -> Option:
        if isinstance(answer, int) and not isinstance(answer, bool):
            if 0 <= answer < len(self.options):
                return self.options[answer]
        elif isinstance(answer, str):
            for option in self.options:
                if option.text == answer or normalize_text(option.text) == normalize_text(answer):
                    return option
        raise AnswerError(f"{answer!r} is not one of the options.")

    @property
    def solution_text(self) -> str:
        """The solution, then why each wrong option does not fit."""
        reasons = [
            f"Not {quote(o.text)}: {o.explain}" for o in self.options if not o.correct and o.explain
        ]
        return "\n".join([super().solution_text, *reasons])


@dataclass(frozen=True, kw_only=True)
class SingleChoice(_Choice):
    """Choose one option; every option explains itself when chosen.

    >>> ex = SingleChoice(id="d", prompt="2 + 2?", options=[Option("4", correct=True), Option("5")])
    >>> ex.check(1).verdict
    <Verdict.INCORRECT: 'incorrect'>
    """

    kind: ClassVar[str] = "single_choice"
    control: ClassVar[str] = "radio"

    def __post_init__(self) -> None:
        super().__post_init__()
        if sum(o.correct for o in self.options) != 1:
            raise ValueError(f"{self.id}: a single choice needs exactly one correct option")
        # Each wrong option is a common mistake in its own right, unless the author wrote
        # a separate message for it (then both the message and the option's own
        # explanation are shown) or a pointer to show first.
        covered = {self.read(m.answer) for m in self.mistakes}
        own = tuple(
            Mistake(o.text, o.explain)
            for o in self.options
            if not o.correct and o.explain and not o.pointer and o.text not in covered
        )
        object.__setattr__(self, "mistakes", (*self.mistakes, *own))

    @property
    def reference(self) -> str:
        return next(o.text for o in self.options if o.correct)

    @property
    def blank_message(self) -> str:
        return "Choose an option first, then press Check."

    def read(self, answer: Any) -> str | None:
        return None if answer is None else self._option(answer).text

    def grade(self, value: Json) -> Feedback:
        return self.grade_attempt(value, attempt=1)

    def grade_attempt(self, value: Json, *, attempt: int) -> Feedback:
        option = self._option(value)
        if option.correct:
            return correct(option.explain, self.explanation)
        said = option.says(attempt=attempt) or "That option does not fit."
        return Feedback(Verdict.INCORRECT, 0.0, said)


@dataclass(frozen=True, kw_only=True)
class MultipleChoice(_Choice):
    """Tick every option that fits; each ticked option explains itself.

    >>> ex = MultipleChoice(id="d", prompt="Even?", options=[Option("2", correct=True),
    ...     Option("3", explain="3 is odd."), Option("4", correct=True)])
    >>> print(ex.check(["2", "3"]))
    ◐ Partly right — 1 of your 2 ticks fit. One more option also fits. ✓ “2” ✗ “3”: 3 is odd.
    """

    kind: ClassVar[str] = "multiple_choice"
    control: ClassVar[str] = "ticks"

    @property
    def reference(self) -> list[str]:
        return [o.text for o in self.options if o.correct]

    @property
    def blank_message(self) -> str:
        return "Tick at least one option first, then press Check."

    def read(self, answer: Any) -> tuple[str, ...]:
        if answer is None:
            return ()
        if isinstance(answer, (str, int)):
            answer = [answer]
        chosen = {self._option(a).text for a in answer}
        return tuple(o.text for o in self.options if o.text in chosen)

    def grade(self, value: Json) -> Feedback:
        return self.grade_attempt(value, attempt=1)

    def grade_attempt(self, value: Json, *, attempt: int) -> Feedback:
        chosen = [self._option(v) for v in value]
        right = [o for o in chosen if o.correct]
        wrong = [o for o in chosen if not o.correct]
        missed = sum(o.correct for o in self.options) - len(right)
        if len(chosen) == 1:
            message = "Your tick fits." if right else "Your tick does not fit."
        else:
            message = f"{len(right)} of your {len(chosen)} ticks fit."
        if missed:
            more = "One more option also fits." if missed == 1 else f"{missed} more options fit."
            message += f" {more}"
        notes = []
        for option in chosen:
            mark = "✓" if option.correct else "✗"
            said = option.says(attempt=attempt)
            notes.append(f"{mark} {quote(option.text)}" + (f": {said}" if said else ""))
        if not wrong and not missed:
            return correct(f"All {len(right)} fit.", self.explanation, notes=tuple(notes))
        score = len(right) / (len(right) + len(wrong) + missed)
        verdict = Verdict.PARTLY if right else Verdict.INCORRECT
        return Feedback(verdict, score, message, notes=tuple(notes))

    def answer_making(self, mistake: Mistake) -> Json:
        return [*self.reference, *self.read(mistake.answer)]

    def matches(self, mistake: Mistake, value: Json) -> bool:
        # A mistake names the options that make it, whatever else was ticked.
        try:
            return set(self.read(mistake.answer)) <= set(value)
        except AnswerError:
            return False
