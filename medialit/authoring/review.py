"""Review a draft: accept, correct or drop each exercise, every change saved at once.

The actions are plain functions on `lesson.json`, so a test (or a teacher in a cell) can
do what the buttons do:

>>> import tempfile
>>> from medialit.article import Article
>>> from medialit.authoring.draft import draft_lesson
>>> from medialit.authoring.draftfile import write_draft
>>> path = Path(tempfile.mkdtemp()) / "lesson.json"
>>> write_draft(path, draft_lesson(Article.from_text(
...     "The old bridge will reopen in May, the mayor said. Critics warned it was unsafe.")))
>>> accept(path, "reflection")["reviewed"]
True
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from medialit.authoring.draftfile import Draft, DraftError, exercise_part, update_draft
from medialit.display import BADGE_CSS, escape, ignore_maths
from medialit.exercises import from_data

CONTEXT = 160
"""Characters of the article shown either side of an item's evidence."""

EDITABLE = (
    "prompt",
    "options",
    "spans",
    "passage",
    "labels",
    "passages",
    "items",
    "key",
    "accept",
    "explanation",
    "hints",
    "mistakes",
    "rubric",
    "example",
)
"""The fields a teacher may correct, in the order the review box lists them."""


def _change(path: str | Path, ident: str, **fields: Any) -> dict[str, Any]:
    def apply(draft: Draft) -> Draft:
        for entry in draft["exercises"]:
            if entry["id"] == ident:
                entry.update(fields)
                return draft
        raise DraftError(f"no exercise {ident!r} in {Path(path).name}")

    new = update_draft(path, apply)
    entry: dict[str, Any] = next(e for e in new["exercises"] if e["id"] == ident)
    return entry


def accept(path: str | Path, ident: str) -> dict[str, Any]:
    """Mark one exercise as reviewed and kept, as it is."""
    return _change(path, ident, reviewed=True, dropped=False)


def drop(path: str | Path, ident: str) -> dict[str, Any]:
    """Leave one exercise out of the built lesson (it stays in the file, marked dropped)."""
    return _change(path, ident, reviewed=True, dropped=True)


def correct(path: str | Path, ident: str, field: str, value: Any) -> dict[str, Any]:
    """Change one field of an exercise (the key, a label, a span, the feedback) and accept it."""
    if field not in EDITABLE:
        raise DraftError(f"{field!r} cannot be corrected here; choose one of {', '.join(EDITABLE)}")
    return _change(path, ident, **{field: value}, reviewed=True, dropped=False)


def parse_value(text: str, current: Any) -> Any:
    """A corrected value typed by a teacher: plain text for a text field, JSON otherwise.

    >>> parse_value('["TASS"]', ["NATO"])
    ['TASS']
    """
    if isinstance(current, str):
        return text.strip()
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise DraftError(f"that is not valid JSON ({err.msg} at character {err.pos})") from None


def highlighted(text: str, evidence: list[dict[str, Any]]) -> str:
    """The passage around an item's evidence as HTML, each piece marked with its rule.

    >>> html = highlighted("He said no.", [{"start": 3, "end": 7, "text": "said", "rule": "verb"}])
    >>> "He <mark>said</mark>" in html, ">verb</span> no." in html
    (True, True)
    """
    spans = sorted(
        (e for e in evidence if 0 <= e["start"] < e["end"] <= len(text)), key=lambda e: e["start"]
    )
    if not spans:
        return ignore_maths("<p><em>No passage: this exercise is about the whole article.</em></p>")
    first = max(0, spans[0]["start"] - CONTEXT)
    last = min(len(text), spans[-1]["end"] + CONTEXT)
    parts, at = [], first
    for span in spans:
        if span["start"] < at:
            continue
        parts.append(escape(text[at : span["start"]]))
        badge = f' <span style="{BADGE_CSS}">{escape(span["rule"])}</span>'
        parts.append(f"<mark>{escape(text[span['start'] : span['end']])}</mark>{badge}")
        at = span["end"]
    parts.append(escape(text[at:last]))
    body = "".join(parts).replace("\n", "<br>")
    return ignore_maths(f"<p>{'…' if first else ''}{body}{'…' if last < len(text) else ''}</p>")


def describe_answer(answer: Any) -> str:
    """A common mistake's answer as a teacher reads it.

    >>> describe_answer({"0": "a source's claim"})
    "passage 1 labelled “a source's claim”"
    >>> describe_answer(["said", "told"])
    '“said”, “told”'
    """
    if isinstance(answer, dict):
        return "; ".join(f"passage {int(k) + 1} labelled “{v}”" for k, v in answer.items())
    if isinstance(answer, list):
        return ", ".join(f"“{a}”" for a in answer)
    return f"“{answer}”"


def summary_html(entry: dict[str, Any]) -> str:
    """What a teacher checks in one drafted exercise: prompt, key, feedback for mistakes."""
    exercise = from_data(exercise_part(entry))
    status = (
        "dropped"
        if entry.get("dropped")
        else ("accepted" if entry.get("reviewed") else "not reviewed yet")
    )
    rows = [
        f"<p><strong>{escape(entry['id'])}</strong> ({escape(entry['kind'])}, "
        f"{escape(entry['skill'])}): <em>{status}</em></p>",
        f"<p>{escape(exercise.prompt)}</p>",
        f"<p><strong>Key:</strong> {escape(exercise.solution_text)}</p>",
    ]
    rows += [
        f"<p><strong>If the answer is {escape(describe_answer(m.answer))}:</strong> "
        f"{escape(m.message)}</p>"
        for m in exercise.mistakes
    ]
    return ignore_maths("".join(rows))
