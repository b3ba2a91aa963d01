"""What a page says about its own origin, on the article and on other pages."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from medialit.article import Article
from medialit.provenance import provenance


def test_article_matches_the_key(article: Article, key: dict[str, Any]) -> None:
    found = provenance(article)
    prov = key["provenance"]
    assert found.headline is not None
    assert (found.headline.start, found.headline.end) == (
        prov["headline"]["start"],
        prov["headline"]["end"],
    )
    for field in ("byline", "date", "dateline", "agency_credit"):
        assert getattr(found, field) is None, field
        assert prov[field] is None
    assert len(found.missing()) == 4


@pytest.mark.parametrize(
    ("text_in", "field", "expected"),
    [
        ("Storm hits coast\nBy Maria Lopez\nThe storm came.", "byline", "By Maria Lopez"),
        ("Written by Tom van Dijk\nIt rained.", "byline", "Written by Tom van Dijk"),
        ("Published 26 December 2021\nTalks begin.", "date", "Published 26 December 2021"),
        ("Talks begin.\nDecember 26, 2021", "date", "December 26, 2021"),
        ("Talks begin on 2022-01-12 in Brussels.", "date", "2022-01-12"),
        ("MOSCOW, Dec 26 (Reuters) - Russia said.", "dateline", "MOSCOW, Dec 26 (Reuters) -"),
        ("BRUSSELS (AP) — The alliance met.", "dateline", "BRUSSELS (AP) —"),
        ("MOSCOW, Dec 26 (Reuters) - Russia said.", "agency_credit", "Reuters"),
        ("The alliance met on Friday.\n— AFP", "agency_credit", "AFP"),
        ("The alliance met on Friday.\nSource: dpa", "agency_credit", "dpa"),
        ("By Ana Ruiz\nLIMA (Andes Wire) - Rain fell.", "agency_credit", "Andes Wire"),
        ("By Ana Ruiz\n\nRain fell on Lima.", "byline", "By Ana Ruiz"),
    ],
)
def test_finds_what_a_page_states(text_in: str, field: str, expected: str) -> None:
    found = getattr(provenance(Article.from_text(text_in, check_language=False)), field)
    assert found is not None and found.text == expected
    assert text_in[found.start : found.end] == expected


@pytest.mark.parametrize(
    ("text_in", "field"),
    [
        ("BREAKING: The minister resigned.", "dateline"),
        ("By the time talks began, the troops had left.", "byline"),
        ("NATO said the talks would go on, a spokesman told reporters.", "agency_credit"),
        ("Officials met in March to discuss the plan.", "date"),
        ("The AP Stylebook changed its rules.", "agency_credit"),
    ],
)
def test_does_not_invent_provenance(text_in: str, field: str) -> None:
    assert getattr(provenance(Article.from_text(text_in, check_language=False)), field) is None


@pytest.mark.parametrize(
    ("text_in", "stamp", "day"),
    [
        (
            "Bridge to reopen\nLast updated: 14:32, 5 March 2024\nThe mayor said on Monday it "
            "would reopen.",
            "Last updated: 14:32, 5 March 2024",
            "2024-03-05",
        ),
        (
            "Bridge to reopen\nBy Ana Ruiz | March 5, 2024\nThe mayor said on Monday it would "
            "reopen.",
            "By Ana Ruiz | March 5, 2024",
            "2024-03-05",
        ),
    ],
)
def test_the_page_date_and_the_timeline_read_one_stamp(text_in: str, stamp: str, day: str) -> None:
    from medialit.timeline import document_date

    article = Article.from_text(text_in, check_language=False)
    found = provenance(article).date
    assert found is not None and found.text == stamp
    dated = document_date(article)
    assert dated.value is not None and dated.value.isoformat() == day
    assert dated.evidence[0].rule == "stamp" and dated.evidence[0].end == found.end


def test_provenance_of_the_article_loads_no_nlp() -> None:
    # Notebook 00 asks for the page's provenance before any analysis: spaCy and numpy
    # (about 55 MiB of a kernel) stay out until an analyzer is used.
    code = (
        "import sys, medialit; "
        "page = medialit.provenance(medialit.load_article()); "
        "assert page.headline is not None; "
        "print(*sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'numpy', 'thinc'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == []


def test_the_timeline_package_names_load_on_first_use() -> None:
    code = (
        "import sys, medialit.timeline as t; before = 'spacy' in sys.modules; "
        "from medialit.timeline import timexes, Timex; "
        "print(before, 'spacy' in sys.modules, callable(timexes), t.dating.__name__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True", "True", "medialit.timeline.dating"]
