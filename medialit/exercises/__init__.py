"""Exercises that teach: pure models, thin widget views, and answers that are never lost.

A lesson's exercises are data, in `medialit/data/exercises/NN_name.json`::

    {"notebook": "00_start_here",
     "exercises": [
       {"kind": "single_choice", "id": "publisher", "prompt": "Who published this page?",
        "options": [{"text": "TASS", "explain": "TASS is quoted, not credited."},
                    {"text": "The page does not say", "correct": true, "explain": "..."}],
        "hints": ["Look for a byline."], "solution": "", "explanation": "...",
        "mistakes": [{"answer": "TASS", "message": "..."}]}]}

Every kind takes `id`, `prompt`, `hints`, `solution`, `explanation` (why the right
answer is right) and `mistakes` (a specific wrong answer and its own message), plus:

- `single_choice`, `multiple_choice`: `options`, each `{"text", "correct", "explain"}`;
  a multiple-choice mistake names the options that make it.
- `pick_spans`: `passage` and `spans`, the key quoted word for word from the passage;
  a mistake is a list of quoted picks.
- `label_segments`: `labels` and `passages`, each `{"text", "label", "why", "pointer"}`;
  a wrong label gets the `pointer` (where to look) on the first try and the `why` from
  the second try on. A mistake is a partial labelling such as `{"0": "the article"}`.
- `order`: `items` in the right order, and optionally `start`, the order shown first.
- `date`: `key`, a day (`2021-12-26`), a month (`2021-12`) or a range
  (`2021-12-24/2021-12-26`); answers may also be written in words. Only an answer
  at the key's precision is fully right: a day inside a range or month key, or a
  month around a day key, gets partial credit and a message about the precision.
- `short_text`: `accept`, the accepted answers (case, spacing, quotes, punctuation
  and contractions such as "we've" for "we have" are ignored).
- `reflection`: `rubric`, shown after saving, and `example`, a model answer.
- `rewrite`: a correction in the learner's own words, checked by `criteria`, each
  `{"name", "message", "present", "absent"}` with regular expressions that must (and
  must not) match; every criterion missed gets its message. `example` must pass.

`medialit/data/exercises/lesson.schema.json` is the JSON Schema for these files;
the tests check every lesson file against it, and check that every reference
answer passes and every listed mistake gets its own message.

In a notebook, one line per exercise::

    lesson = exercises.lesson("00_start_here")
    lesson.exercise("publisher").show()

The code follows the same layers: `core` (verdicts, feedback, `Exercise`), one
module per kind in `kinds/` (a new kind is one new module there), `sessions` (saved
answers, lesson data), `views` (the widgets) and `lessons` (exercises bound to a
session). Arrows point one way: a model never imports a view.

Settings (solutions on or off, learner name, answers folder) are described in
`medialit.exercises.settings`; collecting a class's work in `medialit.exercises.collect`.
"""

from __future__ import annotations

from medialit.exercises.core import AnswerError, Exercise, Feedback, Mistake, Verdict
from medialit.exercises.kinds import (
    DateAnswer,
    LabelSegments,
    MultipleChoice,
    Option,
    Order,
    Passage,
    PickSpans,
    Reflection,
    Rewrite,
    ShortText,
    SingleChoice,
    from_data,
)
from medialit.exercises.lessons import BoundExercise, Lesson, lesson
from medialit.exercises.sessions import (
    Session,
    active_session,
    exercises_of,
    lesson_names,
    session,
)
from medialit.exercises.settings import Settings, load_settings
from medialit.exercises.store import AnswerStore
from medialit.exercises.summary import Row, collect_answers

__all__ = [
    "AnswerError",
    "AnswerStore",
    "BoundExercise",
    "DateAnswer",
    "Exercise",
    "Feedback",
    "LabelSegments",
    "Lesson",
    "Mistake",
    "MultipleChoice",
    "Option",
    "Order",
    "Passage",
    "PickSpans",
    "Reflection",
    "Rewrite",
    "Row",
    "Session",
    "Settings",
    "ShortText",
    "SingleChoice",
    "Verdict",
    "active_session",
    "collect_answers",
    "exercises_of",
    "from_data",
    "lesson",
    "lesson_names",
    "load_settings",
    "session",
    "show",
]


def show(exercise: Exercise, *, session: Session | None = None) -> None:
    """Display an exercise as widgets, saving attempts to `session` (or the active one)."""
    from medialit.exercises.views import show as show_view

    show_view(exercise, session=session)
