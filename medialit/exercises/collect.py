"""Collect a class's saved answers into one table: per learner, notebook and exercise.

From a terminal::

    python -m medialit.exercises.collect answers/            # print a table
    python -m medialit.exercises.collect answers/ --csv work.csv

Give the class folder, not one learner's folder (`answers/ana`): the command says so
and exits with status 2 when the folder holds answers files itself.

The summary itself is `medialit.exercises.collect_answers(folder)`.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from medialit.exercises.summary import COLUMNS, Row, collect_answers, holds_answers_files


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
    if holds_answers_files(args.folder) and not any(args.folder.glob("*/*.json")):
        parent = args.folder.resolve().parent
        parser.error(
            f"{args.folder} holds answers files itself, so it is one learner's folder; "
            f"give the class folder that holds every learner's folder: {parent}"
        )
    problems: list[str] = []
    rows = collect_answers(args.folder, problems=problems)
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
