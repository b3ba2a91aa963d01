"""The review notebook's boxes: what a teacher clicks lands in lesson.json, or says why not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medialit.article import Article
from medialit.authoring import draft_lesson, read_draft, write_draft
from medialit.authoring.review import highlighted, parse_value
from medialit.authoring.reviewbox import ReviewBox, review_notebook, write_review_notebook

STORY = (
    "Ferry fares to rise in spring\n\nBy Ida Holm\n\n"
    "Ferry fares will rise by a tenth in April, the harbour board said on Monday. "
    '"Fuel costs us twice what it did," said Per Aalto, who runs the ferry company.'
)


@pytest.fixture
def lesson_file(tmp_path: Path) -> Path:
    path = tmp_path / "lesson.json"
    write_draft(path, draft_lesson(Article.from_text(STORY, name="fares.txt")))
    return path


def entry(path: Path, ident: str) -> dict[str, object]:
    found: dict[str, object] = next(e for e in read_draft(path)["exercises"] if e["id"] == ident)
    return found


def test_accept_and_drop_buttons_save_at_once(lesson_file: Path) -> None:
    ReviewBox(lesson_file, "writer").accept_button.click()
    assert entry(lesson_file, "writer")["reviewed"] is True
    box = ReviewBox(lesson_file, "claims")
    box.drop_button.click()
    assert entry(lesson_file, "claims")["dropped"] is True
    assert "Dropped" in box.status.value and "dropped" in box.summary.value


def test_a_correction_is_saved_and_a_broken_one_refused(lesson_file: Path) -> None:
    box = ReviewBox(lesson_file, "sources_pick")
    box.field.value = "spans"
    assert json.loads(box.value.value) == entry(lesson_file, "sources_pick")["spans"]
    box.value.value = '["the harbour board"]'
    box.save_button.click()
    assert entry(lesson_file, "sources_pick")["spans"] == ["the harbour board"]
    assert "Corrected spans" in box.status.value
    before = lesson_file.read_text(encoding="utf-8")
    box.value.value = '["nobody here"]'
    box.save_button.click()
    assert "Not saved" in box.status.value and "not whole words" in box.status.value
    box.value.value = "[unclosed"
    box.save_button.click()
    assert "not valid JSON" in box.status.value
    assert lesson_file.read_text(encoding="utf-8") == before


def test_a_text_field_is_corrected_as_plain_text(lesson_file: Path) -> None:
    box = ReviewBox(lesson_file, "writer")
    box.field.value = "prompt"
    box.value.value = "Who wrote this page? Look under the headline."
    box.save_button.click()
    assert entry(lesson_file, "writer")["prompt"] == "Who wrote this page? Look under the headline."
    assert parse_value(" text ", "old") == "text"


def test_the_passage_is_shown_literally_with_its_evidence_marked() -> None:
    text = "Costs rose from $5 to $10 <b>, the board said."
    at = text.index("board")
    html = highlighted(text, [{"start": at, "end": at + 5, "text": "board", "rule": "source"}])
    assert "<mark>board</mark>" in html and "&lt;b&gt;" in html
    assert "<span>$</span>5" in html and "mathjax_ignore" in html


def test_review_notebook_has_one_box_per_exercise(lesson_file: Path) -> None:
    draft = read_draft(lesson_file)
    sources = [c.source for c in review_notebook(draft).cells if c.cell_type == "code"]
    assert len(sources) == 1 + len(draft["exercises"])
    assert "ReviewBox(\"lesson.json\", 'writer')" in sources
    assert write_review_notebook(lesson_file.parent).name == "review.ipynb"
