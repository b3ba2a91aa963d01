"""Shared fixtures: one pipeline and one article per test session."""

from __future__ import annotations

import pytest
from spacy.language import Language

import medialit
from medialit.article import Article


@pytest.fixture(scope="session")
def nlp() -> Language:
    return medialit.nlp()


@pytest.fixture(scope="session")
def article() -> Article:
    return medialit.load_article()


@pytest.fixture(scope="session")
def key() -> dict[str, object]:
    return medialit.load_annotations(validated=True)
