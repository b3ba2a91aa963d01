"""Collect a class's saved answers into one table: per learner, notebook and exercise.

From a terminal::

    python -m medialit.exercises.collect answers/            # print a table
    python -m medialit.exercises.collect answers/ --csv work.csv

`answers/` holds one folder per learner with one JSON file per notebook, as the
notebooks write them. Files that cannot be read are listed, not skipped silently.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

COLUMNS = ("learner", "notebook", "exercise", "attempts", "verdict", "score", "answer", "last_at")


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
    last_at: str


def collect(folder: str | Path, *, problems: list[str] | None = None) -> list[Row]:
    """Summarise every answers file under `folder`, sorted by learner, notebook, exercise.

    >>> collect("no-such-folder")
    []
    """
    rows: list[Row] = []
    for path in sorted(Path(folder).glob("*/*.json")):
        try:
            records = json.loads(path.read_text(encoding="utf-8"))["exercises"]
            items = sorted(records.items())
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as err:
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
                    score=record.get("score"),
                    answer=str(record.get("shown", "")),
                    last_at=str(record.get("last_at", "")),
                )
            )
    return rows


def _table(rows: Sequence[Row]) -> str:
    cells = [list(COLUMNS)] + [
        ["" if v is None else str(v) for v in asdict(row).values()] for row in rows
    ]
    cells = [[c if len(c) <= 40 else c[:39] + "…" for c in line] for line in cells]
    widths = [max(len(line[i]) for line in cells) for i in range(len(COLUMNS))]
    return "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in cells
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line: print the summary, or write it as CSV with `--csv`."""
    parser = argparse.ArgumentParser(
        prog="python -m medialit.exercises.collect",
        description="Summarise learners' saved answers: attempts, last score, last answer.",
    )
    parser.add_argument("folder", type=Path, help="the answers folder (one sub-folder per learner)")
    parser.add_argument("--csv", type=Path, metavar="OUT", help="write the rows to this CSV file")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        parser.error(f"{args.folder} is not a folder")
    problems: list[str] = []
    rows = collect(args.folder, problems=problems)
    if args.csv:
        with args.csv.open("w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(COLUMNS)
            writer.writerows(asdict(row).values() for row in rows)
        print(f"{len(rows)} rows written to {args.csv}")
    else:
        print(_table(rows))
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
