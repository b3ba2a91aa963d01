"""`python -m medialit report FOLDER --out DIR`: the class report and gradebook from handed-in work.

FOLDER is a hand-in folder, a class folder of learners' folders, or a folder of loose
answers files. The command prints where it wrote the report and exits 1 when some files
could not be read (they are listed in the report) or when it found no answers at all, 2
when FOLDER is not a folder.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from medialit.classroom.report import write_report

HELP = "write a class report (report.html) and gradebook.csv from handed-in answers"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments."""
    parser.add_argument("folder", type=Path, help="the hand-in folder or the class's answers")
    parser.add_argument(
        "--out", type=Path, default=Path("class-report"), help="where to write (class-report/)"
    )


def run(args: argparse.Namespace) -> int:
    """Write the report; return the exit status."""
    if not args.folder.is_dir():
        print(f"medialit report: {args.folder} is not a folder", file=sys.stderr)
        return 2
    written = write_report(args.folder, args.out)
    noun = "learner" if written.learners == 1 else "learners"
    print(f"{written.learners} {noun}: {written.report} and {written.gradebook}")
    if not written.learners:
        print(
            f"medialit report: no answers files in {args.folder}; give the hand-in folder, a "
            "class folder of learners' folders, or a folder of answers files",
            file=sys.stderr,
        )
        return 1
    if written.problems:
        print(
            f"{written.problems} files could not be read; the report lists them",
            file=sys.stderr,
        )
        return 1
    return 0
