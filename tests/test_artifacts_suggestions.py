"""What the kit suggests passes its own checks, and the corrected version strikes leftovers."""

from __future__ import annotations

import re

import pytest

from medialit.article import load_article
from medialit.artifacts import artifacts, corrected_article, diff_html
from medialit.artifacts.correction import word_marks
from medialit.workbench import load_practice, practice_articles

SENTENCES = [
    "The Kremlin demands that theEuropean Union does not impose new tariffs.",
    "The ministry demands that theHarbour Authority does not close the pier.",
    "Officials demand that theCity Council does not raise taxes, quoted by the TASS agency.",
]


def _texts() -> list[str]:
    return [load_article().text, *(load_practice(n).text for n in practice_articles()), *SENTENCES]


@pytest.mark.parametrize("text", _texts(), ids=lambda t: t[:30])
def test_every_suggestion_passes_the_kits_own_checks(text: str) -> None:
    for found in artifacts(text):
        if not found.suggestion or len(found.suggestion.split()) < 2:
            continue
        again = [(a.category, a.text) for a in artifacts(found.suggestion)]
        assert again == [], (found.text, found.suggestion)


def test_no_suggested_fix_keeps_glued_words() -> None:
    suggestions = [a.suggestion or "" for t in _texts() for a in artifacts(t)]
    assert not [s for s in suggestions if re.search(r"\b(?:the|of|from)[A-Z]", s)]
    mood = [a for a in artifacts(load_article()) if a.rule == "grammar:mood"]
    assert mood and mood[0].suggestion is not None and "theNorth" not in mood[0].suggestion


def test_the_corrected_article_passes_the_checks() -> None:
    assert [(a.category, a.text) for a in artifacts(corrected_article())] == []


def test_the_scrapers_code_fragment_is_struck_in_the_correction() -> None:
    original = load_article().text
    fragment = next(g for g in load_article().leftovers if g.kind == "markup")
    a, _, left, _ = word_marks(original, corrected_article())
    inside = [
        mark for m, mark in zip(a, left, strict=True) if fragment.start <= m.start() < fragment.end
    ]
    assert inside and set(inside) == {"del"}
    assert "<del>text</del>" in diff_html()
