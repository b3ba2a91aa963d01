"""The Hand in control at the end of a notebook: a button and when the learner last handed in.

A thin view over `medialit.classroom.handin.HandIn`: the button calls `hand_in()`, the
line beside it shows `status()`.
"""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w
from IPython import display as ipython_display

from medialit.classroom.handin import HandIn, HandInError
from medialit.exercises.sessions import Session, active_session

_BOX = "padding:6px 10px;margin:4px 0;white-space:normal;line-height:1.4"
_DONE = ("#1b5e20", "#e8f5e9")
_PROBLEM = ("#a31515", "#fdecea")


def _box(text: str, colours: tuple[str, str] | None = None) -> str:
    if colours is None:
        return f'<div role="status" style="{_BOX}">{html.escape(text)}</div>'
    fg, bg = colours
    return (
        f'<div role="status" style="color:{fg};background:{bg};'
        f'border-left:5px solid {fg};{_BOX}">{html.escape(text)}</div>'
    )


class HandInView:
    """The Hand in button and its status line; `widget` is what gets displayed."""

    def __init__(self, model: HandIn) -> None:
        self.model = model
        self.button = w.Button(
            description="Hand in",
            icon="paper-plane",
            tooltip="Send a copy of your answers to your teacher",
            layout=w.Layout(width="auto"),
        )
        self.button.on_click(lambda _: self.hand_in())
        self.button.disabled = model.folder is None
        self.status = w.HTML(_box(model.status()))
        self.widget = w.VBox(
            [
                w.HTML("<p><strong>Hand in your answers to this notebook</strong></p>"),
                w.HBox([self.button]),
                self.status,
            ],
            layout=w.Layout(border="1px solid #767676", padding="8px", margin="8px 0"),
        )

    def hand_in(self) -> None:
        """What the Hand in button does."""
        try:
            self.model.hand_in()
        except (HandInError, OSError) as err:
            self.status.value = _box(f"Not handed in: {err}", _PROBLEM)
            return
        self.status.value = _box(f"✓ Handed in. {self.model.status()}", _DONE)

    def _ipython_display_(self) -> None:
        ipython_display.display(self.widget)  # type: ignore[no-untyped-call]


def hand_in_control(lesson: Any = None) -> HandInView:
    """The Hand in control for a lesson (or the active session), ready to display.

    >>> import tempfile
    >>> from medialit.exercises import lesson
    >>> view = hand_in_control(lesson("00_start_here", folder=tempfile.mkdtemp(), learner="ana"))
    >>> view.button.description
    'Hand in'
    """
    session: Session = lesson.session if lesson is not None else active_session()
    return HandInView(HandIn(session))
