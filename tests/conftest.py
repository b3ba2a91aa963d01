"""Shared fixtures: one pipeline and one article per test session, and a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

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


@pytest.fixture(scope="session")
def fresh_run() -> Callable[[str], list[str]]:
    """Run code in a fresh interpreter and give back the words it prints."""

    def run(code: str) -> list[str]:
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        return out.stdout.split()

    return run
