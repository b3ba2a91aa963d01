"""The article as data: structure, offsets, leftovers and errors for bad input."""

from __future__ import annotations

import hashlib
import re
from importlib import resources
from pathlib import Path

import pytest

from medialit.article import (
    Article,
    ArticleError,
    find_leftovers,
    load_article,
    split_sentences,
)

SHA256 = "d0e849b2f193efc3f9beecfbdcece88235d4cabd11c10ca2e11575a2e447a52a"


def test_article_is_stored_byte_for_byte() -> None:
    data = resources.files("medialit").joinpath("data/article.txt").read_bytes()
    assert hashlib.sha256(data).hexdigest() == SHA256


def test_article_text_is_never_altered(article: Article) -> None:
    data = resources.files("medialit").joinpath("data/article.txt").read_bytes()
    assert article.text == data.decode("utf-8")


def test_every_offset_spells_its_text(article: Article) -> None:
    for p in article.paragraphs:
        assert article.text[p.start : p.end] == p.text
        for s in p.sentences:
            assert article.text[s.start : s.end] == s.text
            assert p.start <= s.start < s.end <= p.end
    for seg in article.leftovers:
        assert article.text[seg.start : seg.end] == seg.text


def test_article_structure(article: Article) -> None:
    assert len(article.paragraphs) == 11
    assert len(article.sentences) == 13
    assert article.headline is not None and article.headline.id == "P2"
    assert article.sentence("P6.S2").text.startswith("We received this offer")
    with pytest.raises(KeyError):
        article.sentence("P99.S1")


def test_sentence_ids_are_stable_and_ordered(article: Article) -> None:
    ids = [s.id for s in article.sentences]
    assert ids[:3] == ["P1.S1", "P2.S1", "P3.S1"]
    assert len(set(ids)) == len(ids)
    starts = [s.start for s in article.sentences]
    assert starts == sorted(starts)


def test_article_leftovers_match_the_key(article: Article, key: dict) -> None:
    expected = [(s["start"], s["end"], s["kind"]) for s in key["provenance"]["leftovers"]]
    assert [(s.start, s.end, s.kind) for s in article.leftovers] == expected


def test_leftover_sentences_are_marked(article: Article) -> None:
    marked = {s.id: s.leftover for s in article.sentences if s.leftover}
    assert marked == {
        "P1.S1": "navigation",
        "P6.S1": "markup",
        "P10.S1": "related_link",
        "P11.S1": "related_link",
    }


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("Home > World > Europe", "navigation"),
        ("Home NEWS Storm hits the coast", "navigation"),
        ("Share Tweet Email", "navigation"),
        ("Previous article Floods in Spain", "related_link"),
        ("Next postThe market rallies", "related_link"),
        ("Read also: Ten things to know", "related_link"),
        ("Related stories", "related_link"),
        ("© 2021 Daily Example. All rights reserved.", "boilerplate"),
        ("It rained “,” text “:” It rained “}}”>", "markup"),
        ("The mayor <b>said</b> no.", "markup"),
        ("Fish &amp; chips are served.", "markup"),
    ],
)
def test_leftover_kinds(text_in: str, expected: str) -> None:
    assert [s.kind for s in find_leftovers(text_in)][:1] == [expected]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Share this article", "navigation"),
        ("Print this page", "navigation"),
        ("Email this story", "navigation"),
        ("Skip to main content", "navigation"),
        ("Listen to this article", "navigation"),
        ("3 min read", "navigation"),
        ("Most read", "navigation"),
        ("Comments (12)", "navigation"),
        ("Follow us on Facebook and Twitter", "navigation"),
        ("Follow us on X", "navigation"),
        ("Download the app", "navigation"),
        ("Watch: Firefighters tackle blaze", "navigation"),
        ("Tags: floods, weather, Portvale", "navigation"),
        ("World | Europe", "navigation"),
        ("Sport > Football > Premier League", "navigation"),
        ("Photo: John Smith/Reuters", "caption"),
        ("(Photo by John Smith/AFP via Getty Images)", "caption"),
        ("Getty Images", "caption"),
        ("AFP via Getty Images", "caption"),
        ("Image caption,", "caption"),
        ("Image caption Firefighters at the scene", "caption"),
        ("Media caption,", "caption"),
        ("Advertisement", "boilerplate"),
        ("Sign up for our newsletter", "boilerplate"),
        ("Accept cookies", "boilerplate"),
        ("Click here to subscribe", "boilerplate"),
        ("(Reporting by Jane Doe; Editing by John Smith)", "boilerplate"),
        ("Read more: Ten things to know about the vote", "related_link"),
        ("Related: Floods close roads in the north", "related_link"),
    ],
)
def test_template_lines_between_paragraphs(line: str, expected: str) -> None:
    text = f"The storm closed three roads on Monday.\n{line}\nPolice urged drivers to stay at home."
    found = list(find_leftovers(text))
    assert [(s.kind, s.text) for s in found] == [(expected, line)]


@pytest.mark.parametrize(
    "text_in",
    [
        "Related charges were dropped last year.",
        "Read more about the case in our archive, the paper said.",
        "Also read the small print, consumer groups warn.",
        "See also the figures for 2022.",
        "The hackers inserted a <script> tag into the page, the researchers said.",
        "Watch the video, the minister told reporters.",
        "Photo booths returned to the station in May.",
        "Reuters reported the talks had stalled.",
        "Follow the money, the inspector said.",
    ],
)
def test_sentences_that_only_look_like_template_lines(text_in: str) -> None:
    assert list(find_leftovers(text_in)) == []


@pytest.mark.parametrize(
    "text_in",
    [
        "Home prices rose by 4% in March.",
        "Home Office officials said the rules would change.",
        "The next article of the treaty deals with trade.",
        "Prices rose 5% > inflation, the bank said.",
        "She said: “Share the news with everyone.”",
        "Sports ministers met in Paris on Friday.",
        "The cafÃ© reopened on Monday, the owner said.",
    ],
)
def test_ordinary_sentences_are_not_leftovers(text_in: str) -> None:
    assert list(find_leftovers(text_in)) == []


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("One. Two.", ["One.", "Two."]),
        ("Mr. Smith left. He said so.", ["Mr. Smith left.", "He said so."]),
        ("The U.S. Navy sailed. It was late.", ["The U.S. Navy sailed.", "It was late."]),
        ("“Go,” he said. “Now.”", ["“Go,” he said.", "“Now.”"]),
        ("Is it? Yes! Fine.", ["Is it?", "Yes!", "Fine."]),
        ("It grew 2.5 percent. Then fell.", ["It grew 2.5 percent.", "Then fell."]),
        ("guarantees. security in Moscow.", ["guarantees. security in Moscow."]),
        ("John F. Kennedy spoke.", ["John F. Kennedy spoke."]),
        ("No full stop", ["No full stop"]),
    ],
)
def test_split_sentences(text_in: str, expected: list[str]) -> None:
    assert [text_in[s:e] for s, e in split_sentences(text_in)] == expected


def test_from_text_any_english_text() -> None:
    art = Article.from_text("Storm hits coast\n\nA storm hit the coast on Monday, officials said.")
    assert [p.id for p in art.paragraphs] == ["P1", "P2"]
    assert art.headline is not None and art.headline.text == "Storm hits coast"
    assert art.leftovers == ()


def test_unmarked_html_shows_the_page_as_it_came() -> None:
    art = Article.from_text("Home NEWS\n\nThe <i>story</i>, he said.")
    page = re.sub(r'<span class="medialit-pid">[^<]*</span>', "", art.to_html(marked=False))
    assert "<del" not in page and "site navigation" not in page
    assert "Home NEWS" in page and "&lt;i&gt;story&lt;/i&gt;" in page


def test_page_display_numbers_lines_with_the_ids_exercises_use() -> None:
    art = Article.from_text("Home NEWS\n\nStorm hits coast\n\nA storm hit. Officials said so.")
    page = art.to_html()
    assert re.findall(r'class="medialit-pid">([^<]+)<', page) == ["P1", "P2", "P3.S1", "P3.S2"]
    assert "site navigation" in page
    kit = load_article()
    expected = [s.id if len(p.sentences) > 1 else p.id for p in kit.paragraphs for s in p.sentences]
    assert re.findall(r'class="medialit-pid">([^<]+)<', kit.to_html()) == expected
    assert "P6.S2" in expected and "P13" not in expected


def test_to_html_escapes_text_and_marks_leftovers() -> None:
    art = Article.from_text("Home NEWS\n\nThe <script>alert(1)</script> story & more, he said.")
    page = art.to_html()
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    assert "&amp; more" in page
    assert "site navigation" in page and "<del" in page


@pytest.mark.parametrize(
    ("text_in", "message"),
    [
        ("", "empty"),
        ("   \n\t  ", "only white space"),
        ("abc\x00def", "binary"),
        ("<!DOCTYPE html><html><body><p>Hello</p></body></html>", "HTML page"),
        (
            "La ministre a déclaré dimanche que les négociations avec la Russie commenceraient "
            "le douze janvier à Bruxelles, selon un communiqué publié par son cabinet lundi.",
            "does not look like English",
        ),
        ("1234 5678 90 !!! ??? ...", "no words"),
    ],
)
def test_bad_text_gets_a_clear_error(text_in: str, message: str) -> None:
    with pytest.raises(ArticleError, match=message):
        Article.from_text(text_in)


def test_language_check_can_be_turned_off() -> None:
    text = "Le ministre a parlé de la paix et de la guerre pendant une heure entière " * 3
    assert Article.from_text(text, check_language=False).sentences


def test_not_a_string() -> None:
    with pytest.raises(ArticleError, match="expected text"):
        Article.from_text(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("Café crème et pain".encode("latin-1"), "not valid UTF-8"),
    ],
)
def test_bad_files_get_a_clear_error(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "in.txt"
    path.write_bytes(data)
    with pytest.raises(ArticleError, match=message):
        Article.from_file(path)


def test_enormous_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50_000_000)
    with pytest.raises(ArticleError, match=r"50\.0 MB"):
        Article.from_file(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no such file"):
        Article.from_file(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="folder"):
        Article.from_file(tmp_path)


def test_from_file_reads_utf8_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffThe minister said the talks would go on.".encode())
    art = Article.from_file(path)
    assert art.text.startswith("The minister")
    assert art.name == str(path)


def test_enormous_text_is_refused_in_megabytes() -> None:
    with pytest.raises(ArticleError, match=r"2\.2 MB; the kit reads articles of up to 2 MB"):
        Article.from_text("word " * 440_000)


ENGLISH = "The council said that it would open the new bridge to traffic in the spring. "
FOREIGN = "Le conseil municipal inaugurera prochainement le nouveau pont piéton restauré. "


@pytest.mark.parametrize(
    ("text_in", "message"),
    [
        # English at the start does not settle a text that goes on in another language
        (ENGLISH * 30 + FOREIGN * 300, r"only 300 of its 3450 words"),
        (FOREIGN * 300 + ENGLISH * 30, r"only 300 of its 3450 words"),
    ],
)
def test_the_language_check_counts_every_word_of_a_long_text(text_in: str, message: str) -> None:
    with pytest.raises(ArticleError, match=message):
        Article.from_text(text_in)


def test_a_long_english_text_passes_the_language_check() -> None:
    assert Article.from_text(ENGLISH * 200 + FOREIGN * 20).sentences
