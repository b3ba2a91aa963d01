"""A generated class of 30 learners who hand in two notebooks, and the figures it must give.

Each learner's behaviour on each exercise follows a fixed plan (right at once, wrong then
right, wrong, partly right, or never tried), so the figures a report must show are
known from the plan alone. Learners 28 and 29 hand in only the first notebook, learner
29 hands it in twice, and learner 30's second hand-in is damaged.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from medialit.classroom import HandIn
from medialit.exercises import Session, exercises_of
from medialit.exercises.settings import Settings

NOTEBOOKS = ("00_start_here", "01_sources")
LEARNERS = [f"learner{k:02d}" for k in range(1, 31)]
ONLY_FIRST = {"learner28", "learner29"}
TWICE = "learner29"
DAMAGED = "learner30"
OUTCOME = {
    "right": "right",
    "wrong_then_right": "right",
    "wrong": "wrong",
    "wrong_other": "wrong",
    "partly": "partly",
    "missing": "not_tried",
}


def answers(notebook: str, exercise_id: str) -> dict[str, list[Any]]:
    """What a learner submits, in order, for each behaviour this exercise allows."""
    ex = exercises_of(notebook)[exercise_id]
    ref = ex.reference
    table: dict[tuple[str, str], dict[str, list[Any]]] = {
        ("00_start_here", "publisher"): {
            "wrong": ["NATO"],
            "wrong_other": ["TASS, the Russian news agency"],
        },
        ("00_start_here", "when"): {
            "partly": [ref[:1]],
            "wrong": [["The page was published on 26 December 2021."]],
            "wrong_other": [["The story was written in 2021."]],
        },
        ("01_sources", "capitals"): {"partly": [ref[:1]], "wrong": [["Kiev"]]},
        ("01_sources", "chain"): {"partly": [[ref[1], ref[0], *ref[2:]]]},
    }
    plan = {"right": [ref], "missing": [], **table[(notebook, exercise_id)]}
    if "wrong" in plan:
        plan["wrong_then_right"] = [plan["wrong"][0], ref]
    return plan


GRADED = [
    ("00_start_here", "publisher"),
    ("00_start_here", "when"),
    ("01_sources", "capitals"),
    ("01_sources", "chain"),
]
REFLECTION = ("00_start_here", "first_question")


def behaviour(k: int, j: int, allowed: list[str]) -> str:
    """The plan: learner k's behaviour on the j-th graded exercise."""
    return allowed[(k * (j + 2) + k // 7) % len(allowed)]


def hands_in(learner: str, notebook: str) -> bool:
    """Whether this learner's hand-in of this notebook is in the folder and readable."""
    return notebook == NOTEBOOKS[0] or learner not in ONLY_FIRST | {DAMAGED}


def reflection_text(k: int) -> str:
    """What learner k writes in the reflection (every third learner writes nothing)."""
    return (
        "" if k % 3 == 0 else f"I would ask who wrote it <b>first</b>, and why it costs $5 ({k})."
    )


@dataclass
class Expected:
    """What the plan says every learner did."""

    plan: dict[tuple[str, str, str], str]
    hints: set[tuple[str, str, str]]
    solutions: set[tuple[str, str, str]]

    def outcomes(self, notebook: str, exercise_id: str) -> Counter[str]:
        """The final outcome of each learner, counted."""
        return Counter(
            OUTCOME[self.plan.get((learner, notebook, exercise_id), "missing")]
            for learner in LEARNERS
        )


def _plan() -> Expected:
    plan, hints, solutions = {}, set(), set()
    for k, learner in enumerate(LEARNERS, start=1):
        for j, (notebook, ex_id) in enumerate(GRADED):
            if not hands_in(learner, notebook):
                continue
            allowed = sorted(answers(notebook, ex_id))
            chosen = behaviour(k, j, allowed)
            plan[(learner, notebook, ex_id)] = chosen
            if chosen != "missing" and k % 4 == 0:
                hints.add((learner, notebook, ex_id))
            if chosen != "missing" and k % 10 == 0:
                solutions.add((learner, notebook, ex_id))
    return Expected(plan, hints, solutions)


def write_class(root: Path) -> tuple[Path, Expected]:
    """Make every learner answer and hand in as planned; return the hand-in folder and plan."""
    expected = _plan()
    handin = root / "handin"
    for k, learner in enumerate(LEARNERS, start=1):
        settings = Settings(learner=learner, answers_dir=root / "answers", handin_dir=handin)
        for notebook in NOTEBOOKS:
            session = Session(notebook, settings=settings)
            if learner == TWICE and notebook == NOTEBOOKS[0]:
                HandIn(session).hand_in()
            for (who, nb, ex_id), chosen in expected.plan.items():
                if (who, nb) != (learner, notebook):
                    continue
                exercise = exercises_of(nb)[ex_id]
                if (who, nb, ex_id) in expected.hints:
                    session.next_hint(exercise)
                for answer in answers(nb, ex_id)[chosen]:
                    session.submit(exercise, answer)
                if (who, nb, ex_id) in expected.solutions:
                    session.solution(exercise)
            if notebook == REFLECTION[0] and reflection_text(k):
                session.submit(exercises_of(notebook)[REFLECTION[1]], reflection_text(k))
            if learner in ONLY_FIRST and notebook != NOTEBOOKS[0]:
                continue
            receipt = HandIn(session).hand_in()
            if learner == DAMAGED and notebook != NOTEBOOKS[0]:
                receipt.path.write_bytes(b'{"format": 2, "exercises": {"chain": \xff')
    return handin, expected
