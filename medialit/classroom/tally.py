"""The class's figures: per exercise how many learners got it right, partly, wrong or never tried.

Every figure counts learners, out of every learner who handed in anything, so a
learner who skipped an exercise, or a whole notebook, counts as "not tried". An
exercise's outcome is its last answer ("in the end"); "right at first try" looks at
the first attempt in the answers file's history (a file of the first format, which
kept no history, counts as right at first try only when its one attempt was right).
Wrong answers are counted over every attempt, so a common mistake shows even when
learners corrected it later (from a first-format file, only its last answer is known).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from medialit.classroom.reading import ClassWork
from medialit.exercises.core import AnswerError, Exercise, Verdict
from medialit.exercises.sessions import exercises_of, lesson_names, matched_mistake
from medialit.exercises.store import Record

OUTCOMES = ("right", "partly", "wrong", "not_tried")
"""The final outcome of an exercise for one learner; reflections are "saved" or "not_tried"."""
TOP_WRONG = 5


@dataclass(frozen=True)
class WrongAnswer:
    """One wrong or partly right answer, how many learners gave it, and what they were told."""

    shown: str
    learners: int
    attempts: int
    verdict: str
    mistake: int | None
    feedback: str


@dataclass
class ExerciseFigures:
    """The class's figures for one exercise."""

    number: str
    notebook: str
    exercise_id: str
    prompt: str
    graded: bool
    outcomes: Counter[str] = field(default_factory=Counter)
    first_try_right: int = 0
    hints_learners: int = 0
    hints_seen: int = 0
    solutions: int = 0
    wrong_answers: list[WrongAnswer] = field(default_factory=list)
    reflections: list[tuple[str, str]] = field(default_factory=list)
    """For open answers: (learner, answer), by learner."""


@dataclass
class LearnerFigures:
    """One learner's figures over every graded exercise."""

    learner: str
    scores: dict[tuple[str, str], float | None]
    tried: int
    right: int
    partly: int
    wrong: int
    hints_seen: int
    solutions: int
    handed_in_at: str

    @property
    def total(self) -> float:
        """The sum of the final scores, an exercise never tried counting 0."""
        return round(sum(s for s in self.scores.values() if s is not None), 2)


def outcome(record: Record) -> str:
    """The final outcome of one learner's record of one exercise.

    >>> outcome({"attempts": 2, "verdict": "partly"}), outcome({})
    ('partly', 'not_tried')
    """
    if not record.get("attempts"):
        return "not_tried"
    verdict = record.get("verdict", "")
    return {"correct": "right", "partly": "partly", "saved": "saved"}.get(verdict, "wrong")


def right_first_time(record: Record) -> bool:
    """Whether the learner's first attempt was right (from the history when there is one)."""
    history = record.get("history")
    if history:
        return bool(history[0].get("verdict") == Verdict.CORRECT.value)
    return record.get("attempts") == 1 and record.get("verdict") == Verdict.CORRECT.value


def exercise_order(notebooks: list[str], work: ClassWork) -> list[tuple[str, str, Exercise | None]]:
    """Every exercise of the given notebooks in lesson order; ids the kit does not know last."""
    known = set(lesson_names())
    order: list[tuple[str, str, Exercise | None]] = []
    for notebook in notebooks:
        exercises = exercises_of(notebook) if notebook in known else {}
        order.extend((notebook, ex_id, ex) for ex_id, ex in exercises.items())
        seen = {w_id for w in work.works if w.notebook == notebook for w_id in w.records}
        order.extend((notebook, ex_id, None) for ex_id in sorted(seen - set(exercises)))
    return order


def _mistake(attempt: Record, exercise: Exercise | None) -> int | None:
    """The common mistake an attempt made: as saved, or for a first-format file, as checked now."""
    if "mistake" in attempt or exercise is None:
        return attempt.get("mistake")
    try:
        feedback = exercise.check(attempt.get("answer"))
        return matched_mistake(exercise, exercise.read(attempt.get("answer")), feedback)
    except (AnswerError, TypeError, ValueError):
        return None


def _wrong_answers(
    records: list[tuple[str, Record]], exercise: Exercise | None
) -> list[WrongAnswer]:
    learners: dict[str, set[str]] = {}
    attempts: Counter[str] = Counter()
    last: dict[str, dict[str, Any]] = {}
    for learner, record in records:
        history = record.get("history") or ([record] if record.get("attempts") else [])
        for attempt in history:
            if attempt.get("verdict") not in (Verdict.INCORRECT.value, Verdict.PARTLY.value):
                continue
            shown = str(attempt.get("shown", ""))
            learners.setdefault(shown, set()).add(learner)
            attempts[shown] += 1
            last[shown] = attempt
    ranked = sorted(learners, key=lambda s: (-len(learners[s]), -attempts[s], s))
    return [
        WrongAnswer(
            shown=shown,
            learners=len(learners[shown]),
            attempts=attempts[shown],
            verdict=str(last[shown].get("verdict", "")),
            mistake=_mistake(last[shown], exercise),
            feedback=str(last[shown].get("feedback", "")),
        )
        for shown in ranked[:TOP_WRONG]
    ]


def exercise_figures(work: ClassWork) -> list[ExerciseFigures]:
    """The figures of every exercise in every notebook the class handed in, in lesson order."""
    learners = work.learners
    figures = []
    counters: Counter[str] = Counter()
    for notebook, ex_id, exercise in exercise_order(work.notebooks, work):
        counters[notebook] += 1
        records = []
        for learner in learners:
            found = work.work(learner, notebook)
            records.append((learner, found.records.get(ex_id, {}) if found else {}))
        graded = exercise.kind != "reflection" if exercise else _any_score(records)
        item = ExerciseFigures(
            number=f"{notebook[:2]}.{counters[notebook]}",
            notebook=notebook,
            exercise_id=ex_id,
            prompt=exercise.prompt if exercise else ex_id,
            graded=graded,
        )
        for learner, record in records:
            item.outcomes[outcome(record)] += 1
            item.first_try_right += right_first_time(record)
            seen = int(record.get("hints_seen", 0))
            item.hints_seen += seen
            item.hints_learners += seen > 0
            item.solutions += bool(record.get("solution_seen"))
            if not graded and record.get("attempts"):
                item.reflections.append((learner, str(record.get("shown", ""))))
        item.wrong_answers = _wrong_answers(records, exercise) if graded else []
        figures.append(item)
    return figures


def _any_score(records: list[tuple[str, Record]]) -> bool:
    return any(r.get("score") is not None for _, r in records)


def learner_figures(work: ClassWork, exercises: list[ExerciseFigures]) -> list[LearnerFigures]:
    """One row per learner over the graded exercises, sorted by learner."""
    rows = []
    graded = [e for e in exercises if e.graded]
    for learner in work.learners:
        scores: dict[tuple[str, str], float | None] = {}
        counts: Counter[str] = Counter()
        hints = solutions = 0
        for item in graded:
            found = work.work(learner, item.notebook)
            record = found.records.get(item.exercise_id, {}) if found else {}
            score = record.get("score") if record.get("attempts") else None
            scores[(item.notebook, item.exercise_id)] = None if score is None else float(score)
            counts[outcome(record)] += 1
            hints += int(record.get("hints_seen", 0))
            solutions += bool(record.get("solution_seen"))
        times = [w.when for w in work.works if w.learner == learner]
        rows.append(
            LearnerFigures(
                learner=learner,
                scores=scores,
                tried=len(graded) - counts["not_tried"],
                right=counts["right"],
                partly=counts["partly"],
                wrong=counts["wrong"],
                hints_seen=hints,
                solutions=solutions,
                handed_in_at=max(times, default=""),
            )
        )
    return rows
