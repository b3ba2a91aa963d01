"""Lessons: the exercises of one notebook bound to a learner's session, ready to show.

A `Lesson` is the exercises of one notebook, read from
`medialit/data/exercises/NN_name.json`, bound to a session, so a notebook cell
stays one line:

>>> import tempfile
>>> lesson00 = lesson("00_start_here", folder=tempfile.mkdtemp(), learner="ana")
>>> ex = lesson00.exercise("publisher")
>>> ex.submit(ex.reference).verdict.value
'correct'
>>> lesson00.session.record("publisher")["attempts"]
1

The widgets are imported only when an exercise is shown, so checking answers in a
script or a test never loads ipywidgets.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from medialit.exercises.core import Exercise, Feedback, Mistake
from medialit.exercises.sessions import Session, exercises_of, session

if TYPE_CHECKING:
    from medialit.exercises.views import ExerciseView


class BoundExercise:
    """An exercise from a lesson, bound to that lesson's session."""

    def __init__(self, model: Exercise, session: Session) -> None:
        self.model = model
        self.session = session

    def __repr__(self) -> str:
        return f"<{type(self.model).__name__} {self.model.id!r} saved to {self.session.store.path}>"

    @property
    def id(self) -> str:
        return self.model.id

    @property
    def prompt(self) -> str:
        return self.model.prompt

    @property
    def reference(self) -> Any:
        """An answer that passes the check."""
        return self.model.reference

    @property
    def mistakes(self) -> tuple[Mistake, ...]:
        """The common mistakes, each with the answer that makes it and its message."""
        return tuple(self.model.mistakes)

    @property
    def hints(self) -> tuple[str, ...]:
        return tuple(self.model.hints)

    def answer_making(self, mistake: Mistake) -> Any:
        """A whole answer that makes this common mistake."""
        return self.model.answer_making(mistake)

    def check(self, answer: Any) -> Feedback:
        """Check an answer without saving it (what key notebooks use)."""
        return self.model.check(answer)

    def submit(self, answer: Any) -> Feedback:
        """Check an answer and save the attempt, as the Check button does."""
        return self.session.submit(self.model, answer)

    def view(self) -> ExerciseView:
        """Build the widgets for this exercise without displaying them."""
        from medialit.exercises.views import build

        return build(self.model, session=self.session)

    def show(self) -> None:
        """Display the exercise as widgets in the notebook."""
        from medialit.exercises.views import show

        show(self.model, session=self.session)

    def _ipython_display_(self) -> None:
        self.show()


class Lesson:
    """The exercises of one notebook, bound to one session."""

    def __init__(self, notebook: str, exercises: dict[str, Exercise], session: Session) -> None:
        self.notebook = notebook
        self.exercises = exercises
        self.session = session

    def __repr__(self) -> str:
        return f"Lesson({self.notebook!r}, {len(self.exercises)} exercises)"

    def __iter__(self) -> Iterator[BoundExercise]:
        return (BoundExercise(ex, self.session) for ex in self.exercises.values())

    def exercise(self, exercise_id: str) -> BoundExercise:
        """One exercise of this lesson, ready to `show()` or `check()`."""
        try:
            return BoundExercise(self.exercises[exercise_id], self.session)
        except KeyError:
            known = ", ".join(self.exercises)
            raise KeyError(
                f"{self.notebook} has no exercise {exercise_id!r}; it has: {known}"
            ) from None


def lesson(notebook: str, *, folder: str | Path = "answers", learner: str | None = None) -> Lesson:
    """Load a notebook's exercises and open its session, saving under `folder/<learner>/`.

    `folder` is relative to the notebook (Jupyter runs a notebook in its own folder);
    the `MEDIALIT_ANSWERS_DIR` setting overrides it.

    >>> import tempfile
    >>> lesson00 = lesson("00_start_here", folder=tempfile.mkdtemp(), learner="ana")
    >>> print(lesson00.exercise("publisher").check("NATO"))
    ✗ Not yet — NATO is what the story is about, not who published it.
    """
    return Lesson(
        notebook, exercises_of(notebook), session(notebook, folder=folder, learner=learner)
    )
