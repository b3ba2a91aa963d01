"""The layout and styles that the texts, labels and buttons of one exercise view share.

A widget holds about 3 kB of a kernel, and ipywidgets gives each widget a layout and a
style of its own: three widgets for every text, label and button. A layout shared between
widgets is one object in the browser, so hiding one widget would hide all that share it;
a view hides a button through the button's own layout and only writes to its texts and
labels, so the texts and labels of one view share one layout, and each kind of widget one
style, which nothing changes.

>>> looks = Looks()
>>> a, b = looks.html("<p>One</p>"), looks.label("Two")
>>> a.layout is b.layout, looks.button("Check", "check").layout is a.layout
(True, False)
"""

from __future__ import annotations

import ipywidgets as w
from ipywidgets.widgets.widget_button import ButtonStyle
from ipywidgets.widgets.widget_string import HTMLStyle, LabelStyle


class Looks:
    """One view's shared layout (texts and labels) and styles (one per kind of widget)."""

    def __init__(self) -> None:
        self.layout = w.Layout()
        self.html_style = HTMLStyle()
        self.label_style = LabelStyle()
        self.button_style = ButtonStyle()

    def html(self, value: str = "") -> w.HTML:
        """A text of the view."""
        return w.HTML(value, layout=self.layout, style=self.html_style)

    def label(self, value: str = "") -> w.Label:
        """A label of the view."""
        return w.Label(value, layout=self.layout, style=self.label_style)

    def button(self, description: str, icon: str) -> w.Button:
        """A button of the view, with a layout of its own (the view may hide it)."""
        layout = w.Layout(width="auto")
        return w.Button(description=description, icon=icon, layout=layout, style=self.button_style)
