"""A class's saved answers as one table: per learner, notebook and exercise.

`answers/` holds one folder per learner with one JSON file per notebook, as the
notebooks write them. Files that cannot be read, or that hold values the kit never
writes (see `medialit.exercises.store.check_records`), are listed, not skipped silently;
the `.json.lock` files beside them are not answers and are passed over. Scores are
rounded to two decimals.
The command line is `python -m medialit.exercises.collect` (see that module).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from medialit.exercises.store import load_file

COLUMNS = (
    "learner",
    "notebook",
    "exercise",
    "attempts",
    "verdict",
    "score",
    "answer",
    "hints_seen",
    "solution_seen",
    "last_at",
)


@dataclass(frozen=True)
class Row:
    """One learner's work on one exercise."""

    learner: str
    notebook: str
    exercise: str
    attempts: int
    verdict: str
    score: float | None
    answer: str
    hints_seen: int
    solution_seen: bool
    last_at: str


def collect_answers(folder: str | Path, *, problems: list[str] | None = None) -> list[Row]:
    """Summarise every answers file under `folder`, sorted by learner, notebook, exercise.

    >>> collect_answers("no-such-folder")
    []
    """
    rows: list[Row] = []
    for path in sorted(Path(folder).glob("*/*.json")):
        try:
            items = sorted(load_file(path).items())
        except (OSError, ValueError) as err:
            if problems is not None:
                problems.append(f"{path}: cannot be read ({err})")
            continue
        for exercise_id, record in items:
            rows.append(
                Row(
                    learner=path.parent.name,
                    notebook=path.stem,
                    exercise=exercise_id,
                    attempts=int(record.get("attempts", 0)),
                    verdict=str(record.get("verdict", "")),
                    score=None if record.get("score") is None else round(record["score"], 2),
                    answer=str(record.get("shown", "")),
                    hints_seen=int(record.get("hints_seen", 0)),
                    solution_seen=bool(record.get("solution_seen", False)),
                    last_at=str(record.get("last_at", "")),
                )
            )
    return rows


def holds_answers_files(folder: str | Path) -> bool:
    """Whether answers files lie directly in `folder`, as in one learner's folder.

    >>> holds_answers_files("no-such-folder")
    False
    """
    return any(Path(folder).glob("*.json"))
