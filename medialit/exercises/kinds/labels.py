"""Give each passage one label from a fixed set (`label_segments`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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

MAX_LINE_NOTES = 3
"""At most this many wrong lines are named one by one; the rest are counted."""


@dataclass(frozen=True)
class Passage:
    """One sentence or passage to label, with its key label and why it gets that label.

    `pointer` says where to look, without the answer: a wrong label gets it on the
    first try, and the full reason (`why`) on the next try or with the solution.
    `ref` is the passage's id on the page as the article display shows it (`P6.S2`),
    so the widget, the feedback and the page use one numbering.
    """

    text: str
    label: str
    why: str = ""
    pointer: str = ""
    ref: str = ""

    def name(self, n: int) -> str:
        """How the passage is named to a learner: its place on the page (`P6.S2`) or its number."""
        return self.ref or f"Line {n}"


@dataclass(frozen=True, kw_only=True)
class LabelSegments(Exercise):
    """Give each passage one label from a fixed set.

    A common mistake is written as a partial labelling, `{index: label}`, so one
    message can answer one confusion however the rest is labelled.

    >>> ex = LabelSegments(id="d", prompt="Label.", labels=["claim", "leftover"],
    ...     passages=[Passage("Home", "leftover"), Passage("Russia warned.", "claim")])
    >>> print(ex.check(["leftover", "leftover"]))
    ◐ Partly right — 1 of 2 right. Line 2, “Russia warned.”, is not “leftover”. Read each of \
these lines again: what does it do on the page?
    """

    kind: ClassVar[str] = "label_segments"
    control: ClassVar[str] = "labels"

    labels: Sequence[str]
    passages: Sequence[Passage]

    def __post_init__(self) -> None:
        super().__post_init__()
        passages = tuple(p if isinstance(p, Passage) else Passage(**p) for p in self.passages)
        object.__setattr__(self, "passages", passages)
        object.__setattr__(self, "labels", tuple(self.labels))
        unknown = {p.label for p in passages} - set(self.labels)
        if unknown or not passages:
            raise ValueError(f"{self.id}: key labels {sorted(unknown)} are not in the label set")

    @property
    def reference(self) -> list[str]:
        return [p.label for p in self.passages]

    @property
    def blank_message(self) -> str:
        return "Choose a label for at least one passage first, then press Check."

    def _label(self, label: Any) -> str | None:
        if label in (None, ""):
            return None
        for known in self.labels:
            if isinstance(label, str) and normalize_text(label) == normalize_text(known):
                return known
        raise AnswerError(
            f"{label!r} is not one of the labels: " + ", ".join(map(quote, self.labels))
        )

    def read(self, answer: Any) -> tuple[str | None, ...]:
        if answer is None:
            return (None,) * len(self.passages)
        if isinstance(answer, Mapping):
            answer = [answer.get(i, answer.get(str(i))) for i in range(len(self.passages))]
        labels = tuple(self._label(a) for a in answer)
        if len(labels) != len(self.passages):
            raise AnswerError(f"Give {len(self.passages)} labels, one per passage, in order.")
        return labels

    def is_blank(self, value: Json) -> bool:
        return all(v is None for v in value)

    def grade(self, value: Json) -> Feedback:
        return self.grade_attempt(value, attempt=1)

    def grade_attempt(self, value: Json, *, attempt: int) -> Feedback:
        right = sum(v == p.label for v, p in zip(value, self.passages, strict=True))
        message = f"{right} of {len(self.passages)} right."
        unlabelled = sum(v is None for v in value)
        if unlabelled:
            message += f" {unlabelled} still without a label."
        notes = self._notes(value, attempt=attempt)
        if right == len(self.passages):
            return correct(message.replace(f"{right} of", "All"), self.explanation)
        score = right / len(self.passages)
        verdict = Verdict.PARTLY if right else Verdict.INCORRECT
        return Feedback(verdict, score, message, notes=notes)

    def _notes(self, value: Json, *, attempt: int) -> tuple[str, ...]:
        """A few notes: the pattern once, the first wrong lines, one general pointer."""
        wrong = [
            (n, passage, given)
            for n, (given, passage) in enumerate(zip(value, self.passages, strict=True), start=1)
            if given is not None and given != passage.label
        ]
        notes: list[str] = []
        given_labels = {v for v in value if v is not None}
        if len(wrong) > MAX_LINE_NOTES and len(given_labels) == 1:
            (label,) = given_labels
            kinds = len({p.label for p in self.passages})
            notes.append(
                f"You gave every line the same label, {quote(label)}; "
                f"the lines need {kinds} different labels."
            )
        shown = wrong[:MAX_LINE_NOTES]
        notes += [self._wrong_line(n, p, given, attempt=attempt) for n, p, given in shown]
        if len(wrong) > len(shown):
            more = len(wrong) - len(shown)
            notes.append(f"… and {more} more line{'s' if more != 1 else ''} not right yet.")
        if any(self._bare(p, attempt=attempt) for _, p, _ in shown):
            notes.append("Read each of these lines again: what does it do on the page?")
        return tuple(notes)

    @staticmethod
    def _bare(passage: Passage, *, attempt: int) -> bool:
        """Whether the kit has nothing specific to say about this line yet."""
        return not ((attempt > 1 and passage.why) or passage.pointer)

    @staticmethod
    def _wrong_line(n: int, passage: Passage, given: str, *, attempt: int) -> str:
        # First a pointer to the evidence; the full reason from the second try on.
        said = f"{passage.name(n)}, {quote(passage.text, words=5)}, is not {quote(given)}"
        if attempt > 1 and passage.why:
            return f"{said}: {passage.why}"
        if passage.pointer:
            return f"{said}: {passage.pointer}"
        return f"{said}."

    @property
    def solution_text(self) -> str:
        """Each line's label, with the reason for it."""
        if self.solution:
            return self.solution
        lines = [
            f"{p.name(n)}: {quote(p.label)}" + (f" ({p.why})" if p.why else "")
            for n, p in enumerate(self.passages, start=1)
        ]
        return "\n".join(lines)

    def answer_making(self, mistake: Mistake) -> Json:
        if not isinstance(mistake.answer, Mapping):
            return mistake.answer
        labels = self.reference
        for i, label in mistake.answer.items():
            labels[int(i)] = label
        return labels

    def matches(self, mistake: Mistake, value: Json) -> bool:
        if not isinstance(mistake.answer, Mapping):
            return super().matches(mistake, value)
        return all(
            value[int(i)] is not None and value[int(i)] == self._label(label)
            for i, label in mistake.answer.items()
        )
