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
    previous_articles,
    report,
    report_html,
    save_article,
    timeline,
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


def test_practice_button_asks_before_replacing_a_saved_article(session: Session) -> None:
    save_article(session, STORY)
    box = ArticleBox(session)
    box._practice()
    assert your_article(session).text == STORY
    assert box.text.value == STORY
    assert "Replace your saved article?" in box.status.value
    box.confirm.click()
    assert your_article(session).text == load_practice("ferry_contract").text
    assert previous_articles(session) == [STORY]
    box.restore.click()
    assert your_article(session).text == STORY


def test_article_box_says_what_failed_in_a_saved_article(session: Session) -> None:
    session.store.update(SLOT, lambda old: {**old, "text": "Too short to read."})
    box = ArticleBox(session)
    assert "no longer passes the checks" in box.status.value
    assert "only 4 words" in box.status.value
    assert your_article(session).name == "article.txt"


def test_timeline_with_a_date_is_placed_on_the_calendar() -> None:
    import matplotlib.dates as mdates

    from medialit.figures import Chart

    chart = timeline(load_practice("heatwave_schools"))
    assert isinstance(chart, Chart)
    figure = chart.figure()
    first, last = (mdates.num2date(x).year for x in figure.axes[0].get_xlim())
    assert first >= 1960 and last <= 2025
    assert last >= 2024


def test_timeline_given_a_date_uses_it() -> None:
    import datetime as dt

    import matplotlib.dates as mdates

    figure = timeline(load_practice("ferry_contract"), document_date=dt.date(2024, 3, 14)).figure()
    years = {mdates.num2date(x).year for x in figure.axes[0].get_xlim()}
    assert 1970 not in years and max(years) >= 2024


def test_timeline_without_a_date_says_so_and_never_draws_1970() -> None:
    view = timeline(load_practice("ferry_contract"))
    html = view.data
    assert "No timeline on a calendar" in html and "no year" in html
    assert "Tuesday: before the page" in html and "early next month: after the page" in html
    assert "1970" not in html


def test_lesson_05_answers_about_the_article_and_dates_its_timeline() -> None:
    import nbformat

    root = Path(__file__).resolve().parents[1]
    key = nbformat.read(root / "lessons/keys/05_your_article.ipynb", as_version=4)
    sources = "\n".join(cell.source for cell in key.cells)
    assert "lesson = workbench.fit_to_article(lesson, article)" in sources
    assert "workbench.timeline(article)" in sources
    assert "draw_timeline(medialit.timeline_events(article)" not in sources
