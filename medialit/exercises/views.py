"""Thin ipywidgets views: controls that read an answer and hand it to the model.

A view holds no logic of its own. Check calls `Session.submit` (which calls the
model's `check` and saves the attempt); Hint and Solution ask the session. Every
control carries visible text, linked to it as its accessible name where ipywidgets
links one (text boxes, dropdowns, lists); feedback is a mark and words on a tinted box
whose colours pass WCAG AA; all text from the article is escaped before it becomes HTML.
Enter in a one-line text box checks the answer, as the Check button does.
"""

from __future__ import annotations

import re
from typing import Any

import ipywidgets as w
from IPython import display as ipython_display
from ipywidgets.widgets.widget_bool import ToggleButtonStyle

from medialit.display import escape, ignore_maths
from medialit.exercises.core import MARKS, AnswerError, Exercise, Feedback, Verdict
from medialit.exercises.kinds import (
    DateAnswer,
    LabelSegments,
    MultipleChoice,
    Order,
    PickSpans,
    Reflection,
    Rewrite,
    ShortText,
    SingleChoice,
)
from medialit.exercises.looks import Looks
from medialit.exercises.sessions import Session, active_session
from medialit.exercises.text import quote

COLOURS: dict[Verdict, tuple[str, str]] = {
    Verdict.CORRECT: ("#1b5e20", "#e8f5e9"),
    Verdict.PARTLY: ("#6d4c00", "#fff4d6"),
    Verdict.INCORRECT: ("#a31515", "#fdecea"),
    Verdict.SAVED: ("#263238", "#eceff1"),
    Verdict.EMPTY: ("#263238", "#eceff1"),
}
"""Text and background colour per verdict; each pair has a contrast ratio above 4.5."""

NOTICE_MARK = "⚠ Notice"
NOTICE_COLOURS = ("#3e2723", "#fff8e1")
"""Text and background of a notice about the answers file: not a verdict on an answer."""


def _display(widget: Any) -> None:
    ipython_display.display(widget)  # type: ignore[no-untyped-call]


_BOX = "padding:6px 10px;margin:4px 0;white-space:normal;line-height:1.4"


# Every control and every button gets a layout of its own: a layout shared between
# widgets is one object in the browser, so hiding one button would hide them all. What
# nothing hides or restyles shares (see `medialit.exercises.looks`).
def _full() -> w.Layout:
    return w.Layout(width="100%")


def _auto() -> w.Layout:
    return w.Layout(width="auto")


def _wide_label() -> dict[str, str]:
    return {"description_width": "initial"}


def feedback_html(feedback: Feedback, *, note: str = "") -> str:
    """Render feedback as an escaped, colour-independent HTML box: mark, words, a short list."""
    fg, bg = COLOURS[feedback.verdict]
    parts = [
        f'<div role="status" style="color:{fg};background:{bg};border-left:5px solid {fg};{_BOX}">',
        f"<strong>{escape(MARKS[feedback.verdict])}</strong>",
        f" — {escape(feedback.message)}",
    ]
    if feedback.notes:
        items = "".join(f"<li>{escape(item)}</li>" for item in feedback.notes)
        parts.append(f'<ul style="margin:4px 0;padding-left:1.4em">{items}</ul>')
    if feedback.explanation:
        parts.append(text_html(feedback.explanation))
    if note:
        parts.append(f"<p style='margin:4px 0'><em>{escape(note)}</em></p>")
    parts.append("</div>")
    return ignore_maths("".join(parts))


_LEVEL = re.compile(r"(?:^|(?<=\s))(\d): ")
_POINT = re.compile(r"\s*\((\d)\)\s+")
_LIST = '<ul style="margin:4px 0;padding-left:1.4em">{}</ul>'
# A long explanation reads better one sentence per line than as one block.
_LONG = 240
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)”][.!?])\s+(?=[A-Z“])|(?<=[.!?]”)\s+(?=[A-Z“])")


def _sentences(text: str) -> list[str]:
    # Split between sentences, never inside a quotation.
    lines, start = [], 0
    for gap in _SENTENCE_END.finditer(text):
        before = text[start : gap.start()]
        if before.count("“") == before.count("”"):
            lines.append(before)
            start = gap.end()
    return [*lines, text[start:]]


def text_html(text: str) -> str:
    """Longer feedback as HTML: rubric levels and numbered points as lists, lines as lines.

    >>> print(text_html("3: names two. 2: names one. 0: none."))
    <ul style="margin:4px 0;padding-left:1.4em"><li><strong>Level 3</strong>: names two.</li>\
<li><strong>Level 2</strong>: names one.</li><li><strong>Level 0</strong>: none.</li></ul>
    >>> print(text_html("A strong answer (1) names a source; (2) says why."))
    <p style='margin:4px 0'>A strong answer:</p><ul style="margin:4px 0;padding-left:1.4em">\
<li>names a source;</li><li>says why.</li></ul>
    """
    pieces = _LEVEL.split(text.strip())
    if len(pieces) >= 5 and not pieces[0].strip():
        levels = zip(pieces[1::2], pieces[2::2], strict=True)
        return _LIST.format(
            "".join(
                f"<li><strong>Level {level}</strong>: {escape(words.strip())}</li>"
                for level, words in levels
            )
        )
    pieces = _POINT.split(text.strip())
    if len(pieces) >= 5 and pieces[1::2] == [str(n) for n in range(1, len(pieces) // 2 + 1)]:
        intro = f"<p style='margin:4px 0'>{escape(pieces[0].strip())}:</p>" if pieces[0] else ""
        items = "".join(f"<li>{escape(point.strip())}</li>" for point in pieces[2::2])
        return intro + _LIST.format(items)
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) == 1 and len(text) > _LONG:
        lines = _sentences(lines[0])
    return f"<p style='margin:4px 0'>{'<br>'.join(map(escape, lines))}</p>"


def notice_html(text: str) -> str:
    """Render a notice for the learner (not feedback on an answer) as escaped HTML."""
    fg, bg = NOTICE_COLOURS
    return (
        f'<div role="alert" style="color:{fg};background:{bg};border:2px dashed {fg};{_BOX}">'
        f"<strong>{escape(NOTICE_MARK)}</strong> — {escape(text)}</div>"
    )


class ExerciseView:
    """The widgets of one exercise, bound to a session; `widget` is what gets displayed."""

    check_label = "Check"

    def __init__(self, exercise: Exercise, session: Session) -> None:
        self.exercise = exercise
        self.session = session
        self.looks = looks = Looks()
        self.prompt = looks.html(f"<p><strong>{escape(exercise.prompt)}</strong></p>")
        self.check_button = looks.button(self.check_label, "check")
        self.hint_button = looks.button("Show a hint", "lightbulb-o")
        self.solution_button = looks.button("Show the solution", "eye")
        self.attempts = looks.label()
        self.feedback = looks.html()
        self.hints = looks.html()
        self.solution = looks.html()
        self.notice = looks.html()
        self.check_button.on_click(lambda _: self.check_clicked())
        self.hint_button.on_click(lambda _: self.hint())
        self.solution_button.on_click(lambda _: self.reveal_solution())
        buttons = w.HBox([self.check_button, self.hint_button, self.solution_button, self.attempts])
        self.widget = w.VBox(
            [
                self.notice,
                self.prompt,
                self.controls(),
                buttons,
                self.feedback,
                self.hints,
                self.solution,
            ],
            layout=w.Layout(border="1px solid #767676", padding="8px", margin="8px 0"),
        )
        # Classes name the exercise in the page, for browser tests and for styling.
        self.widget.add_class("medialit-exercise")
        self.widget.add_class(f"medialit-ex-{exercise.id}")
        self.restore()

    def controls(self) -> w.Widget:
        """The widgets the learner answers with."""
        raise NotImplementedError

    def answer(self) -> Any:
        """The answer the controls currently hold, in the model's terms."""
        raise NotImplementedError

    def set_answer(self, value: Any) -> None:
        """Put a canonical answer (as `Exercise.read` returns it) back into the controls."""
        raise NotImplementedError

    def check(self) -> Feedback:
        """Check the current answer, save it, and show the feedback (the Check button)."""
        feedback = self.session.submit(self.exercise, self.answer())
        self.feedback.value = feedback_html(feedback)
        self.refresh()
        return feedback

    def check_clicked(self) -> None:
        """What the Check button does."""
        self.check()

    def hint(self) -> None:
        """Reveal the next hint (the hint button)."""
        self._show_hints(self.session.next_hint(self.exercise))
        self.refresh()

    def reveal_solution(self) -> None:
        """Show the solution if the settings and the attempts so far allow it."""
        self.solution.value = ignore_maths(text_html(self.session.solution(self.exercise)))

    def _show_hints(self, hints: list[str]) -> None:
        items = "".join(f"<li>{escape(h)}</li>" for h in hints)
        self.hints.value = f"<p><strong>Hints</strong></p><ol>{items}</ol>" if hints else ""

    def restore(self) -> None:
        """Put the last saved answer, its feedback, the hints seen and the attempts back."""
        record = self.session.record(self.exercise.id)
        if record.get("answer") is not None:
            try:
                value = self.exercise.read(record["answer"])
            except (AnswerError, TypeError, ValueError):  # a record the model cannot read
                value = None
            if value is not None:
                self.set_answer(value)
                note = "This is your last saved answer."
                tries = max(1, int(record.get("attempts", 1)))
                self.feedback.value = feedback_html(
                    self.exercise.check(value, attempt=tries), note=note
                )
        self._show_hints(list(self.exercise.hints[: int(record.get("hints_seen", 0))]))
        self.refresh(record)

    def refresh(self, record: dict[str, Any] | None = None) -> None:
        """Update the attempt count and which buttons can be used."""
        record = self.session.record(self.exercise.id) if record is None else record
        self.attempts.value = f"Attempts: {int(record.get('attempts', 0))}"
        total, seen = len(self.exercise.hints), int(record.get("hints_seen", 0))
        self.hint_button.layout.display = "none" if not total else None
        self.hint_button.disabled = seen >= total
        self.hint_button.description = (
            "No more hints" if seen >= total else f"Show a hint ({seen + 1} of {total})"
        )
        if not self.session.solutions:
            self.solution_button.layout.display = "none"
        elif record.get("attempts"):
            self.solution_button.disabled = False
            self.solution_button.description = "Show the solution"
        else:
            self.solution_button.disabled = True
            self.solution_button.description = "Solution after your first try"
        # Shown once, in the view that was being built or used when the file was moved.
        notice = self.session.store.take_notice()
        if notice:
            self.notice.value = notice_html(notice)

    def _ipython_display_(self) -> None:
        _display(self.widget)


class SingleChoiceView(ExerciseView):
    """Radio buttons, one per option."""

    exercise: SingleChoice

    def controls(self) -> w.Widget:
        options = [o.text for o in self.exercise.options]
        # ipywidgets links no label to a radio group, so the description that names the
        # group is the question itself, cut short: the full prompt is just above.
        self.choice = w.RadioButtons(
            options=options,
            value=None,
            description=f"Answer to {quote(self.exercise.prompt, words=6)}:",
            tooltip=self.exercise.prompt,
            style=_wide_label(),
            layout=_full(),
        )
        return self.choice

    def answer(self) -> Any:
        return self.choice.value

    def set_answer(self, value: Any) -> None:
        self.choice.value = value


class MultipleChoiceView(ExerciseView):
    """One checkbox per option."""

    exercise: MultipleChoice

    def controls(self) -> w.Widget:
        self.boxes = [
            w.Checkbox(value=False, description=o.text, indent=False, layout=_auto())
            for o in self.exercise.options
        ]
        return w.VBox([self.looks.label("Tick every option that fits:"), *self.boxes])

    def answer(self) -> Any:
        return [box.description for box in self.boxes if box.value]

    def set_answer(self, value: Any) -> None:
        for box in self.boxes:
            box.value = box.description in value


class PickSpansView(ExerciseView):
    """One toggle button per word; picked words carry a check mark as well as a colour."""

    exercise: PickSpans

    def controls(self) -> w.Widget:
        # The words of a passage share one layout and one style, which nothing changes (a
        # picked word changes its icon and value only): a widget holds about 3 kB of a
        # kernel, and a word with a layout and a style of its own was three widgets.
        layout = w.Layout(width="auto", margin="1px", padding="0 4px")
        style = ToggleButtonStyle()
        self.words = [
            w.ToggleButton(value=False, description=word.text, layout=layout, style=style)
            for word in self.exercise.words
        ]
        for button in self.words:
            button.observe(self._picked, names="value")
        self.picks = self.looks.html()
        self.clear_button = self.looks.button("Clear my picks", "times")
        self.clear_button.on_click(lambda _: self.set_answer(()))
        self._update_picks()
        passage = w.Box(self.words, layout=w.Layout(display="flex", flex_flow="row wrap"))
        label = self.looks.label("Click words to pick them (Tab moves between words, Space picks):")
        return w.VBox([label, passage, w.HBox([self.clear_button]), self.picks])

    def _picked(self, change: dict[str, Any]) -> None:
        change["owner"].icon = "check" if change["new"] else ""
        self._update_picks()

    def _update_picks(self) -> None:
        spans = self.exercise.runs(self.answer())
        if not spans:
            self.picks.value = "<p>Your picks: none yet.</p>"
            return
        quoted = " | ".join(f"“{escape(self.exercise.span_text(a, b))}”" for a, b in spans)
        self.picks.value = f"<p>Your picks: {quoted}</p>"

    def answer(self) -> Any:
        return [i for i, button in enumerate(self.words) if button.value]

    def set_answer(self, value: Any) -> None:
        chosen = set(value)
        for i, button in enumerate(self.words):
            button.value = i in chosen


class LabelSegmentsView(ExerciseView):
    """One dropdown of labels per passage."""

    exercise: LabelSegments

    def controls(self) -> w.Widget:
        rows: list[w.Widget] = []
        self.dropdowns: list[w.Dropdown] = []
        for n, passage in enumerate(self.exercise.passages, start=1):
            dropdown = w.Dropdown(
                options=list(self.exercise.labels),
                value=None,
                description=f"Label for {passage.name(n)}, {quote(passage.text, words=4)}:",
                style=_wide_label(),
                # ipywidgets gives a dropdown 300 px in all, its description included:
                # a long description left the labels about 30 px to show in.
                layout=w.Layout(width="100%", max_width="52em"),
            )
            self.dropdowns.append(dropdown)
            text = self.looks.html(
                f"<p><strong>{passage.name(n)}.</strong> {escape(passage.text)}</p>"
            )
            rows.append(w.VBox([text, dropdown], layout=w.Layout(margin="0 0 6px 0")))
        return w.VBox(rows)

    def answer(self) -> Any:
        return [d.value for d in self.dropdowns]

    def set_answer(self, value: Any) -> None:
        for dropdown, label in zip(self.dropdowns, value, strict=True):
            dropdown.value = label


class OrderView(ExerciseView):
    """A list box with Move up and Move down buttons, all usable from the keyboard."""

    exercise: Order

    def controls(self) -> w.Widget:
        items = list(self.exercise.start)
        self.listbox = w.Select(
            options=items,
            value=items[0],
            rows=len(items),
            description="Order, first at the top:",
            style=_wide_label(),
            layout=_full(),
        )
        self.up_button = self.looks.button("Move up", "arrow-up")
        self.down_button = self.looks.button("Move down", "arrow-down")
        self.up_button.on_click(lambda _: self.move(-1))
        self.down_button.on_click(lambda _: self.move(+1))
        tip = self.looks.label("Select an item, then move it with the buttons.")
        return w.VBox([tip, self.listbox, w.HBox([self.up_button, self.down_button])])

    def move(self, step: int) -> None:
        """Move the selected item one place up (-1) or down (+1)."""
        items = list(self.listbox.options)
        selected = self.listbox.value
        i = items.index(selected)
        j = i + step
        if 0 <= j < len(items):
            items[i], items[j] = items[j], items[i]
            self.listbox.options = items
            self.listbox.value = selected

    def answer(self) -> Any:
        return list(self.listbox.options)

    def set_answer(self, value: Any) -> None:
        self.listbox.options = list(value)
        self.listbox.value = value[0]


class TextView(ExerciseView):
    """A one-line text box, for dates and short answers; Enter checks the answer.

    The box sends its value when the learner presses Enter or leaves it after a change
    (`continuous_update=False`, the pattern ipywidgets documents in place of the old
    `on_submit`), and that sends the answer to Check. A click on Check right after, with
    the answer unchanged, is the same attempt and is not counted twice.
    """

    exercise: DateAnswer | ShortText | Rewrite

    def __init__(self, exercise: Exercise, session: Session) -> None:
        self._just_checked: str | None = None
        super().__init__(exercise, session)
        # Observed only now, so restoring a saved answer is not a new attempt.
        self.text.observe(self._submitted, names="value")

    def _submitted(self, change: dict[str, Any]) -> None:
        if change["new"].strip():
            self.check()
            self._just_checked = change["new"]

    def check_clicked(self) -> None:
        if self.text.value == self._just_checked:
            self._just_checked = None
            return
        self.check()

    def controls(self) -> w.Widget:
        if isinstance(self.exercise, DateAnswer):
            label, hint = "Your date:", "e.g. 2021-12-26, 26 December 2021 or Dec 2021"
        elif isinstance(self.exercise, Rewrite):
            label, hint = "Your correction:", "type the corrected words"
        else:
            label, hint = "Your answer:", "type a word or a phrase"
        self.text = w.Text(
            value="",
            placeholder=f"{hint}, then press Enter",
            description=label,
            tooltip=self.exercise.prompt,
            continuous_update=False,
            style=_wide_label(),
            layout=w.Layout(width="44em", max_width="100%"),
        )
        return self.text

    def answer(self) -> Any:
        return self.text.value

    def set_answer(self, value: Any) -> None:
        self.text.value = value


class ReflectionView(ExerciseView):
    """A text area; Save stores the answer and then shows the rubric."""

    exercise: Reflection
    check_label = "Save"

    def controls(self) -> w.Widget:
        self.text = w.Textarea(
            value="",
            placeholder="Write a few sentences, then press Save.",
            description="Your answer:",
            tooltip=self.exercise.prompt,
            rows=5,
            style=_wide_label(),
            layout=_full(),
        )
        return self.text

    def answer(self) -> Any:
        return self.text.value

    def set_answer(self, value: Any) -> None:
        self.text.value = value


VIEWS: dict[str, type[ExerciseView]] = {
    "radio": SingleChoiceView,
    "ticks": MultipleChoiceView,
    "words": PickSpansView,
    "labels": LabelSegmentsView,
    "order": OrderView,
    "line": TextView,
    "text": ReflectionView,
}
"""The view for each control an exercise kind names (`Exercise.control`)."""


def build(exercise: Exercise, *, session: Session | None = None) -> ExerciseView:
    """Build the view of an exercise, restoring the learner's last answer."""
    return VIEWS[exercise.control](exercise, session or active_session())


def show(exercise: Exercise, *, session: Session | None = None) -> None:
    """Build and display the view of an exercise."""
    _display(build(exercise, session=session).widget)
