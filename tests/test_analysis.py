"""The analysis contract: `analyze()` and its JSON."""

from __future__ import annotations

import json

import pytest

import medialit
from medialit.analysis import ANALYZERS, analyze
from medialit.article import Article, ArticleError


def test_contract_keys(article: Article) -> None:
    data = analyze(article).to_json()
    assert list(data)[:3] == ["sentences", "leftovers", "page"]
    assert data["page"] is None
    assert list(data)[3:] == list(ANALYZERS)
    json.dumps(data)


def test_offsets_index_the_exact_input() -> None:
    text = "Home NEWS\n\n\u201cWe are ready,\u201d the minister said on Monday."
    data = analyze(text).to_json()
    for sent in data["sentences"]:
        assert text[sent["start"] : sent["end"]].strip() == text[sent["start"] : sent["end"]]
    for left in data["leftovers"]:
        assert text[left["start"] : left["end"]] == left["text"]
    assert data["leftovers"][0]["kind"] == "navigation"


def test_analyze_accepts_article_or_text(article: Article) -> None:
    assert analyze(article).to_json() == medialit.analyze(article.text).to_json()


def test_analyze_rejects_bad_text() -> None:
    with pytest.raises(ArticleError, match="empty"):
        analyze("")
