"""The article's quick paths give what the plain reading gives: the language check's early
stop, and the boilerplate patterns that open with the characters a match can start with."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medialit import resources as res
from medialit.article import _WORD, _english_words, _is_boilerplate

# The boilerplate rules read plainly, as one pattern searched through the whole line: the
# reference that the kit's two quicker patterns must agree with.
PLAIN_BOILERPLATE = re.compile(
    r"(?<![ÃÂ])©\s*(?:\d{4}|[A-Z])|\ball rights reserved\b|"
    r"\bsign up (?:for|to) our newsletters?\b|\bsubscribe to our newsletters?\b|"
    r"^(?:advertisement|sponsored(?: content)?|accept (?:all )?cookies)$|"
    r"\bwe use cookies\b|^click here to (?:subscribe|sign up|read more)\b|"
    r"^\(?(?:reporting|writing|editing|additional reporting) by\b.*\)?$",
    re.IGNORECASE,
)

plain = settings(deadline=None, database=None, derandomize=True, max_examples=150)

# Words written for these tests: common English ones, other English ones, other languages'.
PIECES = [
    "the", "of", "and", "to", "in", "is", "was", "that", "it", "for", "on", "with",
    "ministers", "bridge", "reopened", "Tuesday", "budget", "talks", "harbour",
    "der", "und", "mit", "el", "los", "café", "naïve", "Ærø", "don’t", "it's",
    "2021", "12:30", "©", "İstanbul", "ſ", "—", "…", ".", ",", "'", "’",
]  # fmt: skip
SPACES = [" ", "  ", "\n", "\t", ""]
prose = st.lists(
    st.one_of(st.sampled_from(PIECES), st.sampled_from(SPACES), st.text(max_size=3)),
    max_size=900,
).map(" ".join)


def _full_count(text: str) -> tuple[int, int]:
    found = _WORD.findall(text)
    return len(found), sum(1 for w in found if w.lower() in res.ENGLISH_FUNCTION_WORDS)


def _agrees_with_the_full_count(text: str) -> None:
    """Stopped early, the whole text passes; read to its end, the counts are the full ones."""
    words, common = _full_count(text)
    counted = _english_words(text)
    if counted is None:
        assert words >= 20 and 25 * common >= 3 * words
    else:
        assert counted == (words, common)


@plain
@given(prose)
def test_the_language_check_stops_early_only_when_the_whole_text_would_pass(text: str) -> None:
    _agrees_with_the_full_count(text)


ENGLISH = "The council said that the bridge would reopen in the spring. "
GERMAN = "Der Rat sagte, die Brücke werde im Frühling wieder geöffnet. "


@plain
@given(st.integers(0, 40), st.integers(0, 400))
def test_english_then_another_language_is_counted_to_its_end(english: int, german: int) -> None:
    _agrees_with_the_full_count(ENGLISH * english + GERMAN * german)


def test_a_long_english_text_is_settled_before_its_end() -> None:
    text = "The council said that the bridge would reopen in the spring. " * 400
    assert _english_words(text) is None
    german = "Der Rat sagte, die Brücke werde im Frühling wieder geöffnet. " * 400
    assert _english_words(german) == _full_count(german)


LINE_PIECES = [
    "Sign up to our newsletter", "subscribe to our newsletters", "All Rights Reserved",
    "© 2021 Harbour Press", "©", "We use cookies", "Advertisement", "Sponsored content",
    "Click here to read more", "(Reporting by Ann Lee)", "Writing by", "İ", "ı", "ſ",
    "The bridge reopened", "news", "letter", "cookies", "reserved", "ADVERTISEMENT",
]  # fmt: skip
lines = st.lists(
    st.one_of(st.sampled_from(LINE_PIECES), st.sampled_from([" ", ", ", ". ", ""])),
    max_size=8,
).map("".join)


@pytest.mark.parametrize(
    "line",
    [
        "The bridge reopened. Sign up to our newsletter",
        "Harbour Press, all rights reserved.",
        "Note: we use cookies on this page",
        "Harbour Press © 2021",
        "The bridge reopened. Advertisement",
    ],
)
def test_boilerplate_past_the_line_start(line: str) -> None:
    assert _is_boilerplate(line) == (PLAIN_BOILERPLATE.search(line) is not None)


@plain
@given(st.one_of(lines, st.text(max_size=60)))
def test_the_boilerplate_test_agrees_with_a_search_of_the_whole_line(line: str) -> None:
    assert _is_boilerplate(line) == (PLAIN_BOILERPLATE.search(line) is not None)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Advertisement", True),
        ("The bridge reopened. Advertisement", False),
        ("Reporting by Ann Lee; editing by Tom Ray", True),
        ("Harbour Press, ©2021", True),
        ("café©Ã© menu", False),
        ("Crews recall rights reserved for the pier", False),
        ("Call rights reserved", False),
        ("We use cookies to improve the page", True),
        ("Subscribers use cookies", False),
        ("ſign up to our newsletter", True),
    ],
)
def test_a_whole_line_notice_counts_at_the_start_and_a_phrase_anywhere(
    line: str, expected: bool
) -> None:
    assert _is_boilerplate(line) is expected
    assert (PLAIN_BOILERPLATE.search(line) is not None) is expected
