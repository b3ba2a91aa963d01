"""Tests for medialit.timeline.lexicon: the word lists' patterns."""

from __future__ import annotations

import re

import pytest

from medialit.timeline.lexicon import _alternation

# Word lists and texts for the grouped alternation: prefixes of one another, both cases,
# apostrophes and spaces, read case-sensitively and not.
ALTERNATION_WORDS = ["may", "mayday", "March", "mar", "a", "an", "twenty", "twenty one"]
ALTERNATION_WORDS += ["o'clock", "3rd"]
ALTERNATION_TEXTS = [
    "In MARCH and in May, a mayday call came at ten o’clock on the 3RD of Mar.",
    "An anniversary on the twenty  one, MAYDAY; mar 3rd O'CLOCK a an",
]


@pytest.mark.parametrize("after", ["", r"s?\b"])
@pytest.mark.parametrize("upper", [False, True])
@pytest.mark.parametrize("flags", ["", "(?i)"])
@pytest.mark.parametrize("text", ALTERNATION_TEXTS)
def test_grouped_alternation_matches_as_the_flat_list(
    after: str, upper: bool, flags: str, text: str
) -> None:
    forms = set(ALTERNATION_WORDS) | ({w.upper() for w in ALTERNATION_WORDS} if upper else set())
    ordered = sorted(forms, key=lambda w: (-len(w), w))
    flat = "|".join(re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in ordered)
    grouped = _alternation(ALTERNATION_WORDS, upper=upper)
    assert grouped != flat
    # "s?\b" after it makes the engine backtrack into the alternation when a longer word fails.
    one, other = (re.compile(rf"{flags}(?:{p}){after}") for p in (flat, grouped))
    spans = [
        (m.group() if m else None, n.group() if n else None)
        for i in range(len(text))
        for m, n in [(one.match(text, i), other.match(text, i))]
    ]
    assert [a for a, _ in spans] == [b for _, b in spans]
    assert any(a for a, _ in spans)
