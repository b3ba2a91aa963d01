"""Open a drafted lesson in a notebook: its exercises, bound to the learner's saved answers.

Built notebooks call these, so their exercises save, collect and report exactly like the
kit's own: the answers land in `answers/<learner>/<notebook>.json`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from medialit.article import Article
from medialit.authoring.draftfile import Draft, exercise_part, read_draft
from medialit.exercises import Exercise, Lesson, from_data, session


def kept(draft: Draft) -> list[dict[str, Any]]:
    """The drafted exercises a teacher has not dropped, in lesson order."""
    return [e for e in draft["exercises"] if not e.get("dropped")]


def unreviewed(draft: Draft) -> list[str]:
    """The ids of kept exercises that no teacher has reviewed yet."""
    return [str(e["id"]) for e in kept(draft) if not e.get("reviewed")]


def open_lesson(
    path: str | Path = "lesson.json", *, folder: str | Path = "answers", learner: str | None = None
) -> Lesson:
    """The exercises of a drafted lesson, ready for `lesson.exercise(id).show()`."""
    draft = read_draft(path)
    built: dict[str, Exercise] = {
        str(e["id"]): from_data(exercise_part(dict(e))) for e in kept(draft)
    }
    notebook = str(draft["notebook"])
    return Lesson(notebook, built, session(notebook, folder=folder, learner=learner))


def open_article(path: str | Path = "lesson.json") -> Article:
    """The article a drafted lesson was made from."""
    article = read_draft(path)["article"]
    return Article.from_text(article["text"], name=article["name"], check_language=False)
