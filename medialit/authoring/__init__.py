"""Turn any article into a lesson: draft the exercises, let a teacher review them, build notebooks.

From a terminal::

    python -m medialit lesson draft article.txt --out my_lesson  # lesson.json, review.ipynb
    python -m medialit lesson build my_lesson                    # notebooks and a plan

`lesson.json` is the kit's own lesson format (see `medialit.exercises`), with each
exercise's `skill`, the analyzer's `evidence` and whether a teacher has `reviewed` it.
"""

from __future__ import annotations

from medialit.authoring.draft import draft_lesson, notebook_name
from medialit.authoring.draftfile import (
    DraftError,
    check_draft,
    exercise_part,
    read_draft,
    update_draft,
    write_draft,
)
from medialit.authoring.lessonfile import open_article, open_lesson

__all__ = [
    "DraftError",
    "check_draft",
    "draft_lesson",
    "exercise_part",
    "notebook_name",
    "open_article",
    "open_lesson",
    "read_draft",
    "update_draft",
    "write_draft",
]
