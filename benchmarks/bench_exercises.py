"""How fast the exercise engine answers: a check with its save, and building a notebook's widgets.

Targets (issue 3): a check with its save under 30 ms at the 95th percentile; a
notebook's exercises built in under 0.2 s. Prints numbers; asserts nothing.

    python benchmarks/bench_exercises.py [--rounds 200]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from medialit.exercises import (
    DateAnswer,
    Exercise,
    LabelSegments,
    Mistake,
    MultipleChoice,
    Option,
    Order,
    Passage,
    PickSpans,
    Reflection,
    Session,
    Settings,
    ShortText,
    SingleChoice,
    exercises_of,
    lesson_names,
)
from medialit.exercises.sessions import exercises_of as cached_exercises

PAGE = (Path(__file__).resolve().parents[1] / "medialit" / "data" / "article.txt").read_text(
    encoding="utf-8"
)
LINES = [line for line in PAGE.splitlines() if line.strip()]


def one_of_each_kind() -> list[Exercise]:
    """One exercise of every kind, sized like the lessons' (the pick runs over the whole page)."""
    return [
        SingleChoice(
            id="b.single",
            prompt="Who published it?",
            options=[Option("TASS", explain="Quoted."), Option("Not said", correct=True)],
        ),
        MultipleChoice(
            id="b.multiple",
            prompt="What does the page say?",
            options=[Option("Sunday", correct=True), Option("2021"), Option("January 12", True)],
        ),
        PickSpans(id="b.pick", prompt="Pick the leftovers.", passage=PAGE, spans=[LINES[-1]]),
        LabelSegments(
            id="b.label",
            prompt="Label each line.",
            labels=["article", "navigation"],
            passages=[Passage(line, "article") for line in LINES],
        ),
        Order(id="b.order", prompt="Order.", items=[f"event {i}" for i in range(8)]),
        DateAnswer(
            id="b.date",
            prompt="When?",
            key="2021-12-26",
            mistakes=[Mistake("2022-01-02", "A week late.")],
        ),
        ShortText(id="b.short", prompt="Agency?", accept=["TASS", "the TASS agency"]),
        Reflection(id="b.reflection", prompt="Why?", rubric="Names evidence."),
    ]


def answers_for(exercise: Exercise) -> list[object]:
    answers: list[object] = [exercise.reference]
    answers += [exercise.answer_making(m) for m in exercise.mistakes]
    if isinstance(exercise, PickSpans):
        answers.append(list(range(0, len(exercise.words), 3)))
    if isinstance(exercise, DateAnswer):
        answers += ["Dec 2021", "Sunday 26 December 2021"]
    return answers


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def bench_checks(rounds: int, folder: Path) -> None:
    """Each lesson's exercises answered in a session of its own, as a learner's notebook is:
    one answers file per lesson, which every check saves whole with the attempts so far."""
    groups = [("bench", one_of_each_kind())]
    groups += [(name, list(exercises_of(name).values())) for name in lesson_names()]
    print(f"check + save, {rounds} rounds per exercise, one answers file per lesson (ms):")
    print(f"  {'exercise':<28} {'p50':>7} {'p95':>7} {'max':>7}")
    every: list[float] = []
    for name, exercises in groups:
        session = Session(name, settings=Settings(learner="bench", answers_dir=folder))
        for exercise in exercises:
            answers = answers_for(exercise)
            samples = []
            for i in range(rounds):
                start = time.perf_counter()
                session.submit(exercise, answers[i % len(answers)])
                samples.append((time.perf_counter() - start) * 1000)
            every += samples
            print(
                f"  {exercise.kind + ' ' + exercise.id:<28} {statistics.median(samples):7.2f} "
                f"{percentile(samples, 0.95):7.2f} {max(samples):7.2f}"
            )
    print(
        f"  {'all kinds':<28} {statistics.median(every):7.2f} {percentile(every, 0.95):7.2f} "
        f"{max(every):7.2f}   (target: p95 < 30 ms)"
    )


def bench_build(folder: Path) -> None:
    start = time.perf_counter()
    from medialit.exercises import views

    imported = time.perf_counter() - start
    print(f"import ipywidgets and the views: {imported:.3f} s (once per kernel)")
    for name in lesson_names():
        cached_exercises.cache_clear()
        samples = []
        for _ in range(5):
            cached_exercises.cache_clear()
            start = time.perf_counter()
            session = Session(name, settings=Settings(learner="bench", answers_dir=folder))
            for exercise in exercises_of(name).values():
                views.build(exercise, session=session)
            samples.append(time.perf_counter() - start)
        print(
            f"build {name}: load data + {len(exercises_of(name))} views: "
            f"median {statistics.median(samples):.3f} s, worst {max(samples):.3f} s "
            "(target < 0.2 s)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        bench_checks(args.rounds, Path(folder))
        bench_build(Path(folder))


if __name__ == "__main__":
    main()
