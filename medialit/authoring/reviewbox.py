"""The review notebook's widgets: one box per drafted exercise, a thin view over `review`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import nbformat

from medialit import editions
from medialit.authoring import review
from medialit.authoring.draftfile import DraftError, read_draft
from medialit.display import escape, ignore_maths

nbf: Any = nbformat
REVIEW_NOTEBOOK = "review.ipynb"


class ReviewBox:
    """See the passage, then accept, correct or drop one drafted exercise."""

    def __init__(self, path: str | Path, ident: str) -> None:
        import ipywidgets as widgets

        self.path = Path(path)
        self.ident = ident
        draft = read_draft(self.path)
        entry = self._entry(draft)
        self.passage = widgets.HTML(review.highlighted(draft["article"]["text"], entry["evidence"]))
        self.summary = widgets.HTML(review.summary_html(entry))
        self.accept_button = widgets.Button(
            description="Accept", icon="check", button_style="success"
        )
        self.drop_button = widgets.Button(description="Drop", icon="trash")
        fields = [f for f in review.EDITABLE if f in entry]
        self.field = widgets.Dropdown(
            options=fields, description="Correct:", style={"description_width": "initial"}
        )
        self.value = widgets.Textarea(layout=widgets.Layout(width="100%", height="8em"))
        self.save_button = widgets.Button(description="Save correction", icon="save")
        self.status = widgets.HTML()
        self.accept_button.on_click(lambda _: self.act(review.accept))
        self.drop_button.on_click(lambda _: self.act(review.drop))
        self.save_button.on_click(lambda _: self.save())
        self.field.observe(lambda _: self._load_field(), names="value")
        self._load_field()
        self.widget = widgets.VBox(
            [
                self.passage,
                self.summary,
                widgets.HBox([self.accept_button, self.drop_button]),
                self.field,
                self.value,
                self.save_button,
                self.status,
            ],
            layout=widgets.Layout(border="1px solid #bbb", padding="6px"),
        )

    def _entry(self, draft: dict[str, Any]) -> dict[str, Any]:
        entry: dict[str, Any] = next(e for e in draft["exercises"] if e["id"] == self.ident)
        return entry

    def _load_field(self) -> None:
        current = self._entry(read_draft(self.path)).get(str(self.field.value), "")
        self.value.value = (
            current
            if isinstance(current, str)
            else json.dumps(current, ensure_ascii=False, indent=1)
        )

    def _done(self, entry: dict[str, Any], message: str) -> None:
        self.summary.value = review.summary_html(entry)
        self.status.value = f"<p>✓ {escape(message)} Saved to {escape(self.path.name)}.</p>"

    def act(self, action: Any) -> None:
        """Run one action (accept or drop) and show the result."""
        try:
            entry = action(self.path, self.ident)
        except DraftError as err:
            self.status.value = ignore_maths(
                f"<p><strong>✗ Not saved:</strong> {escape(str(err))}</p>"
            )
            return
        self._done(entry, "Dropped." if entry.get("dropped") else "Accepted.")

    def save(self) -> None:
        """Save the corrected field; a correction that breaks the exercise is refused."""
        field = str(self.field.value)
        try:
            current = self._entry(read_draft(self.path)).get(field, "")
            entry = review.correct(
                self.path, self.ident, field, review.parse_value(self.value.value, current)
            )
        except DraftError as err:
            self.status.value = ignore_maths(
                f"<p><strong>✗ Not saved:</strong> {escape(str(err))}</p>"
            )
            return
        self._done(entry, f"Corrected {field} and accepted.")

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)  # type: ignore[no-untyped-call]


def review_notebook(draft: dict[str, Any]) -> Any:
    """The review notebook of a draft: the skills left out, then one box per exercise."""
    md, code = nbf.v4.new_markdown_cell, nbf.v4.new_code_cell
    skipped = "\n".join(f"- **{escape(s['skill'])}**: {escape(s['why'])}" for s in draft["skipped"])
    cells = [
        md(
            "# Review the drafted lesson\n\nFor each exercise: read the passage, check the key "
            "and the feedback, then **Accept** it, correct one field and **Save correction**, or "
            "**Drop** it. Every change is saved to `lesson.json` at once. When every exercise is "
            "reviewed, build the lesson: `python -m medialit lesson build .`"
            + (f"\n\nLeft out, with the reason:\n\n{skipped}" if skipped else "")
        ),
        code("from medialit.authoring.reviewbox import ReviewBox"),
    ]
    for entry in draft["exercises"]:
        cells.append(md(f"## {escape(entry['id'])}"))
        cells.append(code(f'ReviewBox("lesson.json", {entry["id"]!r})'))
    return editions.normalise(nbf.v4.new_notebook(cells=cells))


def write_review_notebook(folder: str | Path) -> Path:
    """Write `review.ipynb` beside the folder's `lesson.json`."""
    folder = Path(folder)
    target = folder / REVIEW_NOTEBOOK
    target.write_text(
        editions.to_text(review_notebook(read_draft(folder / "lesson.json"))), encoding="utf-8"
    )
    return target
