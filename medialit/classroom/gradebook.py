"""The gradebook: one row per learner, one column per graded exercise, and a total.

The layout is the one learning platforms import: a first column naming the learner
(`Username`, which Moodle's CSV grade import matches on; map it to the platform's own
identifier when importing elsewhere), then one column per grade item, each out of 1, then
the total, whose heading says out of how much. A score is the last answer's, from 0 to 1,
with two decimals; an exercise never tried is left empty (no grade, as platforms read it)
and counts 0 in the total.
"""

from __future__ import annotations

import csv
from pathlib import Path

from medialit.classroom.tally import ExerciseFigures, LearnerFigures

LEARNER_COLUMN = "Username"
TOTAL_COLUMN = "Total (out of {graded})"


def column(item: ExerciseFigures) -> str:
    """The gradebook column of an exercise: its number and id, unique within the class."""
    return f"{item.number} {item.exercise_id}"


def write_gradebook(
    path: Path, learners: list[LearnerFigures], exercises: list[ExerciseFigures]
) -> Path:
    """Write the gradebook CSV (UTF-8, comma-separated) and return its path."""
    graded = [e for e in exercises if e.graded]
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        total = TOTAL_COLUMN.format(graded=len(graded))
        writer.writerow([LEARNER_COLUMN, *(column(e) for e in graded), total])
        for row in learners:
            scores = [row.scores.get((e.notebook, e.exercise_id)) for e in graded]
            writer.writerow(
                [
                    row.learner,
                    *("" if s is None else f"{s:.2f}" for s in scores),
                    f"{row.total:.2f}",
                ]
            )
    return path
