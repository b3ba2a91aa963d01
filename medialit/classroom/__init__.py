"""The classroom: learners named on a shared server, handing in, and the teacher's class report.

- `medialit.classroom.handin`: the Hand in control's model (a drop-box folder), and
  `hand_in_control(lesson)`, the control a notebook shows in its last cell.
- `medialit.classroom.reading`, `tally`, `charts`, `report`, `gradebook`: the class report.
  `python -m medialit report FOLDER --out DIR` (or `write_report(folder, out)`) writes
  `report.html` and `gradebook.csv` from a class's handed-in answers.

Which learner is which comes from the settings (`medialit.exercises.settings`): on a
JupyterHub, the hub's user name.
"""

from __future__ import annotations

from medialit.classroom.handin import HandIn, HandInError, Receipt, prepare_folder
from medialit.classroom.handin_view import HandInView, hand_in_control
from medialit.classroom.reading import ClassWork, read_class
from medialit.classroom.report import write_report

__all__ = [
    "ClassWork",
    "HandIn",
    "HandInError",
    "HandInView",
    "Receipt",
    "hand_in_control",
    "prepare_folder",
    "read_class",
    "write_report",
]
