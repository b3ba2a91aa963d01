"""The helpers the artifact detectors share: matching around trigger words finds what a scan
of each trigger's window finds, on texts written for these tests and on generated ones."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medialit.artifacts import calques, names, usage
from medialit.artifacts.common import (
    find_all,
    finder,
    lower_same_length,
    occurrences,
    windowed,
)


def window_scan(
    pattern: re.Pattern[str], text: str, low: str, triggers: Iterable[str], *, before: int
) -> list[tuple[int, int]]:
    """Spans of the matches holding a trigger, each window scanned whole by `finditer`."""
    seen: list[tuple[int, int]] = []
    for trigger in triggers:
        for i in find_all(low, trigger):
            window = pattern.finditer(text, max(0, i - before), min(len(text), i + 160))
            seen += [m.span() for m in window if m.start() <= i < m.end() and m.span() not in seen]
    return seen


def spans(pattern: re.Pattern[str], text: str, triggers: tuple[str, ...], before: int) -> list:
    low = lower_same_length(text)
    return [m.span() for m in windowed(pattern, text, low, triggers, before=before)]


TEXT = (
    "The mayor said of the newspaper that talks went on. It is said that the ferry will run, "
    "and that of sailing the crews spoke for years. They made them to sign the deal for "
    "more than two years. The President of Norway met the head of company, she said. "
    "Because Ola Dahl he was late, the port of the port stayed shut. We live here for ten "
    "years and we know what is the plan. The said place was closed this Monday."
)


@pytest.mark.parametrize("rule", [r for r in usage._rules() if r.triggers], ids=lambda r: r.id)
def test_grammar_rules_find_what_a_window_scan_finds(rule: usage._Rule) -> None:
    low = lower_same_length(TEXT)
    assert spans(rule.pattern, TEXT, rule.triggers, rule.before) == window_scan(
        rule.pattern, TEXT, low, rule.triggers, before=rule.before
    )


def test_calques_find_what_a_window_scan_finds() -> None:
    low = lower_same_length(TEXT)
    for triggers, _, _, pattern, entry in calques._calque_table():
        expected = window_scan(pattern, TEXT, low, triggers, before=60)
        assert spans(pattern, TEXT, triggers, 60) == expected, entry.id


def test_trigger_words_found_in_one_pass_are_those_found_one_by_one() -> None:
    low = lower_same_length(TEXT + " A banana, an anagram.")
    at = occurrences(calques._finder(), low)
    for triggers, *_ in calques._calque_table():
        for trigger in triggers:
            assert at.get(trigger, []) == list(find_all(low, trigger)), trigger
    assert occurrences(finder(["ana"]), low)["ana"] == list(find_all(low, "ana"))
    low = lower_same_length("The U.S. and the US envoy, the UN and us met at the Defence Ministry.")
    at = occurrences(names._finder(), low)
    for body in names.bodies():
        for trigger in body.triggers:
            assert at.get(trigger, []) == list(find_all(low, trigger)), trigger


# Patterns of the shapes the rules use: a look-behind and a word boundary at the start, a
# repeated word, a whole-pattern flag, a line start, a match that may be empty, a long reach.
SHAPES = [
    re.compile(r"\b(?:ab|ba) of [a-z]+\b"),
    re.compile(r"(?<![a-z])[a-z]+ of (?:the )?[a-z]{2,}"),
    re.compile(r"\b([a-z]{2,}) of \1\b"),
    re.compile(r"(?m)(?:^|(?<=[.] ))[Oo]f [a-z]+"),
    re.compile(r"(?i)B[a-z]* OF"),
    re.compile(r"[a-z]* ?of"),
    re.compile(r"of(?: [a-z]+){0,12}\."),
    re.compile(r"(?:a|b)?(?=of)"),
]


PIECES = st.sampled_from(["a", "b", "O", " ", ".", "\n", "of", " of ", "of the "])


@settings(max_examples=150, deadline=None, database=None)
@given(
    st.lists(PIECES, max_size=120).map("".join),
    st.sampled_from(SHAPES),
    st.integers(min_value=1, max_value=70),
)
def test_any_text_gives_what_a_window_scan_gives(
    text: str, pattern: re.Pattern[str], before: int
) -> None:
    low = lower_same_length(text)
    expected = window_scan(pattern, text, low, ("of",), before=before)
    assert spans(pattern, text, ("of",), before) == expected
