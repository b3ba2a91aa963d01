"""Bringing your own article: saved at once, restored, bad input explained, output escaped."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.article import ArticleError
from medialit.exercises.sessions import Session
from medialit.workbench import (
    SLOT,
    ArticleBox,
    load_practice,
    report,
    report_html,
    save_article,
    your_article,
)

STORY = (
    "Storm hits coast\n\nA storm hit the coast on Monday, officials said. Roads were closed "
    "and two villages lost power for most of the night, the regional council said."
)


@pytest.fixture
def session(tmp_path: Path) -> Session:
    return Session("05_your_article", folder=tmp_path, learner="ana")


def test_kit_article_until_one_is_brought(session: Session) -> None:
    assert your_article(session).name == "article.txt"
    save_article(session, STORY)
    assert your_article(session).text == STORY


def test_saved_text_survives_a_new_session(session: Session, tmp_path: Path) -> None:
    save_article(session, STORY)
    again = Session("05_your_article", folder=tmp_path, learner="ana")
    assert your_article(again).text == STORY
    assert again.record(SLOT)["saved_at"]
    assert again.record(SLOT)["shown"] == "Storm hits coast (29 words)"


def test_bad_text_is_refused_and_nothing_is_overwritten(session: Session) -> None:
    save_article(session, STORY)
    with pytest.raises(ArticleError, match="HTML"):
        save_article(session, "<html><body><p>Hi</p></body></html>")
    assert your_article(session).text == STORY


def test_pasted_html_is_told_to_paste_the_text_or_upload_the_page(session: Session) -> None:
    with pytest.raises(ArticleError) as raised:
        save_article(session, "<!DOCTYPE html><html><body><p>The council met.</p></body></html>")
    advice = str(raised.value)
    assert "Paste the article's text as the browser shows it" in advice
    assert "upload that file" in advice and ".txt" not in advice


def test_a_file_path_wins(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "mine.txt"
    path.write_text(STORY, encoding="utf-8")
    assert your_article(session, path=path).name == str(path)


def test_report_covers_every_analysis(session: Session) -> None:
    sections = {s.key: s for s in report(your_article(session))}
    assert "provenance" in sections and "leftovers" in sections
    assert any("no byline" in line for line in sections["provenance"].lines)
    assert len(sections["leftovers"].lines) == 4


def test_report_html_escapes_article_text(session: Session) -> None:
    article = save_article(
        session, "The <b>mayor</b> & the council met on Monday, she said. " + STORY
    )
    page = report_html(article)
    assert "<b>" not in page
    assert "markup: &lt;b&gt;" in page


def test_box_saves_restores_and_explains(session: Session, tmp_path: Path) -> None:
    box = ArticleBox(session)
    assert box.text.value == ""
    box.text.value = "   "
    box.use.click()
    assert "✗ Not saved" in box.status.value and "white space" in box.status.value
    box.text.value = STORY
    box.use.click()
    assert "✓ Saved: 2 paragraphs, 3 sentences" in box.status.value
    restored = ArticleBox(Session("05_your_article", folder=tmp_path, learner="ana"))
    assert restored.text.value == STORY


def test_box_upload_of_a_binary_file_is_explained(session: Session) -> None:
    box = ArticleBox(session)
    box._uploaded({"new": [{"name": "photo.jpg", "content": memoryview(b"\xff\xd8\x00\x01")}]})
    assert "binary file" in box.status.value
    assert session.record(SLOT) == {}


@pytest.mark.parametrize("name", ["ferry_contract", "heatwave_schools"])
def test_practice_articles_read_cleanly(name: str) -> None:
    article = load_practice(name)
    assert article.headline is not None
    assert article.leftovers == ()
    assert len(article.sentences) >= 8


def test_practice_article_provenance() -> None:
    from medialit.provenance import provenance

    page = provenance(load_practice("ferry_contract"))
    assert page.byline is not None and page.byline.text == "By Lena Hartmann"
    assert page.dateline is not None and page.dateline.text.startswith("PORTVALE, March 14")
    assert provenance(load_practice("heatwave_schools")).date is not None


def test_unknown_practice_article() -> None:
    with pytest.raises(KeyError, match="ferry_contract"):
        load_practice("nope")


def test_box_loads_a_practice_article(session: Session) -> None:
    box = ArticleBox(session)
    box.practice.value = "heatwave_schools"
    box.load.click()
    assert box.text.value.startswith("Schools shorten days")
    assert "✓ Saved" in box.status.value
    assert your_article(session).text == load_practice("heatwave_schools").text


def test_a_fragment_is_not_an_article(session: Session) -> None:
    with pytest.raises(ArticleError, match="only 1 word; paste the whole article"):
        save_article(session, "Hello.")
    assert session.record(SLOT) == {}
