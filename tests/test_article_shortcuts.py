"""The article's quick paths give what the plain reading gives: the language check's early
stop and the boilerplate test that searches a line only when it can match past its start."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medialit import resources as res
from medialit.article import _WORD, _english_words, _is_boilerplate

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
    assert _is_boilerplate(line) == (res.BOILERPLATE_LINE.search(line) is not None)


@plain
@given(st.one_of(lines, st.text(max_size=60)))
def test_the_boilerplate_test_agrees_with_a_search_of_the_whole_line(line: str) -> None:
    assert _is_boilerplate(line) == (res.BOILERPLATE_LINE.search(line) is not None)


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern's source."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*out, pattern[start:]]


def test_every_boilerplate_alternative_not_at_the_line_start_holds_a_word_the_test_knows() -> None:
    from medialit.article import _BOILERPLATE_WORDS

    for branch in _branches(res.BOILERPLATE_LINE.pattern):
        if branch.startswith("^"):
            continue
        literal = re.sub(r"\\b|\(\?<!\[[^]]*\]\)", "", branch)
        assert "©" in literal or any(word in literal for word in _BOILERPLATE_WORDS), branch
